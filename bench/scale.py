"""Scale: a generated 2,000-segment show against the bundled 6-segment one, same program.

Load + validate (load_show) of a heavy and a typical 2,000-segment show and of the bundled
one, each against libyaml parsing the same file (yaml.load with yaml.CSafeLoader) in the
same process, interleaved, with the garbage collector paused for both (load_show pauses it
itself). Then one engine snapshot (every display tick computes one, with the whole
projected schedule), the web state object (published on every tick), the console timeline
taking a new snapshot (render_snapshot) and painting its 1920-px view into a QImage, and
the child's peak memory. Medians of many repetitions.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bench.common import Context, Row, below_verdict, median, ratio_verdict, run_json_child

NAME = "scale"
SEGMENTS = 2000
LOAD_TARGET_RATIO = 2.0  # load + validate <= 2x the time libyaml takes to parse the file
PAINT_TARGET_MS = 8.0
PAUSED_SNAPSHOT_TARGET_MS = 15.0  # was a wall-clock limit in tests/core/test_schedule.py
KINDS = ("talk", "talk", "panel", "break", "other")
TOKYO = timezone(timedelta(hours=9))


def generate_show(path: Path, segments: int = SEGMENTS) -> Path:
    """A valid show file with ``segments`` segments, speakers and a few cue cards each."""
    lines = [
        "format: runofshow/1",
        "show:",
        '  title: "Scale test - 2,000 segments"',
        "  starts_at: 2022-09-12T09:00:00+09:00",
        "  timezone: Asia/Tokyo",
        "  thresholds: {warning: 2m, danger: 30s}",
        "segments:",
    ]
    for i in range(segments):
        kind = "opening" if i == 0 else "closing" if i == segments - 1 else KINDS[i % 5]
        lines += [
            f"  - id: seg-{i:04d}",
            f"    kind: {kind}",
            f'    title: "セグメント {i}: 発表タイトル number {i}"',
            f'    speakers: [{{name: "Speaker {i % 37}", team: "Team {i % 5}"}}]',
            f"    duration: {3 + i % 7}m",
            "    cues:",
            "      - {title: 導入, at: 0m, text: はじめに}",
            "      - {title: 本題, at: 1m, text: 本題の話}",
            "      - {title: まとめ, at: 2m, text: まとめと質疑}",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def generate_typical_show(path: Path, segments: int = SEGMENTS) -> Path:
    """A valid show shaped like a real rundown, scaled up: most segments are a title, a
    kind and a duration; some have speakers, a few cue cards, notes or a hard start."""
    lines = [
        "format: runofshow/1",
        "show:",
        '  title: "Scale test - a long festival"',
        "  starts_at: 2022-09-12T09:00:00+09:00",
        "  timezone: Asia/Tokyo",
        "segments:",
    ]
    minutes = 0
    for i in range(segments):
        kind = "opening" if i == 0 else "closing" if i == segments - 1 else KINDS[i % 5]
        length = 5 + i % 4 * 5
        lines += [
            f"  - id: item-{i:04d}",
            f"    kind: {kind}",
            f'    title: "発表 {i}: Talk number {i}"',
            f"    duration: {length}m",
        ]
        if i % 3 == 1:
            lines.append(f'    speakers: ["@speaker{i % 41}"]')
        if i % 10 == 2:
            lines += ["    cues:", "      - 導入", "      - {title: まとめ, at: 3m}"]
        if i % 25 == 3:
            lines += ["    notes:", f"      stream: 配信メモ {i}", f"      slide: slide {i}"]
        if i % 50 == 7:  # a hard start, a little after the planned start (a gap)
            minutes += 5
            start = datetime(2022, 9, 12, 9, tzinfo=TOKYO) + timedelta(minutes=minutes)
            lines.append(f"    starts_at: {start.isoformat()}")
        minutes += length
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _load_row(name: str, label: str, got: dict[str, float], path: Path) -> Row:
    return Row(
        name,
        got["load_ms"],
        got["parse_ms"],
        "ms",
        f"<= {LOAD_TARGET_RATIO:.1f}x libyaml parse",
        ratio_verdict(got["load_ms"], got["parse_ms"], LOAD_TARGET_RATIO),
        f"{label}, {path.stat().st_size // 1024} KiB; baseline: yaml.load(CSafeLoader) of "
        f"the same file, interleaved; libyaml compose alone {got['compose_ms']:.1f} ms",
    )


def run(ctx: Context) -> list[Row]:
    from runofshow.paths import bundled_show

    big = generate_show(ctx.scratch / "scale-2000.yaml")
    typical = generate_typical_show(ctx.scratch / "scale-2000-typical.yaml")
    reps = "5" if ctx.smoke else "60"
    pairs = "3" if ctx.smoke else "15"
    env = ctx.child_env()
    heavy_load, _ = run_json_child("bench.scale", ["load", str(big), pairs], env, 300)
    typical_load, _ = run_json_child("bench.scale", ["load", str(typical), pairs], env, 300)
    small_load, _ = run_json_child("bench.scale", ["load", str(bundled_show()), "40"], env, 120)
    app, app_rss = run_json_child("bench.scale", ["child", str(big), reps], env, 300)
    base, base_rss = run_json_child("bench.scale", ["child", str(bundled_show()), reps], env, 120)
    note = f"{SEGMENTS} segments vs the bundled show ({base['segments']} segments)"
    return [
        _load_row(
            "scale.load_validate",
            f"{SEGMENTS} segments, each with speakers and three cue cards",
            heavy_load,
            big,
        ),
        _load_row(
            "scale.load_typical",
            f"{SEGMENTS} segments shaped like a real rundown",
            typical_load,
            typical,
        ),
        _load_row(
            "scale.load_bundled",
            f"the bundled show ({small_load['segments']} segments)",
            small_load,
            bundled_show(),
        ),
        Row(
            "scale.snapshot",
            app["snapshot_ms"],
            base["snapshot_ms"],
            "ms",
            "",
            "info",
            f"Engine.snapshot_at (done on every display tick); {note}",
        ),
        Row(
            "scale.snapshot_paused",
            app["snapshot_paused_ms"],
            base["snapshot_paused_ms"],
            "ms",
            f"< {PAUSED_SNAPSHOT_TARGET_MS:.0f} ms",
            below_verdict(app["snapshot_paused_ms"], PAUSED_SNAPSHOT_TARGET_MS),
            "Engine.snapshot while paused, 7 ms later each time: the whole schedule rebuilt",
        ),
        Row(
            "scale.state_json",
            app["state_json_ms"],
            base["state_json_ms"],
            "ms",
            "",
            "info",
            "state_json + json.dumps (the web server publishes it on every tick)",
        ),
        Row(
            "scale.timeline_update",
            app["timeline_update_ms"],
            base["timeline_update_ms"],
            "ms",
            "",
            "info",
            "Timeline.show_snapshot for a tick one second later",
        ),
        Row(
            "scale.timeline_paint",
            app["paint_ms"],
            base["paint_ms"],
            "ms",
            f"< {PAINT_TARGET_MS:.0f} ms",
            below_verdict(app["paint_ms"], PAINT_TARGET_MS),
            f"whole {app['paint_w']}x{app['paint_h']} view rendered into a QImage",
        ),
        Row(
            "scale.peak_rss",
            app_rss / 1024,
            base_rss / 1024,
            "MiB",
            "",
            "info",
            "peak RSS of the child (Qt + show + engine + timeline)",
        ),
    ]


def show_snapshot(timeline: object, snap: object) -> None:
    """The timeline's "take this snapshot" method (named render, later show_snapshot)."""
    method = getattr(type(timeline), "show_snapshot", None)
    if method is None:
        method = type(timeline).render  # type: ignore[attr-defined]
    method(timeline, snap)


