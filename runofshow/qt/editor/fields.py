"""Field editors built from the format's schema (runofshow.core.showschema): one widget per
key, whatever the key, so keys added to the format later are editable without changes here.

- text, number: a line edit; several-line text (cue card text, notes): a text box;
- a choice (kind): a drop-down; yes/no: a drop-down with "not set";
- an object with known keys (thresholds, notes): a group of its fields;
- a list (speakers, cue cards): ``list_field.ListField``;
- a free map (links): ``map_field.MapField``.

Each field reads and writes the document through a ``Host`` at its path; typing into a
field is one undo step. A field shows its problem (red frame and the message as tooltip)
and is read-only while it is locked (already on air).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.located import FieldPath
from runofshow.core.roundtrip import CommentedMap, PlainText, restyle, text_value
from runofshow.core.showdoc import MISSING
from runofshow.core.showschema import FieldSpec, Shape
from runofshow.qt import theme
from runofshow.qt.editor.document import EditorDocument
from runofshow.qt.editor.labels import field_label

ERROR_STYLE = f"border: 2px solid {theme.FIELD_ERROR.name()};"
FLOW_LISTS = frozenset({"speakers"})  # items written on one line, like the bundled show


def object_name(path: FieldPath) -> str:
    """A stable object name for a field ("field:segments.2.title"), for tests and tools."""
    return "field:" + ".".join(str(step) for step in path)


class Host:
    """Reads and writes values for fields (the document, or a list item seen through its
    shorthand)."""

    def __init__(self, doc: EditorDocument) -> None:
        self.doc = doc

    def read(self, path: FieldPath) -> Any:
        return self.doc.get(path)

    def write(self, path: FieldPath, value: Any, *, typing: bool) -> None:
        label = QCoreApplication.translate("Editor", "Edit %1").replace(
            "%1", field_label(str(path[-1]) if isinstance(path[-1], str) else str(path[-2]))
        )
        self.doc.set_value(path, value, label, typing=typing)

    def locked(self, path: FieldPath) -> bool:
        return self.doc.locked(path)


class ShorthandHost(Host):
    """A list item that may be written as its shorthand alone ("@yuu26" for a speaker)."""

    def __init__(self, doc: EditorDocument, item: FieldPath, shorthand: str, flow: bool) -> None:
        super().__init__(doc)
        self.item, self.shorthand, self.flow = item, shorthand, flow

    def read(self, path: FieldPath) -> Any:
        value = self.doc.get(self.item)
        if not isinstance(value, CommentedMap) and value is not MISSING:
            return value if path[-1] == self.shorthand else MISSING
        return self.doc.get(path)

    def write(self, path: FieldPath, value: Any, *, typing: bool) -> None:
        item = self.doc.get(self.item)
        if isinstance(item, CommentedMap) or item is MISSING:
            super().write(path, value, typing=typing)
        elif path[-1] == self.shorthand:
            super().write(self.item, value, typing=typing)
        elif value is not MISSING:
            mapping = CommentedMap([(self.shorthand, item), (str(path[-1]), value)])
            if self.flow:
                mapping.fa.set_flow_style()
            super().write(self.item, mapping, typing=False)


class FieldWidget(QWidget):
    """One key's editor."""

    def __init__(self, spec: FieldSpec, path: FieldPath, host: Host) -> None:
        super().__init__()
        self.spec, self.path, self.host = spec, path, host
        self.setObjectName(object_name(path))
        self._refreshing = False

    def refresh(self) -> None:
        """Show the document's value (not while the user is typing it)."""

    def set_problem(self, message: str | None) -> None:
        self.setToolTip(message or self.spec.description)

    def set_locked(self, locked: bool) -> None:
        self.setEnabled(not locked)

    def fields(self) -> list[FieldWidget]:
        """This field and the fields inside it."""
        return [self]


