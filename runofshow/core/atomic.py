"""The one way the app writes a file: atomically.

Every file runofshow writes (the journal, the access tokens, reports exported from the
history window) goes through ``write_atomically``: the bytes go to a temporary file in the
same folder, are flushed (and fsynced when ``durable``), get their permissions, and then
replace the target in one ``os.replace``. A reader, a crash or a full disk sees the old
file or the new one, never half of one. The run store is SQLite, which does the same for
its own file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

PRIVATE = 0o600  # only this user (access tokens)
SHARED = 0o644  # the default: others on this machine may read it


def write_atomically(
    path: Path,
    data: str | bytes,
    *,
    mode: int = SHARED,
    durable: bool = True,
    fsync: Callable[[int], None] = os.fsync,
) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8) in one step.

    ``mode`` is set on the temporary file before it takes the target's place, so a private
    file is never readable by others, not even for a moment. ``durable`` also fsyncs the
    file and its folder: the data is on disk when this returns. Raises OSError (the target
    is then untouched and no temporary file is left behind). ``fsync`` is the file's
    (tests stand in a slow or failing disk).
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    prefix = f".{path.name}.{os.getpid()}."  # whose it is, for a clean-up after a crash
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(payload)
            handle.flush()
            if durable:
                fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    if durable:
        sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); a no-op where folders cannot be opened."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
