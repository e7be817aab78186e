"""A second process that holds a run store's write lock (tests/core/test_runs_faults.py).

``python sqlite_locker.py STORE [exclusive]``: BEGIN EXCLUSIVE (and, with ``exclusive``,
SQLite's locking_mode=EXCLUSIVE, which locks readers out too), print "locked", and hold
the lock until a line arrives on stdin."""

from __future__ import annotations

import sqlite3
import sys


def main(path: str, exclusive: bool) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    if exclusive:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
    connection.execute("BEGIN EXCLUSIVE")
    connection.execute("UPDATE runs SET note = note")
    print("locked", flush=True)
    sys.stdin.readline()
    connection.execute("COMMIT")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:] == ["exclusive"])
