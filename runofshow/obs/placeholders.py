"""What OBS should show now: the step of the show's ``obs`` section that fits a snapshot,
and its texts with the placeholders filled in.

The texts are rendered from snapshots only, so a countdown text changes exactly when the
engine's shown second changes (the snapshots come at those moments) and never more often.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from runofshow.core.durations import format_countdown
from runofshow.core.model import Show
from runofshow.core.obs_plan import Field, ObsStep, ShowObs, Where, parse_template
from runofshow.core.snapshot import Snapshot, Status


@dataclass(frozen=True)
class Target:
    """The step for one state of the show: ``key`` names the state (a change of key is a
    scene switch), ``step`` says what OBS should show in it."""

    key: tuple[str, ...]
    where: Where
    step: ObsStep
    segment_id: str | None


def target_for(plan: ShowObs, snap: Snapshot) -> Target:
    if snap.status is Status.STANDBY:
        return Target(("before",), Where.BEFORE, plan.edge(Where.BEFORE), None)
    if snap.status is Status.ENDED:
        return Target(("after",), Where.AFTER, plan.edge(Where.AFTER), None)
    segment = snap.segment
    return Target(("segment", segment.id), Where.SEGMENT, plan.for_segment(segment.obs), segment.id)


def _clock(when: datetime | None, show: Show) -> str:
    return "" if when is None else when.astimezone(show.tz).strftime("%H:%M")


def values(show: Show, snap: Snapshot, where: Where) -> dict[str, str]:
    """Every placeholder's value in this state (``show`` is the engine's show)."""
    found = {"show_title": show.title, "show_start": _clock(show.starts_at, show)}
    if where is Where.BEFORE:
        row = snap.schedule[snap.index] if snap.index < len(snap.schedule) else None
        start = None if row is None else (row.projected_start or row.planned_start)
        found |= {
            "until_start": format_countdown(max(0, snap.until_start_ms)),
            "next_title": snap.segment.title,
            "next_start": _clock(start, show),
        }
    elif where is Where.SEGMENT:
        segment = snap.segment
        following = snap.schedule[snap.index + 1] if snap.index + 1 < len(snap.schedule) else None
        start = None if following is None else following.projected_start
        teams = dict.fromkeys(s.team for s in segment.speakers if s.team)
        found |= {
            "title": segment.title,
            "speakers": ", ".join(f"{s.name} ({s.team})" if s.team else s.name
                                  for s in segment.speakers),
            "speaker_names": segment.speaker_names,
            "team": ", ".join(teams),
            "remaining": format_countdown(snap.remaining_ms),
            "next_title": snap.next_segment.title if snap.next_segment is not None else "",
            "next_start": _clock(start, show),
        }  # fmt: skip
    return found


def render(template: str, known: dict[str, str]) -> str:
    """The text with its placeholders filled in (the rules made sure they are known)."""
    return "".join(
        known.get(part.name, "") if isinstance(part, Field) else part
        for part in parse_template(template)
    )


def texts_for(target: Target, show: Show, snap: Snapshot) -> dict[str, str]:
    """Every text source of the target with its text now, in the order written."""
    if not target.step.texts:
        return {}
    known = values(show, snap, target.where)
    return {source: render(template, known) for source, template in target.step.texts}
