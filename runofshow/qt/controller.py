"""The thin Qt side of the show clock: forwards actions to the engine, emits snapshots.

Display ticks come from one single-shot precise QTimer armed for the moment the next
shown whole second (or phase, or flash) changes, plus a 1 ms margin so the new value is
already there; it is re-armed after every tick and every action. ``tick()`` is public so
tests can advance fake clocks and tick by hand - the timer only decides *when* it runs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from runofshow.core.clock import Clocks
from runofshow.core.engine import ActionResult, Engine
from runofshow.core.journal import Journal, ResumeInfo
from runofshow.core.model import Show
from runofshow.core.snapshot import Snapshot, Status

TICK_MARGIN_MS = 1


class ShowController(QObject):
    """Owns the engine for the Qt app; every view listens to ``stateChanged``."""

    stateChanged = Signal(object)  # Snapshot: after every accepted action and every tick
    actionDone = Signal(object)  # ActionResult for every action attempted
    showReplaced = Signal(object, list)  # new Show, English notes

    def __init__(
        self,
        engine: Engine,
        clocks: Clocks,
        parent: QObject | None = None,
        *,
        journal: Journal | None = None,
        resume: bool = True,
    ) -> None:
        """With a ``journal``, resume what it holds after an unclean exit (when ``resume``
        and its rehearsal flag matches the engine's) and save every accepted action to it."""
        super().__init__(parent)
        self._engine = engine
        self._clocks = clocks
        self._journal = journal
        self._resumed: ResumeInfo | None = None
        self._unsubscribe: Callable[[], None] | None = None
        if journal is not None:
            if resume:
                info = journal.load(engine.show)
                if info is not None and info.rehearsal == engine.rehearsal:
                    engine.restore(info.state)
                    self._resumed = info
            self._unsubscribe = journal.attach(engine)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._snapshot = self._read()
        self._arm()

    # ------------------------------------------------------------ properties

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    @property
    def resumed_from_crash(self) -> ResumeInfo | None:
        return self._resumed

    @property
    def journal(self) -> Journal | None:
        return self._journal

    @property
    def tick_timer(self) -> QTimer:
        """The single-shot display timer (tests read its interval)."""
        return self._timer

    # ------------------------------------------------------------ ticking

    def _read(self) -> Snapshot:
        return self._engine.snapshot_at(self._clocks.monotonic_ms(), self._clocks.wall())

    def _arm(self) -> None:
        self._timer.start(self._snapshot.next_change_ms + TICK_MARGIN_MS)

    def tick(self) -> None:
        """Publish a fresh snapshot and arm the timer for the next visible change."""
        self._snapshot = self._read()
        if self._journal is not None and self._snapshot.status is Status.RUNNING:
            self._journal.heartbeat()
        self.stateChanged.emit(self._snapshot)
        self._arm()

    def _done(self, result: ActionResult) -> ActionResult:
        if result.ok:
            self.tick()
        self.actionDone.emit(result)
        return result

    def close(self) -> None:
        """Stop ticking and mark a clean exit: the next start begins fresh."""
        self._timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._journal is not None:
            self._journal.mark_clean_exit()

    def reload_show(self, show: Show) -> list[str]:
        """Hot reload: keep clocks of segments that still exist; returns notes."""
        notes = self._engine.replace_show(show)
        if self._journal is not None:
            self._journal.save(self._engine.state(), rehearsal=self._engine.rehearsal)
        self.showReplaced.emit(show, notes)
        self.tick()
        return notes

    # ------------------------------------------------------------ actions

    def start(self) -> ActionResult:
        return self._done(self._engine.start())

    def pause(self) -> ActionResult:
        return self._done(self._engine.pause())

    def resume(self) -> ActionResult:
        return self._done(self._engine.resume())

    def toggle(self) -> ActionResult:
        return self._done(self._engine.toggle())

    def next(self) -> ActionResult:
        return self._done(self._engine.next())

    def previous(self) -> ActionResult:
        return self._done(self._engine.previous())

    def goto(self, segment_id: str) -> ActionResult:
        return self._done(self._engine.goto(segment_id))

    def add_time(self, ms: int) -> ActionResult:
        return self._done(self._engine.add_time(ms))

    def next_cue(self) -> ActionResult:
        return self._done(self._engine.next_cue())

    def previous_cue(self) -> ActionResult:
        return self._done(self._engine.previous_cue())

    def end_show(self) -> ActionResult:
        return self._done(self._engine.end_show())

    def reset(self) -> ActionResult:
        return self._done(self._engine.reset())

    def set_message(self, text: str, flash: bool = False) -> ActionResult:
        return self._done(self._engine.set_message(text, flash))

    def set_blackout(self, on: bool) -> ActionResult:
        return self._done(self._engine.set_blackout(on))

    def undo(self) -> ActionResult:
        return self._done(self._engine.undo())

    def redo(self) -> ActionResult:
        return self._done(self._engine.redo())
