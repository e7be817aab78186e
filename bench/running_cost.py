"""Cost of running: CPU time per minute and RSS with the console and the speaker display open
and a segment running, against a bare window whose label a one-second QTimer updates.

Both children run on the same display; the parent reads /proc/<pid>/stat (utime+stime of
all the process's threads, the web server thread included) and /proc/<pid>/status VmRSS
after a warm-up, over the same window of time.
"""

from __future__ import annotations

import sys
import time

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
CPU_TARGET = 2.0  # % of one core
RSS_TARGET = 150.0  # MiB
WARMUP_S = 2.0


def _measure(ctx: Context, args: list[str], seconds: float) -> tuple[float, float, float]:
    """(CPU seconds per minute, % of one core, median RSS MiB) of one child."""
    proc = spawn([PYTHON, "-m", *args], ctx.child_env())
    try:
        read_marker(proc, "ready", 60)
        time.sleep(WARMUP_S)
        cpu0, t0 = cpu_seconds(proc.pid), time.monotonic()
        rss = []
        end = t0 + seconds
        while time.monotonic() < end:
            rss.append(status_kib(proc.pid, "VmRSS") / 1024)
            time.sleep(min(0.5, max(0.0, end - time.monotonic())))
        cpu1, t1 = cpu_seconds(proc.pid), time.monotonic()
        rss.append(status_kib(proc.pid, "VmRSS") / 1024)
    finally:
        stop(proc)
    share = (cpu1 - cpu0) / (t1 - t0)
    return share * 60, share * 100, median(rss)


def run(ctx: Context) -> list[Row]:
    seconds = 3.0 if ctx.smoke else 60.0
    total = str(seconds + WARMUP_S + 30)
    app = _measure(ctx, ["bench.running_cost", "child", total], seconds)
    bare = _measure(ctx, ["bench.baseline", "ticking", "--seconds", total], seconds)
    note = f"over {seconds:.0f} s after {WARMUP_S:.0f} s warm-up; console + speaker + web server"
    return [
        Row("running.cpu_per_min", app[0], bare[0], "s/min", "", "info", note),
        Row(
            "running.cpu_share",
            app[1],
            bare[1],
            "%",
            f"< {CPU_TARGET:.0f}% of a core",
            below_verdict(app[1], CPU_TARGET),
        ),
        Row(
            "running.rss",
            app[2],
            bare[2],
            "MiB",
            f"< {RSS_TARGET:.0f} MiB",
            below_verdict(app[2], RSS_TARGET),
            "median VmRSS while running",
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
