"""One open show: loader, engine, journal, run recorder and controller, swapped as a unit.

Opening another show, toggling rehearsal or rehearsing one segment builds a new engine
and controller; views follow ``controllerChanged``. A show that fails to load never
replaces the one already open. The show file is only ever read.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from runofshow.core.clock import Clocks
from runofshow.core.engine import Engine
from runofshow.core.errors import LocatedError
from runofshow.core.journal import Journal
from runofshow.core.loader import ShowLoadError, load_show
from runofshow.core.model import Show
from runofshow.core.rehearsal import shifted_show, single_segment_show
from runofshow.core.runs import RunRecorder
from runofshow.core.snapshot import Status
from runofshow.paths import show_data_dir
from runofshow.qt.controller import ShowController

REHEARSAL_JOURNAL = "journal-rehearsal.json"
RELOAD_SETTLE_MS = 150  # editors save in several steps; reload once they are done


class ShowSession(QObject):
    controllerChanged = Signal(object)  # ShowController
    loadFailed = Signal(str, list)  # path, list[LocatedError]
    reloaded = Signal(list)  # English notes on what did not match after a hot reload

    def __init__(
        self, clocks: Clocks, *, rehearsal: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clocks = clocks
        self._rehearsal = rehearsal
        self._segment_scope: str | None = None
        self._show: Show | None = None
        self._path: Path | None = None
        self._controller: ShowController | None = None
        self._recorder: RunRecorder | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._schedule_reload)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_SETTLE_MS)
        self._reload_timer.timeout.connect(self.reload)

    # ------------------------------------------------------------ state

    @property
    def controller(self) -> ShowController:
        if self._controller is None:
            raise RuntimeError("no show is open")
        return self._controller

    @property
    def has_show(self) -> bool:
        return self._controller is not None

    @property
    def show(self) -> Show:
        if self._show is None:
            raise RuntimeError("no show is open")
        return self._show

    @property
    def show_path(self) -> Path:
        if self._path is None:
            raise RuntimeError("no show is open")
        return self._path

    @property
    def rehearsal(self) -> bool:
        return self._rehearsal

    @property
    def rehearsed_segment(self) -> str | None:
        return self._segment_scope

    # ------------------------------------------------------------ actions

    def open(self, path: Path | str) -> bool:
        """Open a show file; on failure emit loadFailed and keep the show already open."""
        path = Path(path).resolve()
        show = self._load(path)
        if show is None:
            return False
        if self._path is not None:
            self._watcher.removePath(str(self._path))
        self._path, self._show, self._segment_scope = path, show, None
        self._watcher.addPath(str(path))
        self._rebuild()
        return True

    def reload(self) -> list[str] | None:
        """Re-read the open file; the running clock is kept. None when the file is broken."""
        if self._path is None or self._controller is None:
            return None
        if str(self._path) not in self._watcher.files() and self._path.exists():
            self._watcher.addPath(str(self._path))  # editors that replace the file drop the watch
        show = self._load(self._path)
        if show is None:
            return None
        self._show = show
        if self._segment_scope is not None:
            return []  # a single-segment rehearsal keeps its own derived show
        notes = self._controller.reload_show(show)
        self.reloaded.emit(notes)
        return notes

    @property
    def live_on_air(self) -> bool:
        """A live show is running or paused: switching to rehearsal would abandon it."""
        if self._controller is None or self._rehearsal:
            return False
        return self._controller.snapshot.status in (Status.RUNNING, Status.PAUSED)

    def set_rehearsal(self, on: bool) -> bool:
        """Switch between live and rehearsal; each has its own engine and journal.

        Refused (False) while a live show is on air: end or reset it first.
        """
        if on == self._rehearsal and self._segment_scope is None:
            return True
        if self.live_on_air:
            return False
        self._rehearsal, self._segment_scope = on, None
        self._rebuild()
        return True

    def rehearse_segment(self, segment_id: str | None) -> bool:
        """Rehearse one segment on its own (laps per cue card), or the whole show (None)."""
        if self.live_on_air:
            return False
        self._rehearsal, self._segment_scope = True, segment_id
        self._rebuild()
        return True

    def close(self) -> None:
        """Clean exit: the journal says so, so the next start begins fresh."""
        self._teardown()

    # ------------------------------------------------------------ internals

    def _load(self, path: Path) -> Show | None:
        try:
            return load_show(path)
        except ShowLoadError as error:
            errors: list[LocatedError] = list(error.errors)
            self.loadFailed.emit(str(path), errors)
            return None

    def _schedule_reload(self, _path: str) -> None:
        self._reload_timer.start()

    def _engine_show(self) -> Show:
        """Live: the show as written. Rehearsal: moved to start at the next whole minute, so
        countdown, offset and projections mean what they will mean on the day."""
        show = self.show
        if not self._rehearsal:
            return show
        now = self._clocks.wall()
        start = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
        if self._segment_scope is None:
            return shifted_show(show, start)
        return single_segment_show(show, self._segment_scope, start)

    def _journal(self) -> Journal:
        if not self._rehearsal:
            return Journal.for_show(self.show_path, self._clocks)
        name = REHEARSAL_JOURNAL
        if self._segment_scope is not None:
            name = f"journal-rehearsal-{self._segment_scope}.json"
        return Journal(show_data_dir(self.show_path) / name, self._clocks)

    def _rebuild(self) -> None:
        self._teardown()
        engine = Engine(self._engine_show(), self._clocks, rehearsal=self._rehearsal)
        controller = ShowController(engine, self._clocks, self, journal=self._journal())
        recorder = RunRecorder.for_show(self.show_path, scope=self._segment_scope)
        recorder.attach(engine)
        self._controller, self._recorder = controller, recorder
        self.controllerChanged.emit(controller)

    def _teardown(self) -> None:
        if self._recorder is not None:
            self._recorder.close(self._clocks.wall())
            self._recorder.store.close()
            self._recorder = None
        if self._controller is not None:
            self._controller.close()
            self._controller.deleteLater()
            self._controller = None
