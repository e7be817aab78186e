"""Kill -9 a real process mid-show, many times: the journal always holds an acknowledged state.

The driver (crash_driver.py) runs a scripted operator on the real clocks against a
journal in a temporary folder and prints each state after the action returned. We
SIGKILL it at random points, check the journal on disk, and start it again: it must
resume exactly that state (rebased onto its own monotonic clock).
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from runofshow.core.engine_state import EngineState, LiveState, from_dict, shift_mono
from runofshow.core.journal import JOURNAL_NAME, Journal

DRIVER = Path(__file__).resolve().parent / "crash_driver.py"
ROOT = Path(__file__).resolve().parents[2]
DEADLINE_S = 20.0

pytestmark = pytest.mark.slow


class Driver:
    """A driver subprocess whose stdout lines arrive on a queue (read with deadlines)."""

    def __init__(self, mode: str, data_dir: Path, seed: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(DRIVER), mode, str(data_dir), str(seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next_line(self) -> str:
        """The next line, waiting at most until the deadline."""
        try:
            line = self.lines.get(timeout=DEADLINE_S)
        except queue.Empty:
            self.kill()
            pytest.fail("the driver printed nothing before the deadline")
        if line is None:
            stderr = self.proc.stderr.read() if self.proc.stderr else ""
            self.kill()
            pytest.fail(f"the driver exited early: {stderr}")
        return line

    def kill(self) -> list[str]:
        """SIGKILL, then return every line it printed that was not read yet."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=DEADLINE_S)
        self._reader.join(timeout=DEADLINE_S)
        rest: list[str] = []
        while True:
            line = self.lines.get_nowait()
            if line is None:
                break
            rest.append(line)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()
        return rest


def mono_values(state: EngineState) -> list[int]:
    values: list[int | None] = []
    for live in (state.live, *(e.state for e in state.undo + state.redo)):
        values += [live.anchor_mono, live.message_mono, live.ended_mono]
        for run in live.runs.values():
            values += [run.started_mono, run.left_mono]
    return [v for v in values if v is not None]


def same_but_rebased(saved: EngineState, resumed: EngineState) -> bool:
    """``resumed`` is ``saved`` with every monotonic value moved by one constant."""
    before, after = mono_values(saved), mono_values(resumed)
    if len(before) != len(after):
        return False
    delta = after[0] - before[0] if before else 0
    return shift_mono(saved, delta) == resumed


def acked_or_one_later(on_disk: EngineState, acked: EngineState) -> bool:
    """The journal holds the last acknowledged state, or one more action whose write
    completed before the kill (its undo or redo top is the acknowledged live state).

    When no action was accepted since a resume, the journal still holds the state the
    process resumed from: resuming rebases monotonic values in memory without writing,
    so the acknowledged state is that one moved by a constant (rounding may make it 1 ms).
    """
    if on_disk == acked or same_but_rebased(on_disk, acked):
        return True
    tops = [e.state for e in (on_disk.undo[-1:] + on_disk.redo[-1:])]
    return acked.live in tops


def parse_ack(line: str) -> tuple[int, EngineState]:
    kind, n, _action, _ok, state = line.split(" ", 4)
    assert kind == "ACK"
    return int(n), from_dict(json.loads(state))


def test_kill_nine_at_random_points_resumes_the_acknowledged_state(tmp_path: Path) -> None:
    rng = random.Random(4)
    journal_path = tmp_path / JOURNAL_NAME
    kills = 0
    resumed_count = 0
    began = time.monotonic()
    saved: EngineState | None = None
    for round_no in range(24):
        driver = Driver("show", tmp_path, seed=round_no)
        first = driver.next_line()
        if first == "FRESH":
            assert saved is None or saved.live == LiveState(current_id="a")
        else:
            kind, downtime, state_json = first.split(" ", 2)
            assert kind == "RESUMED" and int(downtime) >= 0
            assert saved is not None
            assert same_but_rebased(saved, from_dict(json.loads(state_json)))
            resumed_count += 1
        target = rng.randint(1, 40)
        last: EngineState | None = None
        while True:
            line = driver.next_line()
            n, last = parse_ack(line)
            if n >= target:
                break
        for line in driver.kill():
            if line.startswith("ACK ") and line.count(" ") >= 4:
                try:
                    _n, last = parse_ack(line)
                except json.JSONDecodeError:
                    break  # the kill cut the line short: it was never acknowledged
        kills += 1
        raw = Journal(journal_path).read_raw()
        assert raw is not None
        on_disk = from_dict(raw["state"])
        assert last is not None and acked_or_one_later(on_disk, last)
        saved = on_disk
    assert kills >= 20 and resumed_count >= 10
    assert time.monotonic() - began < 30


def test_a_kill_during_writes_never_leaves_a_corrupt_journal(tmp_path: Path) -> None:
    rng = random.Random(9)
    journal_path = tmp_path / JOURNAL_NAME
    for round_no in range(20):
        driver = Driver("hammer", tmp_path, seed=round_no)
        target = rng.randint(1, 60)
        while not driver.next_line().endswith(f" {target}"):
            pass
        driver.kill()
        raw = Journal(journal_path).read_raw()  # raises on a torn or partial file
        assert raw is not None
        from_dict(raw["state"])
        info = Journal(journal_path).load()
        assert info is None or isinstance(info.state, EngineState)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []  # load() cleans up the temp files of killed writers
