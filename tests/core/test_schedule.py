"""Planned and projected schedule: hard starts, offsets, projections, size."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.schedule import epoch_ms, from_epoch_ms, plan_schedule
from tests.core.test_engine import MIN, START, TZ, make_show, seg


def t(hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime(2022, 9, 12, hh, mm, ss, tzinfo=TZ)


def test_planned_times_chain_from_the_show_start() -> None:
    plan = plan_schedule(make_show(seg("a", 5), seg("b", 15), seg("c", 45)))
    assert plan.starts == (t(13, 0), t(13, 5), t(13, 20))
    assert plan.ends == (t(13, 5), t(13, 20), t(14, 5))


def test_a_later_hard_start_waits_and_an_earlier_one_does_not_pull() -> None:
    show = make_show(
        seg("a", 5),
        seg("b", 10, hard_start=t(13, 30)),  # later than the chain: waits
        seg("c", 10, hard_start=t(13, 35)),  # earlier than the chain (13:40): chain wins
    )
    plan = plan_schedule(show)
    assert plan.starts == (t(13, 0), t(13, 30), t(13, 40))
    assert plan.ends[-1] == t(13, 50)


def test_the_first_segment_starts_at_its_hard_start() -> None:
    plan = plan_schedule(make_show(seg("a", 5, hard_start=t(12, 55)), seg("b", 5)))
    assert plan.starts == (t(12, 55), t(13, 0))


def test_planning_across_a_dst_change_uses_real_elapsed_time() -> None:
    ny = ZoneInfo("America/New_York")
    start = datetime(2022, 11, 6, 1, 0, tzinfo=ny)  # EDT; at 2:00 EDT clocks go back to 1:00
    show = make_show(
        seg("long", 90), seg("after", 30), starts_at=start, timezone="America/New_York"
    )
    plan = plan_schedule(show)
    # (subtracting two datetimes of one ZoneInfo compares wall readings, hence epoch_ms)
    assert epoch_ms(plan.ends[0]) - epoch_ms(plan.starts[0]) == 90 * MIN
    assert plan.ends[0].utcoffset() == timedelta(hours=-5)  # now EST
    assert plan.ends[0].hour == 1 and plan.ends[0].minute == 30
    assert epoch_ms(plan.ends[1]) - epoch_ms(plan.starts[0]) == 120 * MIN


def test_epoch_ms_round_trip() -> None:
    when = datetime(2022, 9, 12, 13, 0, 1, 234_000, tzinfo=TZ)
    assert from_epoch_ms(epoch_ms(when), TZ) == when


def test_projection_waits_for_a_future_hard_start(clocks: FakeClocks) -> None:
    show = make_show(seg("a", 5), seg("b", 10, hard_start=t(13, 30)), seg("c", 10))
    clocks.set_wall(START)
    engine = Engine(show, clocks)
    engine.start()
    clocks.advance(2 * MIN)
    snap = engine.snapshot()
    rows = snap.schedule
    assert rows[0].projected_end == t(13, 5)
    assert rows[1].projected_start == t(13, 30)  # waits for its time
    assert rows[2].projected_start == t(13, 40)
    clocks.advance(30 * MIN)  # 27 minutes over: chain passes the hard start
    rows = engine.snapshot().schedule
    assert rows[0].projected_end == t(13, 32)
    assert rows[1].projected_start == t(13, 32) and rows[2].projected_end == t(13, 52)
    assert engine.snapshot().projected_show_end == t(13, 52)


def test_offset_is_projected_minus_planned_end_of_the_current(clocks: FakeClocks) -> None:
    show = make_show(seg("a", 5), seg("b", 15))
    clocks.set_wall(START + timedelta(seconds=30))  # half a minute late
    engine = Engine(show, clocks)
    assert engine.snapshot().offset_ms == 30_000
    engine.start()
    clocks.advance(2 * MIN)
    snap = engine.snapshot()
    assert snap.offset_ms == 30_000  # running within its time: the late start stays
    engine.next()  # left 2.5 minutes early
    snap = engine.snapshot()
    assert snap.offset_ms == -150_000
    assert snap.projected_show_end == t(13, 17, 30)
    engine.pause()
    clocks.advance(MIN)
    snap = engine.snapshot()
    assert snap.offset_ms == -90_000  # a pause pushes everything later
    cur = snap.schedule[snap.index]
    assert cur.projected_end is not None
    assert epoch_ms(cur.projected_end) - epoch_ms(cur.planned_end) == snap.offset_ms


def test_overtime_projects_the_current_end_at_now(clocks: FakeClocks) -> None:
    clocks.set_wall(START)
    engine = Engine(make_show(seg("a", 1), seg("b", 1)), clocks)
    engine.start()
    clocks.advance(90_000)
    snap = engine.snapshot()
    assert snap.schedule[0].projected_end == snap.now
    assert snap.schedule[1].projected_start == snap.now
    assert snap.offset_ms == 30_000


def test_a_segment_gone_back_over_keeps_only_its_remaining_time(clocks: FakeClocks) -> None:
    clocks.set_wall(START)
    engine = Engine(make_show(seg("a", 5), seg("b", 10), seg("c", 10)), clocks)
    engine.start()
    engine.next()
    clocks.advance(4 * MIN)
    engine.previous()
    snap = engine.snapshot()
    b = snap.schedule[1]
    assert b.projected_start == t(13, 9) and b.projected_end == t(13, 15)
    assert b.actual_start == t(13, 0) and not b.done


def test_two_thousand_segments_snapshot_rebuilds_only_what_moved(clocks: FakeClocks) -> None:
    """Paused, every future projection moves with now; running within its time, a snapshot
    reuses every row but the current one. (Timing: bench/scale.py, scale.snapshot*.)"""
    show = make_show(*(seg(f"s{i}", 1) for i in range(2000)))
    engine = Engine(show, clocks)
    engine.start()
    for _ in range(20):
        engine.next()
    engine.goto("s500")
    engine.pause()
    before = engine.snapshot()
    clocks.advance(7)
    paused = engine.snapshot()
    assert len(paused.schedule) == 2000
    assert before.schedule[-1].projected_end is not None
    assert paused.schedule[-1].projected_end == before.schedule[-1].projected_end + timedelta(
        milliseconds=7
    )
    engine.resume()
    clocks.advance(7)
    first = engine.snapshot()
    clocks.advance(7)
    second = engine.snapshot()
    current = 500
    assert second.schedule[current] is not first.schedule[current]
    reused = [i for i in range(2000) if i != current and second.schedule[i] is first.schedule[i]]
    assert len(reused) == 1999  # running: cached rows, one rebuilt
