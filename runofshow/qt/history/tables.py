"""The history window's tables: plan versus runs per segment and per cue card, and the
action log. Over/under is always signed text; colour only repeats the sign."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from runofshow.app.commands import CONTEXT as COMMANDS_CONTEXT
from runofshow.app.commands import CommandTable
from runofshow.app.outcome import Surface
from runofshow.core.durations import format_duration
from runofshow.core.run_analysis import Comparison, describe, signed
from runofshow.core.runs import LoadedRun
from runofshow.core.snapshot import Phase
from runofshow.qt.history.chart import run_colour
from runofshow.qt.theme import PHASE_COLOURS, TEXT_DIM, ui_font

OVER = PHASE_COLOURS[Phase.DANGER]
UNDER = PHASE_COLOURS[Phase.NORMAL]


def delta_colour(ms: int | None) -> QColor:
    """Over plan red, under green, on plan (within a second) dim."""
    if ms is None or abs(ms) < 1000:
        return TEXT_DIM
    return OVER if ms > 0 else UNDER


def cell(text: str, *, align_right: bool = False, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def delta_cell(ms: int | None) -> QTableWidgetItem:
    item = cell(signed(ms), align_right=True)
    item.setForeground(QBrush(delta_colour(ms)))
    return item


def new_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    return table


def run_headers(comparison: Comparison) -> list[str]:
    headers = []
    for label in comparison.labels:
        headers += [label, "±"]
    return headers


def colour_headers(table: QTableWidget, comparison: Comparison) -> None:
    for i in range(len(comparison.labels)):
        header = table.horizontalHeaderItem(2 + 2 * i)
        if header is not None:
            header.setForeground(QBrush(run_colour(i)))


def fill_comparison(table: QTableWidget, comparison: Comparison | None) -> None:
    """Plan and each run per segment, signed over/under, the total, projected start."""
    table.clear()
    if comparison is None:
        table.setRowCount(0)
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("HistoryWindow", "Segment"),
                QCoreApplication.translate("HistoryWindow", "Plan"),
            ]
        )
        return
    n = len(comparison.labels)
    table.setColumnCount(2 + 2 * n)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("HistoryWindow", "Segment"),
            QCoreApplication.translate("HistoryWindow", "Plan"),
            *run_headers(comparison),
        ]
    )
    colour_headers(table, comparison)
    rows = len(comparison.rows) + 1 + (1 if comparison.projected is not None else 0)
    table.setRowCount(rows)
    for r, row in enumerate(comparison.rows):
        table.setItem(r, 0, cell(row.segment.title))
        table.setItem(r, 1, cell(format_duration(row.planned_ms), align_right=True))
        for i in range(n):
            actual = row.actual_ms[i]
            text = "—" if actual is None else format_duration(actual)
            table.setItem(r, 2 + 2 * i, cell(text, align_right=True))
            table.setItem(r, 3 + 2 * i, delta_cell(row.delta_ms(i)))
    total_row = len(comparison.rows)
    bold = ui_font(10.5)
    bold.setBold(True)
    total = cell(QCoreApplication.translate("HistoryWindow", "Total"))
    total.setFont(bold)
    table.setItem(total_row, 0, total)
    table.setItem(
        total_row, 1, cell(format_duration(comparison.planned_total_ms), align_right=True)
    )
    for i in range(n):
        total_cell = cell(format_duration(comparison.total_ms(i)), align_right=True)
        total_cell.setFont(bold)
        table.setItem(total_row, 2 + 2 * i, total_cell)
        delta = delta_cell(comparison.total_delta_ms(i))
        delta.setFont(bold)
        table.setItem(total_row, 3 + 2 * i, delta)
    p = comparison.projected
    if p is not None:
        r = total_row + 1
        label = QCoreApplication.translate("HistoryWindow", "Projected start of %1").replace(
            "%1", p.segment.title
        )
        table.setItem(r, 0, cell(label))
        table.setItem(r, 1, cell(p.planned.strftime("%H:%M:%S"), align_right=True))
        for i in range(n):
            value = p.projected[i]
            text = "—" if value is None else value.strftime("%H:%M:%S")
            table.setItem(r, 2 + 2 * i, cell(text, align_right=True))
            table.setItem(r, 3 + 2 * i, delta_cell(p.delta_ms(i)))
    fit(table)


def fill_cues(table: QTableWidget, comparison: Comparison | None) -> None:
    """Plan and each run per cue card."""
    table.clear()
    if comparison is None:
        table.setRowCount(0)
        return
    n = len(comparison.labels)
    table.setColumnCount(2 + 2 * n)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("HistoryWindow", "Cue card"),
            QCoreApplication.translate("HistoryWindow", "Plan"),
            *run_headers(comparison),
        ]
    )
    colour_headers(table, comparison)
    table.setRowCount(len(comparison.cue_rows))
    for r, row in enumerate(comparison.cue_rows):
        label = f"{row.segment.title} / {row.cue_index + 1}. {row.title}"
        table.setItem(r, 0, cell(label))
        planned = "" if row.planned_ms is None else format_duration(row.planned_ms)
        table.setItem(r, 1, cell(planned, align_right=True))
        for i in range(n):
            actual = row.actual_ms[i]
            text = "—" if actual is None else format_duration(actual)
            table.setItem(r, 2 + 2 * i, cell(text, align_right=True))
            table.setItem(r, 3 + 2 * i, delta_cell(row.delta_ms(i)))
    fit(table)


def fill_log(table: QTableWidget, loaded: LoadedRun | None, commands: CommandTable) -> None:
    """Every operator action of one run with its time of day, run time and who sent it."""
    table.clear()
    table.setColumnCount(6)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("HistoryWindow", "Time"),
            QCoreApplication.translate("HistoryWindow", "Run time"),
            QCoreApplication.translate("HistoryWindow", "Action"),
            QCoreApplication.translate("HistoryWindow", "Segment"),
            QCoreApplication.translate("HistoryWindow", "Detail"),
            QCoreApplication.translate("HistoryWindow", "From"),
        ]
    )
    if loaded is None:
        table.setRowCount(0)
        return
    analysis = loaded.analysis
    tz = analysis.plan.tz
    titles = {s.segment.id: s.segment.title for s in analysis.segments}
    table.setRowCount(len(analysis.events))
    for r, (event, t) in enumerate(zip(analysis.events, analysis.event_run_ms, strict=True)):
        table.setItem(r, 0, cell(event.wall.astimezone(tz).strftime("%H:%M:%S")))
        table.setItem(r, 1, cell(format_duration(t), align_right=True))
        table.setItem(r, 2, cell(action_text(event.action, commands)))
        table.setItem(r, 3, cell(titles.get(event.segment_id, event.segment_id)))
        table.setItem(r, 4, cell(describe(event)))
        table.setItem(r, 5, cell(surface_text(event.surface)))
    fit(table)


def action_text(action: str, commands: CommandTable) -> str:
    """The label of the command the action belongs to (the table names both alike)."""
    if action == "recovered":
        return QCoreApplication.translate("HistoryWindow", "Recovered after restart")
    command = commands.get(action)
    if command is None:
        return action
    return QCoreApplication.translate(COMMANDS_CONTEXT, command.label)


def surface_text(surface: str | None) -> str:
    """Who sent an action: keyboard, button, API, browser control page, automation ("" when
    the run was recorded before surfaces were kept)."""
    names: dict[str, str] = {
        Surface.KEYBOARD.value: QCoreApplication.translate("HistoryWindow", "Keyboard"),
        Surface.BUTTON.value: QCoreApplication.translate("HistoryWindow", "Button"),
        Surface.API.value: QCoreApplication.translate("HistoryWindow", "API"),
        Surface.CONTROL.value: QCoreApplication.translate("HistoryWindow", "Control page"),
        Surface.AUTOMATION.value: QCoreApplication.translate("HistoryWindow", "Automatic"),
    }
    return names.get(surface or "", "")


def fit(table: QTableWidget) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
