"""Unix signals in a Qt app: SIGINT and SIGTERM quit the event loop cleanly."""

from __future__ import annotations

import signal
import socket
from types import FrameType

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer


class SignalWaker:
    """Turns SIGINT/SIGTERM into a quit of the Qt event loop.

    The C-level handler writes a byte to a socket pair (signal.set_wakeup_fd); the
    QSocketNotifier wakes the event loop, so the Python handler runs promptly even while
    Qt is idle in C++.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self.received: int | None = None
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._drain)
        self._old = {
            signum: signal.signal(signum, self._handle)
            for signum in (signal.SIGINT, signal.SIGTERM)
        }

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        self.received = signum
        # Queued: a quit() before the event loop runs is ignored by Qt, and a signal can
        # come between start-up and exec() (a test that stops the app as soon as it says
        # it is up); the queued call runs as soon as the loop does.
        QTimer.singleShot(0, self._app.quit)

    def _drain(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def close(self) -> None:
        self._notifier.setEnabled(False)
        for signum, handler in self._old.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(self._old_fd)
        self._reader.close()
        self._writer.close()
