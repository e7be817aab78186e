"""A three-hour show on the fake clock, ticked like the clock driver ticks: zero drift."""

from __future__ import annotations

import random
from datetime import timedelta

from runofshow.core.clock import FakeClocks
from runofshow.core.durations import format_countdown, shown_seconds
from runofshow.core.engine import Engine
from runofshow.core.snapshot import Status
from tests.core.test_engine import MIN, START, make_show, seg

SEGMENT_MINUTES = [5, 15, 15, 20, 10, 30, 15, 15, 45, 10]  # 3 hours


def test_a_three_hour_show_ends_with_zero_drift() -> None:
    rng = random.Random(20220912)
    show = make_show(*(seg(f"s{i}", m) for i, m in enumerate(SEGMENT_MINUTES)))
    clocks = FakeClocks(now=START.astimezone(START.tzinfo) - timedelta(minutes=2))
    engine = Engine(show, clocks)
    origin_mono, origin_wall = clocks.mono, clocks.now

    truth_elapsed = [0] * len(show.segments)
    truth_added = [0] * len(show.segments)
    truth_starts: list[int] = []  # monotonic ms since origin
    running = False
    current = 0
    # when to move on: each segment runs to a random point between -90 s and +90 s of its end
    targets = [m * MIN + rng.randint(-90_000, 90_000) for m in SEGMENT_MINUTES]
    ticks = 0
    last_shown: int | None = None

    def now_ms() -> int:
        return clocks.mono - origin_mono

    clocks.advance(2 * MIN + rng.randint(0, 5_000))  # a slightly late start
    engine.start()
    running = True
    truth_starts.append(now_ms())
    while True:
        snap = engine.snapshot()
        # a tick: the timer fires a little after the change (event loop jitter)
        step = snap.next_change_ms + 1 + rng.choice([0, 0, 0, 1, 3, 17])
        if rng.random() < 0.002:
            step += rng.randint(1_000, 4_000)  # a stalled event loop
        clocks.advance(step)
        if running:
            truth_elapsed[current] += step
        ticks += 1
        snap = engine.snapshot()
        planned = SEGMENT_MINUTES[current] * MIN + truth_added[current]
        assert snap.index == current
        assert snap.elapsed_ms == truth_elapsed[current]
        assert snap.remaining_ms == planned - truth_elapsed[current]
        assert format_countdown(snap.remaining_ms) == format_countdown(
            planned - truth_elapsed[current]
        )
        assert snap.now == (origin_wall + timedelta(milliseconds=now_ms())).astimezone(START.tzinfo)
        shown_now = shown_seconds(snap.remaining_ms)
        if running and last_shown is not None and step <= 1_018:
            assert last_shown - shown_now in (0, 1)  # never skips a shown second
        last_shown = shown_now if running else None

        roll = rng.random()
        if running and roll < 0.0008:
            assert engine.pause().ok
            running = False
        elif not running and roll < 0.05:
            assert engine.resume().ok
            running = True
        elif running and roll < 0.0016:
            ms = rng.choice([30_000, 60_000, -30_000])
            assert engine.add_time(ms).ok
            truth_added[current] += ms
            last_shown = None
        if running and truth_elapsed[current] >= targets[current]:
            if current + 1 == len(show.segments):
                assert engine.end_show().ok
                break
            assert engine.next().ok
            current += 1
            truth_starts.append(now_ms())
            last_shown = None

    snap = engine.snapshot()
    assert snap.status is Status.ENDED
    assert ticks > 10_000  # about one tick per shown second for three hours
    for i, row in enumerate(snap.schedule):
        assert row.elapsed_ms == truth_elapsed[i]
        assert row.actual_start == (origin_wall + timedelta(milliseconds=truth_starts[i]))
    assert snap.projected_show_end == (origin_wall + timedelta(milliseconds=now_ms()))
    total = sum(truth_elapsed)
    assert 2.9 * 3_600_000 < total < 3.1 * 3_600_000
