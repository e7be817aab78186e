"""The Qt controller: signals, the display tick timer, journal wiring, hot reload."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClocks
from runofshow.core.engine import ActionResult, Engine
from runofshow.core.journal import JOURNAL_NAME, Journal
from runofshow.core.snapshot import Snapshot, Status
from runofshow.qt.controller import TICK_MARGIN_MS, ShowController
from tests.core.test_engine import MIN, default_show, make_show, seg


def make(clocks: FakeClocks, journal: Journal | None = None) -> ShowController:
    return ShowController(Engine(default_show(), clocks), clocks, journal=journal)


def test_an_action_emits_state_and_result(qtbot: QtBot, clocks: FakeClocks) -> None:
    controller = make(clocks)
    with (
        qtbot.waitSignal(controller.stateChanged) as state,
        qtbot.waitSignal(controller.actionDone) as done,
    ):
        result = controller.start()
    assert result.ok
    snap = state.args[0]
    assert isinstance(snap, Snapshot) and snap.status is Status.RUNNING
    assert controller.snapshot is snap
    assert done.args[0] == result


def test_a_refusal_emits_only_the_result(qtbot: QtBot, clocks: FakeClocks) -> None:
    controller = make(clocks)
    with (
        qtbot.assertNotEmitted(controller.stateChanged),
        qtbot.waitSignal(controller.actionDone) as done,
    ):
        result = controller.pause()
    assert isinstance(done.args[0], ActionResult)
    assert not result.ok and done.args[0].refusal == "not_running"


def test_every_action_slot_forwards(qtbot: QtBot, clocks: FakeClocks) -> None:
    controller = make(clocks)
    results: list[ActionResult] = []
    controller.actionDone.connect(results.append)
    controller.start()
    controller.toggle()
    controller.resume()
    controller.pause()
    controller.toggle()
    controller.next()
    controller.next_cue()
    controller.previous_cue()
    controller.previous()
    controller.goto("talk-b")
    controller.add_time(MIN)
    controller.set_message("hi", True)
    controller.set_blackout(True)
    controller.undo()
    controller.redo()
    controller.end_show()
    controller.reset()
    assert [r.action for r in results] == [
        "start", "pause", "resume", "pause", "resume", "next", "next_cue", "previous_cue",
        "previous", "goto", "add_time", "message", "blackout", "undo", "redo", "end", "reset",
    ]  # fmt: skip
    assert all(r.ok for r in results)
    assert controller.snapshot.status is Status.STANDBY


def test_the_tick_timer_is_armed_for_the_next_shown_change(
    qtbot: QtBot, clocks: FakeClocks
) -> None:
    controller = make(clocks)
    timer = controller.tick_timer
    assert timer.isSingleShot() and timer.timerType() is Qt.TimerType.PreciseTimer
    assert timer.isActive()
    controller.start()
    clocks.advance(300)
    controller.tick()
    assert controller.snapshot.next_change_ms == 700
    assert timer.interval() == 700 + TICK_MARGIN_MS
    clocks.advance(701)
    with qtbot.waitSignal(controller.stateChanged) as state:
        controller.tick()
    assert state.args[0].elapsed_ms == 1_001
    assert timer.interval() == controller.snapshot.next_change_ms + TICK_MARGIN_MS == 1000


def test_paused_ticks_no_faster_than_the_wall_second(qtbot: QtBot, clocks: FakeClocks) -> None:
    controller = make(clocks)
    controller.start()
    clocks.advance(1_000)
    controller.pause()
    assert controller.tick_timer.interval() == 1000 + TICK_MARGIN_MS  # wall is on the second
    clocks.advance(400)
    controller.tick()
    assert controller.tick_timer.interval() == 600 + TICK_MARGIN_MS


def test_a_flash_message_ticks_at_the_end_of_its_window(qtbot: QtBot, clocks: FakeClocks) -> None:
    controller = make(clocks)
    controller.start()
    controller.pause()
    clocks.step_wall(timedelta(milliseconds=-100))  # the wall second flips 100 ms later
    controller.set_message("Wrap up", flash=True)
    assert controller.snapshot.message_flashing
    for _ in range(3):
        clocks.advance(controller.tick_timer.interval())
        controller.tick()
    # ticks at 101, 1101, 2101 ms; the flash window ends at 3000 ms: the next tick is for it
    assert controller.tick_timer.interval() == 3000 - 2101 + TICK_MARGIN_MS
    clocks.advance(controller.tick_timer.interval())
    controller.tick()
    assert not controller.snapshot.message_flashing


def test_the_timer_really_fires(qtbot: QtBot, clocks: FakeClocks) -> None:
    clocks.step_wall(timedelta(microseconds=999_000))  # wall second flips in 1 ms
    controller = make(clocks)
    assert controller.tick_timer.interval() == 1 + TICK_MARGIN_MS
    with qtbot.waitSignal(controller.stateChanged, timeout=5_000):
        pass


def test_journal_is_written_and_resumed(qtbot: QtBot, clocks: FakeClocks, tmp_path: Path) -> None:
    journal = Journal(tmp_path / JOURNAL_NAME, clocks)
    controller = make(clocks, journal)
    assert controller.resumed_from_crash is None
    controller.start()
    clocks.advance(MIN)
    controller.tick()  # running: a heartbeat is written on ticks
    assert journal.heartbeat_path.exists()
    controller.next()
    clocks.advance(5_000)
    # the app is killed here; a new one resumes
    again = make(clocks, Journal(tmp_path / JOURNAL_NAME, clocks))
    info = again.resumed_from_crash
    assert info is not None and info.was_running
    assert again.snapshot.segment.id == "talk-a" and again.snapshot.elapsed_ms == 5_000
    assert again.engine.can_undo
    again.close()
    third = make(clocks, Journal(tmp_path / JOURNAL_NAME, clocks))
    assert third.resumed_from_crash is None
    assert third.snapshot.status is Status.STANDBY
    third.close()
    assert not third.tick_timer.isActive()


def test_a_rehearsal_journal_is_not_resumed_live(
    qtbot: QtBot, clocks: FakeClocks, tmp_path: Path
) -> None:
    journal = Journal(tmp_path / JOURNAL_NAME, clocks)
    rehearsal = ShowController(
        Engine(default_show(), clocks, rehearsal=True), clocks, journal=journal
    )
    rehearsal.start()
    live = make(clocks, Journal(tmp_path / JOURNAL_NAME, clocks))
    assert live.resumed_from_crash is None and live.snapshot.status is Status.STANDBY


def test_close_stops_ticking(qtbot: QtBot, clocks: FakeClocks, tmp_path: Path) -> None:
    journal = Journal(tmp_path / JOURNAL_NAME, clocks)
    controller = make(clocks, journal)
    controller.start()
    controller.close()
    assert not controller.tick_timer.isActive()
    raw = journal.read_raw()
    assert raw is not None and raw["clean_exit"] is True


def test_reload_show_emits_notes(qtbot: QtBot, clocks: FakeClocks) -> None:
    controller = make(clocks)
    controller.start()
    new_show = make_show(seg("talk-a", 15), seg("panel", 45))
    with (
        qtbot.waitSignal(controller.showReplaced) as replaced,
        qtbot.waitSignal(controller.stateChanged),
    ):
        notes = controller.reload_show(new_show)
    assert replaced.args[0] is new_show and replaced.args[1] == notes
    assert any("opening" in n for n in notes)
    assert controller.snapshot.segment.id == "talk-a"
