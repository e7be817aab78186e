"""A list field (speakers, cue cards): the items, buttons to add, remove and move them,
and the selected item's fields below (an item written as a bare name or title stays one
until another of its fields is filled in)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QVBoxLayout

from runofshow.core.located import FieldPath
from runofshow.core.roundtrip import CommentedMap, CommentedSeq, text_value
from runofshow.core.showdoc import MISSING
from runofshow.core.showschema import FieldSpec, Shape
from runofshow.qt.editor.fields import (
    ERROR_STYLE,
    FLOW_LISTS,
    FieldWidget,
    Host,
    ObjectField,
    ShorthandHost,
    make_field,
    object_name,
)
from runofshow.qt.editor.labels import field_label


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
