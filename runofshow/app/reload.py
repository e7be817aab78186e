"""Hot reload without a file watcher: the show file is polled on the scheduler.

The file's identity is (device, inode, size, mtime in ns), following symlinks, so an
editor that saves in place, one that deletes and recreates, and one that renames a new
file over the old all count as a change. A change must hold still for ``SETTLE_MS``
(editors save in several steps) before the session reloads. A file that is missing for
a moment is not a change; it is when it comes back.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from runofshow.app.scheduler import Handle, Scheduler

POLL_MS = 500
SETTLE_MS = 150

Identity = tuple[int, int, int, int]


def identity(path: Path) -> Identity | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


class ShowFileWatcher:
    def __init__(self, scheduler: Scheduler, on_change: Callable[[], None]) -> None:
        self._scheduler = scheduler
        self._on_change = on_change
        self._path: Path | None = None
        self._seen: Identity | None = None
        self._handle: Handle | None = None

    def watch(self, path: Path) -> None:
        """Follow ``path`` from now on (its current contents count as seen)."""
        self._path = path
        self.mark_seen()
        self._schedule(POLL_MS, self._poll)

    def mark_seen(self) -> None:
        """The file as it is now has been read (after any reload)."""
        if self._path is not None:
            self._seen = identity(self._path)

    def stop(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._handle = None
        self._path = None

    def _schedule(self, delay_ms: int, fn: Callable[[], None]) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._handle = self._scheduler.call_later(delay_ms, fn)

    def _poll(self) -> None:
        if self._path is None:
            return
        now = identity(self._path)
        if now is not None and now != self._seen:
            self._schedule(SETTLE_MS, lambda: self._settle(now))
        else:
            self._schedule(POLL_MS, self._poll)

    def _settle(self, candidate: Identity) -> None:
        if self._path is None:
            return
        now = identity(self._path)
        if now != candidate:  # still being written (or gone again): wait once more
            if now is None:
                self._schedule(POLL_MS, self._poll)
            else:
                self._schedule(SETTLE_MS, lambda: self._settle(now))
            return
        self._seen = now
        self._schedule(POLL_MS, self._poll)
        self._on_change()
