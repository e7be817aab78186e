"""Questions > Import survey…: a CSV file (connpass's questionnaire download, a form, a
spreadsheet) previewed, its columns mapped (question text, asker, tags), then imported
into one segment's questions. Blank rows and duplicates are skipped and counted; rows that
cannot be used and files that cannot be read are shown as FILE:LINE:COL: message, in the
interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.csvsource import CsvError, CsvTable, read_csv_file
from runofshow.core.errors import LocatedError
from runofshow.qt import theme
from runofshow.qt.validation_messages import translate_error
from runofshow.questions.service import QuestionService
from runofshow.questions.store import StoreError
from runofshow.questions.survey import ColumnMap, SurveyImport, guess_mapping, read_survey

PREVIEW_ROWS = 30
MAPPED_BG = QColor("#1f3b66")


def ask_survey_path(parent: QWidget | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SurveyImportDialog", "Import survey"),
        str(Path.home()),
        QCoreApplication.translate("SurveyImportDialog", "CSV files (*.csv *.txt);;All files (*)"),
    )
    return Path(path) if path else None


class SurveyImportDialog(QDialog):
    """Preview and mapping; ``import_now()`` is what the Import button does."""

    def __init__(
        self,
        path: Path,
        service: QuestionService,
        segments: list[tuple[str, str]],
        segment: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("surveyImportDialog")
        self.path = path
        self.service = service
        self.table: CsvTable | None = None
        self.survey: SurveyImport | None = None
        self.imported: tuple[int, int] | None = None
        self.file_errors: list[LocatedError] = []

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.segment_box = QComboBox()
        for segment_id, title in segments:
            self.segment_box.addItem(title, segment_id)
        self.segment_box.setCurrentIndex(max(0, self.segment_box.findData(segment)))
        self.text_box = QComboBox()
        self.asker_box = QComboBox()
        self.tags_box = QComboBox()
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setVisible(False)
        self.preview.setFont(theme.ui_font(11))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(theme.ui_font(12))
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(110)
        self.problems.setFont(theme.ui_font(10))

        self.labels = [QLabel() for _ in range(4)]
        self.form = QFormLayout()
        for label, box in zip(
            self.labels,
            (self.segment_box, self.text_box, self.asker_box, self.tags_box),
            strict=True,
        ):
            label.setBuddy(box)
            self.form.addRow(label, box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.import_now)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(self.form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(980, 680)

        self._read()
        for box in (self.segment_box, self.text_box, self.asker_box, self.tags_box):
            box.currentIndexChanged.connect(lambda _i: self.update_preview())
        self._retranslate()

    # ------------------------------------------------------------ reading

    def _read(self) -> None:
        try:
            self.table = read_csv_file(self.path)
        except CsvError as error:
            self.file_errors = list(error.errors)
            return
        mapping = guess_mapping(self.table)
        for box, optional, chosen in (
            (self.text_box, False, mapping.text),
            (self.asker_box, True, mapping.asker),
            (self.tags_box, True, mapping.tags),
        ):
            if optional:
                box.addItem("", None)  # "(none)", set with the texts
            for number, title in enumerate(self.table.header, start=1):
                box.addItem(f"{number}. {title}", number)
            box.setCurrentIndex(max(0, box.findData(chosen)))

    def mapping(self) -> ColumnMap | None:
        text = self.text_box.currentData()
        if self.table is None or text is None:
            return None
        return ColumnMap(int(text), self.asker_box.currentData(), self.tags_box.currentData())

    def update_preview(self) -> None:
        table, mapping = self.table, self.mapping()
        if table is None or mapping is None:
            self._show_file_errors()
            return
        segment = str(self.segment_box.currentData())
        self.survey = read_survey(table, mapping, segment, self.service.known_keys(segment))
        self._fill_preview(table, mapping)
        result = self.survey
        self.summary.setText(
            self.tr(
                "%1 questions to import from %2 rows · %3 blank rows and %4 duplicates "
                "skipped · %5 rows left out"
            )
            .replace("%1", str(len(result.questions)))
            .replace("%2", str(result.rows))
            .replace("%3", str(result.blank))
            .replace("%4", str(result.duplicates))
            .replace("%5", str(len(result.problems)))
            + "  ("
            + self.tr("read as %1").replace("%1", _encoding_name(table.encoding))
            + ")"
        )
        self.problems.setPlainText("\n".join(translate_error(p) for p in result.problems))
        self.problems.setVisible(bool(result.problems))
        self.import_button.setEnabled(bool(result.questions))

    def _fill_preview(self, table: CsvTable, mapping: ColumnMap) -> None:
        roles = {
            mapping.text: self.tr("question"),
            mapping.asker: self.tr("asker"),
            mapping.tags: self.tr("tags"),
        }
        rows = table.records[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(table.header))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(
            [
                f"{title} → {roles[number]}" if number in roles else title
                for number, title in enumerate(table.header, start=1)
            ]
        )
        for r, record in enumerate(rows):
            for c in range(len(table.header)):
                value = record.cell(c + 1).value
                item = QTableWidgetItem(" ".join(value.split()))
                item.setToolTip(value)
                if c + 1 in roles:
                    item.setBackground(MAPPED_BG)
                self.preview.setItem(r, c, item)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for c in range(len(table.header)):
            width = 360 if c + 1 == mapping.text else 140
            self.preview.setColumnWidth(c, width)

    def _show_file_errors(self) -> None:
        self.summary.setText(self.tr("This file cannot be imported:"))
        self.problems.setPlainText("\n".join(translate_error(e) for e in self.file_errors))
        self.problems.setVisible(True)
        self.import_button.setEnabled(False)
        for box in (self.text_box, self.asker_box, self.tags_box):
            box.setEnabled(False)

    # ------------------------------------------------------------ importing

    def import_now(self) -> bool:
        """Add the previewed questions to the segment (and to every run from now on)."""
        result = self.survey
        if result is None or not result.questions:
            return False
        try:
            self.imported = self.service.import_questions(result.questions)
        except (OSError, StoreError) as error:
            reason = (error.strerror if isinstance(error, OSError) else None) or str(error)
            self.summary.setText(
                self.tr("The questions could not be saved: %1").replace("%1", reason)
            )
            return False
        self.accept()
        return True

    # ------------------------------------------------------------ language

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import survey"))
        self.file_label.setText(self.tr("File: %1").replace("%1", str(self.path)))
        labels = (
            self.tr("Segment"),
            self.tr("Question text"),
            self.tr("Asker"),
            self.tr("Tags"),
        )
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        for box in (self.asker_box, self.tags_box):
            if box.count() and box.itemData(0) is None:
                box.setItemText(0, self.tr("(none)"))
        self.import_button.setText(self.tr("Import"))
        self.update_preview()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "import_button"):
            self._retranslate()


def _encoding_name(encoding: str) -> str:
    return {"utf-8-sig": "UTF-8 (BOM)", "utf-8": "UTF-8", "cp932": "Shift_JIS (CP932)"}.get(
        encoding, encoding
    )
