"""Good show files load into the right model values."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from runofshow.core.loader import load_show, load_show_text, validate_file
from runofshow.core.model import DEFAULT_THRESHOLDS, Cue, Notes, SegmentKind, Speaker, Thresholds

TOKYO = ZoneInfo("Asia/Tokyo")

SHOW = """\
# yaml-language-server: $schema=../schema/show-v1.json
format: runofshow/1
show:
  title: "Kyash TechTalk #4 - Serversideと新しい挑戦"
  starts_at: 2022-09-12T13:00:00+09:00
  timezone: Asia/Tokyo
  links:
    stream: https://www.youtube.com/live/abc
    event: https://kyash.connpass.com/event/1/
  description: お昼の配信
segments:
  - id: opening
    kind: opening
    title: オープニング
    speakers: "@convto"
    duration: 5m
  - id: talk-dev-env
    kind: talk
    title: ローカル開発環境をAWSへ移行した話
    speakers:
      - {name: "@yuu26", team: SRE}
      - 司会
    duration: 15m
    thresholds: {warning: 5m, danger: 2m}
    starts_at: "13:05"
    description: タイトルは仮
    cues:
      - title: 背景
        at: 0m
        text: |
          docker で全部ローカル
      - {title: 課題, at: 3m}
      - まとめ
    notes: {slide: スライド, stream: 配信}
  - id: break
    kind: break
    title: 休憩
    duration: 90
  - id: panel
    kind: panel
    title: パネル
    duration: "1:30:00"
    starts_at: 2022-09-12T04:30:00Z
    thresholds: {warning: 10m}
"""


@pytest.fixture
def show_path(tmp_path: Path) -> Path:
    path = tmp_path / "show.yaml"
    path.write_text(SHOW, encoding="utf-8")
    return path


def test_show_header(show_path: Path) -> None:
    show = load_show(show_path)
    assert show.title == "Kyash TechTalk #4 - Serversideと新しい挑戦"
    assert show.starts_at == datetime(2022, 9, 12, 13, 0, tzinfo=TOKYO)
    assert show.starts_at.utcoffset() == timedelta(hours=9)
    assert show.timezone == "Asia/Tokyo"
    assert show.tz == TOKYO
    assert show.description == "お昼の配信"
    assert show.source == show_path.resolve()
    assert show.links == (
        ("stream", "https://www.youtube.com/live/abc"),
        ("event", "https://kyash.connpass.com/event/1/"),
    )
    assert show.link("event") == "https://kyash.connpass.com/event/1/"
    assert show.thresholds == DEFAULT_THRESHOLDS


def test_segments(show_path: Path) -> None:
    show = load_show(show_path)
    assert [s.id for s in show.segments] == ["opening", "talk-dev-env", "break", "panel"]
    assert [s.kind for s in show.segments] == [
        SegmentKind.OPENING,
        SegmentKind.TALK,
        SegmentKind.BREAK,
        SegmentKind.PANEL,
    ]
    assert [s.duration_ms for s in show.segments] == [300_000, 900_000, 90_000, 5_400_000]
    talk = show.segments[1]
    assert talk.title == "ローカル開発環境をAWSへ移行した話"
    assert talk.description == "タイトルは仮"
    assert talk.notes == Notes(slide="スライド", stream="配信")
    assert show.segments[0].notes == Notes()


def test_speakers_as_strings_or_mappings(show_path: Path) -> None:
    show = load_show(show_path)
    assert show.segments[0].speakers == (Speaker("@convto"),)
    assert show.segments[1].speakers == (Speaker("@yuu26", team="SRE"), Speaker("司会"))
    assert show.segments[1].speaker_names == "@yuu26, 司会"
    assert show.segments[2].speakers == ()


def test_cues(show_path: Path) -> None:
    cues = load_show(show_path).segments[1].cues
    assert cues == (
        Cue(title="背景", text="docker で全部ローカル\n", at_ms=0),
        Cue(title="課題", at_ms=180_000),
        Cue(title="まとめ"),
    )


def test_thresholds_defaults_and_overrides(show_path: Path) -> None:
    segments = load_show(show_path).segments
    assert segments[0].thresholds == DEFAULT_THRESHOLDS
    assert segments[1].thresholds == Thresholds(warning_ms=300_000, danger_ms=120_000)
    # a 90 s break cannot use the 2m default: it is scaled to half and a quarter
    assert segments[2].thresholds == Thresholds(warning_ms=45_000, danger_ms=22_500)
    # a partial override keeps the inherited warning
    assert segments[3].thresholds == Thresholds(warning_ms=600_000, danger_ms=60_000)


def test_show_thresholds_are_the_default_for_segments(tmp_path: Path) -> None:
    text = SHOW.replace("  description: お昼の配信\n", "  thresholds: {warning: 3m, danger: 1m}\n")
    text = text.replace(
        "    thresholds: {warning: 10m}\n", "    thresholds: {warning: 10m, danger: 5m}\n"
    )
    show = load_show_text(text, "t.yaml")
    assert show.thresholds == Thresholds(180_000, 60_000)
    assert show.segments[0].thresholds == Thresholds(180_000, 60_000)
    assert show.segments[2].thresholds == Thresholds(45_000, 22_500)
    assert show.segments[3].thresholds == Thresholds(600_000, 300_000)


def test_hard_starts_are_aware_datetimes(show_path: Path) -> None:
    segments = load_show(show_path).segments
    assert segments[0].hard_start is None
    assert segments[1].hard_start == datetime(2022, 9, 12, 13, 5, tzinfo=TOKYO)
    assert segments[1].hard_start.tzinfo is not None
    assert segments[3].hard_start == datetime(2022, 9, 12, 4, 30, tzinfo=UTC)
    assert segments[3].hard_start.utcoffset() == timedelta(hours=9)  # shown in the show's zone


def test_unquoted_time_of_day_is_read_as_written(tmp_path: Path) -> None:
    show = load_show_text(SHOW.replace('starts_at: "13:05"', "starts_at: 13:05"), "t.yaml")
    assert show.segments[1].hard_start == datetime(2022, 9, 12, 13, 5, tzinfo=TOKYO)


def test_time_of_day_earlier_than_the_show_is_the_next_day() -> None:
    text = """\
