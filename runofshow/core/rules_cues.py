"""Rules for a segment's cue cards: a title, optional text, an optional time within the
segment, in time order."""

from __future__ import annotations

from runofshow.core.errors import Message
from runofshow.core.located import MapValue, ScalarValue
from runofshow.core.model import Cue
from runofshow.core.rules_base import NULL, TEXT_KINDS, Checker, Field, describe, is_blank
from runofshow.core.rules_timing import duration, fmt

CUE_KEYS = ("title", "at", "text")
_CUE = Message("cue")  # how messages name a cue


def cues(check: Checker, field: Field, segment_ms: int | None) -> tuple[Cue, ...] | None:
    """The cue cards of a segment lasting ``segment_ms`` (None: its duration is unknown)."""
    key, value = field
    read: list[Cue] = []
    ok = True
    previous_at: int | None = None
    for item in check.items(value):
        if isinstance(item, ScalarValue) and item.kind in TEXT_KINDS:
            read.append(Cue(title=item.text))
            continue
        if isinstance(item, ScalarValue) and item.kind is not NULL:
            ok = False  # unreadable, already reported
            continue
        if not isinstance(item, MapValue):
            check.problem(
                key if is_blank(item) else item,
                Message(
                    "a cue must be a mapping with 'title' (and 'at', 'text'), got {got}",
                    got=describe(item),
                ),
            )
            ok = False
            continue
        found = check.fields(item, _CUE, CUE_KEYS, ("title",))
        if found is None or "title" not in found:
            ok = False
            continue
        title = check.text(*found["title"], required=True)
        text = check.text(*found["text"]) if "text" in found else ""
        at_ms: int | None = None
        if "at" in found:
            at_key, at_value = found["at"]
            at_ms = duration(check, at_key, at_value, allow_zero=True)
            if at_ms is None:
                ok = False
            elif segment_ms is not None and at_ms >= segment_ms:
                check.problem(
                    at_value,
                    Message(
                        "cue at {at} is not within the segment ({duration})",
                        at=fmt(at_ms),
                        duration=fmt(segment_ms),
                    ),
                )
                ok = False
            elif previous_at is not None and at_ms < previous_at:
                check.problem(
                    at_value,
                    Message(
                        "cue at {at} comes before the previous cue (at {previous}); list cues in time order",  # noqa: E501
                        at=fmt(at_ms),
                        previous=fmt(previous_at),
                    ),
                )
                ok = False
            if at_ms is not None:
                previous_at = at_ms
        if title is None or text is None:
            ok = False
            continue
        read.append(Cue(title=title, text=text, at_ms=at_ms))
    return tuple(read) if ok else None
