"""Load and validate show files (format runofshow/1) into the model.

Every problem is reported, not just the first, each as FILE:LINE:COL: message pointing at
the node at fault. Nothing here raises anything but ShowLoadError, whatever the input.
"""

from __future__ import annotations

import difflib
import gc
import os
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta, tzinfo
from functools import cache, lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from runofshow.core.durations import DurationError, parse_duration, to_yaml_duration
from runofshow.core.errors import LocatedError, Message, ShowLoadError
from runofshow.core.model import (
    DEFAULT_THRESHOLDS,
    FORMAT_V1,
    Cue,
    Notes,
    Segment,
    SegmentKind,
    Show,
    Speaker,
    Thresholds,
)
from runofshow.core.yamlsource import at, compose, decode, read_bytes

__all__ = [
    "LocatedError",
    "ShowLoadError",
    "check_show_text",
    "load_show",
    "load_show_text",
    "validate_file",
]

INTERNAL_ERROR = "internal error while reading the show"

MAX_DURATION_MS = 168 * 3_600_000
"""Longest duration a show file may give (one week): keeps schedule arithmetic sane."""

TOP_KEYS = ("format", "show", "segments")
SHOW_KEYS = ("title", "starts_at", "timezone", "links", "thresholds", "description")
SEGMENT_KEYS = (
    "id", "kind", "title", "speakers", "duration", "thresholds", "starts_at", "description",
    "cues", "notes",
)  # fmt: skip
THRESHOLD_KEYS = ("warning", "danger")
SPEAKER_KEYS = ("name", "team", "role")
CUE_KEYS = ("title", "at", "text")
NOTES_KEYS = ("slide", "stream")
KINDS = tuple(k.value for k in SegmentKind)

ID_RE = re.compile(r"^[a-z0-9-]+$")
_TIME_OF_DAY_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")
_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT = _TAG + "str", _TAG + "int", _TAG + "float"
_BOOL, _NULL, _TIMESTAMP = _TAG + "bool", _TAG + "null", _TAG + "timestamp"
_TEXT_TAGS = frozenset((_STR, _INT, _FLOAT, _BOOL, _TIMESTAMP))
_EXAMPLE_MOMENT = "2022-09-12T13:00:00+09:00"


# ---------------------------------------------------------------- public API


def load_show(path: Path | str) -> Show:
    """Load a show file; raises ShowLoadError listing every problem."""
    show, errors = _load_path(path)
    if show is None:
        raise ShowLoadError(errors)
    return show


def validate_file(path: Path | str) -> list[LocatedError]:
    """Every problem in a show file, sorted by position; empty when the file is good."""
    return _load_path(path)[1]


def load_show_text(data: str | bytes, name: str = "<text>") -> Show:
    """Load a show from text or bytes (tests, fuzzing, stdin); raises ShowLoadError."""
    show, errors = check_show_text(data, name)
    if show is None:
        raise ShowLoadError(errors)
    return show


def check_show_text(
    data: str | bytes, name: str = "<text>", source: Path | None = None
) -> tuple[Show | None, list[LocatedError]]:
    """The show (or None) and every problem found, sorted by position."""
    paused_gc = gc.isenabled()
    if paused_gc:
        gc.disable()  # a large tree of nodes otherwise triggers many useless collections
    try:
        text, errors = decode(data, name)
        if text is None:
            return None, errors
        document = compose(text, name)
        if document.root is None:
            return None, _sorted(document.errors)
        reader = _Reader(name)
        reader.reported.update(_error_positions(document.errors))
        show = reader.read(document.root, source)
        errors = _sorted([*document.errors, *reader.errors])
        if show is None and not errors:  # defensive: never fail without saying why
            errors = [LocatedError(name, 1, 1, "the show could not be read")]
        return (show if not errors else None), errors
    except RecursionError:
        return None, [LocatedError(name, 1, 1, "the document is nested too deeply")]
    except Exception as exc:  # a bug must not become a traceback for the user
        message = f"{INTERNAL_ERROR} ({type(exc).__name__}: {exc}); please report it"
        return None, [LocatedError(name, 1, 1, message)]
    finally:
        if paused_gc:
            gc.enable()


