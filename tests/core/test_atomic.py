"""core/atomic.py: the one way the app writes a file (atomically, with chosen permissions)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from runofshow.core.atomic import PRIVATE, SHARED, write_atomically


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_mode_asked_for(tmp_path: Path) -> None:
    shared, private = tmp_path / "report.csv", tmp_path / "tokens.json"
    write_atomically(shared, "a,b\n")
    write_atomically(private, b"{}", mode=PRIVATE)
    assert shared.read_text(encoding="utf-8") == "a,b\n" and mode_of(shared) == SHARED
    assert private.read_bytes() == b"{}" and mode_of(private) == PRIVATE


def test_keep_mode_keeps_an_existing_files_permissions(tmp_path: Path) -> None:
    """A user's show file keeps the bits they gave it; without keep_mode ``mode`` wins."""
    show, other = tmp_path / "show.yaml", tmp_path / "other.yaml"
    for path in (show, other):
        path.write_text("old\n", encoding="utf-8")
        os.chmod(path, 0o640)
    write_atomically(show, "new\n", keep_mode=True)
    write_atomically(other, "new\n")
    assert show.read_text(encoding="utf-8") == "new\n" and mode_of(show) == 0o640
    assert mode_of(other) == SHARED
    fresh = tmp_path / "fresh.yaml"  # nothing to keep: a new file gets ``mode``
    write_atomically(fresh, "x\n", mode=PRIVATE, keep_mode=True)
    assert mode_of(fresh) == PRIVATE


def test_a_failed_write_leaves_the_target_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "show.yaml"
    target.write_text("old\n", encoding="utf-8")

    def failing_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_atomically(target, "new\n", keep_mode=True, fsync=failing_disk)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["show.yaml"]
