"""SIGTERM quits the app even when it comes before the event loop runs."""

from __future__ import annotations

import os
import signal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from runofshow.qt.signals import SignalWaker


def test_a_sigterm_before_the_event_loop_still_quits_it(qapp: QApplication) -> None:
    waker = SignalWaker(qapp)
    deadline = QTimer()
    deadline.setSingleShot(True)
    timed_out: list[bool] = []

    def give_up() -> None:
        timed_out.append(True)
        qapp.quit()

    deadline.timeout.connect(give_up)
    try:
        os.kill(os.getpid(), signal.SIGTERM)  # the Python handler runs before exec()
        assert waker.received == signal.SIGTERM
        deadline.start(10_000)
        qapp.exec()
    finally:
        deadline.stop()
        waker.close()
    assert timed_out == []  # the loop ended on the signal, not on the deadline
