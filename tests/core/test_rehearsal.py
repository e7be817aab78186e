"""Single-segment rehearsal: one talk, starting now, laps per cue card."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.loader import load_show
from runofshow.core.rehearsal import shifted_show, single_segment_show
from runofshow.core.reports import run_markdown
from runofshow.core.runs import RunRecorder
from runofshow.paths import bundled_show
from tests.core.run_script import S, small_show


def test_the_derived_show_holds_only_that_segment_starting_now() -> None:
    show = small_show()
    now = datetime(2022, 9, 10, 1, 2, 3, tzinfo=UTC)
    hard = replace(show.segments[1], hard_start=datetime(2022, 9, 12, 4, 5, tzinfo=UTC))
    show = replace(show, segments=(show.segments[0], hard, *show.segments[2:]))
    rehearsal = single_segment_show(show, "talk-dev-env", now)
    assert [s.id for s in rehearsal.segments] == ["talk-dev-env"]
    assert rehearsal.starts_at == now and str(rehearsal.starts_at.tzinfo) == "Asia/Tokyo"
    segment = rehearsal.segments[0]
    assert segment.hard_start is None
    assert (segment.cues, segment.duration_ms) == (hard.cues, hard.duration_ms)
    assert show.segments[1].hard_start is not None  # the original is untouched


def test_unknown_segment_and_naive_time_are_refused() -> None:
    with pytest.raises(KeyError):
        single_segment_show(small_show(), "nope", datetime(2022, 9, 10, tzinfo=UTC))
    with pytest.raises(ValueError, match="timezone-aware"):
        single_segment_show(small_show(), "opening", datetime(2022, 9, 10))


def test_a_segment_rehearsal_records_laps_per_card(tmp_path: Path, clocks: FakeClocks) -> None:
    show = single_segment_show(small_show(), "talk-dev-env", clocks.now)
    engine = Engine(show, clocks, rehearsal=True)
    recorder = RunRecorder.for_show(tmp_path / "show.yaml", scope="talk-dev-env")
    recorder.attach(engine)
    engine.start()
    for lap_s in (55, 130):
        clocks.advance(lap_s * S)
        engine.next_cue()
    clocks.advance(140 * S)
    engine.end_show()
    run = recorder.store.load("1")
    assert (run.info.kind, run.info.scope, run.info.status) == (
        "rehearsal", "talk-dev-env", "complete",
    )  # fmt: skip
    talk = run.analysis.segments[0]
    assert [(c.reached_ms, c.on_card_ms) for c in talk.cues] == [
        (0, 55 * S), (55 * S, 130 * S), (185 * S, 140 * S),
    ]  # fmt: skip
    assert talk.duration_ms == 325 * S and talk.delta_ms == 25 * S
    assert run.analysis.plan.starts_at == clocks.now - timedelta(seconds=325)
    report = run_markdown(run.info, run.analysis)
    assert "- Kind: rehearsal (segment talk-dev-env)" in report
    assert "| 2. 課題 | 1:00 | 0:55 | 2:10 | 2:00 | +0:10 |" in report


def test_shifted_show_moves_the_plan_and_hard_starts_together() -> None:
    show = load_show(bundled_show())
    with_hard = replace(
        show,
        segments=(
            *show.segments[:4],
            replace(show.segments[4], hard_start=show.starts_at + timedelta(minutes=55)),
            show.segments[5],
        ),
    )
    rehearsal_at = datetime(2022, 9, 10, 9, 0, tzinfo=UTC)
    shifted = shifted_show(with_hard, rehearsal_at)
    assert shifted.starts_at == rehearsal_at
    assert shifted.starts_at.tzinfo is not None
    assert shifted.segments[4].hard_start == rehearsal_at + timedelta(minutes=55)
    assert [s.id for s in shifted.segments] == [s.id for s in show.segments]
    assert [s.duration_ms for s in shifted.segments] == [s.duration_ms for s in show.segments]
