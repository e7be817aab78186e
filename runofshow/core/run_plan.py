"""The plan a run was started with and the events it recorded: what the journal and the
run store keep (``runofshow.core.run_analysis`` derives a run's actuals from them, for the
history window and the reports; it is imported only there, not at start-up).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from runofshow.core.model import Show

ON_AIR = ("running", "paused")
STORE_NAME = "runs.sqlite3"  # the run store in a show's data folder (runofshow.core.runs)


# ---------------------------------------------------------------- the plan snapshot


@dataclass(frozen=True)
class PlannedCue:
    title: str
    at_ms: int | None = None


@dataclass(frozen=True)
class PlannedSegment:
    id: str
    kind: str
    title: str
    duration_ms: int
    speakers: tuple[str, ...] = ()
    cues: tuple[PlannedCue, ...] = ()
    hard_start: datetime | None = None
    chapter: bool = True  # False: no YouTube chapter of its own

    @property
    def label(self) -> str:
        """Title with up to two speakers: "ローカル開発環境をAWSへ移行した話 (@yuu26)"."""
        if self.speakers and len(self.speakers) <= 2:
            return f"{self.title} ({', '.join(self.speakers)})"
        return self.title

    def planned_on_card_ms(self, index: int) -> int | None:
        """Planned time on cue card ``index`` (from the cards' target times), if known."""
        start = self.cues[index].at_ms
        if start is None:
            return None
        end = self.duration_ms if index + 1 == len(self.cues) else self.cues[index + 1].at_ms
        return None if end is None else max(0, end - start)


@dataclass(frozen=True)
class Plan:
    """The show as planned when a run started (kept with the run as JSON)."""

    title: str
    starts_at: datetime
    timezone: str
    segments: tuple[PlannedSegment, ...]

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def total_ms(self) -> int:
        return sum(s.duration_ms for s in self.segments)

    def segment(self, segment_id: str) -> PlannedSegment | None:
        return next((s for s in self.segments if s.id == segment_id), None)

    @classmethod
    def from_show(cls, show: Show) -> Plan:
        return cls(
            title=show.title,
            starts_at=show.starts_at,
            timezone=show.timezone,
            segments=tuple(
                PlannedSegment(
                    id=s.id,
                    kind=s.kind.value,
                    title=s.title,
                    duration_ms=s.duration_ms,
                    speakers=tuple(p.name for p in s.speakers),
                    cues=tuple(PlannedCue(c.title, c.at_ms) for c in s.cues),
                    hard_start=s.hard_start,
                    chapter=s.chapter,
                )
                for s in show.segments
            ),
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "title": self.title,
                "starts_at": self.starts_at.isoformat(),
                "timezone": self.timezone,
                "segments": [
                    {
                        "id": s.id,
                        "kind": s.kind,
                        "title": s.title,
                        "duration_ms": s.duration_ms,
                        "speakers": list(s.speakers),
                        "cues": [{"title": c.title, "at_ms": c.at_ms} for c in s.cues],
                        "hard_start": s.hard_start.isoformat() if s.hard_start else None,
                        "chapter": s.chapter,
                    }
                    for s in self.segments
                ],
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Plan:
        data = json.loads(text)
        return cls(
            title=str(data["title"]),
            starts_at=datetime.fromisoformat(data["starts_at"]),
            timezone=str(data["timezone"]),
            segments=tuple(
                PlannedSegment(
                    id=str(s["id"]),
                    kind=str(s["kind"]),
                    title=str(s["title"]),
                    duration_ms=int(s["duration_ms"]),
                    speakers=tuple(str(n) for n in s.get("speakers", [])),
                    cues=tuple(PlannedCue(str(c["title"]), c.get("at_ms")) for c in s["cues"]),
                    hard_start=_moment(s.get("hard_start")),  # absent in older runs
                    chapter=bool(s.get("chapter", True)),
                )
                for s in data["segments"]
            ),
        )


def _moment(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


# ---------------------------------------------------------------- recorded events


@dataclass(frozen=True)
class RecordedEvent:
    """One accepted engine action as stored: the action and the state around it."""

    seq: int
    action: str
    args: Mapping[str, Any]
    mono_ms: int
    wall: datetime
    boot: str  # which recorder process wrote it (monotonic times compare within one boot)
    before_status: str
    before_segment_id: str
    before_elapsed_ms: int
    before_added_ms: int
    before_cue_index: int | None
    status: str
    index: int
    segment_id: str
    elapsed_ms: int
    remaining_ms: int
    added_ms: int
    cue_index: int | None
    offset_ms: int
    surface: str | None = None  # keyboard, button, api, control, automation (None: unknown)

    @property
    def on_before(self) -> bool:
        return self.before_status in ON_AIR

    @property
    def on_after(self) -> bool:
        return self.status in ON_AIR
