"""Property tests: random operator actions, clock advances and wall steps keep invariants."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runofshow.core.clock import FakeClocks
from runofshow.core.durations import format_countdown, shown_seconds
from runofshow.core.engine import ActionResult, Engine, phase_for
from runofshow.core.model import Cue
from runofshow.core.schedule import epoch_ms
from runofshow.core.snapshot import Fit, Phase, Snapshot, Status
from tests.core.test_engine import MIN, START, make_show, seg

SHOW = make_show(
    seg("a", 2, cues=(Cue("one", at_ms=0), Cue("two", at_ms=40_000), Cue("three"))),
    seg("b", 1.5, warning_ms=30_000, danger_ms=10_000),
    seg("c", 3, hard_start=START + timedelta(minutes=10)),
    seg("d", 0.5, cues=(Cue("x"), Cue("y"))),
)
IDS = [s.id for s in SHOW.segments]

ACTIONS = st.one_of(
    st.sampled_from(
        [
            ("start",),
            ("start",),
            ("pause",),
            ("resume",),
            ("resume",),
            ("toggle",),
            ("next",),
            ("next",),
            ("previous",),
            ("next_cue",),
            ("previous_cue",),
            ("end_show",),
            ("reset",),
            ("undo",),
            ("redo",),
        ]
    ),
    st.tuples(st.just("goto"), st.sampled_from([*IDS, "missing"])),
    st.tuples(st.just("add_time"), st.integers(-4 * MIN, 2 * MIN)),
    st.tuples(st.just("add_time"), st.integers(-1_500, 1_500)),
    st.tuples(st.just("set_message"), st.sampled_from(["", "hi", "wrap up"]), st.booleans()),
    st.tuples(st.just("set_blackout"), st.booleans()),
)
STEPS = st.one_of(
    st.tuples(st.just("advance"), st.integers(0, 90_000)),
    st.tuples(st.just("advance"), st.integers(0, 1_500)),
    st.tuples(st.just("wall"), st.integers(-7_200_000, 7_200_000)),
    st.tuples(st.just("quiet"), st.just(0)),
    st.tuples(st.just("quiet"), st.just(0)),
    st.tuples(st.just("undo_redo"), st.just(0)),
    st.tuples(st.just("act"), ACTIONS),
)


def act(engine: Engine, action: tuple[object, ...]) -> ActionResult:
    name, *args = action
    method = getattr(engine, str(name))
    result: ActionResult = method(*args)
    return result


def shown(snap: Snapshot) -> tuple[object, ...]:
    """What a display shows, to the second."""
    return (
        snap.status,
        snap.index,
        format_countdown(snap.remaining_ms),
        snap.elapsed_ms // 1000,
        # the time of day is read at each tick; it only triggers one when nothing runs
        None if snap.status is Status.RUNNING else snap.now.replace(microsecond=0),
        snap.phase,
        snap.message_flashing,
        None if snap.cue is None else snap.cue.pace,
        shown_seconds(snap.until_start_ms) if snap.status is Status.STANDBY else None,
        None if snap.hard_start is None else (snap.hard_start.fit, snap.hard_start.due),
        snap.far,
    )


def check_invariants(engine: Engine, snap: Snapshot) -> None:
    run = engine.state().live.run(snap.segment.id)
    hard = snap.hard_start
    if hard is not None and hard.pinned:  # the countdown counts to the hard start
        assert snap.remaining_ms == hard.in_ms
        assert snap.status in (Status.RUNNING, Status.PAUSED) and hard.index == snap.index + 1
    else:
        assert snap.planned_ms == snap.segment.duration_ms + run.added_ms > 0
        assert snap.elapsed_ms + snap.remaining_ms == snap.planned_ms
    if hard is not None and hard.fit is Fit.HOLD:
        assert snap.phase is Phase.HOLD and hard.in_ms >= 0
        assert snap.segment.duration_ms + run.added_ms < snap.elapsed_ms
    else:
        assert snap.phase is phase_for(snap.remaining_ms, snap.segment.thresholds)
    assert snap.elapsed_ms >= 0
    assert snap.overtime_ms == max(0, -snap.remaining_ms)
    assert 0.0 <= snap.progress <= 1.0
    assert 1 <= snap.next_change_ms <= 1000
    for row in snap.schedule:
        assert row.elapsed_ms >= 0
        assert (row.projected_start is None) == (row.projected_end is None)
        if row.projected_start is not None and row.projected_end is not None:
            assert row.projected_end >= row.projected_start
    # actual starts in the order the segments first started
    visits = engine.state().live.visits
    starts = [snap.schedule[engine.plan.index[v]].actual_start for v in visits]
    assert None not in starts
    assert starts == sorted(s for s in starts if s is not None)
    # offset is what the projection says: when the show moves on, against the plan
    current = snap.schedule[snap.index]
    assert current.projected_end is not None
    following = snap.schedule[snap.index + 1] if snap.index + 1 < len(snap.schedule) else None
    if following is not None and snap.status is not Status.ENDED:
        assert following.projected_start is not None
        moved_on = epoch_ms(following.projected_start) - epoch_ms(following.planned_start)
        assert snap.offset_ms == moved_on
    else:
        assert snap.offset_ms == epoch_ms(current.projected_end) - epoch_ms(current.planned_end)
    if snap.status is Status.RUNNING:
        assert epoch_ms(current.projected_end) == epoch_ms(snap.now) + max(snap.remaining_ms, 0)
    if snap.status is not Status.ENDED:
        ends = [r.projected_end for r in snap.schedule[snap.index :]]
        assert snap.projected_show_end == ends[-1]


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(start=st.booleans(), steps=st.lists(STEPS, min_size=1, max_size=60))
def test_random_operation_keeps_invariants(start: bool, steps: list[tuple[object, ...]]) -> None:
    clocks = FakeClocks(now=datetime(2022, 9, 12, 3, 58, tzinfo=START.tzinfo))
    engine = Engine(SHOW, clocks)
    if start:
        steps = [("act", ("start",)), *steps]
    for kind, arg in steps:
        if kind == "advance":
            assert isinstance(arg, int)
            before = engine.snapshot()
            clocks.advance(arg)
            after = engine.snapshot()
            if before.status is Status.RUNNING:
                assert after.elapsed_ms == before.elapsed_ms + arg
            else:
                assert after.elapsed_ms == before.elapsed_ms
        elif kind == "wall":
            assert isinstance(arg, int)
            before = engine.snapshot()
            clocks.step_wall(timedelta(milliseconds=arg))
            after = engine.snapshot()
            assert after.elapsed_ms == before.elapsed_ms
            pinned = [s.hard_start is not None and s.hard_start.pinned for s in (before, after)]
            if not any(pinned):  # only a countdown to a hard start follows the wall clock
                assert after.remaining_ms == before.remaining_ms
        elif kind == "quiet":
            # nothing shown changes before next_change_ms
            before = engine.snapshot()
            clocks.advance(before.next_change_ms - 1)
            assert shown(engine.snapshot()) == shown(before)
            clocks.advance(1)
        elif kind == "undo_redo":
            state, snap = engine.state(), engine.snapshot()
            if engine.can_undo:
                assert engine.undo().ok
                assert engine.redo().ok
                assert engine.state() == state
                assert engine.snapshot() == snap
        else:
            assert isinstance(arg, tuple)
            state, snap = engine.state(), engine.snapshot()
            result = act(engine, arg)
            if result.ok:
                assert engine.undo_label == result.action or result.action in ("undo", "redo")
                if result.action not in ("undo", "redo"):
                    assert engine.state().undo[-1].state == state.live
                    assert not engine.can_redo
            else:
                assert result.refusal and result.message
                assert engine.state() is state
                assert engine.snapshot() == snap
        check_invariants(engine, engine.snapshot())


@settings(max_examples=200, deadline=None)
@given(
    actions=st.lists(ACTIONS, min_size=1, max_size=25),
    gaps=st.lists(st.integers(0, 20_000), min_size=25, max_size=25),
)
def test_undoing_everything_returns_to_the_start(
    actions: list[tuple[object, ...]], gaps: list[int]
) -> None:
    clocks = FakeClocks()
    engine = Engine(SHOW, clocks)
    initial = engine.state().live
    done = 0
    for action, gap in zip(actions, gaps, strict=False):
        if action[0] in ("undo", "redo"):
            continue
        if act(engine, action).ok:
            done += 1
        clocks.advance(gap)
    for _ in range(done):
        assert engine.undo().ok
    assert engine.state().live == initial
    assert not engine.can_undo
