"""The one command table: every operator command declared once.

A ``Command`` says what it is called (``name``, also the engine action it records), how
people see it (``label``, ``button``, in English, translated in the ``Commands`` context),
its arguments and their validation, whether it can be undone, its HTTP route, its
console keys and how to run it. The console's actions and keys, the web routes, the
/control page, the history's labels and the README's API table derive from the table;
``GET /api/commands`` lists it. Adding a command is one entry here plus its engine code.

A ``Query`` is the read-only counterpart a service may add: a GET route whose answer the
service computes on the session thread (``GET /api/questions?segment=panel``).

The wiring builds the table once, from ``BUILTIN_COMMANDS`` and every service's
``commands()``; it is immutable afterwards.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from runofshow.app.catalog import LANGUAGES, QT_TRANSLATE_NOOP, catalog
from runofshow.app.questions import (
    ASK_END,
    ASK_GOTO,
    ASK_NEXT,
    ASK_PREVIOUS,
    ASK_RESET,
    ASK_START,
    ASK_TOGGLE,
    Ask,
)
from runofshow.app.refusals import Reason, unknown_segment
from runofshow.core.engine import ActionResult, Engine
from runofshow.core.text import MAX_MESSAGE_LENGTH, bad_character, is_clean

CONTEXT = "Commands"
MAX_TEXT = MAX_MESSAGE_LENGTH  # characters of an operator message (README: the API)
MAX_SECONDS = 24 * 3600  # time added or removed at once


class ArgKind(StrEnum):
    TEXT = "text"  # at most ``Arg.max_length`` characters; no control characters but
    # line breaks and tabs, no lone surrogates (runofshow.core.text): else ``bad_text``
    BOOL = "bool"  # true or false
    SEGMENT = "segment"  # a segment id (the engine refuses unknown ones: unknown_segment)
    SECONDS = "seconds"  # a non-zero number of seconds, at most a day either way
    INDEX = "index"  # a whole number from 0 (a position in a list); digits in text too
    CHOICE = "choice"  # one of ``Arg.choices``


@dataclass(frozen=True)
class Arg:
    name: str
    kind: ArgKind
    required: bool = True
    default: object = None
    max_length: int = MAX_TEXT
    example: object = None  # for the API documentation
    choices: tuple[str, ...] = ()  # CHOICE: the accepted values


@dataclass(frozen=True)
class Preset:
    """A ready-made use of a command with fixed arguments (``+1 min`` is ``add_time`` with
    60 seconds): its own console action and keys, its own /control button."""

    name: str
    label: str
    button: str
    args: Mapping[str, object]
    keys: tuple[str, ...] = ()


class CommandTarget(Protocol):
    """What a command's ``run`` acts on: the session's engine. (A service's command may act
    on its service instead, through a closure.)"""

    @property
    def engine(self) -> Engine: ...


Run = Callable[[CommandTarget, Mapping[str, Any]], ActionResult]


@dataclass(frozen=True)
class Command:
    name: str  # also the engine action recorded in the run history
    label: str  # English; menus, history, /control (translated in CONTEXT)
    button: str  # short, keyboard-free (toolbar, /control)
    route: str | None  # "/api/next", "/api/goto/{segment}"; None: not on the HTTP API
    run: Run
    args: tuple[Arg, ...] = ()
    undoable: bool = True
    keys: tuple[str, ...] = ()  # portable QKeySequence strings (plain text, Qt-free)
    group: str = ""  # heading on the shortcuts sheet (translated in CONTEXT)
    doc: str = ""  # English, for the README's API table (defaults to the label)
    presets: tuple[Preset, ...] = ()
    toggles: str | None = None  # a state field this switches: shown as on/off, sends "on"
    asks: Ask | None = None  # a question it may ask first (runofshow.app.questions)
    path_args: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        names = {arg.name for arg in self.args}
        if self.asks is not None and names & {a.key for a in self.asks.answers}:
            raise ValueError(f"{self.name}: an answer key is also an argument")
        in_path = tuple(re.findall(r"{(\w+)}", self.route or ""))
        for name in in_path:
            arg = next((a for a in self.args if a.name == name), None)
            if arg is None or not arg.required:
                raise ValueError(f"{self.name}: route argument {name!r} is not a required arg")
        if len(names) != len(self.args):
            raise ValueError(f"{self.name}: duplicate argument names")
        object.__setattr__(self, "path_args", in_path)

    def arg(self, name: str) -> Arg | None:
        return next((a for a in self.args if a.name == name), None)


Read = Callable[[Mapping[str, Any]], Any]


@dataclass(frozen=True)
class Query:
    """A read-only request on a GET route, answered on the session thread by ``read``
    (JSON-able; ``runofshow.core.engine.Refused`` for a refusal such as unknown_segment).
    Its arguments come from the path, then the query string, checked like a command's."""

    name: str
    route: str
    read: Read
    args: tuple[Arg, ...] = ()
    doc: str = ""
    path_args: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "path_args", tuple(re.findall(r"{(\w+)}", self.route)))


