"""What the engine tells every view: an immutable snapshot of the show at one moment.

Views (Qt widgets, browser pages, reports) render snapshots and never compute times
themselves. Every moment is an aware datetime in the show's time zone; every duration
is integer milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from runofshow.core.model import Cue, Segment


class Status(StrEnum):
    STANDBY = "standby"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


class Phase(StrEnum):
    NORMAL = "normal"
    WARNING = "warning"
    DANGER = "danger"
    OVERTIME = "overtime"
    HOLD = "hold"  # the segment's own time is up; the show waits for the next hard start


class Fit(StrEnum):
    """How the current segment meets the hard start right after it."""

    NONE = "none"  # the hard start is further on (or the show is not on air)
    ON_TIME = "on_time"  # it ends by its own time, before the hard start (then a hold)
    SQUEEZED = "squeezed"  # late: it ends at the hard start, sooner than its own time
    STRETCHED = "stretched"  # a break, early: it lasts until the hard start
    HOLD = "hold"  # its own time is up: holding until the hard start


class Pace(StrEnum):
    NONE = "none"  # the card has no target times to compare with
    ON_PACE = "on_pace"
    AHEAD = "ahead"  # the speaker reached this card before its target
    BEHIND = "behind"  # the next card's target has passed


@dataclass(frozen=True)
class Message:
    """An operator message to the speaker."""

    text: str
    flash: bool
    set_at: datetime


@dataclass(frozen=True)
class SegmentTimes:
    """One row of the schedule: plan, actual so far, and projection."""

    index: int
    segment: Segment
    planned_start: datetime
    planned_end: datetime
    projected_start: datetime | None  # None for a segment that was skipped
    projected_end: datetime | None
    actual_start: datetime | None
    actual_end: datetime | None
    elapsed_ms: int
    added_ms: int
    done: bool

    @property
    def planned_ms(self) -> int:
        return self.segment.duration_ms + self.added_ms


@dataclass(frozen=True)
class CuePosition:
    index: int
    count: int
    cue: Cue
    next_cue: Cue | None
    pace: Pace
    pace_ms: int  # how far ahead or behind (0 when on pace or no targets)


@dataclass(frozen=True)
class HardStart:
    """The next hard start after the current segment."""

    index: int
    segment: Segment
    at: datetime  # in the show's time zone
    in_ms: int  # until then; negative once past
    fit: Fit  # how the current segment meets it (NONE unless it comes right after)
    due: bool  # its time has come and the show is still on the segment before it

    @property
    def pinned(self) -> bool:
        """The current segment's countdown counts to the hard start (by the wall clock)."""
        return self.fit in (Fit.SQUEEZED, Fit.STRETCHED, Fit.HOLD)


@dataclass(frozen=True)
class Snapshot:
    status: Status
    rehearsal: bool
    index: int
    segment: Segment
    next_segment: Segment | None
    elapsed_ms: int
    remaining_ms: int  # duration + added - elapsed; negative in overtime
    planned_ms: int  # duration + added
    added_ms: int
    overtime_ms: int  # max(0, -remaining_ms)
    phase: Phase
    progress: float  # elapsed / planned, clamped to 0..1
    actual_start: datetime | None
    cue: CuePosition | None
    schedule: tuple[SegmentTimes, ...]
    offset_ms: int  # positive when behind plan
    until_start_ms: int  # planned on-air moment minus now; negative once past
    planned_show_end: datetime
    projected_show_end: datetime
    now: datetime  # wall clock in the show's time zone
    message: Message | None
    message_flashing: bool  # within the flash window (at most 3 s after it was set)
    blackout: bool
    next_change_ms: int  # until any shown whole second changes; for display ticks
    hard_start: HardStart | None = None  # the next hard start (None: none left, or far)
    far: bool = False  # the plan is more than 12 hours from now: show its date, not an offset
