"""The console's question queue driven like an operator: the survey import dialog (preview,
mapping, counts), quick-add on Q, reorder by keys and by a drop, on air, answered, the
queue's own undo (Ctrl+Z stays the clock's), the speaker display with the question on
air, and screenshots in Japanese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClocks
from runofshow.core.snapshot import Status
from runofshow.qt import theme
from runofshow.qt.console.questions import QuestionsPanel
from runofshow.qt.console.survey_dialog import SurveyImportDialog
from runofshow.qt.console.window import ConsoleWindow
from runofshow.qt.i18n import Translations
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import Settings
from runofshow.qt.speaker.window import SpeakerWindow
from tests.app.support import act
from tests.qt.console.conftest import clipped_labels
from tests.qt.console.test_i18n_walk import ALLOWED, _show_words, english_left, visible_texts
from tests.qt.console.test_screenshots import settle

SURVEY = (
    "参加枠名,ユーザー名,表示名,パネルで聞きたいこと,カテゴリ\r\n"
    "一般,taro,たろう,EC2の開発環境、月額コストはどう変わりましたか？,開発環境\r\n"
    "一般,hana,はな,,\r\n"
    "一般,jiro,じろう,非同期化でリトライはどう設計しましたか？,設計\r\n"
    "一般,saburo,さぶろう,ＥＣ２の開発環境、月額コストはどう変わりましたか?,開発環境\r\n"
    "一般,shiro,しろう,fourkeysで一番見ている指標は？,生産性\r\n"
)


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.switch("ja")
    yield translations
    translations.switch("en")


def texts(panel: QuestionsPanel) -> list[str]:
    return [q.text for q in panel.questions()]


def statuses(panel: QuestionsPanel) -> list[str]:
    return [q.status.value for q in panel.questions()]


def shown_rows(panel: QuestionsPanel) -> list[str]:
    return [panel.list.item(r).text().split("\n")[0] for r in range(panel.list.count())]


def select(panel: QuestionsPanel, row: int) -> None:
    panel.list.setCurrentRow(row)
    panel.list.item(row).setSelected(True)


def paste(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Ctrl+V of a line copied from the chat."""
    clipboard = QApplication.clipboard()
    clipboard.setText(text)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def import_survey(window: ConsoleWindow, path: Path, qtbot: QtBot) -> SurveyImportDialog:
    dialog = window.open_survey(path)  # deletes itself once closed
    assert dialog is not None
    return dialog


