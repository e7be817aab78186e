"""The run recorder as a service: every applied action of every run, with its surface,
handed to the writer thread as history operations (runofshow.core.history_log).

The writer puts them in the run store when it can; until then they wait in memory, in
order, and travel in the journal, so a locked, full or damaged store delays the history
but loses nothing and never delays the clock. After a crash the run the journal carried
goes on (a "recovered" event marks the gap) and its unwritten operations go first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from runofshow.app.events import (
    ActionApplied,
    EngineStarted,
    EngineStopping,
    SessionEvent,
    StatePartChanged,
)
from runofshow.app.service import Service
from runofshow.app.storage_service import StorageService
from runofshow.core.history_log import HistoryOp, QuestionEvent, RunLog

SceneLog = Callable[[str, "str | None", datetime], None]
"""Records an OBS scene switch (scene, segment id or None, when) in the open run."""


class RunRecorderService(Service):
    name = "runs"

    def __init__(self, storage: StorageService) -> None:
        self.storage = storage
        self.log: RunLog | None = None
        self._store: Path | None = None

    def handle(self, event: SessionEvent) -> None:
        if isinstance(event, EngineStarted):
            self._started(event)
        elif isinstance(event, ActionApplied) and self.log is not None:
            self._hand(self.log.record(event.event, str(event.surface)))
        elif isinstance(event, EngineStopping) and self.log is not None:
            self._hand(self.log.close(self.context.clocks.wall()))
            self.log = None
        elif isinstance(event, StatePartChanged) and event.name == "storage":
            self._publish()

    def _started(self, event: EngineStarted) -> None:
        log = self.log = RunLog(event.path, scope=event.scope)
        self._store = self.storage.store_path(event.path)
        carried, self.storage.carried = self.storage.carried, None
        continuing = None
        if carried is not None:
            if carried.pending:
                self.storage.writer.add_history(
                    self._store, carried.pending, open_run=None, adopt=True
                )
            if event.resumed is not None:
                continuing = carried.run
        clocks, engine = self.context.clocks, event.engine
        self._hand(
            log.started(
                engine.snapshot(), engine.show, clocks.monotonic_ms(), clocks.wall(), continuing
            )
        )

    def record_scene(self, scene: str, segment_id: str | None, when: datetime) -> None:
        """A line in the run history for an OBS scene switch (nothing when no run is on
        air: standby before the start has no run yet)."""
        if self.log is not None:
            self._hand(self.log.scene(when, scene, segment_id))

    def record_question(self, event: QuestionEvent) -> None:
        """A line in the run history for a panel question that changed (nothing when no
        run is on air)."""
        if self.log is not None:
            self._hand(self.log.question(event))

    @property
    def run_uid(self) -> str | None:
        """The run on air (its uid), or None."""
        run = self.log.open if self.log is not None else None
        return None if run is None else run.begin.uid

    def _hand(self, ops: list[HistoryOp]) -> None:
        if self._store is not None:
            open_run = self.log.open if self.log is not None else None
            self.storage.writer.add_history(self._store, ops, open_run=open_run)
        self._publish()

    def _publish(self) -> None:
        status = self.storage.writer.status
        run = self.log.open if self.log is not None else None
        self.context.publish(
            {"ok": status.history_problem is None, "error": status.history_problem,
             "run": None if run is None else run.begin.uid}
        )  # fmt: skip
