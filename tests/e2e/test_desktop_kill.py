"""The desktop killed with SIGKILL mid-show, as a user starts it (`python -m runofshow`):
the next start restores the show from the journal, and the history the run store had not
taken yet (the run store opens only after the console's first paint) is written then."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from runofshow.core.runs import RunStore
from runofshow.paths import show_data_dir

DEADLINE_S = 60


def _start(env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "runofshow", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if "browser views at " in line:
            return proc, line.split("browser views at ", 1)[1].strip().rstrip("/")
    proc.kill()
    _out, err = proc.communicate(timeout=DEADLINE_S)
    raise AssertionError(f"the app did not start: {err[-3000:]}")


def _call(base: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"{base}{path}", method="GET" if body is None else "POST",
                                     data=data)  # fmt: skip
    with urllib.request.urlopen(request, timeout=10) as response:
        result: dict[str, Any] = json.load(response)
    return result


def _stop(proc: subprocess.Popen[str], sig: signal.Signals) -> int:
    proc.send_signal(sig)
    try:
        return proc.wait(timeout=DEADLINE_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


@pytest.mark.slow
def test_kill_9_mid_show_restores_it_and_keeps_its_history(
    isolated_data_dir: Path, bundled_show_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "RUNOFSHOW_DATA_DIR": str(isolated_data_dir)}  # fmt: skip
    proc, base = _start(env)
    try:
        assert _call(base, "/api/start", {"plan": "shift"})["state"]["state"] == "running"
        state = _call(base, "/api/next", {})["state"]  # answered once the journal is on disk
        segment = state["segment"]["id"]
    finally:
        assert _stop(proc, signal.SIGKILL) == -signal.SIGKILL

    proc, base = _start(env)  # the server starts after the first paint, so does the store
    try:
        state = _call(base, "/api/state")
        assert state["state"] == "running" and state["segment"]["id"] == segment
        assert _call(base, "/api/pause", {})["state"]["state"] == "paused"
    finally:
        assert _stop(proc, signal.SIGTERM) == 0

    store = RunStore(show_data_dir(bundled_show_path) / "runs.sqlite3")
    try:
        (run,) = store.list_runs()
        assert [e.action for e in store.events(run.id)] == ["start", "next", "recovered", "pause"]
    finally:
        store.close()