def _timed(fn: object, reps: int) -> float:
    out = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append((time.perf_counter() - t0) * 1000)
    return median(out)


def load_child(path: Path, pairs: int) -> int:
    """Time load_show and libyaml's parse of the same file, interleaved, GC paused for both."""
    import gc

    import yaml

    from runofshow.core.loader import load_show

    data = path.read_bytes()

    def parse() -> None:
        gc.disable()
        try:
            yaml.load(data, Loader=yaml.CSafeLoader)
        finally:
            gc.enable()

    def compose() -> None:
        gc.disable()
        try:
            yaml.compose(data, Loader=yaml.CSafeLoader)
        finally:
            gc.enable()

    show = load_show(path)  # warm-up: imports, caches, and proof that the file is valid
    parse()
    load, base, composed = [], [], []
    for _ in range(pairs):
        base.append(_timed(parse, 1))
        load.append(_timed(lambda: load_show(path), 1))
        composed.append(_timed(compose, 1))
    result = {
        "segments": len(show.segments),
        "load_ms": median(load),
        "parse_ms": median(base),
        "compose_ms": median(composed),
    }
    print("result " + json.dumps(result), flush=True)
    return 0


def child(path: Path, reps: int) -> int:
    from datetime import timedelta

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget

    from runofshow.app.state_json import state_json
    from runofshow.core.clock import FakeClocks
    from runofshow.core.engine import Engine
    from runofshow.core.loader import load_show
    from runofshow.qt.console.timeline import Timeline
    from runofshow.qt.theme import apply_dark_theme

    app = QApplication(sys.argv[:1])
    apply_dark_theme(app)
    show = load_show(path)
    clocks = FakeClocks()
    clocks.set_wall(show.starts_at - timedelta(minutes=1))
    engine = Engine(show, clocks)
    assert engine.start().ok
    middle = show.segments[len(show.segments) // 2].id
    clocks.advance(60_000)
    assert engine.goto(middle).ok
    clocks.advance(90_000)
    snap = engine.snapshot()
    snapshot_ms = _timed(engine.snapshot, reps)
    state_ms = _timed(
        lambda: json.dumps(state_json(snap, show), ensure_ascii=False, separators=(",", ":")),
        reps,
    )

    timeline = Timeline()
    timeline.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    timeline.resize(1920, timeline.height())
    timeline.show()
    show_snapshot(timeline, snap)
    app.processEvents()
    snaps = []
    for _ in range(reps):
        clocks.advance(1000)
        snaps.append(engine.snapshot())
    it = iter(snaps)
    update_ms = _timed(lambda: show_snapshot(timeline, next(it)), reps)
    app.processEvents()
    image = QImage(timeline.size(), QImage.Format.Format_ARGB32_Premultiplied)

    def paint() -> None:
        QWidget.render(timeline, image, QPoint(0, 0))

    paint()
    paint_ms = _timed(paint, reps)

    engine.pause()  # paused: every future projection moves with now, no row is reused

    def paused_snapshot() -> None:
        clocks.advance(7)
        engine.snapshot()

    paused_ms = _timed(paused_snapshot, reps)
    print(
        "result "
        + json.dumps(
            {
                "segments": len(show.segments),
                "snapshot_ms": snapshot_ms,
                "snapshot_paused_ms": paused_ms,
                "state_json_ms": state_ms,
                "timeline_update_ms": update_ms,
                "paint_ms": paint_ms,
                "paint_w": image.width(),
                "paint_h": image.height(),
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "child":
    sys.exit(child(Path(sys.argv[2]), int(sys.argv[3])))
if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "load":
    sys.exit(load_child(Path(sys.argv[2]), int(sys.argv[3])))
