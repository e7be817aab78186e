"""Injected storage faults, for tests that must run as any user: a disk whose fsync fails
with a chosen errno, and run stores whose writes fail like a locked, full, read-only or
damaged SQLite file. (As root, tests/app/test_storage_faults.py uses real mounts too.)"""

from __future__ import annotations

import errno
import os
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from runofshow.app.writer import open_store
from runofshow.core.history_log import BeginRun, HistoryOp
from runofshow.core.runs import RunStore

SQLITE_ERRORS = {
    errno.ENOSPC: "database or disk is full",
    errno.EROFS: "attempt to write a readonly database",
    errno.EACCES: "unable to open database file",
}


class FaultyDisk:
    """``fsync`` for journals, and ``open_store`` for run stores, that fail while a fault
    is set. ``slow_s``: every fsync first waits that long (a disk that takes seconds)."""

    def __init__(self) -> None:
        self.errno: int | None = None
        self.store_error: str | None = None
        self.slow_s = 0.0
        self.fsyncs = 0
        self.applies = 0
        self._release = threading.Event()

    def set(self, code: int) -> None:
        self.errno = code
        self.store_error = SQLITE_ERRORS[code]

    def lock_store(self) -> None:
        self.store_error = "database is locked"

    def heal(self) -> None:
        self.errno = None
        self.store_error = None

    def release_slow(self) -> None:
        self._release.set()

    def fsync(self, fd: int) -> None:
        self.fsyncs += 1
        if self.slow_s:
            self._release.wait(self.slow_s)
        if self.errno is not None:
            raise OSError(self.errno, os.strerror(self.errno))
        os.fsync(fd)

    def open_store(self, path: Path) -> RunStore:
        if self.store_error is not None and self.store_error != "database is locked":
            raise sqlite3.OperationalError(self.store_error)
        return FaultyStore(open_store(path), self)


class FaultyStore(RunStore):
    """A real store whose ``apply`` fails while its disk has a fault."""

    def __init__(self, inner: RunStore, disk: FaultyDisk) -> None:
        self.__dict__.update(inner.__dict__)
        self._disk = disk

    def apply(self, ops: Sequence[HistoryOp], begins: Any = None) -> int:
        self._disk.applies += 1
        if self._disk.store_error is not None:
            raise sqlite3.OperationalError(self._disk.store_error)
        return super().apply(ops, begins)


def begins_of(ops: Sequence[HistoryOp]) -> dict[str, BeginRun]:
    return {op.uid: op for op in ops if isinstance(op, BeginRun)}
