"""Japanese everywhere: every window and dialog walked in Japanese shows no English left,
screenshots in both languages, nothing clipped, and a run-time switch via Preferences."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClocks
from runofshow.core.loader import validate_file
from runofshow.obs.password import PasswordStore
from runofshow.qt.console.confirm import ask
from runofshow.qt.console.files import LoadErrorDialog
from runofshow.qt.console.window import ConsoleWindow
from runofshow.qt.history.window import HistoryWindow
from runofshow.qt.i18n import Translations
from runofshow.qt.preferences import PreferencesDialog
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import LANGUAGE, Settings
from runofshow.qt.speaker.window import SpeakerWindow
from tests.qt.console.conftest import clipped_labels
from tests.qt.console.test_screenshots import STAGES, drive_to, settle
from tests.shows import MISSPELT, write

ROOT = Path(__file__).resolve().parents[3]
TS_JA = ROOT / "resources" / "i18n" / "runofshow_ja.ts"

# Names and technical words that stay in Latin letters in Japanese, too.
ALLOWED = {
    "OBS", "YouTube", "CSV", "Markdown", "runofshow", "English", "IANA", "UTC", "null",
    "Ctrl", "Shift", "Alt", "Space", "Enter", "Esc", "Right", "Left", "PgDown", "PgUp", "Del",
    "Home", "End", "Backspace", "Return", "yaml", "yml", "Asia", "Tokyo", "Europe", "London",
    "segments", "show", "format", "title", "titel", "Tokio", "timezone", "Num", "Stream",
    "Deck", "Companion", "Bitfocus", "Generic", "HTTP", "POST", "API", "WebSocket",
}  # fmt: skip


def _english_sources() -> set[str]:
    """Source strings whose Japanese differs: seeing one means a string was not translated."""
    found = set()
    for message in ET.parse(TS_JA).getroot().iter("message"):
        source = message.findtext("source") or ""
        if message.findtext("translation") != source:
            found.add(source.replace("&", ""))
    return found


def _show_words(path: Path) -> set[str]:
    """Every Latin word in the show file: titles, names, teams and notes are show data."""
    text = path.read_text("utf-8") + " " + path.name  # the file name is shown too
    return set(re.findall(r"[A-Za-z][A-Za-z'’.-]*", text)) | set(re.findall(r"[A-Za-z]+", text))


def visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle(), root.toolTip()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.placeholderText(), widget.text()]
        elif isinstance(widget, QPlainTextEdit):
            texts += widget.toPlainText().splitlines()
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(column)
                texts.append(item.text() if item else "")
        if isinstance(widget, QMenu):
            widget.aboutToShow.emit()  # fills dynamic menus (Open Recent)
            texts.append(widget.title())
            for action in widget.actions():
                texts += [action.text(), action.toolTip(), action.iconText()]
    for action in root.actions():
        texts += [action.text(), action.toolTip(), action.iconText()]
    return [t.replace("&", "") for t in texts if t]


def english_left(texts: list[str], allowed: set[str]) -> list[str]:
    sources = _english_sources()
    bad = []
    for text in texts:
        if text in sources:
            bad.append(text)
            continue
        for word in re.findall(r"[A-Za-z][A-Za-z'’-]{2,}", text):
            if word not in allowed and word.strip("'’-") not in allowed:
                bad.append(f"{word!r} in {text!r}")
    return bad


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    yield translations
    translations.switch("en")


@pytest.fixture
def allowed(bundled_show_path: Path) -> set[str]:
    password_file = str(PasswordStore().path)  # Preferences says where the OBS password is
    words = set(re.findall(r"[A-Za-z][A-Za-z'’-]*", password_file))
    return ALLOWED | _show_words(bundled_show_path) | words


def test_every_window_and_dialog_is_japanese(
    qtbot: QtBot,
    window: ConsoleWindow,
    signals: SessionSignals,
    settings: Settings,
    clocks: FakeClocks,
    translations: Translations,
    allowed: set[str],
    tmp_path: Path,
    screenshot_dir: Path,
) -> None:
    translations.switch("ja")
    drive_to("wrap-up", window, clocks)
    settle(window)
    texts = visible_texts(window)
    texts += [t.drawn for t in window.timeline.canvas.painted]
    texts += [window.timeline.canvas.tooltip_text(i) for i in range(2)]
    window.show_shortcuts()
    assert window.shortcuts_sheet is not None
    texts += visible_texts(window.shortcuts_sheet)

    speaker = SpeakerWindow(signals, settings)
    qtbot.addWidget(speaker)
    speaker.resize(1920, 1080)
    speaker.show()
    texts += [speaker.windowTitle(), *speaker.rendered_texts()]
    history = HistoryWindow(signals, settings)
    qtbot.addWidget(history)
    history.show()
    texts += visible_texts(history)
    preferences = PreferencesDialog(settings, translations.switch)
    qtbot.addWidget(preferences)
    preferences.show()
    texts += visible_texts(preferences)

    bad = tmp_path / "bad.yaml"
    write(bad, MISSPELT)
    dialog = LoadErrorDialog(str(bad), validate_file(bad))
    qtbot.addWidget(dialog)
    dialog.show()
    texts += [t.replace(str(bad), "").replace(bad.name, "") for t in visible_texts(dialog)]

    # The console's confirmation (the real Yes/No box): ending the show asks first.
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend([box.windowTitle(), box.text(), *(b.text() for b in box.buttons())])
        box.reject()

    window.confirm = ask
    QTimer.singleShot(0, answer)
    window.controls["end"].trigger()
    assert seen, "no confirmation was shown"
    texts += [t.replace("&", "") for t in seen]

    left = english_left(texts, allowed)
    assert left == [], "\n".join(left)
    assert "まとめ" in window.countdown.phase_text()
    assert "まとめに入ってください" in speaker.rendered_texts()
    assert "9月12日(月)" in window.windowTitle()
    for widget, name in ((window, "console"), (speaker, "speaker"), (history, "history")):
        assert widget.grab().save(str(screenshot_dir / f"{name}-ja-walk.png"))


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("stage", STAGES)
def test_screenshots_in_both_languages_nothing_clipped(
    qtbot: QtBot,
    window: ConsoleWindow,
    signals: SessionSignals,
    settings: Settings,
    clocks: FakeClocks,
    translations: Translations,
    screenshot_dir: Path,
    lang: str,
    size: tuple[int, int],
    stage: str,
) -> None:
    translations.switch(lang)
    drive_to(stage, window, clocks)
    window.resize(*size)
    settle(window)
    assert (window.width(), window.height()) == size
    image = window.grab()
    assert image.save(str(screenshot_dir / f"console-{lang}-{size[0]}x{size[1]}-{stage}.png"))
    assert clipped_labels(window) == []
    canvas = window.timeline.canvas
    for text in canvas.painted:
        advance = QFontMetrics(text.font).horizontalAdvance(text.drawn)
        assert advance <= text.width, text
        if text.x >= 0:
            assert text.x + advance <= canvas.width(), text
    speaker = SpeakerWindow(signals, settings)
    qtbot.addWidget(speaker)
    speaker.resize(*size)
    speaker.show()
    QApplication.processEvents()
    layout = speaker.current_layout()
    for box in layout.texts:
        assert not box.text.endswith("…") or box.text.rstrip("…"), box
    assert speaker.grab().save(
        str(screenshot_dir / f"speaker-{lang}-{size[0]}x{size[1]}-{stage}.png")
    )
    if lang == "ja" and stage != "standby":
        assert re.search(r"[ぁ-んァ-ン一-龥]", " ".join(speaker.rendered_texts()))


def test_switching_language_in_preferences_retranslates_open_windows(
    qtbot: QtBot,
    window: ConsoleWindow,
    signals: SessionSignals,
    settings: Settings,
    translations: Translations,
) -> None:
    translations.switch("en")
    speaker = SpeakerWindow(signals, settings)
    qtbot.addWidget(speaker)
    speaker.resize(1280, 720)
    speaker.show()
    history = HistoryWindow(signals, settings)
    qtbot.addWidget(history)
    history.show()
    preferences = PreferencesDialog(settings, translations.switch, window)
    qtbot.addWidget(preferences)
    preferences.show()
    assert window.menus["File"].title() == "&File"
    assert "ON AIR IN" in speaker.rendered_texts()
    assert history.tabs.tabText(0) == "Plan vs actual"

    preferences.choose_language("ja")
    QApplication.processEvents()

    assert settings.get(LANGUAGE) == "ja"
    assert window.menus["File"].title() == "ファイル(&F)"
    assert window.controls["preferences"].text() == "環境設定…"
    assert window.countdown.caption.full_text().startswith("配信開始まで")
    assert "配信開始まで" in speaker.rendered_texts()
    assert speaker.windowTitle() == "登壇者画面"
    assert history.tabs.tabText(0) == "予定と実績"
    assert history.runs_table.horizontalHeaderItem(0).text() == "実施回"  # type: ignore[union-attr]
    assert history.csv_button.text() == "CSV に書き出す…"
    assert preferences.windowTitle() == "環境設定"
    assert preferences.language.itemText(0) == "システムの設定"

    preferences.choose_language("en")
    QApplication.processEvents()
    assert window.menus["File"].title() == "&File"
    assert "ON AIR IN" in speaker.rendered_texts()
    assert history.tabs.tabText(0) == "Plan vs actual"


def test_bundled_show_words_are_only_show_data(bundled_show_path: Path) -> None:
    """The allow-list's show words come from the show file itself (not a blanket pass)."""
    data = yaml.safe_load(bundled_show_path.read_text("utf-8"))
    assert data["show"]["title"].split()[0] in _show_words(bundled_show_path)
    assert "Thank" not in _show_words(bundled_show_path) or "Thank" in str(data)
