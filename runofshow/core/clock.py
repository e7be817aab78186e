"""Clocks are injected: a monotonic one for everything that runs, a wall one for times of day.

Monotonic time is integer milliseconds from an arbitrary origin; wall time is an aware datetime.
Nothing in the core reads the system time directly.

A third reading, the boot clock (``boot_time``), measures how long the app was down after a
crash: milliseconds since the machine booted, counting suspend, never moved by a wall-clock
step (Linux ``CLOCK_BOOTTIME``), with the boot's id so a reading is only compared with one
from the same boot. Clocks without one (other systems) give None: callers fall back to wall
time.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clocks(Protocol):
    """The pair of clocks the engine reads."""

    def monotonic_ms(self) -> int:
        """Milliseconds on a clock that never jumps (origin arbitrary)."""
        ...

    def wall(self) -> datetime:
        """The current time of day, timezone-aware."""
        ...


@dataclass(frozen=True)
class BootTime:
    """A boot clock reading: which boot, and milliseconds since it."""

    boot_id: str
    ms: int


def boot_time(clocks: object) -> BootTime | None:
    """The boot clock reading of ``clocks``, or None when they have no boot clock."""
    read = getattr(clocks, "boot_time", None)
    return read() if callable(read) else None


BOOT_ID_PATH = "/proc/sys/kernel/random/boot_id"
_boot_id: str | None = None


def _system_boot_id() -> str | None:
    global _boot_id
    if _boot_id is None:
        try:
            with open(BOOT_ID_PATH, encoding="ascii") as handle:
                _boot_id = handle.read().strip()[:64]
        except (OSError, ValueError):
            _boot_id = ""
    return _boot_id or None


class SystemClocks:
    """The real clocks of this machine."""

    def monotonic_ms(self) -> int:
        return time.monotonic_ns() // 1_000_000

    def wall(self) -> datetime:
        return datetime.now(UTC)

    def boot_time(self) -> BootTime | None:
        clock = getattr(time, "CLOCK_BOOTTIME", None)
        boot_id = _system_boot_id()
        if clock is None or boot_id is None:
            return None
        return BootTime(boot_id, time.clock_gettime_ns(clock) // 1_000_000)


@dataclass
class FakeClocks:
    """Clocks for tests: time moves only when a test says so. Never sleeps."""

    mono: int = 1_000_000
    now: datetime = field(default_factory=lambda: datetime(2022, 9, 12, 3, 50, tzinfo=UTC))
    boot_id: str | None = "fake-boot"  # None: no boot clock (wall time is all there is)
    boot_offset_ms: int = 0  # the boot clock reads mono + this (suspend time, another boot)

    def monotonic_ms(self) -> int:
        return self.mono

    def wall(self) -> datetime:
        return self.now

    def boot_time(self) -> BootTime | None:
        if self.boot_id is None:
            return None
        return BootTime(self.boot_id, self.mono + self.boot_offset_ms)

    def advance(self, ms: int) -> None:
        """Let ``ms`` milliseconds pass on both clocks."""
        if ms < 0:
            raise ValueError("time does not run backwards; use step_wall for clock changes")
        self.mono += ms
        self.now += timedelta(milliseconds=ms)

    def step_wall(self, delta: timedelta) -> None:
        """Step only the wall clock (NTP correction, DST, someone changing the system time)."""
        self.now += delta

    def set_wall(self, when: datetime) -> None:
        """Set the wall clock to ``when`` without moving monotonic time."""
        self.now = when
