"""The journal: atomic saves, resume after a crash, clean exits, show edits, bad files."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.engine_state import EngineState, from_dict, to_dict
from runofshow.core.journal import JOURNAL_NAME, JOURNAL_VERSION, Journal, ResumeInfo
from runofshow.core.snapshot import Status
from runofshow.paths import show_data_dir
from tests.core.test_engine import CUES, MIN, default_show, make_show, seg


def restart(clocks: FakeClocks, downtime_ms: int) -> FakeClocks:
    """Clocks of a new process: the wall clock moved on, the monotonic origin is different."""
    return FakeClocks(mono=7, now=clocks.now + timedelta(milliseconds=downtime_ms))


def journaled(tmp_path: Path, clocks: FakeClocks) -> tuple[Engine, Journal]:
    engine = Engine(default_show(), clocks)
    journal = Journal(tmp_path / JOURNAL_NAME, clocks)
    journal.attach(engine)
    return engine, journal


def test_every_action_is_on_disk_before_it_returns(tmp_path: Path, clocks: FakeClocks) -> None:
    engine, journal = journaled(tmp_path, clocks)
    assert journal.read_raw() is None
    engine.start()
    raw = journal.read_raw()
    assert raw is not None and raw["version"] == JOURNAL_VERSION and not raw["clean_exit"]
    assert from_dict(raw["state"]) == engine.state()
    engine.pause()  # refusals do not write; accepted actions do
    engine.pause()
    raw = journal.read_raw()
    assert raw is not None and from_dict(raw["state"]) == engine.state()
    assert sorted(p.name for p in tmp_path.iterdir()) == [JOURNAL_NAME]  # no temp file left


def test_state_round_trips_through_json(clocks: FakeClocks) -> None:
    engine = Engine(default_show(), clocks)
    engine.start()
    engine.next()
    engine.next_cue()
    engine.add_time(-MIN)
    engine.set_message("日本語のメッセージ", flash=True)
    engine.set_blackout(True)
    engine.undo()
    state = engine.state()
    text = json.dumps(to_dict(state))
    assert from_dict(json.loads(text)) == state


def test_resume_counts_the_downtime_of_a_running_segment(
    tmp_path: Path, clocks: FakeClocks
) -> None:
    engine, _journal = journaled(tmp_path, clocks)
    engine.start()
    engine.next()
    clocks.advance(MIN)
    engine.add_time(30_000)
    engine.next_cue()
    engine.set_message("hello")
    engine.set_blackout(True)
    clocks.advance(20_000)  # still running, then the app dies
    new_clocks = restart(clocks, 133_000)
    info = Journal(tmp_path / JOURNAL_NAME, new_clocks).load(default_show())
    assert isinstance(info, ResumeInfo)
    assert info.was_running and info.downtime_ms == 153_000  # since the last save
    assert "2:33 of downtime counted as elapsed" in info.describe()
    resumed = Engine(default_show(), new_clocks, state=info.state)
    snap = resumed.snapshot()
    assert snap.status is Status.RUNNING and snap.segment.id == "talk-a"
    assert snap.elapsed_ms == MIN + 153_000
    assert snap.added_ms == 30_000
    assert snap.cue is not None and snap.cue.index == 1
    assert snap.message is not None and snap.message.text == "hello" and snap.blackout
    assert snap.schedule[0].actual_end == engine.snapshot().schedule[0].actual_end
    assert resumed.undo_label == "blackout"
    for _ in range(6):
        assert resumed.undo().ok
    assert resumed.snapshot().status is Status.STANDBY


def test_heartbeat_makes_the_downtime_start_when_the_app_was_last_alive(
    tmp_path: Path, clocks: FakeClocks
) -> None:
    engine, journal = journaled(tmp_path, clocks)
    engine.start()
    clocks.advance(10 * MIN)
    journal.heartbeat()
    new_clocks = restart(clocks, 5_000)
    info = Journal(tmp_path / JOURNAL_NAME, new_clocks).load(default_show())
    assert info is not None and info.downtime_ms == 5_000
    assert Engine(default_show(), new_clocks, state=info.state).snapshot().elapsed_ms == (
        10 * MIN + 5_000
    )


def test_a_paused_show_resumes_paused_with_the_same_remaining(
    tmp_path: Path, clocks: FakeClocks
) -> None:
    engine, _journal = journaled(tmp_path, clocks)
    engine.start()
    clocks.advance(42_000)
    engine.pause()
    new_clocks = restart(clocks, 3_600_000)
    info = Journal(tmp_path / JOURNAL_NAME, new_clocks).load(default_show())
    assert info is not None and not info.was_running
    snap = Engine(default_show(), new_clocks, state=info.state).snapshot()
    assert snap.status is Status.PAUSED and snap.elapsed_ms == 42_000
    assert "not running" in info.describe()


def test_clean_exit_and_reset_start_fresh(tmp_path: Path, clocks: FakeClocks) -> None:
    engine, journal = journaled(tmp_path, clocks)
    engine.start()
    journal.mark_clean_exit()
    assert journal.load(default_show()) is None
    engine.next()  # the next session writes again: not clean any more
    assert journal.load(default_show()) is not None
    engine.reset()
    assert journal.load(default_show()) is None
    assert journal.load() is None
    journal.clear()
    assert not journal.path.exists()


def test_resume_matches_segments_by_id_and_notes_the_rest(
    tmp_path: Path, clocks: FakeClocks
) -> None:
    engine, _journal = journaled(tmp_path, clocks)
    engine.start()
    clocks.advance(MIN)
    engine.next()
    clocks.advance(MIN)
    edited = make_show(seg("talk-a", 15, cues=CUES), seg("panel", 45))  # opening removed
    info = Journal(tmp_path / JOURNAL_NAME, restart(clocks, 1_000)).load(edited)
    assert info is not None
    assert any("opening" in note for note in info.notes)
    assert "opening" in info.describe()
    assert info.state.live.current_id == "talk-a"
    assert "opening" not in info.state.live.runs


def test_a_broken_journal_is_moved_aside(tmp_path: Path, clocks: FakeClocks) -> None:
    path = tmp_path / JOURNAL_NAME
    path.write_text('{"format": "runofshow-journal", "vers', encoding="utf-8")
    journal = Journal(path, clocks)
    assert journal.load(default_show()) is None
    damaged = journal.damaged
    assert damaged is not None and damaged.reason.startswith("line 1 column ")
    assert damaged.copy == tmp_path / (JOURNAL_NAME + ".broken-20220912T035000Z")
    assert not path.exists() and damaged.copy.exists()
    assert journal.problem is not None and str(damaged.copy) in journal.problem


def test_a_journal_of_another_version_is_not_used(tmp_path: Path, clocks: FakeClocks) -> None:
    engine, journal = journaled(tmp_path, clocks)
    engine.start()
    raw = journal.read_raw()
    assert raw is not None
    raw["version"] = JOURNAL_VERSION + 1
    journal.path.write_text(json.dumps(raw), encoding="utf-8")
    assert journal.load(default_show()) is None
    assert journal.problem is not None and "version" in journal.problem


def test_malformed_state_is_reported(tmp_path: Path, clocks: FakeClocks) -> None:
    engine, journal = journaled(tmp_path, clocks)
    engine.start()
    raw = journal.read_raw()
    assert raw is not None
    raw["state"]["live"]["anchor_mono"] = "soon"
    journal.path.write_text(json.dumps(raw), encoding="utf-8")
    assert journal.load(default_show()) is None
    assert journal.damaged is not None
    assert journal.damaged.reason == "state.live.anchor_mono: expected a whole number, got text"


def test_for_show_lives_in_the_show_data_dir(tmp_path: Path, clocks: FakeClocks) -> None:
    show_path = tmp_path / "my show.yaml"
    journal = Journal.for_show(show_path, clocks)
    assert journal.path == show_data_dir(show_path) / "journal.json"
    engine = Engine(default_show(), clocks, rehearsal=True)
    journal.attach(engine)
    engine.start()
    raw = journal.read_raw()
    assert raw is not None and raw["rehearsal"] is True
    assert raw["show_path"] == str(show_path.resolve())
    info = journal.load(default_show())
    assert info is not None and info.rehearsal and info.show_path == str(show_path.resolve())


def test_engine_state_fresh_equals_a_new_engine(clocks: FakeClocks) -> None:
    assert Engine(default_show(), clocks).state() == EngineState.fresh(default_show())


@pytest.mark.parametrize("downtime_ms", [0, 1, 59_999, 86_400_000])
def test_downtime_is_counted_exactly(tmp_path: Path, clocks: FakeClocks, downtime_ms: int) -> None:
    engine, _journal = journaled(tmp_path, clocks)
    engine.start()
    new_clocks = restart(clocks, downtime_ms)
    info = Journal(tmp_path / JOURNAL_NAME, new_clocks).load(default_show())
    assert info is not None and info.downtime_ms == downtime_ms
    snap = Engine(default_show(), new_clocks, state=info.state).snapshot()
    assert snap.elapsed_ms == downtime_ms


def test_a_wall_clock_set_back_during_downtime_counts_none(
    tmp_path: Path, clocks: FakeClocks
) -> None:
    engine, _journal = journaled(tmp_path, clocks)
    engine.start()
    clocks.advance(5_000)
    engine.add_time(1_000)
    new_clocks = restart(clocks, -60_000)
    info = Journal(tmp_path / JOURNAL_NAME, new_clocks).load(default_show())
    assert info is not None and info.downtime_ms == 0
    assert Engine(default_show(), new_clocks, state=info.state).snapshot().elapsed_ms == 5_000


def test_a_failing_disk_does_not_stop_the_show(tmp_path: Path, clocks: FakeClocks) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    engine = Engine(default_show(), clocks)
    journal = Journal(blocker / JOURNAL_NAME, clocks)
    journal.attach(engine)
    assert engine.start().ok
    assert journal.write_error is not None and "could not write" in journal.write_error
    assert engine.snapshot().status is Status.RUNNING
