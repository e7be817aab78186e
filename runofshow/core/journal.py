"""Crash-safe journal of the engine state: one JSON file per show, replaced atomically.

``Journal.attach(engine)`` subscribes to the engine; the engine calls subscribers
synchronously inside every accepted action, so the new state (live state, undo and redo
stacks, message, blackout, rehearsal flag, show path) is on disk - written to a temporary
file in the same folder, fsynced, ``os.replace``d over the journal, folder fsynced -
before the action returns. A reader therefore sees either the old or the new journal,
never a broken one.

On start-up ``load(show)`` returns a ``ResumeInfo`` unless the last session exited
cleanly (``mark_clean_exit``) or the saved state is a fresh standby. Monotonic clock
origins do not survive a restart, so every monotonic value is rebased from the wall
clock: the time the app was down counts as elapsed for a running segment, exactly as
if the app had kept running. A small heartbeat file (``heartbeat``) lets the downtime
reported to the operator start when the app was last alive rather than at the last save.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from runofshow.core.atomic import write_atomically
from runofshow.core.clock import Clocks, SystemClocks
from runofshow.core.durations import format_duration
from runofshow.core.engine import Engine, EngineEvent
from runofshow.core.engine_state import (
    EngineState,
    LiveState,
    adapt_to_show,
    fresh_live,
    from_dict,
    shift_mono,
    to_dict,
)
from runofshow.core.model import Show
from runofshow.core.snapshot import Status

JOURNAL_FORMAT = "runofshow-journal"
JOURNAL_VERSION = 1
JOURNAL_NAME = "journal.json"
HEARTBEAT_NAME = "journal.alive"
HEARTBEAT_EVERY_MS = 2_000

_MS = timedelta(milliseconds=1)


class JournalError(Exception):
    """The journal file exists but cannot be used."""


@dataclass(frozen=True)
class ResumeInfo:
    """What came back from the journal after an unclean exit."""

    state: EngineState  # rebased onto this process's monotonic clock and fitted to the show
    downtime_ms: int  # wall time between the app last being alive and now
    notes: list[str] = field(default_factory=list)  # what did not match the show any more
    was_running: bool = False  # a segment was running: the downtime was counted as elapsed
    saved_at: datetime = datetime(1970, 1, 1, tzinfo=UTC)
    rehearsal: bool = False
    show_path: str | None = None

    def describe(self) -> str:
        """One English sentence for the operator."""
        downtime = format_duration(self.downtime_ms)
        if self.was_running:
            text = f"Resumed after a crash: {downtime} of downtime counted as elapsed."
        else:
            text = f"Resumed after a crash ({downtime} of downtime); the clock was not running."
        return " ".join([text, *self.notes])


def write_json_atomically(path: Path, data: object, *, durable: bool = True) -> None:
    """Write JSON atomically (``runofshow.core.atomic``): the old file or the new, never half."""
    write_atomically(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                     durable=durable)  # fmt: skip


def _wall_iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat()


class Journal:
    """The journal of one show. ``clocks`` default to the system clocks."""

    def __init__(self, path: Path, clocks: Clocks | None = None) -> None:
        self._path = Path(path)
        self._clocks: Clocks = clocks if clocks is not None else SystemClocks()
        self._session = secrets.token_hex(8)
        self._last_heartbeat: int | None = None
        self._show_path: str | None = None
        self.problem: str | None = None  # why the last load found nothing usable
        self.write_error: str | None = None  # set while attached saves fail (disk full...)

    @classmethod
    def for_show(cls, show_path: Path, clocks: Clocks | None = None) -> Journal:
        """The journal in runofshow.paths.show_data_dir(show_path)/journal.json."""
        from runofshow.paths import show_data_dir

        journal = cls(show_data_dir(show_path) / JOURNAL_NAME, clocks)
        journal._show_path = str(Path(show_path).resolve())
        return journal

    @property
    def path(self) -> Path:
        return self._path

    @property
    def heartbeat_path(self) -> Path:
        return self._path.with_name(HEARTBEAT_NAME)

    # ------------------------------------------------------------ writing

    def save(
        self,
        state: EngineState,
        *,
        rehearsal: bool = False,
        show_path: str | Path | None = None,
        clean_exit: bool = False,
    ) -> None:
        """Atomically replace the journal with ``state``."""
        mono, wall = self._clocks.monotonic_ms(), self._clocks.wall()
        path_text = str(show_path) if show_path is not None else self._show_path
        data: dict[str, Any] = {
            "format": JOURNAL_FORMAT,
            "version": JOURNAL_VERSION,
            "session": self._session,
            "saved_mono": mono,
            "saved_wall": _wall_iso(wall),
            "clean_exit": clean_exit,
            "rehearsal": rehearsal,
            "show_path": path_text,
            "state": to_dict(state),
        }
        self._path.parent.mkdir(parents=True, exist_ok=True)
        write_json_atomically(self._path, data)

    def attach(self, engine: Engine) -> Any:
        """Save the engine's state after every accepted action (before it returns).

        Returns the unsubscribe function."""

        def on_event(_event: EngineEvent) -> None:
            self.record(engine)

        return engine.subscribe(on_event)

    def record(self, engine: Engine) -> None:
        """Save the engine's state now. A live show must not stop because the disk is
        full: a failure is kept in ``write_error`` (None again after a good save)."""
        try:
            self.save(engine.state(), rehearsal=engine.rehearsal)
        except OSError as error:
            self.write_error = f"{self._path}: could not write the journal: {error}"
        else:
            self.write_error = None

    def heartbeat(self, *, force: bool = False) -> None:
        """Note that the app is alive (cheap, not fsynced; at most every 2 s unless forced)."""
        mono = self._clocks.monotonic_ms()
        if (
            not force
            and self._last_heartbeat is not None
            and 0 <= mono - self._last_heartbeat < HEARTBEAT_EVERY_MS
        ):
            return
        self._last_heartbeat = mono
        data = {"session": self._session, "mono": mono, "wall": _wall_iso(self._clocks.wall())}
        with contextlib.suppress(OSError):
            write_json_atomically(self.heartbeat_path, data, durable=False)

    def mark_clean_exit(self) -> None:
        """Record a clean exit: the next start begins fresh. Keeps the last state on disk."""
        raw = self.read_raw()
        if raw is None:
            return
        raw["clean_exit"] = True
        write_json_atomically(self._path, raw)
        with contextlib.suppress(OSError):
            self.heartbeat_path.unlink()

    def clear(self) -> None:
        """Forget everything: the next start begins fresh."""
        for path in (self._path, self.heartbeat_path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    # ------------------------------------------------------------ reading

    def read_raw(self) -> dict[str, Any] | None:
        """The journal as saved, or None when there is none. JournalError when unreadable."""
        try:
            text = self._path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise JournalError(
                f"{self._path}:{error.lineno}:{error.colno}: not valid JSON: {error.msg}"
            ) from None
        if not isinstance(data, dict) or data.get("format") != JOURNAL_FORMAT:
            raise JournalError(f"{self._path}:1:1: not a runofshow journal")
        if data.get("version") != JOURNAL_VERSION:
            raise JournalError(
                f"{self._path}:1:1: journal version {data.get('version')!r} is not supported "
                f"(expected {JOURNAL_VERSION})"
            )
        return data

    def load(self, show: Show | None = None) -> ResumeInfo | None:
        """The state to resume after an unclean exit, or None to start fresh.

        With ``show``, the state is fitted to it by segment id (notes say what did not
        match). An unreadable journal is moved aside (``journal.json.broken``), ``problem``
        says why, and None is returned.
        """
        self.problem = None
        self._remove_stale_temp_files()
        try:
            raw = self.read_raw()
            if raw is None or raw.get("clean_exit"):
                return None
            state = from_dict(raw["state"])
            saved_mono = int(raw["saved_mono"])
            saved_wall = datetime.fromisoformat(raw["saved_wall"])
        except (JournalError, KeyError, TypeError, ValueError, AttributeError) as error:
            self.problem = (
                str(error)
                if isinstance(error, JournalError)
                else (f"{self._path}:1:1: journal is malformed: {error!r}")
            )
            with contextlib.suppress(OSError):
                os.replace(self._path, self._path.with_name(self._path.name + ".broken"))
            return None
        ref_mono, ref_wall = saved_mono, saved_wall
        alive = self._read_heartbeat(raw.get("session"))
        if alive is not None and alive[1] > saved_wall:
            ref_mono, ref_wall = alive
        now_mono, now_wall = self._clocks.monotonic_ms(), self._clocks.wall()
        downtime = max(0, (now_wall - ref_wall) // _MS)
        # Old monotonic value m is (ref_mono - m) before the reference point, which was
        # ``downtime`` ago: in this process's monotonic time that is now - downtime - (ref - m).
        state = shift_mono(state, now_mono - downtime - ref_mono)
        notes: list[str] = []
        if show is not None:
            state, notes = adapt_to_show(state, show, now_mono, now_wall)
            if state.live == fresh_live(show):
                return None  # after a reset nothing is worth resuming
        elif state.live == LiveState(current_id=state.live.current_id):
            return None
        return ResumeInfo(
            state=state,
            downtime_ms=downtime,
            notes=notes,
            was_running=state.live.status is Status.RUNNING,
            saved_at=saved_wall,
            rehearsal=bool(raw.get("rehearsal", False)),
            show_path=raw.get("show_path"),
        )

    def _remove_stale_temp_files(self) -> None:
        """Temp files left by a writer killed mid-write (never the journal itself)."""
        for name in (self._path.name, HEARTBEAT_NAME):
            for stale in self._path.parent.glob(f".{name}.*.tmp"):
                if not stale.name.startswith(f".{name}.{os.getpid()}."):  # core.atomic names
                    with contextlib.suppress(OSError):
                        stale.unlink()

    def _read_heartbeat(self, session: object) -> tuple[int, datetime] | None:
        try:
            data = json.loads(self.heartbeat_path.read_text(encoding="utf-8"))
            if data.get("session") != session:
                return None
            return int(data["mono"]), datetime.fromisoformat(data["wall"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
