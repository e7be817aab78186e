"""Reports add up (the same whole seconds in every column), carry a UTF-8 BOM for
spreadsheets, and chapters can leave out segments by kind or per segment, with clean
titles and every speaker; the projected start keeps hard starts."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from runofshow.core.clock import FakeClocks
from runofshow.core.durations import format_duration
from runofshow.core.engine import Engine
from runofshow.core.model import SegmentKind, Show, Speaker
from runofshow.core.reports import BOM, chapter_title, run_csv, run_markdown, youtube_chapters
from runofshow.core.run_analysis import Plan, compare, projected_start
from runofshow.core.runs import RunRecorder, RunStore
from tests.core.run_script import SHOW_START, M, S, seg


def afternoon() -> Show:
    return Show(
        title="Afternoon",
        starts_at=SHOW_START,
        timezone="Asia/Tokyo",
        segments=(
            seg("opening", SegmentKind.OPENING, "Opening", 5, ("司会 (MC)",)),
            seg("talk", SegmentKind.TALK, "A  talk\nin two lines", 5, ("@yuu26",)),
            seg("break", SegmentKind.BREAK, "Break", 3),
            replace(
                seg("panel", SegmentKind.PANEL, "Panel", 10, ("@a", "@b", "@c", "@d")),
                hard_start=SHOW_START + timedelta(minutes=15),
            ),
            replace(seg("qa", SegmentKind.OTHER, "Q&A", 4), chapter=False),
            seg("closing", SegmentKind.CLOSING, "Closing", 2),
        ),
    )


def run(path: Path, lengths_ms: list[int]) -> tuple[RunStore, Show]:
    """Every segment in turn, each for its given length, then End show."""
    clocks = FakeClocks(now=SHOW_START)
    show = afternoon()
    engine = Engine(show, clocks)
    recorder = RunRecorder.for_show(path)
    recorder.attach(engine)
    engine.start()
    for index, length in enumerate(lengths_ms):
        clocks.advance(length)
        if index + 1 < len(lengths_ms):
            assert engine.next().ok
    engine.end_show()
    return recorder.store, show


def test_columns_add_up_in_whole_seconds(tmp_path: Path) -> None:
    store, _ = run(tmp_path / "show.yaml", [148_600, 5 * M, 3 * M, 10 * M, 4 * M, 2 * M])
    loaded = store.load(store.latest().id)  # type: ignore[union-attr]
    table = list(csv.reader(io.StringIO(run_csv(loaded.info, loaded.analysis))))
    opening = table[1]
    assert opening[5:8] == ["5:00", "2:28", "-2:32"]  # 2:28 - 5:00 is -2:32, not -2:31
    total = next(row for row in table if row[0] == "total")
    rows = [row for row in table if row[0] == "segment"]
    shown = sum(_seconds(r[6]) for r in rows)
    assert _seconds(total[6]) == shown  # the total is the sum of what the rows show
    assert _seconds(total[6]) - _seconds(total[5]) == _seconds(total[7])
    md = run_markdown(loaded.info, loaded.analysis)
    assert "| 5:00 | 2:28 | -2:32 |" in md
    comparison = compare(Plan.from_show(afternoon()), [("#1", loaded.analysis)])
    assert comparison.rows[0].delta_ms(0) == -152 * S
    assert comparison.total_delta_ms(0) == comparison.total_ms(0) - 29 * M == -152 * S


def _seconds(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("+-±").split(":")]
    value = 0
    for part in parts:
        value = value * 60 + part
    return sign * value


def test_the_csv_starts_with_a_utf8_bom(tmp_path: Path) -> None:
    store, _ = run(tmp_path / "show.yaml", [5 * M, 5 * M, 3 * M, 10 * M, 4 * M, 2 * M])
    loaded = store.load(store.latest().id)  # type: ignore[union-attr]
    text = run_csv(loaded.info, loaded.analysis)
    assert text.startswith(BOM + "row,")
    assert text.encode("utf-8")[:3] == b"\xef\xbb\xbf"
    assert not run_markdown(loaded.info, loaded.analysis).startswith(BOM)


def test_chapters_leave_out_breaks_and_segments_marked_so(tmp_path: Path) -> None:
    store, _ = run(tmp_path / "show.yaml", [5 * M, 5 * M, 5 * M, 10 * M, 4 * M, 2 * M])
    analysis = store.load(store.latest().id).analysis  # type: ignore[union-attr]
    assert youtube_chapters(analysis) == (
        "0:00 Opening / 司会 (MC)\n"
        "5:00 A talk in two lines / @yuu26\n"
        "10:00 Break\n"
        "15:00 Panel / @a, @b, @c, @d\n"  # every panelist; Q&A has chapter: false
        "29:00 Closing\n"
    )
    assert youtube_chapters(analysis, skip_kinds=("break",), speakers=False) == (
        "0:00 Opening\n5:00 A talk in two lines\n15:00 Panel\n29:00 Closing\n"
    )


def test_a_chapter_title_never_nests_brackets() -> None:
    segment = Plan.from_show(afternoon()).segments[0]
    assert chapter_title(segment, True) == "Opening / 司会 (MC)"
    assert chapter_title(segment, False) == "Opening"


def test_the_projected_start_waits_for_a_hard_start(tmp_path: Path) -> None:
    # The panel is pinned at 13:15; before it 5 + 5 + 3 minutes are planned (13:13).
    plan = Plan.from_show(afternoon())
    assert plan.segments[3].hard_start == SHOW_START + timedelta(minutes=15)
    store, _ = run(tmp_path / "early.yaml", [4 * M, 4 * M, 3 * M, 10 * M, 4 * M, 2 * M])
    early = store.load(store.latest().id).analysis  # type: ignore[union-attr]
    store, _ = run(tmp_path / "late.yaml", [8 * M, 6 * M, 3 * M, 10 * M, 4 * M, 2 * M])
    late = store.load(store.latest().id).analysis  # type: ignore[union-attr]
    projected = projected_start(plan, [early, late])
    assert projected is not None
    assert projected.planned == SHOW_START + timedelta(minutes=15)  # the hard start
    assert projected.delta_ms(0) == 0  # 11 minutes in: the show waits for 13:15
    assert projected.delta_ms(1) == 2 * M  # 17 minutes in: two minutes late
    assert format_duration(projected.delta_ms(1) or 0) == "2:00"


def test_older_runs_without_hard_starts_or_chapter_flags_still_load() -> None:
    plan = Plan.from_show(afternoon())
    data = plan.to_json().replace('"hard_start": ', '"x-old": ').replace('"chapter": ', '"x-c": ')
    old = Plan.from_json(data)
    assert all(s.hard_start is None and s.chapter for s in old.segments)
    speakers = afternoon().segments[3].speakers
    assert speakers == tuple(Speaker(n) for n in ("@a", "@b", "@c", "@d"))