class InvalidArgs(Exception):
    """Arguments that do not fit the command: refusal ``bad_input`` (HTTP 400), or
    ``bad_text`` (400) for text with characters that cannot be stored or shown, or
    ``unknown_segment`` (404) for a segment id the show does not have."""

    def __init__(self, template: str, *args: object, code: str = "bad_input") -> None:
        self.reason = Reason(template, tuple(str(a) for a in args))
        self.code = code
        self.message = self.reason.text()
        super().__init__(self.message)


class CommandTable:
    """The commands (and queries) of one app, immutable. Names, routes and preset names
    are unique (a query's GET route may share a command's POST path)."""

    def __init__(self, commands: Iterable[Command], queries: Iterable[Query] = ()) -> None:
        self._commands: dict[str, Command] = {}
        seen: set[str] = set()
        routes: set[str] = set()
        for command in commands:
            for name in (command.name, *(p.name for p in command.presets)):
                if name in seen:
                    raise ValueError(f"command name {name!r} is declared twice")
                seen.add(name)
            if command.route is not None:
                if command.route in routes:
                    raise ValueError(f"route {command.route!r} is declared twice")
                routes.add(command.route)
            self._commands[command.name] = command
        self._queries: dict[str, Query] = {}
        get_routes: set[str] = set()
        for query in queries:
            if query.name in seen or query.route in get_routes:
                raise ValueError(f"query {query.name!r} or its route is declared twice")
            seen.add(query.name)
            get_routes.add(query.route)
            self._queries[query.name] = query

    @property
    def queries(self) -> tuple[Query, ...]:
        return tuple(self._queries.values())

    def query(self, name: str) -> Query | None:
        return self._queries.get(name)

    def __iter__(self) -> Iterator[Command]:
        return iter(self._commands.values())

    def __len__(self) -> int:
        return len(self._commands)

    def __contains__(self, name: object) -> bool:
        return name in self._commands

    def get(self, name: str) -> Command | None:
        return self._commands.get(name)

    def __getitem__(self, name: str) -> Command:
        return self._commands[name]

    def validate(
        self, name: str, raw: Mapping[str, object] | None, *, segments: Sequence[str] | None = None
    ) -> dict[str, object]:
        """The arguments checked and converted, defaults filled in; InvalidArgs if not.
        With ``segments`` (the show's ids), a segment argument must be one of them."""
        entry = self._commands.get(name) or self._queries[name]
        asks = entry.asks if isinstance(entry, Command) else None
        return validate_args(name, entry.args, raw, asks, segments)


def validate_args(
    name: str,
    declared: tuple[Arg, ...],
    raw: Mapping[str, object] | None,
    asks: Ask | None = None,
    segments: Sequence[str] | None = None,
) -> dict[str, object]:
    """``raw`` checked against ``declared`` (and the answers ``asks`` takes): converted,
    defaults filled in; InvalidArgs if not."""
    raw = dict(raw or {})
    answers = {a.key: a for a in asks.answers} if asks else {}
    unknown = sorted(set(raw) - {arg.name for arg in declared} - set(answers))
    if unknown:
        key = unknown[0] if is_clean(unknown[0]) else ascii(unknown[0])
        raise InvalidArgs(QT_TRANSLATE_NOOP("Refusals", "'%1' takes no argument '%2'."), name, key)
    args: dict[str, object] = {}
    for key, answer in answers.items():  # given answers only: absent means not answered
        value = raw.get(key)
        if value is None:
            continue
        if not any(type(value) is type(v) and value == v for v in answer.values):
            choices = " or ".join(json.dumps(v) for v in answer.values)
            raise InvalidArgs(QT_TRANSLATE_NOOP("Refusals", "'%1' must be %2."), key, choices)
        args[key] = value
    for arg in declared:
        value = raw.get(arg.name)
        if value is None:
            if arg.required:
                raise InvalidArgs(
                    QT_TRANSLATE_NOOP("Refusals", "'%1' needs '%2' (%3)."), name, arg.name,
                    arg.kind,
                )  # fmt: skip
            args[arg.name] = arg.default
        else:
            args[arg.name] = _check(arg, value, segments)
    return args