def _load_path(path: Path | str) -> tuple[Show | None, list[LocatedError]]:
    try:
        name = os.fspath(path)
    except TypeError:
        return None, [LocatedError(str(path), 1, 1, "not a file path")]
    data, errors = read_bytes(path)
    if data is None:
        return None, errors
    try:
        source: Path | None = Path(path).resolve()
    except (OSError, RuntimeError, ValueError):
        source = Path(path)
    return check_show_text(data, name, source)


def _sorted(errors: Iterable[LocatedError]) -> list[LocatedError]:
    unique = dict.fromkeys(errors)
    return sorted(unique, key=lambda e: (e.line, e.col))


def _error_positions(errors: Iterable[LocatedError]) -> set[tuple[int, int]]:
    return {(e.line, e.col) for e in errors}


# ---------------------------------------------------------------- helpers


def describe(node: Node) -> str:
    """How a node reads in a message: "a list", "the number 5", "the text 'x'"."""
    if isinstance(node, MappingNode):
        return Message("a mapping")
    if isinstance(node, SequenceNode):
        return Message("a list")
    raw = str(node.value)
    shown = raw if len(raw) <= 40 else raw[:37] + "..."
    tag = node.tag
    if tag == _NULL:
        return (
            Message("nothing") if not raw or raw == "~" else Message("{value} (null)", value=shown)
        )
    if tag == _BOOL:
        return Message("{value} (a true/false value)", value=shown)
    if tag in (_INT, _FLOAT):
        return Message("the number {value}", value=shown)
    if tag == _TIMESTAMP:
        return Message("the date {value}", value=shown)
    return Message("the text {value}", value=repr(shown))


def _q(text: object) -> str:
    """A user's value quoted for a message, cut short if long."""
    shown = str(text)
    return repr(shown if len(shown) <= 60 else shown[:57] + "...")


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == _NULL


def _suggest(word: str, choices: Iterable[str]) -> str | None:
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


@cache
def _all_timezones() -> frozenset[str]:
    try:
        return frozenset(available_timezones())
    except (OSError, ValueError):  # pragma: no cover - broken tzdata install
        return frozenset()


def _zone(name: str) -> ZoneInfo | None:
    if not name or name != name.strip() or "\x00" in name:
        return None
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError, OSError, UnicodeError):
        return None


def _fmt(ms: int) -> str:
    return to_yaml_duration(ms) if ms % 1000 == 0 else f"{ms} ms"


