"""What the operator is told: a show planned for another day shows its date and asks at GO,
pause is unmistakable, hard starts are shown (squeezed, held, due), a broken file gives a
console with no show that waits for it, and small screens keep notes and cue titles.
Screenshots of each state are saved (English and Japanese) for a person to look at."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from runofshow.app.reload import POLL_MS, SETTLE_MS
from runofshow.app.scheduler import ManualScheduler
from runofshow.app.session import ShowSession
from runofshow.core.clock import FakeClocks
from runofshow.core.loader import load_show_text
from runofshow.core.snapshot import Fit, Status
from runofshow.paths import bundled_show
from runofshow.qt.console.confirm import ask
from runofshow.qt.console.window import ConsoleWindow
from runofshow.qt.i18n import Translations
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import Settings
from runofshow.qt.theme import apply_dark_theme
from tests.app.support import act, make_session, write
from tests.qt.console.conftest import Answers, clipped_labels
from tests.qt.console.test_i18n_walk import visible_texts
from tests.qt.console.test_screenshots import settle

MIN = 60_000
FAR_AWAY = datetime(2025, 3, 1, 0, 30, tzinfo=UTC)
THOUSANDS_OF_HOURS = re.compile(r"\d{3,}:\d\d:\d\d")
AFTERNOON = """\
format: runofshow/1
show:
  title: 午後の部 (Afternoon)
  starts_at: 2022-09-12T14:47:00+09:00
  timezone: Asia/Tokyo
segments:
  - {id: talk, kind: talk, title: 発表, speakers: ["@yuu26"], duration: 10m}
  - {id: pause, kind: KIND, title: 休憩, duration: 3m}
  - id: pinned
    kind: talk
    title: 15時ちょうどの発表
    speakers: ["@k_omotani"]
    duration: 15m
    starts_at: "15:00"
  - {id: closing, kind: closing, title: クロージング, duration: 5m}
