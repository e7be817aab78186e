"""The history window: three runs of the bundled show compared, charted, logged, exported."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from runofshow.app.outcome import Surface
from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.loader import load_show
from runofshow.core.reports import ChapterError
from runofshow.core.runs import RunRecorder, RunStore
from runofshow.qt.history.tables import OVER, UNDER
from runofshow.qt.history.window import HistoryWindow
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import CHAPTER_SHIFT_S, CHAPTER_SKIP_BREAKS, CHAPTER_SPEAKERS, Settings
from runofshow.qt.theme import apply_dark_theme
from tests.app.support import act, make_session

S = 1000

# Seconds over (+) or under (-) plan per segment of the bundled show, for each run:
# opening, talk-dev-env, talk-points-async, talk-fourkeys, panel, closing.
RUNS = (
    ("rehearsal", datetime(2022, 9, 8, 9, 0, tzinfo=UTC), (30, 72, -40, 95, -120, 10)),
    ("rehearsal", datetime(2022, 9, 10, 9, 0, tzinfo=UTC), (10, 20, -15, 40, -60, 0)),
    ("live", datetime(2022, 9, 12, 4, 0, tzinfo=UTC), (-5, 45, 12, -30, 180, 20)),
)


def record_bundled_runs(show_path: Path) -> None:
    show = load_show(show_path)
    for kind, wall, offsets in RUNS:
        clocks = FakeClocks(now=wall)
        engine = Engine(show, clocks, rehearsal=kind == "rehearsal")
        recorder = RunRecorder.for_show(show_path)
        recorder.attach(engine)
        assert engine.start().ok
        for i, (segment, offset) in enumerate(zip(show.segments, offsets, strict=True)):
            total = segment.duration_ms + offset * S
            cards = max(1, len(segment.cues))
            for c in range(cards):
                clocks.advance(
                    total // cards if c < cards - 1 else total - (cards - 1) * (total // cards)
                )
                if c < cards - 1:
                    assert engine.next_cue().ok
            if i == 1 and kind == "live":
                assert engine.pause().ok
                clocks.advance(45 * S)
                assert engine.resume().ok
            assert (engine.next() if i + 1 < len(show.segments) else engine.end_show()).ok
        recorder.detach()
        recorder.store.close()
    store = RunStore.for_show(show_path)
    store.rename("1", "通しリハ 1回目")
    store.annotate("1", "パネル前に押した。fourkeysのデモが長い")
    store.close()


@pytest.fixture
def window(
    qtbot: QtBot, clocks: FakeClocks, bundled_show_path: Path, settings: Settings
) -> Iterator[HistoryWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_dark_theme(app)
    record_bundled_runs(bundled_show_path)
    session = make_session(clocks, bundled_show_path)
    window = HistoryWindow(SessionSignals(session), settings)
    qtbot.addWidget(window)
    window.resize(1500, 860)
    window.show()
    qtbot.waitExposed(window)
    yield window
    session.close()


def texts(table, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        table.item(row, c).text() if table.item(row, c) is not None else ""
        for c in range(table.columnCount())
    ]


def test_three_runs_side_by_side_with_signed_coloured_over_under(
    window: HistoryWindow, screenshot_dir: Path
) -> None:
    assert [window.runs_table.item(r, 0).text() for r in range(3)] == [
        "#3 live", "#2 rehearsal", "通しリハ 1回目",
    ]  # fmt: skip
    assert window.selected_ids() == ["3"]  # the latest run by default
    window.select_runs(["1", "2", "3"])
    table = window.comparison_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == [
        "Segment", "Plan", "通しリハ 1回目", "±", "#2 rehearsal", "±", "#3 live", "±",
    ]  # fmt: skip
    assert texts(table, 0) == [
        "オープニング・イベントの趣旨", "5:00", "5:30", "+0:30", "5:10", "+0:10", "4:55", "-0:05",
    ]  # fmt: skip
    assert texts(table, 1)[1:] == ["15:00", "16:12", "+1:12", "15:20", "+0:20", "15:45", "+0:45"]
    assert texts(table, 2)[2:4] == ["14:20", "-0:40"]
    assert texts(table, 4)[1:] == ["45:00", "43:00", "-2:00", "44:00", "-1:00", "48:00", "+3:00"]
    assert texts(table, 6) == [
        "Total", "1:40:00", "1:40:47", "+0:47", "1:39:55", "-0:05", "1:43:42", "+3:42",
    ]  # fmt: skip
    assert texts(table, 7) == [
        "Projected start of パネルディスカッション：これまでのチャレンジ、これからのチャレンジ",
        "13:50:00", "13:52:37", "+2:37", "13:50:55", "+0:55", "13:50:22", "+0:22",
    ]  # fmt: skip
    assert table.item(1, 3).foreground().color() == OVER
    assert table.item(2, 3).foreground().color() == UNDER

    bars = window.chart.bar_model()
    assert len(bars) == 6 * 4
    per_ms = [b.rect.height() / b.value_ms for b in bars]
    assert max(per_ms) - min(per_ms) < 1e-9  # heights proportional to the durations
    panel = {b.series: b for b in bars if b.segment_id == "panel"}
    assert panel[2].rect.height() > panel[-1].rect.height() > panel[1].rect.height()
    assert panel[1].rect.height() > panel[0].rect.height()
    assert max(bars, key=lambda b: b.rect.height()) is panel[2]
    assert all(b.rect.bottom() == bars[0].rect.bottom() for b in bars)  # one baseline

    path = screenshot_dir / "history.png"
    assert window.grab().save(str(path))
    window.tabs.setCurrentIndex(1)
    assert window.cue_table.rowCount() == 4 + 5 * 3 + 6 + 3
    assert texts(window.cue_table, 0)[:4] == [
        "オープニング・イベントの趣旨 / 1. ごあいさつ",
        "1:00",
        "1:22",
        "+0:22",
    ]
    assert window.grab().save(str(screenshot_dir / "history-cues.png"))


def test_action_log_of_the_current_run(window: HistoryWindow, screenshot_dir: Path) -> None:
    window.select_runs(["3"])
    window.tabs.setCurrentIndex(2)
    log = window.log_table
    assert log.rowCount() == 1 + 22 + 2 + 5 + 1  # start, cards, pause+resume, next, end
    assert texts(log, 0) == ["13:00:00", "0:00", "Start", "オープニング・イベントの趣旨", "", ""]
    pause = next(r for r in range(log.rowCount()) if texts(log, r)[2] == "Pause")
    assert texts(log, pause + 1)[2] == "Resume"
    assert texts(log, log.rowCount() - 1)[2:4] == ["End show", "クロージング"]
    assert window.grab().save(str(screenshot_dir / "history-log.png"))


def test_the_log_says_who_sent_each_action(
    qtbot: QtBot, clocks: FakeClocks, settings: Settings, tmp_path: Path, bundled_show_path: Path
) -> None:
    show_file = tmp_path / "show.yaml"
    show_file.write_bytes(bundled_show_path.read_bytes())
    session = make_session(clocks, show_file)
    for name, surface in (
        ("toggle", Surface.KEYBOARD), ("next_cue", Surface.BUTTON), ("next", Surface.API),
        ("toggle", Surface.CONTROL), ("toggle", Surface.AUTOMATION),
    ):  # fmt: skip
        assert session.execute(name, surface=surface).ok
    window = HistoryWindow(SessionSignals(session), settings)
    qtbot.addWidget(window)
    log = window.log_table
    assert [texts(log, r)[2::3] for r in range(log.rowCount())] == [
        ["Start", "Keyboard"], ["Next cue card", "Button"], ["Next segment", "API"],
        ["Pause", "Control page"], ["Resume", "Automatic"],
    ]  # fmt: skip
    session.close()


def test_rename_inline_annotate_and_delete_with_confirmation(window: HistoryWindow) -> None:
    store = RunStore(window._current_store().path)  # type: ignore[union-attr]
    row = next(r for r in range(3) if window.runs_table.item(r, 0).text() == "#2 rehearsal")
    window.runs_table.item(row, 0).setText("2回目（時間短縮版）")
    assert store.get("2").name == "2回目（時間短縮版）"
    window.annotate_run("2", "クロージングは巻き")
    assert store.get("2").note == "クロージングは巻き"
    window.select_runs(["2"])
    assert window.note_label.text() == "クロージングは巻き"
    answers = [False, True]
    asked: list[str] = []

    def confirm(title: str, text: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    window.confirm = confirm  # type: ignore[method-assign]
    window.delete_button.click()
    assert [r.id for r in store.list_runs()] == ["1", "2", "3"]
    window.delete_button.click()
    assert [r.id for r in store.list_runs()] == ["1", "3"]
    assert "2回目（時間短縮版）" in asked[0]
    assert window.runs_table.rowCount() == 2


def test_exports_and_chapters_with_the_stream_shift_setting(
    window: HistoryWindow, settings: Settings, tmp_path: Path
) -> None:
    window.select_runs(["3"])
    window.export_report("csv", tmp_path / "run.csv")
    csv_bytes = (tmp_path / "run.csv").read_bytes()
    assert csv_bytes.startswith(b"\xef\xbb\xbfrow,index,segment_id")  # a BOM for Excel
    window.select_runs(["1", "3"])
    window.export_report("md", tmp_path / "compare.md")
    md = (tmp_path / "compare.md").read_text(encoding="utf-8")
    assert "| Segment | Plan | 通しリハ 1回目 | ± | #3 live | ± |" in md
    assert not window.chapters_button.isEnabled()
    window.select_runs(["3"])
    window.shift_spin.setValue(120)
    assert settings.get(CHAPTER_SHIFT_S) == 120
    assert window.chapters_text().splitlines() == [
        "0:00 配信開始",
        "2:00 オープニング・イベントの趣旨 / @convto",
        "6:55 ローカル開発環境をAWSへ移行した話 / @yuu26",
        "23:25 ポイント付与の非同期化について / @k_omotani",
        "38:37 開発生産性を可視化するためにfourkeys基盤を整えた話 / @uncle__ko",
        "53:07 パネルディスカッション：これまでのチャレンジ、これからのチャレンジ / "
        "@convto, @k_omotani, @uncle__ko, @yuu26",
        "1:41:07 クロージング / @convto",
    ]
    window.with_speakers.setChecked(False)
    window.skip_breaks.setChecked(True)
    assert settings.get(CHAPTER_SPEAKERS) is False and settings.get(CHAPTER_SKIP_BREAKS)
    assert window.chapters_text().splitlines()[1] == "2:00 オープニング・イベントの趣旨"
    window.select_runs([])
    with pytest.raises(ChapterError):
        window.chapters_text()


def test_a_new_run_appears_while_the_window_is_open(
    window: HistoryWindow, clocks: FakeClocks
) -> None:
    act(window._session, "start")
    assert window.runs_table.rowCount() == 4
    assert window.runs_table.item(0, 0).text() == "#4 live"
    assert window.runs_table.item(0, 4).text() == "incomplete"
