"""The real app as a user starts it: `python -m runofshow`, offscreen, stopped by a signal."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from runofshow.paths import show_data_dir

DEADLINE_S = 60


def _read_line_with(proc: subprocess.Popen[str], marker: str) -> str:
    assert proc.stdout is not None
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if marker in line:
            return line.strip()
    proc.kill()
    raise AssertionError(
        f"no line with {marker!r}; stderr: {proc.stderr.read() if proc.stderr else ''}"
    )


@pytest.mark.slow
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_app_opens_the_bundled_show_and_stops_cleanly(
    stop: signal.Signals, isolated_data_dir: Path, bundled_show_path: Path
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RUNOFSHOW_DATA_DIR": str(isolated_data_dir),
    }
    with subprocess.Popen(
        [sys.executable, "-m", "runofshow", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as proc:
        _drive_and_stop(proc, stop)
    journal = json.loads((show_data_dir(bundled_show_path) / "journal.json").read_text("utf-8"))
    assert journal["clean_exit"] is True


def _drive_and_stop(proc: subprocess.Popen[str], stop: signal.Signals) -> None:
    try:
        line = _read_line_with(proc, "browser views at ")
        base = line.split("browser views at ", 1)[1].rstrip("/")
        with urllib.request.urlopen(f"{base}/api/state", timeout=10) as response:
            state = json.load(response)
        assert state["show"]["title"] == "Kyash TechTalk #4 - Serversideと新しい挑戦"
        assert state["state"] == "standby"
        assert state["far"] is not None  # dated 2022-09-12: going live asks what to do
        answer = json.dumps({"plan": "shift"}).encode()
        request = urllib.request.Request(f"{base}/api/start", method="POST", data=answer)
        with urllib.request.urlopen(request, timeout=10) as response:
            state = json.load(response)["state"]
        assert state["state"] == "running" and state["far"] is None
        proc.send_signal(stop)
        assert proc.wait(timeout=DEADLINE_S) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
