"""The writer thread: journals on disk before the barrier resolves, history written when the
store lets it, in order, carried by the journal meanwhile; failures told, never raised."""

from __future__ import annotations

import errno
import json
import sqlite3
from pathlib import Path

import pytest

from runofshow.app import writer as writer_module
from runofshow.app.writer import FileWrite, JournalWrite, Notice, StorageWriter, WriterStatus
from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.history_log import HistoryOp, RunLog
from runofshow.core.journal import Journal
from runofshow.core.runs import SCHEMA_VERSION, RunStore
from runofshow.core.snapshot import Status
from tests.app.faults import FaultyDisk
from tests.core.test_engine import default_show


class Setup:
    def __init__(
        self, tmp_path: Path, clocks: FakeClocks, *, threaded: bool = True, hold: bool = False
    ) -> None:
        self.disk = FaultyDisk()
        self.statuses: list[WriterStatus] = []
        self.writer = StorageWriter(
            clocks, threaded=threaded, on_status=self.statuses.append,
            store_opener=self.disk.open_store, fsync=self.disk.fsync, hold_history=hold,
        )  # fmt: skip
        self.clocks = clocks
        self.store = tmp_path / "runs.sqlite3"
        self.journal = Journal(tmp_path / "journal.json", clocks, fsync=self.disk.fsync)
        self.engine = Engine(default_show(), clocks)
        self.log = RunLog(tmp_path / "show.yaml")
        self.log.started(self.engine.snapshot(), self.engine.show, clocks.mono, clocks.now)
        self.ops: list[HistoryOp] = []

    def act(self, action: str = "next") -> None:
        ops: list[HistoryOp] = []
        unsubscribe = self.engine.subscribe(lambda event: ops.extend(self.log.record(event)))
        assert getattr(self.engine, action)().ok
        unsubscribe()
        self.ops += ops
        self.writer.stage_journal(
            JournalWrite(self.journal, self.engine.state(), False, self.store)
        )
        self.writer.add_history(self.store, ops, open_run=self.log.open)

    def actions_in_store(self) -> list[str]:
        store = RunStore(self.store)
        try:
            run = store.latest()
            return [e.action for e in store.events(run.id)] if run is not None else []
        finally:
            store.close()

    def on_disk(self) -> str:
        info = Journal(self.journal.path, self.clocks).load(self.engine.show)
        assert info is not None
        return info.state.live.current_id


@pytest.fixture
def setup(tmp_path: Path, clocks: FakeClocks) -> Setup:
    made = Setup(tmp_path, clocks)
    yield made
    made.disk.release_slow()
    made.writer.close()


def test_the_barrier_resolves_once_the_journal_is_on_disk(setup: Setup) -> None:
    setup.act("start")
    written = setup.writer.barrier()
    assert written.result(timeout=10) is None
    assert setup.on_disk() == "opening"
    assert setup.writer.flush()
    assert setup.actions_in_store() == ["start"]
    assert setup.writer.barrier().result(timeout=0) is None  # nothing new: at once


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_failing_journal_is_told_and_rewritten_with_the_newest_state(
    setup: Setup, code: int
) -> None:
    setup.act("start")
    assert setup.writer.barrier().result(timeout=10) is None
    setup.disk.set(code)
    setup.act("next")
    problem = setup.writer.barrier().result(timeout=10)
    assert problem is not None and "cannot be written" in problem
    assert setup.writer.flush()
    status = setup.writer.status
    assert status.journal is not None and status.journal.reason == os_error(code)
    assert not status.ok and status.retry_due and status.since == setup.clocks.now
    setup.act("next")  # still failing: the newest state waits
    assert setup.on_disk() == "opening"
    setup.disk.heal()
    setup.writer.retry()
    assert setup.writer.flush()
    assert setup.writer.status.ok and setup.on_disk() == setup.engine.snapshot().segment.id
    assert setup.actions_in_store() == ["start", "next", "next"]  # complete, in order


def os_error(code: int) -> str:
    import os

    return os.strerror(code)