def test_an_operator_runs_the_panel_from_the_queue(
    qtbot: QtBot, window: ConsoleWindow, clocks: FakeClocks, tmp_path: Path
) -> None:
    panel, session = window.questions, window.session
    assert window.questions_dock.isVisible()
    assert len(texts(panel)) == 5 and shown_rows(panel)[0].startswith("1. 開発環境をEC2に")

    # The survey, saved by Japanese Excel (CP932): preview, mapping, counts.
    path = tmp_path / "enquete.csv"
    path.write_bytes(SURVEY.encode("cp932"))
    dialog = import_survey(window, path, qtbot)
    assert dialog.text_box.currentData() == 4 and dialog.asker_box.currentData() == 3
    assert dialog.tags_box.currentData() == 5
    assert dialog.preview.rowCount() == 5 and dialog.preview.columnCount() == 5
    assert dialog.preview.horizontalHeaderItem(3).text() == "パネルで聞きたいこと → question"
    assert "3 questions to import from 5 rows" in dialog.summary.text()
    assert "1 blank rows and 1 duplicates" in dialog.summary.text()
    assert "Shift_JIS" in dialog.summary.text()
    # The rows the import skips are dimmed in the preview and say why.
    assert dialog.preview.item(1, 3).toolTip().startswith("Skipped: no question")
    assert dialog.preview.item(3, 3).toolTip().startswith("Skipped: the same question")
    assert dialog.preview.item(3, 0).foreground().color() == theme.TEXT_DIM
    assert dialog.preview.item(0, 3).foreground().color() != theme.TEXT_DIM
    assert dialog.preview.item(0, 3).toolTip() == "EC2の開発環境、月額コストはどう変わりましたか？"
    dialog.asker_box.setCurrentIndex(dialog.asker_box.findData(2))  # ユーザー名 instead
    assert dialog.preview.horizontalHeaderItem(1).text() == "ユーザー名 → asker"
    assert dialog.import_now()
    assert dialog.imported == (3, 0)
    assert texts(panel)[5:] == [
        "EC2の開発環境、月額コストはどう変わりましたか？",
        "非同期化でリトライはどう設計しましたか？",
        "fourkeysで一番見ている指標は？",
    ]
    assert panel.questions()[5].asker == "taro" and panel.questions()[5].tags == ("開発環境",)
    assert "Imported 3 questions" in window.statusBar().currentMessage()
    assert len(shown_rows(panel)) == 8

    # Quick-add: Q, paste the chat line, Enter; the keys go back to the console.
    qtbot.keyClick(window, Qt.Key.Key_Q)
    assert panel.quick_add.hasFocus()
    paste(qtbot, panel.quick_add, "チャット：採用はしていますか？")  # copied from the chat
    qtbot.keyClicks(panel.asker_field, "@viewer")
    qtbot.keyClick(panel.quick_add, Qt.Key.Key_Return)
    assert texts(panel)[-1] == "チャット：採用はしていますか？"
    assert panel.questions()[-1].asker == "@viewer" and panel.quick_add.text() == ""
    assert not panel.quick_add.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_Q)
    paste(qtbot, panel.quick_add, "チャット：採用はしていますか?")  # the same again
    qtbot.keyClick(panel.quick_add, Qt.Key.Key_Return)
    assert "already in the queue" in window.statusBar().currentMessage()
    assert panel.quick_add.text() != ""  # kept, so nothing typed is lost
    qtbot.keyClick(panel.quick_add, Qt.Key.Key_Escape)

    # Reorder: Alt+Up moves the selected question; a drop in the list does the same.
    select(panel, 8)
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert texts(panel)[7] == "チャット：採用はしていますか？"
    assert panel.list.selected_id() == panel.questions()[7].id  # the selection follows
    assert panel.list.model().moveRow(QModelIndex(), 7, QModelIndex(), 0)  # what a drop does
    assert texts(panel)[0] == "チャット：採用はしていますか？"
    assert shown_rows(panel)[0] == "1. チャット：採用はしていますか？"

    # On air (the panel is on), answered, and the two undos.
    act(session, "start")
    act(session, "goto", segment="panel", confirm=True)  # a jump on air asks (truth)
    select(panel, 0)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert statuses(panel)[0] == "on_air"
    assert panel.on_air_text.text() == "チャット：採用はしていますか？"
    assert panel.on_air_asker.full_text() == "Asked by @viewer"
    clocks.advance(75_000)
    session.tick()
    assert panel.on_air_time.text() == "1:15"
    qtbot.mouseClick(panel.show_asker, Qt.MouseButton.LeftButton)
    assert panel.questions()[0].show_asker
    qtbot.keyClick(window, Qt.Key.Key_F7)  # answered
    assert statuses(panel)[0] == "answered" and panel.on_air_text.isHidden()
    act(session, "add_time", seconds=60)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.snapshot.added_ms == 0  # Ctrl+Z: the clock's minute...
    assert statuses(panel)[0] == "answered"  # ...never the moderator's answer
    assert window.controls["question_undo"].text().startswith("Undo queue: mark the question")
    qtbot.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert statuses(panel)[0] == "on_air"  # the queue's own undo
    qtbot.keyClick(window, Qt.Key.Key_F6)  # next question: the one on air is answered
    assert statuses(panel)[:2] == ["answered", "on_air"]
    qtbot.keyClick(window, Qt.Key.Key_F8)  # skip the one on air
    assert statuses(panel)[1] == "skipped"
    assert panel.counts.full_text() == "7 waiting · 1 answered · 1 skipped"


def test_the_speaker_display_shows_the_question_on_air(
    qtbot: QtBot,
    window: ConsoleWindow,
    signals: SessionSignals,
    settings: Settings,
    clocks: FakeClocks,
    japanese: Translations,
    screenshot_dir: Path,
) -> None:
    session = window.session
    speaker = SpeakerWindow(signals, settings)
    qtbot.addWidget(speaker)
    speaker.resize(1280, 720)
    speaker.show()
    act(session, "start")
    act(session, "goto", segment="panel", confirm=True)  # a jump on air asks (truth)
    text = "EC2の開発環境に移して、月額コストと開発体験はどう変わりましたか？"
    act(session, "question_add", text=text, asker="たろう")
    act(session, "question_on_air", id="c-1")
    clocks.advance(90_000)
    session.tick()
    shown = speaker.rendered_texts()
    assert text in shown
    assert "質問 · チャット · たろう さんから" in shown
    layout = speaker.current_layout()
    question = layout.text("question")
    card = layout.text("cue_title")
    assert question is not None and card is not None
    assert question.font.pixelSize() > card.font.pixelSize()  # the question reads first
    for box in layout.texts:
        assert layout.window.contains(box.rect), box.role
    assert speaker.grab().save(str(screenshot_dir / "speaker-question-ja.png"))
    act(session, "question_answered", id="current")
    assert "たろう" not in " ".join(speaker.rendered_texts())  # gone with the answer


