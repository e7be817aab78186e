"""Which screen the speaker display lives on: choose it, remember it, follow hot-plugging.

When its screen is unplugged the display hides: it never jumps onto another screen, where
it would cover the operator's console. When a screen of that name comes back, the display
returns there as it was (full screen or not). The console hears both (``screenGone``,
``screenBack``) and says so. The logic talks to small protocols so tests can drive it with
fake screens; the window passes real QScreens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen

log = logging.getLogger(__name__)


class NamedScreen(Protocol):
    def name(self) -> str: ...


S = TypeVar("S", bound=NamedScreen)


def choose_screen(
    screens: Sequence[S], spec: S | int | None, remembered: str, primary: S | None
) -> S | None:
    """Resolve what the caller asked for.

    An int is an index into the screen list (``--speaker-screen N``); out of range falls
    back like None. None means the remembered screen if it is plugged in, else the first
    screen that is not the primary one (the console usually lives there), else the primary.
    """
    if spec is not None and not isinstance(spec, int):
        return spec
    if isinstance(spec, int):
        if 0 <= spec < len(screens):
            return screens[spec]
        log.warning("no screen %d (there are %d); using the default", spec, len(screens))
    if remembered:
        for screen in screens:
            if screen.name() == remembered:
                return screen
    for screen in screens:
        if primary is None or screen.name() != primary.name():
            return screen
    return primary


class Placeable(Protocol):
    """What the follower needs from the window."""

    def place_on(self, screen: QScreen, fullscreen: bool) -> None: ...
    def current_screen_name(self) -> str: ...
    def isFullScreen(self) -> bool: ...
    def isVisible(self) -> bool: ...
    def hide(self) -> None: ...


class ScreenFollower(QObject):
    """Hides the window when its screen is unplugged and brings it back when it returns."""

    screenGone = Signal(str)  # the name of the screen that went away with the display
    screenBack = Signal(str)  # that screen is back and the display on it again

    def __init__(
        self,
        window: Placeable,
        remembered: Callable[[], str],
        *,
        screens: Callable[[], Sequence[QScreen]] = QGuiApplication.screens,
        primary: Callable[[], QScreen | None] = QGuiApplication.primaryScreen,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._remembered = remembered
        self._screens = screens
        self._primary = primary
        self._gone: tuple[str, bool] | None = None  # (screen name, was full screen)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self.screen_added)
            app.screenRemoved.connect(self.screen_removed)

    @property
    def gone(self) -> str | None:
        """The name of the screen the hidden display waits for (None: not waiting)."""
        return self._gone[0] if self._gone is not None else None

    def forget(self) -> None:
        """The operator placed the display themselves: stop waiting for the old screen."""
        self._gone = None

    def screen_removed(self, screen: QScreen) -> None:
        if not self._window.isVisible() or screen.name() != self._window.current_screen_name():
            return
        self._gone = (screen.name(), self._window.isFullScreen())
        log.info("speaker screen %s unplugged: the speaker display hides", screen.name())
        self._window.hide()
        self.screenGone.emit(screen.name())

    def screen_added(self, screen: QScreen) -> None:
        if self._gone is not None:
            name, fullscreen = self._gone
            if screen.name() != name:
                return
            self._gone = None
            self._window.place_on(screen, fullscreen)
            self.screenBack.emit(name)
            return
        remembered = self._remembered()
        if not remembered or screen.name() != remembered or not self._window.isVisible():
            return
        if self._window.current_screen_name() != remembered:  # shown elsewhere meanwhile
            self._window.place_on(screen, self._window.isFullScreen())
