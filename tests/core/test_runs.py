"""Run recording: every accepted action on disk as it happens, derived timings exact."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.run_analysis import Plan
from runofshow.core.runs import SCHEMA_VERSION, RunRecorder, RunStore, StoreTooNew, UnknownRun
from runofshow.paths import show_data_dir
from tests.core.run_script import M, S, record_scripted_run, small_show


@pytest.fixture
def show_path(tmp_path: Path) -> Path:
    path = tmp_path / "show.yaml"
    path.write_text("# placeholder: runs are keyed by the file's path\n", encoding="utf-8")
    return path


def test_scripted_rehearsal_gives_exact_segment_and_cue_timings(
    show_path: Path, clocks: FakeClocks
) -> None:
    store, run_id = record_scripted_run(show_path, clocks)
    run = store.load(run_id)
    assert run.info.kind == "rehearsal" and run.info.complete and run.info.status == "complete"
    assert run.info.event_count == 11
    got = [
        (s.segment.id, s.duration_ms, s.delta_ms, s.added_ms, s.pauses, s.paused_ms)
        for s in run.analysis.segments
    ]
    assert got == [
        ("opening", 130 * S, 10 * S, 0, 0, 0),
        ("talk-dev-env", 310 * S, 10 * S, 60 * S, 1, 20 * S),
        ("panel", 590 * S, -10 * S, 0, 0, 0),
        ("closing", 75 * S, 15 * S, 0, 0, 0),
    ]
    talk = run.analysis.segments[1]
    assert [(c.reached_ms, c.on_card_ms, c.delta_ms) for c in talk.cues] == [
        (0, 90 * S, 30 * S),
        (90 * S, 120 * S, 0),
        (210 * S, 100 * S, -20 * S),
    ]
    assert [s.start_run_ms for s in run.analysis.segments] == [0, 130 * S, 460 * S, 1050 * S]
    start = clocks.now - timedelta(seconds=1125)
    assert talk.started == start + timedelta(seconds=130)
    assert talk.ended == start + timedelta(seconds=460)
    assert run.analysis.total_ms == 1105 * S and run.analysis.total_delta_ms == 25 * S


def test_store_lives_in_the_show_data_dir_with_wal_and_a_schema_version(
    show_path: Path, clocks: FakeClocks
) -> None:
    store, _ = record_scripted_run(show_path, clocks)
    path = show_data_dir(show_path) / "runs.sqlite3"
    assert store.path == path and path.is_file()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    actions = [r[0] for r in db.execute("SELECT action FROM events ORDER BY seq")]
    assert actions[:3] == ["start", "next_cue", "next"] and actions[-1] == "end"


def test_each_event_is_committed_before_the_action_returns(
    show_path: Path, clocks: FakeClocks
) -> None:
    engine = Engine(small_show(), clocks)
    recorder = RunRecorder.for_show(show_path)
    recorder.attach(engine)
    other = RunStore.for_show(show_path)  # a second connection sees only committed rows
    assert engine.start().ok
    assert [e.action for e in other.events("1")] == ["start"]
    clocks.advance(5 * S)
    assert engine.add_time(30 * S).ok
    assert [e.action for e in other.events("1")] == ["start", "add_time"]
    info = other.get("1")
    assert info.kind == "live" and info.status == "incomplete" and info.ended is None


def test_actions_before_the_start_are_not_a_run(show_path: Path, clocks: FakeClocks) -> None:
    engine = Engine(small_show(), clocks)
    recorder = RunRecorder.for_show(show_path)
    recorder.attach(engine)
    assert engine.set_message("まもなく開始").ok
    assert engine.goto("talk-dev-env").ok  # in standby: only selects where to start
    assert recorder.store.list_runs() == []
    assert engine.start().ok
    run = recorder.store.load("1")
    assert run.analysis.segments[1].started == clocks.now
    assert not run.analysis.segments[0].ran


def test_reset_ends_a_run_as_stopped_and_the_next_start_opens_a_new_one(
    show_path: Path, clocks: FakeClocks
) -> None:
    engine = Engine(small_show(), clocks, rehearsal=True)
    recorder = RunRecorder.for_show(show_path)
    recorder.attach(engine)
    engine.start()
    clocks.advance(30 * S)
    assert engine.reset().ok
    clocks.advance(10 * S)
    engine.start()
    clocks.advance(20 * S)
    engine.next()
    runs = recorder.store.list_runs()
    assert [(r.id, r.status, r.end_reason) for r in runs] == [
        ("1", "stopped", "reset"),
        ("2", "incomplete", None),
    ]
    assert runs[0].span_ms == 30 * S
    assert recorder.store.load("1").analysis.segments[0].duration_ms == 30 * S


def test_undoing_the_end_reopens_the_run(show_path: Path, clocks: FakeClocks) -> None:
    engine = Engine(small_show(), clocks)
    recorder = RunRecorder.for_show(show_path)
    recorder.attach(engine)
    engine.start()
    clocks.advance(10 * S)
    engine.end_show()
    assert recorder.store.get("1").complete
    assert engine.undo().ok
    assert recorder.store.get("1").status == "incomplete"
    clocks.advance(5 * S)
    engine.end_show()
    info = recorder.store.get("1")
    assert info.complete and info.span_ms == 15 * S
    assert recorder.store.load("1").analysis.segments[0].duration_ms == 15 * S


def test_an_undone_accidental_next_does_not_move_the_next_segments_start(
    show_path: Path, clocks: FakeClocks
) -> None:
    engine = Engine(small_show(), clocks)
    recorder = RunRecorder.for_show(show_path)
    recorder.attach(engine)
    engine.start()
    clocks.advance(60 * S)
    engine.next()  # by mistake
    clocks.advance(3 * S)
    engine.undo()
    clocks.advance(57 * S)
    engine.next()
    clocks.advance(10 * S)
    engine.end_show()
    segments = recorder.store.load("1").analysis.segments
    assert segments[0].duration_ms == 120 * S  # undo restores the anchor: it never stopped
    assert segments[1].start_run_ms == 120 * S and segments[1].duration_ms == 10 * S


def test_going_back_continues_the_segment_clock(show_path: Path, clocks: FakeClocks) -> None:
    engine = Engine(small_show(), clocks)
    recorder = RunRecorder.for_show(show_path)
    recorder.attach(engine)
    engine.start()
    clocks.advance(60 * S)
    engine.next()
    clocks.advance(20 * S)
    engine.previous()
    clocks.advance(30 * S)
    engine.next()
    clocks.advance(40 * S)
    engine.end_show()
    segments = recorder.store.load("1").analysis.segments
    assert (segments[0].duration_ms, segments[0].start_run_ms) == (90 * S, 0)
    assert (segments[1].duration_ms, segments[1].start_run_ms) == (60 * S, 60 * S)


def test_a_recorder_attached_to_a_restored_engine_continues_the_open_run(
    show_path: Path, clocks: FakeClocks
) -> None:
    engine = Engine(small_show(), clocks)
    first = RunRecorder.for_show(show_path)
    first.attach(engine)
    engine.start()
    clocks.advance(40 * S)
    saved = engine.state()
    # The process dies here; a new one restores the journal on fresh clocks.
    later = FakeClocks(mono=5_000, now=clocks.now + timedelta(seconds=30))
    restored = Engine(small_show(), later, state=saved)
    second = RunRecorder.for_show(show_path)
    second.attach(restored)
    later.advance(20 * S)
    restored.next()
    runs = second.store.list_runs()
    assert len(runs) == 1 and runs[0].status == "incomplete"
    actions = [e.action for e in second.store.events("1")]
    assert actions == ["start", "recovered", "next"]
    analysis = second.store.load("1").analysis
    assert analysis.segments[1].start_run_ms == (40 + 30 + 20) * S  # wall across the restart


def test_close_marks_an_open_run_stopped(show_path: Path, clocks: FakeClocks) -> None:
    engine = Engine(small_show(), clocks)
    recorder = RunRecorder.for_show(show_path)
    recorder.attach(engine)
    engine.start()
    recorder.close(clocks.now)
    assert recorder.store.get("1").status == "stopped"
    engine.next()  # no longer listening
    assert [e.action for e in recorder.store.events("1")] == ["start"]


def test_rename_annotate_delete(show_path: Path, clocks: FakeClocks) -> None:
    store, run_id = record_scripted_run(show_path, clocks)
    store.rename(run_id, "  通しリハ 1回目 ")
    store.annotate(run_id, "パネル前に押した")
    info = store.get(run_id)
    assert (info.name, info.note, info.label) == (
        "通しリハ 1回目",
        "パネル前に押した",
        "通しリハ 1回目",
    )
    store.delete(run_id)
    assert store.list_runs() == []
    with pytest.raises(UnknownRun):
        store.get(run_id)
    with pytest.raises(UnknownRun):
        store.rename("42", "x")
    with pytest.raises(UnknownRun):
        store.load("abc")
    assert RunStore.for_show(show_path).events(run_id) == []


def test_the_plan_snapshot_survives_a_changed_show(show_path: Path, clocks: FakeClocks) -> None:
    show = small_show()
    store, run_id = record_scripted_run(show_path, clocks, show=show)
    changed = replace(show, segments=show.segments[:2])
    assert Plan.from_show(changed) != store.plan(run_id)
    assert store.plan(run_id) == Plan.from_show(show)
    assert Plan.from_json(Plan.from_show(show).to_json()) == Plan.from_show(show)


def test_a_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "runs.sqlite3"
    RunStore(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(StoreTooNew, match="newer runofshow"):
        RunStore(path)


def test_runs_are_listed_oldest_first_with_span(show_path: Path, clocks: FakeClocks) -> None:
    record_scripted_run(show_path, clocks)
    clocks.advance(10 * M)
    store, _ = record_scripted_run(show_path, clocks, rehearsal=False)
    runs = store.list_runs()
    assert [(r.id, r.kind, r.span_ms) for r in runs] == [
        ("1", "rehearsal", 1125 * S),
        ("2", "live", 1125 * S),
    ]
    assert store.latest() == runs[1] and store.open_run() is None


def test_an_undone_pause_is_not_counted(show_path: Path, clocks: FakeClocks) -> None:
    engine = Engine(small_show(), clocks)
    recorder = RunRecorder.for_show(show_path)
    recorder.attach(engine)
    engine.start()
    clocks.advance(10 * S)
    engine.pause()
    clocks.advance(2 * S)
    engine.undo()  # the pause was a slip: the clock ran on
    clocks.advance(8 * S)
    engine.pause()
    clocks.advance(30 * S)
    engine.resume()
    clocks.advance(5 * S)
    engine.end_show()
    opening = recorder.store.load("1").analysis.segments[0]
    assert (opening.pauses, opening.paused_ms, opening.duration_ms) == (1, 30 * S, 25 * S)


# The store exactly as schema 1 wrote it (runofshow before surfaces were recorded).
SCHEMA_1 = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT, show_key TEXT NOT NULL, show_title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('live', 'rehearsal')), scope TEXT,
    started_wall TEXT NOT NULL, ended_wall TEXT, end_reason TEXT,
    complete INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '', plan_json TEXT NOT NULL
);
CREATE TABLE events (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
    action TEXT NOT NULL, args_json TEXT NOT NULL, mono_ms INTEGER NOT NULL, wall TEXT NOT NULL,
    boot TEXT NOT NULL, before_status TEXT NOT NULL, before_segment_id TEXT NOT NULL,
    before_elapsed_ms INTEGER NOT NULL, before_added_ms INTEGER NOT NULL,
    before_cue_index INTEGER, status TEXT NOT NULL, segment_index INTEGER NOT NULL,
    segment_id TEXT NOT NULL, elapsed_ms INTEGER NOT NULL, remaining_ms INTEGER NOT NULL,
    added_ms INTEGER NOT NULL, cue_index INTEGER, offset_ms INTEGER NOT NULL,
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX runs_started ON runs (started_wall);
PRAGMA user_version=1;
"""


