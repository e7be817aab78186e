"""Derivations from recorded events: comparisons, projected panel start, run timeline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.run_analysis import (
    Plan,
    RecordedEvent,
    analyse,
    compare,
    describe,
    projected_start,
    run_times,
    signed,
)
from runofshow.core.runs import RunRecorder
from tests.core.run_script import S, record_scripted_run, small_show


def _event(seq: int, mono: int, wall_s: int, boot: str) -> RecordedEvent:
    return RecordedEvent(
        seq, "next", {}, mono, datetime(2022, 9, 12, tzinfo=UTC) + timedelta(seconds=wall_s),
        boot, "running", "a", 0, 0, None, "running", 0, "a", 0, 0, 0, None, 0,
    )  # fmt: skip


def test_run_times_chain_monotonic_within_a_boot_and_wall_across_boots() -> None:
    events = [
        _event(1, 1_000, 0, "one"),
        _event(2, 61_000, 3600, "one"),  # the wall clock stepped an hour: ignored
        _event(3, 5, 3700, "two"),  # restart: 100 s of wall since the previous event
        _event(4, 20_005, 9999, "two"),
    ]
    assert run_times(events) == [0, 60_000, 160_000, 180_000]


def _partial_run(tmp_path: Path, clocks: FakeClocks, talk_s: int) -> Engine:
    """A rehearsal of the opening and the talk only (then reset)."""
    engine = Engine(small_show(), clocks, rehearsal=True)
    recorder = RunRecorder.for_show(tmp_path / "show.yaml")
    recorder.attach(engine)
    engine.start()
    clocks.advance(100 * S)
    engine.next()
    clocks.advance(talk_s * S)
    engine.reset()
    return engine


def test_comparison_of_three_runs_against_the_plan(tmp_path: Path, clocks: FakeClocks) -> None:
    show_path = tmp_path / "show.yaml"
    store, _ = record_scripted_run(show_path, clocks)
    _partial_run(tmp_path, clocks, talk_s=420)
    plan = Plan.from_show(small_show())
    runs = [(info.label, store.load(info.id).analysis) for info in store.list_runs()]
    comparison = compare(plan, runs)
    assert comparison.labels == ("#1 rehearsal", "#2 rehearsal")
    table = [
        (r.segment.id, r.planned_ms, r.actual_ms, tuple(signed(r.delta_ms(i)) for i in range(2)))
        for r in comparison.rows
    ]
    assert table == [
        ("opening", 120 * S, (130 * S, 100 * S), ("+0:10", "-0:20")),
        ("talk-dev-env", 300 * S, (310 * S, 420 * S), ("+0:10", "+2:00")),
        ("panel", 600 * S, (590 * S, None), ("-0:10", "")),
        ("closing", 60 * S, (75 * S, None), ("+0:15", "")),
    ]
    assert comparison.planned_total_ms == 1080 * S
    assert [comparison.total_ms(i) for i in range(2)] == [1105 * S, 520 * S]
    assert [signed(comparison.total_delta_ms(i)) for i in range(2)] == ["+0:25", "+1:40"]
    projected = comparison.projected
    assert projected is not None and projected.segment.id == "panel"
    assert projected.planned == datetime(2022, 9, 12, 13, 7, tzinfo=plan.tz)
    assert [signed(projected.delta_ms(i)) for i in range(2)] == ["+0:20", "+1:40"]
    cues = [(c.segment.id, c.title, c.planned_ms, c.actual_ms) for c in comparison.cue_rows]
    assert cues[2] == ("talk-dev-env", "背景", 60 * S, (90 * S, 420 * S))
    assert cues[3] == ("talk-dev-env", "課題", 120 * S, (120 * S, None))


def test_projected_start_uses_the_plan_for_segments_a_run_did_not_cover() -> None:
    plan = Plan.from_show(small_show())
    nothing = projected_start(plan, [analyse(plan, [])])
    assert nothing is not None and nothing.projected == (None,) and nothing.delta_ms(0) is None
    only_closing = Plan(plan.title, plan.starts_at, plan.timezone, plan.segments[3:])
    assert projected_start(only_closing, []) is None


def test_an_incomplete_run_counts_up_to_its_last_event(tmp_path: Path, clocks: FakeClocks) -> None:
    engine = Engine(small_show(), clocks)
    recorder = RunRecorder.for_show(tmp_path / "show.yaml")
    recorder.attach(engine)
    engine.start()
    clocks.advance(70 * S)
    engine.next_cue()
    clocks.advance(5 * S)
    engine.pause()
    clocks.advance(30 * S)
    engine.set_message("巻きで")
    # crash: nothing more is recorded
    analysis = recorder.store.load("1").analysis
    opening = analysis.segments[0]
    assert opening.duration_ms == 75 * S and opening.ended is None
    assert (opening.pauses, opening.paused_ms) == (1, 30 * S)
    assert [c.on_card_ms for c in opening.cues] == [70 * S, 5 * S]
    assert analysis.end_run_ms == 105 * S
    assert describe(analysis.events[-1]) == "“巻きで”"


def test_action_log_details(tmp_path: Path, clocks: FakeClocks) -> None:
    store, run_id = record_scripted_run(tmp_path / "show.yaml", clocks)
    details = [(e.action, describe(e)) for e in store.load(run_id).analysis.events]
    assert ("add_time", "+1:00") in details
    assert ("next", "→ panel") in details
    assert ("next_cue", "card 3") in details
