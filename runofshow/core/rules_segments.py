"""Rules for the list of segments and each segment's own fields (id, kind, title, speakers,
duration, notes); cues, thresholds, hard starts and prepared questions have modules of
their own."""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from runofshow.core.errors import Message
from runofshow.core.located import ListValue, MapValue, ScalarValue, Value
from runofshow.core.model import (
    DEFAULT_THRESHOLDS,
    Notes,
    Segment,
    SegmentKind,
    Speaker,
    Thresholds,
)
from runofshow.core.rules_base import (
    NULL,
    TEXT,
    TEXT_KINDS,
    Checker,
    Field,
    describe,
    is_blank,
    is_null,
    quoted,
    suggest,
)
from runofshow.core.rules_cues import cues
from runofshow.core.rules_obs import segment_obs
from runofshow.core.rules_options import OPTION_KEYS, auto_start, flag
from runofshow.core.rules_questions import questions
from runofshow.core.rules_schedule import Schedule, hard_start
from runofshow.core.rules_timing import duration, segment_thresholds

SEGMENT_KEYS = (
    "id", "kind", "title", "speakers", "duration", "thresholds", "starts_at", "description",
    "cues", "notes", "obs", "questions", *OPTION_KEYS,
)  # fmt: skip
SPEAKER_KEYS = ("name", "team", "role")
NOTES_KEYS = ("slide", "stream")
KINDS = tuple(k.value for k in SegmentKind)
ID_RE = re.compile(r"^[a-z0-9-]+$")
# wording, made once: every segment passes here
_ID_LOOKS = Message("text like talk-dev-env")
_KIND_LOOKS = Message("one of {kinds}", kinds=", ".join(KINDS))
_SPEAKER = Message("speaker")


class Context:
    """What a segment needs from the show and from the segments before it."""

    def __init__(
        self, defaults: Thresholds, show_start: datetime | None, zone: tzinfo | None
    ) -> None:
        self.defaults = defaults
        self.show_start = show_start
        self.zone = zone
        self.schedule = Schedule(show_start, zone)
        self.first_use: dict[str, Value] = {}  # segment id -> where it was first given


def segments(
    check: Checker,
    field: Field,
    defaults: Thresholds | None,
    show_start: datetime | None,
) -> list[Segment] | None:
    """Every segment, in order; None if any is wrong (each problem reported)."""
    key, value = field
    if is_null(value) or (isinstance(value, ListValue) and not value.items):
        check.value_problem(
            key, value, Message("'segments' is empty; a show needs at least one segment")
        )
        return None
    if not isinstance(value, ListValue):
        check.problem(
            value,
            Message(
                "'segments' must be a list of segments (each starting with '- '), got {got}",
                got=describe(value),
            ),
        )
        return None
    zone = show_start.tzinfo if show_start is not None else None
    context = Context(defaults or DEFAULT_THRESHOLDS, show_start, zone)
    read: list[Segment] = []
    ok = True
    for index, item in enumerate(value.items, start=1):
        segment = one_segment(check, item, index, context)
        if segment is None:
            ok = False
        else:
            read.append(segment)
    return read if ok else None


def segment_label(text_id: str | None, index: int) -> Message:
    """How messages name a segment: by its id when it has a readable one, else by number."""
    if text_id is not None:
        return Message("segment {id}", id=quoted(text_id))
    return Message("segment {index}", index=index)


def _text_id(value: Value) -> str | None:
    if isinstance(value, MapValue):
        for key, item in value.entries:
            if key.text == "id":
                if isinstance(item, ScalarValue) and item.kind is TEXT:
                    return item.text
                break
    return None


