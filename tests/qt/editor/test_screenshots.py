"""Screenshots of the editor in English and Japanese (screenshots/, looked at by a person):
every label, button and problem reads in the interface language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from runofshow.core.showdoc import ShowDocument
from runofshow.qt.editor.window import EditorWindow
from runofshow.qt.i18n import Translations
from tests.qt.editor.support import type_into


@pytest.fixture(params=["en", "ja"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translations = Translations(qapp)
    translations.switch(request.param)
    yield request.param
    translations.switch("en")


def test_editor_screenshots(
    qtbot: QtBot, language: str, show_copy: Path, screenshot_dir: Path, qapp: QApplication
) -> None:
    window = EditorWindow(ShowDocument(show_copy.read_text("utf-8"), show_copy))
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    window.segments.select(1)
    type_into(window, ("segments", 1, "duration"), "15 minutes")
    qapp.processEvents()
    qapp.processEvents()
    window.grab().save(str(screenshot_dir / f"editor-{language}.png"))
    window.tabs.setCurrentIndex(1)
    qapp.processEvents()
    window.grab().save(str(screenshot_dir / f"editor-show-{language}.png"))
    texts = [b.text() for b in window.findChildren(QPushButton)] + [
        label.text() for label in window.findChildren(QLabel)
    ]
    problem = window.problems.list.item(0).text()
    if language == "ja":
        assert "複製" in texts and "登壇者" in texts and "セグメント 2" in problem
        assert "長さ" in problem and "'duration'" in problem  # the key stays as written
        assert window.file_menu.title().startswith("ファイル")
    else:
        assert "Duplicate" in texts and problem.startswith("Segment 2 · Duration:")
