"""Questions before actions, as dialogs. Injectable so tests can answer.

``Confirm`` is called with the parent, a title, the question and its choices (value,
label; the first is the one that goes ahead) and the default value (what Enter picks).
It returns the chosen value, or None when the dialog is dismissed (Esc, closing it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

Choices = Sequence[tuple[object, str]]
Confirm = Callable[[QWidget | None, str, str, Choices, object], object]


def yes_no() -> list[tuple[object, str]]:
    return [
        (True, QCoreApplication.translate("Questions", "Yes")),
        (False, QCoreApplication.translate("Questions", "No")),
    ]


def confirmed(confirm: Confirm, parent: QWidget | None, title: str, question: str) -> bool:
    """A Yes/No question whose default is No."""
    return confirm(parent, title, question, yes_no(), False) is True


def ask(
    parent: QWidget | None, title: str, question: str, choices: Choices, default: object
) -> object:
    """A question with a button per choice; Enter picks ``default``, Esc cancels (None),
    so a stray key press changes nothing unless the default itself goes ahead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(question)
    buttons: dict[QPushButton, object] = {}
    for value, label in choices:
        role = (
            QMessageBox.ButtonRole.RejectRole
            if value is False
            else QMessageBox.ButtonRole.AcceptRole
        )
        button = box.addButton(label, role)
        buttons[button] = value
        if value == default and type(value) is type(default):
            box.setDefaultButton(button)
    if not any(value is False for value, _label in choices):
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(cancel)
    else:
        box.setEscapeButton(next(b for b, v in buttons.items() if v is False))
    box.exec()
    clicked = box.clickedButton()
    if clicked in buttons:
        return buttons[clicked]
    return False if any(value is False for value, _label in choices) else None
