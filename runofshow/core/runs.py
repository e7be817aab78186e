"""Run history: every run (live or rehearsal) recorded event by event in SQLite.

The history is written as operations (runofshow.core.history_log): ``RunStore.apply``
writes a batch of them in one transaction, idempotently. The app hands them to its writer
thread (runofshow.app.writer); ``RunRecorder`` here is the synchronous form (an engine
subscriber that commits before the action returns), for tools and tests.
``RunStore`` also lists, renames, annotates, deletes and loads runs.

Storage: ``show_data_dir(show_path) / "runs.sqlite3"``, WAL journal, ``synchronous=FULL``
(each commit is durable: a crash or kill -9 loses nothing already acknowledged).
A run starts at the engine's start (standby -> on air) and ends at ``end`` (complete) or
at ``reset`` (stopped); a run that never got an end is listed as incomplete.

Opening never guesses: a store written by a newer version (``StoreTooNew``), one that is
not a database or fails SQLite's quick check (``StoreDamaged``), one locked by another
program (``StoreBusy``), one that cannot be opened or written (``StoreUnavailable``) and
a schema upgrade that fails (``MigrationFailed``: rolled back, the file as it was) are
each their own ``StoreError`` with a one-line message. ``move_aside`` keeps a damaged
store as a timestamped ``.broken`` copy so a new one can start.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

from runofshow.core.checked import broken_name
from runofshow.core.history_log import (
    AddEvent,
    AddQuestion,
    AddScene,
    BeginRun,
    EndRun,
    EventLike,
    HistoryOp,
    OpenRun,
    QuestionEvent,
    ReopenRun,
    RunLog,
    args_json,
)
from runofshow.core.history_log import (
    recorded_event as recorded_event,  # re-exported: tools build events with it
)
from runofshow.core.run_plan import STORE_NAME as STORE_NAME
from runofshow.core.run_plan import Plan, RecordedEvent
from runofshow.core.snapshot import Snapshot, Status
from runofshow.core.timestamps import ms_between
from runofshow.paths import show_data_dir

if TYPE_CHECKING:
    from runofshow.core.clock import Clocks
    from runofshow.core.model import Show
    from runofshow.core.run_analysis import RunAnalysis


@dataclass(frozen=True)
class Migration:
    """One step of the schema, applied once, in order; ``user_version`` counts the steps.
    Never edit a step that has shipped: add the next one."""

    why: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "runs and their events",
        """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    show_key TEXT NOT NULL,
    show_title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('live', 'rehearsal')),
    scope TEXT,                 -- NULL: the whole show, else the one segment rehearsed
    started_wall TEXT NOT NULL,
    ended_wall TEXT,            -- NULL while on air, or forever after a crash
    end_reason TEXT,            -- 'end' (complete), 'reset' or 'closed'
    complete INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    plan_json TEXT NOT NULL
);
CREATE TABLE events (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    action TEXT NOT NULL,
    args_json TEXT NOT NULL,
    mono_ms INTEGER NOT NULL,
    wall TEXT NOT NULL,
    boot TEXT NOT NULL,
    before_status TEXT NOT NULL,
    before_segment_id TEXT NOT NULL,
    before_elapsed_ms INTEGER NOT NULL,
    before_added_ms INTEGER NOT NULL,
    before_cue_index INTEGER,
    status TEXT NOT NULL,
    segment_index INTEGER NOT NULL,
    segment_id TEXT NOT NULL,
    elapsed_ms INTEGER NOT NULL,
    remaining_ms INTEGER NOT NULL,
    added_ms INTEGER NOT NULL,
    cue_index INTEGER,
    offset_ms INTEGER NOT NULL,
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX runs_started ON runs (started_wall);
""",
    ),
    Migration(
        "who sent each action: keyboard, button, api, control or automation (NULL: before)",
        "ALTER TABLE events ADD COLUMN surface TEXT;",
    ),
    Migration(
        "OBS scene switches: what went on air when (runofshow.obs)",
        """
CREATE TABLE scene_switches (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    wall TEXT NOT NULL,         -- when OBS confirmed the switch
    scene TEXT NOT NULL,
    segment_id TEXT,            -- NULL: before the start or after the end
    PRIMARY KEY (run_id, seq)
);
""",
    ),
    Migration(
        "a run's own id, chosen when it begins, so history written late (after the store was "
        "locked, full or lost) and replayed after a crash lands in the right run exactly once",
        "ALTER TABLE runs ADD COLUMN uid TEXT; CREATE UNIQUE INDEX runs_uid ON runs (uid);",
    ),
    Migration(
        "panel questions: each change of a question's status during a run",
        """
CREATE TABLE question_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,       -- numbered from 1 in each run: written once however often replayed
    action TEXT NOT NULL,
    question_id TEXT NOT NULL,
    segment_id TEXT NOT NULL,
    status TEXT NOT NULL,       -- after the action: queued, on_air, answered, skipped
    text TEXT NOT NULL,
    asker TEXT NOT NULL,
    source TEXT NOT NULL,       -- survey, chat, prepared
    aired_ms INTEGER NOT NULL,  -- time on air so far
    mono_ms INTEGER NOT NULL,
    wall TEXT NOT NULL
);
CREATE UNIQUE INDEX question_events_run ON question_events (run_id, seq);
""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

