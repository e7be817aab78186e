"""Confirmation before actions that lose information. Injectable so tests can answer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

# (parent, title, question) -> True to go ahead. The default answer is always "No".
Confirm = Callable[[QWidget | None, str, str], bool]


def ask(parent: QWidget | None, title: str, question: str) -> bool:
    """A Yes/No question whose default (Enter, Esc) is No: a stray key press changes nothing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(question)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