def _check(arg: Arg, value: object, segments: Sequence[str] | None) -> object:
    if arg.kind is ArgKind.BOOL:
        if not isinstance(value, bool):
            raise InvalidArgs(
                QT_TRANSLATE_NOOP("Refusals", "'%1' must be true or false."), arg.name
            )
        return value
    if arg.kind in (ArgKind.TEXT, ArgKind.SEGMENT):
        if not isinstance(value, str):
            raise InvalidArgs(QT_TRANSLATE_NOOP("Refusals", "'%1' must be text."), arg.name)
        if len(value) > arg.max_length:
            raise InvalidArgs(
                QT_TRANSLATE_NOOP("Refusals", "'%1' is at most %2 characters."), arg.name,
                arg.max_length,
            )  # fmt: skip
        bad = bad_character(value)
        if bad is not None:  # whole sentences, so every language says which character
            kind, code = bad
            raise InvalidArgs(
                QT_TRANSLATE_NOOP("Refusals", "'%1' contains half of a character (%2, an unpaired surrogate, as a broken emoji is sent); it cannot be stored or shown.")  # noqa: E501
                if kind == "surrogate"
                else QT_TRANSLATE_NOOP("Refusals", "'%1' contains the control character %2; only line breaks and tabs are allowed."),  # noqa: E501
                arg.name, code, code="bad_text",
            )  # fmt: skip
        if arg.kind is ArgKind.SEGMENT and not value:
            raise InvalidArgs(QT_TRANSLATE_NOOP("Refusals", "'%1' must be a segment id."), arg.name)
        if arg.kind is ArgKind.SEGMENT and segments is not None and value not in segments:
            reason = unknown_segment(value, segments)
            raise InvalidArgs(reason.template, *reason.args, code="unknown_segment")
        return value
    if arg.kind is ArgKind.INDEX:
        return _index(arg.name, value)
    if arg.kind is ArgKind.CHOICE:
        if not isinstance(value, str) or value not in arg.choices:
            raise InvalidArgs(
                QT_TRANSLATE_NOOP("Refusals", "'%1' must be one of %2."), arg.name,
                ", ".join(arg.choices),
            )  # fmt: skip
        return value
    return _seconds(arg.name, value)