"""


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    yield translations
    translations.switch("en")


def console(
    qtbot: QtBot, session: ShowSession, tmp_path: Path, answers: Answers, size=(1920, 1080)
) -> ConsoleWindow:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_dark_theme(app)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = ConsoleWindow(SessionSignals(session), settings, confirm=answers)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    settle(window)
    return window


def shot(window: QWidget, folder: Path, name: str) -> None:
    settle(window)  # type: ignore[arg-type]
    assert window.grab().save(str(folder / f"{name}.png"))


def texts_of(window: ConsoleWindow) -> list[str]:
    return visible_texts(window) + [t.drawn for t in window.timeline.canvas.painted]


# ---------------------------------------------------------------- far-off dates


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_show_far_from_its_date_shows_the_date_and_asks_at_go(
    qtbot: QtBot,
    tmp_path: Path,
    answers: Answers,
    screenshot_dir: Path,
    translations: Translations,
    lang: str,
) -> None:
    translations.switch(lang)
    clocks = FakeClocks(now=FAR_AWAY)
    session = make_session(clocks, bundled_show())
    window = console(qtbot, session, tmp_path, answers)
    caption = window.countdown.caption.full_text()
    offset = window.now_next.offset_text()
    if lang == "en":
        assert caption == "Planned for Mon 12 Sep 2022 13:00 JST · Space goes live"
        assert offset == "Show: planned for Mon 12 Sep 2022 13:00 JST"
        assert window.now_next.show_end.full_text().startswith("If it starts now, it ends ~")
    else:
        assert caption == "予定 2022年9月12日(月) 13:00 JST · Space で本番開始"
        assert offset == "進行: 予定 2022年9月12日(月) 13:00 JST"
    assert not [t for t in texts_of(window) if THOUSANDS_OF_HOURS.search(t)]
    shot(window, screenshot_dir, f"console-far-date-{lang}")

    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Space)  # GO: it asks
    assert answers.offered[-1] == ["shift", "as_planned"] and answers.defaults[-1] == "shift"
    assert "2022" in answers.asked[-1] and session.snapshot.status is Status.STANDBY
    answers.queue.append("shift")  # the default, as Enter picks it in the real dialog
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Space)
    snap = session.snapshot
    assert snap.status is Status.RUNNING and not snap.far and abs(snap.offset_ms) < 1000
    assert window.now_next.offset_text() in ("Show: on time", "進行: 定刻")
    session.close()


def test_the_real_question_takes_its_default_with_enter(qtbot: QtBot) -> None:
    chosen: list[object] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert box.defaultButton() is not None and box.defaultButton().text() == "Move now"
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    chosen.append(ask(None, "GO", "Move?", [("shift", "Move now"), ("as_planned", "As planned")],
                      "shift"))  # fmt: skip
    QTimer.singleShot(
        0, lambda: qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Escape)
    )
    chosen.append(ask(None, "GO", "Move?", [("shift", "Move now"), ("as_planned", "As planned")],
                      "shift"))  # fmt: skip
    assert chosen == ["shift", None]  # Enter: the default; Esc: nothing


# ---------------------------------------------------------------- pause


def test_pause_is_unmistakable(
    qtbot: QtBot, tmp_path: Path, answers: Answers, screenshot_dir: Path
) -> None:
    clocks = FakeClocks()
    session = make_session(clocks, bundled_show())
    window = console(qtbot, session, tmp_path, answers)
    act(session, "start")
    clocks.advance(90_000)
    session.tick()
    assert not window.countdown.paused_mark.isVisible()
    running_style = window.countdown.digits.styleSheet()
    act(session, "pause")
    settle(window)
    countdown = window.countdown
    assert countdown.paused_mark.isVisible() and countdown.paused_mark.text() == "PAUSED"
    assert (
        "dashed" in countdown.digits.styleSheet() and countdown.digits.styleSheet() != running_style
    )
    assert countdown.phase_text() == "PAUSED · TIME LEFT"  # never "ON TIME" beside "behind"
    shot(window, screenshot_dir, "console-paused")
    assert clipped_labels(window) == []
    session.close()


# ---------------------------------------------------------------- hard starts


def afternoon(kind: str, clocks: FakeClocks) -> tuple[ShowSession, ManualScheduler]:
    scheduler = ManualScheduler(clocks)
    show = load_show_text(AFTERNOON.replace("KIND", kind), "afternoon.yaml")
    return make_session(clocks, show=show, scheduler=scheduler), scheduler


def test_a_squeezed_break_and_the_hard_start_due(
    qtbot: QtBot, tmp_path: Path, answers: Answers, screenshot_dir: Path
) -> None:
    clocks = FakeClocks(now=datetime(2022, 9, 12, 5, 47, tzinfo=UTC))  # 14:47 JST
    session, scheduler = afternoon("break", clocks)
    window = console(qtbot, session, tmp_path, answers)
    assert "⚑ 15:00" in [label for _x, label in window.timeline.canvas.pins]
    act(session, "start")
    scheduler.advance(10 * MIN + 40_000)  # the talk ran 40 s long
    session.tick()  # the display as of this very moment
    hard = window.now_next.hard
    assert (
        hard.isVisible() and hard.text() == "⚑ Next hard start 15:00: “15時ちょうどの発表”, in 2:20"
    )
    act(session, "next")
    settle(window)
    assert window.countdown.digits.text() == "2:20"
    assert window.countdown.hard_line.full_text() == "Squeezed: hard start 15:00 · 2:20 to go"
    assert "⚑ hard start 15:00" in window.now_next.next_times.text()
    assert window.now_next.offset_text() == "Show: on time"
    shot(window, screenshot_dir, "console-hard-start-squeezed")
    # Moving on early asks, default No.
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right)
    assert answers.offered[-1] == [True, False] and answers.defaults[-1] is False
    assert session.snapshot.segment.id == "pause"
    scheduler.advance(2 * MIN + 25_000)  # 15:00:05: past it, still on the break
    settle(window)
    line = window.countdown.hard_line
    assert line.full_text() == "HARD START NOW: move on to “15時ちょうどの発表” (→)"
    first = line.styleSheet()
    scheduler.advance(1000)
    assert line.styleSheet() != first  # it flashes, once a second
    shot(window, screenshot_dir, "console-hard-start-now")
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right)  # no question now
    assert session.snapshot.segment.id == "pinned"
    assert not window.countdown.hard_line.isVisible()
    session.close()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_talk_that_ends_early_holds_for_the_hard_start(
    qtbot: QtBot,
    tmp_path: Path,
    answers: Answers,
    screenshot_dir: Path,
    translations: Translations,
    lang: str,
) -> None:
    translations.switch(lang)
    clocks = FakeClocks(now=datetime(2022, 9, 12, 5, 47, tzinfo=UTC))
    session, scheduler = afternoon("other", clocks)
    window = console(qtbot, session, tmp_path, answers)
    act(session, "start")
    scheduler.advance(8 * MIN)
    act(session, "next")
    scheduler.advance(3 * MIN + 1001)  # its own 3:00 were up at 14:58
    settle(window)
    snap = session.snapshot
    assert snap.hard_start is not None and snap.hard_start.fit is Fit.HOLD
    if lang == "en":
        assert window.countdown.phase_text() == "HOLD"
        assert window.countdown.hard_line.full_text() == (
            "Holding for the hard start 15:00 · 1:59 to go"
        )
    else:
        assert window.countdown.phase_text() == "固定開始待ち"
    assert window.countdown.digits.text() == "1:59"
    shot(window, screenshot_dir, f"console-hard-start-hold-{lang}")
    session.close()


# ---------------------------------------------------------------- no show


def test_a_broken_show_gives_a_console_that_waits_for_the_file(
    qtbot: QtBot, tmp_path: Path, answers: Answers, screenshot_dir: Path
) -> None:
    clocks = FakeClocks()
    scheduler = ManualScheduler(clocks)
    session = make_session(clocks, scheduler=scheduler)
    window = console(qtbot, session, tmp_path, answers)
    show_file = write(tmp_path / "afternoon.yaml", AFTERNOON.replace("KIND", "brake"))
    assert not session.open(show_file)
    settle(window)
    panel = window.no_show
    assert panel.isVisible() and not window.main.isVisible() and not window.timeline.isVisible()
    assert any("unknown kind 'brake', did you mean 'break'?" in line for line in panel.lines())
    assert all(line.startswith(f"{show_file}:") for line in panel.lines())
    assert "afternoon.yaml" in panel.intro.text() and "(not open)" in window.windowTitle()
    assert window.error_dialog is None  # the console itself says why; no dialog on top
    shot(window, screenshot_dir, "console-no-show")
    act(session, "toggle")  # the keys do nothing harmful meanwhile
    write(show_file, AFTERNOON.replace("KIND", "break"))
    scheduler.advance(POLL_MS + SETTLE_MS)
    assert session.has_show and not panel.isVisible() and window.main.isVisible()
    assert "午後の部" in window.windowTitle()
    session.close()


# ---------------------------------------------------------------- small screens


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_small_screens_keep_four_lines_of_notes_and_whole_cue_titles(
    qtbot: QtBot, tmp_path: Path, answers: Answers, screenshot_dir: Path, size: tuple[int, int]
) -> None:
    clocks = FakeClocks()
    session = make_session(clocks, bundled_show())
    window = console(qtbot, session, tmp_path, answers, size)
    assert (window.width(), window.height()) == size
    act(session, "start")
    for segment in session.show.segments:
        act(session, "goto", segment=segment.id, confirm=True)
        settle(window)
        view = window.notes.current_view
        assert view.viewport().height() >= 4 * view.fontMetrics().lineSpacing(), segment.id
        cut = [row.title.full_text() for row in window.cues.rows
               if row.title.text() != row.title.full_text()]  # fmt: skip
        assert cut == [], (segment.id, cut)
        assert clipped_labels(window) == [], segment.id
        if segment.id == "talk-dev-env":
            shot(window, screenshot_dir, f"console-{size[0]}x{size[1]}-small")
    session.close()


def test_a_short_window_narrows_the_question_dock_and_a_tall_one_gives_its_width_back(
    qtbot: QtBot, tmp_path: Path, answers: Answers
) -> None:
    session = make_session(FakeClocks(), bundled_show())
    window = console(qtbot, session, tmp_path, answers, (1600, 1000))
    dock = window.questions_dock
    window.resizeDocks([dock], [560], Qt.Orientation.Horizontal)  # the operator widened it
    settle(window)
    wide = dock.width()
    assert wide > 500
    window.resize(1280, 720)
    settle(window)
    assert window.panels.compact and dock.isVisible()
    assert dock.width() == dock.minimumSizeHint().width() < wide
    cut = [row.title.full_text() for row in window.cues.rows
           if row.title.text() != row.title.full_text()]  # fmt: skip
    assert cut == []
    window.resize(1600, 1000)
    settle(window)
    assert not window.panels.compact
    # Back to (about) its width: the window's layout shares a resize with the dock before
    # the console sees it, so the width it gives back is the one after that share.
    assert abs(dock.width() - wide) <= wide // 20, (dock.width(), wide)
    session.close()
