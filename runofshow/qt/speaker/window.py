"""The speaker display: a full-screen countdown a speaker reads at a glance from 5 m.

It is a direct slot on the session's ``stateChangedFirst`` (no queued connection, no
timer of its own for the countdown): it changes in the same event-loop turn as the
console, and before it. A tick repaints only the rectangles that changed (the digits, the
time of day, the progress bar), at once, so the digits reach the screen first.
The only timer here animates the message banner's blink, which is bounded in rate
(2.5 Hz) and in count (3 s), per WCAG 2.3.1.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QWidget

from runofshow.core.snapshot import Message, Snapshot
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import SPEAKER_HIDE_SECONDS, SPEAKER_SCREEN, Settings
from runofshow.qt.speaker.content import SpeakerContent, build_content
from runofshow.qt.speaker.layout import SpeakerLayout, compute_layout, progress_pixels
from runofshow.qt.speaker.painter import paint
from runofshow.qt.speaker.regions import changed_region
from runofshow.qt.speaker.screens import ScreenFollower, choose_screen

BLINK_INTERVAL_MS = 200  # on 200 ms, off 200 ms: 2.5 flashes a second, under the limit of 3
BLINK_MAX_TOGGLES = 15  # 3 s of blinking even if the engine never says stop


class SpeakerWindow(QWidget):
    """Top-level full-screen speaker display following the session."""

    def __init__(
        self, signals: SessionSignals, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Speaker display"))
        self.setObjectName("SpeakerWindow")
        # Never steal the keyboard from the console when it appears; a click gives it keys.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setMinimumSize(320, 200)
        self._settings = settings
        self._hide_seconds = settings.get(SPEAKER_HIDE_SECONDS)
        self._snapshot: Snapshot | None = None
        self._signals, self._session = signals, signals.session
        self._content: SpeakerContent = build_content(None, hide_seconds=self._hide_seconds)
        self._layout: SpeakerLayout | None = None
        self._key: tuple[object, ...] | None = None
        self._steady: tuple[object, ...] | None = None
        self._placed_screen = ""
        self.paint_count = 0  # for tests: how often the window really repainted
        self.update_requests = 0

        self._blink_on = True
        self._blink_toggles = 0
        self._blink_for: Message | None = None
        self._blink = QTimer(self)
        self._blink.setInterval(BLINK_INTERVAL_MS)
        self._blink.timeout.connect(self._toggle_blink)

        self._follower = ScreenFollower(
            self, lambda: self._settings.get(SPEAKER_SCREEN), parent=self
        )
        signals.stateChangedFirst.connect(self.render_snapshot, Qt.ConnectionType.DirectConnection)
        signals.engineStarted.connect(self._engine_started, Qt.ConnectionType.DirectConnection)
        signals.partChanged.connect(self._part_changed, Qt.ConnectionType.DirectConnection)
        self._engine_started()
        self.resize(960, 540)

    # --- following the session ----------------------------------------------------

    def _engine_started(self, *_event: object) -> None:
        self.render_snapshot(self._session.snapshot if self._session.has_show else None)

    def _part_changed(self, name: str) -> None:
        if name == "questions":
            self._refresh()

    def _question(self) -> Mapping[str, Any] | None:
        """The panel question on air (the questions part of the state document)."""
        if not self._session.has_show:
            return None
        part = self._session.document.parts.get("questions")
        return part.get("on_air") if isinstance(part, Mapping) else None

    def render_snapshot(self, snapshot: Snapshot | None) -> None:
        """Slot for stateChanged: rebuild what is shown; repaint only if it changed."""
        self._snapshot = snapshot
        flashing = snapshot is not None and snapshot.message_flashing and not snapshot.blackout
        if not flashing:
            self._stop_blink()
        elif snapshot is not None and snapshot.message != self._blink_for:
            self._stop_blink()  # a new flashing message starts its own 3 s
            self._blink_for = snapshot.message
            self._blink.start()
        self._refresh()

    def _stop_blink(self) -> None:
        self._blink.stop()
        self._blink_for = None
        self._blink_toggles = 0
        self._blink_on = True

    def _toggle_blink(self) -> None:
        self._blink_toggles += 1
        self._blink_on = not self._blink_on
        if self._blink_toggles >= BLINK_MAX_TOGGLES:
            self._blink.stop()
            self._blink_on = True  # steady from now on
        self._refresh()

    def _refresh(self) -> None:
        self._content = build_content(
            self._snapshot, hide_seconds=self._hide_seconds, question=self._question()
        )
        size = self.size()
        key = (
            _without_progress(self._content),
            size.width(),
            size.height(),
            progress_pixels(size, self._content.progress),
            self._blink_on,
        )
        if key == self._key:
            return
        self._key = key
        self._repaint_changes()

    def _repaint_changes(self) -> None:
        """A tick changes only the digits, the time of day and the progress bar: repaint
        just their rectangles, at once (before the console's slots run). Anything else
        repaints the whole window in the next paint pass."""
        before, steady = self._layout, self._steady_key()
        self._layout = None  # computed lazily for the next paint
        self.update_requests += 1
        if before is None or steady != self._steady or not self.isVisible():
            self._steady = steady
            self.update()
            return
        region = changed_region(before, self.current_layout())
        if region is None:
            self.update()
        elif not region.isEmpty():
            self.repaint(region)

    def _steady_key(self) -> tuple[object, ...]:
        """What decides everything but the ticking parts (digits, time of day, progress)."""
        steady = replace(self._content, countdown="", time_of_day="", progress=0.0)
        return (steady, self.size(), self._blink_on)

    # --- what is shown (for tests and the console's preview) ----------------------

    @property
    def content(self) -> SpeakerContent:
        return self._content

    @property
    def blink_on(self) -> bool:
        return self._blink_on

    @property
    def blink_timer(self) -> QTimer:
        return self._blink

    def current_layout(self) -> SpeakerLayout:
        if self._layout is None:
            self._layout = compute_layout(self.size(), self._content)
        return self._layout

    def rendered_texts(self) -> list[str]:
        """Every string drawn (after eliding), countdown first."""
        layout = self.current_layout()
        texts = [layout.countdown.text] if layout.countdown is not None else []
        return texts + [box.text for box in layout.texts]

    # --- painting and sizing -------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            paint(painter, self.current_layout(), self._content, self._blink_on, event.region())
        finally:
            painter.end()
        self.paint_count += 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh()

    # --- options -------------------------------------------------------------------

    def set_hide_seconds(self, hide: bool) -> None:
        self._hide_seconds = hide
        self._settings.set(SPEAKER_HIDE_SECONDS, hide)
        self._refresh()

    @property
    def hide_seconds(self) -> bool:
        return self._hide_seconds

    # --- screens and full screen ----------------------------------------------------

    def show_on_screen(self, screen: QScreen | int | None = None) -> QScreen | None:
        """Go full screen on ``screen`` (a QScreen, an index, or None for the remembered one).

        An explicit choice is remembered by screen name. Returns the screen used.
        """
        screens = QGuiApplication.screens()
        chosen = choose_screen(
            screens, screen, self._settings.get(SPEAKER_SCREEN), QGuiApplication.primaryScreen()
        )
        if chosen is None:
            return None
        if screen is not None and chosen.name():
            self._settings.set(SPEAKER_SCREEN, chosen.name())
        self._follower.forget()
        self.place_on(chosen, True)
        return chosen

    def place_on(self, screen: QScreen, fullscreen: bool) -> None:
        """Move to ``screen``, full screen or in a window two thirds of its size."""
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self._placed_screen = screen.name()
        area = screen.availableGeometry()
        windowed = QRect(0, 0, area.width() * 2 // 3, area.height() * 2 // 3)
        windowed.moveCenter(area.center())
        self.setGeometry(windowed)
        if fullscreen:
            self.setGeometry(screen.geometry())
            self._go_fullscreen()
        else:
            self.show()

    def current_screen_name(self) -> str:
        screen = self.screen()
        return screen.name() if screen is not None and self.isVisible() else self._placed_screen

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self._go_fullscreen()

    def _go_fullscreen(self) -> None:
        """Like showFullScreen() minus its activateWindow(): the console keeps the keys."""
        state = self.windowState() & ~(
            Qt.WindowState.WindowMinimized | Qt.WindowState.WindowMaximized
        )
        self.setWindowState(state | Qt.WindowState.WindowFullScreen)
        self.setVisible(True)

    @property
    def follower(self) -> ScreenFollower:
        return self._follower

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif event.key() == Qt.Key.Key_F and not event.modifiers():
            self.toggle_fullscreen()
        elif event.key() == Qt.Key.Key_S and not event.modifiers():
            self.set_hide_seconds(not self._hide_seconds)
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Speaker display"))
            self._key = None  # the same snapshot now reads differently
            self._refresh()
        super().changeEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.toggle_fullscreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_blink()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(960, 540)


def _without_progress(content: SpeakerContent) -> tuple[object, ...]:
    values = dict(content.__dict__)
    values.pop("progress")
    return tuple(values.items())
