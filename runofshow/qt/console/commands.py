"""What the console's actions do: commands through the session, their questions asked in a
dialog, and short status messages.

The questions come from the command table (runofshow.app.questions), the same ones the API
and /control get: going live far from the show's date (default: move the plan to now),
moving into a hard start early, ending, resetting and jumping while live (default: No).
Switching to another engine while live is the console's own question. A refused command
shows a short translated message in the status bar, never a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from runofshow.app.commands import CONTEXT as COMMANDS_CONTEXT
from runofshow.app.commands import CommandTable
from runofshow.app.outcome import Expectation, Outcome, Surface
from runofshow.app.questions import Planned, Question
from runofshow.app.refusals import reason_for, refusal
from runofshow.app.session import ShowSession
from runofshow.core.snapshot import Status
from runofshow.qt.console.confirm import Confirm, confirmed
from runofshow.qt.i18n import current_language

CONTEXT = "ConsoleCommands"
ON_AIR = (Status.RUNNING, Status.PAUSED)


def lower_first(text: str) -> str:
    """ "Next segment" -> "next segment" inside a sentence; "GO: …" and Japanese stay."""
    return text[:1].lower() + text[1:] if text[:2].istitle() else text


def action_name(table: CommandTable, action: str) -> str:
    """An engine action or command in words (its label), for "Undo …" and the history."""
    command = table.get(action)
    if command is None:
        return action.replace("_", " ")
    return QCoreApplication.translate(COMMANDS_CONTEXT, command.label)


def refusal_text(outcome: Outcome, keys_for: Callable[[str], str] = lambda _name: "") -> str:
    """The refusal's reason, translated (the same words as the API's message and /control),
    with the key that gets out of it."""
    reason = outcome.reason or reason_for(outcome.code, outcome.message)
    text = reason.text(QCoreApplication.translate)
    entry = refusal(outcome.code)
    keys = keys_for(entry.remedy) if entry is not None and entry.remedy is not None else ""
    if keys:
        text += " " + QCoreApplication.translate("ConsoleCommands", "Press %1.").replace("%1", keys)
    return text


class ConsoleCommands(QObject):
    """Runs the console's commands against the session; a command's question (from the
    command table) is asked in a dialog and the command sent again with the answer."""

    statusMessage = Signal(str, int)  # text, milliseconds to show it

    def __init__(
        self,
        parent: QWidget,
        session: ShowSession,
        confirm: Callable[[], Confirm],
        keys_for: Callable[[str], str],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.session = session
        self._confirm = confirm
        self._keys_for = keys_for

    def _live(self) -> bool:
        return self.session.has_show and self.session.snapshot.status in ON_AIR

    def ask(self, title: str, question: str) -> bool:
        return confirmed(self._confirm(), self._parent, title, question)

    def run(self, name: str, args: Mapping[str, object], surface: Surface) -> Outcome | None:
        """Execute ``name``; when it asks, ask the operator and send the answer (with what
        they saw: if the show moved meanwhile, nothing happens). None: they said No."""
        answers: dict[str, object] = {}
        expect: Expectation | None = None
        while True:
            outcome = self.session.execute(
                name, {**args, **answers}, surface=surface, expect=expect
            )
            question = outcome.question
            if question is None or question.answer.key in answers:
                return outcome
            segment = self.session.snapshot.segment.id
            choice = self.ask_question(name, question)
            if choice is None or choice is False:
                return None
            answers[question.answer.key] = choice
            expect = Expectation(segment=segment)

    def ask_question(self, name: str, question: Question) -> object:
        """The command's question in the interface language; the chosen value or None."""
        lang = current_language()
        text = QCoreApplication.translate("Questions", question.text)
        for number, param in enumerate(question.params, start=1):
            value = param.text(lang) if isinstance(param, Planned) else param
            text = text.replace(f"%{number}", value)
        choices = [
            (choice.value, QCoreApplication.translate("Questions", choice.label))
            for choice in question.choices
        ]
        title = action_name(self.session.commands, name)
        return self._confirm()(self._parent, title, text, choices, question.default)

    def may_replace_engine(self, what: str) -> bool:
        """Opening another show or switching rehearsal while live: ask first."""
        if not self._live():
            return True
        question = self.tr("The show is live. %1 anyway? This run stops here.").replace("%1", what)
        return self.ask(what, question)

    # ------------------------------------------------------------ feedback

    def report(self, outcome: Outcome) -> None:
        """A status-bar line for a refused command (from any surface), or a hint after a
        big move."""
        if outcome.code == "confirmation_required":
            return  # the console asks itself; another surface gets its own answer
        if not outcome.ok:
            self.statusMessage.emit(refusal_text(outcome, self._keys_for), 4000)
        elif outcome.command in ("next", "previous", "goto") and self.session.has_show:
            title = self.session.snapshot.segment.title
            self.statusMessage.emit(self.tr("Now: %1 (Ctrl+Z undoes)").replace("%1", title), 5000)
        elif outcome.command == "undo":
            self.statusMessage.emit(self.tr("Undone."), 3000)