def _is_zero_duration(value: object) -> bool:
    """True for 0, "0", "0m", "0:00", "0h 0m": zero written in any accepted form."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value == 0
    if not isinstance(value, str) or not value.strip() or value.strip().startswith("-"):
        return False
    digits = [c for c in value if c.isdigit()]
    if not digits or set(digits) != {"0"}:
        return False
    last = value.rindex("0")
    try:
        return parse_duration(value[:last] + "1" + value[last + 1 :]) > 0
    except DurationError:
        return False


_CONSTRUCTOR = SafeConstructor()


@lru_cache(maxsize=4096)
def _duration_ms(tag: str, raw: str, allow_zero: bool) -> int | str:
    """Milliseconds for a duration scalar, or the end of a message saying what is wrong."""
    too_long = f" is too long (the limit is {_fmt(MAX_DURATION_MS)})"
    value: object = raw
    if tag == _INT and ":" not in raw:  # "1:30" is YAML 1.1 base 60; read it as written
        try:
            value = _CONSTRUCTOR.construct_yaml_int(ScalarNode(tag, raw))
        except ValueError:
            return too_long
    try:
        ms = parse_duration(value)
    except DurationError as exc:
        if allow_zero and _is_zero_duration(value):
            return 0
        return f": {exc}"
    return too_long if ms > MAX_DURATION_MS else ms


Field = tuple[ScalarNode, Node]  # (key node, value node)
# title, starts_at (in the show's zone), timezone, links, thresholds, description
Header = tuple[
    str | None, datetime | None, str | None, tuple[tuple[str, str], ...], Thresholds | None, str
]


class _Reader:
    """Walks the node tree, collects located errors and builds the model when all is well."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.errors: list[LocatedError] = []
        self.reported: set[tuple[int, int]] = set()  # positions already explained

    # -- reporting

    def error(self, node: Node, message: str) -> None:
        """Report ``message`` (a Message keeps its template for the GUI's translation)."""
        mark = node.start_mark
        position = (mark.line + 1, mark.column + 1)
        if position in self.reported:
            return
        self.errors.append(at(self.name, node, message))

    def value_error(self, key: ScalarNode, value: Node, message: str) -> None:
        """Point at the value, or at the key when the value is empty (it has no position)."""
        self.error(key if _is_null(value) and not value.value else value, message)

    # -- generic shapes

    def fields(
        self,
        node: Node,
        where: str,
        allowed: tuple[str, ...],
        required: tuple[str, ...] = (),
        *,
        misplaced: Mapping[str, str] | None = None,
    ) -> dict[str, Field] | None:
        """The known keys of a mapping; reports unknown keys, missing ones and non-mappings.

        Keys beginning with "x-" are the user's own and are ignored.
        """
        if not isinstance(node, MappingNode):
            self.error(
                node,
                Message(
                    "{where} must be a mapping (key: value lines), got {got}",
                    where=where,
                    got=describe(node),
                ),
            )
            return None
        found: dict[str, Field] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                continue  # reported by the structure check
            name = key.value
            if name in allowed:
                if name not in found:  # duplicates are reported by the structure check
                    found[name] = (key, value)
                continue
            if name.startswith("x-"):
                continue
            hint = _suggest(name, allowed)
            if misplaced and name in misplaced:
                self.error(
                    key,
                    Message(
                        "unknown key {key} in {where}; {hint}",
                        key=_q(name),
                        where=where,
                        hint=misplaced[name],
                    ),
                )
            elif hint is not None:
                self.error(
                    key,
                    Message(
                        "unknown key {key} in {where}, did you mean {suggestion}?",
                        key=_q(name),
                        where=where,
                        suggestion=repr(hint),
                    ),
                )
            else:
                choices = ", ".join(allowed)
                self.error(
                    key,
                    Message(
                        "unknown key {key} in {where}; allowed keys: {choices}",
                        key=_q(name),
                        where=where,
                        choices=choices,
                    ),
                )
        for name in required:
            if name not in found:
                self.error(
                    node,
                    Message("missing required key {key} in {where}", key=_q(name), where=where),
                )
        return found

    def items(self, key: ScalarNode, value: Node, what: str) -> list[Node]:
        """A list value; null reads as empty; a single item is also accepted."""
        if _is_null(value):
            return []
        if isinstance(value, SequenceNode):
            return list(value.value)
        return [value]

    def text(self, key: ScalarNode, value: Node, *, required: bool = False) -> str | None:
        """Human text: any scalar is read as written ("yes" stays "yes")."""
        if _is_null(value):
            if required:
                self.value_error(key, value, Message("{key} is empty", key=_q(key.value)))
                return None
            return ""
        if isinstance(value, ScalarNode) and value.tag in _TEXT_TAGS:
            return str(value.value)
        if isinstance(value, ScalarNode):
            return None  # unsupported tag, already reported
        self.error(
            value, Message("{key} must be text, got {got}", key=_q(key.value), got=describe(value))
        )
        return None

    def string(self, key: ScalarNode, value: Node, what: str) -> str | None:
        """A strict string (ids, kinds, names of things)."""
        if isinstance(value, ScalarNode) and value.tag == _STR:
            return str(value.value)
        self.value_error(
            key,
            value,
            Message(
                "{key} must be {what}, got {got}", key=_q(key.value), what=what, got=describe(value)
            ),
        )
        return None

    def duration(self, key: ScalarNode, value: Node, *, allow_zero: bool = False) -> int | None:
        label = key.value
        if not isinstance(value, ScalarNode) or value.tag not in (_INT, _STR):
            self.value_error(
                key,
                value,
                Message(
                    "{key} must be a duration like 15m, got {got}",
                    key=_q(label),
                    got=describe(value),
                ),
            )
            return None
        ms = _duration_ms(value.tag, value.value, allow_zero)
        if isinstance(ms, str):
            self.error(value, f"{_q(label)}{ms}")
            return None
        return ms

    def moment(self, key: ScalarNode, value: Node) -> datetime | None:
        """A date and time with a UTC offset (a YAML timestamp or an ISO 8601 string)."""
        expected = f"a date and time with a UTC offset, like {_EXAMPLE_MOMENT}"
        parsed: object = None
        if isinstance(value, ScalarNode) and value.tag == _TIMESTAMP:
            try:
                parsed = _CONSTRUCTOR.construct_yaml_timestamp(value)
            except (ValueError, OverflowError):
                self.error(value, f"{_q(key.value)}: {_q(value.value)} is not a valid date")
                return None
        elif isinstance(value, ScalarNode) and value.tag == _STR:
            try:
                parsed = datetime.fromisoformat(value.value.strip())
            except ValueError:
                parsed = None
        if isinstance(parsed, datetime):
            if parsed.tzinfo is None or parsed.utcoffset() is None:
                self.error(
                    value,
                    f"{_q(key.value)} has no UTC offset; write it like {_EXAMPLE_MOMENT}",
                )
                return None
            return parsed
        if isinstance(parsed, date):
            self.error(value, f"{_q(key.value)} needs a time of day too; write it like "
                       f"{_EXAMPLE_MOMENT}")  # fmt: skip
            return None
        self.value_error(key, value, f"{_q(key.value)} must be {expected}, got {describe(value)}")
        return None

    # -- the document

    def read(self, root: Node, source: Path | None) -> Show | None:
        top = self.fields(
            root,
            Message("the show file"),
            TOP_KEYS,
            ("show", "segments"),
            misplaced={
                k: Message("it belongs to a segment under 'segments:'") for k in SEGMENT_KEYS
            }
            | {k: Message("it belongs under 'show:'") for k in SHOW_KEYS},
        )
        if top is None:
            return None
        if "format" in top:
            self.check_format(*top["format"])
        else:
            self.error(
                root,
                Message(
                    "missing required key 'format'; begin the file with 'format: {format}'",
                    format=FORMAT_V1,
                ),
            )
        header = self.read_header(top["show"]) if "show" in top else None
        segments = self.read_segments(top["segments"], header) if "segments" in top else None
        if header is None or segments is None or self.errors:
            return None
        title, starts_at, zone_name, links, thresholds, description = header
        if starts_at is None or zone_name is None or title is None:
            return None
        return Show(
            title=title,
            starts_at=starts_at,
            timezone=zone_name,
            segments=tuple(segments),
            thresholds=thresholds or DEFAULT_THRESHOLDS,
            links=links,
            description=description,
            source=source,
        )

    def check_format(self, key: ScalarNode, value: Node) -> None:
        if isinstance(value, ScalarNode) and value.tag == _STR and value.value == FORMAT_V1:
            return
        if _is_null(value):
            self.value_error(
                key, value, Message("'format' is empty; write 'format: {format}'", format=FORMAT_V1)
            )
        elif isinstance(value, ScalarNode):
            self.error(
                value,
                Message(
                    "unsupported format {value}; this version reads {format}",
                    value=_q(value.value),
                    format=FORMAT_V1,
                ),
            )
        else:
            self.error(
                value,
                Message(
                    "'format' must be {format}, got {got}", format=FORMAT_V1, got=describe(value)
                ),
            )

    def read_header(self, field: Field) -> Header | None:
        _key, node = field
        found = self.fields(node, "'show'", SHOW_KEYS, ("title", "starts_at", "timezone"))
        if found is None:
            return None
        title = self.text(*found["title"], required=True) if "title" in found else None
        zone_name: str | None = None
        zone: ZoneInfo | None = None
        if "timezone" in found:
            zone_name = self.string(
                *found["timezone"], Message("an IANA time zone name like Asia/Tokyo")
            )
            if zone_name is not None:
                zone = _zone(zone_name)
                if zone is None:
                    self.bad_zone(found["timezone"][1], zone_name)
                    zone_name = None
        starts_at = self.moment(*found["starts_at"]) if "starts_at" in found else None
        if starts_at is not None and zone is not None:
            try:
                starts_at = starts_at.astimezone(zone)
            except (OverflowError, ValueError):
                self.error(found["starts_at"][1], "'starts_at' is out of range")
                starts_at = None
        links = self.read_links(found["links"]) if "links" in found else ()
        thresholds = (
            self.read_show_thresholds(found["thresholds"]) if "thresholds" in found else None
        )
        description = ""
        if "description" in found:
            description = self.text(*found["description"]) or ""
        if zone is None:
            starts_at = None  # cannot place hard starts without the zone
        return title, starts_at, zone_name, links, thresholds, description

    def bad_zone(self, node: Node, name: str) -> None:
        hint = _suggest(name, _all_timezones()) if len(name) < 100 else None
        if hint:
            message = Message(
                "unknown time zone {zone}, did you mean {suggestion}?",
                zone=_q(name),
                suggestion=repr(hint),
            )
        else:
            message = Message(
                "unknown time zone {zone}; use an IANA name like Asia/Tokyo, Europe/London or UTC",
                zone=_q(name),
            )
        self.error(node, message)

    def read_links(self, field: Field) -> tuple[tuple[str, str], ...]:
        _key, node = field
        if _is_null(node):
            return ()
        if not isinstance(node, MappingNode):
            self.error(node, f"'links' must be a mapping of names to URLs, got {describe(node)}")
            return ()
        links: list[tuple[str, str]] = []
        seen: set[str] = set()
        for link_key, link_value in node.value:
            if not isinstance(link_key, ScalarNode) or link_key.value in seen:
                continue
            seen.add(link_key.value)
            url = self.text(link_key, link_value, required=True)
            if url is not None:
                links.append((str(link_key.value), url))
        return tuple(links)

    def read_threshold_values(
        self, node: Node, where: str
    ) -> tuple[dict[str, int], dict[str, Node]] | None:
        """Explicit warning/danger values (ms) and their value nodes."""
        found = self.fields(node, where, THRESHOLD_KEYS)
        if found is None:
            return None
        values: dict[str, int] = {}
        nodes: dict[str, Node] = {}
        ok = True
        for name, (key, value) in found.items():
            ms = self.duration(key, value)
            if ms is None:
                ok = False
                continue
            values[name], nodes[name] = ms, value
        return (values, nodes) if ok else None

    def read_show_thresholds(self, field: Field) -> Thresholds | None:
        _key, node = field
        if _is_null(node):
            return None
        explicit = self.read_threshold_values(node, "'thresholds'")
        if explicit is None:
            return None
        values, nodes = explicit
        warning = values.get("warning", DEFAULT_THRESHOLDS.warning_ms)
        danger = values.get("danger", DEFAULT_THRESHOLDS.danger_ms)
        if warning <= danger:
            self.threshold_order(nodes, warning, danger, node)
            return None
        return Thresholds(warning, danger)

    def threshold_order(
        self, nodes: dict[str, Node], warning: int, danger: int, mapping: Node
    ) -> None:
        where = nodes.get("warning") or nodes.get("danger") or mapping
        inherited = "" if "warning" in nodes and "danger" in nodes else " (one is inherited)"
        self.error(
            where,
            f"warning ({_fmt(warning)}) must be longer than danger ({_fmt(danger)}){inherited}",
        )

    # -- segments

    def read_segments(self, field: Field, header: Header | None) -> list[Segment] | None:
        key, node = field
        if _is_null(node) or (isinstance(node, SequenceNode) and not node.value):
            self.value_error(
                key, node, Message("'segments' is empty; a show needs at least one segment")
            )
            return None
        if not isinstance(node, SequenceNode):
            self.error(
                node,
                f"'segments' must be a list of segments (each starting with '- '), "
                f"got {describe(node)}",
            )
            return None
        defaults = DEFAULT_THRESHOLDS
        starts_at: datetime | None = None
        zone: tzinfo | None = None
        if header is not None:
            defaults = header[4] or DEFAULT_THRESHOLDS
            starts_at = header[1]
            zone = starts_at.tzinfo if starts_at is not None else None
        segments: list[Segment] = []
        first_use: dict[str, Node] = {}
        cursor = starts_at  # planned end of the previous segment
        previous_label = ""
        ok = True
        for index, item in enumerate(node.value, start=1):
            segment = self.read_segment(item, index, defaults, first_use, cursor, zone, starts_at,
                                        previous_label)  # fmt: skip
            if segment is None:
                ok = False
                cursor = None
                continue
            if cursor is not None:
                begin = segment.hard_start if segment.hard_start else cursor
                try:
                    cursor = max(begin, cursor) + timedelta(milliseconds=segment.duration_ms)
                except OverflowError:
                    self.error(item, "the schedule runs past the year 9999")
                    cursor = None
            previous_label = segment.id
            segments.append(segment)
        return segments if ok else None

    def read_segment(
        self,
        node: Node,
        index: int,
        defaults: Thresholds,
        first_use: dict[str, Node],
        cursor: datetime | None,
        zone: tzinfo | None,
        show_start: datetime | None,
        previous_id: str,
    ) -> Segment | None:
        where: str = Message("segment {index}", index=index)
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if isinstance(key, ScalarNode) and key.value == "id":
                    if isinstance(value, ScalarNode) and value.tag == _STR:
                        where = Message("segment {id}", id=_q(value.value))
                    break
        found = self.fields(node, where, SEGMENT_KEYS, ("id", "kind", "title", "duration"))
        if found is None:
            return None
        errors_before = len(self.errors)
        segment_id = self.read_id(found["id"], first_use) if "id" in found else None
        kind = self.read_kind(found["kind"]) if "kind" in found else None
        title = self.text(*found["title"], required=True) if "title" in found else None
        duration = self.duration(*found["duration"]) if "duration" in found else None
        speakers = self.read_speakers(found["speakers"]) if "speakers" in found else ()
        description = self.text(*found["description"]) if "description" in found else ""
        notes = self.read_notes(found["notes"]) if "notes" in found else Notes()
        thresholds = self.segment_thresholds(found.get("thresholds"), defaults, duration)
        cues = self.read_cues(found["cues"], duration) if "cues" in found else ()
        hard_start = None
        if "starts_at" in found:
            hard_start = self.hard_start(found["starts_at"], zone, show_start, cursor, previous_id)
        if (
            len(self.errors) > errors_before
            or segment_id is None
            or kind is None
            or title is None
            or duration is None
            or speakers is None
            or description is None
            or notes is None
            or thresholds is None
            or cues is None
            or ("starts_at" in found and hard_start is None)
        ):
            return None
        return Segment(
            id=segment_id,
            kind=kind,
            title=title,
            duration_ms=duration,
            thresholds=thresholds,
            speakers=speakers,
            hard_start=hard_start,
            cues=cues,
            notes=notes,
            description=description,
        )

    def read_id(self, field: Field, first_use: dict[str, Node]) -> str | None:
        key, node = field
        value = self.string(key, node, Message("text like talk-dev-env"))
        if value is None:
            return None
        if not ID_RE.match(value):
            self.error(
                node,
                f"segment id {_q(value)} may only use lowercase letters a-z, digits 0-9 and '-'",
            )
            return None
        first = first_use.setdefault(value, node)
        if first is not node:
            line = first.start_mark.line + 1
            self.error(
                node,
                Message(
                    "duplicate segment id {id} (first used on line {line})", id=_q(value), line=line
                ),
            )
            return None
        return value

    def read_kind(self, field: Field) -> SegmentKind | None:
        key, node = field
        value = self.string(key, node, Message("one of {kinds}", kinds=", ".join(KINDS)))
        if value is None:
            return None
        if value in KINDS:
            return SegmentKind(value)
        hint = _suggest(value, KINDS)
        message = Message(
            "unknown kind {kind}; use one of {kinds}", kind=_q(value), kinds=", ".join(KINDS)
        )
        if hint:
            message = Message(
                "unknown kind {kind}, did you mean {suggestion}? (one of {kinds})",
                kind=_q(value),
                suggestion=repr(hint),
                kinds=", ".join(KINDS),
            )
        self.error(node, message)
        return None

    def read_speakers(self, field: Field) -> tuple[Speaker, ...] | None:
        key, node = field
        speakers: list[Speaker] = []
        ok = True
        for item in self.items(key, node, "speakers"):
            if isinstance(item, MappingNode):
                found = self.fields(item, Message("speaker"), SPEAKER_KEYS, ("name",))
                if found is None or "name" not in found:
                    ok = False
                    continue
                name = self.text(*found["name"], required=True)
                team = self.text(*found["team"]) if "team" in found else ""
                role = self.text(*found["role"]) if "role" in found else ""
                if name is None or team is None or role is None:
                    ok = False
                    continue
                speakers.append(Speaker(name=name, team=team, role=role))
            elif isinstance(item, ScalarNode) and item.tag in _TEXT_TAGS:
                speakers.append(Speaker(name=str(item.value)))
            elif isinstance(item, ScalarNode) and item.tag not in (_NULL,):
                ok = False  # unsupported tag, already reported
            else:
                self.error(
                    item if not _is_null(item) or item.value else key,
                    f"a speaker must be a name or a mapping with 'name', got {describe(item)}",
                )
                ok = False
        return tuple(speakers) if ok else None

    def read_notes(self, field: Field) -> Notes | None:
        _key, node = field
        if _is_null(node):
            return Notes()
        found = self.fields(node, "'notes'", NOTES_KEYS)
        if found is None:
            return None
        slide = self.text(*found["slide"]) if "slide" in found else ""
        stream = self.text(*found["stream"]) if "stream" in found else ""
        if slide is None or stream is None:
            return None
        return Notes(slide=slide, stream=stream)

    def segment_thresholds(
        self, field: Field | None, defaults: Thresholds, duration: int | None
    ) -> Thresholds | None:
        if field is None or _is_null(field[1]):
            if duration is not None and defaults.warning_ms >= duration:
                # an inherited default that does not fit a short segment is scaled down
                return Thresholds(duration // 2, duration // 4)
            return defaults
        _key, node = field
        explicit = self.read_threshold_values(node, "'thresholds'")
        if explicit is None:
            return None
        values, nodes = explicit
        warning = values.get("warning", defaults.warning_ms)
        danger = values.get("danger", defaults.danger_ms)
        ok = True
        if warning <= danger:
            self.threshold_order(nodes, warning, danger, node)
            ok = False
        if duration is not None:
            for name, ms in (("warning", warning), ("danger", danger)):
                if ms < duration:
                    continue
                ok = False
                if name in nodes:
                    self.error(
                        nodes[name],
                        f"{name} threshold ({_fmt(ms)}) must be shorter than the segment "
                        f"({_fmt(duration)})",
                    )
                elif name == "warning" or "warning" in nodes:
                    self.error(
                        node,
                        f"the inherited {name} threshold ({_fmt(ms)}) is not shorter than the "
                        f"segment ({_fmt(duration)}); set {name!r} here",
                    )
        return Thresholds(warning, danger) if ok else None

    def read_cues(self, field: Field, duration: int | None) -> tuple[Cue, ...] | None:
        key, node = field
        cues: list[Cue] = []
        ok = True
        previous_at: int | None = None
        for item in self.items(key, node, "cues"):
            if isinstance(item, ScalarNode) and item.tag in _TEXT_TAGS:
                cues.append(Cue(title=str(item.value)))
                continue
            if isinstance(item, ScalarNode) and item.tag != _NULL:
                ok = False  # unsupported tag, already reported
                continue
            if not isinstance(item, MappingNode):
                self.error(
                    item if not _is_null(item) or item.value else key,
                    f"a cue must be a mapping with 'title' (and 'at', 'text'), "
                    f"got {describe(item)}",
                )
                ok = False
                continue
            found = self.fields(item, Message("cue"), CUE_KEYS, ("title",))
            if found is None or "title" not in found:
                ok = False
                continue
            title = self.text(*found["title"], required=True)
            text = self.text(*found["text"]) if "text" in found else ""
            at_ms: int | None = None
            if "at" in found:
                at_key, at_node = found["at"]
                at_ms = self.duration(at_key, at_node, allow_zero=True)
                if at_ms is None:
                    ok = False
                elif duration is not None and at_ms >= duration:
                    self.error(
                        at_node,
                        f"cue at {_fmt(at_ms)} is not within the segment ({_fmt(duration)})",
                    )
                    ok = False
                elif previous_at is not None and at_ms < previous_at:
                    self.error(
                        at_node,
                        f"cue at {_fmt(at_ms)} comes before the previous cue "
                        f"(at {_fmt(previous_at)}); list cues in time order",
                    )
                    ok = False
                if at_ms is not None:
                    previous_at = at_ms
            if title is None or text is None:
                ok = False
                continue
            cues.append(Cue(title=title, text=text, at_ms=at_ms))
        return tuple(cues) if ok else None

    def hard_start(
        self,
        field: Field,
        zone: tzinfo | None,
        show_start: datetime | None,
        cursor: datetime | None,
        previous_id: str,
    ) -> datetime | None:
        key, node = field
        if _is_null(node):
            self.value_error(key, node, "'starts_at' is empty; remove it or give a time like 13:05")
            return None
        moment: datetime | None = None
        match = None
        if isinstance(node, ScalarNode) and node.tag in (_INT, _STR):
            match = _TIME_OF_DAY_RE.match(str(node.value))
        if match is not None:
            hours, minutes = int(match.group(1)), int(match.group(2))
            seconds = int(match.group(3) or 0)
            if hours > 23 or minutes > 59 or seconds > 59:
                self.error(
                    node, f"'starts_at': {_q(node.value)} is not a time of day (00:00-23:59)"
                )
                return None
            if zone is None or show_start is None:
                return None  # the show's start or zone is wrong; reported there
            wanted = time(hours, minutes, seconds)
            try:
                local = show_start.astimezone(zone)
                day = local.date()
                if wanted < local.time().replace(tzinfo=None):
                    day += timedelta(days=1)
                moment = datetime.combine(day, wanted, tzinfo=zone)
            except (OverflowError, ValueError):
                self.error(node, "'starts_at' is out of range")
                return None
        else:
            if isinstance(node, ScalarNode) and node.tag not in (_INT, _STR, _TIMESTAMP):
                self.error(
                    node,
                    f"'starts_at' must be a time of day like \"13:05\" or a date and time "
                    f"like {_EXAMPLE_MOMENT}, got {describe(node)}",
                )
                return None
            if isinstance(node, ScalarNode) and node.tag == _INT:
                self.error(
                    node,
                    f"'starts_at' must be a time of day like \"13:05\", got {describe(node)}",
                )
                return None
            moment = self.moment(key, node)
            if moment is None:
                return None
            if zone is None:
                return None
            try:
                moment = moment.astimezone(zone)
            except (OverflowError, ValueError):
                self.error(node, "'starts_at' is out of range")
                return None
        if cursor is not None and moment < cursor:
            try:
                shown = f"{cursor.astimezone(zone):%H:%M:%S}"
            except (OverflowError, ValueError):
                shown = "?"
            label = f"the previous segment {_q(previous_id)} is planned to end" if previous_id \
                else "the show starts"  # fmt: skip
            self.error(
                node,
                f"hard start {moment:%H:%M:%S} is before {label} ({shown}); "
                "move it later or shorten the segments before it",
            )
            return None
        return moment
