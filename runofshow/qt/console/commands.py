"""What the console's actions do: controller calls, confirmations, and short status messages.

Actions that lose information (reset, end show, jumping while live, switching to another
engine while live) ask first; the answer defaults to No. A refused action shows a short
translated message in the status bar, never a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from runofshow.core.engine import ActionResult
from runofshow.core.snapshot import Snapshot, Status
from runofshow.qt.console.confirm import Confirm
from runofshow.qt.controller import ShowController

MINUTE_MS = 60_000
CONTEXT = "ConsoleCommands"


def action_name(action: str) -> str:
    """An engine action code in words, for "Undo …" and status messages."""
    names = {
        "start": QCoreApplication.translate("ConsoleCommands", "start"),
        "pause": QCoreApplication.translate("ConsoleCommands", "pause"),
        "resume": QCoreApplication.translate("ConsoleCommands", "resume"),
        "next": QCoreApplication.translate("ConsoleCommands", "next segment"),
        "previous": QCoreApplication.translate("ConsoleCommands", "previous segment"),
        "goto": QCoreApplication.translate("ConsoleCommands", "go to segment"),
        "add_time": QCoreApplication.translate("ConsoleCommands", "time change"),
        "next_cue": QCoreApplication.translate("ConsoleCommands", "next cue card"),
        "previous_cue": QCoreApplication.translate("ConsoleCommands", "previous cue card"),
        "end": QCoreApplication.translate("ConsoleCommands", "end show"),
        "end_show": QCoreApplication.translate("ConsoleCommands", "end show"),
        "reset": QCoreApplication.translate("ConsoleCommands", "reset"),
        "message": QCoreApplication.translate("ConsoleCommands", "message"),
        "blackout": QCoreApplication.translate("ConsoleCommands", "blackout"),
    }
    return names.get(action, action.replace("_", " "))


def refusal_text(result: ActionResult) -> str:
    """A short translated reason for a refused action (English engine text as fallback)."""
    reasons = {
        "already_current": QCoreApplication.translate(
            "ConsoleCommands", "That segment is already the current one."
        ),
        "already_started": QCoreApplication.translate("ConsoleCommands", "The show is already on."),
        "no_cues": QCoreApplication.translate("ConsoleCommands", "This segment has no cue cards."),
        "no_message": QCoreApplication.translate(
            "ConsoleCommands", "There is no message to clear."
        ),
        "no_next_cue": QCoreApplication.translate("ConsoleCommands", "This is the last cue card."),
        "no_previous_cue": QCoreApplication.translate(
            "ConsoleCommands", "This is the first cue card."
        ),
        "no_next_segment": QCoreApplication.translate(
            "ConsoleCommands", "This is the last segment: use End show (Ctrl+E) to finish."
        ),
        "no_previous_segment": QCoreApplication.translate(
            "ConsoleCommands", "This is the first segment."
        ),
        "not_paused": QCoreApplication.translate("ConsoleCommands", "The show is not paused."),
        "not_running": QCoreApplication.translate("ConsoleCommands", "The show is not running."),
        "not_started": QCoreApplication.translate(
            "ConsoleCommands", "Start the show first (Space)."
        ),
        "nothing_to_reset": QCoreApplication.translate(
            "ConsoleCommands", "Nothing to reset: the show is in standby."
        ),
        "nothing_to_undo": QCoreApplication.translate("ConsoleCommands", "Nothing to undo."),
        "nothing_to_redo": QCoreApplication.translate("ConsoleCommands", "Nothing to redo."),
        "show_ended": QCoreApplication.translate(
            "ConsoleCommands", "The show has ended: undo (Ctrl+Z) or reset (Ctrl+Shift+R)."
        ),
        "unchanged": QCoreApplication.translate("ConsoleCommands", "Nothing changed."),
        "would_remove_all_time": QCoreApplication.translate(
            "ConsoleCommands", "Cannot remove that much: no time would be left."
        ),
        "zero_time": QCoreApplication.translate("ConsoleCommands", "Nothing to add."),
    }
    return reasons.get(result.refusal or "", result.message)


class ConsoleCommands(QObject):
    """Runs console actions against whichever controller is current."""

    statusMessage = Signal(str, int)  # text, milliseconds to show it

    def __init__(
        self,
        parent: QWidget,
        controller: Callable[[], ShowController],
        confirm: Callable[[], Confirm],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._controller = controller
        self._confirm = confirm

    @property
    def controller(self) -> ShowController:
        return self._controller()

    def _live(self) -> bool:
        return self.controller.snapshot.status in (Status.RUNNING, Status.PAUSED)

    def ask(self, title: str, question: str) -> bool:
        return self._confirm()(self._parent, title, question)

    # ------------------------------------------------------------ actions

    def go(self) -> None:
        self.controller.toggle()

    def next(self) -> None:
        self.controller.next()

    def previous(self) -> None:
        self.controller.previous()

    def goto(self, segment_id: str | None) -> None:
        if not segment_id:
            self.statusMessage.emit(self.tr("Select a segment in the timeline first."), 4000)
            return
        snap = self.controller.snapshot
        if segment_id == snap.segment.id:
            self.statusMessage.emit(self.tr("That segment is already the current one."), 4000)
            return
        if self._live():
            title = next(
                (r.segment.title for r in snap.schedule if r.segment.id == segment_id), segment_id
            )
            question = self.tr(
                "Jump to “%1” now? The current segment ends here. (Ctrl+Z undoes it.)"
            ).replace("%1", title)
            if not self.ask(self.tr("Go to segment"), question):
                return
        self.controller.goto(segment_id)

    def add_minute(self) -> None:
        self.controller.add_time(MINUTE_MS)

    def remove_minute(self) -> None:
        self.controller.add_time(-MINUTE_MS)

    def undo(self) -> None:
        self.controller.undo()

    def redo(self) -> None:
        self.controller.redo()

    def next_cue(self) -> None:
        self.controller.next_cue()

    def previous_cue(self) -> None:
        self.controller.previous_cue()

    def end_show(self) -> None:
        if self.controller.snapshot.status is Status.STANDBY:
            self.statusMessage.emit(
                refusal_text(ActionResult(False, "end", "not_started", "")), 4000
            )
            return
        if self.ask(self.tr("End show"), self.tr("End the show now? The clock stops for good.")):
            self.controller.end_show()

    def reset(self) -> None:
        if self.controller.snapshot.status is Status.STANDBY:
            self.statusMessage.emit(
                refusal_text(ActionResult(False, "reset", "nothing_to_reset", "")), 4000
            )
            return
        question = self.tr("Reset the show to standby? Everything timed so far is cleared.")
        if self.ask(self.tr("Reset show"), question):
            self.controller.reset()

    def send_message(self, text: str, flash: bool) -> None:
        if not text:
            self.statusMessage.emit(self.tr("Type a message first (M)."), 3000)
            return
        self.controller.set_message(text, flash)

    def clear_message(self) -> None:
        self.controller.set_message("", False)

    def set_blackout(self, on: bool) -> None:
        self.controller.set_blackout(on)

    def may_replace_engine(self, what: str) -> bool:
        """Opening another show or switching rehearsal while live: ask first."""
        if not self._live():
            return True
        question = self.tr("The show is live. %1 anyway? This run stops here.").replace("%1", what)
        return self.ask(what, question)

    # ------------------------------------------------------------ feedback

    def report(self, result: ActionResult) -> None:
        """A status-bar line for a refused action, or a hint after a big move."""
        if not result.ok:
            self.statusMessage.emit(refusal_text(result), 4000)
        elif result.action in ("next", "previous", "goto"):
            snap: Snapshot = self.controller.snapshot
            self.statusMessage.emit(
                self.tr("Now: %1 (Ctrl+Z undoes)").replace("%1", snap.segment.title), 5000
            )
        elif result.action == "undo":
            self.statusMessage.emit(self.tr("Undone."), 3000)
