"""Real X servers for window tests: Xvfb (one screen), Xorg with the dummy video driver (two
real monitors that can be unplugged with xrandr), and the openbox window manager on either.

Each is a context manager that starts the process, waits for it with a deadline, and stops
it (by its own process id) afterwards. A missing program is a failure, never a skip:
`scripts/setup-system test` installs them all (tests/test_setup_system.py checks that).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

X_SOCKETS = Path("/tmp/.X11-unix")
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


def free_display(first: int = 91) -> int:
    for number in range(first, 400):
        if not (X_SOCKETS / f"X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


def wait_for(condition: object, what: str, timeout_s: float = 15.0) -> None:
    """Poll ``condition()`` (a callable) until it is true; fail after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"{what} did not happen within {timeout_s} s"
        time.sleep(0.05)


def _stop(process: subprocess.Popen[bytes]) -> None:
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
    number = free_display()
    process = subprocess.Popen(
        [need("Xvfb"), f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: (X_SOCKETS / f"X{number}").exists() or process.poll() is not None,
                 f"Xvfb :{number}")  # fmt: skip
        assert process.poll() is None, f"Xvfb :{number} exited early"
        yield f":{number}"
    finally:
        _stop(process)


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
    need("Xorg")
    need("xrandr")
    number = free_display(120)
    config = folder / "xorg.conf"
    config.write_text(XORG_CONF, encoding="utf-8")
    process = subprocess.Popen(
        ["Xorg", f":{number}", "-noreset", "-nolisten", "tcp", "-config", str(config),
         "-logfile", str(folder / "xorg.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    display = f":{number}"
    try:
        wait_for(lambda: (X_SOCKETS / f"X{number}").exists() or process.poll() is not None,
                 f"Xorg {display}")  # fmt: skip
        assert process.poll() is None, f"Xorg {display} exited early; see {folder}/xorg.log"
        xrandr(display, "--newmode", MODE, *MODELINE, "-hsync", "+vsync")
        for output in ("DUMMY0", "DUMMY1"):
            xrandr(display, "--addmode", output, MODE)
        plug(display, "DUMMY0", primary=True)
        plug(display, "DUMMY1")
        yield display
    finally:
        _stop(process)


@contextmanager
def openbox(display: str, folder: Path) -> Iterator[None]:
    """The openbox window manager on ``display``, ready (its startup command has run)."""
    need("openbox")
    ready = folder / "openbox-ready"
    process = subprocess.Popen(
        ["openbox", "--sm-disable", "--startup", f"touch {ready}"],
        env=_env(display),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: ready.exists() or process.poll() is not None, "openbox")
        assert process.poll() is None, "openbox exited early"
        yield
    finally:
        _stop(process)


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