def _index(name: str, value: object) -> int:
    """A whole number from 0, or text holding one (``?to=2``)."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 10:
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**9:
        raise InvalidArgs(
            QT_TRANSLATE_NOOP("Refusals", "'%1' must be a whole number from 0."), name
        )
    return value


def _seconds(name: str, value: object) -> float:
    """A number, or text holding one (``?seconds=60``); non-zero, at most a day."""
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            raise InvalidArgs(
                QT_TRANSLATE_NOOP("Refusals", "'%1' must be a number of seconds."), name
            ) from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidArgs(
            QT_TRANSLATE_NOOP(
                "Refusals", "'%1' must be a number of seconds; negative removes time."
            ),
            name,
        )
    if not math.isfinite(value) or value == 0 or abs(value) > MAX_SECONDS:
        raise InvalidArgs(
            QT_TRANSLATE_NOOP("Refusals", "'%1' must be non-zero and at most a day."), name
        )
    return float(value)


# ---------------------------------------------------------------- the show's commands

SHOW = QT_TRANSLATE_NOOP("Commands", "Show")
TIME = QT_TRANSLATE_NOOP("Commands", "Time")
SPEAKER = QT_TRANSLATE_NOOP("Commands", "Speaker")


def _plan(session: CommandTarget, args: Mapping[str, Any]) -> str | None:
    """Going live on a show planned for another day: the answer (move the plan to start now,
    or run as planned), passed on and so recorded with the run; None when not asked."""
    plan = args.get("plan")
    return str(plan) if plan is not None and session.engine.far else None


def _blackout(session: CommandTarget, args: Mapping[str, Any]) -> ActionResult:
    on = args["on"]
    if on is None:  # no argument toggles (one Stream Deck button)
        on = not session.engine.state().live.blackout
    return session.engine.set_blackout(bool(on))


BUILTIN_COMMANDS: tuple[Command, ...] = (
    Command(
        "start", QT_TRANSLATE_NOOP("Commands", "Start"), QT_TRANSLATE_NOOP("Commands", "Start"),
        "/api/start", lambda s, a: s.engine.start(plan=_plan(s, a)), group=SHOW,
        doc="Start the show (from standby)", asks=ASK_START,
    ),
    Command(
        "pause", QT_TRANSLATE_NOOP("Commands", "Pause"), QT_TRANSLATE_NOOP("Commands", "Pause"),
        "/api/pause", lambda s, a: s.engine.pause(), group=SHOW,
    ),
    Command(
        "resume", QT_TRANSLATE_NOOP("Commands", "Resume"),
        QT_TRANSLATE_NOOP("Commands", "Resume"), "/api/resume", lambda s, a: s.engine.resume(),
        group=SHOW,
    ),
    Command(
        "toggle", QT_TRANSLATE_NOOP("Commands", "GO: start / pause / resume"),
        QT_TRANSLATE_NOOP("Commands", "GO"), "/api/toggle",
        lambda s, a: s.engine.toggle(plan=_plan(s, a)), keys=("Space",), group=SHOW,
        doc="GO: start, pause or resume, whichever fits", asks=ASK_TOGGLE,
    ),
    Command(
        "next", QT_TRANSLATE_NOOP("Commands", "Next segment"),
        QT_TRANSLATE_NOOP("Commands", "Next ▶"), "/api/next", lambda s, a: s.engine.next(),
        keys=("Right", "Ctrl+Right"), group=SHOW, asks=ASK_NEXT,
    ),
    Command(
        "previous", QT_TRANSLATE_NOOP("Commands", "Previous segment"),
        QT_TRANSLATE_NOOP("Commands", "◀ Prev"), "/api/previous",
        lambda s, a: s.engine.previous(), keys=("Left", "Ctrl+Left"), group=SHOW,
        doc="Previous segment (it continues from where it was)", asks=ASK_PREVIOUS,
    ),
    Command(
        "goto", QT_TRANSLATE_NOOP("Commands", "Go to segment"),
        QT_TRANSLATE_NOOP("Commands", "Go"), "/api/goto/{segment}",
        lambda s, a: s.engine.goto(a["segment"]), args=(Arg("segment", ArgKind.SEGMENT),),
        keys=("Ctrl+G",), group=SHOW,
        doc="Go to a segment (in standby: choose where the show starts)", asks=ASK_GOTO,
    ),
    Command(
        "add_time", QT_TRANSLATE_NOOP("Commands", "Change time"),
        QT_TRANSLATE_NOOP("Commands", "± time"), "/api/time",
        lambda s, a: s.engine.add_time(round(a["seconds"] * 1000)),
        args=(Arg("seconds", ArgKind.SECONDS, example=60),), group=TIME,
        doc="Add time to the current segment (negative removes); `?seconds=60` also works",
        presets=(
            Preset(
                "add_minute", QT_TRANSLATE_NOOP("Commands", "Add a minute"),
                QT_TRANSLATE_NOOP("Commands", "+1 min"), {"seconds": 60},
                ("+", "=", "Shift++", "Num++"),
            ),
            Preset(
                "remove_minute", QT_TRANSLATE_NOOP("Commands", "Remove a minute"),
                QT_TRANSLATE_NOOP("Commands", "−1 min"), {"seconds": -60}, ("-", "Num+-"),
            ),
        ),
    ),
    Command(
        "next_cue", QT_TRANSLATE_NOOP("Commands", "Next cue card"),
        QT_TRANSLATE_NOOP("Commands", "Card ▶"), "/api/cue/next",
        lambda s, a: s.engine.next_cue(), keys=("]", "PgDown"), group=SPEAKER,
    ),
    Command(
        "previous_cue", QT_TRANSLATE_NOOP("Commands", "Previous cue card"),
        QT_TRANSLATE_NOOP("Commands", "◀ Card"), "/api/cue/previous",
        lambda s, a: s.engine.previous_cue(), keys=("[", "PgUp"), group=SPEAKER,
    ),
    Command(
        "message", QT_TRANSLATE_NOOP("Commands", "Send message"),
        QT_TRANSLATE_NOOP("Commands", "Send"), "/api/message",
        lambda s, a: s.engine.set_message(a["text"], a["flash"]),
        args=(
            Arg("text", ArgKind.TEXT, example="…"),
            Arg("flash", ArgKind.BOOL, required=False, default=False, example=True),
        ),
        keys=("Ctrl+Return", "Ctrl+Enter"), group=SPEAKER,
        doc="Message to the speaker; empty text clears",
        presets=(
            Preset(
                "clear_message", QT_TRANSLATE_NOOP("Commands", "Clear message on screen"),
                QT_TRANSLATE_NOOP("Commands", "Clear"), {"text": ""}, ("Ctrl+Shift+M",),
            ),
        ),
    ),
    Command(
        "blackout", QT_TRANSLATE_NOOP("Commands", "Blackout"),
        QT_TRANSLATE_NOOP("Commands", "Blackout"), "/api/blackout", _blackout,
        args=(Arg("on", ArgKind.BOOL, required=False, example=True),), keys=("B",),
        group=SPEAKER, toggles="blackout", doc="Blackout on/off; an empty body toggles",
    ),
    Command(
        "undo", QT_TRANSLATE_NOOP("Commands", "Undo"), QT_TRANSLATE_NOOP("Commands", "Undo"),
        "/api/undo", lambda s, a: s.engine.undo(), undoable=False, keys=("Ctrl+Z",),
        group=SHOW, doc="Undo the last action, its clock included",
    ),
    Command(
        "redo", QT_TRANSLATE_NOOP("Commands", "Redo"), QT_TRANSLATE_NOOP("Commands", "Redo"),
        "/api/redo", lambda s, a: s.engine.redo(), undoable=False,
        keys=("Ctrl+Shift+Z", "Ctrl+Y"), group=SHOW,
    ),
    Command(
        "end", QT_TRANSLATE_NOOP("Commands", "End show"), QT_TRANSLATE_NOOP("Commands", "End"),
        "/api/end", lambda s, a: s.engine.end_show(), keys=("Ctrl+E",), group=SHOW,
        doc="End the show (the run is complete)", asks=ASK_END,
    ),
    Command(
        "reset", QT_TRANSLATE_NOOP("Commands", "Reset show"),
        QT_TRANSLATE_NOOP("Commands", "Reset"), None, lambda s, a: s.engine.reset(),
        keys=("Ctrl+Shift+R",), group=SHOW, doc="Back to standby (console only)",
        asks=ASK_RESET,
    ),
)  # fmt: skip


# ---------------------------------------------------------------- descriptions


def _translations(text: str) -> dict[str, str]:
    return {lang: catalog(lang).translate(CONTEXT, text) for lang in LANGUAGES}


def table_json(table: CommandTable) -> list[dict[str, Any]]:
    """The table as ``GET /api/commands`` lists it: what a page needs to build its buttons
    (labels in every shipped language), the route to post to and the arguments."""
    return [
        {
            "name": command.name,
            "route": command.route,
            "method": "POST" if command.route is not None else None,
            "args": [
                {"name": a.name, "kind": str(a.kind), "required": a.required,
                 "default": a.default, "in_path": a.name in command.path_args}
                for a in command.args
            ],
            "label": _translations(command.label),
            "button": _translations(command.button),
            "group": _translations(command.group) if command.group else None,
            "undoable": command.undoable,
            "keys": list(command.keys),
            "toggles": command.toggles,
            "answers": [
                {"key": a.key, "values": list(a.values)}
                for a in (command.asks.answers if command.asks else ())
            ],
            "presets": [
                {"name": p.name, "label": _translations(p.label),
                 "button": _translations(p.button), "args": dict(p.args), "keys": list(p.keys)}
                for p in command.presets
            ],
        }
        for command in table
    ]  # fmt: skip


def api_table_markdown(table: CommandTable) -> str:
    """The README's table of HTTP commands, one row per command with a route."""
    rows = [
        "| Request | Body | Does |",
        "| --- | --- | --- |",
        "| `GET /api/state` | | The state object (below) |",
        "| `GET /api/commands` | | Every command: name, route, arguments, labels |",
    ]
    for command in table:
        if command.route is None:
            continue
        body = {
            arg.name: arg.example
            for arg in command.args
            if arg.name not in command.path_args and arg.example is not None
        }
        body_text = f" `{json.dumps(body, ensure_ascii=False)}` " if body else " "
        does = command.doc or command.label
        if command.asks is not None:
            answered = " or ".join(
                f"`{json.dumps({a.key: v})}`"
                for a in command.asks.answers
                for v in a.values
                if v is not False
            )
            body_text += f"{answered} when asked "
            does += f"; asks first {command.asks.doc} (409 `confirmation_required`)"
        rows.append(f"| `POST {command.route}` |{body_text}| {does} |")
    for query in table.queries:
        params = "&".join(
            f"{a.name}={a.example}" for a in query.args
            if a.name not in query.path_args and a.example is not None
        )  # fmt: skip
        rows.append(f"| `GET {query.route}{'?' + params if params else ''}` | | {query.doc} |")
    return "\n".join(rows) + "\n"