def test_a_schema_1_store_keeps_its_runs_and_learns_surfaces(
    tmp_path: Path, show_path: Path, clocks: FakeClocks
) -> None:
    # A run recorded by the current code, copied row by row into a schema 1 database.
    store, run_id = record_scripted_run(show_path, clocks)
    store.rename(run_id, "通しリハ")
    expected = store.load(run_id)
    store.close()
    current = sqlite3.connect(store.path)
    runs = current.execute("SELECT * FROM runs").fetchall()
    events = current.execute("SELECT * FROM events ORDER BY seq").fetchall()
    current.close()
    old_path = tmp_path / "old" / "runs.sqlite3"
    old_path.parent.mkdir()
    old = sqlite3.connect(old_path)
    old.executescript(SCHEMA_1)
    old.executemany(
        f"INSERT INTO runs VALUES ({','.join('?' * 12)})", [tuple(r)[:12] for r in runs]
    )
    old.executemany(
        f"INSERT INTO events VALUES ({','.join('?' * 20)})", [tuple(e)[:20] for e in events]
    )
    old.commit()
    old.close()

    migrated = RunStore(old_path)
    db = sqlite3.connect(old_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 2
    assert "surface" in [row[1] for row in db.execute("PRAGMA table_info(events)")]
    assert "uid" in [row[1] for row in db.execute("PRAGMA table_info(runs)")]
    assert db.execute("SELECT COUNT(*) FROM question_events").fetchone()[0] == 0
    db.close()
    loaded = migrated.load(run_id)
    assert loaded.info == expected.info and loaded.info.name == "通しリハ"
    assert loaded.analysis == expected.analysis  # every segment, cue and event as before
    assert len(loaded.analysis.events) == 11
    assert {e.surface for e in loaded.analysis.events} == {None}  # not known then
    later = replace(expected.analysis.events[-1], seq=12, surface="api")
    migrated.append_event(run_id, later)  # and new events say who sent them
    assert migrated.events(run_id)[-1] == later
    migrated.close()
    again = RunStore(old_path)  # opening it again migrates nothing twice
    assert again.get(run_id).name == "通しリハ"
    assert [e.surface for e in again.events(run_id)] == [None] * 11 + ["api"]
    again.close()


def test_the_recorder_writes_who_sent_each_action(show_path: Path, clocks: FakeClocks) -> None:
    engine = Engine(small_show(), clocks)
    recorder = RunRecorder.for_show(show_path)
    recorder.attach(engine, subscribe=False)
    for action, surface in ((engine.start, "keyboard"), (engine.next, "api")):
        before = len(recorder.store.events(recorder.run_id)) if recorder.run_id else 0
        unsubscribe = engine.subscribe(lambda event, s=surface: recorder.record(event, s))
        assert action().ok
        unsubscribe()
        assert recorder.run_id is not None
        assert len(recorder.store.events(recorder.run_id)) == before + 1
    assert recorder.run_id is not None
    assert [(e.action, e.surface) for e in recorder.store.events(recorder.run_id)] == [
        ("start", "keyboard"),
        ("next", "api"),
    ]
    recorder.store.close()
