"""One contract for both real schedulers (asyncio for headless, Qt for the desktop).

Time is fake (FakeClocks): the test moves it, then lets the scheduler's real wake-up "fire"
by calling ``wake()`` as the real timer would. Each backend's real timer is read back to
check it was armed for the right delay; one test per backend lets it really fire.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from runofshow.app.driver import TICK_MARGIN_MS, ClockDriver
from runofshow.app.scheduler import AsyncioScheduler, TimerQueue
from runofshow.core.clock import FakeClocks
from runofshow.core.durations import format_countdown
from runofshow.core.engine import Engine
from runofshow.core.snapshot import Snapshot
from runofshow.qt.scheduler import QtScheduler
from tests.core.test_engine import default_show

HOUR_MS = 3_600_000


@dataclass
class Backend:
    scheduler: TimerQueue
    real_delay_ms: Callable[[], int | None]  # what the backend's own timer is armed for
    run_until: Callable[[Callable[[], bool]], None]  # turn the real loop until true (deadline)


def _asyncio_backend(clocks: FakeClocks) -> Iterator[Backend]:
    loop = asyncio.new_event_loop()
    scheduler = AsyncioScheduler(loop, clocks)

    def real_delay() -> int | None:
        handle = scheduler._wakeup
        if handle is None or handle.cancelled():
            return None
        return round((handle.when() - loop.time()) * 1000)

    def run_until(done: Callable[[], bool]) -> None:
        async def wait() -> None:
            while not done():
                await asyncio.sleep(0.001)  # yields to the loop; bounded by wait_for below

        loop.run_until_complete(asyncio.wait_for(wait(), timeout=5))

    yield Backend(scheduler, real_delay, run_until)
    scheduler.close()
    loop.close()


def _qt_backend(clocks: FakeClocks, qtbot: QtBot) -> Iterator[Backend]:
    scheduler = QtScheduler(clocks)

    def real_delay() -> int | None:
        timer = scheduler.timer
        return timer.interval() if timer.isActive() else None

    yield Backend(scheduler, real_delay, lambda done: qtbot.waitUntil(done, timeout=5000))
    scheduler.close()


@pytest.fixture(params=["asyncio", "qt"])
def backend(request: pytest.FixtureRequest, clocks: FakeClocks, qtbot: QtBot) -> Iterator[Backend]:
    if request.param == "asyncio":
        yield from _asyncio_backend(clocks)
    else:
        yield from _qt_backend(clocks, qtbot)


def fire(backend: Backend, clocks: FakeClocks) -> None:
    """Let the armed real wake-up elapse on the fake clock and fire."""
    delay = backend.real_delay_ms()
    assert delay is not None, "no wake-up armed"
    clocks.advance(delay)
    backend.scheduler.wake()


def test_the_real_timer_is_armed_for_the_earliest_call(
    backend: Backend, clocks: FakeClocks
) -> None:
    backend.scheduler.call_later(900, lambda: None)
    assert backend.real_delay_ms() == 900
    backend.scheduler.call_later(250, lambda: None)
    assert backend.real_delay_ms() == 250
    fire(backend, clocks)
    assert backend.real_delay_ms() == 650
    fire(backend, clocks)
    assert backend.real_delay_ms() is None


def test_a_timer_that_wakes_early_re_arms(backend: Backend, clocks: FakeClocks) -> None:
    ran: list[int] = []
    start = clocks.monotonic_ms()
    backend.scheduler.call_later(1000, lambda: ran.append(clocks.monotonic_ms() - start))
    clocks.advance(997)  # the real timer came back 3 ms early
    backend.scheduler.wake()
    assert ran == []
    assert backend.real_delay_ms() == 3
    fire(backend, clocks)
    assert ran == [1000]


def test_a_shown_second_flips_when_it_should(backend: Backend, clocks: FakeClocks) -> None:
    engine = Engine(default_show(), clocks)
    published: list[tuple[int, Snapshot]] = []
    driver = ClockDriver(
        engine, backend.scheduler, lambda s: published.append((clocks.monotonic_ms(), s))
    )
    engine.start()
    anchor = clocks.monotonic_ms()
    driver.tick()
    published.clear()
    for _ in range(5):
        fire(backend, clocks)
    shown = [(at - anchor, format_countdown(s.remaining_ms)) for at, s in published]
    assert shown == [
        (1001, "4:59"), (2001, "4:58"), (3001, "4:57"), (4001, "4:56"), (5001, "4:55"),
    ]  # fmt: skip


def test_no_drift_over_a_simulated_hour(backend: Backend, clocks: FakeClocks) -> None:
    engine = Engine(default_show(), clocks)
    shown: list[tuple[int, str]] = []
    anchor = clocks.monotonic_ms()
    driver = ClockDriver(
        engine,
        backend.scheduler,
        lambda s: shown.append((clocks.monotonic_ms() - anchor, format_countdown(s.remaining_ms))),
    )
    engine.start()
    engine.add_time(2 * HOUR_MS)  # the opening now lasts past the hour
    driver.tick()  # the session ticks after every action
    shown.clear()
    while clocks.monotonic_ms() - anchor < HOUR_MS:
        fire(backend, clocks)
    planned = engine.snapshot().planned_ms
    # One tick a second, each 1 ms after the true boundary, from the first to the last.
    assert [at for at, _ in shown] == [
        k * 1000 + TICK_MARGIN_MS for k in range(1, HOUR_MS // 1000 + 1)
    ]
    assert all(text == format_countdown(planned - at) for at, text in shown)
    assert len({text for _, text in shown}) == len(shown)  # every tick shows a new second
    assert engine.snapshot().elapsed_ms == clocks.monotonic_ms() - anchor


def test_the_real_wake_up_really_fires(backend: Backend, clocks: FakeClocks) -> None:
    ran: list[str] = []
    backend.scheduler.call_at(clocks.monotonic_ms(), lambda: ran.append("due"))
    backend.run_until(lambda: ran == ["due"])


def test_calls_from_another_thread_run_on_the_session_thread(backend: Backend) -> None:
    ran_on: list[str] = []
    worker = threading.Thread(
        target=backend.scheduler.call_soon_threadsafe,
        args=(lambda: ran_on.append(threading.current_thread().name),),
    )
    worker.start()
    worker.join(timeout=5)
    backend.run_until(lambda: bool(ran_on))
    assert ran_on == [threading.current_thread().name]
