"""Import a rundown from CSV: choose which column is which key, see a preview and every
problem (row and column), then take the show into the editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.csvsource import CsvError, CsvTable, read_csv_file
from runofshow.core.rundown_csv import PLANNED, all_columns, default_mapping, import_table
from runofshow.core.showschema import format_spec
from runofshow.qt.validation_messages import translate_error

PREVIEW_ROWS = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


class CsvImportDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.setWindowTitle(tr("Import CSV: %1").replace("%1", path.name))
        self.resize(900, 640)
        self.result_text: str | None = None
        self.table: CsvTable | None = None
        self.combos: dict[int, QComboBox] = {}
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        mapping_box = QWidget()
        self.mapping = QFormLayout(mapping_box)
        columns = QScrollArea()  # a column per key of the format: many rows
        columns.setWidgetResizable(True)
        columns.setWidget(mapping_box)
        self.preview = QTableWidget()
        self.preview.setObjectName("csvPreview")
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(tr("Preview")))
        preview_layout.addWidget(self.preview)
        self.errors = QListWidget()
        self.errors.setObjectName("csvErrors")
        parts = QSplitter(Qt.Orientation.Vertical)
        for part in (columns, preview_box, self.errors):
            parts.addWidget(part)
            parts.setCollapsible(parts.count() - 1, False)
        parts.setSizes([260, 240, 100])
        layout.addWidget(parts, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        try:
            self.table = read_csv_file(path)
        except CsvError as error:
            self.summary.setText(tr("This file cannot be read as CSV."))
            self.errors.addItems([translate_error(e) for e in error.errors])
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self._build_mapping(self.table)
        self.update_result()

    def _build_mapping(self, table: CsvTable) -> None:
        names = [name for name, _ in all_columns(format_spec())]
        defaults = default_mapping(table)
        for number, title in enumerate(table.header, start=1):
            combo = QComboBox()
            combo.setObjectName(f"csvColumn{number}")
            combo.addItem(tr("(leave out)"), "")
            for name in names:
                combo.addItem(name, name)
            wanted = defaults.get(number, "")
            if wanted and combo.findData(wanted) < 0:
                combo.addItem(wanted, wanted)
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
            if title.strip() in PLANNED:
                combo.setEnabled(False)
                combo.setToolTip(tr("Planned times are worked out from the show; not imported"))
            combo.currentIndexChanged.connect(self.update_result)
            self.combos[number] = combo
            self.mapping.addRow(title, combo)
        self.summary.setText(
            tr("%1 rows, encoding %2. Choose the key each column holds.")
            .replace("%1", str(len(table.records)))
            .replace("%2", table.encoding)
        )

    def current_mapping(self) -> dict[int, str]:
        return {n: str(c.currentData()) for n, c in self.combos.items() if c.currentData()}

    def update_result(self) -> None:
        assert self.table is not None
        imported = import_table(self.table, self.current_mapping())
        self._fill_preview(imported.data)
        self.errors.clear()
        self.errors.addItems([translate_error(e) for e in imported.errors])
        self.result_text = imported.text
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(imported.text is not None)

    def _fill_preview(self, data: dict[str, object]) -> None:
        segments = data.get("segments") if isinstance(data, dict) else None
        rows = segments[:PREVIEW_ROWS] if isinstance(segments, list) else []
        keys = ["id", "kind", "title", "duration", "starts_at"]
        self.preview.setColumnCount(len(keys))
        self.preview.setHorizontalHeaderLabels(keys)
        self.preview.setRowCount(len(rows))
        for r, segment in enumerate(rows):
            for c, key in enumerate(keys):
                value = segment.get(key, "") if isinstance(segment, dict) else ""
                self.preview.setItem(r, c, QTableWidgetItem(str(value)))
