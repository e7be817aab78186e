"""Guards against a known-bad Qt binding: PySide6 6.12.0 drops a reference to None on
every call of a method returning nothing, and the process aborts minutes into a show."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
        font.setBold(True)
        font.setPixelSize(40)
    assert sys.getrefcount(None) >= before - 50
