"""Help > Keyboard shortcuts: every console action and its keys, from the one registry."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from runofshow.qt import theme
from runofshow.qt.console.controls import Controls, native_keys, translate


def shortcut_rows(controls: Controls) -> list[tuple[str, str, str]]:
    """(group, action text, keys) for every action that has keys, grouped, in registry
    order (start, pause and resume are left to GO)."""
    return [
        (
            translate(spec, spec.group),
            controls[spec.name].text().replace("&", ""),
            native_keys(spec),
        )
        for spec in controls.ordered()
        if spec.keys
    ]


class ShortcutsSheet(QDialog):
    def __init__(self, controls: Controls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(controls)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFont(theme.ui_font(12))
        group = None
        for group_name, text, keys in rows:
            if group_name != group:
                group = group_name
                r = self.table.rowCount()
                self.table.insertRow(r)
                heading = QTableWidgetItem(group_name.upper())
                heading.setForeground(theme.ACCENT)
                self.table.setItem(r, 0, heading)
                self.table.setSpan(r, 0, 1, 2)
            r = self.table.rowCount()
            self.table.insertRow(r)
            self.table.setItem(r, 0, QTableWidgetItem(text))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 760)
