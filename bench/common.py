"""Shared bits of the benchmarks: result rows, statistics, child processes, /proc readings.

Benchmarks are not tests: they measure and report, they never fail a build on speed.
Every measure runs its app side and its baseline in the same run, on the same display.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024


@dataclass
class Row:
    """One line of the table."""

    measure: str  # e.g. "startup.time_ms"
    value: float | None
    baseline: float | None = None
    unit: str = ""
    target: str = ""  # e.g. "<= 1.5x", "< 17 ms"
    verdict: str = "info"  # "ok", "MISSED", "info", "error"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline


@dataclass
class Context:
    """What every measure gets: mode, the display to use, a scratch folder."""

    smoke: bool
    display_env: dict[str, str]
    display_note: str
    scratch: Path
    notes: list[str] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)  # measure options from the CLI
    tables: dict[str, str] = field(default_factory=dict)  # extra tables, printed after the rows

    def child_env(self, **extra: str) -> dict[str, str]:
        """Environment for child programs: the bench display and an isolated config, and a
        data folder of its own for each child (one child's journal, left on air, would
        otherwise be resumed by the next)."""
        env = dict(os.environ)
        env.update(self.display_env)
        home = self.scratch / "home"
        home.mkdir(exist_ok=True)
        env["RUNOFSHOW_DATA_DIR"] = tempfile.mkdtemp(prefix="data-", dir=self.scratch)
        env["XDG_CONFIG_HOME"] = str(home / ".config")
        env["XDG_DATA_HOME"] = str(home / ".local" / "share")
        env["XDG_CACHE_HOME"] = str(home / ".cache")
        env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
        # An installed app runs from compiled bytecode: let the warm-up runs write it (a
        # shell that forbids it would have every start compile every module again).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.update(extra)
        return env


def ratio_verdict(value: float | None, baseline: float | None, limit: float) -> str:
    if value is None or not baseline:
        return "error"
    return "ok" if value / baseline <= limit else "MISSED"


def below_verdict(value: float | None, limit: float, *, inclusive: bool = False) -> str:
    if value is None:
        return "error"
    return "ok" if (value <= limit if inclusive else value < limit) else "MISSED"


# ---------------------------------------------------------------- statistics


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        return math.nan
    mid = n // 2
    return ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100): a value that was really observed."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


# ---------------------------------------------------------------- /proc


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (its own threads, not its children), in seconds."""
    text = Path(f"/proc/{pid}/stat").read_text()
    fields = text[text.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def status_kib(pid: int, key: str) -> int:
    """A /proc/<pid>/status field in KiB (VmRSS, VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise KeyError(key)


def wait_with_rusage(proc: subprocess.Popen[str], timeout_s: float) -> tuple[int, int]:
    """Wait for ``proc`` (bounded); returns (exit status, peak RSS in KiB) from wait4."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return proc.returncode, int(usage.ru_maxrss)
        time.sleep(0.01)
    proc.kill()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, int(usage.ru_maxrss)


# ---------------------------------------------------------------- child programs


def spawn(
    args: Sequence[str], env: dict[str, str], *, cwd: Path | None = None
) -> subprocess.Popen[str]:
    """Start a child; stderr goes to a temporary file (a pipe nobody reads could fill)."""
    err = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - closed by stop()
    proc = subprocess.Popen(
        list(args),
        env=env,
        cwd=str(cwd or REPO),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=err,
        text=True,
        start_new_session=True,
    )
    proc._bench_err = err  # type: ignore[attr-defined]
    return proc


def stderr_tail(proc: subprocess.Popen[str], chars: int = 2000) -> str:
    err = getattr(proc, "_bench_err", None)
    if err is None or err.closed:
        return ""
    err.seek(0)
    return str(err.read())[-chars:]


def _line_queue(proc: subprocess.Popen[str]) -> queue.Queue[str | None]:
    """A thread drains the child's stdout into a queue (select() cannot see lines that
    Python's text buffer already holds). None marks the end of output."""
    lines: queue.Queue[str | None] | None = getattr(proc, "_bench_lines", None)
    if lines is None:
        lines = queue.Queue()
        stdout = proc.stdout
        assert stdout is not None

        def pump() -> None:
            with contextlib.suppress(ValueError, OSError):
                for line in stdout:
                    lines.put(line)
            lines.put(None)

        threading.Thread(target=pump, daemon=True).start()
        proc._bench_lines = lines  # type: ignore[attr-defined]
    return lines


def read_marker(proc: subprocess.Popen[str], prefix: str, timeout_s: float) -> str:
    """Read stdout lines until one starts with ``prefix``; bounded by ``timeout_s``."""
    lines = _line_queue(proc)
    deadline = time.monotonic() + timeout_s
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if line is None:
            lines.put(None)
            break
        if line.startswith(prefix):
            return line[len(prefix) :].strip()
    err = ""
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(5)
    if proc.poll() is not None:
        err = stderr_tail(proc)
    why = f"exit {proc.returncode}" if proc.returncode is not None else f"{timeout_s} s"
    raise RuntimeError(f"no {prefix!r} line from {proc.args!r} ({why})\n{err}")


def stop(proc: subprocess.Popen[str], timeout_s: float = 10.0) -> None:
    """SIGTERM, then SIGKILL after ``timeout_s``; only ever the process we started."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
    for stream in (proc.stdout, getattr(proc, "_bench_err", None)):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


def run_json_child(
    module: str, argv: Sequence[str], env: dict[str, str], timeout_s: float
) -> tuple[dict[str, Any], int]:
    """Run ``python -m module argv``; it prints one ``result {json}`` line. Returns it and
    the child's peak RSS in KiB."""
    proc = spawn([PYTHON, "-m", module, *argv], env)
    try:
        text = read_marker(proc, "result ", timeout_s)
    except Exception:
        stop(proc)
        raise
    _code, peak = wait_with_rusage(proc, 30)
    stop(proc)
    return json.loads(text), peak


# ---------------------------------------------------------------- display


@contextlib.contextmanager
def display() -> Iterator[tuple[dict[str, str], str]]:
    """A real X display (our own Xvfb) or, without Xvfb, Qt's offscreen platform."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield {"QT_QPA_PLATFORM": "offscreen"}, "offscreen (Xvfb not installed)"
        return
    for number in range(91, 140):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        proc = subprocess.Popen(
            [xvfb, f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and proc.poll() is None:
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        if proc.poll() is not None:
            continue  # someone else took the number; try the next
        try:
            env = {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
            yield env, f"Xvfb :{number} 1920x1080x24 (xcb)"
        finally:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        return
    yield {"QT_QPA_PLATFORM": "offscreen"}, "offscreen (no free X display number)"


@contextlib.contextmanager
def scratch_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="runofshow-bench-") as folder:
        yield Path(folder)


def to_jsonable(rows: Sequence[Row]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        item = asdict(row)
        item["ratio"] = row.ratio
        out.append(item)
    return out
