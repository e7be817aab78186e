"""Rules for moments and hard starts: dates with offsets, times of day, and the planned
schedule that a hard start must not cut into."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo

from runofshow.core.located import ScalarValue, Value
from runofshow.core.rules_base import (
    DATE,
    INTEGER,
    TEXT,
    Checker,
    Field,
    describe,
    is_null,
    quoted,
)

EXAMPLE_MOMENT = "2022-09-12T13:00:00+09:00"
_TIME_OF_DAY_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")


def moment(check: Checker, key: ScalarValue, value: Value) -> datetime | None:
    """A date and time with a UTC offset (a date the format recognised, or ISO 8601 text)."""
    expected = f"a date and time with a UTC offset, like {EXAMPLE_MOMENT}"
    parsed: object = None
    if isinstance(value, ScalarValue) and value.kind is DATE:
        parsed = value.value
        if not isinstance(parsed, date):
            check.problem(value, f"{quoted(key.text)}: {quoted(value.text)} is not a valid date")
            return None
    elif isinstance(value, ScalarValue) and value.kind is TEXT:
        try:
            parsed = datetime.fromisoformat(value.text.strip())
        except ValueError:
            parsed = None
    if isinstance(parsed, datetime):
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            check.problem(
                value, f"{quoted(key.text)} has no UTC offset; write it like {EXAMPLE_MOMENT}"
            )
            return None
        return parsed
    if isinstance(parsed, date):
        check.problem(
            value, f"{quoted(key.text)} needs a time of day too; write it like {EXAMPLE_MOMENT}"
        )
        return None
    check.value_problem(key, value, f"{quoted(key.text)} must be {expected}, got {describe(value)}")
    return None


def in_zone(check: Checker, value: Value, moment: datetime, zone: tzinfo) -> datetime | None:
    """``moment`` shown in ``zone``; None after reporting when that is out of range."""
    try:
        return moment.astimezone(zone)
    except (OverflowError, ValueError):
        check.problem(value, "'starts_at' is out of range")
        return None


def hard_start(
    check: Checker,
    field: Field,
    zone: tzinfo | None,
    show_start: datetime | None,
    cursor: datetime | None,
    previous_id: str,
) -> datetime | None:
    """A segment's hard start: a time of day (on the show's day, or the next one if earlier
    than the show's start) or a moment; it must not come before the planned ``cursor``."""
    key, value = field
    if is_null(value):
        check.value_problem(key, value, "'starts_at' is empty; remove it or give a time like 13:05")
        return None
    start: datetime | None = None
    match = None
    if isinstance(value, ScalarValue) and (value.kind is INTEGER or value.kind is TEXT):
        match = _TIME_OF_DAY_RE.match(value.text)
    if match is not None:
        hours, minutes = int(match.group(1)), int(match.group(2))
        seconds = int(match.group(3) or 0)
        if hours > 23 or minutes > 59 or seconds > 59:
            check.problem(
                value, f"'starts_at': {quoted(match.string)} is not a time of day (00:00-23:59)"
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
            start = datetime.combine(day, wanted, tzinfo=zone)
        except (OverflowError, ValueError):
            check.problem(value, "'starts_at' is out of range")
            return None
    else:
        if isinstance(value, ScalarValue) and value.kind not in (INTEGER, TEXT, DATE):
            check.problem(
                value,
                f"'starts_at' must be a time of day like \"13:05\" or a date and time "
                f"like {EXAMPLE_MOMENT}, got {describe(value)}",
            )
            return None
        if isinstance(value, ScalarValue) and value.kind is INTEGER:
            check.problem(
                value, f"'starts_at' must be a time of day like \"13:05\", got {describe(value)}"
            )
            return None
        given = moment(check, key, value)
        if given is None or zone is None:
            return None
        start = in_zone(check, value, given, zone)
        if start is None:
            return None
    if cursor is not None and start < cursor:
        try:
            shown = f"{cursor.astimezone(zone):%H:%M:%S}"
        except (OverflowError, ValueError):
            shown = "?"
        label = (
            f"the previous segment {quoted(previous_id)} is planned to end"
            if previous_id
            else "the show starts"
        )
        check.problem(
            value,
            f"hard start {start:%H:%M:%S} is before {label} ({shown}); "
            "move it later or shorten the segments before it",
        )
        return None
    return start
