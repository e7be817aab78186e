"""Questions a command asks before it acts, the same on every surface.

A command of the table may declare an ``Ask``: a function of the session and the checked
arguments that returns a ``Question`` when this use of the command needs one (going live
on a show planned for another day, moving into a hard start early, ending the show), and
the answer keys it accepts. ``ShowSession.execute`` refuses such a use with the code
``confirmation_required`` (HTTP 409), the question's text and choices, and changes
nothing; sent again with the answer in the arguments (``{"plan": "shift"}``,
``{"confirm": true}``) it proceeds. The console asks the same question in a dialog and
sends the answer; the API and /control get the 409.

Texts are English, translated in the ``Questions`` context (``Question.text_in``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from runofshow.app.catalog import LANGUAGES, QT_TRANSLATE_NOOP, catalog
from runofshow.core.durations import format_clock
from runofshow.core.snapshot import Status

if TYPE_CHECKING:
    from runofshow.app.commands import CommandTarget

CONTEXT = "Questions"
ON_AIR = (Status.RUNNING, Status.PAUSED)


@dataclass(frozen=True)
class Answer:
    """An answer key a command accepts among its arguments, and the values it takes."""

    key: str
    values: tuple[object, ...]


CONFIRM = Answer("confirm", (True, False))
PLAN = Answer("plan", ("shift", "as_planned"))


@dataclass(frozen=True)
class Choice:
    value: object  # what the answer carries
    label: str  # English; translated in CONTEXT


YES = Choice(True, QT_TRANSLATE_NOOP("Questions", "Yes"))
NO = Choice(False, QT_TRANSLATE_NOOP("Questions", "No"))


# ---------------------------------------------------------------- dates in words

_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS_JA = "月火水木金土日"


def planned_for(when: datetime, lang: str) -> str:
    """ "Mon 12 Sep 2022 13:00 JST"; in Japanese "2022年9月12日(月) 13:00 JST"."""
    zone = when.tzname() or ""
    clock = f"{when:%H:%M}"
    if lang == "ja":
        text = f"{when.year}年{when.month}月{when.day}日({_WEEKDAYS_JA[when.weekday()]}) {clock}"
    else:
        weekday, month = _WEEKDAYS_EN[when.weekday()], _MONTHS_EN[when.month - 1]
        text = f"{weekday} {when.day} {month} {when.year} {clock}"
    return f"{text} {zone}".strip()


@dataclass(frozen=True)
class Planned:
    """A question's parameter shown as a date and time in each language."""

    when: datetime

    def text(self, lang: str) -> str:
        return planned_for(self.when, lang)


Param = str | Planned


# ---------------------------------------------------------------- questions


@dataclass(frozen=True)
class Question:
    """What a command asks before it acts. ``text`` is an English template with %1, %2…
    for ``params``; ``default`` is the choice a stray Enter picks."""

    answer: Answer
    text: str
    params: tuple[Param, ...]
    choices: tuple[Choice, ...]
    default: object

    def text_in(self, lang: str) -> str:
        text = catalog(lang).translate(CONTEXT, self.text)
        for number, param in enumerate(self.params, start=1):
            value = param.text(lang) if isinstance(param, Planned) else param
            text = text.replace(f"%{number}", value)
        return text

    def label_in(self, choice: Choice, lang: str) -> str:
        return catalog(lang).translate(CONTEXT, choice.label)

    @property
    def english(self) -> str:
        return self.text_in("en")

    def to_json(self) -> dict[str, Any]:
        """For the API: the answer key, the text and choices in every shipped language."""
        return {
            "answer": self.answer.key,
            "text": {lang: self.text_in(lang) for lang in LANGUAGES},
            "choices": [
                {"value": c.value, "label": {lang: self.label_in(c, lang) for lang in LANGUAGES}}
                for c in self.choices
            ],
            "default": self.default,
        }


AskFn = Callable[["CommandTarget", Mapping[str, Any]], Question | None]


@dataclass(frozen=True)
class Ask:
    """How a command asks: ``question`` (None when this use needs none; it sees the answers
    given so far, so a command can ask one thing after another), the answer keys it takes,
    and when it asks ("while on air"), for the README's API table."""

    question: AskFn
    answers: tuple[Answer, ...]
    doc: str


def _title(target: CommandTarget, segment_id: str) -> str:
    show = target.engine.show
    return show.segments[show.index_of(segment_id)].title


