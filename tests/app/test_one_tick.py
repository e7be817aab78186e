"""One display tick per displayed second: the countdown and the time of day flip together.

The session runs on a ManualScheduler with the app's services; every SnapshotChanged is a
display tick (the console, the speaker display and the web views all follow it). The wall
clock's second is put at several phases against the moment the segment went live: the
time-of-day display must not add a second tick in between.
"""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from runofshow.app.driver import TICK_MARGIN_MS
from runofshow.app.events import SessionEvent, SnapshotChanged
from runofshow.app.scheduler import ManualScheduler
from runofshow.app.session import ShowSession
from runofshow.core.clock import FakeClocks
from runofshow.core.durations import format_countdown, shown_time
from runofshow.core.snapshot import Snapshot, Status
from tests.app.support import GOOD, act, make_session, write

Tick = tuple[int, Snapshot]


def follow(session: ShowSession, clocks: FakeClocks) -> list[Tick]:
    ticks: list[Tick] = []

    def listener(event: SessionEvent) -> None:
        if isinstance(event, SnapshotChanged):
            ticks.append((clocks.monotonic_ms(), event.snapshot))

    session.subscribe(listener)
    return ticks


def started(
    tmp_path: Path, clocks: FakeClocks, wall_phase_ms: int
) -> tuple[ShowSession, ManualScheduler, list[Tick]]:
    clocks.step_wall(timedelta(milliseconds=wall_phase_ms))
    scheduler = ManualScheduler(clocks)
    session = make_session(clocks, write(tmp_path / "show.yaml", GOOD), scheduler=scheduler)
    ticks = follow(session, clocks)
    scheduler.advance(2_137)  # the operator goes live at some moment or other
    assert act(session, "start").ok
    return session, scheduler, ticks


@pytest.mark.parametrize("wall_phase_ms", [0, 1, 250, 499, 500, 863, 999])
def test_a_running_segment_ticks_exactly_once_per_displayed_second(
    tmp_path: Path, clocks: FakeClocks, wall_phase_ms: int
) -> None:
    session, scheduler, ticks = started(tmp_path, clocks, wall_phase_ms)
    live = clocks.monotonic_ms()
    assert format_countdown(session.snapshot.remaining_ms) == "10:00"
    ticks.clear()

    scheduler.advance(60_000 + TICK_MARGIN_MS)

    # exactly one tick per second, each just after the countdown's second flips ...
    assert [at - live for at, _ in ticks] == [k * 1000 + TICK_MARGIN_MS for k in range(1, 61)]
    # ... and each shows a new second: none in between
    shown = [format_countdown(snap.remaining_ms) for _, snap in ticks]
    assert shown[0] == "9:59" and shown[-1] == "9:00"
    assert len(set(shown)) == len(shown) == 60
    # the time of day read at each tick flips every tick, within half a second of the truth
    times = [shown_time(snap.now) for _, snap in ticks]
    assert all(b - a == timedelta(seconds=1) for a, b in pairwise(times))
    assert all(
        abs(shown_time(snap.now) - snap.now) <= timedelta(milliseconds=500) for _, snap in ticks
    )


@pytest.mark.parametrize("wall_phase_ms", [0, 250, 863])
def test_paused_it_ticks_once_per_wall_second(
    tmp_path: Path, clocks: FakeClocks, wall_phase_ms: int
) -> None:
    session, scheduler, ticks = started(tmp_path, clocks, wall_phase_ms)
    scheduler.advance(3_400)
    assert act(session, "pause").ok
    assert session.snapshot.status is Status.PAUSED
    ticks.clear()

    scheduler.advance(30_000)

    assert len(ticks) == 30
    for _, snap in ticks:  # just after the wall clock's second: the plain second is shown
        assert snap.now.microsecond // 1000 == TICK_MARGIN_MS
        assert shown_time(snap.now) == snap.now.replace(microsecond=0)
