"""The writer thread: every write to the data folder, off the session thread.

The session thread only *stages* work here (under a lock held for microseconds) and
wakes the thread: the newest engine state of each journal, heartbeats, and history
operations for each run store. The thread writes, in one pass:

1. every journal whose staged state is newer than what is on disk, with the history
   operations its run store has not taken yet (fsync; acknowledged means on disk);
2. every other file whose staged content is newer than what is on disk (the question
   queue; atomic and fsynced, like the journal; only the newest content of each matters);
3. heartbeats (not fsynced: a hint);
4. the pending history operations into their run store, in one transaction.

``barrier()`` gives a future resolved when every journal write staged before it has been
attempted: None when on disk, else the problem; ``file_barrier(path)`` the same for one
file. The web API waits for them before it answers; the session thread never waits for
anything here.

Nothing is lost when writing fails. A journal that cannot be written stays staged; the
history operations stay pending, in order, and travel in every journal written meanwhile
(so a crash loses none); ``retry()`` (the storage service calls it with backoff) tries
again with whatever is newest: the journal (or file) is rewritten with the current state. A run
store that is locked delays history, never the clock; one that is damaged is moved aside
and a new one started; one written by a newer version, or whose upgrade failed, is left
untouched and history is off for it.

``threaded=False`` runs each pass inline (tests that want to look at files right away).
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from runofshow.core.clock import BootTime, Clocks
from runofshow.core.engine_state import EngineState
from runofshow.core.history_log import AddEvent, BeginRun, HistoryOp, OpenRun
from runofshow.core.journal import Journal, JournalHistory, write_json_atomically

if TYPE_CHECKING:  # the run store (sqlite3) loads on the writer thread, when first used
    from runofshow.core.runs import RunStore, StoreDamaged, StoreError

log = logging.getLogger(__name__)

STORE_BUSY_TIMEOUT_MS = 20  # a locked store is retried later; the journal must not wait
BUSY_GRACE_MS = 2_000  # a lock shorter than this is not worth a red banner

Written = concurrent.futures.Future  # of str | None: None when on disk, else the problem


PROBE_NAME = ".runofshow-probe"


def _probe(folder: Path) -> Trouble | None:
    """Create the folder, write and fsync a small file there, remove it: None, or why not."""
    probe = folder / PROBE_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(probe, "wb") as handle:
            handle.write(b"\0" * 4096)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        reason = error.strerror or str(error)
        return Trouble(f"the data folder {folder} cannot be written: {reason}", reason)
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return None


def open_store(path: Path) -> RunStore:
    """The writer's own connection: checked on opening, brief waits for locks."""
    from runofshow.core.runs import RunStore

    return RunStore(path, busy_timeout_ms=STORE_BUSY_TIMEOUT_MS, check=True)


@dataclass(frozen=True)
class JournalWrite:
    """One journal's newest state, as the session staged it."""

    journal: Journal
    state: EngineState
    rehearsal: bool
    store: Path | None  # the run store whose pending history this journal carries
    clean_exit: bool = False


@dataclass(frozen=True)
class FileWrite:
    """The newest content of one small JSON file (the question queue of one engine).
    ``content`` is called on the writer thread (it must only read immutable data);
    ``kind`` says what it is to the faces ("question_queue"), ``what`` in problems ("the
    question queue")."""

    path: Path
    kind: str
    what: str
    content: Callable[[], Any]


@dataclass(frozen=True)
class Trouble:
    """Something that cannot be written now."""

    text: str  # one English sentence (the API, stderr)
    reason: str  # the system's own words ("No space left on device")
    locked: bool = False  # the run store is locked by another program
    kind: str = ""  # a file's kind (FileWrite.kind)


@dataclass(frozen=True)
class Notice:
    """Something that happened which the operator must hear about once."""

    kind: str  # "journal_damaged", "store_damaged" or "history_off"
    text: str  # one English sentence (the API, stderr)
    path: str | None = None  # the file concerned
    copy: str | None = None  # where a damaged file was kept
    reason: str | None = None


