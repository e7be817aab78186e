"""The desktop's scheduler specifically (the shared contract is in test_scheduler_contract)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClocks
from runofshow.qt.scheduler import QtScheduler


def test_the_wake_up_is_one_single_shot_precise_timer(qtbot: QtBot, clocks: FakeClocks) -> None:
    scheduler = QtScheduler(clocks)
    timer = scheduler.timer
    assert timer.isSingleShot() and timer.timerType() is Qt.TimerType.PreciseTimer
    assert not timer.isActive()
    handle = scheduler.call_later(700, lambda: None)
    scheduler.call_later(900, lambda: None)
    assert timer.isActive() and timer.interval() == 700
    handle.cancel()
    assert timer.interval() == 900
    scheduler.close()
    assert not timer.isActive()
