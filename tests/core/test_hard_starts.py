"""Hard starts are kept: the segment before one is squeezed when late, a break stretches
when early, any other segment holds; projections, offsets and add-time respect them,
across DST and midnight."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.model import Segment, SegmentKind, Show, Thresholds
from runofshow.core.schedule import epoch_ms
from runofshow.core.snapshot import Fit, Phase, Status
from tests.core.test_engine import MIN, TZ

SEC = 1000


def segment(
    seg_id: str, minutes: float, kind: SegmentKind = SegmentKind.TALK, **extra: object
) -> Segment:
    return Segment(
        id=seg_id,
        kind=kind,
        title=seg_id.title(),
        duration_ms=int(minutes * MIN),
        thresholds=Thresholds(warning_ms=2 * MIN, danger_ms=MIN),
        **extra,  # type: ignore[arg-type]
    )


def at(hh: int, mm: int, ss: int = 0, tz: ZoneInfo = TZ, day: int = 12) -> datetime:
    return datetime(2022, 9, day, hh, mm, ss, tzinfo=tz)


def afternoon(break_kind: SegmentKind = SegmentKind.BREAK) -> Show:
    """14:47 a 10-minute talk, 14:57 a 3-minute break, 15:00 a talk pinned at 15:00."""
    return Show(
        title="Afternoon",
        starts_at=at(14, 47),
        timezone="Asia/Tokyo",
        segments=(
            segment("talk", 10),
            segment("pause", 3, break_kind),
            segment("pinned", 15, hard_start=at(15, 0)),
            segment("closing", 5),
        ),
    )


def engine_at(show: Show, when: datetime) -> tuple[Engine, FakeClocks]:
    clocks = FakeClocks(now=when.astimezone(UTC))
    return Engine(show, clocks), clocks


def test_a_late_break_is_squeezed_and_counts_to_the_hard_start() -> None:
    engine, clocks = engine_at(afternoon(), at(14, 47))
    engine.start()
    clocks.advance(10 * MIN + 40 * SEC)  # the talk ran 40 s long
    engine.next()
    snap = engine.snapshot()
    hard = snap.hard_start
    assert hard is not None and hard.segment.id == "pinned"
    assert hard.fit is Fit.SQUEEZED and hard.at == at(15, 0) and not hard.due
    assert snap.remaining_ms == 2 * MIN + 20 * SEC  # not its own 3:00
    assert snap.planned_ms == 2 * MIN + 20 * SEC
    assert snap.phase is Phase.NORMAL
    clocks.advance(20 * SEC)
    assert engine.snapshot().phase is Phase.WARNING  # thresholds apply to what is left
    rows = snap.schedule
    assert rows[1].projected_end == at(15, 0) and rows[2].projected_start == at(15, 0)
    assert snap.offset_ms == 0  # the show arrives at the hard start on time
    clocks.advance(2 * MIN + 5 * SEC)  # 15:00:05, past the hard start
    snap = engine.snapshot()
    assert snap.phase is Phase.OVERTIME and snap.overtime_ms == 5 * SEC
    assert snap.hard_start is not None and snap.hard_start.due
    assert snap.schedule[2].projected_start == at(15, 0, 5)
    assert snap.offset_ms == 5 * SEC


def test_an_early_break_stretches_to_the_hard_start() -> None:
    engine, clocks = engine_at(afternoon(), at(14, 47))
    engine.start()
    clocks.advance(8 * MIN)  # the talk ended 2 minutes early
    engine.next()
    snap = engine.snapshot()
    assert snap.hard_start is not None and snap.hard_start.fit is Fit.STRETCHED
    assert snap.remaining_ms == 5 * MIN and snap.phase is Phase.NORMAL
    assert snap.schedule[1].projected_end == at(15, 0)
    assert snap.offset_ms == 0


def test_an_early_talk_keeps_its_length_then_holds_until_the_hard_start() -> None:
    engine, clocks = engine_at(afternoon(SegmentKind.OTHER), at(14, 47))
    engine.start()
    clocks.advance(8 * MIN)
    engine.next()  # "pause" is now an ordinary segment, two minutes early
    snap = engine.snapshot()
    assert snap.hard_start is not None and snap.hard_start.fit is Fit.ON_TIME
    assert snap.remaining_ms == 3 * MIN  # its own time
    assert snap.schedule[1].projected_end == at(14, 58)
    assert snap.schedule[2].projected_start == at(15, 0)
    assert snap.offset_ms == 0  # the show moves on at 15:00 as planned
    clocks.advance(3 * MIN)
    assert engine.snapshot().next_change_ms == 1  # the hold begins then
    clocks.advance(1)
    snap = engine.snapshot()
    assert snap.phase is Phase.HOLD and snap.progress == 1.0
    assert snap.hard_start is not None and snap.hard_start.fit is Fit.HOLD
    assert snap.remaining_ms == 2 * MIN - 1 and snap.overtime_ms == 0  # HOLD 2:00 to 15:00
    clocks.advance(2 * MIN)
    snap = engine.snapshot()
    assert snap.phase is Phase.OVERTIME
    assert snap.hard_start is not None and snap.hard_start.due


def test_a_paused_squeezed_segment_keeps_counting_to_the_hard_start() -> None:
    engine, clocks = engine_at(afternoon(), at(14, 47))
    engine.start()
    clocks.advance(11 * MIN)
    engine.next()
    engine.pause()
    before = engine.snapshot()
    assert before.remaining_ms == 2 * MIN
    clocks.advance(30 * SEC)
    after = engine.snapshot()
    assert after.elapsed_ms == before.elapsed_ms  # its own clock stopped
    assert after.remaining_ms == 90 * SEC  # the hard start did not wait
    assert 1 <= after.next_change_ms <= 1000


def test_a_paused_early_talk_becomes_squeezed_when_the_hard_start_catches_up() -> None:
    engine, clocks = engine_at(afternoon(SegmentKind.OTHER), at(14, 47))
    engine.start()
    clocks.advance(10 * MIN)
    engine.next()
    engine.pause()  # 3:00 of its own left, 3:00 to the hard start
    clocks.advance(1)
    snap = engine.snapshot()
    assert snap.hard_start is not None and snap.hard_start.fit is Fit.SQUEEZED


def test_more_time_for_a_break_before_a_hard_start_is_refused() -> None:
    engine, clocks = engine_at(afternoon(), at(14, 47))
    engine.start()
    clocks.advance(10 * MIN)
    engine.next()
    for ms in (MIN, -MIN):
        result = engine.add_time(ms)
        assert not result.ok and result.refusal == "hard_start_fixed"
        assert "15:00" in result.message


def test_a_squeezed_talk_cannot_get_more_time_but_can_give_some_back() -> None:
    engine, clocks = engine_at(afternoon(SegmentKind.OTHER), at(14, 47))
    engine.start()
    clocks.advance(11 * MIN)
    engine.next()
    assert engine.snapshot().hard_start.fit is Fit.SQUEEZED  # type: ignore[union-attr]
    assert engine.add_time(MIN).refusal == "hard_start_fixed"
    assert engine.add_time(-MIN).ok
    snap = engine.snapshot()
    assert snap.hard_start is not None and snap.hard_start.fit is Fit.ON_TIME
    assert snap.remaining_ms == 2 * MIN


def test_projections_squeeze_later_segments_before_a_hard_start() -> None:
    engine, clocks = engine_at(afternoon(), at(14, 47))
    clocks.set_wall(at(14, 52).astimezone(UTC))  # five minutes late, still in standby
    snap = engine.snapshot()
    rows = snap.schedule
    assert rows[0].projected_start == at(14, 52) and rows[0].projected_end == at(15, 2)
    assert rows[1].projected_start == at(15, 2) and rows[1].projected_end == at(15, 2)
    assert rows[2].projected_start == at(15, 2)
    engine.start()
    snap = engine.snapshot()
    assert snap.hard_start is not None and snap.hard_start.fit is Fit.NONE  # further on
    assert snap.projected_show_end == at(15, 22)


def test_the_api_can_see_the_next_hard_start_from_afar() -> None:
    engine, _clocks = engine_at(afternoon(), at(14, 47))
    engine.start()
    snap = engine.snapshot()
    hard = snap.hard_start
    assert hard is not None and hard.index == 2 and hard.in_ms == 13 * MIN
    assert hard.fit is Fit.NONE and not hard.pinned


def test_moving_into_a_hard_start_early_is_known() -> None:
    engine, clocks = engine_at(afternoon(), at(14, 47))
    engine.start()
    early = engine.early_hard_start("pinned")
    assert early is not None and early.in_ms == 13 * MIN
    assert engine.early_hard_start("closing") is None
    clocks.advance(12 * MIN)  # 14:59: within a minute it is fine
    assert engine.early_hard_start("pinned") is None


@pytest.mark.parametrize(
    ("zone", "starts", "pinned"),
    [
        # New York falls back at 02:00 EDT: 01:30 EDT plus 60 minutes is 01:30 EST
        (
            "America/New_York",
            datetime(2022, 11, 6, 1, 30, tzinfo=ZoneInfo("America/New_York")),
            datetime(2022, 11, 6, 1, 35, tzinfo=ZoneInfo("America/New_York"), fold=1),
        ),
        # across midnight in Tokyo
        ("Asia/Tokyo", at(23, 50), datetime(2022, 9, 13, 0, 5, tzinfo=TZ)),
    ],
)
def test_squeezing_counts_real_time_across_dst_and_midnight(
    zone: str, starts: datetime, pinned: datetime
) -> None:
    show = Show(
        title="Night",
        starts_at=starts,
        timezone=zone,
        segments=(
            segment("long", 60 if zone != "Asia/Tokyo" else 10),
            segment("gap", 5, SegmentKind.BREAK),
            segment("pinned", 10, hard_start=pinned),
        ),
    )
    engine, clocks = engine_at(show, starts)
    engine.start()
    first = show.segments[0].duration_ms
    clocks.advance(first + 3 * MIN)  # three minutes long
    engine.next()
    snap = engine.snapshot()
    real_gap = epoch_ms(pinned) - epoch_ms(starts) - first - 3 * MIN
    assert snap.hard_start is not None
    assert snap.remaining_ms == real_gap == 2 * MIN
    assert snap.hard_start.fit is Fit.SQUEEZED
    assert snap.schedule[2].projected_start == pinned


def test_a_wall_clock_step_moves_only_a_countdown_to_a_hard_start() -> None:
    engine, clocks = engine_at(afternoon(), at(14, 47))
    engine.start()
    clocks.advance(11 * MIN)
    engine.next()
    before = engine.snapshot()
    clocks.step_wall(timedelta(seconds=30))
    after = engine.snapshot()
    assert after.elapsed_ms == before.elapsed_ms
    assert after.remaining_ms == before.remaining_ms - 30 * SEC


def test_the_status_of_a_fresh_show_has_no_fit() -> None:
    engine, _clocks = engine_at(afternoon(), at(14, 40))
    snap = engine.snapshot()
    assert snap.status is Status.STANDBY
    assert snap.hard_start is not None and snap.hard_start.fit is Fit.NONE
