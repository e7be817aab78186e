"""A small show and a scripted rehearsal, shared by the run-history tests.

Script (fake clocks, rehearsal engine; times on each segment's own clock):
- オープニング (plan 2:00, 2 cards): card 1 for 1:00, card 2 for 1:10 -> 2:10 (+0:10)
- ローカル開発環境をAWSへ移行した話 (plan 5:00, 3 cards at 0, 1:00, 3:00):
  0:50, paused 0:20, 0:40 -> card 2 at 1:30; +1:00 added; 2:00 -> card 3 at 3:30;
  1:40 -> 5:10 (+0:10), one pause of 0:20
- パネルディスカッション (plan 10:00): 9:50 (-0:10)
- クロージング (plan 1:00): 1:15 (+0:15), then End show
On the run's timeline: 0:00, 2:10, 7:40 (5:10 + 0:20 paused), 17:30, end 18:45.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.model import (
    DEFAULT_THRESHOLDS,
    Cue,
    Segment,
    SegmentKind,
    Show,
    Speaker,
)
from runofshow.core.runs import RunRecorder, RunStore

S = 1000
M = 60 * S
SHOW_START = datetime(2022, 9, 12, 4, 0, tzinfo=UTC)  # 13:00 JST


def seg(
    id_: str,
    kind: SegmentKind,
    title: str,
    minutes: float,
    speakers: tuple[str, ...] = (),
    cues: tuple[tuple[str, int | None], ...] = (),
) -> Segment:
    return Segment(
        id=id_,
        kind=kind,
        title=title,
        duration_ms=int(minutes * M),
        thresholds=DEFAULT_THRESHOLDS,
        speakers=tuple(Speaker(n) for n in speakers),
        cues=tuple(Cue(t, at_ms=a) for t, a in cues),
    )


def small_show() -> Show:
    return Show(
        title="Kyash TechTalk #4 - Serversideと新しい挑戦",
        starts_at=SHOW_START,
        timezone="Asia/Tokyo",
        segments=(
            seg("opening", SegmentKind.OPENING, "オープニング", 2, ("@convto",),
                (("ごあいさつ", 0), ("今日の流れ", 1 * M))),
            seg("talk-dev-env", SegmentKind.TALK, "ローカル開発環境をAWSへ移行した話", 5,
                ("@yuu26",), (("背景", 0), ("課題", 1 * M), ("まとめ", 3 * M))),
            seg("panel", SegmentKind.PANEL, "パネルディスカッション", 10,
                ("@convto", "@yuu26", "@k_omotani")),
            seg("closing", SegmentKind.CLOSING, "クロージング", 1),
        ),
    )  # fmt: skip


def play_script(engine: Engine, clocks: FakeClocks) -> None:
    """The scripted run described in the module docstring."""
    assert engine.start().ok
    clocks.advance(60 * S)
    assert engine.next_cue().ok
    clocks.advance(70 * S)
    assert engine.next().ok
    clocks.advance(50 * S)
    assert engine.pause().ok
    clocks.advance(20 * S)
    assert engine.resume().ok
    clocks.advance(40 * S)
    assert engine.next_cue().ok
    assert engine.add_time(60 * S).ok
    clocks.advance(120 * S)
    assert engine.next_cue().ok
    clocks.advance(100 * S)
    assert engine.next().ok
    clocks.advance(590 * S)
    assert engine.next().ok
    clocks.advance(75 * S)
    assert engine.end_show().ok


def record_scripted_run(
    show_path: Path, clocks: FakeClocks, *, rehearsal: bool = True, show: Show | None = None
) -> tuple[RunStore, str]:
    """Run the script through a real Engine with a RunRecorder; return the store and run id."""
    engine = Engine(show or small_show(), clocks, rehearsal=rehearsal)
    recorder = RunRecorder.for_show(show_path)
    recorder.attach(engine)
    play_script(engine, clocks)
    assert recorder.run_id is not None
    run_id = recorder.run_id
    recorder.detach()
    return recorder.store, run_id
