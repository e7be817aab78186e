"""Storage faults in a running session: the show goes on, the operator is told, nothing
acknowledged is lost.

Each fault is real where the machine allows it: as root the data folder is a small tmpfs
that is filled up (ENOSPC) or covered by a read-only mount (EROFS); otherwise, and for
EACCES (root ignores permissions), an injected disk raises the same errors at the same
writes (RUNOFSHOW_FAULTS_INJECTED=1 forces that path, to check it as root). Either way the
test asserts the same things - it never skips: every action applied and answered "not
durable" with the reason, the storage part (ok, problem, path, since), and after the fault
clears the history complete and the journal at the last state.
"""

from __future__ import annotations

import errno
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import pytest

from runofshow.app.scheduler import ManualScheduler
from runofshow.app.storage_service import RETRY_FIRST_MS, StorageService
from runofshow.app.wiring import RunOptions, build_services
from runofshow.core.clock import FakeClocks
from runofshow.core.journal import Journal
from runofshow.core.runs import RunStore
from runofshow.paths import show_data_path
from tests.app.faults import FaultyDisk
from tests.app.support import GOOD, act, flush_storage, make_session, write

AS_ROOT = os.geteuid() == 0 and not os.environ.get("RUNOFSHOW_FAULTS_INJECTED")
SETTLE_S = 10.0


class Fault(Protocol):
    """One way the data folder stops taking writes, and how it clears."""

    name: str

    def start(self) -> None: ...
    def clear(self) -> None: ...


class InjectedFault:
    def __init__(self, disk: FaultyDisk, code: int) -> None:
        self.disk, self.code = disk, code
        self.name = f"injected {errno.errorcode[code]}"

    def start(self) -> None:
        self.disk.set(self.code)

    def clear(self) -> None:
        self.disk.heal()


class TmpfsFull:
    """The data folder on a 2 MB tmpfs, filled to the last byte."""

    name = "real full disk (tmpfs)"

    def __init__(self, mount: Path) -> None:
        self.filler = mount / "filler"

    def start(self) -> None:
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT)
        try:
            for size in (1 << 16, 512, 1):
                try:
                    while os.write(fd, b"\0" * size):
                        pass
                except OSError as error:
                    assert error.errno == errno.ENOSPC
        finally:
            os.close(fd)

    def clear(self) -> None:
        self.filler.unlink()


class ReadOnlyMount:
    """A read-only bind mount laid over the data folder (files already open stay open,
    as on a share that turns read-only)."""

    name = "real read-only folder (bind mount)"

    def __init__(self, mount: Path) -> None:
        self.mount = mount

    def start(self) -> None:
        _run("mount", "--bind", str(self.mount), str(self.mount))
        _run("mount", "-o", "remount,bind,ro", str(self.mount))

    def clear(self) -> None:
        _run("umount", str(self.mount))


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, timeout=30)


@pytest.fixture
def tmpfs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """As root: a 2 MB tmpfs as the data folder."""
    mount = tmp_path / "tmpfs"
    mount.mkdir()
    _run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount))
    monkeypatch.setenv("RUNOFSHOW_DATA_DIR", str(mount))
    yield mount
    for _ in range(3):  # an over-mount left by a failed test first, then the tmpfs
        if subprocess.run(["umount", "-l", str(mount)], capture_output=True).returncode:
            break


KINDS = ["full", "read-only", "denied"]


@pytest.fixture(params=KINDS)
def fault(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          disk: FaultyDisk) -> Iterator[Fault]:  # fmt: skip
    kind = request.param
    if AS_ROOT and kind != "denied":  # root ignores permissions: EACCES is always injected
        mount = request.getfixturevalue("tmpfs")
        yield TmpfsFull(mount) if kind == "full" else ReadOnlyMount(mount)
        return
    code = {"full": errno.ENOSPC, "read-only": errno.EROFS, "denied": errno.EACCES}[kind]
    yield InjectedFault(disk, code)


@pytest.fixture
def disk() -> FaultyDisk:
    return FaultyDisk()


