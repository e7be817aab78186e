"""Single-segment rehearsal: a speaker practises one talk, lapping each cue card.

The rehearsal show holds only that segment, starting "now", so the countdown, the cue
cards and their target times behave exactly as on the day, and the run recorder keeps
the laps (time on each card) as a rehearsal run scoped to that segment.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from runofshow.core.model import Show


def single_segment_show(show: Show, segment_id: str, starts_at: datetime) -> Show:
    """``show`` cut down to the segment ``segment_id``, planned to start at ``starts_at``.

    The segment keeps its duration, thresholds, cue cards and notes; a hard start is
    dropped (the rehearsal starts whenever the speaker is ready). KeyError if the show
    has no such segment; ``starts_at`` must be timezone-aware.
    """
    if starts_at.tzinfo is None:
        raise ValueError("starts_at must be timezone-aware")
    segment = show.segments[show.index_of(segment_id)]
    return replace(
        show,
        starts_at=starts_at.astimezone(show.tz),
        segments=(replace(segment, hard_start=None),),
    )


def shifted_show(show: Show, starts_at: datetime) -> Show:
    """``show`` moved in time so that it is planned to start at ``starts_at``.

    A whole-show rehearsal happens days before the event: with the plan moved to the
    rehearsal, the countdown to the start, the offset ("2:15 behind") and the projected
    end mean what they will mean on the day. Hard starts move by the same amount.
    """
    if starts_at.tzinfo is None:
        raise ValueError("starts_at must be timezone-aware")
    delta = starts_at - show.starts_at
    segments = tuple(
        replace(s, hard_start=s.hard_start + delta) if s.hard_start is not None else s
        for s in show.segments
    )
    return replace(show, starts_at=starts_at.astimezone(show.tz), segments=segments)
