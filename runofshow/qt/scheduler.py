"""The desktop's scheduler: the session thread is the Qt GUI thread.

One single-shot ``Qt.PreciseTimer`` QTimer is the real wake-up of the ``TimerQueue``;
thread-safe calls (the web server's commands) arrive through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from runofshow.app.scheduler import TimerQueue
from runofshow.core.clock import Clocks


class _Poster(QObject):
    """Carries a call from any thread to the thread this object lives on (the GUI thread)."""

    posted = Signal()

    def __init__(self, fn: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _run(self) -> None:
        self._fn()


class QtScheduler(TimerQueue):
    """Create it on the GUI thread; its callbacks run there."""

    def __init__(self, clocks: Clocks, parent: QObject | None = None) -> None:
        super().__init__(clocks)
        self.timer = QTimer(parent)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.wake)
        self._poster = _Poster(self.run_pending, parent)

    def _arm(self, delay_ms: int | None) -> None:
        if delay_ms is None:
            self.timer.stop()
        else:
            self.timer.start(delay_ms)

    def _notify(self) -> None:
        self._poster.posted.emit()  # queued: runs on the GUI thread's event loop
