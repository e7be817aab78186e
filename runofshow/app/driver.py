"""The clock driver: reads the engine's snapshot when something shown changes.

It arms one call on the scheduler for ``snapshot.next_change_ms`` plus a 1 ms margin (so
the new value is already there when it runs), publishes the fresh snapshot, and re-arms.
After every applied action the session calls ``tick()`` again, which re-arms from the new
state. Durations come from the engine's anchors, never from counting ticks, so a late or
early wake-up never drifts the clock.
"""

from __future__ import annotations

from collections.abc import Callable

from runofshow.app.scheduler import Handle, Scheduler
from runofshow.core.engine import Engine
from runofshow.core.snapshot import Snapshot

TICK_MARGIN_MS = 1


class ClockDriver:
    def __init__(
        self, engine: Engine, scheduler: Scheduler, on_snapshot: Callable[[Snapshot], None]
    ) -> None:
        """Reads the first snapshot and arms; it publishes from the first ``tick()`` on."""
        self._engine = engine
        self._scheduler = scheduler
        self._on_snapshot = on_snapshot
        self._handle: Handle | None = None
        self.due_ms: int | None = None  # monotonic time of the next tick
        self._snapshot = self._read_and_arm()

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    def tick(self) -> Snapshot:
        """Read, publish and re-arm (the scheduler calls it; so does the session after an
        action, and tests after moving fake clocks)."""
        self._snapshot = self._read_and_arm()
        self._on_snapshot(self._snapshot)
        return self._snapshot

    def stop(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._handle = None
        self.due_ms = None

    def _read_and_arm(self) -> Snapshot:
        clocks = self._scheduler.clocks
        mono = clocks.monotonic_ms()
        snapshot = self._engine.snapshot_at(mono, clocks.wall())
        if self._handle is not None:
            self._handle.cancel()
        self.due_ms = mono + snapshot.next_change_ms + TICK_MARGIN_MS
        self._handle = self._scheduler.call_at(self.due_ms, self._fire)
        return snapshot

    def _fire(self) -> None:
        self._handle = None
        self.tick()
