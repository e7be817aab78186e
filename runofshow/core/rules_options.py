"""Rules for a segment's on/off options: ``auto_start`` (the show moves on to the segment
by itself at its hard start) and ``chapter`` (whether it gets a YouTube chapter)."""

from __future__ import annotations

from runofshow.core.errors import Message
from runofshow.core.located import ScalarValue
from runofshow.core.rules_base import BOOLEAN, Checker, Field, describe, quoted

OPTION_KEYS = ("auto_start", "chapter")


def flag(check: Checker, field: Field) -> bool | None:
    """true or false; None (reported) for anything else."""
    key, value = field
    if isinstance(value, ScalarValue) and value.kind is BOOLEAN:
        return value.text.strip().lower() in ("true", "yes", "on")
    check.value_problem(
        key,
        value,
        Message(
            "{key} must be true or false, got {got}", key=quoted(key.text), got=describe(value)
        ),
    )
    return None


def auto_start(check: Checker, field: Field, has_hard_start: bool) -> bool | None:
    """``auto_start: true`` needs a hard start to start at."""
    on = flag(check, field)
    if on and not has_hard_start:
        check.problem(
            field[1],
            Message(
                "'auto_start' needs 'starts_at': a segment starts by itself only at its hard start"
            ),
        )
        return None
    return on
