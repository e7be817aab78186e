"""Rules for durations and the warning/danger thresholds (show defaults and per segment)."""

from __future__ import annotations

from functools import lru_cache

from runofshow.core.durations import ACCEPTED, DurationError, parse_duration, to_yaml_duration
from runofshow.core.errors import Message
from runofshow.core.located import ScalarValue, Value
from runofshow.core.model import DEFAULT_THRESHOLDS, Thresholds
from runofshow.core.rules_base import INTEGER, TEXT, Checker, Field, describe, is_null, quoted

MAX_DURATION_MS = 168 * 3_600_000
"""Longest duration a show file may give (one week): keeps schedule arithmetic sane."""

THRESHOLD_KEYS = ("warning", "danger")


def fmt(ms: int) -> str:
    """A duration in a message, written the way a show file writes it."""
    return to_yaml_duration(ms) if ms % 1000 == 0 else f"{ms} ms"


def is_zero_duration(value: object) -> bool:
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


ACCEPTED_DURATIONS = Message("use seconds (90), 90s, 15m, 1h30m, '1h 30m 15s', mm:ss or h:mm:ss")
assert str(ACCEPTED_DURATIONS) == ACCEPTED  # the parser's own words, translatable
_POSITIVE = "duration must be positive, got "


@lru_cache(maxsize=4096)
def duration_ms(text: str, number: int | None, allow_zero: bool) -> int | tuple[str, str]:
    """Milliseconds for a duration (``number`` when the front-end read an integer, else
    ``text``), or what is wrong: ("long" | "positive" | "not" | "other", shown value)."""
    value: object = text if number is None else number
    try:
        ms = parse_duration(value)
    except DurationError as exc:
        if allow_zero and is_zero_duration(value):
            return 0
        said = str(exc)
        if said.startswith(_POSITIVE):
            return "positive", said[len(_POSITIVE) :]
        if said == f"{value!r} is not a duration; {ACCEPTED}":
            return "not", repr(value)
        return "other", said
    except ValueError:  # more digits than int() reads: far too long anyway
        return "long", ""
    return ("long", "") if ms > MAX_DURATION_MS else ms


def duration_problem(key: str, problem: tuple[str, str]) -> Message:
    what, shown = problem
    if what == "long":
        return Message(
            "{key} is too long (the limit is {limit})", key=key, limit=fmt(MAX_DURATION_MS)
        )
    if what == "positive":
        return Message("{key}: duration must be positive, got {value}", key=key, value=shown)
    if what == "not":
        return Message(
            "{key}: {value} is not a duration; {accepted}",
            key=key,
            value=shown,
            accepted=ACCEPTED_DURATIONS,
        )
    return Message("{key}: {problem}", key=key, problem=shown)


def duration(
    check: Checker, key: ScalarValue, value: Value, *, allow_zero: bool = False
) -> int | None:
    """A duration in milliseconds, or None after reporting why it is not one."""
    label = key.text
    if not isinstance(value, ScalarValue) or (value.kind is not INTEGER and value.kind is not TEXT):
        check.value_problem(
            key,
            value,
            Message(
                "{key} must be a duration like 15m, got {got}",
                key=quoted(label),
                got=describe(value),
            ),
        )
        return None
    number = value.value if value.kind is INTEGER and isinstance(value.value, int) else None
    ms = duration_ms(value.text, number, allow_zero)
    if isinstance(ms, tuple):
        check.problem(value, duration_problem(quoted(label), ms))
        return None
    return ms


def threshold_values(
    check: Checker, value: Value, where: str
) -> tuple[dict[str, int], dict[str, Value]] | None:
    """Explicit warning/danger values (ms) and where each was written."""
    found = check.fields(value, where, THRESHOLD_KEYS)
    if found is None:
        return None
    values: dict[str, int] = {}
    places: dict[str, Value] = {}
    ok = True
    for name, (key, item) in found.items():
        ms = duration(check, key, item)
        if ms is None:
            ok = False
            continue
        values[name], places[name] = ms, item
    return (values, places) if ok else None


def threshold_order(
    check: Checker, places: dict[str, Value], warning: int, danger: int, mapping: Value
) -> None:
    where = places.get("warning") or places.get("danger") or mapping
    if "warning" in places and "danger" in places:
        message = Message(
            "warning ({warning}) must be longer than danger ({danger})",
            warning=fmt(warning),
            danger=fmt(danger),
        )
    else:
        message = Message(
            "warning ({warning}) must be longer than danger ({danger}) (one is inherited)",
            warning=fmt(warning),
            danger=fmt(danger),
        )
    check.problem(where, message)


def show_thresholds(check: Checker, field: Field) -> Thresholds | None:
    """The show's default thresholds (None: not given, or wrong and reported)."""
    _key, value = field
    if is_null(value):
        return None
    explicit = threshold_values(check, value, "'thresholds'")
    if explicit is None:
        return None
    values, places = explicit
    warning = values.get("warning", DEFAULT_THRESHOLDS.warning_ms)
    danger = values.get("danger", DEFAULT_THRESHOLDS.danger_ms)
    if warning <= danger:
        threshold_order(check, places, warning, danger, value)
        return None
    return Thresholds(warning, danger)


def segment_thresholds(
    check: Checker, field: Field | None, defaults: Thresholds, duration_ms: int | None
) -> Thresholds | None:
    """A segment's thresholds: its own, else the show's, scaled down to fit a short segment."""
    if field is None or is_null(field[1]):
        if duration_ms is not None and defaults.warning_ms >= duration_ms:
            # an inherited default that does not fit a short segment is scaled down
            return Thresholds(duration_ms // 2, duration_ms // 4)
        return defaults
    _key, value = field
    explicit = threshold_values(check, value, "'thresholds'")
    if explicit is None:
        return None
    values, places = explicit
    warning = values.get("warning", defaults.warning_ms)
    danger = values.get("danger", defaults.danger_ms)
    ok = True
    if warning <= danger:
        threshold_order(check, places, warning, danger, value)
        ok = False
    if duration_ms is not None:
        for name, ms in (("warning", warning), ("danger", danger)):
            if ms < duration_ms:
                continue
            ok = False
            if name in places:
                check.problem(places[name], _too_long(name, ms, duration_ms))
            elif name == "warning" or "warning" in places:
                check.problem(value, _inherited_too_long(name, ms, duration_ms))
    return Thresholds(warning, danger) if ok else None


def _too_long(name: str, ms: int, segment_ms: int) -> Message:
    shown, segment = fmt(ms), fmt(segment_ms)
    if name == "warning":
        return Message(
            "warning threshold ({threshold}) must be shorter than the segment ({duration})",
            threshold=shown,
            duration=segment,
        )
    return Message(
        "danger threshold ({threshold}) must be shorter than the segment ({duration})",
        threshold=shown,
        duration=segment,
    )


def _inherited_too_long(name: str, ms: int, segment_ms: int) -> Message:
    shown, segment = fmt(ms), fmt(segment_ms)
    if name == "warning":
        return Message(
            "the inherited warning threshold ({threshold}) is not shorter than the segment ({duration}); set 'warning' here",  # noqa: E501
            threshold=shown,
            duration=segment,
        )
    return Message(
        "the inherited danger threshold ({threshold}) is not shorter than the segment ({duration}); set 'danger' here",  # noqa: E501
        threshold=shown,
        duration=segment,
    )
