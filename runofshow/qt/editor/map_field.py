"""A free map field (links): a two-column table of names and values; the last, empty row
adds one, clearing a name removes it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from runofshow.core.located import FieldPath
from runofshow.core.roundtrip import CommentedMap, restyle, text_value
from runofshow.core.showdoc import MISSING
from runofshow.core.showschema import FieldSpec
from runofshow.qt.editor.fields import FieldWidget, Host, object_name


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
