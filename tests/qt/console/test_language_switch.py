"""Switching the language at run time retranslates the console (static and live texts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from runofshow.qt.console.window import ConsoleWindow

JA = {
    "On air in %1": "配信開始まで %1",
    "CUE CARDS": "キューカード",
    "Next segment": "次のセグメント",
    "&Show": "ショー(&S)",
    "Flash": "点滅",
    "SLIDE NOTES · the speaker's notes (N: stream notes)": "スライドノート (N: 配信ノート)",
}


class FakeJapanese(QTranslator):
    """A few Japanese strings, whatever the context (stands in for the real .qm file)."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return JA.get(source)  # None: not translated here (an empty text would be a translation)

    def isEmpty(self) -> bool:
        return False


def test_language_change_retranslates(qtbot: QtBot, window: ConsoleWindow) -> None:
    assert window.countdown.caption.full_text() == "On air in 10:00"
    translator = FakeJapanese()
    assert QCoreApplication.installTranslator(translator)
    try:
        QApplication.processEvents()
        assert window.countdown.caption.full_text() == "配信開始まで 10:00"
        assert window.cues.heading.text() == "キューカード"
        assert window.controls["next"].text() == "次のセグメント"
        assert window.menus["Show"].title() == "ショー(&S)"
        assert window.message_bar.flash.text() == "点滅"
        assert window.notes.mode_label.full_text() == "スライドノート (N: 配信ノート)"
    finally:
        QCoreApplication.removeTranslator(translator)
    QApplication.processEvents()
    assert window.cues.heading.text() == "CUE CARDS"
    assert window.controls["next"].text() == "Next segment"
