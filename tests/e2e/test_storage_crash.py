"""The headless app as a real process under storage faults: a kill -9 while the run store
is locked by another process loses no history; SIGTERM with a disk that refuses writes
exits cleanly and says what could not be written; damaged files at start are set aside and
told on stderr, and the app serves."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from runofshow.core.journal import Journal
from runofshow.core.runs import RunStore
from runofshow.paths import show_data_path, show_key
from tests.core.test_runs_faults import Locker
from tests.e2e.headless_server import HeadlessServer, show_starting_now

pytestmark = pytest.mark.slow
AS_ROOT = os.geteuid() == 0


def _wait(condition: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
    """Poll a condition about another process until a deadline."""
    deadline, tick = time.monotonic() + timeout, threading.Event()
    while time.monotonic() < deadline:
        if condition():
            return
        tick.wait(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _state(server: HeadlessServer) -> dict[str, object]:
    status, body = server.request("GET", "/api/state")
    assert status == 200
    return body  # type: ignore[no-any-return]


def test_kill_9_while_the_run_store_is_locked_loses_no_history(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    show = show_starting_now(tmp_path)
    server = HeadlessServer(show, isolated_data_dir)
    try:
        status, body = server.request("POST", "/api/start")
        assert (status, body["durable"]) == (200, True)
        store_path = show_data_path(show) / "runs.sqlite3"
        _wait(store_path.exists, "the run store")
        locker = Locker(store_path)  # another program holds the store from here on
        try:
            for action in ("next", "next", "previous"):
                started = time.monotonic()
                status, body = server.request("POST", f"/api/{action}")
                assert (status, body["durable"]) == (200, True)  # the journal has it
                assert time.monotonic() - started < 2.0  # never the 5 s busy wait
            _wait(lambda: _state(server)["storage"]["history_pending"] == 3, "3 waiting")
            server.kill()  # kill -9 while the store lags three events behind
        finally:
            locker.release()
    finally:
        server.kill()
    raw = Journal.for_show(show).read_raw()
    assert raw is not None and len(raw["history"]["pending"]) == 3
    again = HeadlessServer(show, isolated_data_dir)
    try:
        _wait(lambda: _state(again)["storage"]["history_pending"] == 0, "the history written")
        assert _state(again)["segment"]["id"] == "talk-dev-env"  # resumed where it was
    finally:
        assert again.stop() == 0
    store = RunStore.for_show(show)
    (run,) = store.list_runs()
    actions = [e.action for e in store.events(run.id)]
    store.close()
    assert actions == ["start", "next", "next", "previous", "recovered"]


@pytest.fixture
def refusing_folder(tmp_path: Path, isolated_data_dir: Path) -> Iterator[tuple[str, object]]:
    """A data folder that stops taking writes: a full 2 MB tmpfs as root, else a folder
    where the journal's place is taken by a directory (EISDIR, real for any user)."""
    if AS_ROOT:
        mount = tmp_path / "tmpfs"
        mount.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True)

        def fill() -> None:
            fd = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)
            try:
                for size in (1 << 16, 512, 1):
                    try:
                        while os.write(fd, b"\0" * size):
                            pass
                    except OSError as error:
                        assert error.errno == errno.ENOSPC
            finally:
                os.close(fd)

        yield str(mount), fill
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)
    else:

        def block() -> None:
            journal = next(isolated_data_dir.glob("shows/*/journal.json"))
            journal.unlink()
            journal.mkdir()

        yield str(isolated_data_dir), block


def test_sigterm_while_the_disk_refuses_exits_cleanly_and_says_so(
    tmp_path: Path, refusing_folder: tuple[str, object]
) -> None:
    folder, break_it = refusing_folder
    show = show_starting_now(tmp_path)
    server = HeadlessServer(show, Path(folder))
    try:
        assert server.request("POST", "/api/start")[1]["durable"] is True
        break_it()  # type: ignore[operator]
        status, body = server.request("POST", "/api/next")
        assert status == 200 and body["durable"] is False and body["problem"]
        _wait(lambda: _state(server)["storage"]["ok"] is False, "the storage part")
        part = _state(server)["storage"]
        assert part["path"] == str(Path(folder) / "shows" / show_key(show))
        assert part["since"] and part["problem"].startswith("The journal ")
    finally:
        code = server.stop(signal.SIGTERM)
    assert code == 0
    errors = "\n".join(server.errors)
    assert "Traceback" not in errors
    assert "runofshow: STORAGE PROBLEM: The journal " in errors
    assert "on the way out, the journal " in errors
    assert "the next start resumes from the last journal on disk" in errors


def test_damaged_files_at_start_are_set_aside_and_told_on_stderr(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    show = show_starting_now(tmp_path)
    folder = show_data_path(show)
    folder.mkdir(parents=True)
    (folder / "journal.json").write_text('{"format": "runofshow-journal", "vers', "utf-8")
    (folder / "runs.sqlite3").write_bytes(random.Random(3).randbytes(8192))
    server = HeadlessServer(show, isolated_data_dir)
    try:
        _wait(lambda: len(_state(server)["storage"]["notices"]) == 2, "two notices")
        assert _state(server)["state"] == "standby"
        assert server.request("POST", "/api/start")[1]["durable"] is True
    finally:
        assert server.stop() == 0
    errors = "\n".join(server.errors)
    assert "Traceback" not in errors
    assert "runofshow: The crash journal " in errors and "journal.json.broken-" in errors
    assert "runofshow: The run history " in errors and "runs.sqlite3.broken-" in errors
    copies = sorted(p.name.split(".broken-")[0] for p in folder.glob("*.broken-*"))
    assert copies == ["journal.json", "runs.sqlite3"]
    assert sqlite3.connect(folder / "runs.sqlite3").execute("SELECT COUNT(*) FROM runs").fetchone()
    assert json.loads((folder / "journal.json").read_text("utf-8"))["format"]
