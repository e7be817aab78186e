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
