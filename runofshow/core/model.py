"""The show model: immutable plain data, built by the loader, read by everything else.

Durations are integer milliseconds; moments are timezone-aware datetimes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo

from runofshow.core.obs_plan import ObsStep, ShowObs

FORMAT_V1 = "runofshow/1"


class SegmentKind(StrEnum):
    OPENING = "opening"
    TALK = "talk"
    PANEL = "panel"
    BREAK = "break"
    CLOSING = "closing"
    OTHER = "other"


@dataclass(frozen=True)
class Thresholds:
    """Remaining time at which a segment turns to warning (wrap up) and to danger."""

    warning_ms: int
    danger_ms: int


DEFAULT_THRESHOLDS = Thresholds(warning_ms=120_000, danger_ms=60_000)


@dataclass(frozen=True)
class Speaker:
    name: str
    team: str = ""
    role: str = ""


@dataclass(frozen=True)
class Cue:
    """A speaker cue card; ``at_ms`` is the optional target elapsed time for showing it."""

    title: str
    text: str = ""
    at_ms: int | None = None


@dataclass(frozen=True)
class Notes:
    """Slide notes are the speaker side; stream notes are for the operator only."""

    slide: str = ""
    stream: str = ""


@dataclass(frozen=True)
class PreparedQuestion:
    """A panel question written in the show file (``questions:`` under a segment)."""

    text: str
    asker: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Segment:
    id: str
    kind: SegmentKind
    title: str
    duration_ms: int
    thresholds: Thresholds
    speakers: tuple[Speaker, ...] = ()
    hard_start: datetime | None = None
    cues: tuple[Cue, ...] = ()
    notes: Notes = field(default_factory=Notes)
    description: str = ""
    questions: tuple[PreparedQuestion, ...] = ()  # the moderator's prepared questions
    obs: ObsStep | None = None  # what OBS shows during it (runofshow.core.rules_obs)
    auto_start: bool = False  # at its hard start the show moves on to it by itself
    chapter: bool = True  # a YouTube chapter of its own (False: it belongs to the one before)

    @property
    def speaker_names(self) -> str:
        return ", ".join(s.name for s in self.speakers)


@dataclass(frozen=True)
class Show:
    title: str
    starts_at: datetime
    timezone: str
    segments: tuple[Segment, ...]
    thresholds: Thresholds = DEFAULT_THRESHOLDS
    links: tuple[tuple[str, str], ...] = ()
    description: str = ""
    source: Path | None = None
    obs: ShowObs | None = None  # OBS scenes and texts (runofshow.core.rules_obs)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def index_of(self, segment_id: str) -> int:
        """Index of the segment with ``segment_id``; KeyError if there is none."""
        for index, segment in enumerate(self.segments):
            if segment.id == segment_id:
                return index
        raise KeyError(segment_id)

    def link(self, name: str) -> str | None:
        return dict(self.links).get(name)
