"""The run history window: runs of the open show, plan-versus-actual, chart, log, exports.

Select one run to see its report and action log, several to compare them side by side.
Over/under is always signed text ("+1:12", "-0:40"); colour only repeats the sign.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.durations import format_duration
from runofshow.core.engine import ActionResult
from runofshow.core.reports import (
    ChapterError,
    comparison_csv,
    comparison_markdown,
    run_csv,
    run_markdown,
    youtube_chapters,
)
from runofshow.core.run_analysis import Comparison, Plan, compare, describe, signed
from runofshow.core.runs import LoadedRun, RunInfo, RunStore, UnknownRun
from runofshow.core.snapshot import Phase
from runofshow.qt.history.chart import ComparisonChart, run_colour
from runofshow.qt.locale_format import format_date_time
from runofshow.qt.settings import CHAPTER_SHIFT_S, Settings
from runofshow.qt.theme import PHASE_COLOURS, TEXT_DIM, ui_font

OVER = PHASE_COLOURS[Phase.DANGER]
UNDER = PHASE_COLOURS[Phase.NORMAL]
ID_ROLE = Qt.ItemDataRole.UserRole


def delta_colour(ms: int | None) -> QColor:
    """Over plan red, under green, on plan (within a second) dim."""
    if ms is None or abs(ms) < 1000:
        return TEXT_DIM
    return OVER if ms > 0 else UNDER


def _item(text: str, *, align_right: bool = False, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _delta_item(ms: int | None) -> QTableWidgetItem:
    item = _item(signed(ms), align_right=True)
    item.setForeground(QBrush(delta_colour(ms)))
    return item


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    return table


class ChaptersDialog(QDialog):
    """The chapter lines, ready to paste into a YouTube description."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("YouTube chapters"))
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Paste these lines into the video description:")))
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 360)


class HistoryWindow(QMainWindow):
    """Runs of the session's show. ``session`` is a runofshow.qt.session.ShowSession."""

    runsChanged = Signal()

    def __init__(self, session: Any, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self._store: RunStore | None = None
        self._store_path: Path | None = None
        self._loaded: dict[str, LoadedRun] = {}
        self._filling = False
        self._connected_controller: Any = None
        self.setFont(ui_font(10.5))

        # Left: the runs.
        self.runs_table = _table(5)
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
        left_layout.addWidget(self.runs_table, 1)
        left_layout.addLayout(run_buttons)
        left_layout.addWidget(self.note_label)

        # Right: comparison, cue cards, action log; chart below.
        self.comparison_table = _table(2)
        self.cue_table = _table(2)
        self.log_table = _table(5)
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

        session.controllerChanged.connect(self._controller_changed)
        self._controller_changed(getattr(session, "controller", None) if self._has_show() else None)

    # ------------------------------------------------------------ session

    def _has_show(self) -> bool:
        return bool(getattr(self._session, "has_show", True))

    def _controller_changed(self, controller: Any) -> None:
        # The session deletes replaced controllers, which drops their connections.
        self._connected_controller = controller
        if controller is not None:
            controller.actionDone.connect(self._action_done)
        self.refresh()

    def _action_done(self, result: ActionResult) -> None:
        if result.ok and self.isVisible():
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "shift_label"):
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def _current_store(self) -> RunStore | None:
        if not self._has_show():
            return None
        path = RunStore.for_show(self._session.show_path).path
        if self._store is None or self._store_path != path:
            if self._store is not None:
                self._store.close()
            self._store = RunStore(path)
            self._store_path = path
            self._loaded.clear()
        return self._store

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
        return store.list_runs() if store is not None else []

    def refresh(self) -> None:
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
            name = _item(info.label, editable=True)
            name.setData(ID_ROLE, info.id)
            name.setToolTip(info.note or self.tr("Double-click to rename"))
            started = info.started.astimezone(plan_tz) if plan_tz else info.started
            kind = self._kind_text(info)
            table.setItem(row, 0, name)
            table.setItem(row, 1, _item(kind))
            table.setItem(row, 2, _item(format_date_time(started)))
            table.setItem(row, 3, _item(format_duration(info.span_ms), align_right=True))
            status = _item(self._status_text(info.status))
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
        self._fill_comparison(comparison)
        self._fill_cues(comparison)
        self.chart.set_comparison(comparison)
        current = self._current_id()
        loaded = self._load(current) if current is not None else None
        self._fill_log(loaded)
        has = bool(self.selected_ids())
        one = len(self.selected_ids()) == 1
        for button in (self.csv_button, self.md_button, self.delete_button):
            button.setEnabled(has)
        for button in (self.rename_button, self.note_button, self.chapters_button):
            button.setEnabled(one)
        self.note_label.setText(loaded.info.note if loaded is not None and one else "")

    def _run_headers(self, comparison: Comparison) -> list[str]:
        headers = []
        for label in comparison.labels:
            headers += [label, "±"]
        return headers

    def _colour_headers(self, table: QTableWidget, comparison: Comparison) -> None:
        for i in range(len(comparison.labels)):
            header = table.horizontalHeaderItem(2 + 2 * i)
            if header is not None:
                header.setForeground(QBrush(run_colour(i)))

    def _fill_comparison(self, comparison: Comparison | None) -> None:
        table = self.comparison_table
        table.clear()
        if comparison is None:
            table.setRowCount(0)
            table.setColumnCount(2)
            table.setHorizontalHeaderLabels([self.tr("Segment"), self.tr("Plan")])
            return
        n = len(comparison.labels)
        table.setColumnCount(2 + 2 * n)
        table.setHorizontalHeaderLabels(
            [self.tr("Segment"), self.tr("Plan"), *self._run_headers(comparison)]
        )
        self._colour_headers(table, comparison)
        rows = len(comparison.rows) + 1 + (1 if comparison.projected is not None else 0)
        table.setRowCount(rows)
        for r, row in enumerate(comparison.rows):
            table.setItem(r, 0, _item(row.segment.title))
            table.setItem(r, 1, _item(format_duration(row.planned_ms), align_right=True))
            for i in range(n):
                actual = row.actual_ms[i]
                text = "—" if actual is None else format_duration(actual)
                table.setItem(r, 2 + 2 * i, _item(text, align_right=True))
                table.setItem(r, 3 + 2 * i, _delta_item(row.delta_ms(i)))
        total_row = len(comparison.rows)
        bold = ui_font(10.5)
        bold.setBold(True)
        total = _item(self.tr("Total"))
        total.setFont(bold)
        table.setItem(total_row, 0, total)
        table.setItem(
            total_row, 1, _item(format_duration(comparison.planned_total_ms), align_right=True)
        )
        for i in range(n):
            cell = _item(format_duration(comparison.total_ms(i)), align_right=True)
            cell.setFont(bold)
            table.setItem(total_row, 2 + 2 * i, cell)
            delta = _delta_item(comparison.total_delta_ms(i))
            delta.setFont(bold)
            table.setItem(total_row, 3 + 2 * i, delta)
        p = comparison.projected
        if p is not None:
            r = total_row + 1
            label = self.tr("Projected start of %1").replace("%1", p.segment.title)
            table.setItem(r, 0, _item(label))
            table.setItem(r, 1, _item(p.planned.strftime("%H:%M:%S"), align_right=True))
            for i in range(n):
                value = p.projected[i]
                text = "—" if value is None else value.strftime("%H:%M:%S")
                table.setItem(r, 2 + 2 * i, _item(text, align_right=True))
                table.setItem(r, 3 + 2 * i, _delta_item(p.delta_ms(i)))
        self._fit(table)

    def _fill_cues(self, comparison: Comparison | None) -> None:
        table = self.cue_table
        table.clear()
        if comparison is None:
            table.setRowCount(0)
            return
        n = len(comparison.labels)
        table.setColumnCount(2 + 2 * n)
        table.setHorizontalHeaderLabels(
            [self.tr("Cue card"), self.tr("Plan"), *self._run_headers(comparison)]
        )
        self._colour_headers(table, comparison)
        table.setRowCount(len(comparison.cue_rows))
        for r, row in enumerate(comparison.cue_rows):
            label = f"{row.segment.title} / {row.cue_index + 1}. {row.title}"
            table.setItem(r, 0, _item(label))
            planned = "" if row.planned_ms is None else format_duration(row.planned_ms)
            table.setItem(r, 1, _item(planned, align_right=True))
            for i in range(n):
                actual = row.actual_ms[i]
                text = "—" if actual is None else format_duration(actual)
                table.setItem(r, 2 + 2 * i, _item(text, align_right=True))
                table.setItem(r, 3 + 2 * i, _delta_item(row.delta_ms(i)))
        self._fit(table)

    def _fill_log(self, loaded: LoadedRun | None) -> None:
        table = self.log_table
        table.clear()
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Run time"), self.tr("Action"), self.tr("Segment"),
             self.tr("Detail")]
        )  # fmt: skip
        if loaded is None:
            table.setRowCount(0)
            return
        analysis = loaded.analysis
        tz = analysis.plan.tz
        titles = {s.segment.id: s.segment.title for s in analysis.segments}
        table.setRowCount(len(analysis.events))
        for r, (event, t) in enumerate(zip(analysis.events, analysis.event_run_ms, strict=True)):
            table.setItem(r, 0, _item(event.wall.astimezone(tz).strftime("%H:%M:%S")))
            table.setItem(r, 1, _item(format_duration(t), align_right=True))
            table.setItem(r, 2, _item(self.action_text(event.action)))
            table.setItem(r, 3, _item(titles.get(event.segment_id, event.segment_id)))
            table.setItem(r, 4, _item(describe(event)))
        self._fit(table)

    def action_text(self, action: str) -> str:
        names = {
            "start": self.tr("Start"),
            "pause": self.tr("Pause"),
            "resume": self.tr("Resume"),
            "next": self.tr("Next segment"),
            "previous": self.tr("Previous segment"),
            "goto": self.tr("Go to segment"),
            "add_time": self.tr("Add time"),
            "next_cue": self.tr("Next card"),
            "previous_cue": self.tr("Previous card"),
            "end": self.tr("End show"),
            "reset": self.tr("Reset"),
            "message": self.tr("Message"),
            "blackout": self.tr("Blackout"),
            "undo": self.tr("Undo"),
            "redo": self.tr("Redo"),
            "recovered": self.tr("Recovered after restart"),
        }
        return names.get(action, action)

    @staticmethod
    def _fit(table: QTableWidget) -> None:
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

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
        store.rename(run_id, name)
        self._loaded.pop(run_id, None)
        self.refresh()

    def annotate_run(self, run_id: str, note: str) -> None:
        store = self._current_store()
        if store is None:
            return
        store.annotate(run_id, note)
        self._loaded.pop(run_id, None)
        self.refresh()

    def delete_runs(self, run_ids: list[str]) -> None:
        store = self._current_store()
        if store is None:
            return
        for run_id in run_ids:
            store.delete(run_id)
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
            if fmt == "csv":
                return run_csv(loaded.info, loaded.analysis)
            return run_markdown(loaded.info, loaded.analysis)
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
        return youtube_chapters(loaded.analysis, self.shift_spin.value())

    def export_report(self, fmt: str, path: Path) -> None:
        path.write_text(self.report_text(fmt), encoding="utf-8")

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
