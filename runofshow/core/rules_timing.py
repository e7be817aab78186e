"""Rules for durations and the warning/danger thresholds (show defaults and per segment)."""

from __future__ import annotations

from functools import lru_cache

from runofshow.core.durations import DurationError, parse_duration, to_yaml_duration
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


@lru_cache(maxsize=4096)
def duration_ms(text: str, number: int | None, allow_zero: bool) -> int | str:
    """Milliseconds for a duration (``number`` when the front-end read an integer, else
    ``text``), or the end of a message saying what is wrong."""
    too_long = f" is too long (the limit is {fmt(MAX_DURATION_MS)})"
    value: object = text if number is None else number
    try:
        ms = parse_duration(value)
    except DurationError as exc:
        if allow_zero and is_zero_duration(value):
            return 0
        return f": {exc}"
    except ValueError:  # more digits than int() reads: far too long anyway
        return too_long
    return too_long if ms > MAX_DURATION_MS else ms


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
    if isinstance(ms, str):
        check.problem(value, f"{quoted(label)}{ms}")
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
    inherited = "" if "warning" in places and "danger" in places else " (one is inherited)"
    check.problem(
        where,
        f"warning ({fmt(warning)}) must be longer than danger ({fmt(danger)}){inherited}",
    )


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
                check.problem(
                    places[name],
                    f"{name} threshold ({fmt(ms)}) must be shorter than the segment "
                    f"({fmt(duration_ms)})",
                )
            elif name == "warning" or "warning" in places:
                check.problem(
                    value,
                    f"the inherited {name} threshold ({fmt(ms)}) is not shorter than the "
                    f"segment ({fmt(duration_ms)}); set {name!r} here",
                )
    return Thresholds(warning, danger) if ok else None
