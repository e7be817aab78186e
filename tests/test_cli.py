"""The command line as a user types it: real subprocesses of `python -m runofshow`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from runofshow import __version__
from runofshow.cli import _with_default_command
from runofshow.paths import schema_path
from tests.shows import TYPO_IN_SEGMENT, write


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "runofshow", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        timeout=60,
    )


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"runofshow {__version__}"


def test_help_lists_every_command_and_run_option() -> None:
    result = _run("--help")
    assert result.returncode == 0
    for word in ("validate", "schema", "runs", "report", "--rehearse", "--speaker-screen",
                 "--port", "--lan", "--headless", "--lang"):  # fmt: skip
        assert word in result.stdout, word


def test_a_show_path_alone_means_run() -> None:
    assert _with_default_command([]) == ["run"]
    assert _with_default_command(["show.yaml", "--lan"]) == ["run", "show.yaml", "--lan"]
    assert _with_default_command(["validate", "x.yaml"]) == ["validate", "x.yaml"]
    assert _with_default_command(["--version"]) == ["--version"]


def test_schema_prints_the_shipped_schema() -> None:
    result = _run("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout) == json.loads(schema_path().read_text(encoding="utf-8"))


def test_validate_good_and_bad_files(tmp_path: Path, bundled_show_path: Path) -> None:
    good = _run("validate", str(bundled_show_path))
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stdout.strip() == f"{bundled_show_path}: ok"

    bad = tmp_path / "bad.yaml"
    write(bad, TYPO_IN_SEGMENT)
    result = _run("validate", str(bad), str(bundled_show_path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"{bad}:7:5: missing required key 'duration' in segment 'a'" in lines
    assert f"{bad}:10:5: unknown key 'durtion' in segment 'a', did you mean 'duration'?" in lines
    assert f"{bundled_show_path}: ok" in lines
    assert "Traceback" not in result.stderr


def test_validate_a_directory_and_a_missing_file(tmp_path: Path) -> None:
    result = _run("validate", str(tmp_path), str(tmp_path / "nope.yaml"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{tmp_path}:1:1: ")
    assert lines[1].startswith(f"{tmp_path / 'nope.yaml'}:1:1: ")
    assert "Traceback" not in result.stderr


def test_rehearsing_an_unknown_segment_says_which_exist(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "runofshow", "--segment", "nope", "--no-server"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert "no segment 'nope'; the show has: opening, talk-dev-env" in result.stderr