def test_the_show_goes_on_is_told_and_catches_up(
    fault: Fault, disk: FaultyDisk, clocks: FakeClocks, tmp_path: Path
) -> None:
    scheduler = ManualScheduler(clocks)
    storage = StorageService(fsync=disk.fsync, store_opener=disk.open_store)  # threaded
    show = write(tmp_path / "show.yaml", GOOD)
    services = build_services(RunOptions(show=show), storage=storage)
    session = make_session(clocks, show, scheduler=scheduler, services=services)
    folder = show_data_path(session.show_path)
    try:
        assert act(session, "start").settled(SETTLE_S).durable
        flush_storage(session)
        fault.start()
        clocks.advance(60_000)
        answers = [act(session, "next").settled(SETTLE_S), act(session, "message", text="手短に")]
        first = answers[0]
        assert first.ok and not first.durable and first.http_status == 200, fault.name
        assert first.problem is not None and "cannot be written" in first.problem
        assert answers[1].settled(SETTLE_S).durable is False
        assert session.snapshot.segment.id == "two"  # applied once, not skipped or lost
        flush_storage(session)
        scheduler.run_pending()  # the writer's news reaches the session thread
        part = session.document.parts["storage"]
        assert part["ok"] is False and part["path"] == str(folder)
        assert part["problem"].startswith("The journal ") and part["since"] is not None
        assert part["journal"] in ("No space left on device", "Read-only file system",
                                   "Permission denied")  # fmt: skip
        fault.clear()
        delay = RETRY_FIRST_MS
        for _ in range(6):  # retries with backoff until the folder takes writes again
            scheduler.advance(delay)
            flush_storage(session)
            scheduler.run_pending()
            if session.document.parts["storage"]["ok"]:
                break
            delay *= 2
        assert session.document.parts["storage"]["ok"] is True, fault.name
        assert session.document.parts["storage"]["history_pending"] == 0
        on_disk = Journal.for_show(session.show_path, clocks).load(session.show)
        assert on_disk is not None and on_disk.state == session.engine.state()
        store = RunStore.for_show(session.show_path)
        run = store.latest()
        assert run is not None
        assert [e.action for e in store.events(run.id)] == ["start", "next", "message"]
        store.close()
    finally:
        fault.clear() if isinstance(fault, InjectedFault) else None
        session.close()


def test_a_data_folder_that_cannot_be_written_at_start_is_told_at_once(
    tmp_path: Path, clocks: FakeClocks, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("RUNOFSHOW_DATA_DIR", str(blocked))  # real ENOTDIR, even as root
    session = make_session(clocks, write(tmp_path / "show.yaml", GOOD))
    part = session.document.parts["storage"]
    assert part["ok"] is False and "Not a directory" in part["journal"]
    outcome = act(session, "start")
    assert outcome.ok and session.snapshot.status == "running"  # the show goes on
    assert outcome.settled(SETTLE_S).durable is False
    session.close()


def test_a_store_locked_at_start_never_delays_the_clock(tmp_path: Path, clocks: FakeClocks) -> None:
    from tests.core.test_runs_faults import Locker

    show = write(tmp_path / "show.yaml", GOOD)
    store = show_data_path(show.resolve()) / "runs.sqlite3"
    store.parent.mkdir(parents=True)
    RunStore(store).close()
    locker = Locker(store)  # another program has it before the app starts
    try:
        services = build_services(RunOptions(show=show), storage=StorageService())
        session = make_session(clocks, show, services=services)
        started = time.perf_counter()
        outcome = act(session, "start")
        assert outcome.ok and session.snapshot.status == "running"
        assert outcome.settled(SETTLE_S).durable  # the journal is not locked
        assert time.perf_counter() - started < 1.0  # never the store's busy wait
        flush_storage(session)
        session.scheduler.run_pending()  # type: ignore[attr-defined]  # the writer reported
        assert session.document.parts["storage"]["history_pending"] == 1
    finally:
        locker.release()
    storage = next(s for s in session.services if isinstance(s, StorageService))
    storage.writer.retry()
    flush_storage(session)
    reader = RunStore(store)
    assert [e.action for e in reader.events(reader.latest().id)] == ["start"]  # type: ignore[union-attr]
    reader.close()
    session.close()
