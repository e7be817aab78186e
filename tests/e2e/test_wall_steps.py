"""Downtime after a crash does not move with the wall clock: libfaketime steps the wall
clock of the headless app by ±60 s and ±1 h, the app is killed 0.3 s or 10 s later and
restarted (the step persists, as a changed system clock does), and the resumed segment has
run exactly as long as it really ran (the boot clock measured the downtime).

Before this, a backward step resumed with "0:00 of downtime" and too much time left, and
a forward step counted the step as downtime (issue 13)."""

from __future__ import annotations

import glob
import json
import os
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from tests.e2e.headless_server import HeadlessServer, show_starting_now

pytestmark = pytest.mark.slow
STEPS_S = (-60, 60, -3600, 3600)
TOLERANCE_MS = 600  # a tick of the published state, the restart's clock readings


def libfaketime() -> str:
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))
    assert found, "libfaketime is missing: scripts/setup-system test installs 'faketime'"
    return found[0]


@dataclass
class Outcome:
    step_s: int
    after_s: float
    error_ms: int
    said: str


def run_one(tmp_path: Path, step_s: int, after_s: float) -> Outcome:
    folder = tmp_path / f"step{step_s}-after{after_s}"
    folder.mkdir()
    data = folder / "data"
    show = show_starting_now(folder)
    fake = folder / "faketime"
    fake.write_text("+0s\n", encoding="ascii")
    env = dict(
        os.environ,
        LD_PRELOAD=libfaketime(),
        FAKETIME_TIMESTAMP_FILE=str(fake),
        FAKETIME_NO_CACHE="1",
        FAKETIME_DONT_FAKE_MONOTONIC="1",  # only the wall clock is stepped
    )
    first = HeadlessServer(show, data, env=env)
    try:
        status, body = first.request("POST", "/api/start")
        assert (status, body.get("durable")) == (200, True), body
        raw = json.loads((next(data.glob("shows/*/journal.json"))).read_text("utf-8"))
        anchor = datetime.fromisoformat(raw["state"]["live"]["anchor_wall"])  # real: +0 then
        threading.Event().wait(1.0)  # the show runs a second, then the clock is stepped
        fake.write_text(f"{step_s:+d}s\n", encoding="ascii")
        threading.Event().wait(after_s)
        first.kill()  # kill -9
    finally:
        first.kill()
    second = HeadlessServer(show, data, env=env)
    try:
        status, state = second.request("GET", "/api/state")
        assert status == 200 and state["state"] == "running"
        real_now_ms = state["server_time_ms"] - step_s * 1000  # the snapshot's real moment
        real_elapsed = real_now_ms - int(anchor.timestamp() * 1000)
        said = next(line for line in second.output if line.startswith("Resumed after a crash"))
    finally:
        assert second.stop() == 0
    return Outcome(step_s, after_s, state["elapsed_ms"] - real_elapsed, said)


@pytest.mark.parametrize("after_s", [0.3, 10.0])
def test_wall_steps_then_kill_9_resume_with_the_real_elapsed_time(
    tmp_path: Path, after_s: float
) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:  # two at a time: a busy machine
        outcomes = list(pool.map(lambda step: run_one(tmp_path, step, after_s), STEPS_S))
    for outcome in outcomes:
        assert abs(outcome.error_ms) <= TOLERANCE_MS, outcome
        downtime = re.search(r"(\d+):(\d\d) of downtime", outcome.said)
        assert downtime is not None, outcome
        seconds = int(downtime[1]) * 60 + int(downtime[2])
        assert 0 < seconds < 30, outcome  # the real few seconds, never 0 nor the step
