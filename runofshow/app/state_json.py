"""Snapshot -> the clock part of the state document (API v1). Pure, no Qt.

Everything a browser view needs is computed here from the engine's snapshot; pages only
render it and keep counting locally between pushes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from runofshow.app.catalog import LANGUAGES
from runofshow.app.questions import planned_for
from runofshow.core.durations import format_countdown, format_signed
from runofshow.core.model import Segment, Show
from runofshow.core.snapshot import HardStart, SegmentTimes, Snapshot, Status
from runofshow.core.timestamps import epoch_ms, ms_between

API_VERSION = 1
FLASH_WINDOW_MS = 3_000  # a flashing message flashes for at most 3 s (WCAG 2.3.1)


def _iso(moment: datetime | None, show: Show | None) -> str | None:
    if moment is None:
        return None
    if show is not None:
        moment = moment.astimezone(show.tz)
    return moment.isoformat(timespec="seconds")


def segment_json(segment: Segment, index: int) -> dict[str, Any]:
    return {
        "id": segment.id,
        "index": index,
        "title": segment.title,
        "kind": str(segment.kind),
        "speakers": [s.name for s in segment.speakers],
        "duration_ms": segment.duration_ms,
        "warning_ms": segment.thresholds.warning_ms,
        "danger_ms": segment.thresholds.danger_ms,
        "hard_start": _iso(segment.hard_start, None),
        "auto_start": segment.auto_start,
    }


def _row_offset_ms(row: SegmentTimes) -> int | None:
    """How late this row is against plan (+ = behind): end for done rows, start otherwise."""
    if row.done and row.actual_end is not None:
        return ms_between(row.planned_end, row.actual_end)
    if row.actual_start is not None:
        return ms_between(row.planned_start, row.actual_start)
    if row.projected_start is not None:
        return ms_between(row.planned_start, row.projected_start)
    return None


def _schedule_row(row: SegmentTimes, show: Show) -> dict[str, Any]:
    data = segment_json(row.segment, row.index)
    data.update(
        planned_start=_iso(row.planned_start, show),
        planned_end=_iso(row.planned_end, show),
        projected_start=_iso(row.projected_start, show),
        projected_end=_iso(row.projected_end, show),
        actual_start=_iso(row.actual_start, show),
        actual_end=_iso(row.actual_end, show),
        planned_ms=row.planned_ms,
        elapsed_ms=row.elapsed_ms,
        added_ms=row.added_ms,
        done=row.done,
        skipped=row.projected_start is None,
        offset_ms=_row_offset_ms(row),
    )
    return data


def _flash_left_ms(snapshot: Snapshot) -> int:
    message = snapshot.message
    if message is None or not message.flash or not snapshot.message_flashing:
        return 0
    shown_for = ms_between(message.set_at, snapshot.now)
    return max(0, min(FLASH_WINDOW_MS, FLASH_WINDOW_MS - shown_for))


def hard_start_json(hard: HardStart | None, show: Show) -> dict[str, Any] | None:
    """The next hard start and how the current segment meets it."""
    if hard is None:
        return None
    return {
        "segment": hard.segment.id,
        "index": hard.index,
        "title": hard.segment.title,
        "at": _iso(hard.at, show),
        "in_ms": hard.in_ms,
        "fit": str(hard.fit),
        "squeezed": hard.fit == "squeezed",
        "pinned": hard.pinned,
        "due": hard.due,
        "auto": hard.segment.auto_start,
    }


def far_json(snapshot: Snapshot, show: Show) -> dict[str, Any] | None:
    """A plan more than 12 hours from now: its date and time, instead of an offset."""
    if not snapshot.far:
        return None
    planned = snapshot.schedule[snapshot.index].planned_start.astimezone(show.tz)
    return {
        "planned_start": _iso(planned, show),
        "text": {lang: planned_for(planned, lang) for lang in LANGUAGES},
    }


def state_json(snapshot: Snapshot, show: Show) -> dict[str, Any]:
    """The state object of API v1; see the README, Control API (v1), for the field list."""
    cue = snapshot.cue
    message = snapshot.message
    next_index = snapshot.index + 1
    return {
        "api": API_VERSION,
        "show": {
            "title": show.title,
            "timezone": show.timezone,
            "starts_at": _iso(show.starts_at, show),
            "segment_count": len(show.segments),
        },
        "state": str(snapshot.status),
        "running": snapshot.status is Status.RUNNING,
        "rehearsal": snapshot.rehearsal,
        "segment": segment_json(snapshot.segment, snapshot.index),
        "next_segment": (
            segment_json(snapshot.next_segment, next_index)
            if snapshot.next_segment is not None
            else None
        ),
        "remaining_ms": snapshot.remaining_ms,
        "elapsed_ms": snapshot.elapsed_ms,
        "planned_ms": snapshot.planned_ms,
        "added_ms": snapshot.added_ms,
        "overtime_ms": snapshot.overtime_ms,
        "countdown": format_countdown(snapshot.remaining_ms),
        "phase": str(snapshot.phase),
        "progress": round(snapshot.progress, 4),
        "offset_ms": snapshot.offset_ms,
        "offset": (
            "planned for " + planned_for(snapshot.schedule[snapshot.index].planned_start, "en")
            if snapshot.far
            else format_signed(snapshot.offset_ms)
        ),
        "far": far_json(snapshot, show),
        "hard_start": hard_start_json(snapshot.hard_start, show),
        "until_start_ms": snapshot.until_start_ms,
        "actual_start": _iso(snapshot.actual_start, show),
        "cue": (
            {
                "index": cue.index,
                "count": cue.count,
                "title": cue.cue.title,
                "text": cue.cue.text,
                "next_title": cue.next_cue.title if cue.next_cue is not None else None,
                "pace": str(cue.pace),
                "pace_ms": cue.pace_ms,
            }
            if cue is not None
            else None
        ),
        "message": (
            {
                "text": message.text,
                "flash": message.flash,
                "flash_left_ms": _flash_left_ms(snapshot),
                "set_at": _iso(message.set_at, show),
            }
            if message is not None and message.text
            else None
        ),
        "blackout": snapshot.blackout,
        "planned_show_end": _iso(snapshot.planned_show_end, show),
        "projected_show_end": _iso(snapshot.projected_show_end, show),
        "now": _iso(snapshot.now, show),
        "server_time_ms": epoch_ms(snapshot.now),
        "next_change_ms": snapshot.next_change_ms,
        "schedule": [_schedule_row(row, show) for row in snapshot.schedule],
    }
