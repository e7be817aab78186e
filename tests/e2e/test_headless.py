"""`runofshow --headless` as a real subprocess: driven over HTTP, stopped by signals."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from runofshow.core.journal import Journal
from tests.e2e.headless_server import REPO, HeadlessServer
from tests.shows import NOT_A_SHOW, write

pytestmark = pytest.mark.slow


def _journal(show: Path) -> dict[str, object]:
    data = json.loads(Journal.for_show(show).path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_headless_runs_the_show_and_stops_cleanly(
    bundled_show_path: Path, isolated_data_dir: Path, signum: int
) -> None:
    server = HeadlessServer(bundled_show_path, isolated_data_dir)
    try:
        assert any("/speaker" in line for line in server.output)  # the URLs are printed
        status, state = server.request("GET", "/api/state")
        assert status == 200
        assert state["state"] == "standby"
        assert state["far"] is not None  # the bundled show is dated 2022-09-12
        status, body = server.request("POST", "/api/start")
        assert (status, body["error"]["code"]) == (409, "confirmation_required")
        question = body["error"]["question"]
        assert question["answer"] == "plan" and question["default"] == "shift"
        assert body["state"]["state"] == "standby"
        status, body = server.request("POST", "/api/start", {"plan": "shift"})
        assert (status, body["state"]["state"]) == (200, "running")
        assert body["state"]["far"] is None
        status, body = server.request("POST", "/api/next")
        assert (status, body["state"]["segment"]["id"]) == (200, "talk-dev-env")
        status, body = server.request("POST", "/api/time", {"seconds": 60})
        assert status == 200
        assert body["state"]["planned_ms"] == 16 * 60_000
        status, body = server.request("POST", "/api/pause")
        assert status == 200
        status, body = server.request("POST", "/api/pause")
        assert status == 409
        assert body["error"]["code"] == "not_running"
        # the acknowledged state is on disk, not yet marked clean
        assert _journal(bundled_show_path)["clean_exit"] is False
    finally:
        code = server.stop(signum)
    assert code == 0, server.errors
    assert "stopped" in server.rest_of_output()
    journal = _journal(bundled_show_path)
    assert journal["clean_exit"] is True
    assert not any("Traceback" in line for line in server.errors), server.errors


def test_headless_resumes_after_a_crash(bundled_show_path: Path, isolated_data_dir: Path) -> None:
    first = HeadlessServer(bundled_show_path, isolated_data_dir)
    try:
        assert first.request("POST", "/api/start", {"plan": "shift"})[0] == 200  # 2022: far
        assert first.request("POST", "/api/goto/panel", {"confirm": True})[0] == 200
    finally:
        first.kill()  # SIGKILL: no clean exit
    second = HeadlessServer(bundled_show_path, isolated_data_dir)
    try:
        assert any("Resumed after a crash" in line for line in second.output)
        status, state = second.request("GET", "/api/state")
        assert (status, state["state"], state["segment"]["id"]) == (200, "running", "panel")
    finally:
        assert second.stop() == 0


def test_headless_bad_show_exits_1_with_located_errors(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    write(bad, NOT_A_SHOW)
    result = subprocess.run(
        [sys.executable, "-m", "runofshow", "--headless", str(bad), "--port", "0"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 1
    assert f"{bad}:3:" in result.stderr
    assert "Traceback" not in result.stderr
