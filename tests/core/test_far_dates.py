"""A show opened far from its date: the snapshot says so (no offset of thousands of hours),
and going live can move the plan to start now, undoably, surviving a journal round trip
and a hot reload."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from runofshow.core.clock import FakeClocks
from runofshow.core.engine import FAR_MS, Engine
from runofshow.core.engine_state import from_dict, to_dict
from runofshow.core.model import SegmentKind
from runofshow.core.schedule import epoch_ms
from tests.core.test_engine import MIN, START, make_show, seg
from tests.core.test_hard_starts import segment

LATER = datetime(2025, 3, 1, 9, 30, 12, 345_000, tzinfo=UTC)  # years after the show's date


def show_with_hard_start():  # type: ignore[no-untyped-def]
    return make_show(
        seg("a", 5),
        segment("b", 5, SegmentKind.BREAK),
        seg("c", 10, hard_start=START + timedelta(minutes=15)),
    )


def test_a_plan_more_than_twelve_hours_away_is_far_either_way() -> None:
    for delta in (FAR_MS + 1, -(FAR_MS + 1)):
        clocks = FakeClocks(now=(START - timedelta(milliseconds=delta)).astimezone(UTC))
        assert Engine(make_show(seg("a")), clocks).snapshot().far
    clocks = FakeClocks(now=(START - timedelta(milliseconds=FAR_MS)).astimezone(UTC))
    assert not Engine(make_show(seg("a")), clocks).snapshot().far


def test_going_live_with_the_plan_shifted_to_now() -> None:
    clocks = FakeClocks(now=LATER)
    engine = Engine(show_with_hard_start(), clocks)
    assert engine.snapshot().far and engine.snapshot().hard_start is None
    assert engine.start(plan="shift").ok
    snap = engine.snapshot()
    assert not snap.far and abs(snap.offset_ms) < 1000
    now = LATER.replace(microsecond=0)
    assert snap.schedule[0].planned_start == now.astimezone(START.tzinfo)
    assert engine.show.starts_at == now
    assert engine.base_show.starts_at == START  # the file's plan is untouched
    hard = snap.hard_start
    assert hard is not None and hard.at == now + timedelta(minutes=15)  # moved along
    clocks.advance(90_000)
    assert 0 <= engine.snapshot().offset_ms < 1000  # planned on the whole second
    assert engine.undo().ok  # back to standby and to the plan as written
    snap = engine.snapshot()
    assert snap.far and engine.show.starts_at == START
    assert engine.redo().ok and not engine.snapshot().far


def test_running_as_planned_stays_far_and_keeps_no_hard_starts() -> None:
    clocks = FakeClocks(now=LATER)
    engine = Engine(show_with_hard_start(), clocks)
    assert engine.start().ok
    engine.next()
    snap = engine.snapshot()
    assert snap.far and snap.hard_start is None
    assert snap.remaining_ms == 5 * MIN  # the break keeps its own length
    assert engine.add_time(60_000).ok
    assert engine.early_hard_start("c") is None


def test_the_shift_survives_the_journal_and_a_reload() -> None:
    clocks = FakeClocks(now=LATER)
    show = show_with_hard_start()
    engine = Engine(show, clocks)
    engine.start(plan="shift")
    state = from_dict(to_dict(engine.state()))
    assert state == engine.state()
    assert state.live.plan_shift_ms == epoch_ms(LATER.replace(microsecond=0)) - epoch_ms(START)
    restored = Engine(show, clocks, state=state)
    assert restored.snapshot() == engine.snapshot()
    renamed = replace(show.segments[0], title="Renamed")
    edited = replace(show, segments=(renamed, *show.segments[1:]))
    engine.replace_show(edited)
    snap = engine.snapshot()
    assert not snap.far and snap.segment.title == "Renamed"
    assert engine.show.starts_at == LATER.replace(microsecond=0)


def test_an_old_journal_without_a_shift_reads_as_none() -> None:
    engine = Engine(make_show(seg("a")), FakeClocks())
    data = to_dict(engine.state())
    del data["live"]["plan_shift_ms"]
    assert from_dict(data).live.plan_shift_ms == 0


def test_reset_brings_the_written_plan_back() -> None:
    clocks = FakeClocks(now=LATER)
    engine = Engine(make_show(seg("a"), seg("b")), clocks)
    engine.start(plan="shift")
    engine.reset()
    assert engine.snapshot().far and engine.show.starts_at == START