def far_plan(target: CommandTarget) -> Question:
    snap = target.engine.snapshot()
    start = snap.schedule[snap.index].planned_start
    return Question(
        PLAN,
        QT_TRANSLATE_NOOP(
            "Questions",
            "The show is planned for %1, more than 12 hours from now. Move the plan to "
            "start now, or run it as planned?",
        ),
        (Planned(start),),
        (
            Choice("shift", QT_TRANSLATE_NOOP("Questions", "Move the plan to start now")),
            Choice("as_planned", QT_TRANSLATE_NOOP("Questions", "Run as planned")),
        ),
        "shift",
    )


def early_into(target: CommandTarget, segment_id: str) -> Question | None:
    """Moving into ``segment_id`` more than a minute before its hard start."""
    early = target.engine.early_hard_start(segment_id)
    if early is None:
        return None
    return Question(
        CONFIRM,
        QT_TRANSLATE_NOOP(
            "Questions", "“%1” has a hard start at %2, %3 from now. Start it now anyway?"
        ),
        (early.segment.title, f"{early.at:%H:%M}", format_clock(early.in_ms // 1000)),
        (YES, NO),
        False,
    )


def _status(target: CommandTarget) -> Status:
    return target.engine.state().live.status


def _index(target: CommandTarget) -> int:
    engine = target.engine
    return engine.plan.index[engine.state().live.current_id]


def ask_start(target: CommandTarget, args: Mapping[str, Any]) -> Question | None:
    """Going live: a plan for another day first, then a hard start still far off."""
    if _status(target) is not Status.STANDBY:
        return None
    if target.engine.far:
        return None if "plan" in args else far_plan(target)
    if "confirm" in args:
        return None
    return early_into(target, target.engine.state().live.current_id)


def ask_toggle(target: CommandTarget, args: Mapping[str, Any]) -> Question | None:
    return ask_start(target, args) if _status(target) is Status.STANDBY else None


def _ask_step(step: int) -> AskFn:
    def ask(target: CommandTarget, args: Mapping[str, Any]) -> Question | None:
        if _status(target) not in ON_AIR or "confirm" in args:
            return None
        index = _index(target) + step
        segments = target.engine.show.segments
        if not 0 <= index < len(segments):
            return None
        return early_into(target, segments[index].id)

    return ask


ask_next = _ask_step(1)
ask_previous = _ask_step(-1)


def ask_goto(target: CommandTarget, args: Mapping[str, Any]) -> Question | None:
    """On air, a jump ends the current segment: asked, and more so into a hard start."""
    segment_id = str(args.get("segment"))
    engine = target.engine
    if _status(target) not in ON_AIR or "confirm" in args:
        return None
    if segment_id not in engine.plan.index or segment_id == engine.state().live.current_id:
        return None  # refused anyway
    early = early_into(target, segment_id)
    if early is not None:
        return early
    return Question(
        CONFIRM,
        QT_TRANSLATE_NOOP(
            "Questions", "Jump to “%1” now? The current segment ends here. Undo brings it back."
        ),
        (_title(target, segment_id),),
        (YES, NO),
        False,
    )


def ask_end(target: CommandTarget, args: Mapping[str, Any]) -> Question | None:
    if _status(target) not in ON_AIR or "confirm" in args:
        return None
    return Question(
        CONFIRM,
        QT_TRANSLATE_NOOP("Questions", "End the show now? The clock stops for good."),
        (),
        (YES, NO),
        False,
    )


def ask_reset(target: CommandTarget, args: Mapping[str, Any]) -> Question | None:
    if _status(target) is Status.STANDBY or "confirm" in args:
        return None
    return Question(
        CONFIRM,
        QT_TRANSLATE_NOOP(
            "Questions", "Reset the show to standby? Everything timed so far is cleared."
        ),
        (),
        (YES, NO),
        False,
    )


HARD_START_EARLY = "when moving into a hard start more than a minute early"
ASK_START = Ask(
    ask_start,
    (PLAN, CONFIRM),
    "when the plan is more than 12 hours away (`plan`) or the first segment's hard start more "
    "than a minute away (`confirm`)",
)
ASK_TOGGLE = Ask(ask_toggle, (PLAN, CONFIRM), "when it starts, as `start` does")
ASK_NEXT = Ask(ask_next, (CONFIRM,), HARD_START_EARLY)
ASK_PREVIOUS = Ask(ask_previous, (CONFIRM,), HARD_START_EARLY)
ASK_GOTO = Ask(ask_goto, (CONFIRM,), "while on air (the current segment ends there)")
ASK_END = Ask(ask_end, (CONFIRM,), "while on air")
ASK_RESET = Ask(ask_reset, (CONFIRM,), "unless in standby")