class ScalarField(FieldWidget):
    def __init__(self, spec: FieldSpec, path: FieldPath, host: Host) -> None:
        super().__init__(spec, path, host)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.editor: QWidget
        if spec.shape in (Shape.CHOICE, Shape.BOOLEAN):
            combo = QComboBox()
            choices = spec.choices if spec.shape is Shape.CHOICE else ("true", "false")
            if not spec.required or spec.shape is Shape.BOOLEAN:
                combo.addItem("", MISSING)
            for choice in choices:
                combo.addItem(choice, choice)
            combo.activated.connect(self._chosen)
            self.editor = combo
        elif spec.shape is Shape.MULTILINE:
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setMinimumHeight(96)
            box.textChanged.connect(self._typed_block)
            box.installEventFilter(self)
            self.editor = box
        else:
            line = QLineEdit()
            if spec.examples:
                line.setPlaceholderText(", ".join(spec.examples[:3]))
            if spec.const is not None:
                line.setPlaceholderText(spec.const)
            line.textEdited.connect(self._typed_line)
            line.editingFinished.connect(self.host.doc.end_typing)
            self.editor = line
        self.editor.setObjectName(object_name(path) + ":editor")
        layout.addWidget(self.editor)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.host.doc.end_typing()
        return False

    def value_text(self) -> str:
        value = self.host.read(self.path)
        return "" if value is MISSING else text_value(value)

    def refresh(self) -> None:
        text = self.value_text()
        self._refreshing = True
        try:
            editor = self.editor
            if isinstance(editor, QComboBox):
                index = editor.findData(text) if text else editor.findData(MISSING)
                if index < 0 and text:
                    editor.addItem(text, text)  # a value the schema does not list: shown
                    index = editor.count() - 1
                editor.setCurrentIndex(max(index, 0))
            elif isinstance(editor, QPlainTextEdit):
                if editor.toPlainText() != text:
                    editor.setPlainText(text)
            elif isinstance(editor, QLineEdit) and editor.text() != text:
                editor.setText(text)
        finally:
            self._refreshing = False

    def to_value(self, text: str) -> Any:
        """What to store for ``text`` (MISSING removes an optional key)."""
        old = self.host.read(self.path)
        if text == "":
            return "" if self.spec.required else MISSING
        digits = text.isascii() and text.isdigit()
        if digits and self.spec.shape is Shape.INTEGER:
            return int(text)
        if digits and self.spec.allows_integer and (old is MISSING or type(old) is int):
            return int(text)
        if self.spec.shape is Shape.BOOLEAN:
            return text == "true"
        return restyle(None if old is MISSING else old, text)

    def _typed_line(self, text: str) -> None:
        self.host.write(self.path, self.to_value(text), typing=True)

    def _typed_block(self) -> None:
        if self._refreshing:
            return
        assert isinstance(self.editor, QPlainTextEdit)
        self.host.write(self.path, self.to_value(self.editor.toPlainText()), typing=True)

    def _chosen(self, index: int) -> None:
        assert isinstance(self.editor, QComboBox)
        data = self.editor.itemData(index)
        value = MISSING if data is MISSING or data is None else self.to_value(str(data))
        if self.spec.shape is Shape.CHOICE and value is not MISSING:
            old = self.host.read(self.path)
            value = PlainText(str(data)) if isinstance(old, PlainText) or old is MISSING else value
        self.host.write(self.path, value, typing=False)

    def set_problem(self, message: str | None) -> None:
        super().set_problem(message)
        self.editor.setStyleSheet(ERROR_STYLE if message else "")
        self.editor.setToolTip(message or self.spec.description)

    def set_locked(self, locked: bool) -> None:
        editor = self.editor
        if isinstance(editor, QLineEdit | QPlainTextEdit):
            editor.setReadOnly(locked)
            palette = QApplication.palette(editor)  # read-only text looks it: dimmed
            if locked:
                dim = palette.color(QPalette.ColorRole.PlaceholderText)
                palette.setColor(QPalette.ColorRole.Text, dim)
            editor.setPalette(palette)
        else:
            editor.setEnabled(not locked)
        if locked:
            editor.setToolTip(
                QCoreApplication.translate(
                    "Editor", "Already on air: this cannot change now (the remaining time can)"
                )
            )


class ObjectField(FieldWidget):
    """A group of known keys (thresholds, notes, a speaker, a cue card)."""

    def __init__(self, spec: FieldSpec, path: FieldPath, host: Host, *, titled: bool = True):
        super().__init__(spec, path, host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(field_label(spec.key) if titled else "")
        box.setFlat(not titled)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.children_: list[FieldWidget] = []
        for child in spec.fields:
            widget = make_field(child, (*path, child.key), host, titled=False)
            label = QLabel(field_label(child.key) + (" *" if child.required else ""))
            label.setToolTip(child.description)
            form.addRow(label, widget)
            self.children_.append(widget)
        layout.addWidget(box)

    def refresh(self) -> None:
        for child in self.children_:
            child.refresh()

    def fields(self) -> list[FieldWidget]:
        found: list[FieldWidget] = [self]
        for child in self.children_:
            found += child.fields()
        return found

    def set_locked(self, locked: bool) -> None:
        for child in self.children_:
            child.set_locked(locked)


def make_field(spec: FieldSpec, path: FieldPath, host: Host, *, titled: bool = True) -> FieldWidget:
    from runofshow.qt.editor.list_field import ListField  # they build their items with this
    from runofshow.qt.editor.map_field import MapField

    if spec.shape is Shape.OBJECT:
        return ObjectField(spec, path, host, titled=titled)
    if spec.shape is Shape.LIST:
        return ListField(spec, path, host)
    if spec.shape is Shape.MAP:
        return MapField(spec, path, host)
    return ScalarField(spec, path, host)


def all_fields(widgets: list[FieldWidget]) -> list[FieldWidget]:
    found: list[FieldWidget] = []
    for widget in widgets:
        found += widget.fields()
    return found
