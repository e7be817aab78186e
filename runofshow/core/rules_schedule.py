"""Rules for moments and hard starts: dates with offsets, times of day, and the planned
schedule that a hard start must not cut into."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo

from runofshow.core.errors import Message
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
HARD_START_FORMS = Message(
    "a time of day like 13:05 or 13:05:30 (24-hour, in the show's time zone) or a date and time with a UTC offset like {example}",  # noqa: E501
    example=EXAMPLE_MOMENT,
)
"""What a segment's starts_at accepts, said in every message about one."""

_TIME_OF_DAY_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")


def moment(
    check: Checker, key: ScalarValue, value: Value, forms: Message | None = None
) -> datetime | None:
    """A date and time with a UTC offset (a date the format recognised, or ISO 8601 text).

    ``forms`` is what the field accepts when more than a moment will do (a hard start).
    """
    name = quoted(key.text)
    parsed: object = None
    if isinstance(value, ScalarValue) and value.kind is DATE:
        parsed = value.value
        if not isinstance(parsed, date):
            check.problem(
                value,
                Message("{key}: {value} is not a valid date", key=name, value=quoted(value.text)),
            )
            return None
    elif isinstance(value, ScalarValue) and value.kind is TEXT:
        try:
            parsed = datetime.fromisoformat(value.text.strip())
        except ValueError:
            parsed = None
    if isinstance(parsed, datetime):
        if parsed.tzinfo is not None and parsed.utcoffset() is not None:
            return parsed
        if forms is None:
            message = Message(
                "{key} has no UTC offset; write it like {example}", key=name, example=EXAMPLE_MOMENT
            )
        else:
            message = Message("{key} has no UTC offset; write {forms}", key=name, forms=forms)
        check.problem(value, message)
        return None
    if isinstance(parsed, date):
        if forms is None:
            message = Message(
                "{key} needs a time of day too; write it like {example}",
                key=name,
                example=EXAMPLE_MOMENT,
            )
        else:
            message = Message("{key} needs a time of day too; write {forms}", key=name, forms=forms)
        check.problem(value, message)
        return None
    if forms is None:
        message = Message(
            "{key} must be a date and time with a UTC offset, like {example}, got {got}",
            key=name,
            example=EXAMPLE_MOMENT,
            got=describe(value),
        )
    else:
        message = Message(
            "{key} must be {forms}, got {got}", key=name, forms=forms, got=describe(value)
        )
    check.value_problem(key, value, message)
    return None


def in_zone(check: Checker, value: Value, moment: datetime, zone: tzinfo) -> datetime | None:
    """``moment`` shown in ``zone``; None after reporting when that is out of range."""
    try:
        return moment.astimezone(zone)
    except (OverflowError, ValueError):
        check.problem(value, Message("'starts_at' is out of range"))
        return None


def hard_start(
    check: Checker, field: Field, zone: tzinfo | None, show_start: datetime | None
) -> datetime | None:
    """A segment's hard start: a time of day (on the show's day, or the next one if earlier
    than the show's start) or a moment. None when it is wrong (reported) or cannot be placed
    because the show's start or zone is wrong (reported there)."""
    key, value = field
    if is_null(value):
        check.value_problem(
            key,
            value,
            Message("'starts_at' is empty; remove it or write {forms}", forms=HARD_START_FORMS),
        )
        return None
    match = None
    if isinstance(value, ScalarValue) and value.kind is TEXT:
        match = _TIME_OF_DAY_RE.match(value.text)
    elif isinstance(value, ScalarValue) and value.kind is INTEGER and ":" in value.text:
        match = _TIME_OF_DAY_RE.match(value.text)  # YAML 1.1 reads 13:05 as a number
    if match is not None:
        return _time_of_day(check, value, match, zone, show_start)
    if isinstance(value, ScalarValue) and value.kind not in (TEXT, DATE):
        check.problem(
            value,
            Message(
                "'starts_at' must be {forms}, got {got}",
                forms=HARD_START_FORMS,
                got=describe(value),
            ),
        )
        return None
    given = moment(check, key, value, HARD_START_FORMS)
    if given is None or zone is None:
        return None
    return in_zone(check, value, given, zone)


def _time_of_day(
    check: Checker,
    value: Value,
    match: re.Match[str],
    zone: tzinfo | None,
    show_start: datetime | None,
) -> datetime | None:
    hours, minutes = int(match.group(1)), int(match.group(2))
    seconds = int(match.group(3) or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        check.problem(
            value,
            Message(
                "'starts_at': {value} is not a time of day (00:00-23:59); write {forms}",
                value=quoted(match.string),
                forms=HARD_START_FORMS,
            ),
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
        return datetime.combine(day, wanted, tzinfo=zone)
    except (OverflowError, ValueError):
        check.problem(value, Message("'starts_at' is out of range"))
        return None


class Schedule:
    """The planned times of the segments read so far, as far as they are known.

    Each segment begins when the one before it ends, or at its hard start; the hard start
    must not come before that planned end. A segment with other problems still counts when
    its own times are known, so every overlap is found in one pass; a segment whose
    duration, or hard start, cannot be read leaves the following times unknown until the
    next hard start.
    """

    def __init__(self, show_start: datetime | None, zone: tzinfo | None) -> None:
        self.zone = zone
        self.cursor = show_start  # planned end of the previous segment; None: unknown
        self.previous: str | Message | None = None  # the previous segment, for messages

    def follow(
        self,
        check: Checker,
        item: Value,
        length_ms: int | None,
        start: tuple[Value, datetime | None] | None,
        label: str | Message,
    ) -> bool:
        """Place one segment (``start``: its starts_at value and moment, if it has one);
        False when its hard start overlaps the segments before it (reported)."""
        ok = True
        begin = self.cursor
        if start is not None:
            place, moment = start
            if moment is not None and self.cursor is not None and moment < self.cursor:
                self._overlap(check, place, moment)
                ok = False
            begin = None if moment is None else max(moment, self.cursor or moment)
        self.cursor = None
        if begin is not None and length_ms is not None:
            try:
                self.cursor = begin + timedelta(milliseconds=length_ms)
            except OverflowError:
                check.problem(item, Message("the schedule runs past the year 9999"))
        self.previous = label
        return ok

    def _overlap(self, check: Checker, place: Value, start: datetime) -> None:
        assert self.cursor is not None
        shown = "%H:%M:%S"
        try:
            cursor = self.cursor.astimezone(self.zone)
            if cursor.date() != start.date():  # a long show: say which day
                shown = "%Y-%m-%d %H:%M:%S"
            end = f"{cursor:{shown}}"
        except (OverflowError, ValueError):
            end = "?"
        if self.previous is None:
            message = Message(
                "hard start {time} is before the show starts ({end}); move it later or shorten the segments before it",  # noqa: E501
                time=f"{start:{shown}}",
                end=end,
            )
        else:
            message = Message(
                "hard start {time} is before the previous segment {segment} is planned to end ({end}); move it later or shorten the segments before it",  # noqa: E501
                time=f"{start:{shown}}",
                segment=self.previous,
                end=end,
            )
        check.problem(place, message)
