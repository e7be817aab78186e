"""Auto start at a hard start: on the session's scheduler, recorded as an automatic
``next``, undoable, only while running, only from the segment just before, never twice."""

from __future__ import annotations

from datetime import UTC, datetime

from runofshow.app.auto_start import AutoStartService
from runofshow.app.events import ActionApplied
from runofshow.app.outcome import Surface
from runofshow.app.scheduler import ManualScheduler
from runofshow.app.session import ShowSession
from runofshow.core.clock import FakeClocks
from runofshow.core.loader import load_show_text
from runofshow.core.runs import RunStore
from runofshow.paths import show_data_dir
from tests.app.support import act, make_session
from tests.app.test_questions import AFTERNOON, Recorder

AUTO = AFTERNOON.replace('starts_at: "15:00"}', 'starts_at: "15:00", auto_start: true}')
MIN = 60_000
START = datetime(2022, 9, 12, 5, 47, tzinfo=UTC)  # 14:47 JST


def auto_session() -> tuple[ShowSession, FakeClocks, ManualScheduler, Recorder]:
    clocks = FakeClocks(now=START)
    scheduler = ManualScheduler(clocks)
    show = load_show_text(AUTO, "auto.yaml")
    assert show.segments[2].auto_start
    session = make_session(clocks, show=show, scheduler=scheduler)
    recorder = Recorder()
    session.subscribe(recorder)
    return session, clocks, scheduler, recorder


def service(session: ShowSession) -> AutoStartService:
    return next(s for s in session.services if isinstance(s, AutoStartService))


def moves(recorder: Recorder) -> list[tuple[str, Surface, str]]:
    return [
        (e.command, e.surface, e.event.after.segment.id)
        for e in recorder.events
        if isinstance(e, ActionApplied)
    ]


def test_the_show_moves_on_by_itself_at_the_hard_start() -> None:
    session, _clocks, scheduler, recorder = auto_session()
    act(session, "start")
    scheduler.advance(10 * MIN)
    act(session, "next")
    assert service(session).armed_for is not None
    scheduler.advance(3 * MIN - 1)  # 14:59:59.999
    assert session.snapshot.segment.id == "pause"
    scheduler.advance(1)  # 15:00:00
    assert session.snapshot.segment.id == "pinned"
    assert moves(recorder)[-1] == ("next", Surface.AUTOMATION, "pinned")
    assert session.engine.undo_label == "next"


def test_a_late_break_moves_on_at_the_hard_start_and_the_history_says_automatic(
    tmp_path: object,
) -> None:
    session, _clocks, scheduler, _recorder = auto_session()
    act(session, "start")
    scheduler.advance(10 * MIN + 40_000)  # the talk ran 40 s long
    act(session, "next")
    assert session.snapshot.remaining_ms == 2 * MIN + 20_000  # squeezed
    scheduler.advance(2 * MIN + 20_000)
    snap = session.snapshot
    assert snap.segment.id == "pinned" and snap.offset_ms == 0  # arrived on time
    store = RunStore(show_data_dir(session.show_path) / "runs.sqlite3")
    run = store.load(store.latest().id)  # type: ignore[union-attr]
    assert [(e.action, e.surface) for e in run.analysis.events][-1] == ("next", "automation")
    store.close()


def test_once_undone_it_does_not_fire_again_for_that_segment() -> None:
    session, _clocks, scheduler, recorder = auto_session()
    act(session, "start")
    scheduler.advance(10 * MIN)
    act(session, "next")
    scheduler.advance(3 * MIN)
    assert session.snapshot.segment.id == "pinned"
    assert act(session, "undo").ok
    scheduler.advance(5 * MIN)
    snap = session.snapshot
    assert snap.segment.id == "pause"  # the operator decides now
    assert snap.hard_start is not None and snap.hard_start.due
    assert [m[0] for m in moves(recorder)] == ["start", "next", "next", "undo"]


def test_it_waits_while_paused_and_never_surprises_later() -> None:
    session, _clocks, scheduler, _recorder = auto_session()
    act(session, "start")
    scheduler.advance(10 * MIN)
    act(session, "next")
    act(session, "pause")
    assert service(session).armed_for is None
    scheduler.advance(4 * MIN)  # 15:01, paused through the hard start
    assert session.snapshot.segment.id == "pause"
    act(session, "resume")
    scheduler.advance(MIN)
    assert session.snapshot.segment.id == "pause"  # the moment passed: flash, no jump


def test_it_fires_only_from_the_segment_just_before_and_never_skips() -> None:
    session, _clocks, scheduler, _recorder = auto_session()
    act(session, "start")  # on the talk, two segments before the hard start
    scheduler.advance(20 * MIN)  # 15:07: long past it
    assert session.snapshot.segment.id == "talk"
    assert service(session).armed_for is None
    act(session, "next")  # into the break, already past 15:00: no jump either
    scheduler.advance(MIN)
    assert session.snapshot.segment.id == "pause"


def test_moving_on_by_hand_just_before_cancels_it() -> None:
    session, _clocks, scheduler, recorder = auto_session()
    act(session, "start")
    scheduler.advance(10 * MIN)
    act(session, "next")
    scheduler.advance(3 * MIN - 30_000)
    assert act(session, "next").ok  # 14:59:30, within the minute: no question
    assert service(session).armed_for is None
    scheduler.advance(MIN)
    assert session.snapshot.segment.id == "pinned"  # moved once, not twice
    assert [m[0] for m in moves(recorder)] == ["start", "next", "next"]
