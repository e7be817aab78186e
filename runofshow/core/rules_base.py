"""What every show rule shares: collecting problems, reading the shapes of values, wording.

The rules read located values (runofshow.core.located), whichever front-end made them, and
report each problem at the position of the value at fault. Every message is a Message, so
the GUI can translate it while the CLI prints the English text.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Container, Iterable, Mapping
from typing import NamedTuple

from runofshow.core.errors import Message
from runofshow.core.located import Kind, ListValue, MapValue, ScalarValue, Value, Where
from runofshow.core.text import bad_character

TEXT, INTEGER, NUMBER = Kind.TEXT, Kind.INTEGER, Kind.NUMBER
BOOLEAN, NULL, DATE, INVALID = Kind.BOOLEAN, Kind.NULL, Kind.DATE, Kind.INVALID
TEXT_KINDS = frozenset((TEXT, INTEGER, NUMBER, BOOLEAN, DATE))
"""Scalars that read as human text, as written ("yes" stays "yes", 2022 stays "2022")."""

Field = tuple[ScalarValue, Value]  # (key, value)


class Problem(NamedTuple):
    """One thing wrong, at a front-end's position."""

    where: Where
    message: Message


def mention_position(where: Where) -> Message:
    """How a message refers back to a position when the front-end does not say: "at ..."."""
    return Message("at {where}", where=str(where))


def describe(value: Value) -> Message:
    """How a value reads in a message: "a list", "the number 5", "the text 'x'"."""
    if isinstance(value, MapValue):
        return Message("a mapping")
    if isinstance(value, ListValue):
        return Message("a list")
    raw = value.text
    shown = raw if len(raw) <= 40 else raw[:37] + "..."
    kind = value.kind
    if kind is NULL:
        if not raw or raw == "~":
            return Message("nothing")
        return Message("{value} (null)", value=shown)
    if kind is BOOLEAN:
        return Message("{value} (a true/false value)", value=shown)
    if kind is INTEGER or kind is NUMBER:
        return Message("the number {value}", value=shown)
    if kind is DATE:
        return Message("the date {value}", value=shown)
    return Message("the text {value}", value=repr(shown))


def quoted(text: object) -> str:
    """A user's value quoted for a message, cut short if long."""
    shown = str(text)
    return repr(shown if len(shown) <= 60 else shown[:57] + "...")


def is_null(value: Value) -> bool:
    return isinstance(value, ScalarValue) and value.kind is NULL


def is_blank(value: Value) -> bool:
    """Nothing written at all: such a value has no position of its own worth pointing at."""
    return isinstance(value, ScalarValue) and value.kind is NULL and not value.text


def suggest(word: str, choices: Iterable[str]) -> str | None:
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


class Checker:
    """Collects the problems of one show and reads the generic shapes of its values."""

    def __init__(
        self,
        mention: Callable[[Where], Message] = mention_position,
        reported: Container[Where] = (),
    ) -> None:
        self.problems: list[Problem] = []
        self.mention = mention
        self.reported = reported  # positions the front-end has already explained

    # -- reporting

    def problem(self, value: Value, message: Message) -> None:
        """Report ``message`` at ``value``, unless that position was already explained."""
        if value.where in self.reported:
            return
        self.problems.append(Problem(value.where, message))

    def value_problem(self, key: ScalarValue, value: Value, message: Message) -> None:
        """Point at the value, or at the key when nothing was written after it."""
        self.problem(key if is_blank(value) else value, message)

    # -- generic shapes

    def fields(
        self,
        value: Value,
        where: str | Callable[[], str],
        allowed: tuple[str, ...],
        required: tuple[str, ...] = (),
        *,
        misplaced: Mapping[str, str] | None = None,
    ) -> dict[str, Field] | None:
        """The known keys of a mapping; reports unknown keys, missing ones and non-mappings.

        Keys beginning with "x-" are the user's own and are ignored. A repeated key keeps
        its first value (the front-end reports the repetition). ``where`` names the mapping
        in messages (a callable: made only when a message needs it).
        """
        if not isinstance(value, MapValue):
            where = where() if callable(where) else where
            self.problem(
                value,
                Message(
                    "{where} must be a mapping (key: value lines), got {got}",
                    where=where,
                    got=describe(value),
                ),
            )
            return None
        found: dict[str, Field] = {}
        for key, item in value.entries:
            name = key.text
            if name in allowed:
                if name not in found:
                    found[name] = (key, item)
                continue
            if name.startswith("x-"):
                continue
            where = where() if callable(where) else where
            self.unknown_key(key, name, where, allowed, misplaced)
        for name in required:
            if name not in found:
                where = where() if callable(where) else where
                self.problem(
                    value,
                    Message("missing required key {key} in {where}", key=quoted(name), where=where),
                )
        return found

    def unknown_key(
        self,
        key: ScalarValue,
        name: str,
        where: str,
        allowed: tuple[str, ...],
        misplaced: Mapping[str, str] | None,
    ) -> None:
        hint = suggest(name, allowed)
        if misplaced and name in misplaced:
            message = Message(
                "unknown key {key} in {where}; {hint}",
                key=quoted(name),
                where=where,
                hint=misplaced[name],
            )
        elif hint is not None:
            message = Message(
                "unknown key {key} in {where}, did you mean {suggestion}?",
                key=quoted(name),
                where=where,
                suggestion=repr(hint),
            )
        else:
            message = Message(
                "unknown key {key} in {where}; allowed keys: {choices}",
                key=quoted(name),
                where=where,
                choices=", ".join(allowed),
            )
        self.problem(key, message)

    def items(self, value: Value) -> list[Value]:
        """A list value; null reads as empty; a single item is also accepted."""
        if is_null(value):
            return []
        if isinstance(value, ListValue):
            return list(value.items)
        return [value]

    def text(self, key: ScalarValue, value: Value, *, required: bool = False) -> str | None:
        """Human text: any scalar is read as written ("yes" stays "yes")."""
        if isinstance(value, ScalarValue):
            kind = value.kind
            if kind in TEXT_KINDS:
                return self.clean_text(key, value)
            if kind is NULL:
                if required:
                    self.value_problem(key, value, Message("{key} is empty", key=quoted(key.text)))
                    return None
                return ""
            return None  # unreadable, already reported
        got = describe(value)
        self.problem(value, Message("{key} must be text, got {got}", key=quoted(key.text), got=got))
        return None

    def clean_text(self, key: ScalarValue, value: ScalarValue) -> str | None:
        """The text, or None (reported) when it has a character the app cannot store or
        show: a control character other than line break and tab, or half of an emoji (a
        lone surrogate, which a quoted YAML escape or another front-end can produce)."""
        bad = bad_character(value.text)
        if bad is None:
            return value.text
        kind, code = bad
        if kind == "surrogate":
            message = Message(
                "{key} contains half of a character ({code}, an unpaired surrogate); "
                "write the whole character",
                key=quoted(key.text),
                code=code,
            )
        else:
            message = Message(
                "{key} contains the control character {code}; only line breaks and tabs "
                "are allowed",
                key=quoted(key.text),
                code=code,
            )
        self.problem(value, message)
        return None

    def string(self, key: ScalarValue, value: Value, what: str) -> str | None:
        """A strict string (ids, kinds, names of things)."""
        if isinstance(value, ScalarValue) and value.kind is TEXT:
            return self.clean_text(key, value)
        self.value_problem(
            key,
            value,
            Message(
                "{key} must be {what}, got {got}",
                key=quoted(key.text),
                what=what,
                got=describe(value),
            ),
        )
        return None
