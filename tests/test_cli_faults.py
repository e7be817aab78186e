"""`runofshow validate` on what is not a show file answers at once with a located error:
a FIFO (it used to hang in open()), a device, a socket, a directory."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _validate(path: Path | str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "runofshow", "validate", str(path)],
        cwd=REPO, capture_output=True, text=True, timeout=30,
    )  # fmt: skip


@pytest.mark.parametrize("kind", ["fifo", "device", "socket", "directory"])
def test_validate_on_what_is_not_a_file_answers_at_once(tmp_path: Path, kind: str) -> None:
    path: Path | str = tmp_path / "show.yaml"
    listener = None
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        path = "/dev/zero"
    elif kind == "socket":
        listener = socket.socket(socket.AF_UNIX)
        listener.bind(str(path))
    else:
        Path(path).mkdir()
    try:
        done = _validate(path)  # a hang would end in TimeoutExpired, a failure
    finally:
        if listener is not None:
            listener.close()
    expected = {
        "fifo": "is not a regular file",
        "device": "is not a regular file",
        "socket": "cannot read the file: it is a socket, not a regular file",
        "directory": "is a directory, not a show file",
    }[kind]
    assert done.returncode == 1 and done.stdout == f"{path}:1:1: {expected}\n"
    assert done.stderr == ""
