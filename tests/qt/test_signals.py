"""SIGINT/SIGTERM quit the Qt event loop, also when they arrive before it runs."""

from __future__ import annotations

import signal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from runofshow.qt.signals import SignalWaker

GIVE_UP_MS = 10_000  # a lost signal leaves exec() to this timer (exit status 3)


def test_a_sigterm_before_the_loop_runs_still_quits_it(qapp: QApplication) -> None:
    waker = SignalWaker(qapp)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: qapp.exit(3))
    try:
        signal.raise_signal(signal.SIGTERM)  # the app is still setting up: no loop yet
        assert waker.received == signal.SIGTERM
        guard.start(GIVE_UP_MS)
        assert qapp.exec() == 0  # the queued quit ends the loop as soon as it starts
    finally:
        guard.stop()
        waker.close()
