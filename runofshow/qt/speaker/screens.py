"""Which screen the speaker display lives on: choose it, remember it, follow hot-plugging.

The logic talks to small protocols so tests can drive it with fake screens; the window
passes real QScreens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject
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


class ScreenFollower(QObject):
    """Moves the window off a screen that is unplugged and back when it returns."""

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
        self._fullscreen_before_removal: bool | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self.screen_added)
            app.screenRemoved.connect(self.screen_removed)

    @property
    def exiled(self) -> bool:
        """True while the window waits on a fallback screen for its own to come back."""
        return self._fullscreen_before_removal is not None

    def screen_removed(self, screen: QScreen) -> None:
        if not self._window.isVisible() or screen.name() != self._window.current_screen_name():
            return
        fallback = self._fallback(excluding=screen.name())
        if fallback is None:
            return
        self._fullscreen_before_removal = self._window.isFullScreen()
        self._window.place_on(fallback, self._fullscreen_before_removal)

    def screen_added(self, screen: QScreen) -> None:
        remembered = self._remembered()
        if not remembered or screen.name() != remembered or not self._window.isVisible():
            return
        if self._window.current_screen_name() == remembered:
            return
        fullscreen = self._fullscreen_before_removal
        if fullscreen is None:
            fullscreen = self._window.isFullScreen()
        self._fullscreen_before_removal = None
        self._window.place_on(screen, fullscreen)

    def _fallback(self, *, excluding: str) -> QScreen | None:
        primary = self._primary()
        if primary is not None and primary.name() != excluding:
            return primary
        return next((s for s in self._screens() if s.name() != excluding), None)
