"""`runofshow --headless` on a machine without Qt: PySide6 is made unimportable in the child
(a meta-path finder installed by a sitecustomize on PYTHONPATH). The server answers, actions
work, and after kill -9 a restart resumes the show."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.headless_server import REPO, HeadlessServer

pytestmark = pytest.mark.slow

SITECUSTOMIZE = '''
import os, sys

class NoQt:
    """Any import of PySide6 or shiboken6 fails, as on a machine without Qt; each attempt is
    written down, so a caught ImportError cannot hide one."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            with open(os.environ["NO_QT_LOG"], "a", encoding="utf-8") as log:
                log.write(name + "\\n")
            raise ModuleNotFoundError(f"No module named {name!r} (no Qt on this machine)")
        return None

sys.meta_path.insert(0, NoQt())
'''


@pytest.fixture
def no_qt_env(tmp_path: Path) -> dict[str, str]:
    folder = tmp_path / "no-qt"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(folder), env.get("PYTHONPATH")) if p)
    env["NO_QT_LOG"] = str(tmp_path / "qt-imports.log")
    return env


def test_the_finder_really_hides_qt(no_qt_env: dict[str, str], tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import PySide6.QtCore"],
        env=no_qt_env, cwd=REPO, capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "no Qt on this machine" in result.stderr
    assert (tmp_path / "qt-imports.log").read_text(encoding="utf-8").split() == ["PySide6"]


def test_headless_runs_resumes_and_never_imports_qt(
    no_qt_env: dict[str, str], tmp_path: Path, bundled_show_path: Path, isolated_data_dir: Path
) -> None:
    first = HeadlessServer(bundled_show_path, isolated_data_dir, env=no_qt_env)
    try:
        status, state = first.request("GET", "/api/state")
        assert (status, state["state"], state["api"]) == (200, "standby", 1)
        assert first.request("POST", "/api/start", {"plan": "as_planned"})[0] == 200
        status, body = first.request("POST", "/api/goto/panel", {"confirm": True})
        assert (status, body["state"]["segment"]["id"]) == (200, "panel")
        status, body = first.request("POST", "/api/time", {"seconds": 60})
        assert status == 200 and body["state"]["added_ms"] == 60_000
        status, body = first.request("POST", "/api/resume")
        assert (status, body["error"]["code"]) == (409, "not_paused")
    finally:
        first.kill()  # SIGKILL: no clean exit
    second = HeadlessServer(bundled_show_path, isolated_data_dir, env=no_qt_env)
    try:
        assert any("Resumed after a crash" in line for line in second.output)
        status, state = second.request("GET", "/api/state")
        assert (status, state["state"], state["segment"]["id"]) == (200, "running", "panel")
        assert state["added_ms"] == 60_000
        assert state["journal"]["resumed"].startswith("Resumed after a crash")
    finally:
        assert second.stop() == 0, second.errors
    assert not (tmp_path / "qt-imports.log").exists(), "the headless app tried to import Qt"
    assert not any("Traceback" in line for line in second.errors), second.errors