def one_segment(check: Checker, value: Value, index: int, context: Context) -> Segment | None:
    """One segment; its times go into the schedule even when other fields are wrong."""
    text_id = _text_id(value)
    name: str | Message = (
        quoted(text_id) if text_id is not None else Message("number {index}", index=index)
    )
    found = check.fields(
        value,
        lambda: segment_label(text_id, index),  # named only in a message
        SEGMENT_KEYS,
        ("id", "kind", "title", "duration"),
    )
    if found is None:
        context.schedule.follow(check, value, None, None, name)
        return None
    problems_before = len(check.problems)
    segment_id = segment_identifier(check, found["id"], context) if "id" in found else None
    kind = segment_kind(check, found["kind"]) if "kind" in found else None
    title = check.text(*found["title"], required=True) if "title" in found else None
    length = duration(check, *found["duration"]) if "duration" in found else None
    speakers = segment_speakers(check, found["speakers"]) if "speakers" in found else ()
    description = check.text(*found["description"]) if "description" in found else ""
    notes = segment_notes(check, found["notes"]) if "notes" in found else Notes()
    thresholds = segment_thresholds(check, found.get("thresholds"), context.defaults, length)
    cards = cues(check, found["cues"], length) if "cues" in found else ()
    obs = segment_obs(check, found["obs"]) if "obs" in found else None
    prepared = questions(check, found["questions"]) if "questions" in found else ()
    start = None
    placed = None
    if "starts_at" in found:
        start = hard_start(check, found["starts_at"], context.zone, context.show_start)
        placed = (found["starts_at"][1], start)
    on_time = context.schedule.follow(check, value, length, placed, name)
    auto = (
        auto_start(check, found["auto_start"], "starts_at" in found)
        if "auto_start" in found
        else False
    )
    chapter = flag(check, found["chapter"]) if "chapter" in found else True
    if (
        len(check.problems) > problems_before
        or not on_time
        or segment_id is None
        or kind is None
        or title is None
        or length is None
        or speakers is None
        or description is None
        or notes is None
        or thresholds is None
        or cards is None
        or ("obs" in found and obs is None)
        or prepared is None
        or ("starts_at" in found and start is None)
        or auto is None
        or chapter is None
    ):
        return None
    return Segment(
        id=segment_id,
        kind=kind,
        title=title,
        duration_ms=length,
        thresholds=thresholds,
        speakers=speakers,
        hard_start=start,
        cues=cards,
        notes=notes,
        description=description,
        obs=obs,
        questions=prepared,
        auto_start=auto,
        chapter=chapter,
    )


def segment_identifier(check: Checker, field: Field, context: Context) -> str | None:
    key, value = field
    text = check.string(key, value, _ID_LOOKS)
    if text is None:
        return None
    if not ID_RE.match(text):
        check.problem(
            value,
            Message(
                "segment id {id} may only use lowercase letters a-z, digits 0-9 and '-'",
                id=quoted(text),
            ),
        )
        return None
    first = context.first_use.setdefault(text, value)
    if first is not value:
        check.problem(
            value,
            Message(
                "duplicate segment id {id} (first used {first})",
                id=quoted(text),
                first=check.mention(first.where),
            ),
        )
        return None
    return text


def segment_kind(check: Checker, field: Field) -> SegmentKind | None:
    key, value = field
    text = check.string(key, value, _KIND_LOOKS)
    if text is None:
        return None
    if text in KINDS:
        return SegmentKind(text)
    hint = suggest(text, KINDS)
    message = Message(
        "unknown kind {kind}; use one of {kinds}", kind=quoted(text), kinds=", ".join(KINDS)
    )
    if hint:
        message = Message(
            "unknown kind {kind}, did you mean {suggestion}? (one of {kinds})",
            kind=quoted(text),
            suggestion=repr(hint),
            kinds=", ".join(KINDS),
        )
    check.problem(value, message)
    return None


def segment_speakers(check: Checker, field: Field) -> tuple[Speaker, ...] | None:
    key, value = field
    speakers: list[Speaker] = []
    ok = True
    for item in check.items(value):
        if isinstance(item, MapValue):
            found = check.fields(item, _SPEAKER, SPEAKER_KEYS, ("name",))
            if found is None or "name" not in found:
                ok = False
                continue
            name = check.text(*found["name"], required=True)
            team = check.text(*found["team"]) if "team" in found else ""
            role = check.text(*found["role"]) if "role" in found else ""
            if name is None or team is None or role is None:
                ok = False
                continue
            speakers.append(Speaker(name=name, team=team, role=role))
        elif isinstance(item, ScalarValue) and item.kind in TEXT_KINDS:
            speakers.append(Speaker(name=item.text))
        elif isinstance(item, ScalarValue) and item.kind is not NULL:
            ok = False  # unreadable, already reported
        else:
            check.problem(
                key if is_blank(item) else item,
                Message(
                    "a speaker must be a name or a mapping with 'name', got {got}",
                    got=describe(item),
                ),
            )
            ok = False
    return tuple(speakers) if ok else None


def segment_notes(check: Checker, field: Field) -> Notes | None:
    _key, value = field
    if is_null(value):
        return Notes()
    found = check.fields(value, "'notes'", NOTES_KEYS)
    if found is None:
        return None
    slide = check.text(*found["slide"]) if "slide" in found else ""
    stream = check.text(*found["stream"]) if "stream" in found else ""
    if slide is None or stream is None:
        return None
    return Notes(slide=slide, stream=stream)
