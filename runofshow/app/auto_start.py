"""Auto start: at a hard start marked ``auto_start: true`` the show moves on by itself.

A service of the session. While the show runs on the segment just before such a hard
start, one call is armed on the session's scheduler for the hard start's moment; when it
comes, the service executes ``next`` (surface ``automation``, so the run history says
"Automatic", and undoable like any action), expecting that same segment to be current.
It never skips a segment, does nothing while paused or when the moment passed while the
show was not running (the console flashes "hard start now" instead), and moves on from a
segment at most once per run: undone, it does not fire again.
"""

from __future__ import annotations

from datetime import datetime

from runofshow.app.events import (
    ActionApplied,
    EngineStarted,
    EngineStopping,
    RunStarted,
    SessionEvent,
    ShowReloaded,
    SnapshotChanged,
)
from runofshow.app.outcome import Expectation, Surface
from runofshow.app.scheduler import Handle
from runofshow.app.service import Service
from runofshow.core.snapshot import Snapshot, Status


class AutoStartService(Service):
    name = "auto_start"

    def __init__(self) -> None:
        self._handle: Handle | None = None
        self._armed_for: tuple[str, datetime] | None = None
        self._fired: set[str] = set()  # segments the show already moved on from by itself

    def handle(self, event: SessionEvent) -> None:
        if isinstance(event, EngineStarted | RunStarted):
            self._fired.clear()
        if isinstance(event, EngineStopping):
            self._disarm()
        elif isinstance(event, SnapshotChanged | ActionApplied | EngineStarted | ShowReloaded):
            self._arm()

    def stop(self) -> None:
        self._disarm()

    @property
    def armed_for(self) -> tuple[str, datetime] | None:
        """(segment it would move on from, hard start) while a move is armed."""
        return self._armed_for

    def _due(self, snap: Snapshot) -> bool:
        """The show runs on the segment just before an automatic hard start, not yet left
        by itself."""
        hard = snap.hard_start
        return (
            snap.status is Status.RUNNING
            and hard is not None
            and hard.index == snap.index + 1
            and hard.segment.auto_start
            and snap.segment.id not in self._fired
        )

    def _arm(self) -> None:
        session = self.context.session
        if not session.has_show:
            self._disarm()
            return
        snap = session.snapshot
        hard = snap.hard_start
        if not self._due(snap) or hard is None:
            self._disarm()
            return
        key = (snap.segment.id, hard.at)
        if key == self._armed_for:
            return
        self._disarm()
        if hard.in_ms < 0:  # it passed while the show was not running here: no surprise now
            return
        when = self.context.clocks.monotonic_ms() + hard.in_ms
        self._handle = self.context.scheduler.call_at(when, self._fire)
        self._armed_for = key

    def _disarm(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._handle, self._armed_for = None, None

    def _fire(self) -> None:
        self._handle, self._armed_for = None, None
        session = self.context.session
        if not session.has_show:
            return
        snap = session.engine.snapshot()  # now, not as of the last tick
        hard = snap.hard_start
        if not self._due(snap) or hard is None:
            return
        if hard.in_ms > 0:  # woke early: wait again
            self._arm()
            return
        self._fired.add(snap.segment.id)
        session.execute(
            "next",
            {"confirm": True},
            surface=Surface.AUTOMATION,
            expect=Expectation(segment=snap.segment.id),
        )
