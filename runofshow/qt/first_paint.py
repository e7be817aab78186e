"""Work that waits until a window has been painted once: the operator sees the console
first, and whatever else start-up does (the web server, the run store) comes after.

``QTimer.singleShot(0, ...)`` is not enough: on a real display the first paint waits for
the window system to map the window, and a zero timer usually fires before that.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 3_000  # a window that is never painted (minimised, no display) still goes on


class AfterFirstPaint(QObject):
    """Calls ``fn`` once, in the event-loop turn after ``window``'s first paint event (the
    paint and its flush to the screen are done by then), or after ``FALLBACK_MS``."""

    def __init__(self, window: QWidget, fn: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._fn: Callable[[], None] | None = fn
        self.painted = False
        window.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._run)
        self._fallback.start(FALLBACK_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._window and not self.painted:
            self.painted = True
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    @property
    def done(self) -> bool:
        return self._fn is None

    def _run(self) -> None:
        fn, self._fn = self._fn, None
        self._fallback.stop()
        if not self.painted:
            self._window.removeEventFilter(self)
        if fn is not None:
            fn()
