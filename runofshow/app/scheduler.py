"""The session thread's scheduler: "call me at monotonic time T" on an injected clock.

Everything that happens later on the session thread (display ticks, the show file poll, a
service's retry) goes through a ``Scheduler``. ``TimerQueue`` keeps the pending calls in a
heap keyed on the injected monotonic clock and keeps ONE real wake-up armed for the
earliest; when it fires, ``run_due`` runs what is due by the injected clock and re-arms.
A real timer that fires early therefore just re-arms: time always comes from the clock,
never from counting timer events.

Implementations: ``ManualScheduler`` (tests: ``advance(ms)`` moves ``FakeClocks``),
``AsyncioScheduler`` (headless), ``runofshow.qt.scheduler.QtScheduler`` (desktop).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from runofshow.core.clock import Clocks, FakeClocks

if TYPE_CHECKING:  # only headless mode runs asyncio here: the desktop need not import it
    import asyncio

log = logging.getLogger(__name__)


class Handle(Protocol):
    def cancel(self) -> None: ...


class Scheduler(Protocol):
    """What the session and the services schedule with. Only ``call_soon_threadsafe`` may be
    called from another thread; everything else, and every callback, runs on the session
    thread."""

    @property
    def clocks(self) -> Clocks: ...

    def call_at(self, mono_ms: int, fn: Callable[[], None]) -> Handle:
        """Run ``fn`` at or after monotonic time ``mono_ms`` (of ``clocks``)."""
        ...

    def call_later(self, delay_ms: int, fn: Callable[[], None]) -> Handle:
        """``call_at(clocks.monotonic_ms() + delay_ms, fn)``."""
        ...

    def call_soon_threadsafe(self, fn: Callable[[], None]) -> None:
        """From any thread: run ``fn`` on the session thread as soon as possible."""
        ...


@dataclass(order=True)
class _Timer:
    due: int
    seq: int
    fn: Callable[[], None] = field(compare=False)
    queue: TimerQueue | None = field(default=None, compare=False, repr=False)
    cancelled: bool = field(default=False, compare=False)

    def cancel(self) -> None:
        if not self.cancelled:
            self.cancelled = True
            if self.queue is not None:
                self.queue._rearm()


class TimerQueue:
    """The Qt-free part of every scheduler. Subclasses arm the one real wake-up
    (``_arm``) and wake the session thread for thread-safe calls (``_notify``)."""

    def __init__(self, clocks: Clocks) -> None:
        self._clocks = clocks
        self._heap: list[_Timer] = []
        self._seq = itertools.count()
        self._calls: deque[Callable[[], None]] = deque()
        self._lock = threading.Lock()
        self.wakeup_delay_ms: int | None = None  # the real wake-up armed last (None: idle)
        self._armed_due: int | None = None

    @property
    def clocks(self) -> Clocks:
        return self._clocks

    # ---- session thread -----------------------------------------------------------------

    def call_at(self, mono_ms: int, fn: Callable[[], None]) -> Handle:
        timer = _Timer(mono_ms, next(self._seq), fn, self)
        heapq.heappush(self._heap, timer)
        self._rearm()
        return timer

    def call_later(self, delay_ms: int, fn: Callable[[], None]) -> Handle:
        return self.call_at(self._clocks.monotonic_ms() + delay_ms, fn)

    def wake(self) -> None:
        """The real wake-up fired (possibly early or late): run what is due, re-arm."""
        self.run_due()

    def run_due(self) -> int:
        """Run every call due at the clock's current reading; returns how many ran."""
        now = self._clocks.monotonic_ms()
        self._armed_due = None  # the real wake-up, if any, has fired
        ran = 0
        while self._heap and self._heap[0].due <= now:
            timer = heapq.heappop(self._heap)
            if not timer.cancelled:
                timer.cancelled = True  # done: a late cancel() is a no-op
                ran += 1
                _run(timer.fn)
        self._rearm()
        return ran

    def next_due(self) -> int | None:
        """Monotonic time of the earliest pending call (cancelled ones dropped)."""
        while self._heap and self._heap[0].cancelled:
            heapq.heappop(self._heap)
        return self._heap[0].due if self._heap else None

    def run_pending(self) -> int:
        """Run the calls queued by ``call_soon_threadsafe``; returns how many ran."""
        with self._lock:
            calls = list(self._calls)
            self._calls.clear()
        for fn in calls:
            _run(fn)
        return len(calls)

    def close(self) -> None:
        """Drop every pending call and disarm."""
        self._heap.clear()
        with self._lock:
            self._calls.clear()
        self._rearm()

    def _rearm(self) -> None:
        """Point the real wake-up at the earliest pending call (unchanged: left alone)."""
        due = self.next_due()
        if due == self._armed_due and due is not None:
            return
        self._armed_due = due
        delay = None if due is None else max(0, due - self._clocks.monotonic_ms())
        self.wakeup_delay_ms = delay
        self._arm(delay)

    # ---- any thread ---------------------------------------------------------------------

    def call_soon_threadsafe(self, fn: Callable[[], None]) -> None:
        with self._lock:
            self._calls.append(fn)
        self._notify()

    # ---- for subclasses -----------------------------------------------------------------

    def _arm(self, delay_ms: int | None) -> None:
        """(Re)arm the single real wake-up to call ``wake`` in ``delay_ms``; None disarms."""
        raise NotImplementedError

    def _notify(self) -> None:
        """Any thread: make the session thread call ``run_pending`` soon."""
        raise NotImplementedError


def _run(fn: Callable[[], None]) -> None:
    """One failing callback is logged and never stops the others (or the clock)."""
    try:
        fn()
    except Exception:
        log.exception("scheduled call failed: %r", fn)


class ManualScheduler(TimerQueue):
    """For tests: nothing happens until the test says so, and nothing sleeps."""

    def __init__(self, clocks: FakeClocks) -> None:
        super().__init__(clocks)
        self.fake_clocks = clocks

    def _arm(self, delay_ms: int | None) -> None:
        pass  # the test's advance() is the wake-up

    def _notify(self) -> None:
        pass  # the test calls run_pending() (advance() does too)

    def advance(self, ms: int) -> None:
        """Let ``ms`` pass on the fake clocks, stopping at each due time to run what is due."""
        target = self.fake_clocks.monotonic_ms() + ms
        self.run_pending()
        while True:
            due = self.next_due()
            if due is None or due > target:
                break
            self.fake_clocks.advance(max(0, due - self.fake_clocks.monotonic_ms()))
            self.run_due()
            self.run_pending()
        self.fake_clocks.advance(target - self.fake_clocks.monotonic_ms())
        self.run_due()
        self.run_pending()


class AsyncioScheduler(TimerQueue):
    """Headless mode: the session thread runs ``loop``; the wake-up is ``loop.call_later``."""

    def __init__(self, loop: asyncio.AbstractEventLoop, clocks: Clocks) -> None:
        super().__init__(clocks)
        self._loop = loop
        self._wakeup: asyncio.TimerHandle | None = None

    def _arm(self, delay_ms: int | None) -> None:
        if self._wakeup is not None:
            self._wakeup.cancel()
            self._wakeup = None
        if delay_ms is not None and not self._loop.is_closed():
            self._wakeup = self._loop.call_later(delay_ms / 1000, self.wake)

    def _notify(self) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is closing: nobody is waiting
            self._loop.call_soon_threadsafe(self.run_pending)
