"""A damaged journal never stops the start: every value is range-checked, the file is set
aside as a timestamped copy, and the show starts in standby saying why.

The variants are the ones a power cut, a hand edit or another version leave behind; each
was found to crash every start before (issue 13). Downtime after a crash is measured on
the boot clock, so wall-clock steps do not move it; across a reboot it is wall time."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.journal import JOURNAL_NAME, REBOOT_NOTE, Journal
from runofshow.core.snapshot import Status
from tests.core.test_engine import CUES, MIN, default_show, make_show, seg

Mutation = Callable[[dict[str, Any]], None]


def _live(d: dict[str, Any]) -> dict[str, Any]:
    live: dict[str, Any] = d["state"]["live"]
    return live


def _run(d: dict[str, Any]) -> dict[str, Any]:
    run: dict[str, Any] = next(iter(_live(d)["runs"].values()))
    return run


def _set(key: str, value: object) -> Mutation:
    return lambda d: d.__setitem__(key, value)


def _live_set(**values: object) -> Mutation:
    return lambda d: _live(d).update(values)


def _run_set(**values: object) -> Mutation:
    return lambda d: _run(d).update(values)


MUTATIONS: dict[str, Mutation] = {
    "saved_mono 1e30": _set("saved_mono", 1e30),
    "saved_mono text": _set("saved_mono", "soon"),
    "saved_mono -2**70": _set("saved_mono", -(2**70)),
    "saved_wall without offset": _set("saved_wall", "2024-01-01T10:00:00"),
    "saved_wall not a time": _set("saved_wall", "yesterday"),
    "saved_wall year 9999": _set("saved_wall", "9999-12-31T23:59:59+00:00"),
    "saved_wall year 1": _set("saved_wall", "0001-01-01T00:00:00+00:00"),
    "saved_boot ms negative": _set("saved_boot", {"id": "fake-boot", "ms": -5}),
    "clean_exit text": _set("clean_exit", "no"),
    "format other": _set("format", "something-else"),
    "version 99": _set("version", 99),
    "state null": _set("state", None),
    "elapsed huge": _run_set(elapsed_ms=10**30),
    "elapsed negative": _run_set(elapsed_ms=-(10**9)),
    "added huge": _run_set(added_ms=10**30),
    "added negative huge": _run_set(added_ms=-(10**12)),
    "cue index negative": _run_set(cue_index=-5),
    "cue index huge": _run_set(cue_index=10**9),
    "started_mono after the save": _run_set(started_mono=10**12),
    "ended without ended_mono": _live_set(
        status="ended", anchor_mono=None, anchor_wall=None, ended_mono=None
    ),
    "running without anchor": _live_set(status="running", anchor_mono=None, anchor_wall=None),
    "paused still counting": _live_set(status="paused"),
    "status unknown": _live_set(status="flying"),
    "current_id a number": _live_set(current_id=5),
    "current_id empty": _live_set(current_id=""),
    "anchor_mono huge": _live_set(anchor_mono=10**25),
    "anchor_mono float": _live_set(anchor_mono=1.5),
    "anchor_wall without offset": _live_set(anchor_wall="2024-01-01T10:00:00"),
    "runs a list": _live_set(runs=[]),
    "runs null": _live_set(runs=None),
    "visits text": _live_set(visits="abc"),
    "message a number": _live_set(message=5),
    "message text a megabyte": _live_set(
        message={"text": "x" * 10**6, "flash": False, "set_at": "2024-01-01T10:00:00+00:00"}
    ),
    "message with a lone surrogate": _live_set(
        message={"text": "\ud83d", "flash": False, "set_at": "2024-01-01T10:00:00+00:00"}
    ),
    "message_mono huge": _live_set(message_mono=10**30),
    "blackout text": _live_set(blackout="yes"),
    "undo not a list": lambda d: d["state"].update(undo=5),
    "undo entry without state": lambda d: d["state"].update(undo=[{"label": "x"}]),
    "undo 2000 deep": lambda d: d["state"].update(
        undo=[{"label": "next", "state": _live(d)}] * 2000
    ),
    "history pending not a list": lambda d: d["history"].update(pending=7),
}
TEXTS: dict[str, str] = {
    "truncated": '{"format": "runofshow-journal", "vers',
    "empty": "",
    "binary": "\x00\x01\x02\xff",
    "a list": "[1, 2, 3]",
    "nested 100,000 deep": '{"format":"runofshow-journal","version":2,"state":'
    + "[" * 100_000
    + "]" * 100_000
    + "}",
    "NaN": '{"format": "runofshow-journal", "version": 2, "saved_mono": NaN}',
}


def _saved_journal(tmp_path: Path, clocks: FakeClocks) -> dict[str, Any]:
    engine = Engine(default_show(), clocks)
    journal = Journal(tmp_path / JOURNAL_NAME, clocks)
    journal.attach(engine)
    engine.start()
    clocks.advance(MIN)
    engine.next()
    engine.add_time(30_000)
    engine.set_message("まもなく")
    raw = journal.read_raw()
    assert raw is not None
    return raw


def _assert_set_aside(tmp_path: Path, clocks: FakeClocks) -> str:
    journal = Journal(tmp_path / JOURNAL_NAME, clocks)
    assert journal.load(default_show()) is None  # never an exception: standby
    damaged = journal.damaged
    assert damaged is not None and damaged.copy is not None
    stamp = clocks.now.strftime("%Y%m%dT%H%M%SZ")  # when it was set aside, UTC
    assert damaged.copy.name == f"{JOURNAL_NAME}.broken-{stamp}"
    assert damaged.copy.exists() and not (tmp_path / JOURNAL_NAME).exists()
    assert str(damaged.copy) in damaged.describe() and "standby" in damaged.describe()
    assert Journal(tmp_path / JOURNAL_NAME, clocks).load(default_show()) is None  # gone
    return damaged.reason


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_a_damaged_value_sets_the_journal_aside(
    tmp_path: Path, clocks: FakeClocks, name: str
) -> None:
    raw = copy.deepcopy(_saved_journal(tmp_path, clocks))
    MUTATIONS[name](raw)
    (tmp_path / JOURNAL_NAME).write_text(json.dumps(raw), encoding="utf-8", errors="surrogatepass")
    reason = _assert_set_aside(tmp_path, clocks)
    assert reason  # says what was wrong, where
    assert "\ud83d" not in reason  # safe to print and to store


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_a_damaged_file_sets_the_journal_aside(
    tmp_path: Path, clocks: FakeClocks, name: str
) -> None:
    (tmp_path / JOURNAL_NAME).write_bytes(TEXTS[name].encode("utf-8", "surrogateescape"))
    _assert_set_aside(tmp_path, clocks)


def test_the_history_a_damaged_journal_carried_is_kept(tmp_path: Path, clocks: FakeClocks) -> None:
    raw = _saved_journal(tmp_path, clocks)
    raw["history"] = {"run": None, "pending": []}
    raw["state"]["live"]["status"] = "flying"
    (tmp_path / JOURNAL_NAME).write_text(json.dumps(raw), encoding="utf-8")
    journal = Journal(tmp_path / JOURNAL_NAME, clocks)
    assert journal.load(default_show()) is None and journal.damaged is not None
    assert journal.carried.pending == ()


def test_an_unknown_current_segment_is_an_edit_not_damage(
    tmp_path: Path, clocks: FakeClocks
) -> None:
    raw = _saved_journal(tmp_path, clocks)
    raw["state"]["live"]["current_id"] = "gone"
    (tmp_path / JOURNAL_NAME).write_text(json.dumps(raw), encoding="utf-8")
    journal = Journal(tmp_path / JOURNAL_NAME, clocks)
    info = journal.load(default_show())
    assert info is not None and journal.damaged is None
    assert any("'gone' is no longer in the show" in note for note in info.notes)


# ---------------------------------------------------------------- downtime on the boot clock


def _running(tmp_path: Path, clocks: FakeClocks) -> Engine:
    engine = Engine(make_show(seg("a", 30, cues=CUES), seg("b", 30)), clocks)
    Journal(tmp_path / JOURNAL_NAME, clocks).attach(engine)
    engine.start()
    clocks.advance(5 * MIN)
    engine.add_time(1_000)
    return engine


@pytest.mark.parametrize("step", [timedelta(seconds=-60), timedelta(seconds=60),
                                  timedelta(hours=-1), timedelta(hours=1)])  # fmt: skip
@pytest.mark.parametrize("down_ms", [300, 10_000])
def test_wall_steps_do_not_move_the_downtime(
    tmp_path: Path, clocks: FakeClocks, step: timedelta, down_ms: int
) -> None:
    engine = _running(tmp_path, clocks)
    clocks.step_wall(step)  # NTP, DST or a hand: the wall clock jumps, then a crash
    clocks.advance(down_ms)
    info = Journal(tmp_path / JOURNAL_NAME, clocks).load(engine.show)
    assert info is not None and not info.by_wall_clock
    assert info.downtime_ms == down_ms
    resumed = Engine(engine.show, clocks, state=info.state)
    assert resumed.snapshot().elapsed_ms == 5 * MIN + down_ms  # as if it had kept running


def test_across_a_reboot_the_downtime_is_wall_time_and_says_so(
    tmp_path: Path, clocks: FakeClocks
) -> None:
    engine = _running(tmp_path, clocks)
    rebooted = FakeClocks(mono=40_000, now=clocks.now + timedelta(minutes=3), boot_id="next-boot")
    info = Journal(tmp_path / JOURNAL_NAME, rebooted).load(engine.show)
    assert info is not None and info.by_wall_clock and info.downtime_ms == 3 * MIN
    assert REBOOT_NOTE in info.notes and REBOOT_NOTE in info.describe()
    assert Engine(engine.show, rebooted, state=info.state).snapshot().elapsed_ms == 8 * MIN


def test_without_a_boot_clock_the_wall_clock_is_all_there_is(
    tmp_path: Path, clocks: FakeClocks
) -> None:
    clocks.boot_id = None
    engine = _running(tmp_path, clocks)
    later = FakeClocks(mono=7, now=clocks.now + timedelta(seconds=90), boot_id=None)
    info = Journal(tmp_path / JOURNAL_NAME, later).load(engine.show)
    assert info is not None and info.by_wall_clock and info.downtime_ms == 90_000
    assert REBOOT_NOTE not in info.notes


def test_a_heartbeat_after_a_step_is_compared_on_the_boot_clock(
    tmp_path: Path, clocks: FakeClocks
) -> None:
    engine = Engine(default_show(), clocks)
    journal = Journal(tmp_path / JOURNAL_NAME, clocks)
    journal.attach(engine)
    engine.start()
    clocks.step_wall(timedelta(hours=-1))  # the heartbeat's wall time is now before the save
    clocks.advance(10_000)
    journal.heartbeat(force=True)
    clocks.advance(4_000)
    info = Journal(tmp_path / JOURNAL_NAME, clocks).load(default_show())
    assert info is not None and info.downtime_ms == 4_000
    snap = Engine(default_show(), clocks, state=info.state).snapshot()
    assert snap.status is Status.RUNNING and snap.elapsed_ms == 14_000
