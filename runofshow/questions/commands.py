"""The question queue's entries in the one command table: what each is called, its
arguments (the table's TEXT kind, so the limits and refusals of every text apply), its
route, its keys. The service (``runofshow.questions.service``) runs them.

The queue's undo has keys of its own (Ctrl+Alt+Z): Ctrl+Z stays the clock's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from runofshow.app.catalog import QT_TRANSLATE_NOOP
from runofshow.app.commands import Arg, ArgKind, Command, CommandTarget, Query, Read
from runofshow.core.engine import ActionResult
from runofshow.core.rules_questions import MAX_ASKER, MAX_QUESTION_TEXT
from runofshow.questions.model import Source

QUESTIONS = QT_TRANSLATE_NOOP("Commands", "Questions")
ID_ARG = Arg("id", ArgKind.TEXT, max_length=40, example="s-1a2b3c4d5e")
OPTIONAL_SEGMENT = Arg("segment", ArgKind.SEGMENT, required=False, example="panel")

Act = Callable[[str, Mapping[str, Any]], ActionResult]


def question_commands(
    act: Act, undo: Callable[[], ActionResult], redo: Callable[[], ActionResult]
) -> tuple[Command, ...]:
    """``act(name, args)`` runs a queue command; ``undo`` and ``redo`` the queue's own."""

    def run(command: str) -> Callable[[CommandTarget, Mapping[str, Any]], ActionResult]:
        return lambda _target, args: act(command, args)

    return (
        Command(
            "question_add", QT_TRANSLATE_NOOP("Commands", "Add a question"),
            QT_TRANSLATE_NOOP("Commands", "Add"), "/api/questions",
            run("question_add"),
            args=(
                OPTIONAL_SEGMENT,
                Arg("text", ArgKind.TEXT, max_length=MAX_QUESTION_TEXT,
                    example="EC2の開発環境、コストはどう変わりましたか？"),
                Arg("source", ArgKind.CHOICE, required=False, default=Source.CHAT.value,
                    example="chat", choices=tuple(s.value for s in Source)),
                Arg("asker", ArgKind.TEXT, required=False, default="", max_length=MAX_ASKER,
                    example="@viewer"),
            ),
            group=QUESTIONS,
            doc="Add a question at the end of a segment's queue (default: the panel the "
                "queue follows; `source` chat, survey or prepared)",
        ),
        Command(
            "question_on_air", QT_TRANSLATE_NOOP("Commands", "Put the question on air"),
            QT_TRANSLATE_NOOP("Commands", "On air"), "/api/questions/{id}/on-air",
            run("question_on_air"), args=(ID_ARG,), keys=("F5",), group=QUESTIONS,
            doc="Put a question on air (the one on air before is answered); "
                "the id `current` names the question on air",
        ),
        Command(
            "question_answered", QT_TRANSLATE_NOOP("Commands", "Mark the question answered"),
            QT_TRANSLATE_NOOP("Commands", "Answered"), "/api/questions/{id}/answered",
            run("question_answered"), args=(ID_ARG,), keys=("F7",), group=QUESTIONS,
            doc="Mark a question answered",
        ),
        Command(
            "question_skipped", QT_TRANSLATE_NOOP("Commands", "Skip the question"),
            QT_TRANSLATE_NOOP("Commands", "Skip"), "/api/questions/{id}/skipped",
            run("question_skipped"), args=(ID_ARG,), keys=("F8",), group=QUESTIONS,
            doc="Skip a question",
        ),
        Command(
            "question_queued", QT_TRANSLATE_NOOP("Commands", "Back to the queue"),
            QT_TRANSLATE_NOOP("Commands", "Back to queue"), "/api/questions/{id}/queued",
            run("question_queued"), args=(ID_ARG,), keys=("F9",), group=QUESTIONS,
            doc="Put a question back in the queue",
        ),
        Command(
            "question_move", QT_TRANSLATE_NOOP("Commands", "Move the question"),
            QT_TRANSLATE_NOOP("Commands", "Move"), "/api/questions/{id}/move",
            run("question_move"),
            args=(ID_ARG, Arg("to", ArgKind.INDEX, example=0)), group=QUESTIONS,
            doc="Move a question to a position (0 is the top) in its segment's queue",
        ),
        Command(
            "question_asker", QT_TRANSLATE_NOOP("Commands", "Show the asker on the overlay"),
            QT_TRANSLATE_NOOP("Commands", "Asker"), "/api/questions/{id}/asker",
            run("question_asker"),
            args=(ID_ARG, Arg("on", ArgKind.BOOL, required=False, example=True)),
            group=QUESTIONS,
            doc="Name the asker on the overlay's lower third (on/off; an empty body toggles)",
        ),
        Command(
            "question_next", QT_TRANSLATE_NOOP("Commands", "Next question on air"),
            QT_TRANSLATE_NOOP("Commands", "Next question"), "/api/questions/next",
            run("question_next"), args=(OPTIONAL_SEGMENT,), keys=("F6",),
            group=QUESTIONS,
            doc="Put the first queued question on air (the one on air is answered)",
        ),
        Command(
            "question_undo", QT_TRANSLATE_NOOP("Commands", "Undo in the question queue"),
            QT_TRANSLATE_NOOP("Commands", "Undo queue"), "/api/questions/undo",
            lambda _t, a: undo(), undoable=False, keys=("Ctrl+Alt+Z",),
            group=QUESTIONS, doc="Undo the queue's last change (never the clock's)",
        ),
        Command(
            "question_redo", QT_TRANSLATE_NOOP("Commands", "Redo in the question queue"),
            QT_TRANSLATE_NOOP("Commands", "Redo queue"), "/api/questions/redo",
            lambda _t, a: redo(), undoable=False,
            keys=("Ctrl+Alt+Shift+Z", "Ctrl+Alt+Y"), group=QUESTIONS,
            doc="Redo in the question queue",
        ),
    )  # fmt: skip


def question_queries(read: Read) -> tuple[Query, ...]:
    return (
        Query(
            "questions", "/api/questions", read, args=(OPTIONAL_SEGMENT,),
            doc="A segment's queue in order, every status (default: the panel the queue "
                "follows)",
        ),
    )  # fmt: skip
