"""Run `python -m runofshow --headless` as a real subprocess and drive it over HTTP."""

from __future__ import annotations

import http.client
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from runofshow.paths import bundled_show

REPO = Path(__file__).resolve().parents[2]
READY_TIMEOUT_S = 20.0
EOF = "\x00EOF"


def show_starting_now(folder: Path, minutes_from_now: int = 0) -> Path:
    """A copy of the bundled show planned for today, so offsets and screenshots look real."""
    tokyo = ZoneInfo("Asia/Tokyo")
    start = (datetime.now(tokyo) + timedelta(minutes=minutes_from_now)).replace(
        second=0, microsecond=0
    )
    text = bundled_show().read_text(encoding="utf-8")
    text = text.replace("starts_at: 2022-09-12T13:00:00+09:00", f"starts_at: {start.isoformat()}")
    path = folder / "kyash-today.yaml"
    path.write_text(text, encoding="utf-8")
    return path


class HeadlessServer:
    """The headless app in a subprocess; ``port`` is known once it printed its ready line."""

    def __init__(
        self,
        show: Path,
        data_dir: Path,
        port: int = 0,
        *extra: str,
        env: dict[str, str] | None = None,
    ) -> None:
        env = dict(os.environ if env is None else env)
        env.update(
            RUNOFSHOW_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1"
        )
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "runofshow",
                "--headless",
                str(show),
                "--port",
                str(port),
                *list(extra),
            ],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.output: list[str] = []
        self.errors: list[str] = []
        self._pumps = [
            threading.Thread(target=self._pump, daemon=True),
            threading.Thread(target=self._pump_err, daemon=True),
        ]
        for pump in self._pumps:
            pump.start()
        self.port = self._wait_ready()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(EOF)

    def _pump_err(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.errors.append(line.rstrip("\n"))

    def _wait_ready(self) -> int:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line == EOF:
                break
            self.output.append(line)
            if line.startswith("ready http://127.0.0.1:"):
                return int(line.rsplit(":", 1)[1])
        self.kill()
        raise RuntimeError(
            "headless server did not get ready:\n" + "\n".join(self.output + self.errors)
        )

    def rest_of_output(self) -> list[str]:
        while True:
            try:
                line = self.lines.get_nowait()
            except queue.Empty:
                return self.output
            if line != EOF:
                self.output.append(line)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def request(
        self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
    ) -> tuple[int, Any]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            data = json.dumps(body) if body is not None else None
            conn.request(method, path, body=data, headers=headers or {})
            response = conn.getresponse()
            return response.status, json.loads(response.read() or b"null")
        finally:
            conn.close()

    def stop(self, signum: int = signal.SIGTERM, timeout: float = 15.0) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signum)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise
        finally:
            self._close_pipes()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)
        self._close_pipes()

    def _close_pipes(self) -> None:
        """After exit: let the readers reach end of file, then close the pipes."""
        for pump in self._pumps:
            pump.join(timeout=10)
        for pipe in (self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                pipe.close()
