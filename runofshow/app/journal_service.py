"""The crash-safe journal as a service: every applied action handed to the writer thread.

Each engine gets its own journal: the live show's, the whole-show rehearsal's, and one
per segment rehearsed alone. When an engine starts, the journal brings back what a crash
interrupted (``restore``); a damaged journal is set aside and the show starts in standby,
and the storage service tells the operator what was wrong and where the copy is.

After every applied action the engine's new state is staged for the writer thread
(runofshow.app.writer), which writes it with the history the run store has not taken yet.
The session thread never waits: the web API waits for ``StorageService.written``. A failed
write never stops the show: the action stays applied, the outcome says it is not durable,
and the ``journal`` and ``storage`` parts of the state say why.
"""

from __future__ import annotations

from pathlib import Path

from runofshow.app.events import (
    ActionApplied,
    EngineStarted,
    EngineStopping,
    SessionEvent,
    ShowReloaded,
    SnapshotChanged,
    StatePartChanged,
)
from runofshow.app.service import Service
from runofshow.app.storage_service import StorageService
from runofshow.app.writer import JournalWrite, Notice
from runofshow.core.clock import boot_time
from runofshow.core.engine import Engine
from runofshow.core.journal import HEARTBEAT_EVERY_MS, Journal, ResumeInfo
from runofshow.core.snapshot import Status
from runofshow.paths import show_data_path

REHEARSAL_JOURNAL = "journal-rehearsal.json"


class JournalService(Service):
    name = "journal"

    def __init__(self, storage: StorageService) -> None:
        self.storage = storage
        self.journal: Journal | None = None
        self._engine: Engine | None = None
        self._store: Path | None = None
        self._handed: set[Path] = set()  # journals this process wrote: their files may lag
        self._last_heartbeat: int | None = None
        self.resumed: ResumeInfo | None = None

    def restore(self, started: EngineStarted) -> ResumeInfo | None:
        journal = self._journal_for(started)
        self.journal, self._engine, self.resumed = journal, started.engine, None
        self._store = self.storage.store_path(started.path)
        self.storage.carried = None
        if journal.path in self._handed:
            return None  # closed cleanly by this process moments ago (the write may lag)
        info = journal.load(started.engine.base_show)
        self.storage.carried = journal.carried
        damaged = journal.damaged
        if damaged is not None:
            copy = None if damaged.copy is None else str(damaged.copy)
            self.storage.notice(
                Notice("journal_damaged", damaged.describe(), str(damaged.path), copy,
                       damaged.reason)
            )  # fmt: skip
        if info is not None and info.rehearsal == started.engine.rehearsal:
            started.engine.restore(info.state)
            self.resumed = info
        return self.resumed

    def _journal_for(self, started: EngineStarted) -> Journal:
        clocks, fsync = self.context.clocks, self.storage.fsync
        if not started.rehearsal:
            return Journal.for_show(started.path, clocks, fsync=fsync)
        name = REHEARSAL_JOURNAL
        if started.scope is not None:
            name = f"journal-rehearsal-{started.scope}.json"
        return Journal(show_data_path(started.path) / name, clocks, fsync=fsync)

    def handle(self, event: SessionEvent) -> None:
        journal, engine = self.journal, self._engine
        if isinstance(event, StatePartChanged):
            if event.name == "storage":
                self._publish()
            return
        if journal is None or engine is None:
            return
        if isinstance(event, ActionApplied | ShowReloaded):
            self._stage(journal, engine)
        elif isinstance(event, SnapshotChanged) and event.snapshot.status is Status.RUNNING:
            self._heartbeat(journal)
        elif isinstance(event, EngineStarted):
            self._last_heartbeat = None
            self._publish()
        elif isinstance(event, EngineStopping):
            self.journal = self._engine = None
            if journal.path in self._handed or journal.found:  # else nothing to mark
                self._stage(journal, engine, clean_exit=True)

    def _stage(self, journal: Journal, engine: Engine, *, clean_exit: bool = False) -> None:
        self._handed.add(journal.path)
        self.storage.writer.stage_journal(
            JournalWrite(journal, engine.state(), engine.rehearsal, self._store, clean_exit)
        )

    def _heartbeat(self, journal: Journal) -> None:
        clocks = self.context.clocks
        mono = clocks.monotonic_ms()
        last = self._last_heartbeat
        if last is not None and 0 <= mono - last < HEARTBEAT_EVERY_MS:
            return
        self._last_heartbeat = mono
        self.storage.writer.stage_heartbeat(journal, mono, clocks.wall(), boot_time(clocks))

    def _publish(self) -> None:
        if self.journal is None:
            return
        problem = self.storage.writer.status.journal_problem
        self.context.publish(
            {
                "ok": problem is None,
                "error": problem,
                "resumed": self.resumed.describe() if self.resumed is not None else None,
            }
        )
