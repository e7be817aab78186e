"""The session: opening, failing to open, hot reload, rehearsal switching, clean exit, and
the events every command gives (ported from the Qt session and controller tests)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from runofshow.app.commands import BUILTIN_COMMANDS
from runofshow.app.events import (
    ActionApplied,
    CommandDone,
    EngineStarted,
    EngineStopping,
    LoadFailed,
    RunEnded,
    RunStarted,
    SessionEvent,
    ShowReloaded,
    SnapshotChanged,
    StatePartChanged,
)
from runofshow.app.outcome import Expectation, Surface
from runofshow.app.reload import POLL_MS, SETTLE_MS
from runofshow.app.scheduler import ManualScheduler
from runofshow.app.service import Service
from runofshow.core.clock import FakeClocks
from runofshow.core.journal import Journal
from runofshow.core.snapshot import Status
from runofshow.paths import show_data_dir
from tests.app.support import GOOD, act, make_session, write
from tests.core.test_engine import default_show
from tests.shows import BROKEN_YAML

MIN = 60_000
RELOAD_MS = POLL_MS + SETTLE_MS


class Recorder:
    def __init__(self) -> None:
        self.events: list[SessionEvent] = []

    def __call__(self, event: SessionEvent) -> None:
        self.events.append(event)

    def kinds(self) -> list[str]:
        return [type(event).__name__ for event in self.events]

    def of(self, kind: type) -> list:  # type: ignore[type-arg]
        return [event for event in self.events if isinstance(event, kind)]


def test_open_starts_an_engine_and_announces_it(
    clocks: FakeClocks, bundled_show_path: Path, scheduler: ManualScheduler
) -> None:
    session = make_session(clocks, scheduler=scheduler)
    events = Recorder()
    session.subscribe(events)
    assert session.open(bundled_show_path)
    (started,) = events.of(EngineStarted)
    assert started.engine is session.engine and started.resumed is None
    assert started.path == bundled_show_path.resolve() and not started.rehearsal
    assert session.show.segments[0].id == "opening"
    assert session.revision == 1
    session.close()
    assert events.kinds()[-1] == "EngineStopping"


def test_a_broken_file_keeps_the_open_show(
    clocks: FakeClocks, tmp_path: Path, scheduler: ManualScheduler
) -> None:
    session = make_session(clocks, write(tmp_path / "good.yaml", GOOD), scheduler=scheduler)
    engine = session.engine
    act(session, "start")
    broken = write(tmp_path / "broken.yaml", BROKEN_YAML)
    before = broken.read_bytes()
    events = Recorder()
    session.subscribe(events)
    assert not session.open(broken)
    (failed,) = events.of(LoadFailed)
    assert failed.path.endswith("broken.yaml") and failed.errors
    assert str(failed.errors[0]).startswith(str(broken))
    assert session.engine is engine
    assert session.snapshot.status is Status.RUNNING
    assert broken.read_bytes() == before
    session.close()


def test_hot_reload_keeps_the_running_clock(
    clocks: FakeClocks, tmp_path: Path, scheduler: ManualScheduler
) -> None:
    show_file = write(tmp_path / "show.yaml", GOOD)
    session = make_session(clocks, show_file, scheduler=scheduler)
    engine = session.engine
    events = Recorder()
    session.subscribe(events)
    act(session, "start")
    scheduler.advance(65_000)
    write(show_file, GOOD.replace("title: One", "title: Uno"))
    scheduler.advance(RELOAD_MS)  # the poll sees it, then it holds still for the settle time
    (reloaded,) = events.of(ShowReloaded)
    assert reloaded.notes == ()
    assert session.engine is engine
    assert session.snapshot.segment.title == "Uno"
    assert session.snapshot.elapsed_ms == 65_000 + RELOAD_MS
    write(show_file, "segments: {")
    scheduler.advance(RELOAD_MS)
    assert len(events.of(LoadFailed)) == 1
    assert session.snapshot.segment.title == "Uno"
    session.close()


def test_reload_waits_until_the_file_holds_still(
    clocks: FakeClocks, tmp_path: Path, scheduler: ManualScheduler
) -> None:
    show_file = write(tmp_path / "show.yaml", GOOD)
    session = make_session(clocks, show_file, scheduler=scheduler)
    events = Recorder()
    session.subscribe(events)
    write(show_file, GOOD.replace("title: One", "title: U"))
    scheduler.advance(POLL_MS)  # seen
    write(show_file, GOOD.replace("title: One", "title: Uno the longer"))
    scheduler.advance(SETTLE_MS)  # still changing: wait again
    assert events.of(ShowReloaded) == []
    scheduler.advance(SETTLE_MS)
    assert len(events.of(ShowReloaded)) == 1
    assert session.snapshot.segment.title == "Uno the longer"
    session.close()


@pytest.mark.parametrize("how", ["delete_and_recreate", "rename_over", "symlink_target"])
def test_editors_that_replace_the_file_reload_too(
    clocks: FakeClocks, tmp_path: Path, scheduler: ManualScheduler, how: str
) -> None:
    real = write(tmp_path / "real.yaml", GOOD)
    show_file = tmp_path / "show.yaml"
    if how == "symlink_target":
        show_file.symlink_to(real)
    else:
        write(show_file, GOOD)
    session = make_session(clocks, show_file, scheduler=scheduler)
    new_text = GOOD.replace("title: Two", "title: Dos")
    if how == "delete_and_recreate":
        show_file.unlink()
        scheduler.advance(POLL_MS)  # missing for a moment: not a change
        write(show_file, new_text)
    elif how == "rename_over":
        os.replace(write(tmp_path / ".show.yaml.tmp", new_text), show_file)
    else:
        os.replace(write(tmp_path / "new.yaml", new_text), real)
    scheduler.advance(RELOAD_MS)
    assert session.snapshot.next_segment is not None
    assert session.snapshot.next_segment.title == "Dos"
    session.close()


def test_rehearsal_has_its_own_engine_and_journal(
    clocks: FakeClocks, tmp_path: Path, scheduler: ManualScheduler
) -> None:
    session = make_session(clocks, write(tmp_path / "show.yaml", GOOD), scheduler=scheduler)
    live = session.engine
    act(session, "start")
    events = Recorder()
    session.subscribe(events)
    assert not session.set_rehearsal(True)  # the live show is on air
    assert not session.rehearse_segment("two")
    assert events.of(EngineStarted) == []
    assert session.engine is live and not session.rehearsal
    act(session, "end", confirm=True)
    assert session.set_rehearsal(True)
    assert len(events.of(EngineStarted)) == 1
    assert session.engine is not live
    assert session.snapshot.rehearsal
    assert session.snapshot.status is Status.STANDBY
    assert session.rehearse_segment("two")
    assert [s.id for s in session.engine.show.segments] == ["two"]
    assert session.snapshot.rehearsal
    data = show_data_dir(session.show_path)
    assert (data / "journal-rehearsal.json").exists() is False  # nothing acted on yet
    act(session, "start")
    assert (data / "journal-rehearsal-two.json").exists()
    session.close()


def test_restart_after_a_crash_resumes_but_not_after_a_clean_exit(
    clocks: FakeClocks, tmp_path: Path
) -> None:
    show_file = write(tmp_path / "show.yaml", GOOD)
    first = make_session(clocks, show_file)
    act(first, "start")
    clocks.advance(30_000)
    # no close(): the process "died" here
    clocks.advance(10_000)
    second = make_session(clocks, show_file)
    assert second.resumed is not None
    assert second.snapshot.status is Status.RUNNING
    assert second.snapshot.elapsed_ms == 40_000
    second.close()
    third = make_session(clocks, show_file)
    assert third.resumed is None
    assert third.snapshot.status is Status.STANDBY
    third.close()


def test_an_applied_command_gives_its_events_in_order(
    clocks: FakeClocks, scheduler: ManualScheduler
) -> None:
    session = make_session(clocks, show=default_show(), scheduler=scheduler)
    events = Recorder()
    session.subscribe(events)
    outcome = session.execute("toggle", surface=Surface.KEYBOARD)
    assert outcome.ok and outcome.command == "toggle" and outcome.revision == 2
    assert events.kinds() == [
        "ActionApplied", "StatePartChanged", "StatePartChanged", "RunStarted",
        "SnapshotChanged", "CommandDone",
    ]  # fmt: skip
    assert [e.name for e in events.of(StatePartChanged)] == ["storage", "runs"]  # history in
    applied = events.of(ActionApplied)[0]
    assert (applied.command, applied.surface, applied.event.action) == (
        "toggle", Surface.KEYBOARD, "start",
    )  # fmt: skip
    assert events.of(SnapshotChanged)[0].snapshot.status is Status.RUNNING
    assert session.snapshot.status is Status.RUNNING
    assert events.of(CommandDone)[0].outcome is outcome
    assert outcome.state is not None and outcome.state.to_json()["state"] == "running"
    session.close()


def test_a_refusal_gives_only_command_done_and_changes_nothing(
    clocks: FakeClocks, scheduler: ManualScheduler
) -> None:
    session = make_session(clocks, show=default_show(), scheduler=scheduler)
    events = Recorder()
    session.subscribe(events)
    revision = session.revision
    outcome = act(session, "pause")
    assert not outcome.ok and outcome.code == "not_running" and outcome.http_status == 409
    assert "not running" in outcome.message
    assert events.kinds() == ["CommandDone"]
    assert session.revision == revision
    assert act(session, "nonsense").code == "unknown_command"
    bad = act(session, "add_time", seconds="sixty")
    assert (bad.code, bad.http_status) == ("bad_input", 400)
    assert act(session, "goto", segment="no-such").http_status == 404
    session.close()


def test_every_builtin_command_reaches_the_engine(
    clocks: FakeClocks, scheduler: ManualScheduler
) -> None:
    session = make_session(clocks, show=default_show(), scheduler=scheduler)
    applied = Recorder()
    session.subscribe(applied)
    script: list[tuple[str, dict[str, object]]] = [
        ("start", {}), ("toggle", {}), ("resume", {}), ("pause", {}), ("toggle", {}),
        ("next", {}), ("next_cue", {}), ("previous_cue", {}), ("previous", {}),
        ("goto", {"segment": "talk-b", "confirm": True}), ("add_time", {"seconds": 60}),
        ("message", {"text": "hi", "flash": True}), ("blackout", {"on": True}),
        ("blackout", {}), ("undo", {}), ("redo", {}), ("end", {"confirm": True}),
        ("reset", {"confirm": True}),
    ]  # fmt: skip
    for name, args in script:
        assert act(session, name, **args).ok, name
    assert [e.event.action for e in applied.of(ActionApplied)] == [
        "start", "pause", "resume", "pause", "resume", "next", "next_cue", "previous_cue",
        "previous", "goto", "add_time", "message", "blackout", "blackout", "undo", "redo",
        "end", "reset",
    ]  # fmt: skip
    assert {name for name, _ in script} == {c.name for c in BUILTIN_COMMANDS}
    assert session.snapshot.status is Status.STANDBY
    runs = [e for e in applied.events if isinstance(e, RunStarted | RunEnded)]
    assert runs == [RunStarted(rehearsal=False, scope=None), RunEnded("end")]  # reset: no run
    session.close()


def test_expect_a_segment_or_a_revision(clocks: FakeClocks, scheduler: ManualScheduler) -> None:
    session = make_session(clocks, show=default_show(), scheduler=scheduler)
    act(session, "start")
    seen = session.revision
    first = session.execute(
        "next", surface=Surface.API, expect=Expectation(segment="opening", revision=seen)
    )
    second = session.execute("next", surface=Surface.API, expect=Expectation(segment="opening"))
    assert first.ok
    assert (second.ok, second.code, second.http_status) == (False, "stale", 409)
    assert session.snapshot.segment.id == "talk-a"  # moved one segment, not two
    late = session.execute("add_time", {"seconds": 60}, surface=Surface.API,
                           expect=Expectation(revision=seen))  # fmt: skip
    assert late.code == "stale" and "revision" in late.message
    session.close()


def test_the_journal_is_written_before_the_command_returns(
    clocks: FakeClocks, tmp_path: Path, scheduler: ManualScheduler
) -> None:
    session = make_session(clocks, write(tmp_path / "show.yaml", GOOD), scheduler=scheduler)
    journal = Journal.for_show(session.show_path, clocks)
    act(session, "start")
    journal.heartbeat_path.unlink()
    scheduler.advance(MIN)  # running: ticks write a heartbeat
    assert journal.heartbeat_path.exists()
    act(session, "next")
    info = journal.load(session.show)
    assert info is not None and info.state.live.current_id == "two"
    assert session.document.parts["journal"] == {"ok": True, "error": None, "resumed": None}
    session.close()
    raw = journal.read_raw()
    assert raw is not None and raw["clean_exit"] is True


def test_close_stops_ticking_and_marks_a_clean_exit(
    clocks: FakeClocks, tmp_path: Path, scheduler: ManualScheduler
) -> None:
    session = make_session(clocks, write(tmp_path / "show.yaml", GOOD), scheduler=scheduler)
    act(session, "start")
    events = Recorder()
    session.subscribe(events)
    session.close()
    assert events.kinds() == ["EngineStopping", "StatePartChanged", "StatePartChanged"]
    assert [e.name for e in events.of(StatePartChanged)] == ["storage", "runs"]  # run closed
    assert isinstance(events.events[0], EngineStopping)
    scheduler.advance(10_000)
    assert len(events.events) == 3  # no tick, no poll after close
    assert scheduler.next_due() is None


def test_reload_says_what_no_longer_matches(
    clocks: FakeClocks, tmp_path: Path, scheduler: ManualScheduler
) -> None:
    show_file = write(tmp_path / "show.yaml", GOOD)
    session = make_session(clocks, show_file, scheduler=scheduler)
    act(session, "start")
    act(session, "next")
    events = Recorder()
    session.subscribe(events)
    write(show_file, GOOD.replace("  - {id: one, kind: talk, title: One, duration: 10m}\n", ""))
    notes = session.reload()
    assert notes and any("one" in note for note in notes)
    assert events.of(ShowReloaded)[0].notes == tuple(notes)
    assert session.snapshot.segment.id == "two"
    assert [s.id for s in session.engine.show.segments] == ["two"]
    session.close()


def test_a_rehearsal_journal_is_not_resumed_live(clocks: FakeClocks, tmp_path: Path) -> None:
    show_file = write(tmp_path / "show.yaml", GOOD)
    rehearsal = make_session(clocks, show_file, rehearsal=True)
    act(rehearsal, "start")  # then the app dies
    live = make_session(clocks, show_file)
    assert live.resumed is None and live.snapshot.status is Status.STANDBY
    again = make_session(clocks, show_file, rehearsal=True)
    assert again.resumed is not None and again.snapshot.status is Status.RUNNING
    for session in (live, again):
        session.close()


def test_a_rehearsal_reload_keeps_the_rehearsal_plan(
    clocks: FakeClocks, tmp_path: Path, scheduler: ManualScheduler
) -> None:
    show_file = write(tmp_path / "show.yaml", GOOD)
    session = make_session(clocks, show_file, scheduler=scheduler, rehearsal=True)
    planned = session.engine.show.starts_at
    assert planned != session.show.starts_at  # moved to the next whole minute
    scheduler.advance(5 * MIN)
    write(show_file, GOOD.replace("title: Two", "title: Dos"))
    scheduler.advance(RELOAD_MS)
    assert session.snapshot.next_segment is not None
    assert session.snapshot.next_segment.title == "Dos"
    assert session.engine.show.starts_at == planned  # not the file's date, not "now" again
    session.close()


def test_a_rehearsal_keeps_its_moved_plan_through_reloads_and_undo(
    clocks: FakeClocks, tmp_path: Path, scheduler: ManualScheduler
) -> None:
    clocks.set_wall(clocks.now + timedelta(days=700))  # rehearsing long after the date
    show_file = write(tmp_path / "show.yaml", GOOD)
    session = make_session(clocks, show_file, scheduler=scheduler, rehearsal=True)
    planned = session.engine.show.starts_at
    assert not session.snapshot.far
    act(session, "start")
    scheduler.advance(2 * MIN)
    write(show_file, GOOD.replace("title: One", "title: Uno"))
    scheduler.advance(RELOAD_MS)
    assert session.snapshot.segment.title == "Uno" and session.snapshot.rehearsal
    assert session.engine.show.starts_at == planned and not session.snapshot.far
    assert abs(session.snapshot.offset_ms) < 2 * MIN
    assert act(session, "undo").ok  # back to standby: still the rehearsal's plan
    assert session.engine.show.starts_at == planned and not session.snapshot.far
    assert act(session, "redo").ok
    assert session.engine.show.starts_at == planned
    session.close()


def test_with_no_show_open_a_broken_file_is_watched_until_it_validates(
    clocks: FakeClocks, tmp_path: Path, scheduler: ManualScheduler
) -> None:
    session = make_session(clocks, scheduler=scheduler)
    events = Recorder()
    session.subscribe(events)
    show_file = write(tmp_path / "show.yaml", GOOD.replace("duration: 10m}", "duration: x}", 1))
    assert not session.open(show_file)
    assert session.waiting_for == show_file.resolve() and not session.has_show
    (failed,) = events.of(LoadFailed)
    assert "'duration'" in str(failed.errors[0])
    write(show_file, GOOD.replace("title: One", "title: Still broken, duration: 0}"))
    scheduler.advance(RELOAD_MS)
    assert len(events.of(LoadFailed)) == 2 and not session.has_show  # errors again
    write(show_file, GOOD)
    scheduler.advance(RELOAD_MS)
    assert session.has_show and session.waiting_for is None
    assert session.show_path == show_file.resolve()
    assert events.kinds()[-1] in ("EngineStarted", "SnapshotChanged", "StatePartChanged")
    session.close()


def test_with_no_show_open_a_missing_file_opens_when_it_appears(
    clocks: FakeClocks, tmp_path: Path, scheduler: ManualScheduler
) -> None:
    session = make_session(clocks, scheduler=scheduler)
    missing = tmp_path / "later.yaml"
    assert not session.open(missing)
    assert session.waiting_for == missing.resolve()
    scheduler.advance(RELOAD_MS)
    assert not session.has_show
    write(missing, GOOD)
    scheduler.advance(RELOAD_MS)
    assert session.has_show and session.show.title == "Test show"
    session.close()


class OrderLog(Service):
    """Notes when it hears each event, in the same log as a listener."""

    name = "order_log"

    def __init__(self, log: list[tuple[str, str]]) -> None:
        self.log = log

    def handle(self, event: SessionEvent) -> None:
        self.log.append(("service", type(event).__name__))


def test_a_display_tick_reaches_the_listeners_before_the_services(
    clocks: FakeClocks, scheduler: ManualScheduler
) -> None:
    """The faces' displays flip before a service (the web's publish, the journal's
    heartbeat) wakes another thread; every other event reaches the services first."""
    log: list[tuple[str, str]] = []
    session = make_session(
        clocks, show=default_show(), scheduler=scheduler, services=[OrderLog(log)]
    )
    session.subscribe(lambda event: log.append(("listener", type(event).__name__)))
    assert act(session, "start").ok
    log.clear()
    scheduler.advance(1_100)  # past the countdown's next second (and the tick margin)
    assert log == [("listener", "SnapshotChanged"), ("service", "SnapshotChanged")]
    log.clear()
    assert act(session, "next").ok
    applied = [who for who, kind in log if kind == "ActionApplied"]
    assert applied == ["service", "listener"]
    ticks = [who for who, kind in log if kind == "SnapshotChanged"]
    assert ticks == ["listener", "service"]
    session.close()