format: runofshow/1
show: {title: Night, starts_at: 2022-09-12T23:00:00+09:00, timezone: Asia/Tokyo}
segments:
  - {id: a, kind: talk, title: A, duration: 30m}
  - {id: b, kind: talk, title: B, duration: 30m, starts_at: "00:15:30"}
"""
    show = load_show_text(text, "night.yaml")
    assert show.segments[1].hard_start == datetime(2022, 9, 13, 0, 15, 30, tzinfo=TOKYO)


def test_starts_at_as_a_string_and_in_another_zone() -> None:
    text = """\
format: runofshow/1
show: {title: London, starts_at: "2022-09-12T05:00:00Z", timezone: Europe/London}
segments:
  - {id: a, kind: other, title: A, duration: "45:00"}
"""
    show = load_show_text(text, "london.yaml")
    assert show.starts_at == datetime(2022, 9, 12, 6, 0, tzinfo=ZoneInfo("Europe/London"))
    assert show.segments[0].duration_ms == 45 * 60_000


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "windows.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + SHOW.replace("\n", "\r\n").encode("utf-8"))
    show = load_show(path)
    assert show.title == "Kyash TechTalk #4 - Serversideと新しい挑戦"
    assert show.segments[1].cues[0].text == "docker で全部ローカル\n"
    assert validate_file(path) == []


def test_loading_never_writes_the_file(show_path: Path) -> None:
    before = show_path.read_bytes()
    os.utime(show_path, (1_000_000_000, 1_000_000_000))
    stat_before = show_path.stat()
    load_show(show_path)
    validate_file(show_path)
    assert show_path.read_bytes() == before
    stat_after = show_path.stat()
    assert stat_after.st_mtime_ns == stat_before.st_mtime_ns
    assert stat_after.st_size == stat_before.st_size


def test_path_may_be_a_string(show_path: Path) -> None:
    assert load_show(str(show_path)).source == show_path.resolve()


def test_text_fields_keep_what_was_written() -> None:
    text = """\
format: runofshow/1
show: {title: 2022, starts_at: 2022-09-12T13:00:00+09:00, timezone: UTC}
segments:
  - {id: "2024", kind: talk, title: yes, duration: 1m, speakers: [no]}
"""
    show = load_show_text(text, "t.yaml")
    assert show.title == "2022"
    assert show.segments[0].id == "2024"
    assert show.segments[0].title == "yes"
    assert show.segments[0].speakers == (Speaker("no"),)


def test_bundled_show_loads(bundled_show_path: Path) -> None:
    show = load_show(bundled_show_path)
    assert show.timezone == "Asia/Tokyo"
    assert show.starts_at == datetime(2022, 9, 12, 13, 0, tzinfo=TOKYO)
    talks = [s for s in show.segments if s.kind is SegmentKind.TALK]
    assert len(talks) == 3
    assert all(s.duration_ms == 15 * 60_000 for s in talks)
    panel = [s for s in show.segments if s.kind is SegmentKind.PANEL]
    assert [s.duration_ms for s in panel] == [45 * 60_000]
