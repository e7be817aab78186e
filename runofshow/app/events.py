"""What the session tells its services and listeners, in order, on the session thread.

Every event is an immutable value. For one applied command the order is: ``ActionApplied``
(services persist it), ``RunStarted`` / ``RunEnded`` if the run began or ended,
``SnapshotChanged``, then ``CommandDone``. A refused command only gives ``CommandDone``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from runofshow.app.outcome import Outcome, Surface
from runofshow.core.engine import Engine, EngineEvent
from runofshow.core.errors import LocatedError
from runofshow.core.journal import ResumeInfo
from runofshow.core.model import Show
from runofshow.core.snapshot import Snapshot


@dataclass(frozen=True)
class EngineStarted:
    """A new engine runs: a show was opened, or rehearsal was switched on or off.
    ``resumed`` says what a crash resume brought back (None: a fresh start)."""

    engine: Engine
    show: Show  # as loaded from the file (the engine's own may be moved for a rehearsal)
    path: Path
    rehearsal: bool
    scope: str | None  # the one segment rehearsed alone, else None
    resumed: ResumeInfo | None = None


@dataclass(frozen=True)
class EngineStopping:
    """The engine is about to be replaced or the session closes: finish up with it."""

    engine: Engine


@dataclass(frozen=True)
class SnapshotChanged:
    """A fresh snapshot: after every applied action and every display tick."""

    snapshot: Snapshot


@dataclass(frozen=True)
class ActionApplied:
    """The engine accepted an action; ``event.action`` is what it did (``toggle`` pauses)."""

    command: str
    args: Mapping[str, object]
    surface: Surface
    event: EngineEvent


@dataclass(frozen=True)
class CommandDone:
    """Every command attempt, applied or refused (the console shows refusals from it)."""

    outcome: Outcome


@dataclass(frozen=True)
class RunStarted:
    """The show went on air (from standby, or its end was undone)."""

    rehearsal: bool
    scope: str | None


@dataclass(frozen=True)
class RunEnded:
    reason: str  # "end" (complete) or "reset" (back to standby)


@dataclass(frozen=True)
class ShowReloaded:
    """The show file changed on disk and was read again; the clock kept running."""

    show: Show
    notes: tuple[str, ...]  # English: what no longer matched


@dataclass(frozen=True)
class LoadFailed:
    """A show could not be opened or reloaded; the open show stays open."""

    path: str
    errors: tuple[LocatedError, ...]


@dataclass(frozen=True)
class StatePartChanged:
    """A service published a new part of the state document (or the language changed)."""

    name: str


SessionEvent = (
    EngineStarted
    | EngineStopping
    | SnapshotChanged
    | ActionApplied
    | CommandDone
    | RunStarted
    | RunEnded
    | ShowReloaded
    | LoadFailed
    | StatePartChanged
)
