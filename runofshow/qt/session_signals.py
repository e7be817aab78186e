"""The plain ShowSession's events as Qt signals, for widgets.

The session is Qt-free; widgets connect to this small adapter instead of subscribing to
it directly. It lives as long as the session, so a widget connects once and keeps
following across show changes and rehearsal switches (``engineStarted``). Signals are
emitted synchronously on the session thread (the GUI thread): a snapshot reaches every
widget in the same event-loop turn.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from runofshow.app.events import (
    CommandDone,
    EngineStarted,
    LoadFailed,
    SessionEvent,
    ShowReloaded,
    SnapshotChanged,
    StatePartChanged,
)
from runofshow.app.session import ShowSession


class SessionSignals(QObject):
    engineStarted = Signal(object)  # EngineStarted: a new engine (open, rehearsal switch)
    stateChanged = Signal(object)  # Snapshot: after every applied command and every tick
    # The same Snapshot just before stateChanged: for the countdown digits (the console's,
    # then the speaker display's), painted before the other slots run.
    stateChangedFirst = Signal(object)
    commandDone = Signal(object)  # Outcome: every command attempt, applied or refused
    showReloaded = Signal(list)  # English notes on what did not match after a hot reload
    loadFailed = Signal(str, list)  # path, list[LocatedError]
    partChanged = Signal(str)  # the name of a state part a service published

    def __init__(self, session: ShowSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._unsubscribe = session.subscribe(self._relay)

    def close(self) -> None:
        self._unsubscribe()

    def _relay(self, event: SessionEvent) -> None:
        if isinstance(event, SnapshotChanged):
            self.stateChangedFirst.emit(event.snapshot)
            self.stateChanged.emit(event.snapshot)
        elif isinstance(event, CommandDone):
            self.commandDone.emit(event.outcome)
        elif isinstance(event, EngineStarted):
            self.engineStarted.emit(event)
        elif isinstance(event, ShowReloaded):
            self.showReloaded.emit(list(event.notes))
        elif isinstance(event, LoadFailed):
            self.loadFailed.emit(event.path, list(event.errors))
        elif isinstance(event, StatePartChanged):
            self.partChanged.emit(event.name)