def test_a_locked_store_delays_history_and_the_journal_carries_it(
    setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer_module, "BUSY_GRACE_MS", 0)
    setup.act("start")
    assert setup.writer.flush()
    setup.disk.lock_store()
    for _ in range(3):
        setup.act("next")
    assert setup.writer.barrier().result(timeout=10) is None  # the journal is unaffected
    assert setup.writer.flush()
    status = setup.writer.status
    assert status.history is not None and status.history.locked
    assert status.journal is None and status.history_pending == 3
    carried = Journal(setup.journal.path, setup.clocks)
    carried.load(setup.engine.show)
    assert [type(op).__name__ for op in carried.carried.pending] == ["AddEvent"] * 3
    assert carried.carried.run is not None and carried.carried.run.seq == 4
    setup.disk.heal()
    setup.writer.retry()
    assert setup.writer.flush()
    assert setup.writer.status.ok and setup.writer.status.history_pending == 0
    assert setup.actions_in_store() == ["start", "next", "next", "next"]


def test_held_history_is_carried_by_the_journal_until_released(
    tmp_path: Path, clocks: FakeClocks
) -> None:
    """The desktop holds the run store until its first paint: the journal is written at
    once and carries the history that waits; the store is not even opened."""
    held = Setup(tmp_path, clocks, hold=True)
    try:
        held.act("start")
        held.act("next")
        assert held.writer.barrier().result(timeout=10) is None
        assert held.writer.flush()
        assert not held.store.exists() and held.writer.status.history_pending == 2
        assert held.writer.status.ok and not held.writer.status.retry_due  # no retries
        carried = Journal(held.journal.path, clocks)
        carried.load(held.engine.show)
        assert [type(op).__name__ for op in carried.carried.pending] == [
            "BeginRun", "AddEvent", "AddEvent"
        ]  # fmt: skip
        held.writer.release_history()
        assert held.writer.flush()
        assert held.actions_in_store() == ["start", "next"]
        assert held.writer.status.history_pending == 0
    finally:
        held.writer.close()


def test_closing_writes_the_held_history(tmp_path: Path, clocks: FakeClocks) -> None:
    """Quitting before the first paint (its fallback is 3 s) loses no history either."""
    held = Setup(tmp_path, clocks, hold=True)
    held.act("start")
    held.writer.close()
    assert held.actions_in_store() == ["start"]


def test_a_short_lock_is_not_a_problem(setup: Setup) -> None:
    setup.act("start")
    assert setup.writer.flush()
    setup.disk.lock_store()
    setup.act("next")
    assert setup.writer.flush()
    status = setup.writer.status
    assert status.ok and status.history_pending == 1 and status.retry_due


def test_a_damaged_store_is_replaced_and_the_history_goes_on(setup: Setup, tmp_path: Path) -> None:
    setup.act("start")
    assert setup.writer.flush()
    setup.writer.close()  # the store is damaged while the app is away
    setup.store.write_bytes(b"this is not a database at all" * 100)
    fresh = Setup(tmp_path, setup.clocks)
    fresh.engine, fresh.log = setup.engine, setup.log
    fresh.act("next")
    assert fresh.writer.flush()
    (notice,) = fresh.writer.status.notices
    assert notice.kind == "store_damaged" and notice.copy is not None
    assert Path(notice.copy).read_bytes().startswith(b"this is not")
    assert fresh.actions_in_store() == ["next"]  # the run's beginning came along
    fresh.writer.close()


def test_a_newer_store_turns_history_off(setup: Setup, tmp_path: Path) -> None:
    RunStore(setup.store).close()
    db = sqlite3.connect(setup.store)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    db.commit()
    db.close()
    setup.act("start")
    assert setup.writer.flush()
    (notice,) = setup.writer.status.notices
    assert notice.kind == "history_off" and "newer runofshow" in notice.text
    assert setup.writer.status.ok and setup.writer.status.history_pending == 0
    setup.act("next")
    assert setup.writer.flush() and setup.writer.status.history_pending == 0


