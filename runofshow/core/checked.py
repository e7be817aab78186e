"""Reading back what the app wrote, trusting nothing: every value type- and range-checked.

A file in the data folder can be half-written by a power cut, edited by hand or written by
another version. ``Checked`` walks a parsed JSON value and raises ``Damaged`` (with where
in the file and what was wrong) at the first value this app would never have written, so a
reader either gets sane values or one clean "damaged" answer, never an exception from deep
inside the code that uses them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from runofshow.core.text import text_problem

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)
MAX_DEPTH = 64  # nesting of the JSON files the app writes is below 10


class Damaged(ValueError):
    """A file the app wrote cannot be used as it is; ``str()`` says where and why."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}" if where else what)
        self.where = where
        self.what = what


def broken_name(path: Path, when: datetime) -> Path:
    """Where a damaged file is kept: ``NAME.broken-20260129T172233Z`` (never overwriting)."""
    stamp = when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.name}.broken-{stamp}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}.broken-{stamp}-{number}")
    return candidate


def nesting_depth(text: str | bytes) -> int:
    """The deepest nesting of arrays and objects in JSON text (strings skipped), cheaply
    and without recursion, so a hostile file cannot exhaust the parser's stack."""
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    depth = deepest = 0
    in_string = escaped = False
    for byte in data:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            deepest = max(deepest, depth)
        elif byte in (0x5D, 0x7D):  # ] }
            depth -= 1
    return deepest


def parse_json(text: str | bytes, where: str, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON or raise Damaged (bad syntax, bad UTF-8, nesting deeper than allowed)."""
    if nesting_depth(text) > max_depth:
        raise Damaged(where, f"nested deeper than {max_depth} levels")
    try:
        return json.loads(text)
    except UnicodeDecodeError as error:
        raise Damaged(where, f"not UTF-8 text (byte {error.start})") from None
    except json.JSONDecodeError as error:
        at = (
            f"{where}:{error.lineno}:{error.colno}"
            if where
            else (f"line {error.lineno} column {error.colno}")
        )
        raise Damaged(at, f"not valid JSON: {error.msg}") from None
    except (RecursionError, ValueError) as error:
        raise Damaged(where, f"not valid JSON: {error}") from None


class Checked:
    """A JSON value and where it is (``journal.json$.state.live``)."""

    __slots__ = ("value", "where")

    def __init__(self, value: Any, where: str) -> None:
        self.value = value
        self.where = where

    def damaged(self, what: str) -> Damaged:
        return Damaged(self.where, what)

    # ---- structure

    def mapping(self, *, max_items: int = 1_000) -> dict[str, Checked]:
        if not isinstance(self.value, dict):
            raise self.damaged(f"expected an object, got {_kind(self.value)}")
        if len(self.value) > max_items:
            raise self.damaged(f"more than {max_items} entries")
        return {str(k): Checked(v, self._inside(_shown(str(k)))) for k, v in self.value.items()}

    def items(self, *, max_items: int) -> list[Checked]:
        if not isinstance(self.value, list):
            raise self.damaged(f"expected a list, got {_kind(self.value)}")
        if len(self.value) > max_items:
            raise self.damaged(f"more than {max_items} items")
        return [Checked(v, f"{self.where}[{i}]") for i, v in enumerate(self.value)]

    def _inside(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def field(self, key: str) -> Checked:
        data = self.mapping(max_items=10_000)
        if key not in data:
            raise self.damaged(f"{key!r} is missing")
        return data[key]

    def optional(self, key: str) -> Checked | None:
        """The field, or None when it is missing or null."""
        data = self.mapping(max_items=10_000)
        found = data.get(key)
        return None if found is None or found.value is None else found

    def is_null(self) -> bool:
        return self.value is None

    # ---- scalars

    def integer(self, low: int, high: int) -> int:
        value = self.value
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.damaged(f"expected a whole number, got {_kind(value)}")
        if not low <= value <= high:
            raise self.damaged(f"{_short(value)} is outside {low}..{high}")
        return value

    def boolean(self) -> bool:
        if not isinstance(self.value, bool):
            raise self.damaged(f"expected true or false, got {_kind(self.value)}")
        return self.value

    def text(self, *, max_length: int, allow_empty: bool = True) -> str:
        value = self.value
        if not isinstance(value, str):
            raise self.damaged(f"expected text, got {_kind(value)}")
        if len(value) > max_length:
            raise self.damaged(f"text longer than {max_length} characters")
        if not value and not allow_empty:
            raise self.damaged("empty text")
        problem = text_problem(value)
        if problem is not None:
            raise self.damaged(f"text {problem}")
        return value

    def choice(self, options: Iterable[str]) -> str:
        allowed = tuple(options)
        value = self.text(max_length=100)
        if value not in allowed:
            raise self.damaged(f"{value!r} is not one of {', '.join(allowed)}")
        return value

    def moment(self) -> datetime:
        """An ISO date-time with a UTC offset, within 2000..2200."""
        text = self.text(max_length=64)
        try:
            when = datetime.fromisoformat(text)
        except ValueError:
            raise self.damaged(f"{text!r} is not an ISO date and time") from None
        if when.tzinfo is None or when.utcoffset() is None:
            raise self.damaged(f"{text!r} has no UTC offset")
        if not EARLIEST <= when <= LATEST:
            raise self.damaged(f"{text!r} is not between 2000 and 2200")
        return when


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return f"the number {_short(value)}"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _short(value: object) -> str:
    try:
        text = repr(value)
    except ValueError:  # an integer with more digits than Python prints
        return "a huge number"
    return _shown(text if len(text) <= 24 else text[:21] + "...")


def _shown(text: str) -> str:
    """``text`` safe to print and store: what text_problem objects to becomes "?"."""
    return (
        text
        if text_problem(text) is None
        else "".join(c if text_problem(c) is None else "?" for c in text)
    )
