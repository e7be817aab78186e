"""`python -m bench [--smoke] [--only NAME] [--json FILE]`: run the measures, print a table.

The soak (10 minutes) runs only when asked for (`--only soak`), and in `--smoke` runs."""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from bench.common import Context, Row, display, scratch_dir, to_jsonable

MEASURES = ("clock", "startup", "running", "scale", "fanout", "engine", "soak")
DEFAULT_MEASURES = tuple(name for name in MEASURES if name != "soak")
MODULES = {
    "clock": "bench.clock_truth",
    "startup": "bench.startup",
    "running": "bench.running_cost",
    "scale": "bench.scale",
    "fanout": "bench.fanout",
    "engine": "bench.engine_rate",
    "soak": "bench.soak",
}
# Rows each measure must produce (the smoke test checks the table has every one).
EXPECTED_ROWS: dict[str, tuple[str, ...]] = {
    "clock": (
        "clock.console_p50",
        "clock.console_p99",
        "clock.console_max",
        "clock.speaker_p99",
        "clock.timer_fired_p99",
        "clock.signal_p99",
        "clock.console_repaint",
        "clock.speaker_repaint",
        "clock.tick_handler",
    ),
    "startup": ("startup.first_paint", "startup.peak_rss"),
    "running": ("running.cpu_per_min", "running.cpu_share", "running.rss", "running.pss"),
    "scale": (
        "scale.load_validate",
        "scale.load_typical",
        "scale.load_bundled",
        "scale.snapshot",
        "scale.snapshot_paused",
        "scale.state_json",
        "scale.timeline_update",
        "scale.timeline_paint",
        "scale.peak_rss",
    ),
    "fanout": (
        "fanout.p50",
        "fanout.p99",
        "fanout.acked_p99",
        "fanout.post_p50",
        "fanout.first_p50",
        "fanout.spread_p50",
        "fanout.decode_us",
        "fanout.server_cpu",
    ),
    "engine": (
        "engine.direct_add_undo",
        "engine.direct_next_previous",
        "engine.session_no_journal",
        "engine.session_journal",
        "engine.queue_command_p50",
        "engine.queue_command_p95",
    ),
    "soak": (
        "soak.rss_idle",
        "soak.rss_settled",
        "soak.rss_end",
        "soak.rss_growth",
        "soak.rss_slope",
        "soak.rss_after",
        "soak.connections",
        "soak.stall_max",
    ),
}


def machine() -> dict[str, Any]:
    import os

    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        from importlib.metadata import version

        pyside = version("PySide6-Essentials")
    except Exception:
        pyside = "?"
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "pyside6": pyside,
        "platform": platform.platform(),
    }


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def table(rows: list[Row]) -> str:
    head = ("measure", "value", "baseline", "ratio/target", "verdict")
    lines = []
    for row in rows:
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else ""
        target = f"{ratio} ({row.target})" if ratio and row.target else (ratio or row.target)
        unit = f" {row.unit}" if row.unit else ""
        value = _fmt(row.value) + (unit if row.value is not None else "")
        base = _fmt(row.baseline) + (unit if row.baseline is not None else "")
        lines.append(
            (row.measure, value, base if row.baseline is not None else "", target, row.verdict)
        )
    widths = [
        max(len(h), *(len(line[i]) for line in lines)) if lines else len(h)
        for i, h in enumerate(head)
    ]
    out = ["  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))]
    out.append("  ".join("-" * w for w in widths))
    out += ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in lines]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny runs so the code stays alive")
    parser.add_argument(
        "--only",
        action="append",
        choices=MEASURES,
        metavar="NAME",
        help=f"run only this measure (repeatable): {', '.join(MEASURES)}",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write results as JSON")
    soak = parser.add_argument_group("soak options")
    soak.add_argument("--soak-minutes", type=float, metavar="M", help="how long (default 10)")
    soak.add_argument("--soak-clients", type=int, metavar="N", help="WebSocket clients (200)")
    soak.add_argument(
        "--soak-actions-every",
        type=float,
        metavar="S",
        help="start the show, then an action every S s",
    )
    soak.add_argument(
        "--soak-messages-every", type=float, metavar="S", help="an operator message every S s"
    )
    soak.add_argument(
        "--soak-app", choices=("headless", "desktop"), help="which app serves (headless)"
    )
    soak.add_argument(
        "--soak-speed", type=float, metavar="F", help="the app's clock F times faster (1)"
    )
    soak.add_argument(
        "--soak-show-hours",
        type=float,
        metavar="H",
        help="a long show: H hours of show time at --soak-speed, an action every second "
        "and a message every 10 s of show time (issue 13)",
    )
    args = parser.parse_args(argv)
    chosen = args.only or list(MEASURES if args.smoke else DEFAULT_MEASURES)
    options = {key: value for key, value in vars(args).items() if key.startswith("soak_")}
    rows: list[Row] = []
    started = time.monotonic()
    with display() as (display_env, display_note), scratch_dir() as scratch:
        ctx = Context(args.smoke, display_env, display_note, scratch, options=options)
        print(
            f"# display: {display_note}; mode: {'smoke' if args.smoke else 'full'}",
            file=sys.stderr,
            flush=True,
        )
        for name in chosen:
            t0 = time.monotonic()
            try:
                module = importlib.import_module(MODULES[name])
                got = module.run(ctx)
            except Exception as error:
                traceback.print_exc()
                got = [Row(f"{name}.error", None, verdict="error", note=repr(error)[:200])]
            rows += got
            print(f"# {name}: {time.monotonic() - t0:.1f} s", file=sys.stderr, flush=True)
    info = machine()
    print(
        f"machine: {info['cpus']} CPUs, {info['cpu_model']}; Python {info['python']}, "
        f"PySide6 {info['pyside6']}; display: {display_note}"
    )
    print(table(rows))
    for row in rows:
        if row.note:
            print(f"  {row.measure}: {row.note}")
    for note in ctx.notes:
        print(f"note: {note}")
    for name, text in ctx.tables.items():
        print(f"\n{name}:\n{text}")
    if args.json:
        payload = {
            "machine": info,
            "display": display_note,
            "smoke": args.smoke,
            "seconds": round(time.monotonic() - started, 1),
            "rows": to_jsonable(rows),
            "notes": ctx.notes,
            "tables": ctx.tables,
        }
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
