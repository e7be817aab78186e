"""A run killed with SIGKILL keeps every acknowledged event and is listed as incomplete."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from runofshow.core.runs import RunStore
from tests.e2e.run_crash_driver import SCRIPT

REPO = Path(__file__).resolve().parents[2]
ACKED = 8  # actions acknowledged before the kill; the run never reaches its end


def _read_line(proc: subprocess.Popen[str], deadline: float) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()  # the driver answers each request at once
    assert time.monotonic() < deadline, "driver too slow"
    assert line, f"driver exited early: {proc.poll()}"
    return line.strip()


@pytest.mark.slow
def test_kill_9_mid_run_keeps_every_acked_event(tmp_path: Path) -> None:
    show_path = tmp_path / "show.yaml"
    show_path.write_text("# keyed by path\n", encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.run_crash_driver", str(show_path)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    ) as proc:
        deadline = time.monotonic() + 30
        try:
            assert _read_line(proc, deadline) == "ready"
            acks = []
            assert proc.stdin is not None
            for _ in range(ACKED):
                proc.stdin.write("go\n")
                proc.stdin.flush()
                acks.append(_read_line(proc, deadline))
            os.kill(proc.pid, signal.SIGKILL)
            assert proc.wait(timeout=10) == -signal.SIGKILL
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
    expected = [f"ack {n} {name}" for n, (name, _) in enumerate(SCRIPT[:ACKED], start=1)]
    assert acks == expected

    store = RunStore.for_show(show_path)
    runs = store.list_runs()
    assert len(runs) == 1
    info = runs[0]
    assert (info.kind, info.status, info.complete, info.ended) == (
        "rehearsal", "incomplete", False, None,
    )  # fmt: skip
    events = store.events(info.id)
    assert [(e.seq, e.action) for e in events] == [
        (n, name) for n, (name, _) in enumerate(SCRIPT[:ACKED], start=1)
    ]
    analysis = store.load(info.id).analysis
    opening, talk = analysis.segments[0], analysis.segments[1]
    assert opening.ran and opening.ended is not None and opening.pauses == 1
    assert opening.added_ms == 60_000
    assert talk.ran and talk.ended is None  # on air when the process died
    assert talk.cues[1].reached_ms is not None
