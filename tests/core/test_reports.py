"""Reports: exact CSV and Markdown of a scripted run, and YouTube chapters by the rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from runofshow.core.clock import FakeClocks
from runofshow.core.reports import (
    ChapterError,
    chapters_from_starts,
    comparison_csv,
    comparison_markdown,
    intro_title_for,
    run_csv,
    run_markdown,
    youtube_chapters,
)
from runofshow.core.run_analysis import Plan, compare
from runofshow.core.runs import LoadedRun
from tests.core.run_script import S, record_scripted_run, small_show

EXPECTED_CSV = """\
\ufeffrow,index,segment_id,title,speakers,planned,actual,over_under,added,pauses,paused,started,ended
segment,1,opening,オープニング,@convto,2:00,2:10,+0:10,,0,,12:50:00,12:52:10
cue,1.1,opening,ごあいさつ,,1:00,1:00,±0:00,,,,0:00,
cue,1.2,opening,今日の流れ,,1:00,1:10,+0:10,,,,1:00,
segment,2,talk-dev-env,ローカル開発環境をAWSへ移行した話,@yuu26,5:00,5:10,+0:10,+1:00,1,0:20,12:52:10,12:57:40
cue,2.1,talk-dev-env,背景,,1:00,1:30,+0:30,,,,0:00,
cue,2.2,talk-dev-env,課題,,2:00,2:00,±0:00,,,,1:30,
cue,2.3,talk-dev-env,まとめ,,2:00,1:40,-0:20,,,,3:30,
segment,3,panel,パネルディスカッション,"@convto, @yuu26, @k_omotani",10:00,9:50,-0:10,,0,,\
12:57:40,13:07:30
segment,4,closing,クロージング,,1:00,1:15,+0:15,,0,,13:07:30,13:08:45
total,,,Total,,18:00,18:25,+0:25,,,,,
projected,,panel,Projected start of パネルディスカッション,,13:07:00,13:07:20,+0:20,,,,,
"""

EXPECTED_MD_HEAD = """\
# Kyash TechTalk #4 - Serversideと新しい挑戦 — 通しリハ

- Kind: rehearsal
- Started: 2022-09-12 12:50:00 JST
- Status: complete
- Note: パネル前で押した

## Segments

| # | Segment | Plan | Actual | ± | Added | Pauses | Start | End |
|---|---|---|---|---|---|---|---|---|
| 1 | オープニング | 2:00 | 2:10 | +0:10 |  |  | 12:50:00 | 12:52:10 |
| 2 | ローカル開発環境をAWSへ移行した話 | 5:00 | 5:10 | +0:10 | +1:00 | 1 (0:20) | \
12:52:10 | 12:57:40 |
| 3 | パネルディスカッション | 10:00 | 9:50 | -0:10 |  |  | 12:57:40 | 13:07:30 |
| 4 | クロージング | 1:00 | 1:15 | +0:15 |  |  | 13:07:30 | 13:08:45 |
|  | **Total** | 18:00 | 18:25 | +0:25 |  |  |  |  |

Projected start of パネルディスカッション: planned 13:07:00, projected 13:07:20 (+0:20)

## Cue cards

### オープニング

| Card | Target | Reached | Time on card | Planned | ± |
|---|---|---|---|---|---|
| 1. ごあいさつ | 0:00 | 0:00 | 1:00 | 1:00 | ±0:00 |
| 2. 今日の流れ | 1:00 | 1:00 | 1:10 | 1:00 | +0:10 |

### ローカル開発環境をAWSへ移行した話

| Card | Target | Reached | Time on card | Planned | ± |
|---|---|---|---|---|---|
| 1. 背景 | 0:00 | 0:00 | 1:30 | 1:00 | +0:30 |
| 2. 課題 | 1:00 | 1:30 | 2:00 | 2:00 | ±0:00 |
| 3. まとめ | 3:00 | 3:30 | 1:40 | 2:00 | -0:20 |

## Action log

