"""The timer queue on an injected clock, driven by hand (ManualScheduler)."""

from __future__ import annotations

import threading

import pytest

from runofshow.app.scheduler import ManualScheduler
from runofshow.core.clock import FakeClocks


def test_calls_run_in_time_order_at_their_due_time(
    scheduler: ManualScheduler, clocks: FakeClocks
) -> None:
    ran: list[tuple[str, int]] = []
    start = clocks.monotonic_ms()
    scheduler.call_later(300, lambda: ran.append(("b", clocks.monotonic_ms() - start)))
    scheduler.call_later(100, lambda: ran.append(("a", clocks.monotonic_ms() - start)))
    scheduler.call_at(start + 300, lambda: ran.append(("c", clocks.monotonic_ms() - start)))
    assert scheduler.wakeup_delay_ms == 100
    scheduler.advance(99)
    assert ran == []
    scheduler.advance(1000)
    assert ran == [("a", 100), ("b", 300), ("c", 300)]  # equal times keep their order
    assert clocks.monotonic_ms() - start == 1099
    assert scheduler.wakeup_delay_ms is None


def test_a_cancelled_call_never_runs(scheduler: ManualScheduler) -> None:
    ran: list[str] = []
    handle = scheduler.call_later(10, lambda: ran.append("x"))
    scheduler.call_later(20, lambda: ran.append("y"))
    handle.cancel()
    assert scheduler.next_due() == scheduler.clocks.monotonic_ms() + 20
    scheduler.advance(50)
    assert ran == ["y"]


def test_a_call_may_schedule_the_next_one(scheduler: ManualScheduler, clocks: FakeClocks) -> None:
    times: list[int] = []
    start = clocks.monotonic_ms()

    def every_250() -> None:
        times.append(clocks.monotonic_ms() - start)
        if len(times) < 4:
            scheduler.call_later(250, every_250)

    scheduler.call_later(250, every_250)
    scheduler.advance(10_000)
    assert times == [250, 500, 750, 1000]


def test_a_wake_up_before_the_due_time_runs_nothing_and_re_arms(
    scheduler: ManualScheduler, clocks: FakeClocks
) -> None:
    ran: list[int] = []
    scheduler.call_later(1000, lambda: ran.append(1))
    clocks.advance(400)  # the real timer fired early
    scheduler.wake()
    assert ran == []
    assert scheduler.wakeup_delay_ms == 600
    clocks.advance(600)
    scheduler.wake()
    assert ran == [1]


def test_a_failing_call_is_logged_and_the_rest_still_run(
    scheduler: ManualScheduler, caplog: pytest.LogCaptureFixture
) -> None:
    ran: list[str] = []

    def broken() -> None:
        raise RuntimeError("boom")

    scheduler.call_later(10, broken)
    scheduler.call_later(10, lambda: ran.append("after"))
    scheduler.advance(10)
    assert ran == ["after"]
    assert "scheduled call failed" in caplog.text


def test_thread_safe_calls_run_on_the_session_thread(scheduler: ManualScheduler) -> None:
    ran_on: list[str] = []
    worker = threading.Thread(
        target=lambda: scheduler.call_soon_threadsafe(
            lambda: ran_on.append(threading.current_thread().name)
        )
    )
    worker.start()
    worker.join(timeout=5)
    assert ran_on == []  # queued, not run on the worker
    assert scheduler.run_pending() == 1
    assert ran_on == [threading.current_thread().name]


def test_close_drops_everything(scheduler: ManualScheduler) -> None:
    ran: list[int] = []
    scheduler.call_later(10, lambda: ran.append(1))
    scheduler.call_soon_threadsafe(lambda: ran.append(2))
    scheduler.close()
    scheduler.advance(100)
    assert ran == []