def test_a_folder_that_cannot_be_written_is_found_at_start(
    tmp_path: Path, clocks: FakeClocks
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    writer = StorageWriter(clocks, threaded=False)
    writer.probe(blocker / "shows" / "x")
    status = writer.status
    assert status.journal is not None and "Not a directory" in status.journal.reason
    blocker.unlink()
    writer.retry()
    assert writer.status.ok
    writer.close()


def test_notices_are_kept_for_the_session(tmp_path: Path, clocks: FakeClocks) -> None:
    writer = StorageWriter(clocks, threaded=False)
    writer.notice(Notice("journal_damaged", "The crash journal was damaged.", "j", "j.broken"))
    assert [n.kind for n in writer.status.notices] == ["journal_damaged"]
    writer.close()


def test_a_cancelled_waiter_does_not_stop_the_writer(setup: Setup) -> None:
    setup.disk.slow_s = 5.0
    setup.act("start")
    waiter = setup.writer.barrier()
    waiter.cancel()  # the HTTP side gave up
    setup.disk.release_slow()
    assert setup.writer.flush()
    assert setup.actions_in_store() == ["start"]
    setup.disk.slow_s = 0
    setup.act("next")
    assert setup.writer.barrier().result(timeout=10) is None
    assert setup.engine.snapshot().status is Status.RUNNING


def test_the_outcome_waits_for_every_service_that_writes(clocks: FakeClocks) -> None:
    import concurrent.futures

    from runofshow.app.outcome import SLOW_DISK
    from runofshow.app.scheduler import ManualScheduler
    from runofshow.app.service import Service
    from tests.app.support import act, make_session

    class Slow(Service):
        def __init__(self, name: str) -> None:
            self.name = name  # type: ignore[misc]
            self.future: concurrent.futures.Future[str | None] = concurrent.futures.Future()

        def written(self) -> concurrent.futures.Future[str | None]:
            return self.future

    first, second = Slow("first"), Slow("second")
    session = make_session(
        clocks, show=default_show(), scheduler=ManualScheduler(clocks), services=[first, second]
    )
    outcome = act(session, "start")
    assert outcome.ok and outcome.on_disk is not None and not outcome.on_disk.done()
    first.future.set_result(None)
    assert not outcome.on_disk.done()  # the other one is still writing
    second.future.set_result("the second disk is full")
    settled = outcome.settled(1.0)
    assert (settled.durable, settled.problem) == (False, "the second disk is full")
    first.future = concurrent.futures.Future()  # a disk that takes its time
    paused = act(session, "pause").settled(0.01)
    assert (paused.durable, paused.problem) == (False, SLOW_DISK)
    session.close()


def file_write(path: Path, version: int) -> FileWrite:
    return FileWrite(path, "question_queue", "the question queue", lambda: {"version": version})


def test_a_file_is_written_off_the_thread_only_its_newest_content(
    setup: Setup, tmp_path: Path
) -> None:
    path = tmp_path / "queue" / "questions-live.json"  # its folder is made by the writer
    assert setup.writer.file_barrier(path) is None  # nothing staged: nothing to wait for
    setup.disk.slow_s = 60.0  # the disk stalls until released
    setup.writer.stage_file(file_write(path, 1))
    assert setup.disk.stalled.wait(10), "the writer never reached the disk"
    for version in (2, 3, 4):  # staged while the first write is stuck: only the last counts
        setup.writer.stage_file(file_write(path, version))
    written = setup.writer.file_barrier(path)
    assert written is not None and not written.done()
    setup.disk.release_slow()
    assert written.result(timeout=10) is None
    assert json.loads(path.read_text("utf-8")) == {"version": 4}
    assert setup.disk.fsyncs == 2  # version 1, then straight to 4
    assert setup.writer.file_barrier(path) is None  # on disk: an answer needs no wait


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_file_that_cannot_be_written_is_told_and_rewritten_with_the_newest(
    setup: Setup, tmp_path: Path, code: int
) -> None:
    path = tmp_path / "questions-live.json"
    setup.writer.stage_file(file_write(path, 1))
    assert setup.writer.flush()
    setup.disk.set(code)
    setup.writer.stage_file(file_write(path, 2))
    written = setup.writer.file_barrier(path)
    assert written is not None
    problem = written.result(timeout=10)
    assert problem == f"the question queue {path} cannot be written: {os_error(code)}"
    assert setup.writer.flush()
    status = setup.writer.status
    trouble = status.file_problem(path)
    assert trouble is not None and trouble.reason == os_error(code)
    assert not status.ok and status.retry_due and status.files_problem == problem
    assert status.journal is None and status.history is None  # only that file
    setup.writer.stage_file(file_write(path, 3))  # still failing: the newest waits
    assert setup.writer.flush()  # its attempt is over (it may leave no temporary file)
    assert json.loads(path.read_text("utf-8")) == {"version": 1}
    assert not list(tmp_path.glob(".questions-live.json.*"))  # no temporary file left
    setup.disk.heal()
    setup.writer.retry()
    assert setup.writer.flush()
    assert setup.writer.status.ok and setup.writer.status.file_problem(path) is None
    assert json.loads(path.read_text("utf-8")) == {"version": 3}
    assert setup.statuses[-1].ok  # the storage service heard it is over
