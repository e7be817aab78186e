"""History as operations: written late, replayed after a crash, never doubled or reordered."""

from __future__ import annotations

from pathlib import Path

import pytest

from runofshow.core.checked import Checked, Damaged
from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.history_log import (
    AddEvent,
    AddQuestion,
    BeginRun,
    EndRun,
    HistoryOp,
    QuestionEvent,
    ReopenRun,
    RunLog,
    op_to_json,
    open_run_to_json,
    read_op,
    read_open_run,
)
from runofshow.core.runs import RunStore
from tests.core.run_script import S, small_show


def _logged(tmp_path: Path, clocks: FakeClocks) -> tuple[Engine, RunLog, list[HistoryOp]]:
    engine = Engine(small_show(), clocks)
    log = RunLog(tmp_path / "show.yaml")
    ops: list[HistoryOp] = []
    engine.subscribe(lambda event: ops.extend(log.record(event, "keyboard")))
    return engine, log, ops


def test_a_run_is_logged_as_operations(tmp_path: Path, clocks: FakeClocks) -> None:
    engine, log, ops = _logged(tmp_path, clocks)
    engine.set_message("before the start")  # not a run yet
    assert ops == []
    engine.start()
    clocks.advance(10 * S)
    engine.end_show()
    engine.undo()  # the end was a slip
    assert [type(op).__name__ for op in ops] == [
        "BeginRun", "AddEvent", "AddEvent", "EndRun", "AddEvent", "ReopenRun",
    ]  # fmt: skip
    run = log.open
    assert run is not None and run.seq == 3 and not run.ended
    assert log.close(clocks.now) == [EndRun(run.begin.uid, 3, clocks.now, "closed")]
    assert log.open is None


def test_operations_round_trip_through_the_journal(tmp_path: Path, clocks: FakeClocks) -> None:
    engine, _log, ops = _logged(tmp_path, clocks)
    engine.start()
    engine.set_message("手を振って", flash=True)
    engine.add_time(60 * S)
    engine.end_show()
    for op in ops:
        assert read_op(Checked(op_to_json(op), "op")) == op


def test_the_store_applies_them_once_whatever_is_replayed(
    tmp_path: Path, clocks: FakeClocks
) -> None:
    engine, _log, ops = _logged(tmp_path, clocks)
    engine.start()
    clocks.advance(30 * S)
    engine.next()
    clocks.advance(30 * S)
    engine.end_show()
    store = RunStore(tmp_path / "runs.sqlite3")
    store.apply(ops[:3])
    store.apply(ops)  # a crash after the first batch: everything again, from the journal
    store.apply(ops)
    (run,) = store.list_runs()
    assert run.event_count == 3 and run.status == "complete"
    assert [e.action for e in store.events(run.id)] == ["start", "next", "end"]


def test_a_stale_end_never_undoes_a_later_reopen(tmp_path: Path, clocks: FakeClocks) -> None:
    engine, _log, ops = _logged(tmp_path, clocks)
    engine.start()
    engine.end_show()
    engine.undo()
    clocks.advance(5 * S)
    engine.next()
    store = RunStore(tmp_path / "runs.sqlite3")
    store.apply(ops)
    end = next(op for op in ops if isinstance(op, EndRun))
    store.apply([end])  # an old journal replayed late
    assert store.list_runs()[0].status == "incomplete"  # still on air
    assert any(isinstance(op, ReopenRun) for op in ops)


def test_events_find_their_run_in_a_new_store(tmp_path: Path, clocks: FakeClocks) -> None:
    engine, log, ops = _logged(tmp_path, clocks)
    engine.start()
    begin = ops[0]
    assert isinstance(begin, BeginRun)
    engine.next()
    later = [op for op in ops if isinstance(op, AddEvent)][1:]
    fresh = RunStore(tmp_path / "new.sqlite3")  # the old store was damaged and moved aside
    assert fresh.apply(later) == 0  # without its beginning the event has no run
    assert fresh.apply(later, {begin.uid: begin}) == 1
    assert [e.action for e in fresh.events("1")] == ["next"]
    assert log.open is not None and log.open.begin == begin


def test_scene_switches_are_numbered_and_replayed_once(tmp_path: Path, clocks: FakeClocks) -> None:
    engine, log, ops = _logged(tmp_path, clocks)
    assert log.scene(clocks.now, "Waiting", None) == []  # no run on air yet
    engine.start()
    ops += log.scene(clocks.now, "Opening cam", "opening")
    engine.next()
    ops += log.scene(clocks.now, "Slides", "talk")
    for op in ops:
        assert read_op(Checked(op_to_json(op), "op")) == op
    store = RunStore(tmp_path / "runs.sqlite3")
    store.apply(ops)
    store.apply(ops)  # replayed from a journal after a crash
    assert [s.scene for s in store.scene_switches("1")] == ["Opening cam", "Slides"]
    assert log.open is not None and log.open.scenes == 2


def _question(clocks: FakeClocks, status: str, aired_ms: int) -> QuestionEvent:
    return QuestionEvent(
        action=f"question_{status}", question_id="s-1a2b", segment_id="panel", status=status,
        text="ポイント付与の仕組みは？", asker="@dev", source="survey", aired_ms=aired_ms,
        mono_ms=clocks.monotonic_ms(), wall=clocks.now,
    )  # fmt: skip


def test_question_events_are_numbered_and_replayed_once(tmp_path: Path, clocks: FakeClocks) -> None:
    engine, log, ops = _logged(tmp_path, clocks)
    assert log.question(_question(clocks, "on_air", 0)) == []  # no run on air yet
    engine.start()
    ops += log.question(_question(clocks, "on_air", 0))
    clocks.advance(90 * S)
    ops += log.question(_question(clocks, "answered", 90 * S))
    for op in ops:
        assert read_op(Checked(op_to_json(op), "op")) == op  # they travel in the journal
    assert log.open is not None
    assert read_open_run(Checked(open_run_to_json(log.open), "run")).questions == 2
    store = RunStore(tmp_path / "runs.sqlite3")
    store.apply(ops)
    store.apply(ops)  # replayed from a journal after a crash
    events = store.question_events("1")
    assert [(e.status, e.aired_ms) for e in events] == [("on_air", 0), ("answered", 90 * S)]
    assert events[1].text == "ポイント付与の仕組みは？"


def test_a_damaged_question_event_is_refused(clocks: FakeClocks) -> None:
    good = op_to_json(AddQuestion("u1", 1, _question(clocks, "answered", 5 * S)))
    for key, bad in (("status", "maybe"), ("aired_ms", -1), ("source", "email"), ("text", 7)):
        with pytest.raises(Damaged):
            read_op(Checked({**good, key: bad}, "op"))
