"""Driving the editor's fields the way a user does: type into a line, pick from a list,
click a button. Fields are found by their object names (``field:segments.0.title``)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget

from runofshow.core.located import FieldPath
from runofshow.qt.editor.fields import object_name
from runofshow.qt.editor.window import EditorWindow


def editor_of(window: EditorWindow, path: FieldPath) -> object:
    found = window.findChild(object, object_name(path) + ":editor")
    assert found is not None, f"no field {path}"
    return found


def type_into(window: EditorWindow, path: FieldPath, text: str) -> None:
    editor = editor_of(window, path)
    if isinstance(editor, QLineEdit):
        editor.setFocus()
        editor.setText(text)
        editor.textEdited.emit(text)
        editor.editingFinished.emit()
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)  # textChanged: the field stores what the box holds
        window.doc.end_typing()
    else:
        raise AssertionError(f"{path} is not a text field")


def choose(window: EditorWindow, path: FieldPath, value: str) -> None:
    combo = editor_of(window, path)
    assert isinstance(combo, QComboBox)
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered for {path}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def click(window: EditorWindow, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def set_link(window: EditorWindow, path: FieldPath, name: str, url: str) -> None:
    table = window.findChild(QTableWidget, object_name(path) + ":table")
    assert table is not None
    row = table.rowCount() - 1  # the empty row at the end adds one
    table.item(row, 0).setText(name)
    table.item(row, 1).setText(url)