| Time | Run time | Action | Segment | Detail |
|---|---|---|---|---|
| 12:50:00 | 0:00 | start | オープニング |  |
| 12:51:00 | 1:00 | next_cue | オープニング | card 2 |
| 12:52:10 | 2:10 | next | ローカル開発環境をAWSへ移行した話 | → talk-dev-env |
| 12:53:00 | 3:00 | pause | ローカル開発環境をAWSへ移行した話 |  |
"""

EXPECTED_CHAPTERS = """\
0:00 オープニング / @convto
2:10 ローカル開発環境をAWSへ移行した話 / @yuu26
7:40 パネルディスカッション / @convto, @yuu26, @k_omotani
17:30 クロージング
"""

EXPECTED_SHIFTED = """\
0:00 配信開始
2:00 オープニング / @convto
4:10 ローカル開発環境をAWSへ移行した話 / @yuu26
9:40 パネルディスカッション / @convto, @yuu26, @k_omotani
19:30 クロージング
"""


@pytest.fixture
def scripted(tmp_path: Path, clocks: FakeClocks) -> LoadedRun:
    store, run_id = record_scripted_run(tmp_path / "show.yaml", clocks)
    store.rename(run_id, "通しリハ")
    store.annotate(run_id, "パネル前で押した")
    return store.load(run_id)


def test_run_csv_exact(scripted: LoadedRun) -> None:
    assert run_csv(scripted.info, scripted.analysis) == EXPECTED_CSV


def test_run_markdown_exact(scripted: LoadedRun) -> None:
    report = run_markdown(scripted.info, scripted.analysis)
    assert report.startswith(EXPECTED_MD_HEAD)
    assert report.endswith("| 13:08:45 | 18:45 | end | クロージング |  |\n")
    log = report.split("## Action log\n\n", 1)[1].splitlines()
    assert len(log) == 2 + 11  # header, rule, one row per recorded event
    assert log[8] == "| 12:54:00 | 4:00 | add_time | ローカル開発環境をAWSへ移行した話 | +1:00 |"


def test_chapters_exact_plain_and_shifted(scripted: LoadedRun) -> None:
    assert youtube_chapters(scripted.analysis) == EXPECTED_CHAPTERS
    assert youtube_chapters(scripted.analysis, shift_s=120) == EXPECTED_SHIFTED
    assert youtube_chapters(scripted.analysis, 120, "Stream start").startswith(
        "0:00 Stream start\n2:00 "
    )
    # The stream went live 2:30 after the opening started: it opens inside the talk.
    assert youtube_chapters(scripted.analysis, shift_s=-150, speakers=False) == (
        "0:00 ローカル開発環境をAWSへ移行した話\n5:10 パネルディスカッション\n15:00 クロージング\n"
    )


def test_comparison_reports(tmp_path: Path, clocks: FakeClocks) -> None:
    store, _ = record_scripted_run(tmp_path / "show.yaml", clocks)
    clocks.advance(600 * S)
    record_scripted_run(tmp_path / "show.yaml", clocks, rehearsal=False)
    runs = [(i.label, store.load(i.id).analysis) for i in store.list_runs()]
    comparison = compare(Plan.from_show(small_show()), runs)
    csv_text = comparison_csv(comparison)
    assert csv_text.splitlines()[0] == (
        "\ufeffrow,segment_id,title,plan,#1 rehearsal,#1 rehearsal ±,#2 live,#2 live ±"
    )
    assert "segment,panel,パネルディスカッション,10:00,9:50,-0:10,9:50,-0:10" in csv_text
    assert "total,,Total,18:00,18:25,+0:25,18:25,+0:25" in csv_text
    assert "projected,panel,Projected start of パネルディスカッション,13:07:00,13:07:20,+0:20" in (
        csv_text
    )
    md = comparison_markdown(comparison)
    assert "| Segment | Plan | #1 rehearsal | ± | #2 live | ± |" in md
    assert (
        "| ローカル開発環境をAWSへ移行した話 / 1. 背景 | 1:00 | 1:30 | +0:30 | 1:30 | +0:30 |" in md
    )


# ---------------------------------------------------------------- YouTube's rules

_LINE = re.compile(r"^(?:(\d+):)?(\d+):(\d\d) (.+)$")


def _seconds(lines: list[str]) -> list[int]:
    out = []
    for line in lines:
        match = _LINE.match(line)
        assert match, line
        h, m, s = int(match.group(1) or 0), int(match.group(2)), int(match.group(3))
        assert s < 60 and (match.group(1) is None or m < 60)
        out.append(h * 3600 + m * 60 + s)
    return out


def check_youtube_rules(text: str, end_s: int) -> None:
    lines = text.splitlines()
    times = _seconds(lines)
    assert times[0] == 0 and lines[0].startswith("0:00 ")
    assert len(times) >= 3
    lengths = [b - a for a, b in zip(times, [*times[1:], end_s], strict=True)]
    assert all(length >= 10 for length in lengths), lengths
    for line, t in zip(lines, times, strict=True):
        assert (":" in line.split(" ")[0].split(":", 1)[1]) == (t >= 3600), line


def test_chapters_past_an_hour_use_h_mm_ss() -> None:
    starts = [(0, "オープニング"), (3_000 * S, "発表"), (3_700 * S, "パネル")]
    chapters = chapters_from_starts(starts, 6_000 * S, 0, "配信開始")
    text = "\n".join(c.line() for c in chapters)
    assert text == "0:00 オープニング\n50:00 発表\n1:01:40 パネル"
    check_youtube_rules(text, 6_000)


def test_short_segments_are_merged_into_the_one_before() -> None:
    starts = [(0, "A"), (5 * S, "B"), (60 * S, "C"), (65 * S, "D"), (200 * S, "E")]
    lines = [c.line() for c in chapters_from_starts(starts, 300 * S, 0, "intro")]
    assert lines == ["0:00 B", "1:05 D", "3:20 E"]
    lines = [c.line() for c in chapters_from_starts(starts[2:], 300 * S, -55, "intro")]
    assert lines == ["0:00 C", "0:10 D", "2:25 E"]


def test_a_too_short_intro_is_dropped_and_the_first_segment_opens_at_zero() -> None:
    starts = [(0, "A"), (100 * S, "B"), (200 * S, "C")]
    lines = [c.line() for c in chapters_from_starts(starts, 300 * S, 5, "配信開始")]
    assert lines == ["0:00 A", "1:45 B", "3:25 C"]
    lines = [c.line() for c in chapters_from_starts(starts, 300 * S, 30, "配信開始")]
    assert lines == ["0:00 配信開始", "0:30 A", "2:10 B", "3:50 C"]


def test_fewer_than_three_chapters_is_a_clear_error() -> None:
    with pytest.raises(ChapterError, match=r"at least 3 chapters.*only 2"):
        chapters_from_starts([(0, "A"), (60 * S, "B")], 120 * S, 0, "intro")
    with pytest.raises(ChapterError, match="only 2"):
        chapters_from_starts([(0, "A"), (60 * S, "B"), (115 * S, "C")], 120 * S, 0, "x")
    with pytest.raises(ChapterError, match="only 0"):
        chapters_from_starts([], 0, 0, "x")


def test_intro_title_follows_the_show_language() -> None:
    assert intro_title_for(["オープニング", "Talk"]) == "配信開始"
    assert intro_title_for(["Opening", "Talk"]) == "Stream start"


@settings(max_examples=300, deadline=None)
@given(
    durations=st.lists(st.integers(min_value=0, max_value=4_000_000), min_size=0, max_size=12),
    shift_s=st.integers(min_value=-600, max_value=900),
)
def test_chapters_always_obey_youtube_rules_or_raise(durations: list[int], shift_s: int) -> None:
    starts, t = [], 0
    for i, d in enumerate(durations):
        starts.append((t, f"第{i + 1}部 セッション"))
        t += d
    try:
        chapters = chapters_from_starts(starts, t, shift_s, "配信開始")
    except ChapterError as error:
        assert "at least 3 chapters" in str(error)
        return
    check_youtube_rules("\n".join(c.line() for c in chapters), t // 1000 + shift_s)
