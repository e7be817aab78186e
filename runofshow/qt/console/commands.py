"""What the console's actions do: commands through the session, confirmations first where
information would be lost, and short status messages.

Actions that lose information (reset, end show, jumping while live, switching to another
engine while live) ask first; the answer defaults to No. A refused command shows a short
translated message in the status bar, never a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from runofshow.app.commands import CONTEXT as COMMANDS_CONTEXT
from runofshow.app.commands import CommandTable
from runofshow.app.outcome import Outcome, Surface
from runofshow.app.refusals import reason_for, refusal
from runofshow.app.session import ShowSession
from runofshow.core.snapshot import Status
from runofshow.qt.console.confirm import Confirm

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
    """Runs the console's commands against the session, asking first where it must."""

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
        return self.session.snapshot.status in ON_AIR

    def ask(self, title: str, question: str) -> bool:
        return self._confirm()(self._parent, title, question)

    def run(self, name: str, args: Mapping[str, object], surface: Surface) -> Outcome | None:
        """Execute ``name`` unless the operator says No first (then None)."""
        if not self._confirmed(name, args):
            return None
        return self.session.execute(name, args, surface=surface)

    def _confirmed(self, name: str, args: Mapping[str, object]) -> bool:
        status = self.session.snapshot.status
        if name == "goto" and self._live():
            segment_id = str(args.get("segment"))
            snap = self.session.snapshot
            if segment_id == snap.segment.id:
                return True  # refused as already current, nothing to ask
            title = next(
                (r.segment.title for r in snap.schedule if r.segment.id == segment_id), segment_id
            )
            question = self.tr(
                "Jump to “%1” now? The current segment ends here. (Ctrl+Z undoes it.)"
            ).replace("%1", title)
            return self.ask(self.tr("Go to segment"), question)
        if name == "end" and status is not Status.STANDBY:
            return self.ask(
                self.tr("End show"), self.tr("End the show now? The clock stops for good.")
            )
        if name == "reset" and status is not Status.STANDBY:
            question = self.tr("Reset the show to standby? Everything timed so far is cleared.")
            return self.ask(self.tr("Reset show"), question)
        return True

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
        if not outcome.ok:
            self.statusMessage.emit(refusal_text(outcome, self._keys_for), 4000)
        elif outcome.command in ("next", "previous", "goto"):
            title = self.session.snapshot.segment.title
            self.statusMessage.emit(self.tr("Now: %1 (Ctrl+Z undoes)").replace("%1", title), 5000)
        elif outcome.command == "undo":
            self.statusMessage.emit(self.tr("Undone."), 3000)
