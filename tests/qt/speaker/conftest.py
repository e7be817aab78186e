"""Fixtures for the speaker display: settings in a temp INI, and a real X server (Xvfb)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

XVFB = "/usr/bin/Xvfb"
X_SOCKETS = Path("/tmp/.X11-unix")


def _free_display() -> int:
    for number in range(91, 200):
        if not (X_SOCKETS / f"X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number between :91 and :199")


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """Start Xvfb (1920x1080) on a free display; wait for its socket; kill it afterwards.

    Xvfb missing is a failure, never a skip: CI must have it (scripts/setup-system).
    """
    binary = shutil.which("Xvfb") or (XVFB if Path(XVFB).exists() else None)
    assert binary, "Xvfb is not installed (apt-get install xvfb); the focus tests need it"
    number = _free_display()
    process = subprocess.Popen(
        [binary, f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        socket = X_SOCKETS / f"X{number}"
        deadline = 200  # x 50 ms = 10 s
        while not socket.exists():
            deadline -= 1
            try:  # waiting on the process doubles as the polling pause and notices a crash
                process.wait(timeout=0.05)
            except subprocess.TimeoutExpired:
                pass
            else:
                stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
                raise AssertionError(f"Xvfb :{number} exited early: {stderr}")
            assert deadline > 0, f"Xvfb :{number} did not come up within 10 s"
        yield f":{number}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr:
            process.stderr.close()
