"""Run history: every run (live or rehearsal) recorded event by event in SQLite.

``RunRecorder`` is an engine subscriber: the engine calls it synchronously after each
accepted action, and it commits one row before returning, so the action is on disk before
the engine's action returns. ``RunStore`` lists, renames, annotates, deletes and loads runs.

Storage: ``show_data_dir(show_path) / "runs.sqlite3"``, WAL journal, ``synchronous=FULL``
(each commit is durable: a crash or kill -9 loses nothing already acknowledged).
A run starts at the engine's start (standby -> on air) and ends at ``end`` (complete) or
at ``reset`` (stopped); a run that never got an end is listed as incomplete.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from runofshow.core.run_analysis import Plan, RecordedEvent, RunAnalysis, analyse
from runofshow.core.snapshot import Snapshot, Status
from runofshow.core.timestamps import ms_between
from runofshow.paths import show_data_dir, show_key

if TYPE_CHECKING:
    from runofshow.core.clock import Clocks
    from runofshow.core.model import Show

STORE_NAME = "runs.sqlite3"


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


class EventLike(Protocol):
    """The fields of runofshow.core.engine.EngineEvent the recorder reads."""

    @property
    def action(self) -> str: ...
    @property
    def args(self) -> Any: ...
    @property
    def mono_ms(self) -> int: ...
    @property
    def wall(self) -> datetime: ...
    @property
    def before(self) -> Snapshot: ...
    @property
    def after(self) -> Snapshot: ...


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


class UnknownRun(KeyError):
    """No run with that id in this store."""


def _iso(when: datetime) -> str:
    return when.isoformat()


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


class RunStore:
    """The runs of one show file. Safe to share between threads of one process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._migrate()

    @classmethod
    def for_show(cls, show_path: Path) -> RunStore:
        return cls(show_data_dir(show_path) / STORE_NAME)

    def _migrate(self) -> None:
        """Bring the store up to ``SCHEMA_VERSION`` in one transaction, step by step."""
        with self._tx() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise RuntimeError(
                    f"{self.path}: run history written by a newer runofshow "
                    f"(schema {version}, this version reads {SCHEMA_VERSION})"
                )
            for migration in MIGRATIONS[version:]:
                for statement in migration.sql.split(";"):
                    if statement.strip():
                        db.execute(statement)
            if version < SCHEMA_VERSION:
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction (autocommit mode otherwise)."""
        with self._lock:
            if not self._db.in_transaction:
                self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            if self._db.in_transaction:
                self._db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._db.close()

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
        e = event
        with self._tx() as db:
            db.execute(
                _INSERT_EVENT,
                (
                    int(run_id), e.seq, e.action, json.dumps(dict(e.args), ensure_ascii=False,
                                                              default=str),
                    e.mono_ms, _iso(e.wall), e.boot,
                    e.before_status, e.before_segment_id, e.before_elapsed_ms,
                    e.before_added_ms, e.before_cue_index,
                    e.status, e.index, e.segment_id, e.elapsed_ms, e.remaining_ms,
                    e.added_ms, e.cue_index, e.offset_ms, e.surface,
                ),
            )  # fmt: skip

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
            rows = self._db.execute(self._INFO_SQL + " ORDER BY runs.id").fetchall()
        return [self._info(r) for r in rows]

    def get(self, run_id: str) -> RunInfo:
        with self._lock:
            row = self._db.execute(
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
            row = self._db.execute(
                "SELECT plan_json FROM runs WHERE id = ?", (self._key(run_id),)
            ).fetchone()
        if row is None:
            raise UnknownRun(run_id)
        return Plan.from_json(row["plan_json"])

    def events(self, run_id: str) -> list[RecordedEvent]:
        with self._lock:
            rows = self._db.execute(
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

    def load(self, run_id: str) -> LoadedRun:
        """A run with its plan snapshot and derived per-segment and per-cue timings."""
        info = self.get(run_id)
        plan = self.plan(run_id)
        return LoadedRun(info, plan, analyse(plan, self.events(run_id)))


# ---------------------------------------------------------------- recording


def recorded_event(
    seq: int, event: EventLike, boot: str, surface: str | None = None
) -> RecordedEvent:
    before, after = event.before, event.after
    return RecordedEvent(
        seq=seq,
        action=event.action,
        args=dict(event.args),
        mono_ms=event.mono_ms,
        wall=event.wall,
        boot=boot,
        before_status=before.status.value,
        before_segment_id=before.segment.id,
        before_elapsed_ms=before.elapsed_ms,
        before_added_ms=before.added_ms,
        before_cue_index=None if before.cue is None else before.cue.index,
        status=after.status.value,
        index=after.index,
        segment_id=after.segment.id,
        elapsed_ms=after.elapsed_ms,
        remaining_ms=after.remaining_ms,
        added_ms=after.added_ms,
        cue_index=None if after.cue is None else after.cue.index,
        offset_ms=after.offset_ms,
        surface=surface,
    )


class _Recovered:
    """A synthetic event written when a recorder picks up a run already on air."""

    action = "recovered"

    def __init__(self, snap: Snapshot, mono_ms: int, wall: datetime) -> None:
        self.args: dict[str, object] = {}
        self.mono_ms = mono_ms
        self.wall = wall
        self.before = snap
        self.after = snap


class RunRecorder:
    """Subscribes to an engine and writes every accepted action of every run.

    ``show_path`` keys the store; ``scope`` is the segment id when rehearsing one segment.
    """

    def __init__(self, store: RunStore, show_path: Path, *, scope: str | None = None) -> None:
        self.store = store
        self.show_key = show_key(show_path)
        self.scope = scope
        self.boot = uuid.uuid4().hex[:12]
        self.run_id: str | None = None
        self._seq = 0
        self._ended = False
        self._engine: EngineLike | None = None
        self._unsubscribe: Callable[[], None] | None = None

    @classmethod
    def for_show(cls, show_path: Path, *, scope: str | None = None) -> RunRecorder:
        return cls(RunStore.for_show(show_path), show_path, scope=scope)

    def attach(self, engine: EngineLike, *, subscribe: bool = True) -> None:
        """Follow ``engine``. An engine already on air (its state restored after a crash)
        continues the open run, marked by a "recovered" event. Attach after
        ``Engine.restore``. Without ``subscribe`` the owner passes each event to
        ``record`` itself (the application layer does, with the surface it came from)."""
        self.detach()
        self._engine = engine
        snap = engine.snapshot()
        if snap.status is not Status.STANDBY:
            now_wall = engine.clocks.wall()
            now_mono = engine.clocks.monotonic_ms()
            open_run = self.store.open_run()
            same = open_run is not None and (open_run.kind, open_run.scope) == (
                _kind(snap),
                self.scope,
            )
            if open_run is not None and same:
                self.run_id = open_run.id
                self._seq = len(self.store.events(open_run.id))
            else:
                self._begin(snap, now_wall)
            self._write(_Recovered(snap, now_mono, now_wall), None)
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
        if self.run_id is not None and not self._ended:
            self.store.finish_run(self.run_id, when or datetime.now(UTC), "closed")
        self.run_id = None

    def record(self, event: EventLike, surface: str | None = None) -> None:
        """One accepted action; ``surface`` is who sent it (keyboard, api...), if known."""
        before, after = event.before.status, event.after.status
        if self.run_id is None:
            if before is not Status.STANDBY or after is Status.STANDBY:
                return  # nothing on air: messages, goto and the like before the start
            self._begin(event.after, event.wall)
        assert self.run_id is not None
        self._write(event, surface)
        if after is Status.STANDBY:
            if not self._ended:
                self.store.finish_run(self.run_id, event.wall, "reset")
            self.run_id = None
        elif after is Status.ENDED and not self._ended:
            self.store.finish_run(self.run_id, event.wall, "end")
            self._ended = True
        elif after is not Status.ENDED and self._ended:
            self.store.reopen_run(self.run_id)  # the end was undone
            self._ended = False

    def _begin(self, snap: Snapshot, started: datetime) -> None:
        show = self._engine.show if self._engine is not None else None
        plan = Plan.from_show(show) if show is not None else _plan_from_snapshot(snap)
        self.run_id = self.store.begin_run(
            show_key=self.show_key, kind=_kind(snap), scope=self.scope,
            started=started, plan=plan,
        )  # fmt: skip
        self._seq = 0
        self._ended = False

    def _write(self, event: EventLike, surface: str | None) -> None:
        assert self.run_id is not None
        self._seq += 1
        self.store.append_event(self.run_id, recorded_event(self._seq, event, self.boot, surface))


def _kind(snap: Snapshot) -> str:
    return "rehearsal" if snap.rehearsal else "live"


def _plan_from_snapshot(snap: Snapshot) -> Plan:
    from runofshow.core.run_analysis import PlannedCue, PlannedSegment

    first = snap.schedule[0].planned_start if snap.schedule else snap.now
    return Plan(
        title="",
        starts_at=first,
        timezone=str(getattr(first.tzinfo, "key", "UTC")),
        segments=tuple(
            PlannedSegment(
                row.segment.id, row.segment.kind.value, row.segment.title,
                row.segment.duration_ms, tuple(s.name for s in row.segment.speakers),
                tuple(PlannedCue(c.title, c.at_ms) for c in row.segment.cues),
            )
            for row in snap.schedule
        ),
    )  # fmt: skip


def record_runs(engine: EngineLike, show_path: Path, *, scope: str | None = None) -> RunRecorder:
    """Convenience for the session: a recorder for ``show_path`` attached to ``engine``."""
    recorder = RunRecorder.for_show(show_path, scope=scope)
    recorder.attach(engine)
    return recorder
