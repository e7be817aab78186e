"""Crash-safe journal of the engine state: one JSON file per show, replaced atomically.

``Journal.save`` writes the new state (live state, undo and redo stacks, message,
blackout, rehearsal flag, show path) to a temporary file in the same folder, fsyncs it,
``os.replace``s it over the journal and fsyncs the folder, so a reader sees either the old
or the new journal, never a broken one. The app's writer thread calls it after every
accepted action (runofshow.app.writer); ``attach`` is the synchronous form for tools.

The journal also carries the run history the run store has not taken yet
(``JournalHistory``: where the log of the run on air stands, and the operations still
waiting), so a crash while the store is locked or full loses no event.

On start-up ``load(show)`` returns a ``ResumeInfo`` unless the last session exited
cleanly or the saved state is a fresh standby. Every value is range-checked on the way in
(runofshow.core.journal_read); a journal that fails any check is damaged: it is moved
aside to a timestamped ``journal.json.broken-...`` copy, ``damaged`` says what was wrong
and where the copy is, and the show starts in standby. Never an exception.

Monotonic clock origins do not survive a restart, so every monotonic value is rebased: the
time the app was down counts as elapsed for a running segment, exactly as if the app had
kept running. The downtime is measured on the boot clock (Linux ``CLOCK_BOOTTIME``, which
wall-clock steps do not move) when the save and now are in the same boot; across a reboot
it falls back to wall time, and the resume notes say so. A small heartbeat file
(``journal.alive``) lets the downtime start when the app was last alive rather than at the
last save.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from runofshow.core.atomic import write_atomically
from runofshow.core.checked import Checked, Damaged, broken_name, parse_json
from runofshow.core.clock import BootTime, Clocks, SystemClocks, boot_time
from runofshow.core.durations import format_duration
from runofshow.core.engine import Engine, EngineEvent
from runofshow.core.engine_state import (
    EngineState,
    LiveState,
    adapt_to_show,
    fresh_live,
    shift_mono,
    to_dict,
)
from runofshow.core.history_log import (
    MAX_MONO,
    HistoryOp,
    OpenRun,
    op_to_json,
    open_run_to_json,
    read_op,
    read_open_run,
)
from runofshow.core.journal_read import read_engine_state
from runofshow.core.model import Show
from runofshow.core.snapshot import Status
from runofshow.core.text import json_text

JOURNAL_FORMAT = "runofshow-journal"
JOURNAL_VERSION = 2  # 2: boot clock readings and the run history not yet stored
READABLE_VERSIONS = (1, 2)
JOURNAL_NAME = "journal.json"
HEARTBEAT_NAME = "journal.alive"
HEARTBEAT_EVERY_MS = 2_000
MAX_JOURNAL_BYTES = 64 * 1024 * 1024  # the history a long outage of the run store leaves
MAX_PENDING_OPS = 1_000_000

_MS = timedelta(milliseconds=1)


class JournalError(Exception):
    """The journal file exists but cannot be used (``read_raw``)."""


@dataclass(frozen=True)
class JournalHistory:
    """The run history the journal carries: where the log of the run on air stands, and
    the operations the run store has not taken yet (in order)."""

    run: OpenRun | None = None
    pending: tuple[HistoryOp, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "run": None if self.run is None else open_run_to_json(self.run),
            "pending": [op_to_json(op) for op in self.pending],
        }


@dataclass(frozen=True)
class DamagedJournal:
    """A journal that could not be used: what was wrong, and where the copy was kept."""

    path: Path
    reason: str
    copy: Path | None  # None: it could not be moved aside (the next save replaces it)

    def describe(self) -> str:
        """One English sentence for the operator."""
        kept = (
            f"The damaged file was kept as {self.copy}."
            if self.copy is not None
            else "It could not be moved aside and will be replaced by the next save."
        )
        return (
            f"The crash journal {self.path} was damaged ({self.reason}); "
            f"the show starts in standby. {kept}"
        )


@dataclass(frozen=True)
class ResumeInfo:
    """What came back from the journal after an unclean exit."""

    state: EngineState  # rebased onto this process's monotonic clock and fitted to the show
    downtime_ms: int  # time between the app last being alive and now
    notes: list[str] = field(default_factory=list)  # what did not match the show any more
    was_running: bool = False  # a segment was running: the downtime was counted as elapsed
    saved_at: datetime = datetime(1970, 1, 1, tzinfo=UTC)
    rehearsal: bool = False
    show_path: str | None = None
    by_wall_clock: bool = False  # the downtime could only be measured on the wall clock

    def describe(self) -> str:
        """One English sentence for the operator."""
        downtime = format_duration(self.downtime_ms)
        if self.was_running:
            text = f"Resumed after a crash: {downtime} of downtime counted as elapsed."
        else:
            text = f"Resumed after a crash ({downtime} of downtime); the clock was not running."
        return " ".join([text, *self.notes])


REBOOT_NOTE = "The computer was restarted meanwhile: the downtime is measured by the wall clock."


def write_json_atomically(
    path: Path,
    data: object,
    *,
    durable: bool = True,
    fsync: Callable[[int], None] = os.fsync,
) -> None:
    """Write JSON atomically (``runofshow.core.atomic``): the old file or the new, never
    half. Text that cannot be encoded is escaped rather than failing the write."""
    write_atomically(path, json_text(data).encode("utf-8"), durable=durable, fsync=fsync)


def _wall_iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat()


def _boot_json(boot: BootTime | None) -> dict[str, Any] | None:
    return None if boot is None else {"id": boot.boot_id, "ms": boot.ms}


@dataclass(frozen=True)
class _Moment:
    """When the app was last known alive: monotonic, wall and boot clock readings."""

    mono: int
    wall: datetime
    boot: BootTime | None


@dataclass(frozen=True)
class _Saved:
    clean_exit: bool
    rehearsal: bool
    show_path: str | None
    session: str
    at: _Moment
    state: EngineState


class Journal:
    """The journal of one show. ``clocks`` default to the system clocks; ``fsync`` is the
    disk's (tests inject a slow or failing one)."""

    def __init__(
        self,
        path: Path,
        clocks: Clocks | None = None,
        *,
        fsync: Callable[[int], None] = os.fsync,
    ) -> None:
        self._path = Path(path)
        self._clocks: Clocks = clocks if clocks is not None else SystemClocks()
        self._session = secrets.token_hex(8)
        self._last_heartbeat: int | None = None
        self._show_path: str | None = None
        self.fsync = fsync
        self.damaged: DamagedJournal | None = None  # set by load() when the file was damaged
        self.carried = JournalHistory()  # the history the file carried (set by load())
        self.found = False  # load() found a file (used or not)
        self.write_error: str | None = None  # set while attached saves fail (disk full...)

    @classmethod
    def for_show(cls, show_path: Path, clocks: Clocks | None = None, **options: Any) -> Journal:
        """The journal in the show's data folder (created when it is first written)."""
        from runofshow.paths import show_data_path

        journal = cls(show_data_path(show_path) / JOURNAL_NAME, clocks, **options)
        journal._show_path = str(Path(show_path).resolve())
        return journal

    @property
    def path(self) -> Path:
        return self._path

    @property
    def heartbeat_path(self) -> Path:
        return self._path.with_name(HEARTBEAT_NAME)

    @property
    def problem(self) -> str | None:
        """Why the last load found nothing usable (the damage, in one line)."""
        return None if self.damaged is None else self.damaged.describe()

    # ------------------------------------------------------------ writing

    def save(
        self,
        state: EngineState,
        *,
        rehearsal: bool = False,
        show_path: str | Path | None = None,
        clean_exit: bool = False,
        history: JournalHistory | None = None,
    ) -> None:
        """Atomically replace the journal with ``state`` (and the history not yet stored).
        OSError when the disk refuses."""
        mono, boot = self._clocks.monotonic_ms(), boot_time(self._clocks)  # read together
        wall = self._clocks.wall()
        path_text = str(show_path) if show_path is not None else self._show_path
        data: dict[str, Any] = {
            "format": JOURNAL_FORMAT,
            "version": JOURNAL_VERSION,
            "session": self._session,
            "saved_mono": mono,
            "saved_wall": _wall_iso(wall),
            "saved_boot": _boot_json(boot),
            "clean_exit": clean_exit,
            "rehearsal": rehearsal,
            "show_path": path_text,
            "state": to_dict(state),
            "history": (history or JournalHistory()).to_json(),
        }
        self._path.parent.mkdir(parents=True, exist_ok=True)
        write_json_atomically(self._path, data, fsync=self.fsync)

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
        self.write_heartbeat(mono, self._clocks.wall(), boot_time(self._clocks))

    def write_heartbeat(self, mono: int, wall: datetime, boot: BootTime | None) -> None:
        """Write the heartbeat file (failures ignored: it is only a hint)."""
        data = {"session": self._session, "mono": mono, "wall": _wall_iso(wall),
                "boot": _boot_json(boot)}  # fmt: skip
        with contextlib.suppress(OSError):
            write_json_atomically(self.heartbeat_path, data, durable=False)

    def mark_clean_exit(self) -> None:
        """Record a clean exit: the next start begins fresh. Keeps the last state on disk."""
        raw = self.read_raw()
        if raw is None:
            return
        raw["clean_exit"] = True
        write_json_atomically(self._path, raw, fsync=self.fsync)
        with contextlib.suppress(OSError):
            self.heartbeat_path.unlink()

    def remove_heartbeat(self) -> None:
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
            text = self._read_text()
        except Damaged as error:
            raise JournalError(str(error)) from None
        if text is None:
            return None
        try:
            data = parse_json(text, str(self._path))
        except Damaged as error:
            raise JournalError(str(error)) from None
        if not isinstance(data, dict) or data.get("format") != JOURNAL_FORMAT:
            raise JournalError(f"{self._path}:1:1: not a runofshow journal")
        if data.get("version") not in READABLE_VERSIONS:
            raise JournalError(
                f"{self._path}:1:1: journal version {data.get('version')!r} is not supported "
                f"(expected {JOURNAL_VERSION})"
            )
        return data

    def _read_text(self) -> bytes | None:
        try:
            with open(self._path, "rb") as handle:
                data = handle.read(MAX_JOURNAL_BYTES + 1)
        except (FileNotFoundError, NotADirectoryError):
            return None  # nothing there (the folder may not even exist)
        except OSError as error:
            raise Damaged(str(self._path), f"cannot be read: {error.strerror or error}") from None
        if len(data) > MAX_JOURNAL_BYTES:
            raise Damaged(str(self._path), f"larger than {MAX_JOURNAL_BYTES // 2**20} MB")
        return data

    def load(self, show: Show | None = None) -> ResumeInfo | None:
        """The state to resume after an unclean exit, or None to start fresh. Never raises.

        With ``show``, the state is fitted to it by segment id (notes say what did not
        match). A damaged journal is moved aside (``damaged`` says why and where to) and
        None is returned. ``carried`` is set to the run history the file carried, even
        when it was a clean exit (it may still hold operations the store never took).
        """
        self.damaged = None
        self.carried = JournalHistory()
        self.found = False
        self._remove_stale_temp_files()
        try:
            text = self._read_text()
            if text is None:
                return None
            self.found = True
            top = Checked(parse_json(text, ""), "")
            self._check_header(top)
            self.carried = _read_history(top)
            saved = self._read_saved(top)
            if saved.clean_exit:
                return None
            return self._resume(saved, show)
        except Damaged as error:
            self._set_aside(str(error))
            return None
        except Exception as error:  # a check missed something: still only "damaged"
            self._set_aside(f"unusable: {type(error).__name__}: {error}")
            return None

    def _check_header(self, top: Checked) -> None:
        if top.field("format").text(max_length=64) != JOURNAL_FORMAT:
            raise top.damaged("not a runofshow journal")
        version = top.field("version").integer(-(2**31), 2**31)
        if version not in READABLE_VERSIONS:
            raise top.damaged(
                f"journal version {version} is not supported (expected {JOURNAL_VERSION})"
            )

    def _read_saved(self, top: Checked) -> _Saved:
        saved_mono = top.field("saved_mono").integer(-MAX_MONO, MAX_MONO)
        show_path = top.optional("show_path")
        session = top.optional("session")
        return _Saved(
            clean_exit=top.field("clean_exit").boolean(),
            rehearsal=top.optional("rehearsal") is not None and top.field("rehearsal").boolean(),
            show_path=None if show_path is None else show_path.text(max_length=4096),
            session="" if session is None else session.text(max_length=64),
            at=_Moment(
                saved_mono, top.field("saved_wall").moment(), _read_boot(top.optional("saved_boot"))
            ),
            state=read_engine_state(top.field("state"), saved_mono),
        )

    def _resume(self, saved: _Saved, show: Show | None) -> ResumeInfo | None:
        ref = saved.at
        alive = self._read_heartbeat(saved.session)
        if alive is not None and _later(alive, ref):
            ref = alive
        now_mono, now_boot = self._clocks.monotonic_ms(), boot_time(self._clocks)
        now_wall = self._clocks.wall()
        notes: list[str] = []
        if (
            ref.boot is not None
            and now_boot is not None
            and ref.boot.boot_id == now_boot.boot_id
            and now_boot.ms >= ref.boot.ms
        ):
            downtime, by_wall = now_boot.ms - ref.boot.ms, False
        else:
            downtime, by_wall = max(0, (now_wall - ref.wall) // _MS), True
            if (
                ref.boot is not None
                and now_boot is not None
                and (ref.boot.boot_id != now_boot.boot_id)
            ):
                notes.append(REBOOT_NOTE)
        # Old monotonic value m is (ref.mono - m) before the reference point, which was
        # ``downtime`` ago: in this process's monotonic time that is now - downtime - (ref - m).
        state = shift_mono(saved.state, now_mono - downtime - ref.mono)
        if show is not None:
            state, fit_notes = adapt_to_show(state, show, now_mono, now_wall)
            notes = fit_notes + notes
            if state.live == fresh_live(show):
                return None  # after a reset nothing is worth resuming
            Engine(show, self._clocks, state=state).snapshot()  # it must show, or it is damaged
        elif state.live == LiveState(current_id=state.live.current_id):
            return None
        return ResumeInfo(
            state=state,
            downtime_ms=downtime,
            notes=notes,
            was_running=state.live.status is Status.RUNNING,
            saved_at=saved.at.wall,
            rehearsal=saved.rehearsal,
            show_path=saved.show_path,
            by_wall_clock=by_wall,
        )

    def _set_aside(self, reason: str) -> None:
        """Keep a damaged journal as a timestamped ``.broken`` copy (it must not be read
        again at the next start, nor be lost: someone may want to look at it)."""
        copy: Path | None = broken_name(self._path, self._clocks.wall())
        try:
            os.replace(self._path, str(copy))
        except OSError:
            copy = None
        self.damaged = DamagedJournal(self._path, reason, copy)

    def _remove_stale_temp_files(self) -> None:
        """Temp files left by a writer killed mid-write (never the journal itself)."""
        for name in (self._path.name, HEARTBEAT_NAME):
            with contextlib.suppress(OSError):
                for stale in self._path.parent.glob(f".{name}.*.tmp"):
                    if not stale.name.startswith(f".{name}.{os.getpid()}."):  # core.atomic names
                        with contextlib.suppress(OSError):
                            stale.unlink()

    def _read_heartbeat(self, session: str) -> _Moment | None:
        """The heartbeat of the same session, if sane (it is only a hint: else None)."""
        try:
            with open(self.heartbeat_path, "rb") as handle:
                text = handle.read(4096)
            data = Checked(parse_json(text, ""), "")
            if data.field("session").text(max_length=64) != session:
                return None
            return _Moment(
                data.field("mono").integer(-MAX_MONO, MAX_MONO),
                data.field("wall").moment(),
                _read_boot(data.optional("boot")),
            )
        except (OSError, Damaged):
            return None


def _read_boot(data: Checked | None) -> BootTime | None:
    if data is None:
        return None
    return BootTime(
        data.field("id").text(max_length=64, allow_empty=False),
        data.field("ms").integer(0, MAX_MONO),
    )


def _later(candidate: _Moment, than: _Moment) -> bool:
    """Whether ``candidate`` came after ``than``: by the boot clock within one boot, else by
    the wall clock."""
    if (
        candidate.boot is not None
        and than.boot is not None
        and candidate.boot.boot_id == than.boot.boot_id
    ):
        return candidate.boot.ms > than.boot.ms
    return candidate.wall > than.wall


def _read_history(top: Checked) -> JournalHistory:
    """The run history carried by a version 2 journal (version 1 carried none)."""
    data = top.optional("history")
    if data is None:
        return JournalHistory()
    run = data.optional("run")
    pending = data.field("pending").items(max_items=MAX_PENDING_OPS)
    return JournalHistory(
        run=None if run is None else read_open_run(run),
        pending=tuple(read_op(op) for op in pending),
    )
