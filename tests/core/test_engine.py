"""Engine actions, refusals, phases, cues, messages and undo, on fake clocks."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from runofshow.core.clock import FakeClocks
from runofshow.core.engine import (
    FLASH_MS,
    ActionResult,
    Engine,
    EngineEvent,
    phase_for,
)
from runofshow.core.model import (
    Cue,
    Segment,
    SegmentKind,
    Show,
    Thresholds,
)
from runofshow.core.snapshot import Pace, Phase, Status

TZ = ZoneInfo("Asia/Tokyo")
START = datetime(2022, 9, 12, 13, 0, tzinfo=TZ)  # FakeClocks start at 12:50 JST
MIN = 60_000


def seg(
    seg_id: str,
    minutes: float = 15,
    *,
    cues: tuple[Cue, ...] = (),
    hard_start: datetime | None = None,
    warning_ms: int = 120_000,
    danger_ms: int = 60_000,
) -> Segment:
    return Segment(
        id=seg_id,
        kind=SegmentKind.TALK,
        title=f"Title of {seg_id}",
        duration_ms=int(minutes * MIN),
        thresholds=Thresholds(warning_ms=warning_ms, danger_ms=danger_ms),
        hard_start=hard_start,
        cues=cues,
    )


def make_show(
    *segments: Segment, starts_at: datetime = START, timezone: str = "Asia/Tokyo"
) -> Show:
    return Show(title="Test show", starts_at=starts_at, timezone=timezone, segments=segments)


CUES = (
    Cue("Intro", at_ms=0),
    Cue("Demo", at_ms=5 * MIN),
    Cue("Wrap", at_ms=12 * MIN),
)


def default_show() -> Show:
    return make_show(
        seg("opening", 5),
        seg("talk-a", 15, cues=CUES),
        seg("talk-b", 15),
        seg("panel", 45),
    )


def at_start(clocks: FakeClocks) -> None:
    """Move the fake clocks to the planned start (13:00 JST)."""
    clocks.advance(10 * MIN)


@pytest.fixture
def engine(clocks: FakeClocks) -> Engine:
    return Engine(default_show(), clocks)


def refused(result: ActionResult, code: str) -> bool:
    return not result.ok and result.refusal == code and bool(result.message)


# ------------------------------------------------------------------ standby


def test_standby_counts_down_to_the_show_start(engine: Engine, clocks: FakeClocks) -> None:
    snap = engine.snapshot()
    assert snap.status is Status.STANDBY
    assert snap.until_start_ms == 10 * MIN
    assert snap.index == 0 and snap.segment.id == "opening"
    assert snap.elapsed_ms == 0 and snap.remaining_ms == 5 * MIN
    assert snap.offset_ms == 0
    assert snap.now == datetime(2022, 9, 12, 12, 50, tzinfo=TZ)
    assert snap.now.tzinfo == TZ
    assert snap.schedule[0].projected_start == START
    clocks.advance(10 * MIN + 42_000)
    snap = engine.snapshot()
    assert snap.until_start_ms == -42_000
    assert snap.offset_ms == 42_000  # a late start counts as behind
    assert snap.schedule[0].projected_start == START + timedelta(seconds=42)


# ------------------------------------------------------------------ start / pause / resume


def test_start_runs_the_first_segment_from_now(engine: Engine, clocks: FakeClocks) -> None:
    at_start(clocks)
    assert engine.start().ok
    clocks.advance(61_500)
    snap = engine.snapshot()
    assert snap.status is Status.RUNNING
    assert snap.elapsed_ms == 61_500
    assert snap.remaining_ms == 5 * MIN - 61_500
    assert snap.actual_start == START
    assert snap.schedule[0].actual_start == START
    assert refused(engine.start(), "already_started")


def test_pause_freezes_and_resume_continues(engine: Engine, clocks: FakeClocks) -> None:
    assert refused(engine.pause(), "not_running")
    assert refused(engine.resume(), "not_paused")
    engine.start()
    clocks.advance(10_000)
    assert engine.pause().ok
    assert refused(engine.pause(), "not_running")
    clocks.advance(30_000)
    assert engine.snapshot().elapsed_ms == 10_000
    assert engine.snapshot().status is Status.PAUSED
    assert engine.resume().ok
    clocks.advance(2_000)
    assert engine.snapshot().elapsed_ms == 12_000
    assert refused(engine.resume(), "not_paused")


def test_toggle_is_start_pause_resume(engine: Engine, clocks: FakeClocks) -> None:
    assert engine.toggle().action == "start"
    assert engine.toggle().action == "pause"
    assert engine.snapshot().status is Status.PAUSED
    assert engine.toggle().action == "resume"
    assert engine.snapshot().status is Status.RUNNING
    engine.end_show()
    assert refused(engine.toggle(), "show_ended")


# ------------------------------------------------------------------ moving between segments


def test_next_ends_the_current_and_starts_the_next(engine: Engine, clocks: FakeClocks) -> None:
    assert refused(engine.next(), "not_started")
    at_start(clocks)
    engine.start()
    clocks.advance(4 * MIN)
    assert engine.next().ok
    clocks.advance(1_000)
    snap = engine.snapshot()
    assert snap.segment.id == "talk-a" and snap.elapsed_ms == 1_000
    assert snap.actual_start == START + timedelta(minutes=4)
    row = snap.schedule[0]
    assert row.done and row.actual_end == START + timedelta(minutes=4)
    assert row.elapsed_ms == 4 * MIN
    engine.next()
    engine.next()
    assert refused(engine.next(), "no_next_segment")


def test_next_from_pause_runs_the_next_segment(engine: Engine, clocks: FakeClocks) -> None:
    engine.start()
    engine.pause()
    engine.next()
    clocks.advance(500)
    snap = engine.snapshot()
    assert snap.status is Status.RUNNING and snap.elapsed_ms == 500


def test_previous_continues_from_its_own_elapsed(engine: Engine, clocks: FakeClocks) -> None:
    assert refused(engine.previous(), "not_started")
    engine.start()
    assert refused(engine.previous(), "no_previous_segment")
    clocks.advance(70_000)
    engine.next()
    clocks.advance(20_000)
    assert engine.previous().ok
    clocks.advance(5_000)
    snap = engine.snapshot()
    assert snap.segment.id == "opening" and snap.elapsed_ms == 75_000
    assert snap.schedule[1].elapsed_ms == 20_000 and not snap.schedule[1].done
    engine.next()
    assert engine.snapshot().elapsed_ms == 20_000


def test_goto_jumps_and_skipped_segments_have_no_projection(
    engine: Engine, clocks: FakeClocks
) -> None:
    at_start(clocks)
    engine.start()
    clocks.advance(MIN)
    assert refused(engine.goto("nope"), "unknown_segment")
    assert refused(engine.goto("opening"), "already_current")
    assert engine.goto("talk-b").ok
    snap = engine.snapshot()
    assert snap.segment.id == "talk-b" and snap.index == 2
    skipped = snap.schedule[1]
    assert skipped.projected_start is None and skipped.projected_end is None
    assert skipped.actual_start is None
    assert snap.schedule[0].projected_end == START + timedelta(minutes=1)


def test_goto_in_standby_selects_where_to_start(engine: Engine, clocks: FakeClocks) -> None:
    assert engine.goto("talk-b").ok
    snap = engine.snapshot()
    assert snap.status is Status.STANDBY and snap.segment.id == "talk-b"
    engine.start()
    assert engine.snapshot().segment.id == "talk-b"


# ------------------------------------------------------------------ time


def test_add_and_remove_time(engine: Engine, clocks: FakeClocks) -> None:
    engine.start()
    assert engine.add_time(MIN).ok
    snap = engine.snapshot()
    assert snap.added_ms == MIN and snap.planned_ms == 6 * MIN and snap.remaining_ms == 6 * MIN
    assert engine.add_time(-30_000).ok
    assert engine.snapshot().remaining_ms == 5 * MIN + 30_000
    assert refused(engine.add_time(0), "zero_time")
    # duration 5:00 + added 0:30: removing 5:30 would leave nothing; 5:29.999 leaves 1 ms
    assert refused(engine.add_time(-330_000), "would_remove_all_time")
    assert engine.add_time(-329_999).ok
    assert engine.snapshot().planned_ms == 1


def test_time_added_belongs_to_its_segment(engine: Engine, clocks: FakeClocks) -> None:
    engine.start()
    engine.add_time(MIN)
    engine.next()
    assert engine.snapshot().added_ms == 0
    engine.previous()
    assert engine.snapshot().added_ms == MIN


# ------------------------------------------------------------------ phases


@pytest.mark.parametrize(
    ("remaining", "phase"),
    [
        (120_001, Phase.NORMAL),
        (120_000, Phase.WARNING),
        (60_001, Phase.WARNING),
        (60_000, Phase.DANGER),
        (1, Phase.DANGER),
        (0, Phase.DANGER),
        (-1, Phase.OVERTIME),
        (-600_000, Phase.OVERTIME),
    ],
)
def test_phase_boundaries(remaining: int, phase: Phase) -> None:
    assert phase_for(remaining, Thresholds(120_000, 60_000)) is phase


def test_phases_at_exact_milliseconds_while_running(engine: Engine, clocks: FakeClocks) -> None:
    engine.start()  # opening: 5:00, warning at 2:00, danger at 1:00
    clocks.advance(3 * MIN - 1)
    assert engine.snapshot().phase is Phase.NORMAL
    clocks.advance(1)
    assert engine.snapshot().phase is Phase.WARNING
    clocks.advance(MIN - 1)
    assert engine.snapshot().phase is Phase.WARNING
    clocks.advance(1)
    assert engine.snapshot().phase is Phase.DANGER
    clocks.advance(MIN)
    snap = engine.snapshot()
    assert snap.remaining_ms == 0 and snap.phase is Phase.DANGER and snap.overtime_ms == 0
    clocks.advance(1)
    snap = engine.snapshot()
    assert snap.phase is Phase.OVERTIME and snap.overtime_ms == 1 and snap.remaining_ms == -1
    assert snap.progress == 1.0


# ------------------------------------------------------------------ cue cards


def test_cue_cards_move_and_refuse_at_the_ends(engine: Engine, clocks: FakeClocks) -> None:
    assert engine.snapshot().cue is None
    assert refused(engine.next_cue(), "no_cues")
    engine.start()
    engine.next()
    cue = engine.snapshot().cue
    assert cue is not None and cue.index == 0 and cue.count == 3 and cue.cue.title == "Intro"
    assert refused(engine.previous_cue(), "no_previous_cue")
    assert engine.next_cue().ok and engine.next_cue().ok
    assert refused(engine.next_cue(), "no_next_cue")
    cue = engine.snapshot().cue
    assert cue is not None and cue.index == 2 and cue.next_cue is None
    assert engine.previous_cue().ok
    cue = engine.snapshot().cue
    assert cue is not None and cue.index == 1


def test_cue_pace_at_exact_boundaries(engine: Engine, clocks: FakeClocks) -> None:
    engine.start()
    engine.next()  # talk-a, cards at 0:00, 5:00, 12:00
    engine.next_cue()  # "Demo", target 5:00; next target 12:00
    clocks.advance(5 * MIN - 1)
    cue = engine.snapshot().cue
    assert cue is not None and cue.pace is Pace.AHEAD and cue.pace_ms == 1
    clocks.advance(1)
    cue = engine.snapshot().cue
    assert cue is not None and cue.pace is Pace.ON_PACE and cue.pace_ms == 0
    clocks.advance(7 * MIN)
    cue = engine.snapshot().cue
    assert cue is not None and cue.pace is Pace.ON_PACE
    clocks.advance(1)
    cue = engine.snapshot().cue
    assert cue is not None and cue.pace is Pace.BEHIND and cue.pace_ms == 1


def test_cue_pace_none_without_targets(clocks: FakeClocks) -> None:
    show = make_show(seg("a", 10, cues=(Cue("One"), Cue("Two"))))
    engine = Engine(show, clocks)
    engine.start()
    cue = engine.snapshot().cue
    assert cue is not None and cue.pace is Pace.NONE and cue.pace_ms == 0


# ------------------------------------------------------------------ end and reset


def test_end_show(engine: Engine, clocks: FakeClocks) -> None:
    assert refused(engine.end_show(), "not_started")
    at_start(clocks)
    engine.start()
    clocks.advance(6 * MIN)  # one minute over
    assert engine.end_show().ok
    clocks.advance(10 * MIN)
    snap = engine.snapshot()
    end = START + timedelta(minutes=6)
    assert snap.status is Status.ENDED
    assert snap.elapsed_ms == 6 * MIN
    assert snap.projected_show_end == end
    assert snap.schedule[0].actual_end == end and snap.schedule[0].done
    assert all(row.projected_start is None for row in snap.schedule[1:])
    assert snap.offset_ms == MIN
    assert refused(engine.end_show(), "show_ended")
    assert refused(engine.start(), "show_ended")
    assert refused(engine.next(), "show_ended")
    assert refused(engine.add_time(1000), "show_ended")
    assert refused(engine.next_cue(), "show_ended")


def test_reset_starts_fresh(engine: Engine, clocks: FakeClocks) -> None:
    assert refused(engine.reset(), "nothing_to_reset")
    engine.start()
    clocks.advance(MIN)
    engine.next()
    engine.set_message("hello")
    engine.set_blackout(True)
    assert engine.reset().ok
    snap = engine.snapshot()
    assert snap.status is Status.STANDBY and snap.index == 0 and snap.elapsed_ms == 0
    assert snap.message is None and not snap.blackout
    assert all(row.actual_start is None for row in snap.schedule)
    assert engine.undo().ok  # reset can be undone, with the time since counted
    assert engine.snapshot().segment.id == "talk-a"


# ------------------------------------------------------------------ message, blackout


def test_message_and_flash_window(engine: Engine, clocks: FakeClocks) -> None:
    assert refused(engine.set_message(""), "no_message")
    assert engine.set_message("Wrap up please", flash=True).ok
    snap = engine.snapshot()
    assert snap.message is not None and snap.message.text == "Wrap up please"
    assert snap.message.flash and snap.message.set_at == datetime(2022, 9, 12, 12, 50, tzinfo=TZ)
    assert snap.message_flashing
    clocks.advance(FLASH_MS - 1)
    assert engine.snapshot().message_flashing
    clocks.advance(1)
    assert not engine.snapshot().message_flashing
    assert engine.snapshot().message is not None
    assert engine.set_message("Wrap up please", flash=True).ok  # flashes again
    assert engine.snapshot().message_flashing
    assert engine.set_message("Calm").ok
    assert refused(engine.set_message("Calm"), "unchanged")
    assert engine.set_message("   ").ok
    assert engine.snapshot().message is None


def test_blackout(engine: Engine) -> None:
    assert refused(engine.set_blackout(False), "unchanged")
    assert engine.set_blackout(True).ok
    assert engine.snapshot().blackout
    assert refused(engine.set_blackout(True), "unchanged")
    assert engine.set_blackout(False).ok
    assert not engine.snapshot().blackout


# ------------------------------------------------------------------ undo / redo


def test_nothing_to_undo_or_redo(engine: Engine) -> None:
    assert refused(engine.undo(), "nothing_to_undo")
    assert refused(engine.redo(), "nothing_to_redo")
    assert not engine.can_undo and not engine.can_redo and engine.undo_label is None


def test_undo_an_accidental_next_keeps_the_time_on_the_talk(
    engine: Engine, clocks: FakeClocks
) -> None:
    engine.start()
    engine.next()
    clocks.advance(3 * MIN)
    assert engine.next().ok  # oops
    assert engine.undo_label == "next"
    clocks.advance(5_000)
    assert engine.undo().ok
    snap = engine.snapshot()
    assert snap.segment.id == "talk-a" and snap.elapsed_ms == 3 * MIN + 5_000
    assert snap.schedule[2].actual_start is None
    assert engine.can_redo
    assert engine.redo().ok
    snap = engine.snapshot()
    assert snap.segment.id == "talk-b" and snap.elapsed_ms == 5_000


def test_undo_of_pause_means_it_ran_all_along(engine: Engine, clocks: FakeClocks) -> None:
    engine.start()
    clocks.advance(10_000)
    engine.pause()
    clocks.advance(20_000)
    engine.undo()
    snap = engine.snapshot()
    assert snap.status is Status.RUNNING and snap.elapsed_ms == 30_000


def test_undo_of_add_time_and_message(engine: Engine) -> None:
    engine.add_time(MIN)
    engine.set_message("hi")
    engine.undo()
    assert engine.snapshot().message is None
    engine.undo()
    assert engine.snapshot().added_ms == 0


def test_new_action_clears_redo(engine: Engine) -> None:
    engine.start()
    engine.next()
    engine.undo()
    assert engine.can_redo
    engine.add_time(1000)
    assert not engine.can_redo
    assert refused(engine.redo(), "nothing_to_redo")


def test_at_least_fifty_levels_of_undo(engine: Engine, clocks: FakeClocks) -> None:
    for _ in range(60):
        engine.add_time(1000)
    for _ in range(60):
        assert engine.undo().ok
    assert engine.snapshot().added_ms == 0
    for _ in range(60):
        assert engine.redo().ok
    assert engine.snapshot().added_ms == 60_000


# ------------------------------------------------------------------ subscribers


def test_subscribers_get_events_and_refusals_notify_no_one(
    engine: Engine, clocks: FakeClocks
) -> None:
    events: list[EngineEvent] = []
    unsubscribe = engine.subscribe(events.append)
    before_state = engine.state()
    engine.pause()
    assert events == [] and engine.state() is before_state
    engine.start()
    clocks.advance(1_000)
    engine.goto("talk-b")
    assert [e.action for e in events] == ["start", "goto"]
    event = events[-1]
    assert event.args == {"segment_id": "talk-b"}
    assert event.mono_ms == clocks.mono and event.wall == clocks.now
    assert event.before.segment.id == "opening" and event.before.elapsed_ms == 1_000
    assert event.after.segment.id == "talk-b" and event.after.elapsed_ms == 0
    engine.undo()
    assert events[-1].action == "undo" and events[-1].args == {"undone": "goto"}
    unsubscribe()
    engine.redo()
    assert len(events) == 3


def test_subscriber_sees_the_new_state_during_the_action(engine: Engine) -> None:
    seen: list[Status] = []
    engine.subscribe(lambda _e: seen.append(engine.state().live.status))
    engine.start()
    assert seen == [Status.RUNNING]


# ------------------------------------------------------------------ display ticks


def test_next_change_when_running_follows_the_shown_second(
    engine: Engine, clocks: FakeClocks
) -> None:
    engine.start()
    clocks.advance(300)  # remaining 4:59.700 shows 5:00 until 4:59.000 -> 700 ms
    assert engine.snapshot().next_change_ms == 700
    clocks.advance(700)
    assert engine.snapshot().next_change_ms == 1000


def test_next_change_includes_the_wall_second_unless_running(
    engine: Engine, clocks: FakeClocks
) -> None:
    engine.start()
    clocks.step_wall(timedelta(milliseconds=250))  # the wall second now flips in 750 ms
    clocks.advance(100)
    # running: the time of day flips with the countdown (one tick a second, not two)
    assert engine.snapshot().next_change_ms == 900
    engine.pause()
    assert engine.snapshot().next_change_ms == 650  # paused: only the wall second
    clocks.advance(650)
    assert engine.snapshot().next_change_ms == 1000


def test_next_change_in_standby_and_flash(engine: Engine, clocks: FakeClocks) -> None:
    clocks.advance(400)  # wall is then .400 past the second; until_start 9:59.600
    assert engine.snapshot().next_change_ms == 600
    engine.set_message("x", flash=True)
    clocks.advance(600 + 2_000)  # wall on the second, 400 ms of flash left
    assert engine.snapshot().next_change_ms == 400
    clocks.advance(400)
    assert not engine.snapshot().message_flashing


# ------------------------------------------------------------------ clocks


@pytest.mark.parametrize("step", [timedelta(hours=1), timedelta(hours=-1), timedelta(seconds=10)])
def test_wall_steps_change_no_countdown(
    engine: Engine, clocks: FakeClocks, step: timedelta
) -> None:
    at_start(clocks)
    engine.start()
    clocks.advance(90_000)
    before = engine.snapshot()
    clocks.step_wall(step)
    after = engine.snapshot()
    assert after.elapsed_ms == before.elapsed_ms == 90_000
    assert after.remaining_ms == before.remaining_ms
    assert after.now == before.now + step
    # times of day follow the new wall clock: projection = now + remaining
    assert after.schedule[0].projected_end == after.now + timedelta(milliseconds=210_000)
    assert after.offset_ms - before.offset_ms == step // timedelta(milliseconds=1)
    clocks.advance(10_000)
    assert engine.snapshot().elapsed_ms == 100_000


def test_a_show_across_midnight(clocks: FakeClocks) -> None:
    start = datetime(2022, 9, 12, 23, 30, tzinfo=TZ)
    show = make_show(seg("late", 45), seg("later", 30), starts_at=start)
    clocks.set_wall(start - timedelta(minutes=1))
    engine = Engine(show, clocks)
    assert engine.snapshot().until_start_ms == MIN
    assert engine.snapshot().planned_show_end == datetime(2022, 9, 13, 0, 45, tzinfo=TZ)
    clocks.advance(MIN)
    engine.start()
    clocks.advance(50 * MIN)  # 5 minutes over, past midnight
    snap = engine.snapshot()
    assert snap.now == datetime(2022, 9, 13, 0, 20, tzinfo=TZ)
    assert snap.overtime_ms == 5 * MIN and snap.offset_ms == 5 * MIN
    engine.next()
    snap = engine.snapshot()
    assert snap.schedule[0].actual_end == datetime(2022, 9, 13, 0, 20, tzinfo=TZ)
    assert snap.projected_show_end == datetime(2022, 9, 13, 0, 50, tzinfo=TZ)


def test_every_snapshot_datetime_is_aware_and_in_the_show_zone(
    engine: Engine, clocks: FakeClocks
) -> None:
    engine.start()
    engine.next()
    engine.set_message("x")
    snap = engine.snapshot()
    moments = [snap.now, snap.planned_show_end, snap.projected_show_end, snap.actual_start]
    assert snap.message is not None
    moments.append(snap.message.set_at)
    for row in snap.schedule:
        moments += [row.planned_start, row.planned_end, row.projected_start, row.projected_end]
        moments += [row.actual_start, row.actual_end]
    present = [m for m in moments if m is not None]
    assert len(present) > 10
    assert all(m.tzinfo == TZ for m in present)


# ------------------------------------------------------------------ hot reload


def test_replace_show_keeps_matching_segments(engine: Engine, clocks: FakeClocks) -> None:
    engine.start()
    clocks.advance(MIN)
    engine.next()
    clocks.advance(2 * MIN)
    new_show = make_show(seg("talk-a", 20, cues=CUES[:1]), seg("panel", 45))
    notes = engine.replace_show(new_show)
    assert any("opening" in n for n in notes)
    snap = engine.snapshot()
    assert snap.segment.id == "talk-a" and snap.index == 0
    assert snap.elapsed_ms == 2 * MIN and snap.remaining_ms == 18 * MIN
    assert engine.show is new_show


def test_replace_show_without_the_current_segment(engine: Engine, clocks: FakeClocks) -> None:
    engine.start()
    engine.next()
    clocks.advance(MIN)
    notes = engine.replace_show(make_show(seg("opening", 5), seg("new", 10)))
    assert any("talk-a" in n and "new" in n for n in notes)
    snap = engine.snapshot()
    assert snap.segment.id == "new" and snap.status is Status.RUNNING and snap.elapsed_ms == 0
    assert engine.undo().ok  # history still works on the edited show


def test_an_empty_show_is_refused(clocks: FakeClocks) -> None:
    with pytest.raises(ValueError, match="at least one segment"):
        Engine(make_show(), clocks)


def test_next_change_covers_phase_boundaries(clocks: FakeClocks) -> None:
    show = make_show(seg("a", 5, warning_ms=120_250, danger_ms=60_000))
    engine = Engine(show, clocks)
    engine.start()
    clocks.advance(179_000)  # remaining 2:01.000; warning starts at 2:00.250
    assert engine.snapshot().next_change_ms == 750
    clocks.advance(750)
    assert engine.snapshot().phase is Phase.WARNING
    clocks.advance(300_000 - 179_750)  # remaining exactly 0: overtime begins 1 ms later
    snap = engine.snapshot()
    assert snap.remaining_ms == 0 and snap.phase is Phase.DANGER
    assert snap.next_change_ms == 1
    clocks.advance(1)
    assert engine.snapshot().phase is Phase.OVERTIME


def test_times_do_not_depend_on_the_machine_time_zone() -> None:
    import subprocess
    import sys

    code = (
        "from datetime import timedelta\n"
        "from runofshow.core.clock import FakeClocks\n"
        "from runofshow.core.engine import Engine\n"
        "from tests.core.test_engine import default_show\n"
        "c = FakeClocks(); e = Engine(default_show(), c); c.advance(600_000); e.start()\n"
        "c.advance(90_000); e.next(); s = e.snapshot()\n"
        "print(s.now.isoformat(), s.actual_start.isoformat(), s.projected_show_end.isoformat())\n"
        "print([r.planned_start.isoformat() for r in s.schedule])\n"
    )
    outputs = set()
    for zone in ("America/New_York", "Asia/Tokyo", "UTC"):
        env = {**__import__("os").environ, "TZ": zone}
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
    out = outputs.pop()
    assert out.startswith("2022-09-12T13:01:30+09:00 2022-09-12T13:01:30+09:00")
    assert "'2022-09-12T13:05:00+09:00'" in out


def test_the_clock_modules_never_read_local_time() -> None:
    core = Path(__file__).resolve().parents[2] / "runofshow" / "core"
    pattern = re.compile(r"datetime\.now\(|\.astimezone\(\)|localtime|utcnow|time\.time\(|today\(")
    for name in ("engine.py", "engine_state.py", "schedule.py", "journal.py"):
        text = (core / name).read_text(encoding="utf-8")
        assert not pattern.search(text), name