def test_screenshot_of_the_queue_panel_in_japanese(
    qtbot: QtBot,
    window: ConsoleWindow,
    clocks: FakeClocks,
    japanese: Translations,
    bundled_show_path: Path,
    screenshot_dir: Path,
    tmp_path: Path,
) -> None:
    session, panel = window.session, window.questions
    path = tmp_path / "enquete.csv"
    path.write_bytes(b"\xef\xbb\xbf" + SURVEY.encode("utf-8"))
    dialog = import_survey(window, path, qtbot)
    dialog.resize(980, 560)
    settle(dialog)
    allowed = ALLOWED | _show_words(bundled_show_path) | {"CSV", "UTF", "BOM", "EC2", "fourkeys"}
    shown = [text.replace(str(path), "") for text in visible_texts(dialog)]
    assert english_left(shown, allowed) == []
    assert dialog.grab().save(str(screenshot_dir / "questions-import-ja.png"))
    assert dialog.import_now()
    act(session, "start")
    clocks.advance(50 * 60_000)
    act(session, "goto", segment="panel", confirm=True)  # a jump on air asks (truth)
    act(session, "question_add", text="チャット：フルリモートでも働けますか？", asker="@viewer")
    act(session, "question_next")
    clocks.advance(4 * 60_000)
    act(session, "question_next")
    clocks.advance(95_000)
    act(session, "question_skipped", id=panel.questions()[2].id)
    session.tick()
    window.resize(1920, 1080)
    settle(window)
    assert clipped_labels(panel) == []
    assert panel.on_air_title.text() == "オンエア中 · 事前準備"
    assert panel.on_air_time.text() == "1:35"
    assert panel.counts.full_text() == "待ち 6 · 回答済み 1 · スキップ 1"
    allowed |= {"viewer"}
    assert english_left(visible_texts(panel), allowed) == []
    assert panel.grab().save(str(screenshot_dir / "questions-panel-ja.png"))
    assert window.grab().save(str(screenshot_dir / "console-questions-ja.png"))


def test_a_long_question_on_air_leaves_the_queue_in_view(
    window: ConsoleWindow, japanese: Translations, screenshot_dir: Path
) -> None:
    """500 characters on air in a 1366x768 console: the queue and the quick-add field stay."""
    session, panel = window.session, window.questions
    act(session, "start")
    act(session, "goto", segment="panel", confirm=True)  # a jump on air asks (truth)
    long = ("アンケートより：" + "移行の判断、非同期化の設計、fourkeysの運用について。" * 19)[:500]
    act(session, "question_add", text=long)
    act(session, "question_on_air", id=panel.questions()[-1].id)
    window.resize(1366, 768)
    settle(window)
    assert panel.grab().save(str(screenshot_dir / "questions-panel-long-ja.png"))
    assert panel.on_air_text.full_text() == long and panel.on_air_text.toolTip() == long
    shown = panel.on_air_text.text()
    assert shown.endswith("…") and long.startswith(shown[:-1])  # cut, and says so
    assert panel.list.viewport().height() >= 120  # a few rows of the queue still show
    row = panel.list.item(panel.list.count() - 1)
    assert row.text().startswith("6. アンケートより") and "…\n" in row.text()
    assert row.toolTip() == long
    assert panel.list.visualItemRect(row).height() <= panel.list.viewport().height() * 2 // 3
    assert panel.quick_add.isVisible() and panel.quick_add.height() >= 24
    assert clipped_labels(panel) == []


def test_tab_never_puts_the_keys_in_the_question_fields(
    qtbot: QtBot, window: ConsoleWindow
) -> None:
    """The show keys stay with the console after Tab (the X key test presses real keys);
    Tab inside the quick-add fields moves between the question and its asker."""
    panel = window.questions
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.focus_home()
    fields = (panel.quick_add, panel.asker_field)
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() not in fields
    qtbot.keyClick(window, Qt.Key.Key_Space)  # GO still goes on air
    assert window.session.snapshot.status is Status.RUNNING
    qtbot.keyClick(window, Qt.Key.Key_Q)  # Q is the way in
    assert panel.quick_add.hasFocus()
    qtbot.keyClick(panel.quick_add, Qt.Key.Key_Tab)
    assert panel.asker_field.hasFocus()
    qtbot.keyClick(panel.asker_field, Qt.Key.Key_Tab)
    assert panel.quick_add.hasFocus()
    qtbot.keyClick(panel.quick_add, Qt.Key.Key_Escape)  # and Esc the way out
    assert QApplication.focusWidget() not in fields