_EVENT_COLUMNS = (
    "run_id", "seq", "action", "args_json", "mono_ms", "wall", "boot",
    "before_status", "before_segment_id", "before_elapsed_ms", "before_added_ms",
    "before_cue_index", "status", "segment_index", "segment_id", "elapsed_ms",
    "remaining_ms", "added_ms", "cue_index", "offset_ms", "surface",
)  # fmt: skip
_INSERT_EVENT = (
    f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)})"
    f" VALUES ({', '.join('?' for _ in _EVENT_COLUMNS)})"
)
_INSERT_OR_IGNORE_EVENT = _INSERT_EVENT.replace("INSERT INTO", "INSERT OR IGNORE INTO", 1)


class EngineLike(Protocol):
    """What the recorder needs from runofshow.core.engine.Engine."""

    @property
    def show(self) -> Show: ...
    @property
    def clocks(self) -> Clocks: ...
    def snapshot(self) -> Snapshot: ...
    def subscribe(self, fn: Callable[[Any], None]) -> Callable[[], None]: ...


@dataclass(frozen=True)
class RunInfo:
    id: str
    show_key: str
    show_title: str
    kind: str  # "live" or "rehearsal"
    scope: str | None  # None: the whole show; else the id of the one segment rehearsed
    started: datetime
    ended: datetime | None
    end_reason: str | None
    complete: bool
    name: str
    note: str
    event_count: int
    last_wall: datetime | None

    @property
    def status(self) -> str:
        """ "complete" (ended with end), "stopped" (reset or closed) or "incomplete" (crash)."""
        if self.complete:
            return "complete"
        return "stopped" if self.ended is not None else "incomplete"

    @property
    def span_ms(self) -> int:
        """Wall time from start to end (or to the last recorded event)."""
        last = self.ended or self.last_wall or self.started
        return max(0, ms_between(self.started, last))

    @property
    def label(self) -> str:
        """How a run is named in tables: its name, else "#3 rehearsal"."""
        return self.name or f"#{self.id} {self.kind}"


@dataclass(frozen=True)
class LoadedRun:
    info: RunInfo
    plan: Plan
    analysis: RunAnalysis


@dataclass(frozen=True)
class SceneSwitch:
    """One OBS program scene switch during a run."""

    wall: datetime
    scene: str
    segment_id: str | None


class UnknownRun(KeyError):
    """No run with that id in this store."""


class StoreError(Exception):
    """The run store cannot be used as it is; ``str()`` is one line for the operator."""


class StoreBusy(StoreError):
    """Another program holds the store's lock (a copy tool, a second runofshow...)."""


class StoreDamaged(StoreError):
    """Not an SQLite database, or one that fails its integrity check."""


class StoreTooNew(StoreError):
    """Written by a newer runofshow: left untouched, read by nothing here."""


class MigrationFailed(StoreError):
    """The schema upgrade failed and was rolled back: the file is as it was."""