@dataclass(frozen=True)
class WriterStatus:
    """What the writer knows about the data folder after a pass (immutable)."""

    journal: Trouble | None = None  # the journal (or the folder) cannot be written
    history: Trouble | None = None  # history cannot reach the run store
    files: tuple[tuple[Path, Trouble], ...] = ()  # other files that cannot be written
    history_pending: int = 0  # history events waiting for the run store
    history_written: int = 0  # batches written to run stores so far (views re-read on change)
    retry_due: bool = False  # something failed or waits: try again later
    notices: tuple[Notice, ...] = ()  # kept for the whole session
    since: datetime | None = None  # when the current problem began

    @property
    def ok(self) -> bool:
        return self.journal is None and self.history is None and not self.files

    @property
    def files_problem(self) -> str | None:
        return _text(_joined([trouble for _path, trouble in self.files]))

    def file_problem(self, path: Path) -> Trouble | None:
        """Why ``path`` cannot be written now (None when it can, or was never staged)."""
        return next((trouble for p, trouble in self.files if p == path), None)

    @property
    def journal_problem(self) -> str | None:
        return None if self.journal is None else self.journal.text

    @property
    def history_problem(self) -> str | None:
        return None if self.history is None else self.history.text


@dataclass
class _History:
    """The pending history of one run store (fields guarded by the writer's lock)."""

    path: Path
    pending: list[HistoryOp] = field(default_factory=list)
    begins: dict[str, BeginRun] = field(default_factory=dict)
    open_run: OpenRun | None = None
    off: bool = False  # too new, or its upgrade failed: left untouched
    busy_since: float | None = None
    problem: Trouble | None = None
    store: RunStore | None = None  # writer thread only


