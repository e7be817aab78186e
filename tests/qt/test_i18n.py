"""Translations: language choice, Qt's own Japanese strings, complete .ts files, and the
validation messages (English on the CLI, translated in the GUI)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from runofshow.core.loader import validate_file
from runofshow.qt.i18n import Translations, choose_language
from runofshow.qt.locale_format import format_date
from runofshow.qt.settings import LANGUAGE, Settings
from runofshow.qt.validation_messages import TEMPLATES, translate_error
from tests.shows import MISSPELT, write

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.switch("ja")
    yield translations
    translations.switch("en")


def test_choose_language_cli_then_preference_then_system(settings: Settings) -> None:
    assert choose_language("ja", settings) == "ja"
    settings.set(LANGUAGE, "en")
    assert choose_language(None, settings) == "en"
    assert choose_language("ja", settings) == "ja"  # --lang wins over the preference
    settings.set(LANGUAGE, "")
    system = QLocale.system().name().split("_")[0]
    assert choose_language(None, settings) == (system if system in ("ja", "en") else "en")


def test_qt_ships_qtbase_ja_and_standard_buttons_are_japanese(japanese: Translations) -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_ja.qm").is_file()
    box = QMessageBox()
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    texts = {
        button: box.button(button).text()
        for button in (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Cancel,
        )
    }
    assert texts[QMessageBox.StandardButton.Yes].startswith("はい")
    assert texts[QMessageBox.StandardButton.No].startswith("いいえ")
    assert texts[QMessageBox.StandardButton.Cancel].startswith("キャンセル")


def _untranslated(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    bad = []
    for message in root.iter("message"):
        kind = message.find("translation").get("type")  # type: ignore[union-attr]
        if kind in ("unfinished", "obsolete", "vanished"):
            bad.append(f"{kind}: {message.findtext('source')}")
    return bad


def test_lupdate_finds_every_string_translated(tmp_path: Path) -> None:
    """Run lupdate over the sources into a copy of the .ts: nothing new, nothing obsolete."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    assert lupdate.exists()
    package = ROOT / "runofshow"
    sources = sorted(str(p) for p in package.rglob("*.py") if p.parent.name != "core")
    for lang in ("ja", "en"):
        copy = tmp_path / f"runofshow_{lang}.ts"
        shutil.copyfile(I18N / copy.name, copy)
        subprocess.run([str(lupdate), *sources, "-ts", str(copy)], check=True, capture_output=True)
        assert _untranslated(copy) == [], lang
        count = len(ET.parse(copy).getroot().findall(".//message"))
        assert count > 250, count


def test_compiled_translation_is_loaded(japanese: Translations) -> None:
    assert japanese.language == "ja"
    assert QApplication.translate("CountdownPanel", "On air in %1") == "配信開始まで %1"
    assert QApplication.translate("SpeakerWindow", "WRAP UP") == "まとめに入ってください"


def test_dates_follow_the_language(japanese: Translations) -> None:
    from datetime import date

    assert format_date(date(2022, 9, 12)) == "9月12日(月)"
    japanese.switch("en")
    assert format_date(date(2022, 9, 12)) == "Mon 12 Sep"


def _templates_in_core() -> set[str]:
    """Message templates of the core and of the question import (both Qt-free)."""
    found = set()
    package = ROOT / "runofshow"
    for path in [*(package / "core").glob("*.py"), *(package / "questions").glob("*.py")]:
        for match in re.finditer(r'Message\(\s*("(?:[^"\\]|\\.)*")', path.read_text("utf-8")):
            found.add(eval(match.group(1)))
    return found


def test_every_validation_template_is_marked_for_translation() -> None:
    assert _templates_in_core() == set(TEMPLATES)


def test_validation_messages_stay_english_on_the_cli_and_translate_in_the_gui(
    tmp_path: Path, japanese: Translations
) -> None:
    show = tmp_path / "show.yaml"
    write(show, MISSPELT)
    errors = validate_file(show)
    english = [str(e) for e in errors]
    assert any("unknown time zone 'Asia/Tokio', did you mean 'Asia/Tokyo'?" in e for e in english)
    assert any("unknown key 'titel' in 'show', did you mean 'title'?" in e for e in english)
    translated = [translate_error(e) for e in errors]
    assert [str(e) for e in errors] == english  # the English contract is untouched
    assert any("不明なタイムゾーン 'Asia/Tokio' です。'Asia/Tokyo' の誤りではありませんか？" in t
               for t in translated), translated  # fmt: skip
    assert any("'show' の 'titel' は不明なキーです" in t for t in translated), translated
    for line in translated:
        assert line.startswith(f"{show}:"), line


def test_message_box_of_the_confirm_hook_is_japanese(japanese: Translations) -> None:
    from runofshow.qt.console.confirm import ask, yes_no

    seen: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([b.text() for b in box.buttons()])
        box.reject()

    QTimer.singleShot(0, answer)
    assert ask(None, "確認", "本番を今すぐ終了しますか？", yes_no(), False) is False
    assert seen and all(re.search(r"[ぁ-んァ-ン]", text) for text in seen[0]), seen
