"""Clocks are injected: a monotonic one for everything that runs, a wall one for times of day.

Monotonic time is integer milliseconds from an arbitrary origin; wall time is an aware datetime.
Nothing in the core reads the system time directly.
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


class SystemClocks:
    """The real clocks of this machine."""

    def monotonic_ms(self) -> int:
        return time.monotonic_ns() // 1_000_000

    def wall(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FakeClocks:
    """Clocks for tests: time moves only when a test says so. Never sleeps."""

    mono: int = 1_000_000
    now: datetime = field(default_factory=lambda: datetime(2022, 9, 12, 3, 50, tzinfo=UTC))

    def monotonic_ms(self) -> int:
        return self.mono

    def wall(self) -> datetime:
        return self.now

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
