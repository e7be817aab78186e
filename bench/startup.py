"""Start-up: process spawn -> first painted console, and peak memory, against a bare QLabel.

Each run is a fresh process timed from the parent's spawn (CLOCK_MONOTONIC is shared by
all processes) to the monotonic time the child prints at its window's first paint event.
Peak memory is the child's ru_maxrss from wait4. The child imports nothing of the bench
harness beyond bench.appkit (so the harness does not inflate the app's figures). App and
baseline runs alternate, after one discarded warm-up of each (warm page cache and .pyc).
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.common import Context, Row

NAME = "startup"
TIME_LIMIT = 2.0  # start-up to first painted console, x bare (issue 18)
PEAK_LIMIT = 1.6  # peak memory at start-up, x bare (issue 18)


def _one(ctx: Context, args: list[str]) -> tuple[float, float]:
    """(start-up ms, peak RSS MiB) of one fresh child."""
    from bench.common import PYTHON, read_marker, spawn, stop, wait_with_rusage

    env = ctx.child_env()
    t0 = time.monotonic_ns()
    proc = spawn([PYTHON, "-m", *args], env)
    try:
        painted = int(read_marker(proc, "painted ", 60))
        _code, peak_kib = wait_with_rusage(proc, 30)
    finally:
        stop(proc)
    return (painted - t0) / 1e6, peak_kib / 1024


def run(ctx: Context) -> list[Row]:
    from bench.common import Row, median, ratio_verdict

    runs = 1 if ctx.smoke else 5
    app_args = ["bench.startup", "child"]
    bare_args = ["bench.baseline", "startup"]
    if not ctx.smoke:
        _one(ctx, app_args)
        _one(ctx, bare_args)
    app_t, app_m, bare_t, bare_m = [], [], [], []
    for _ in range(runs):
        t, m = _one(ctx, app_args)
        app_t.append(t)
        app_m.append(m)
        t, m = _one(ctx, bare_args)
        bare_t.append(t)
        bare_m.append(m)
    t_app, t_bare = median(app_t), median(bare_t)
    m_app, m_bare = median(app_m), median(bare_m)
    note = f"median of {runs}; app runs {', '.join(f'{v:.0f}' for v in app_t)} ms"
    return [
        Row(
            "startup.first_paint",
            t_app,
            t_bare,
            "ms",
            f"<= {TIME_LIMIT}x bare",
            ratio_verdict(t_app, t_bare, TIME_LIMIT),
            note,
        ),
        Row(
            "startup.peak_rss",
            m_app,
            m_bare,
            "MiB",
            f"<= {PEAK_LIMIT}x bare",
            ratio_verdict(m_app, m_bare, PEAK_LIMIT),
            f"median of {runs}, ru_maxrss",
        ),
    ]


def child() -> int:
    """The real app with the bundled show; prints ``painted <ns>`` at the console's first
    paint and exits."""
    import gc

    gc.disable()  # as `runofshow` does before importing the desktop (bench.appkit)
    from bench.appkit import PaintWatch, build_desktop, emit, quit_after

    app, desktop = build_desktop()
    seen = False

    def first(_widget: object, ns: int) -> None:
        nonlocal seen
        if not seen:
            seen = True
            emit(f"painted {ns}")
            from PySide6.QtCore import QTimer

            # Out right after this paint: what start-up does after the first paint (the
            # web server) is not part of "start-up to first paint", nor of its peak memory.
            QTimer.singleShot(0, lambda: os._exit(0))

    watch = PaintWatch(first)
    desktop.console.installEventFilter(watch)
    quit_after(app, 60)
    return app.exec()


if __name__ == "__main__" and sys.argv[1:] == ["child"]:
    sys.exit(child())
