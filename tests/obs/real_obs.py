"""A real OBS Studio (Debian's obs-studio, 29.x with obs-websocket 5) for tests: its own
Xvfb display, HOME and XDG_RUNTIME_DIR, a random high port and a password, the scene
collection shipped in resources/obs/. Started once per test module (a module-scoped
fixture), stopped with SIGINT, then SIGKILL. ../shared/notes/obs-in-ci.md explains the
settings that make it start quickly and quietly."""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

from runofshow.paths import resource

COLLECTION = "runofshow-test"
PROFILE = "runofshow-test"
SHIPPED = resource("obs", "kyash-techtalk-4.json")
X_SOCKETS = Path("/tmp/.X11-unix")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def exited(process: subprocess.Popen[bytes], what: str) -> None:
    """Wait a moment for ``process``; fail if it ended (the wait is the polling pause)."""
    try:
        process.wait(timeout=0.05)
    except subprocess.TimeoutExpired:
        return
    raise AssertionError(f"{what} exited early with status {process.returncode}")


def stop(process: subprocess.Popen[bytes], grace_s: float = 8.0) -> None:
    """SIGINT (OBS's clean shutdown), SIGKILL if it is still there after ``grace_s``."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(grace_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


class Xvfb:
    def __init__(self) -> None:
        binary = shutil.which("Xvfb")
        assert binary, "Xvfb is not installed (scripts/setup-system test installs it)"
        self.number = next(n for n in range(120, 220)
                           if not (X_SOCKETS / f"X{n}").exists()
                           and not Path(f"/tmp/.X{n}-lock").exists())  # fmt: skip
        self.display = f":{self.number}"
        self.process = subprocess.Popen(
            [binary, self.display, "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while not (X_SOCKETS / f"X{self.number}").exists():
            assert time.monotonic() < deadline, "Xvfb did not come up in 10 s"
            exited(self.process, "Xvfb")

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


class RealObs:
    """One OBS process at a time on ``port`` with ``password``; ``kill`` and ``start``
    again (the same configuration, the scene collection as it was last saved)."""

    def __init__(self, folder: Path, display: str) -> None:
        binary = shutil.which("obs")
        assert binary, "OBS Studio is not installed (scripts/setup-system test installs it)"
        self.binary = binary
        self.home = folder / "home"
        self.runtime = folder / "runtime"
        self.display = display
        self.port = free_port()
        self.password = "pw-" + secrets.token_hex(8)
        self.process: subprocess.Popen[bytes] | None = None
        self.log = folder / "obs.log"
        self._configure()

    def _configure(self) -> None:
        config = self.home / ".config" / "obs-studio"
        (config / "basic" / "profiles" / PROFILE).mkdir(parents=True)
        (config / "basic" / "scenes").mkdir(parents=True)
        self.runtime.mkdir(mode=0o700)
        (config / "global.ini").write_text(
            "[General]\nFirstRun=true\nLastVersion=486539266\nConfirmOnExit=false\n\n"
            f"[Basic]\nProfile={PROFILE}\nProfileDir={PROFILE}\nSceneCollection={COLLECTION}\n"
            f"SceneCollectionFile={COLLECTION}\n\n"
            "[BasicWindow]\nSysTrayEnabled=false\nPreviewEnabled=false\n\n"
            "[OBSWebSocket]\nFirstLoad=false\nServerEnabled=true\n"
            f"ServerPort={self.port}\nAlertsEnabled=false\nAuthRequired=true\n"
            f"ServerPassword={self.password}\n",
            encoding="utf-8",
        )
        (config / "basic" / "profiles" / PROFILE / "basic.ini").write_text(
            f"[General]\nName={PROFILE}\n\n[Video]\nBaseCX=1920\nBaseCY=1080\nOutputCX=960\n"
            "OutputCY=540\nFPSType=0\nFPSCommon=10\n",
            encoding="utf-8",
        )
        shutil.copy(SHIPPED, config / "basic" / "scenes" / f"{COLLECTION}.json")

    def start(self) -> None:
        assert self.process is None or self.process.poll() is not None
        env = {"HOME": str(self.home), "XDG_RUNTIME_DIR": str(self.runtime),
               "DISPLAY": self.display, "LIBGL_ALWAYS_SOFTWARE": "1", "LANG": "C.UTF-8",
               "PATH": os.environ.get("PATH", "/usr/bin:/bin")}  # fmt: skip
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [self.binary, "--multi", "--disable-missing-files-check",
                 "--collection", COLLECTION, "--profile", PROFILE],
                env=env, stdout=log, stderr=subprocess.STDOUT, cwd=self.home,
            )  # fmt: skip
        deadline = time.monotonic() + 30
        while not port_open(self.port):  # OBS exits 0 without a display: wait for the port
            assert time.monotonic() < deadline, f"OBS did not listen within 30 s; see {self.log}"
            exited(self.process, f"OBS (see {self.log})")

    def kill(self) -> None:
        """A crash: SIGKILL, no clean shutdown."""
        assert self.process is not None
        self.process.kill()
        self.process.wait(10)
        assert not port_open(self.port)

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)