class StoreUnavailable(StoreError):
    """The store cannot be opened or written (read-only or full folder, permissions)."""


def store_error(error: sqlite3.Error | OSError, path: Path) -> StoreError:
    """The StoreError an SQLite or OS error means, with a one-line message."""
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return StoreUnavailable(f"{path}: {reason}")
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return StoreBusy(f"{path}: the run history is locked by another program")
    if (
        name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
        or "malformed" in text
        or ("not a database" in text)
    ):
        return StoreDamaged(f"{path}: the run history is damaged ({text})")
    return StoreUnavailable(f"{path}: {text}")


def _iso(when: datetime) -> str:
    return when.isoformat()


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def move_aside(path: Path, when: datetime) -> Path:
    """Rename a damaged store (with its -wal and -shm files) to a timestamped ``.broken``
    copy; returns the copy's path. OSError if it cannot be renamed."""
    target = broken_name(path, when)
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{path}{suffix}", f"{target}{suffix}")
    return target


class RunStore:
    """The runs of one show file. Safe to share between threads of one process.

    ``busy_timeout_ms``: how long a statement waits for another program's lock before
    ``StoreBusy`` (the app's writer thread waits briefly and retries later). ``check``
    runs SQLite's quick check first (a damaged page is found before anything is written).
    ``readonly`` opens without creating or upgrading anything."""

    def __init__(
        self,
        path: Path,
        *,
        busy_timeout_ms: int = 5000,
        check: bool = False,
        readonly: bool = False,
    ) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        try:
            if not readonly:
                path.parent.mkdir(parents=True, exist_ok=True)
            target = f"file:{quote(str(path))}?mode=ro" if readonly else str(path)
            self._db = sqlite3.connect(
                target, check_same_thread=False, isolation_level=None, uri=readonly
            )
            self._db.row_factory = sqlite3.Row
            self._db.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreTooNew(
                    f"{path}: run history written by a newer runofshow "
                    f"(schema {version}, this version reads {SCHEMA_VERSION}); left untouched"
                )
            if check:
                self._quick_check()
            if not readonly:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            if version < SCHEMA_VERSION:
                if readonly:
                    raise StoreUnavailable(
                        f"{path}: the run history needs an upgrade (schema {version}); "
                        "open the show in runofshow once"
                    )
                self._migrate()
        except (sqlite3.Error, OSError) as error:
            self.close()
            raise store_error(error, path) from None
        except StoreError:
            self.close()
            raise

    @classmethod
    def for_show(cls, show_path: Path, **options: Any) -> RunStore:
        return cls(show_data_dir(show_path) / STORE_NAME, **options)

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise StoreUnavailable(f"{self.path}: the run history is closed")
        return self._db

    def _quick_check(self) -> None:
        rows = self.db.execute("PRAGMA quick_check").fetchall()
        verdict = "; ".join(str(row[0]) for row in rows[:3])
        if verdict != "ok":
            raise StoreDamaged(f"{self.path}: the run history is damaged ({verdict})")

    def _migrate(self) -> None:
        """Bring the store up to ``SCHEMA_VERSION`` in one transaction, step by step. A
        step that fails rolls everything back: the file stays as it was."""
        with self._lock:
            db = self.db
            db.execute("BEGIN IMMEDIATE")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            try:
                for migration in MIGRATIONS[version:]:
                    for statement in migration.sql.split(";"):
                        if statement.strip():
                            db.execute(statement)
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                db.execute("COMMIT")
            except BaseException as error:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error) and isinstance(
                    store_error(error, self.path), StoreBusy | StoreDamaged
                ):
                    raise
                raise MigrationFailed(
                    f"{self.path}: the run history could not be upgraded from schema "
                    f"{version} to {SCHEMA_VERSION} ({error}); it was left as it was"
                ) from None

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction (autocommit mode otherwise)."""
        with self._lock:
            db = self.db
            if not db.in_transaction:
                db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            if db.in_transaction:
                db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._db.close()
            self._db = None

    # ------------------------------------------------------------ history operations

    def apply(self, ops: Sequence[HistoryOp], begins: Mapping[str, BeginRun] | None = None) -> int:
        """Write history operations in one transaction, idempotently (a run by its uid, an
        event by its run and seq; an end or reopen only if no later event is stored).
        ``begins``: the beginnings of runs the batch may refer to without beginning them
        (the store was replaced meanwhile). Returns how many operations found their run.
        sqlite3.Error (busy, full, damaged) leaves the store as it was."""
        known = dict(begins or {})
        placed = 0
        with self._tx() as db:
            runs: dict[str, int] = {}

            def run_id(uid: str) -> int | None:
                if uid not in runs:
                    row = db.execute("SELECT id FROM runs WHERE uid = ?", (uid,)).fetchone()
                    if row is None and uid in known:
                        self._insert_begin(db, known[uid])
                        row = db.execute("SELECT id FROM runs WHERE uid = ?", (uid,)).fetchone()
                    if row is None:
                        return None
                    runs[uid] = int(row[0])
                return runs[uid]

            for op in ops:
                if isinstance(op, BeginRun):
                    known[op.uid] = op
                    self._insert_begin(db, op)
                    placed += 1
                    continue
                key = run_id(op.uid)
                if key is None:
                    continue  # a run this store never saw begin: nothing to attach it to
                placed += 1
                if isinstance(op, AddEvent):
                    self._insert_event(db, key, op.event, ignore=True)
                elif isinstance(op, EndRun):
                    db.execute(
                        "UPDATE runs SET ended_wall = ?, end_reason = ?, complete = ?"
                        " WHERE id = ? AND NOT EXISTS"
                        " (SELECT 1 FROM events WHERE run_id = ? AND seq > ?)",
                        (_iso(op.ended), op.reason, int(op.reason == "end"), key, key, op.seq),
                    )
                elif isinstance(op, ReopenRun):
                    db.execute(
                        "UPDATE runs SET ended_wall = NULL, end_reason = NULL, complete = 0"
                        " WHERE id = ? AND NOT EXISTS"
                        " (SELECT 1 FROM events WHERE run_id = ? AND seq > ?)",
                        (key, key, op.seq),
                    )
                elif isinstance(op, AddScene):
                    db.execute(
                        "INSERT OR IGNORE INTO scene_switches"
                        " (run_id, seq, wall, scene, segment_id) VALUES (?, ?, ?, ?, ?)",
                        (key, op.seq, _iso(op.wall), op.scene, op.segment_id),
                    )
                elif isinstance(op, AddQuestion):
                    self._insert_question(db, key, op.seq, op.event)
        return placed

    @staticmethod
    def _insert_question(db: sqlite3.Connection, run_id: int, seq: int, e: QuestionEvent) -> None:
        db.execute(
            "INSERT OR IGNORE INTO question_events (run_id, seq, action, question_id,"
            " segment_id, status, text, asker, source, aired_ms, mono_ms, wall)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (run_id, seq, e.action, e.question_id, e.segment_id, e.status, e.text, e.asker,
             e.source, e.aired_ms, e.mono_ms, _iso(e.wall)),
        )  # fmt: skip

    @staticmethod
    def _insert_begin(db: sqlite3.Connection, op: BeginRun) -> None:
        title = str(json.loads(op.plan_json).get("title", ""))
        db.execute(
            "INSERT OR IGNORE INTO runs"
            " (uid, show_key, show_title, kind, scope, started_wall, plan_json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (op.uid, op.show_key, title, op.kind, op.scope, _iso(op.started), op.plan_json),
        )

    @staticmethod
    def _insert_event(
        db: sqlite3.Connection, run_id: int, e: RecordedEvent, *, ignore: bool = False
    ) -> None:
        db.execute(
            _INSERT_OR_IGNORE_EVENT if ignore else _INSERT_EVENT,
            (
                run_id, e.seq, e.action, args_json(e.args),
                e.mono_ms, _iso(e.wall), e.boot,
                e.before_status, e.before_segment_id, e.before_elapsed_ms,
                e.before_added_ms, e.before_cue_index,
                e.status, e.index, e.segment_id, e.elapsed_ms, e.remaining_ms,
                e.added_ms, e.cue_index, e.offset_ms, e.surface,
            ),
        )  # fmt: skip

    def continue_run(self, info: RunInfo) -> OpenRun:
        """The log position to go on writing ``info`` (a run left open by a crash)."""
        with self._tx() as db:
            key = self._key(info.id)
            row = db.execute(
                "SELECT uid, show_key, kind, scope, started_wall, plan_json FROM runs WHERE id = ?",
                (key,),
            ).fetchone()
            if row is None:
                raise UnknownRun(info.id)
            uid = row["uid"]
            if uid is None:
                uid = uuid4_hex()
                db.execute("UPDATE runs SET uid = ? WHERE id = ?", (uid, key))
            seq = db.execute(
                "SELECT COALESCE(MAX(seq), 0) FROM events WHERE run_id = ?", (key,)
            ).fetchone()[0]
        begin = BeginRun(
            uid, row["show_key"], row["kind"], row["scope"],
            datetime.fromisoformat(row["started_wall"]), row["plan_json"],
        )  # fmt: skip
        return OpenRun(begin, int(seq), False)

    def run_id_for(self, uid: str) -> str | None:
        with self._lock:
            row = self.db.execute("SELECT id FROM runs WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else str(row[0])

    # ------------------------------------------------------------ writing

    def begin_run(
        self, *, show_key: str, kind: str, scope: str | None, started: datetime, plan: Plan
    ) -> str:
        with self._tx() as db:
            cursor = db.execute(
                "INSERT INTO runs (show_key, show_title, kind, scope, started_wall, plan_json)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (show_key, plan.title, kind, scope, _iso(started), plan.to_json()),
            )
        return str(cursor.lastrowid)

    def append_event(self, run_id: str, event: RecordedEvent) -> None:
        with self._tx() as db:
            self._insert_event(db, int(run_id), event)

    def add_scene_switch(self, run_id: str, switch: SceneSwitch) -> None:
        with self._tx() as db:
            key = int(run_id)
            (seq,) = db.execute(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM scene_switches WHERE run_id = ?", (key,)
            ).fetchone()
            db.execute(
                "INSERT INTO scene_switches (run_id, seq, wall, scene, segment_id)"
                " VALUES (?, ?, ?, ?, ?)",
                (key, seq, _iso(switch.wall), switch.scene, switch.segment_id),
            )

    def scene_switches(self, run_id: str) -> list[SceneSwitch]:
        with self._lock:
            rows = self.db.execute(
                "SELECT wall, scene, segment_id FROM scene_switches WHERE run_id = ? ORDER BY seq",
                (self._key(run_id),),
            ).fetchall()
        return [SceneSwitch(datetime.fromisoformat(r["wall"]), r["scene"], r["segment_id"])
                for r in rows]  # fmt: skip

    def finish_run(self, run_id: str, ended: datetime, reason: str) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE runs SET ended_wall = ?, end_reason = ?, complete = ? WHERE id = ?",
                (_iso(ended), reason, int(reason == "end"), int(run_id)),
            )

    def reopen_run(self, run_id: str) -> None:
        """An ended run goes on air again (its end was undone)."""
        with self._tx() as db:
            db.execute(
                "UPDATE runs SET ended_wall = NULL, end_reason = NULL, complete = 0 WHERE id = ?",
                (int(run_id),),
            )

    def rename(self, run_id: str, name: str) -> None:
        self._update(run_id, "name", name.strip())

    def annotate(self, run_id: str, note: str) -> None:
        self._update(run_id, "note", note.strip())

    def _update(self, run_id: str, column: str, value: str) -> None:
        with self._tx() as db:
            cursor = db.execute(
                f"UPDATE runs SET {column} = ? WHERE id = ?", (value, self._key(run_id))
            )
        if cursor.rowcount == 0:
            raise UnknownRun(run_id)

    def delete(self, run_id: str) -> None:
        with self._tx() as db:
            key = self._key(run_id)
            db.execute("DELETE FROM events WHERE run_id = ?", (key,))
            cursor = db.execute("DELETE FROM runs WHERE id = ?", (key,))
        if cursor.rowcount == 0:
            raise UnknownRun(run_id)

    @staticmethod
    def _key(run_id: str) -> int:
        text = str(run_id).strip().lstrip("#")
        if not text.isdigit():
            raise UnknownRun(run_id)
        return int(text)

    # ------------------------------------------------------------ reading

    _INFO_SQL = (
        "SELECT runs.*, (SELECT COUNT(*) FROM events e WHERE e.run_id = runs.id) AS n,"
        " (SELECT MAX(wall) FROM events e WHERE e.run_id = runs.id) AS last_wall FROM runs"
    )

    def list_runs(self) -> list[RunInfo]:
        """All runs, oldest first."""
        with self._lock:
            rows = self.db.execute(self._INFO_SQL + " ORDER BY runs.id").fetchall()
        return [self._info(r) for r in rows]

    def get(self, run_id: str) -> RunInfo:
        with self._lock:
            row = self.db.execute(
                self._INFO_SQL + " WHERE runs.id = ?", (self._key(run_id),)
            ).fetchone()
        if row is None:
            raise UnknownRun(run_id)
        return self._info(row)

    def latest(self) -> RunInfo | None:
        runs = self.list_runs()
        return runs[-1] if runs else None

    def open_run(self) -> RunInfo | None:
        """The newest run without an end (on air, or interrupted by a crash)."""
        latest = self.latest()
        return latest if latest is not None and latest.ended is None else None

    @staticmethod
    def _info(row: sqlite3.Row) -> RunInfo:
        started = _dt(row["started_wall"])
        assert started is not None
        return RunInfo(
            id=str(row["id"]),
            show_key=row["show_key"],
            show_title=row["show_title"],
            kind=row["kind"],
            scope=row["scope"],
            started=started,
            ended=_dt(row["ended_wall"]),
            end_reason=row["end_reason"],
            complete=bool(row["complete"]),
            name=row["name"],
            note=row["note"],
            event_count=row["n"],
            last_wall=_dt(row["last_wall"]),
        )

    def plan(self, run_id: str) -> Plan:
        with self._lock:
            row = self.db.execute(
                "SELECT plan_json FROM runs WHERE id = ?", (self._key(run_id),)
            ).fetchone()
        if row is None:
            raise UnknownRun(run_id)
        return Plan.from_json(row["plan_json"])

    def events(self, run_id: str) -> list[RecordedEvent]:
        with self._lock:
            rows = self.db.execute(
                "SELECT * FROM events WHERE run_id = ? ORDER BY seq", (self._key(run_id),)
            ).fetchall()
        return [
            RecordedEvent(
                seq=r["seq"],
                action=r["action"],
                args=json.loads(r["args_json"]),
                mono_ms=r["mono_ms"],
                wall=datetime.fromisoformat(r["wall"]),
                boot=r["boot"],
                before_status=r["before_status"],
                before_segment_id=r["before_segment_id"],
                before_elapsed_ms=r["before_elapsed_ms"],
                before_added_ms=r["before_added_ms"],
                before_cue_index=r["before_cue_index"],
                status=r["status"],
                index=r["segment_index"],
                segment_id=r["segment_id"],
                elapsed_ms=r["elapsed_ms"],
                remaining_ms=r["remaining_ms"],
                added_ms=r["added_ms"],
                cue_index=r["cue_index"],
                offset_ms=r["offset_ms"],
                surface=r["surface"],
            )
            for r in rows
        ]

    # ------------------------------------------------------------ panel questions

    def question_events(self, run_id: str) -> list[QuestionEvent]:
        """A run's question events, in the order they happened."""
        with self._lock:
            rows = self.db.execute(
                "SELECT * FROM question_events WHERE run_id = ? ORDER BY seq",
                (self._key(run_id),),
            ).fetchall()
        return [
            QuestionEvent(
                action=r["action"], question_id=r["question_id"], segment_id=r["segment_id"],
                status=r["status"], text=r["text"], asker=r["asker"], source=r["source"],
                aired_ms=r["aired_ms"], mono_ms=r["mono_ms"],
                wall=datetime.fromisoformat(r["wall"]),
            )
            for r in rows
        ]  # fmt: skip

    def load(self, run_id: str) -> LoadedRun:
        """A run with its plan snapshot and derived per-segment and per-cue timings."""
        info = self.get(run_id)
        plan = self.plan(run_id)
        from runofshow.core.run_analysis import analyse  # the history window and reports

        return LoadedRun(info, plan, analyse(plan, self.events(run_id)))


