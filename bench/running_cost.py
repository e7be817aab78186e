"""Cost of running: CPU time per minute, RSS and PSS with the console and the speaker display
open and a segment running, against a bare window whose label a one-second QTimer updates.

Both children run on the same display, one after the other; the parent reads
/proc/<pid>/stat (utime+stime of all the process's threads, the web server thread
included), /proc/<pid>/status VmRSS and /proc/<pid>/smaps_rollup Pss after a warm-up, over
the same window of time. PSS (issue 18's measure) splits each shared page among the
processes mapping it: with no other Qt program running, Qt's libraries count in full (as
they do for the bare window); the windows' shared-memory images are split with the X
server.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.common import (
    PYTHON,
    Context,
    Row,
    below_verdict,
    cpu_seconds,
    median,
    read_marker,
    spawn,
    status_kib,
    stop,
)

NAME = "running"
CPU_TARGET = 0.7  # % of one core (issue 18)
PSS_TARGET = 80.0  # MiB (issue 18)
WARMUP_S = 2.0
PSS_PARTS = ("Pss_Anon", "Pss_File", "Pss_Shmem")


def rollup_kib(pid: int) -> dict[str, int]:
    """/proc/<pid>/smaps_rollup's fields in KiB (Rss, Pss, Pss_Anon, Pss_File, ...)."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[-1] == "kB":
            fields[name] = int(parts[0])
    return fields


@dataclass(frozen=True)
class Cost:
    cpu_per_min: float  # CPU seconds per minute
    cpu_share: float  # % of one core
    rss: float  # median MiB
    pss: float  # median MiB
    pss_parts: dict[str, float]  # the median sample's anonymous / file / shared memory


def _measure(ctx: Context, args: list[str], seconds: float) -> Cost:
    """What one child costs while it runs."""
    proc = spawn([PYTHON, "-m", *args], ctx.child_env())
    rss: list[float] = []
    samples: list[dict[str, int]] = []

    def sample() -> None:
        rss.append(status_kib(proc.pid, "VmRSS") / 1024)
        samples.append(rollup_kib(proc.pid))

    try:
        read_marker(proc, "ready", 60)
        time.sleep(WARMUP_S)
        cpu0, t0 = cpu_seconds(proc.pid), time.monotonic()
        end = t0 + seconds
        while time.monotonic() < end:
            sample()
            time.sleep(min(0.5, max(0.0, end - time.monotonic())))
        cpu1, t1 = cpu_seconds(proc.pid), time.monotonic()
        sample()
    finally:
        stop(proc)
    share = (cpu1 - cpu0) / (t1 - t0)
    middle = sorted(samples, key=lambda s: s["Pss"])[len(samples) // 2]
    return Cost(
        share * 60,
        share * 100,
        median(rss),
        median([s["Pss"] / 1024 for s in samples]),
        {part: middle.get(part, 0) / 1024 for part in PSS_PARTS},
    )


def run(ctx: Context) -> list[Row]:
    seconds = 3.0 if ctx.smoke else 60.0
    total = str(seconds + WARMUP_S + 30)
    app = _measure(ctx, ["bench.running_cost", "child", total], seconds)
    bare = _measure(ctx, ["bench.baseline", "ticking", "--seconds", total], seconds)
    note = f"over {seconds:.0f} s after {WARMUP_S:.0f} s warm-up; console + speaker + web server"
    parts = ", ".join(
        f"{part.removeprefix('Pss_').lower()} {app.pss_parts[part]:.1f} "
        f"(bare {bare.pss_parts[part]:.1f})"
        for part in PSS_PARTS
    )
    return [
        Row("running.cpu_per_min", app.cpu_per_min, bare.cpu_per_min, "s/min", "", "info", note),
        Row(
            "running.cpu_share",
            app.cpu_share,
            bare.cpu_share,
            "%",
            f"<= {CPU_TARGET}% of a core",
            below_verdict(app.cpu_share, CPU_TARGET, inclusive=True),
        ),
        Row("running.rss", app.rss, bare.rss, "MiB", "", "info", "median VmRSS while running"),
        Row(
            "running.pss",
            app.pss,
            bare.pss,
            "MiB",
            f"<= {PSS_TARGET:.0f} MiB",
            below_verdict(app.pss, PSS_TARGET, inclusive=True),
            f"median smaps_rollup Pss; MiB {parts}",
        ),
    ]


def child(seconds: float) -> int:
    """The real app: console and speaker display shown, the first segment running."""
    import gc

    gc.disable()  # as `runofshow` does before importing the desktop (bench.appkit)
    from bench.appkit import build_desktop, emit, quit_after  # first: it imports the app

    # isort: split
    from PySide6.QtCore import QTimer

    from runofshow.app.outcome import Surface

    app, desktop = build_desktop(speaker=True)

    def begin() -> None:
        result = desktop.session.execute(
            "start", {"plan": "as_planned"}, surface=Surface.AUTOMATION
        )  # the bundled show is dated 2022: its plan as written
        assert result.ok, result.message
        emit("ready")

    QTimer.singleShot(1000, begin)
    quit_after(app, seconds)
    return app.exec()


if __name__ == "__main__" and len(sys.argv) == 3 and sys.argv[1] == "child":
    sys.exit(child(float(sys.argv[2])))
