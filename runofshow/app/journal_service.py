"""The crash-safe journal as a service: every applied action on disk before it returns.

Each engine gets its own journal: the live show's, the whole-show rehearsal's, and one
per segment rehearsed alone. When an engine starts, the journal brings back what a crash
interrupted (``restore``). A failed write never stops the show: the action stays applied,
its outcome says it is not durable, and the ``journal`` part of the state says why.
"""

from __future__ import annotations

from runofshow.app.events import (
    ActionApplied,
    EngineStarted,
    EngineStopping,
    SessionEvent,
    ShowReloaded,
    SnapshotChanged,
)
from runofshow.app.service import Service
from runofshow.core.engine import Engine
from runofshow.core.journal import Journal, ResumeInfo
from runofshow.core.snapshot import Status
from runofshow.paths import show_data_dir

REHEARSAL_JOURNAL = "journal-rehearsal.json"


class JournalService(Service):
    name = "journal"

    def __init__(self) -> None:
        self.journal: Journal | None = None
        self._engine: Engine | None = None
        self.resumed: ResumeInfo | None = None

    def restore(self, started: EngineStarted) -> ResumeInfo | None:
        journal = self._journal_for(started)
        info = journal.load(started.engine.base_show)
        self.journal, self._engine, self.resumed = journal, started.engine, None
        if info is not None and info.rehearsal == started.engine.rehearsal:
            started.engine.restore(info.state)
            self.resumed = info
        return self.resumed

    def _journal_for(self, started: EngineStarted) -> Journal:
        clocks = self.context.clocks
        if not started.rehearsal:
            return Journal.for_show(started.path, clocks)
        name = REHEARSAL_JOURNAL
        if started.scope is not None:
            name = f"journal-rehearsal-{started.scope}.json"
        return Journal(show_data_dir(started.path) / name, clocks)

    def handle(self, event: SessionEvent) -> None:
        journal, engine = self.journal, self._engine
        if journal is None or engine is None:
            return
        if isinstance(event, ActionApplied | ShowReloaded):
            journal.record(engine)
            self._publish()
            if journal.write_error is not None:
                self.context.report(journal.write_error)
        elif isinstance(event, SnapshotChanged) and event.snapshot.status is Status.RUNNING:
            journal.heartbeat()
        elif isinstance(event, EngineStarted):
            self._publish()
        elif isinstance(event, EngineStopping):
            self.journal = self._engine = None
            journal.mark_clean_exit()

    def _publish(self) -> None:
        journal = self.journal
        if journal is not None:
            self.context.publish(
                {
                    "ok": journal.write_error is None,
                    "error": journal.write_error,
                    "resumed": self.resumed.describe() if self.resumed is not None else None,
                }
            )
