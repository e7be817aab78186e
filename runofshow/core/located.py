"""Values with the place they came from: what the show's rules read, whatever the file format.

A front-end (the YAML reader, a CSV import, the editor's form) turns its input into these
values, each carrying a position of the front-end's own choosing (``where``): the node's mark
for YAML, a (row, column) cell for CSV, a field id for a form. The rules never look inside a
position (they only hash it, compare it and hand it to the front-end's ``mention``); they
hand it back with every problem, so the front-end can point at the right place.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date
from enum import StrEnum
from typing import NamedTuple

Where = Hashable
"""A position as its front-end knows it; only hashed and compared by the rules."""


class Kind(StrEnum):
    """What a scalar is, as its front-end read it."""

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"  # a number with a fraction (or inf, nan)
    BOOLEAN = "boolean"
    NULL = "null"  # nothing written, or an explicit null such as YAML's ~
    DATE = "date"  # a date, or a date and time, that the format itself recognised
    INVALID = "invalid"  # the front-end could not read it and has already said why


class ScalarValue(NamedTuple):
    """One value as written (``text``), what it is (``kind``) and where it is.

    ``value`` is the typed value the rules need beyond the text: an int for INTEGER (None to
    read ``text`` instead, e.g. YAML's base-60 "1:30"), a date or datetime for DATE (None when
    it looked like a date but is not a valid one). Other kinds leave it None.
    """

    text: str
    where: Where
    kind: Kind = Kind.TEXT
    value: object = None


class ListValue(NamedTuple):
    """A list; its items are values."""

    items: list[Value]
    where: Where


class MapValue(NamedTuple):
    """Keys and values in the order written. A repeated key keeps its first value for the
    rules; reporting the repetition is the front-end's part (it knows how it reads)."""

    entries: list[tuple[ScalarValue, Value]]
    where: Where


Value = ScalarValue | ListValue | MapValue

FieldPath = tuple[str | int, ...]
"""Where a value sits in a plain document: keys and list indexes from the top."""

KEY = "<key>"
"""Last step of a path that names a mapping key itself rather than its value."""


def from_plain(data: object, where: Callable[[FieldPath], Where], path: FieldPath = ()) -> Value:
    """Located values for plain data (dicts, lists, str, int, float, bool, None, dates).

    ``where(path)`` gives the position of the value at ``path``; a key's own position is
    ``where(path + (KEY,))``. This is how a front-end without a node tree of its own (a CSV
    row, an editor's fields) hands its data to the rules.
    """
    position = where(path)
    if isinstance(data, dict):
        entries: list[tuple[ScalarValue, Value]] = []
        for key, item in data.items():
            key_value = ScalarValue(str(key), where((*path, key, KEY)))
            entries.append((key_value, from_plain(item, where, (*path, key))))
        return MapValue(entries, position)
    if isinstance(data, list | tuple):
        return ListValue(
            [from_plain(item, where, (*path, index)) for index, item in enumerate(data)], position
        )
    return plain_scalar(data, position)


def plain_scalar(data: object, where: Where) -> ScalarValue:
    """A scalar for a plain Python value: its kind from its type, its text as str() shows it."""
    if data is None:
        return ScalarValue("", where, Kind.NULL)
    if isinstance(data, bool):
        return ScalarValue("true" if data else "false", where, Kind.BOOLEAN)
    if isinstance(data, int):
        return ScalarValue(str(data), where, Kind.INTEGER, data)
    if isinstance(data, float):
        return ScalarValue(repr(data), where, Kind.NUMBER)
    if isinstance(data, date):  # a datetime is a date too
        return ScalarValue(data.isoformat(), where, Kind.DATE, data)
    return ScalarValue(str(data), where)
