"""Real X servers for window tests: Xvfb (one screen), Xorg with the dummy video driver (two
real monitors that can be unplugged with xrandr), and the openbox window manager on either.

Each is a context manager that starts the process, waits (with a deadline) for the line it
writes once ready, and stops it (by its own process id) afterwards. A missing program is a
failure, never a skip: `scripts/setup-system test` installs them all
(tests/test_setup_system.py checks that).
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

OPENBOX_READY = "openbox-ready"  # what its startup command prints
MODE = "1920x1080_60.00"
MODELINE = ["173.00", "1920", "2048", "2248", "2576", "1080", "1083", "1088", "1120"]
XORG_CONF = """\
Section "ServerFlags"
  Option "AutoAddDevices" "false"
  Option "AutoEnableDevices" "false"
EndSection
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 256000
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual 3840 1080
  EndSubSection
EndSection
"""


def need(program: str) -> str:
    found = shutil.which(program)
    assert found, f"{program} is not installed: run scripts/setup-system test"
    return found


def ready_line(fd: int, what: str, marker: str | None = None, timeout_s: float = 15.0) -> str:
    """The line a starting child writes on ``fd`` once it is ready (an X server's
    ``-displayfd``, openbox's startup command), or the first line that is ``marker``:
    waited for with ``select``, no polling. Fails after ``timeout_s``, or when the child
    closes its end first (it exited)."""
    deadline = time.monotonic() + timeout_s
    pending = b""
    while True:
        *lines, pending = pending.split(b"\n")
        for line in lines:
            text = line.decode(errors="replace").strip()
            if marker is None or text == marker:
                return text
        left = max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([fd], [], [], left)
        assert ready, f"{what} did not get ready within {timeout_s} s"
        chunk = os.read(fd, 4096)
        assert chunk, f"{what} exited before it was ready"
        pending += chunk


@contextmanager
def _x_server(command: list[str], what: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Start an X server that picks a free display itself and writes its number to a pipe
    once it accepts connections (``-displayfd``); yields (":N", the process)."""
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [*command, "-displayfd", str(write_end)],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)  # the server holds the only write end: EOF if it exits
    try:
        try:
            display = ":" + ready_line(read_end, what)
        finally:
            os.close(read_end)
        yield display, process
    finally:
        _stop(process)


def _stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _env(display: str) -> dict[str, str]:
    env = dict(os.environ, DISPLAY=display)
    env.pop("WAYLAND_DISPLAY", None)
    return env


@contextmanager
def xvfb() -> Iterator[str]:
    """One 1920x1080 screen; yields the display (":93")."""
    command = [need("Xvfb"), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"]
    with _x_server(command, "Xvfb") as (display, _process):
        yield display


def xrandr(display: str, *args: str) -> None:
    subprocess.run(["xrandr", *args], env=_env(display), check=True, timeout=20)


def plug(display: str, output: str, *, primary: bool = False) -> None:
    """Turn a dummy output on at 1920x1080 (right of DUMMY0 unless it is DUMMY0)."""
    place = ["--primary"] if primary else ["--right-of", "DUMMY0"]
    xrandr(display, "--output", output, "--mode", MODE, *place)


def unplug(display: str, output: str) -> None:
    xrandr(display, "--output", output, "--off")


@contextmanager
def xorg_two_screens(folder: Path) -> Iterator[str]:
    """Xorg with the dummy driver and two real monitors, DUMMY0 (primary, at 0,0) and
    DUMMY1 (at 1920,0); yields the display."""
    config = folder / "xorg.conf"
    config.write_text(XORG_CONF, encoding="utf-8")
    command = [need("Xorg"), "-noreset", "-nolisten", "tcp", "-config", str(config),
               "-logfile", str(folder / "xorg.log")]  # fmt: skip
    need("xrandr")
    with _x_server(command, f"Xorg (see {folder}/xorg.log)") as (display, _process):
        xrandr(display, "--newmode", MODE, *MODELINE, "-hsync", "+vsync")
        for output in ("DUMMY0", "DUMMY1"):
            xrandr(display, "--addmode", output, MODE)
        plug(display, "DUMMY0", primary=True)
        plug(display, "DUMMY1")
        yield display


@contextmanager
def openbox(display: str) -> Iterator[None]:
    """The openbox window manager on ``display``, ready (its startup command has run)."""
    need("openbox")
    process = subprocess.Popen(
        ["openbox", "--sm-disable", "--startup", f"echo {OPENBOX_READY}"],
        env=_env(display),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert process.stdout is not None
        # openbox says other things on stdout first ("Openbox-Message: ... menu file")
        ready_line(process.stdout.fileno(), "openbox", OPENBOX_READY)
        yield
    finally:
        _stop(process)
        if process.stdout is not None:
            process.stdout.close()


def run_check(script: Path, display: str, extra_env: Mapping[str, str] | None = None) -> str:
    """Run a pytest file in a child process on the real X ``display`` (xcb); its output."""
    import sys

    env = _env(display) | {"QT_QPA_PLATFORM": "xcb", **(extra_env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(script)],
        cwd=Path(__file__).resolve().parents[1],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout
