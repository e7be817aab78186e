"""The run history window: runs of the open show, plan-versus-actual, chart, log, exports.

Select one run to see its report and action log, several to compare them side by side.
Over/under is always signed text ("+1:12", "-0:40"); colour only repeats the sign.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from runofshow.app.outcome import Outcome
from runofshow.app.storage_service import StorageService
from runofshow.core.atomic import write_atomically
from runofshow.core.durations import format_duration
from runofshow.core.question_report import answered_questions
from runofshow.core.reports import (
    ChapterError,
    comparison_csv,
    comparison_markdown,
    run_csv,
    run_markdown,
    youtube_chapters,
)
from runofshow.core.run_analysis import Comparison, Plan, compare
from runofshow.core.runs import (
    LoadedRun,
    RunInfo,
    RunStore,
    StoreError,
    UnknownRun,
    store_error,
)
from runofshow.qt.history.chapters_dialog import ChaptersDialog
from runofshow.qt.history.chart import ComparisonChart
from runofshow.qt.history.tables import (
    cell,
    fill_comparison,
    fill_cues,
    fill_log,
    new_table,
)
from runofshow.qt.locale_format import format_date_time
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import (
    CHAPTER_SHIFT_S,
    CHAPTER_SKIP_BREAKS,
    CHAPTER_SPEAKERS,
    Settings,
)
from runofshow.qt.theme import TEXT_DIM, ui_font

ID_ROLE = Qt.ItemDataRole.UserRole


READ_WAIT_MS = 10  # at most this long waiting for another program's lock (GUI thread)


class HistoryWindow(QMainWindow):
    """Runs of the session's show."""

    runsChanged = Signal()

    def __init__(
        self, signals: SessionSignals, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._signals, self._session = signals, signals.session
        self._settings = settings
        self._store: RunStore | None = None
        self._store_path: Path | None = None
        self._loaded: dict[str, LoadedRun] = {}
        self._filling = False
        self._history_written: object = None
        self.setFont(ui_font(10.5))
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #ff6b6b;")
        self.problem_label.hide()

        # Left: the runs.
        self.runs_table = new_table(5)
        self.runs_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.runs_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.runs_table.itemSelectionChanged.connect(self._selection_changed)
        self.runs_table.itemChanged.connect(self._item_edited)
        self.rename_button = QPushButton()
        self.note_button = QPushButton()
        self.delete_button = QPushButton()
        self.rename_button.clicked.connect(self._rename_clicked)
        self.note_button.clicked.connect(self._note_clicked)
        self.delete_button.clicked.connect(self._delete_clicked)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(f"color: {TEXT_DIM.name()};")
        run_buttons = QHBoxLayout()
        for button in (self.rename_button, self.note_button, self.delete_button):
            run_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.runs_title = QLabel()
        left_layout.addWidget(self.runs_title)
        left_layout.addWidget(self.problem_label)
        left_layout.addWidget(self.runs_table, 1)
        left_layout.addLayout(run_buttons)
        left_layout.addWidget(self.note_label)

        # Right: comparison, cue cards, action log; chart below.
        self.comparison_table = new_table(2)
        self.cue_table = new_table(2)
        self.log_table = new_table(6)
        for table in (self.comparison_table, self.cue_table, self.log_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabs = QTabWidget()
        for table in (self.comparison_table, self.cue_table, self.log_table):
            self.tabs.addTab(table, "")
        self.chart = ComparisonChart()
        right_split = QSplitter(Qt.Orientation.Vertical)
        right_split.addWidget(self.tabs)
        right_split.addWidget(self.chart)
        right_split.setStretchFactor(0, 3)
        right_split.setStretchFactor(1, 2)

        # Bottom: exports.
        self.csv_button = QPushButton()
        self.md_button = QPushButton()
        self.chapters_button = QPushButton()
        self.shift_spin = QSpinBox()
        self.shift_spin.setRange(-3600, 36_000)
        self.shift_spin.setValue(settings.get(CHAPTER_SHIFT_S))
        self.shift_spin.valueChanged.connect(lambda v: settings.set(CHAPTER_SHIFT_S, int(v)))
        self.skip_breaks = QCheckBox()
        self.skip_breaks.setChecked(settings.get(CHAPTER_SKIP_BREAKS))
        self.skip_breaks.toggled.connect(lambda on: settings.set(CHAPTER_SKIP_BREAKS, on))
        self.with_speakers = QCheckBox()
        self.with_speakers.setChecked(settings.get(CHAPTER_SPEAKERS))
        self.with_speakers.toggled.connect(lambda on: settings.set(CHAPTER_SPEAKERS, on))
        self.csv_button.clicked.connect(lambda: self._export_clicked("csv"))
        self.md_button.clicked.connect(lambda: self._export_clicked("md"))
        self.chapters_button.clicked.connect(self._chapters_clicked)
        exports = QHBoxLayout()
        exports.addWidget(self.csv_button)
        exports.addWidget(self.md_button)
        exports.addSpacing(24)
        exports.addWidget(self.chapters_button)
        self.shift_label = QLabel()
        exports.addWidget(self.shift_label)
        exports.addWidget(self.shift_spin)
        exports.addWidget(self.skip_breaks)
        exports.addWidget(self.with_speakers)
        exports.addStretch(1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right_split)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([480, 1000])
        left.setMinimumWidth(360)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(split, 1)
        layout.addLayout(exports)
        self.setCentralWidget(central)
        self.resize(1280, 760)
        self._retranslate()

        signals.engineStarted.connect(self.refresh)
        signals.commandDone.connect(self._command_done)
        signals.partChanged.connect(self._part_changed)
        self.refresh()

    # ------------------------------------------------------------ session

    def _has_show(self) -> bool:
        return self._session.has_show

    def _command_done(self, outcome: Outcome) -> None:
        if outcome.ok and self.isVisible():
            self.refresh()

    def _part_changed(self, name: str) -> None:
        """The writer thread put more history in the store: show it."""
        if name != "storage" or not self.isVisible() or not self._has_show():
            return
        part = self._session.document.parts.get("storage")
        written = part.get("history_written") if isinstance(part, dict) else None
        if written != self._history_written:
            self._history_written = written
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Run history"))
        self.rename_button.setText(self.tr("Rename…"))
        self.note_button.setText(self.tr("Note…"))
        self.delete_button.setText(self.tr("Delete…"))
        for index, text in enumerate(
            (self.tr("Plan vs actual"), self.tr("Cue cards"), self.tr("Action log"))
        ):
            self.tabs.setTabText(index, text)
        self.csv_button.setText(self.tr("Export CSV…"))
        self.md_button.setText(self.tr("Export Markdown…"))
        self.chapters_button.setText(self.tr("YouTube chapters…"))
        self.shift_spin.setSuffix(self.tr(" s"))
        self.shift_spin.setToolTip(
            self.tr("Seconds between the stream going live and the first segment starting")
        )
        self.shift_label.setText(self.tr("Stream went live before the start by:"))
        self.skip_breaks.setText(self.tr("No chapters for breaks"))
        self.with_speakers.setText(self.tr("Speakers in chapter titles"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "shift_label"):
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def _current_store(self) -> RunStore | None:
        """The show's run store, opened for reading with a brief wait for locks (the GUI
        thread never waits long); None with ``problem`` set when it cannot be used."""
        if not self._has_show():
            return None
        path = StorageService.store_path(self._session.show_path)
        if self._store is None or self._store_path != path:
            if self._store is not None:
                self._store.close()
            self._store, self._store_path = None, path
            self._loaded.clear()
            if not path.is_file():
                return None  # nothing recorded yet
            try:
                self._store = RunStore(path, busy_timeout_ms=READ_WAIT_MS)
            except StoreError as error:
                self._set_problem(error)
                self._store_path = None  # try again at the next refresh
                return None
        return self._store

    def _set_problem(self, error: StoreError | sqlite3.Error | None) -> None:
        if error is None:
            self.problem_label.hide()
            return
        text = str(error if isinstance(error, StoreError) else store_error(error, self._path()))
        self.problem_label.setText(
            self.tr("The run history cannot be read now: %1").replace("%1", text)
        )
        self.problem_label.show()

    def _path(self) -> Path:
        return self._store_path or Path("runs.sqlite3")

    def _reference_plan(self, loaded: list[LoadedRun]) -> Plan | None:
        """The open show's plan; else the newest selected run's plan snapshot."""
        if self._has_show():
            try:
                return Plan.from_show(self._session.show)
            except RuntimeError:
                pass
        return loaded[-1].plan if loaded else None

    # ------------------------------------------------------------ runs list

    def runs(self) -> list[RunInfo]:
        store = self._current_store()
        if store is None:
            return []
        try:
            runs = store.list_runs()
        except (StoreError, sqlite3.Error) as error:
            self._set_problem(error)
            store.close()
            self._store = self._store_path = None
            return []
        self._set_problem(None)
        return runs

    def refresh(self, *_event: object) -> None:
        """Re-read the runs; keep the selection where the runs still exist."""
        selected = self.selected_ids()
        current = self._current_id()
        runs = self.runs()
        self._loaded = {k: v for k, v in self._loaded.items() if k in {r.id for r in runs}}
        for info in runs:
            if info.ended is None:
                self._loaded.pop(info.id, None)  # on air: re-read its events
        self._filling = True
        table = self.runs_table
        table.blockSignals(True)
        table.clearSelection()
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [self.tr("Run"), self.tr("Kind"), self.tr("Started"), self.tr("Duration"),
             self.tr("Status")]
        )  # fmt: skip
        table.setRowCount(len(runs))
        plan_tz = None
        if self._has_show():
            try:
                plan_tz = self._session.show.tz
            except RuntimeError:
                plan_tz = None
        for row, info in enumerate(reversed(runs)):  # newest first
            name = cell(info.label, editable=True)
            name.setData(ID_ROLE, info.id)
            name.setToolTip(info.note or self.tr("Double-click to rename"))
            started = info.started.astimezone(plan_tz) if plan_tz else info.started
            kind = self._kind_text(info)
            table.setItem(row, 0, name)
            table.setItem(row, 1, cell(kind))
            table.setItem(row, 2, cell(format_date_time(started)))
            table.setItem(row, 3, cell(format_duration(info.span_ms), align_right=True))
            status = cell(self._status_text(info.status))
            if info.status != "complete":
                status.setForeground(QBrush(TEXT_DIM))
            table.setItem(row, 4, status)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        if not selected and runs:
            selected = [runs[-1].id]
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.data(ID_ROLE) in selected:
                self._add_row(row)
        if current is not None:
            self._set_current(current)
        table.blockSignals(False)
        self._filling = False
        show_title = ""
        if self._has_show():
            try:
                show_title = self._session.show.title
            except RuntimeError:
                show_title = ""
        self.runs_title.setText(self.tr("Runs of %1").replace("%1", show_title))
        self._selection_changed()
        self.runsChanged.emit()

    def _add_row(self, row: int) -> None:
        model = self.runs_table.selectionModel()
        index = self.runs_table.model().index(row, 0)
        model.select(
            index,
            model.SelectionFlag.Select | model.SelectionFlag.Rows,
        )

    def _set_current(self, run_id: str) -> None:
        for row in range(self.runs_table.rowCount()):
            item = self.runs_table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == run_id:
                model = self.runs_table.selectionModel()
                model.setCurrentIndex(
                    self.runs_table.model().index(row, 0), model.SelectionFlag.NoUpdate
                )

    def _kind_text(self, info: RunInfo) -> str:
        kind = self.tr("Rehearsal") if info.kind == "rehearsal" else self.tr("Live")
        return f"{kind} · {info.scope}" if info.scope else kind

    def _status_text(self, status: str) -> str:
        return {
            "complete": self.tr("complete"),
            "stopped": self.tr("stopped"),
            "incomplete": self.tr("incomplete"),
        }.get(status, status)

    def select_runs(self, run_ids: list[str]) -> None:
        """Select these runs (tests and callers); the first is current (action log)."""
        self.runs_table.blockSignals(True)
        self.runs_table.clearSelection()
        for row in range(self.runs_table.rowCount()):
            item = self.runs_table.item(row, 0)
            if item is not None and item.data(ID_ROLE) in run_ids:
                self._add_row(row)
        if run_ids:
            self._set_current(run_ids[0])
        self.runs_table.blockSignals(False)
        self._selection_changed()

    def selected_ids(self) -> list[str]:
        """Selected run ids, oldest first (comparison columns go in this order)."""
        rows = sorted({i.row() for i in self.runs_table.selectionModel().selectedRows()})
        ids = []
        for row in rows:
            item = self.runs_table.item(row, 0)
            if item is not None:
                ids.append(str(item.data(ID_ROLE)))
        return sorted(ids, key=int)

    def _current_id(self) -> str | None:
        row = self.runs_table.currentRow()
        item = self.runs_table.item(row, 0) if row >= 0 else None
        if item is not None and str(item.data(ID_ROLE)) in self.selected_ids():
            return str(item.data(ID_ROLE))
        ids = self.selected_ids()
        return ids[-1] if ids else None

    def _load(self, run_id: str) -> LoadedRun | None:
        store = self._current_store()
        if store is None:
            return None
        if run_id not in self._loaded:
            try:
                self._loaded[run_id] = store.load(run_id)
            except UnknownRun:
                return None
            except (StoreError, sqlite3.Error) as error:
                self._set_problem(error)
                return None
        return self._loaded[run_id]

    # ------------------------------------------------------------ views

    def comparison(self) -> Comparison | None:
        loaded = [x for x in (self._load(i) for i in self.selected_ids()) if x is not None]
        plan = self._reference_plan(loaded)
        if plan is None or not loaded:
            return None
        return compare(plan, [(x.info.label, x.analysis) for x in loaded])

    def _selection_changed(self) -> None:
        if self._filling:
            return
        comparison = self.comparison()
        fill_comparison(self.comparison_table, comparison)
        fill_cues(self.cue_table, comparison)
        self.chart.set_comparison(comparison)
        current = self._current_id()
        loaded = self._load(current) if current is not None else None
        fill_log(self.log_table, loaded, self._session.commands)
        has = bool(self.selected_ids())
        one = len(self.selected_ids()) == 1
        for button in (self.csv_button, self.md_button, self.delete_button):
            button.setEnabled(has)
        for button in (self.rename_button, self.note_button, self.chapters_button):
            button.setEnabled(one)
        self.note_label.setText(loaded.info.note if loaded is not None and one else "")

    # ------------------------------------------------------------ editing runs

    def _item_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0 or self._store is None:
            return
        run_id = str(item.data(ID_ROLE))
        self.rename_run(run_id, item.text())

    def rename_run(self, run_id: str, name: str) -> None:
        store = self._current_store()
        if store is None:
            return
        try:
            store.rename(run_id, name)
        except (StoreError, sqlite3.Error) as error:
            self._set_problem(error)
            return
        self._loaded.pop(run_id, None)
        self.refresh()

    def annotate_run(self, run_id: str, note: str) -> None:
        store = self._current_store()
        if store is None:
            return
        try:
            store.annotate(run_id, note)
        except (StoreError, sqlite3.Error) as error:
            self._set_problem(error)
            return
        self._loaded.pop(run_id, None)
        self.refresh()

    def delete_runs(self, run_ids: list[str]) -> None:
        store = self._current_store()
        if store is None:
            return
        for run_id in run_ids:
            try:
                store.delete(run_id)
            except (StoreError, sqlite3.Error) as error:
                self._set_problem(error)
                break
            self._loaded.pop(run_id, None)
        self.runs_table.clearSelection()
        self.refresh()

    def confirm(self, title: str, text: str) -> bool:
        """Ask before something irreversible (tests replace this)."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _rename_clicked(self) -> None:
        run_id = self._current_id()
        loaded = self._load(run_id) if run_id else None
        if loaded is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename run"), self.tr("Name:"), text=loaded.info.name
        )
        if ok:
            self.rename_run(loaded.info.id, name)

    def _note_clicked(self) -> None:
        run_id = self._current_id()
        loaded = self._load(run_id) if run_id else None
        if loaded is None:
            return
        note, ok = QInputDialog.getMultiLineText(
            self, self.tr("Note on this run"), self.tr("Note:"), loaded.info.note
        )
        if ok:
            self.annotate_run(loaded.info.id, note)

    def _delete_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        loaded = [x for x in (self._load(i) for i in ids) if x is not None]
        labels = ", ".join(x.info.label for x in loaded)
        if self.confirm(
            self.tr("Delete runs"),
            self.tr("Delete %1 run(s) for good?\n%2")
            .replace("%1", str(len(ids)))
            .replace("%2", labels),
        ):
            self.delete_runs(ids)

    # ------------------------------------------------------------ exports

    def report_text(self, fmt: str) -> str:
        """CSV or Markdown of the selected run, or of the comparison when several are."""
        ids = self.selected_ids()
        if len(ids) == 1:
            loaded = self._load(ids[0])
            if loaded is None:
                return ""
            store = self._current_store()
            questions = answered_questions(store.question_events(loaded.info.id)) if store else []
            if fmt == "csv":
                return run_csv(loaded.info, loaded.analysis, questions)
            scenes = store.scene_switches(loaded.info.id) if store else []
            return run_markdown(loaded.info, loaded.analysis, scenes, questions=questions)
        comparison = self.comparison()
        if comparison is None:
            return ""
        return comparison_csv(comparison) if fmt == "csv" else comparison_markdown(comparison)

    def chapters_text(self) -> str:
        """YouTube chapters of the selected run; raises ChapterError."""
        run_id = self._current_id()
        loaded = self._load(run_id) if run_id is not None else None
        if loaded is None:
            raise ChapterError(self.tr("Select one run first."))
        skip = ("break",) if self.skip_breaks.isChecked() else ()
        return youtube_chapters(
            loaded.analysis,
            self.shift_spin.value(),
            skip_kinds=skip,
            speakers=self.with_speakers.isChecked(),
        )

    def export_report(self, fmt: str, path: Path) -> None:
        write_atomically(path, self.report_text(fmt))

    def _export_clicked(self, fmt: str) -> None:
        suffix = ".csv" if fmt == "csv" else ".md"
        ids = self.selected_ids()
        default = f"run-{ids[0]}{suffix}" if len(ids) == 1 else f"runs-compared{suffix}"
        caption = self.tr("Export CSV") if fmt == "csv" else self.tr("Export Markdown")
        filters = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Markdown (*.md)")
        path, _ = QFileDialog.getSaveFileName(self, caption, default, filters)
        if path:
            try:
                self.export_report(fmt, Path(path))
            except OSError as error:
                QMessageBox.warning(self, caption, str(error))

    def _chapters_clicked(self) -> None:
        try:
            text = self.chapters_text()
        except ChapterError as error:
            QMessageBox.warning(self, self.tr("YouTube chapters"), str(error))
            return
        ChaptersDialog(text, self).exec()
