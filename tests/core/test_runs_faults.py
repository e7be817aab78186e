"""The run store under faults: damaged, locked, newer, a failed upgrade - each told apart,
in one line, and never a half-changed file. `runofshow runs` and `report` answer with one
line and status 1."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from runofshow.core import runs
from runofshow.core.clock import FakeClocks
from runofshow.core.runs import (
    SCHEMA_VERSION,
    Migration,
    MigrationFailed,
    RunStore,
    StoreBusy,
    StoreDamaged,
    StoreTooNew,
    move_aside,
)
from runofshow.history_cli import list_runs, report
from runofshow.paths import show_data_dir
from tests.core.run_script import record_scripted_run

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def show_path(tmp_path: Path) -> Path:
    path = tmp_path / "show.yaml"
    path.write_text("# runs are keyed by the file's path\n", encoding="utf-8")
    return path


@pytest.fixture
def recorded(show_path: Path, clocks: FakeClocks) -> Path:
    store, _ = record_scripted_run(show_path, clocks)
    store.close()
    path = show_data_dir(show_path) / runs.STORE_NAME
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
    db.close()
    return path


def _damage(path: Path, how: str) -> None:
    raw = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if how == "truncated":
        path.write_bytes(raw[: len(raw) // 2 + 100])
    elif how == "random bytes":
        path.write_bytes(random.Random(13).randbytes(len(raw)))
    elif how == "zeroed page":
        path.write_bytes(raw[:4096] + bytes(4096) + raw[8192:])
    elif how == "header only":
        path.write_bytes(raw[:100])


DAMAGES = ["truncated", "random bytes", "zeroed page", "header only"]


@pytest.mark.parametrize("how", DAMAGES)
def test_a_damaged_store_is_told_apart(recorded: Path, how: str) -> None:
    _damage(recorded, how)
    with pytest.raises(StoreDamaged, match="damaged") as caught:
        RunStore(recorded, check=True).close()
    assert "\n" not in str(caught.value) and str(recorded) in str(caught.value)


def test_a_damaged_store_is_moved_aside_with_its_wal(recorded: Path, clocks: FakeClocks) -> None:
    Path(f"{recorded}-wal").write_bytes(b"wal")
    copy = move_aside(recorded, clocks.now)
    assert copy.name == f"runs.sqlite3.broken-{clocks.now.strftime('%Y%m%dT%H%M%SZ')}"
    assert not recorded.exists() and Path(f"{copy}-wal").read_bytes() == b"wal"
    assert copy.exists()
    recorded.write_bytes(b"again")
    assert move_aside(recorded, clocks.now).name.endswith("-2")  # never overwrites a copy


def test_a_newer_store_is_left_untouched(recorded: Path) -> None:
    db = sqlite3.connect(recorded)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    before = hashlib.sha256(recorded.read_bytes()).hexdigest()
    with pytest.raises(StoreTooNew, match="newer runofshow"):
        RunStore(recorded, check=True)
    assert hashlib.sha256(recorded.read_bytes()).hexdigest() == before


def test_a_failed_upgrade_rolls_back_and_says_so(
    recorded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = sqlite3.connect(recorded)
    db.execute("PRAGMA user_version=3")  # as if written before the uid column
    db.execute("DROP INDEX runs_uid")
    db.execute("ALTER TABLE runs DROP COLUMN uid")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.commit()
    db.close()
    before = hashlib.sha256(recorded.read_bytes()).hexdigest()
    broken = Migration("a step that cannot work", "ALTER TABLE runs ADD COLUMN uid TEXT; x;")
    monkeypatch.setattr(runs, "MIGRATIONS", (*runs.MIGRATIONS[:3], broken))
    with pytest.raises(
        MigrationFailed, match=f"could not be upgraded from schema 3 to {runs.SCHEMA_VERSION}"
    ) as err:
        RunStore(recorded)
    assert "left as it was" in str(err.value)
    assert hashlib.sha256(recorded.read_bytes()).hexdigest() == before
    db = sqlite3.connect(recorded)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 3
    assert "uid" not in [row[1] for row in db.execute("PRAGMA table_info(runs)")]
    db.close()


LOCKER = Path(__file__).with_name("sqlite_locker.py")


class Locker:
    """A second process holding the store's write lock (``BEGIN EXCLUSIVE``); with
    ``exclusive_mode`` it locks readers out too (SQLite's locking_mode=EXCLUSIVE)."""

    def __init__(self, path: Path, *, exclusive_mode: bool = False) -> None:
        args = [str(path), "exclusive"] if exclusive_mode else [str(path)]
        self.proc = subprocess.Popen(
            [sys.executable, str(LOCKER), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line: list[str] = []
        reader = threading.Thread(target=lambda: line.append(self.proc.stdout.readline()))  # type: ignore[union-attr]
        reader.start()
        reader.join(timeout=20)
        assert line == ["locked\n"], "the locking process did not get its lock"

    def release(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write("\n")
            self.proc.stdin.close()
        self.proc.wait(timeout=20)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


@pytest.fixture
def locked(recorded: Path) -> Iterator[Path]:
    locker = Locker(recorded)
    yield recorded
    locker.release()


def test_a_locked_store_is_busy_for_writers_and_readable(locked: Path, clocks: FakeClocks) -> None:
    store = RunStore(locked, busy_timeout_ms=20)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        store.rename("1", "while locked")
    assert store.list_runs()[0].id == "1"  # readers go on (WAL)
    store.close()


def test_runs_and_report_read_a_locked_store(
    locked: Path, show_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert list_runs(show_path) == 0
    assert "complete" in capsys.readouterr().out
    assert report(show_path, None, "md", 0) == 0


def test_runs_and_report_say_when_readers_are_locked_out(
    recorded: Path, show_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locker = Locker(recorded, exclusive_mode=True)
    try:
        for command in (lambda: list_runs(show_path), lambda: report(show_path, None, "csv", 0)):
            assert command() == 1
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and "locked by another program" in err
            assert "try again" in err
        with pytest.raises(StoreBusy):
            RunStore(recorded, busy_timeout_ms=20, check=True)
    finally:
        locker.release()


@pytest.mark.parametrize("how", [*DAMAGES, "newer"])
def test_runs_and_report_on_a_bad_store_answer_one_line(
    recorded: Path, show_path: Path, how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if how == "newer":
        db = sqlite3.connect(recorded)
        db.execute("PRAGMA user_version=99")
        db.commit()
        db.close()
    else:
        _damage(recorded, how)
    for command in (lambda: list_runs(show_path), lambda: report(show_path, None, "md", 0)):
        assert command() == 1
        captured = capsys.readouterr()
        assert captured.err.startswith("error: ") and captured.err.count("\n") == 1
        assert "newer runofshow" in captured.err if how == "newer" else "damaged" in captured.err


def test_the_command_line_prints_no_traceback(recorded: Path, show_path: Path) -> None:
    _damage(recorded, "random bytes")
    env = {"RUNOFSHOW_DATA_DIR": str(recorded.parents[2]), "PATH": "/usr/bin:/bin"}
    for args in (["runs", str(show_path)], ["report", str(show_path), "--format", "csv"]):
        done = subprocess.run(
            [sys.executable, "-m", "runofshow", *args],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert done.returncode == 1 and done.stdout == ""
        assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1
        assert "Traceback" not in done.stderr