# ---------------------------------------------------------------- recording


def uuid4_hex() -> str:
    import uuid

    return uuid.uuid4().hex


class RunRecorder:
    """Subscribes to an engine and writes every accepted action of every run, committed
    before the action returns (the synchronous form of what the app's writer does).

    ``show_path`` keys the store; ``scope`` is the segment id when rehearsing one segment.
    """

    def __init__(self, store: RunStore, show_path: Path, *, scope: str | None = None) -> None:
        self.store = store
        self.log = RunLog(show_path, scope=scope)
        self._begins: dict[str, BeginRun] = {}
        self._engine: EngineLike | None = None
        self._unsubscribe: Callable[[], None] | None = None

    @classmethod
    def for_show(cls, show_path: Path, *, scope: str | None = None) -> RunRecorder:
        return cls(RunStore.for_show(show_path), show_path, scope=scope)

    @property
    def show_key(self) -> str:
        return self.log.show_key

    @property
    def scope(self) -> str | None:
        return self.log.scope

    @property
    def boot(self) -> str:
        return self.log.boot

    @property
    def run_id(self) -> str | None:
        """The store's id of the run on air, if any."""
        run = self.log.open
        return None if run is None else self.store.run_id_for(run.begin.uid)

    def attach(self, engine: EngineLike, *, subscribe: bool = True) -> None:
        """Follow ``engine``. An engine already on air (its state restored after a crash)
        continues the open run, marked by a "recovered" event. Attach after
        ``Engine.restore``. Without ``subscribe`` the owner passes each event to
        ``record`` itself (with the surface it came from)."""
        self.detach()
        self._engine = engine
        snap = engine.snapshot()
        continuing = None
        if snap.status is not Status.STANDBY:
            open_run = self.store.open_run()
            kind = "rehearsal" if snap.rehearsal else "live"
            if open_run is not None and (open_run.kind, open_run.scope) == (kind, self.scope):
                continuing = self.store.continue_run(open_run)
        clocks = engine.clocks
        self._write(
            self.log.started(snap, engine.show, clocks.monotonic_ms(), clocks.wall(), continuing)
        )
        if subscribe:
            self._unsubscribe = engine.subscribe(self.record)

    def detach(self) -> None:
        """Stop listening; an open run stays open (a journal resume continues it)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._unsubscribe = None
        self._engine = None

    def close(self, when: datetime | None = None) -> None:
        """Detach and mark an open run as stopped (the engine is being replaced)."""
        self.detach()
        self._write(self.log.close(when or datetime.now(UTC)))

    def record(self, event: EventLike, surface: str | None = None) -> None:
        """One accepted action; ``surface`` is who sent it (keyboard, api...), if known."""
        self._write(self.log.record(event, surface))

    def record_scene(self, switch: SceneSwitch) -> bool:
        """An OBS scene switch during the open run (False: no run is on air)."""
        ops = self.log.scene(switch.wall, switch.scene, switch.segment_id)
        self._write(ops)
        return bool(ops)

    def _write(self, ops: list[HistoryOp]) -> None:
        for op in ops:
            if isinstance(op, BeginRun):
                self._begins[op.uid] = op
        run = self.log.open
        if run is not None:
            self._begins.setdefault(run.begin.uid, run.begin)
        if ops:
            self.store.apply(ops, self._begins)


def record_runs(engine: EngineLike, show_path: Path, *, scope: str | None = None) -> RunRecorder:
    """Convenience: a recorder for ``show_path`` attached to ``engine``."""
    recorder = RunRecorder.for_show(show_path, scope=scope)
    recorder.attach(engine)
    return recorder