class StorageWriter:
    def __init__(
        self,
        clocks: Clocks,
        *,
        threaded: bool = True,
        on_status: Callable[[WriterStatus], None] | None = None,
        store_opener: Callable[[Path], RunStore] = open_store,
        fsync: Callable[[int], None] = os.fsync,
        hold_history: bool = False,
    ) -> None:
        self._clocks = clocks
        self._fsync = fsync  # the files' (tests stand in a slow or failing disk)
        self._threaded = threaded
        self._on_status = on_status
        self._open_store = store_opener
        self._lock = threading.Condition()
        self._gen = 0  # bumped by every staging call
        self._staged: dict[Path, tuple[int, JournalWrite]] = {}  # path -> (gen, newest)
        self._done: dict[Path, int] = {}  # path -> gen on disk
        self._files: dict[Path, tuple[int, FileWrite]] = {}  # path -> (gen, newest)
        self._files_done: dict[Path, int] = {}  # path -> gen on disk
        self._file_problems: dict[Path, Trouble] = {}
        self._heartbeats: dict[Path, tuple[Journal, int, datetime, BootTime | None]] = {}
        self._probes: set[Path] = set()  # folders to try writing to (at an engine's start)
        self._histories: dict[Path, _History] = {}
        self._barriers: list[tuple[int, Written, Path | None]] = []  # None: the journals
        self._journal_problem: Trouble | None = None
        self._notices: list[Notice] = []
        self._since: datetime | None = None
        self._written_batches = 0
        # held: the run store is neither opened nor written (the desktop until its first
        # paint); its operations wait, and every journal written meanwhile carries them
        self._history_held = hold_history
        self._status = WriterStatus()
        self._wanted = False  # a pass is asked for
        self._running = False  # a pass is running
        self._closed = False
        self._thread: threading.Thread | None = None
        if threaded:
            self._thread = threading.Thread(target=self._run, name="runofshow-writer", daemon=True)
            self._thread.start()

    @property
    def status(self) -> WriterStatus:
        return self._status

    # ------------------------------------------------------------ staging (any thread)

    def stage_journal(self, write: JournalWrite) -> None:
        """The newest state of ``write.journal`` (replaces one not yet written)."""
        with self._lock:
            self._gen += 1
            self._staged[write.journal.path] = (self._gen, write)
        self._kick()

    def stage_file(self, write: FileWrite) -> None:
        """The newest content of ``write.path`` (replaces content not yet written)."""
        with self._lock:
            self._gen += 1
            self._files[write.path] = (self._gen, write)
        self._kick()

    def stage_heartbeat(
        self, journal: Journal, mono: int, wall: datetime, boot: BootTime | None
    ) -> None:
        with self._lock:
            self._heartbeats[journal.path] = (journal, mono, wall, boot)
        self._kick()

    def add_history(
        self,
        store: Path,
        ops: Iterable[HistoryOp],
        *,
        open_run: OpenRun | None,
        adopt: bool = False,
    ) -> None:
        """History operations for ``store``, in order; ``open_run``: where the log of the
        engine now on air stands (its journal carries it). ``adopt``: operations a journal
        carried from before a crash (they go first)."""
        ops = list(ops)
        with self._lock:
            history = self._histories.get(store)
            if history is None:
                history = self._histories[store] = _History(store)
            for op in ops:
                if isinstance(op, BeginRun):
                    history.begins[op.uid] = op
            if open_run is not None:
                history.begins.setdefault(open_run.begin.uid, open_run.begin)
            if not adopt:  # adopted operations are the past: where the log stands is not
                history.open_run = open_run
            if not history.off:
                history.pending = [*ops, *history.pending] if adopt else [*history.pending, *ops]
            self._gen += 1
            for path, (_gen, write) in list(self._staged.items()):
                if write.store == store and ops:  # its journal must carry the new operations
                    self._staged[path] = (self._gen, write)
        self._kick()

    @property
    def history_held(self) -> bool:
        return self._history_held

    def release_history(self) -> None:
        """Open the run store and write the history that waited (``hold_history``)."""
        with self._lock:
            self._history_held = False
        self._kick()

    def probe(self, folder: Path) -> None:
        """Find out now whether ``folder`` can be written (an engine starts there): a full
        or read-only folder is told at start, not at the first action."""
        with self._lock:
            self._probes.add(folder)
        self._kick()

    def notice(self, notice: Notice) -> None:
        """Something the operator must hear about (a damaged journal set aside...)."""
        with self._lock:
            self._notices.append(notice)
        self._publish()

    def barrier(self) -> Written:
        """A future resolved once every journal write staged so far has been attempted:
        None when all of them are on disk, else the problem."""
        future: Written = concurrent.futures.Future()
        with self._lock:
            if all(gen <= self._done.get(path, 0) for path, (gen, _w) in self._staged.items()):
                future.set_result(_text(self._journal_problem))
                return future
            self._barriers.append((self._gen, future, None))
        self._kick()
        return future

    def file_barrier(self, path: Path) -> Written | None:
        """A future resolved once the newest content staged for ``path`` so far has been
        attempted: None when on disk, else the problem. None when it is on disk already."""
        with self._lock:
            staged = self._files.get(path)
            if staged is None or staged[0] <= self._files_done.get(path, 0):
                return None
            future: Written = concurrent.futures.Future()
            self._barriers.append((self._gen, future, path))
        self._kick()
        return future

    def retry(self) -> None:
        """Try again whatever failed or waits (the storage service calls this, with backoff)."""
        self._kick()

    def flush(self, timeout: float = 10.0) -> bool:
        """Run a pass and wait until it is done (tests, shutdown). False on timeout."""
        if not self._threaded:
            self._pass()
            return True
        deadline = time.monotonic() + timeout
        with self._lock:
            self._wanted = True
            self._lock.notify_all()
            while (self._wanted or self._running) and self._thread is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(left)
        return True

    def close(self, timeout: float = 5.0) -> WriterStatus:
        """Write what is staged (waiting at most ``timeout``), stop the thread, close the
        stores. Returns the last status (the app says what could not be written)."""
        with self._lock:
            self._history_held = False
        self.flush(timeout)
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=timeout)
            self._thread = None
        for history in self._histories.values():
            if history.store is not None:
                history.store.close()
                history.store = None
        return self._status

    # ------------------------------------------------------------ the thread

    def _kick(self) -> None:
        if not self._threaded:
            self._pass()
            return
        with self._lock:
            self._wanted = True
            self._lock.notify_all()

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._wanted and not self._closed:
                    self._lock.wait()
                if self._closed and not self._wanted:
                    return
                self._wanted = False
                self._running = True
            try:
                self._pass()
            except Exception:  # the writer must not die: the next kick tries again
                log.exception("storage writer pass failed")
            finally:
                with self._lock:
                    self._running = False
                    self._lock.notify_all()

    def _pass(self) -> None:
        """Journals, heartbeats, history; barriers resolved after the journals."""
        with self._lock:
            gen = self._gen
            journals = [
                (path, g, write, self._carried(write.store))
                for path, (g, write) in self._staged.items()
                if g > self._done.get(path, 0)
            ]
            files = [
                (path, g, write)
                for path, (g, write) in self._files.items()
                if g > self._files_done.get(path, 0)
            ]
            heartbeats = list(self._heartbeats.values())
            self._heartbeats.clear()
            probes = list(self._probes)
        problems = []
        for folder in probes:
            problem = _probe(folder)
            if problem is None:
                with self._lock:
                    self._probes.discard(folder)
            else:
                problems.append(problem)
        for path, g, write, carried in journals:
            problem = self._write_journal(write, carried)
            if problem is not None:
                problems.append(problem)
                continue
            with self._lock:
                self._done[path] = g
                if write.clean_exit and self._staged[path][0] == g:
                    del self._staged[path]  # that engine is gone: nothing more to carry
                    del self._done[path]
        for path, g, file in files:
            trouble = self._write_file(file)
            with self._lock:
                if trouble is None:
                    self._files_done[path] = g
                    self._file_problems.pop(path, None)
                else:
                    self._file_problems[path] = trouble
        for journal, mono, wall, boot in heartbeats:
            journal.write_heartbeat(mono, wall, boot)
        with self._lock:
            if journals or probes:
                self._journal_problem = _joined(problems)
            done = [
                (future, _text(self._journal_problem if path is None
                               else self._file_problems.get(path)))
                for g, future, path in self._barriers
                if g <= gen
            ]  # fmt: skip
            self._barriers = [b for b in self._barriers if b[0] > gen]
        for future, result in done:
            with contextlib.suppress(concurrent.futures.InvalidStateError):
                future.set_result(result)  # unless the waiter gave up and cancelled it
        with self._lock:
            work = [
                (h, list(h.pending))
                for h in self._histories.values()
                if h.pending or (h.store is None and not h.off)  # opened early: damage is told
            ] if not self._history_held else []  # fmt: skip
        for history, batch in work:
            self._write_history(history, batch, may_replace=True)
        self._publish()

    def _carried(self, store: Path | None) -> JournalHistory:
        history = self._histories.get(store) if store is not None else None
        if history is None:
            return JournalHistory()
        return JournalHistory(run=history.open_run, pending=tuple(history.pending))

    @staticmethod
    def _write_journal(write: JournalWrite, carried: JournalHistory) -> Trouble | None:
        try:
            write.journal.save(
                write.state, rehearsal=write.rehearsal, clean_exit=write.clean_exit,
                history=carried,
            )  # fmt: skip
        except (OSError, ValueError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            return Trouble(f"the journal {write.journal.path} cannot be written: {reason}", reason)
        if write.clean_exit:
            write.journal.remove_heartbeat()
        return None

    def _write_file(self, file: FileWrite) -> Trouble | None:
        try:
            file.path.parent.mkdir(parents=True, exist_ok=True)
            write_json_atomically(file.path, file.content(), fsync=self._fsync)
        except (OSError, ValueError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            text = f"{file.what} {file.path} cannot be written: {reason}"
            return Trouble(text, reason, kind=file.kind)
        return None

    # ------------------------------------------------------------ history (writer thread)

    def _write_history(
        self, history: _History, batch: list[HistoryOp], *, may_replace: bool
    ) -> None:
        import sqlite3

        from runofshow.core.runs import StoreError, store_error

        try:
            store = self._store(history)
            if store is None:
                return
            if batch:
                store.apply(batch, history.begins)
        except (StoreError, sqlite3.Error, OSError) as error:
            failure = error if isinstance(error, StoreError) else store_error(error, history.path)
            self._failed(history, failure, may_replace)
            return
        with self._lock:
            del history.pending[: len(batch)]
            history.busy_since = None
            history.problem = None
            if batch:
                self._written_batches += 1

    def _store(self, history: _History) -> RunStore | None:
        if history.off:
            return None
        if history.store is None:
            history.store = self._open_store(history.path)
        return history.store

    def _failed(self, history: _History, failure: StoreError, may_replace: bool) -> None:
        from runofshow.core.runs import MigrationFailed, StoreBusy, StoreDamaged, StoreTooNew

        if history.store is not None and not isinstance(failure, StoreBusy):
            history.store.close()
            history.store = None
        if isinstance(failure, StoreTooNew | MigrationFailed):
            with self._lock:
                history.off = True
                history.pending.clear()
                history.problem = None
                self._notices.append(
                    Notice(
                        "history_off", f"No run history is recorded this session: {failure}.",
                        str(history.path), reason=_reason(failure, history.path),
                    )
                )  # fmt: skip
        elif isinstance(failure, StoreDamaged) and may_replace:
            self._replace_damaged(history, failure)
        elif isinstance(failure, StoreBusy):
            now = time.monotonic()
            with self._lock:
                if history.busy_since is None:
                    history.busy_since = now
                waited_ms = (now - history.busy_since) * 1000
                locked = Trouble(str(failure), _reason(failure, history.path), locked=True)
                history.problem = locked if waited_ms >= BUSY_GRACE_MS else None
        else:
            with self._lock:
                history.problem = Trouble(str(failure), _reason(failure, history.path))

    def _replace_damaged(self, history: _History, failure: StoreDamaged) -> None:
        """Keep the damaged store as a timestamped copy and start a new one; the pending
        operations go into the new store (the runs before are in the copy)."""
        if history.store is not None:
            history.store.close()
            history.store = None
        try:
            from runofshow.core.runs import move_aside

            copy = move_aside(history.path, self._clocks.wall())
        except OSError as error:
            reason = f"it is damaged and could not be moved aside: {error.strerror}"
            with self._lock:
                history.problem = Trouble(f"{failure}; {reason}", reason)
            return
        with self._lock:
            self._notices.append(
                Notice(
                    "store_damaged",
                    f"The run history {history.path} was damaged; it was kept as {copy} "
                    "and a new one was started.",
                    str(history.path),
                    str(copy),
                    _reason(failure, history.path),
                )
            )
            batch = list(history.pending)
        if batch:
            self._write_history(history, batch, may_replace=False)

    # ------------------------------------------------------------ status

    def _publish(self) -> None:
        with self._lock:
            history_problems = [h.problem for h in self._histories.values() if h.problem]
            events = sum(
                isinstance(op, AddEvent) for h in self._histories.values() for op in h.pending
            )
            waiting = not self._history_held and any(  # held: nothing to retry yet
                h.pending or (h.store is None and not h.off) for h in self._histories.values()
            )
            journal_problem = self._journal_problem
            files = tuple(sorted(self._file_problems.items()))
            ok = journal_problem is None and not history_problems and not files
            if ok:
                self._since = None
            elif self._since is None:
                self._since = self._clocks.wall().astimezone(UTC)
            status = WriterStatus(
                journal=journal_problem,
                history=_joined(history_problems),
                files=files,
                history_pending=events,
                history_written=self._written_batches,
                retry_due=not ok or waiting,
                notices=tuple(self._notices),
                since=self._since,
            )
            changed, self._status = status != self._status, status
        if changed and self._on_status is not None:
            self._on_status(status)


def _text(trouble: Trouble | None) -> str | None:
    return None if trouble is None else trouble.text


def _joined(troubles: list[Trouble]) -> Trouble | None:
    if not troubles:
        return None
    if len(troubles) == 1:
        return troubles[0]
    return Trouble(
        "; ".join(t.text for t in troubles),
        "; ".join(t.reason for t in troubles),
        any(t.locked for t in troubles),
    )


def _reason(failure: StoreError, path: Path) -> str:
    """The store error without its path (the banner names the folder separately)."""
    return str(failure).removeprefix(f"{path}: ")
