"""`runofshow runs` and `runofshow report` on a store in a temporary data directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from runofshow.core.clock import FakeClocks
from runofshow.history_cli import list_runs, report
from tests.core.run_script import S, record_scripted_run
from tests.core.test_reports import EXPECTED_CHAPTERS, EXPECTED_CSV, EXPECTED_SHIFTED

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def show_path(tmp_path: Path) -> Path:
    path = tmp_path / "kyash.yaml"
    path.write_text("# runs are keyed by this file's path\n", encoding="utf-8")
    return path


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "runofshow", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        cwd=REPO,
        timeout=60,
        check=False,
    )


def _populate(show_path: Path) -> None:
    clocks = FakeClocks()
    store, first = record_scripted_run(show_path, clocks)
    store.rename(first, "通しリハ 1回目")
    clocks.advance(3600 * S)
    record_scripted_run(show_path, clocks, rehearsal=False)


def test_runs_lists_every_run(show_path: Path) -> None:
    _populate(show_path)
    result = cli("runs", str(show_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "ID  KIND       STARTED           DURATION  STATUS    NAME",
        "1   rehearsal  2022-09-12 12:50  18:45     complete  通しリハ 1回目",
        "2   live       2022-09-12 14:08  18:45     complete",
    ]


def test_runs_without_any_run_says_so(show_path: Path) -> None:
    result = cli("runs", str(show_path))
    assert (result.returncode, result.stdout) == (0, f"No runs recorded yet for {show_path}.\n")


def test_report_formats_default_to_the_latest_run(show_path: Path) -> None:
    _populate(show_path)
    csv_out = cli("report", str(show_path), "--run", "1", "--format", "csv")
    assert (csv_out.returncode, csv_out.stdout) == (0, EXPECTED_CSV)
    md = cli("report", str(show_path), "--run", "1")
    assert md.returncode == 0 and md.stdout.startswith(
        "# Kyash TechTalk #4 - Serversideと新しい挑戦 — 通しリハ 1回目\n"
    )
    latest = cli("report", str(show_path), "--format", "md")
    assert "— Run #2\n" in latest.stdout and "- Kind: live" in latest.stdout
    chapters = cli("report", str(show_path), "--format", "chapters")
    assert (chapters.returncode, chapters.stdout) == (0, EXPECTED_CHAPTERS)
    shifted = cli("report", str(show_path), "--format", "chapters", "--shift", "120")
    assert (shifted.returncode, shifted.stdout) == (0, EXPECTED_SHIFTED)


def test_report_errors_exit_1_with_a_message(show_path: Path) -> None:
    none = cli("report", str(show_path))
    assert none.returncode == 1 and "no runs recorded yet" in none.stderr
    _populate(show_path)
    unknown = cli("report", str(show_path), "--run", "99")
    assert unknown.returncode == 1
    assert unknown.stderr == (
        f"error: no run '99' for {show_path}; list them with: runofshow runs {show_path}\n"
    )
    missing = cli("runs", str(show_path.with_name("missing.yaml")))
    assert missing.returncode == 1 and "no such show file" in missing.stderr


def test_too_short_run_for_chapters_exits_1(
    show_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from runofshow.core.engine import Engine
    from runofshow.core.runs import RunRecorder
    from tests.core.run_script import small_show

    clocks = FakeClocks()
    engine = Engine(small_show(), clocks)
    RunRecorder.for_show(show_path).attach(engine)
    engine.start()
    clocks.advance(30 * S)
    engine.next()
    clocks.advance(5 * S)
    engine.end_show()
    assert report(show_path, None, "chapters", 0) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: run 1: Cannot make YouTube chapters") and "only" in err
    assert report(show_path, None, "pdf", 0) == 1
    assert list_runs(show_path) == 0
    assert capsys.readouterr().out.splitlines()[1].split()[:2] == ["1", "live"]
