"""The run recorder as a service: every applied action of every run, with its surface,
committed to the run history (SQLite) before the action returns."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

from runofshow.app.events import ActionApplied, EngineStarted, EngineStopping, SessionEvent
from runofshow.app.service import Service
from runofshow.core.runs import RunRecorder, SceneSwitch

SceneLog = Callable[[str, "str | None", datetime], None]
"""Records an OBS scene switch (scene, segment id or None, when) in the open run."""


class RunRecorderService(Service):
    name = "runs"

    def __init__(self) -> None:
        self.recorder: RunRecorder | None = None
        self.error: str | None = None

    def handle(self, event: SessionEvent) -> None:
        if isinstance(event, EngineStarted):
            recorder = self.recorder = RunRecorder.for_show(event.path, scope=event.scope)
            self._write(lambda: recorder.attach(event.engine, subscribe=False))
        elif isinstance(event, ActionApplied) and self.recorder is not None:
            recorder = self.recorder
            self._write(lambda: recorder.record(event.event, str(event.surface)))
        elif isinstance(event, EngineStopping) and self.recorder is not None:
            recorder, self.recorder = self.recorder, None
            self._write(lambda: recorder.close(self.context.clocks.wall()))
            recorder.store.close()

    def record_scene(self, scene: str, segment_id: str | None, when: datetime) -> None:
        """A line in the run history for an OBS scene switch (nothing when no run is on
        air: standby before the start has no run yet)."""
        recorder = self.recorder
        if recorder is not None:
            switch = SceneSwitch(when, scene, segment_id)

            def write() -> None:
                recorder.record_scene(switch)

            self._write(write)

    def _write(self, write: Callable[[], None]) -> None:
        """A store that cannot be written never stops the show: the operator is told."""
        try:
            write()
        except (sqlite3.Error, OSError) as error:
            self.error = f"run history: {error}"
            self.context.report(self.error)
        else:
            self.error = None
        recorder = self.recorder
        self.context.publish(
            {"ok": self.error is None, "error": self.error,
             "run": recorder.run_id if recorder is not None else None}
        )  # fmt: skip
