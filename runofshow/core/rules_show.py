"""Rules for the whole document and the show's header (title, start, time zone, links,
default thresholds, description)."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo, available_timezones

from runofshow.core.errors import Message
from runofshow.core.located import MapValue, ScalarValue, Value
from runofshow.core.model import DEFAULT_THRESHOLDS, FORMAT_V1, Show, Thresholds
from runofshow.core.obs_plan import ShowObs
from runofshow.core.rules_base import TEXT, Checker, Field, describe, is_null, quoted, suggest
from runofshow.core.rules_obs import show_obs
from runofshow.core.rules_schedule import in_zone, moment
from runofshow.core.rules_segments import SEGMENT_KEYS, segments
from runofshow.core.rules_timing import show_thresholds

TOP_KEYS = ("format", "show", "segments")
SHOW_KEYS = ("title", "starts_at", "timezone", "links", "thresholds", "description", "obs")
_MISPLACED = {k: Message("it belongs to a segment under 'segments:'") for k in SEGMENT_KEYS} | {
    k: Message("it belongs under 'show:'") for k in SHOW_KEYS
}


class Header(NamedTuple):
    """The show's own fields; None where a field is missing or wrong (and reported)."""

    title: str | None
    starts_at: datetime | None  # in the show's zone; None also when the zone is unknown
    timezone: str | None
    links: tuple[tuple[str, str], ...]
    thresholds: Thresholds | None
    description: str
    obs: ShowObs | None = None


def document(check: Checker, root: Value, source: Path | None) -> Show | None:
    """The show, or None when anything is wrong (every problem reported to ``check``)."""
    top = check.fields(
        root, Message("the show file"), TOP_KEYS, ("show", "segments"), misplaced=_MISPLACED
    )
    if top is None:
        return None
    if "format" in top:
        file_format(check, *top["format"])
    else:
        check.problem(
            root,
            Message(
                "missing required key 'format'; begin the file with 'format: {format}'",
                format=FORMAT_V1,
            ),
        )
    head = header(check, top["show"]) if "show" in top else None
    read = None
    if "segments" in top:
        defaults = head.thresholds if head is not None else None
        show_start = head.starts_at if head is not None else None
        read = segments(check, top["segments"], defaults, show_start)
    if head is None or read is None or check.problems:
        return None
    if head.starts_at is None or head.timezone is None or head.title is None:
        return None
    return Show(
        title=head.title,
        starts_at=head.starts_at,
        timezone=head.timezone,
        segments=tuple(read),
        thresholds=head.thresholds or DEFAULT_THRESHOLDS,
        links=head.links,
        description=head.description,
        source=source,
        obs=head.obs,
    )


def file_format(check: Checker, key: ScalarValue, value: Value) -> None:
    if isinstance(value, ScalarValue) and value.kind is TEXT and value.text == FORMAT_V1:
        return
    if is_null(value):
        check.value_problem(
            key, value, Message("'format' is empty; write 'format: {format}'", format=FORMAT_V1)
        )
    elif isinstance(value, ScalarValue):
        check.problem(
            value,
            Message(
                "unsupported format {value}; this version reads {format}",
                value=quoted(value.text),
                format=FORMAT_V1,
            ),
        )
    else:
        check.problem(
            value,
            Message("'format' must be {format}, got {got}", format=FORMAT_V1, got=describe(value)),
        )


def header(check: Checker, field: Field) -> Header | None:
    _key, value = field
    found = check.fields(value, "'show'", SHOW_KEYS, ("title", "starts_at", "timezone"))
    if found is None:
        return None
    title = check.text(*found["title"], required=True) if "title" in found else None
    zone_name: str | None = None
    zone: ZoneInfo | None = None
    if "timezone" in found:
        zone_name = check.string(
            *found["timezone"], Message("an IANA time zone name like Asia/Tokyo")
        )
        if zone_name is not None:
            zone = time_zone(zone_name)
            if zone is None:
                bad_zone(check, found["timezone"][1], zone_name)
                zone_name = None
    starts_at = moment(check, *found["starts_at"]) if "starts_at" in found else None
    if starts_at is not None and zone is not None:
        starts_at = in_zone(check, found["starts_at"][1], starts_at, zone)
    links = show_links(check, found["links"]) if "links" in found else ()
    thresholds = show_thresholds(check, found["thresholds"]) if "thresholds" in found else None
    description = ""
    if "description" in found:
        description = check.text(*found["description"]) or ""
    obs = show_obs(check, found["obs"]) if "obs" in found else None
    if zone is None:
        starts_at = None  # cannot place hard starts without the zone
    return Header(title, starts_at, zone_name, links, thresholds, description, obs)


@cache
def all_time_zones() -> frozenset[str]:
    try:
        return frozenset(available_timezones())
    except (OSError, ValueError):  # pragma: no cover - broken tzdata install
        return frozenset()


def time_zone(name: str) -> ZoneInfo | None:
    if not name or name != name.strip() or "\x00" in name:
        return None
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError, OSError, UnicodeError):
        return None


def bad_zone(check: Checker, value: Value, name: str) -> None:
    hint = suggest(name, all_time_zones()) if len(name) < 100 else None
    if hint:
        message = Message(
            "unknown time zone {zone}, did you mean {suggestion}?",
            zone=quoted(name),
            suggestion=repr(hint),
        )
    else:
        message = Message(
            "unknown time zone {zone}; use an IANA name like Asia/Tokyo, Europe/London or UTC",
            zone=quoted(name),
        )
    check.problem(value, message)


def show_links(check: Checker, field: Field) -> tuple[tuple[str, str], ...]:
    _key, value = field
    if is_null(value):
        return ()
    if not isinstance(value, MapValue):
        check.problem(
            value,
            Message("'links' must be a mapping of names to URLs, got {got}", got=describe(value)),
        )
        return ()
    links: list[tuple[str, str]] = []
    seen: set[str] = set()
    for link_key, link_value in value.entries:
        if link_key.text in seen:
            continue
        seen.add(link_key.text)
        url = check.text(link_key, link_value, required=True)
        if url is not None:
            links.append((link_key.text, url))
    return tuple(links)
