"""The clock driver: when it ticks, what it publishes (ported from the Qt controller)."""

from __future__ import annotations

from datetime import timedelta

from runofshow.app.driver import TICK_MARGIN_MS, ClockDriver
from runofshow.app.scheduler import ManualScheduler
from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.snapshot import Snapshot, Status
from tests.core.test_engine import default_show


def make(clocks: FakeClocks) -> tuple[Engine, ManualScheduler, ClockDriver, list[Snapshot]]:
    engine = Engine(default_show(), clocks)
    scheduler = ManualScheduler(clocks)
    published: list[Snapshot] = []
    return engine, scheduler, ClockDriver(engine, scheduler, published.append), published


def test_it_arms_for_the_next_shown_change(clocks: FakeClocks) -> None:
    engine, scheduler, driver, published = make(clocks)
    assert published == []  # the first snapshot is read, not published
    assert scheduler.wakeup_delay_ms == driver.snapshot.next_change_ms + TICK_MARGIN_MS
    engine.start()
    clocks.advance(300)
    driver.tick()
    assert driver.snapshot.next_change_ms == 700
    assert scheduler.wakeup_delay_ms == 700 + TICK_MARGIN_MS
    scheduler.advance(701)
    assert published[-1].elapsed_ms == 1_001
    assert scheduler.wakeup_delay_ms == driver.snapshot.next_change_ms + TICK_MARGIN_MS == 1000


def test_paused_ticks_no_faster_than_the_wall_second(clocks: FakeClocks) -> None:
    engine, scheduler, driver, _ = make(clocks)
    engine.start()
    clocks.advance(1_000)
    engine.pause()
    driver.tick()
    assert scheduler.wakeup_delay_ms == 1000 + TICK_MARGIN_MS  # wall is on the second
    clocks.advance(400)
    driver.tick()
    assert scheduler.wakeup_delay_ms == 600 + TICK_MARGIN_MS


def test_a_flash_message_ticks_at_the_end_of_its_window(clocks: FakeClocks) -> None:
    engine, scheduler, driver, _ = make(clocks)
    engine.start()
    engine.pause()
    clocks.step_wall(timedelta(milliseconds=-100))  # the wall second flips 100 ms later
    engine.set_message("Wrap up", flash=True)
    driver.tick()
    assert driver.snapshot.message_flashing
    for _ in range(3):
        assert scheduler.wakeup_delay_ms is not None
        scheduler.advance(scheduler.wakeup_delay_ms)
    # ticks at 101, 1101, 2101 ms; the flash window ends at 3000 ms: the next tick is for it
    assert scheduler.wakeup_delay_ms == 3000 - 2101 + TICK_MARGIN_MS
    scheduler.advance(scheduler.wakeup_delay_ms)
    assert not driver.snapshot.message_flashing


def test_stop_stops_ticking(clocks: FakeClocks) -> None:
    engine, scheduler, driver, published = make(clocks)
    engine.start()
    driver.stop()
    scheduler.advance(10_000)
    assert published == []
    assert scheduler.next_due() is None
    assert driver.snapshot.status is Status.STANDBY  # the last one read
