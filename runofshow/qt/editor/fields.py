"""Field editors built from the format's schema (runofshow.core.showschema): one widget per
key, whatever the key, so keys added to the format later are editable without changes here.

- text, number: a line edit; several-line text (cue card text, notes): a text box;
- a choice (kind): a drop-down; yes/no: a drop-down with "not set";
- an object with known keys (thresholds, notes): a group of its fields;
- a list (speakers, cue cards): the items, buttons to add, remove and move them, and the
  selected item's fields below (an item written as a bare name or title stays one until
  another of its fields is filled in);
- a free map (links): a two-column table of names and values.

Each field reads and writes the document through a ``Host`` at its path; typing into a
field is one undo step. A field shows its problem (red frame and the message as tooltip)
and is read-only while it is locked (already on air).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.located import FieldPath
from runofshow.core.roundtrip import CommentedMap, CommentedSeq, PlainText, restyle, text_value
from runofshow.core.showdoc import MISSING
from runofshow.core.showschema import FieldSpec, Shape
from runofshow.qt.editor.document import EditorDocument
from runofshow.qt.editor.labels import field_label

ERROR_STYLE = "border: 2px solid #e0504a;"
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


class ListField(FieldWidget):
    """Items of a list: pick one to edit its fields; add, remove, move."""

    itemsChanged = Signal()

    def __init__(self, spec: FieldSpec, path: FieldPath, host: Host) -> None:
        super().__init__(spec, path, host)
        assert spec.item is not None
        self.item_spec = spec.item
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName(object_name(path) + ":list")
        self.list.setMaximumHeight(110)
        self.list.currentRowChanged.connect(self._select)
        row = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("Editor", "Add"))
        self.remove_button = QPushButton(QCoreApplication.translate("Editor", "Remove"))
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        for button, name in (
            (self.add_button, "add"),
            (self.remove_button, "remove"),
            (self.up_button, "up"),
            (self.down_button, "down"),
        ):
            button.setObjectName(object_name(path) + ":" + name)
            row.addWidget(button)
        row.addStretch(1)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.item_area = QVBoxLayout()
        outer.addWidget(self.list)
        outer.addLayout(row)
        outer.addLayout(self.item_area)
        self.item_editor: FieldWidget | None = None
        self._locked = False
        self.refresh()

    def items(self) -> list[Any]:
        value = self.host.read(self.path)
        if isinstance(value, CommentedSeq):
            return list(value)
        return [] if value is MISSING or value is None else [value]

    def summary(self, item: Any) -> str:
        if isinstance(item, CommentedMap):
            shorthand = self.item_spec.shorthand or next(iter(self.item_spec.keys), "")
            first = item.get(shorthand, "")
            extra = item.get("at")
            text = text_value(first) if first is not None else ""
            return f"{text_value(extra)}  {text}" if extra is not None else text
        return text_value(item).split("\n")[0]

    def refresh(self) -> None:
        items = self.items()
        current = self.list.currentRow()
        self._refreshing = True
        try:
            if [self.list.item(i).text() for i in range(self.list.count())] != [
                self.summary(i) for i in items
            ]:
                self.list.clear()
                self.list.addItems([self.summary(i) for i in items])
            if items:
                self.list.setCurrentRow(min(max(current, 0), len(items) - 1))
        finally:
            self._refreshing = False
        self._select(self.list.currentRow(), force=self.item_editor is None)
        if self.item_editor is not None:
            self.item_editor.refresh()

    def _item_path(self, row: int) -> FieldPath:
        value = self.host.read(self.path)
        return (*self.path, row) if isinstance(value, CommentedSeq) else self.path

    def _select(self, row: int, force: bool = True) -> None:
        if self._refreshing and not force:
            return
        wanted = self._item_path(row) if row >= 0 else None
        if self.item_editor is not None and not force and self.item_editor.path == wanted:
            return
        if self.item_editor is not None and self.item_editor.path == wanted and not force:
            return
        if self.item_editor is not None:
            self.item_editor.setParent(None)
            self.item_editor.deleteLater()
            self.item_editor = None
        if wanted is None:
            return
        spec = self.item_spec
        if spec.shape is Shape.OBJECT:
            host: Host = ShorthandHost(
                self.host.doc, wanted, spec.shorthand or "", self.spec.key in FLOW_LISTS
            )
            if spec.shorthand is None:
                host = self.host
            self.item_editor = ObjectField(spec, wanted, host, titled=False)
        else:
            self.item_editor = make_field(spec, wanted, self.host)
        self.item_editor.set_locked(self._locked)
        self.item_area.addWidget(self.item_editor)
        self.item_editor.show()
        self.updateGeometry()
        self.itemsChanged.emit()

    def new_item(self) -> Any:
        spec = self.item_spec
        if spec.shape is Shape.OBJECT:
            key = spec.shorthand or next(iter(spec.keys), "title")
            mapping = CommentedMap([(key, "")])
            if self.spec.key in FLOW_LISTS:
                mapping.fa.set_flow_style()
            return mapping
        return ""

    def add_item(self) -> None:
        doc = self.host.doc
        items = self.items()
        label = QCoreApplication.translate("Editor", "Add %1").replace(
            "%1", field_label(self.spec.key)
        )
        value = self.host.read(self.path)
        if items and not isinstance(value, CommentedSeq):  # a single item: make it a list
            self.host.write(self.path, CommentedSeq([value]), typing=False)
        doc.insert_item(self.path, len(items), self.new_item(), label)
        self.refresh()
        self.list.setCurrentRow(len(items))

    def remove_item(self) -> None:
        row = self.list.currentRow()
        value = self.host.read(self.path)
        if row < 0:
            return
        label = QCoreApplication.translate("Editor", "Remove %1").replace(
            "%1", field_label(self.spec.key)
        )
        if isinstance(value, CommentedSeq):
            self.host.doc.remove_item(self.path, row, label)
        else:
            self.host.write(self.path, MISSING, typing=False)
        self.refresh()

    def move_item(self, step: int) -> None:
        row = self.list.currentRow()
        label = QCoreApplication.translate("Editor", "Move %1").replace(
            "%1", field_label(self.spec.key)
        )
        if row >= 0 and self.host.doc.move_item(self.path, row, row + step, label):
            self.refresh()
            self.list.setCurrentRow(row + step)

    def fields(self) -> list[FieldWidget]:
        found: list[FieldWidget] = [self]
        if self.item_editor is not None:
            found += self.item_editor.fields()
        return found

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(not locked)
        if self.item_editor is not None:
            self.item_editor.set_locked(locked)

    def set_problem(self, message: str | None) -> None:
        super().set_problem(message)
        self.list.setStyleSheet(ERROR_STYLE if message else "")
        self.list.setToolTip(message or self.spec.description)


class MapField(FieldWidget):
    """Free names and values (links): a table; the last empty row adds one."""

    def __init__(self, spec: FieldSpec, path: FieldPath, host: Host) -> None:
        super().__init__(spec, path, host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName(object_name(path) + ":table")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Editor", "Name"),
                QCoreApplication.translate("Editor", "Value"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(130)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._edited)
        layout.addWidget(self.table)
        self.refresh()

    def entries(self) -> list[tuple[str, str]]:
        value = self.host.read(self.path)
        if not isinstance(value, CommentedMap):
            return []
        return [(str(k), text_value(v)) for k, v in value.items()]

    def refresh(self) -> None:
        entries = [*self.entries(), ("", "")]
        self._refreshing = True
        try:
            self.table.setRowCount(len(entries))
            for row, (name, text) in enumerate(entries):
                for column, cell in enumerate((name, text)):
                    item = self.table.item(row, column)
                    if item is None:
                        self.table.setItem(row, column, QTableWidgetItem(cell))
                    elif item.text() != cell:
                        item.setText(cell)
        finally:
            self._refreshing = False

    def _edited(self, item: QTableWidgetItem) -> None:
        """A name or value typed: rename, change, add (the last row) or remove (no name)."""
        if self._refreshing:
            return
        row = item.row()
        entries = self.entries()
        name_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
        name = name_item.text().strip() if name_item else ""
        text = value_item.text() if value_item else ""
        old = self.host.read(self.path)
        pairs = list(old.items()) if isinstance(old, CommentedMap) else []
        if row < len(entries):
            old_name = entries[row][0]
            changed: list[tuple[Any, Any]] = []
            for key, value in pairs:
                if key != old_name:
                    changed.append((key, value))
                elif name:
                    changed.append((name, restyle(value, text)))
            pairs = changed
        elif name:
            pairs.append((name, restyle(None, text)))
        else:
            return
        mapping = CommentedMap(pairs)
        if isinstance(old, CommentedMap):
            mapping.ca.comment = old.ca.comment
        self.host.write(self.path, mapping if pairs else MISSING, typing=False)
        self.refresh()

    def set_locked(self, locked: bool) -> None:
        self.table.setEnabled(not locked)


def make_field(spec: FieldSpec, path: FieldPath, host: Host, *, titled: bool = True) -> FieldWidget:
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
