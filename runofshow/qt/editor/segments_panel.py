"""The segments as a table: planned times, id, kind, title, duration, speakers. Reorder by
dragging a row or with Alt+Up / Alt+Down; add (Ctrl+Shift+N), duplicate (Ctrl+D), delete
(Delete). A row with a problem is marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.roundtrip import CommentedMap, text_value
from runofshow.core.schedule import plan_schedule
from runofshow.qt import theme
from runofshow.qt.editor.document import EditorDocument
from runofshow.qt.editor.labels import field_label

MIME = "application/x-runofshow-segment-row"
COLUMNS = ("planned", "id", "kind", "title", "duration", "speakers")
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def planned_starts(doc: EditorDocument) -> dict[str, str]:
    """Planned start per segment id, from the show as it is (or as it last was valid:
    a problem being typed does not blank the column)."""
    show = doc.show or doc.last_show
    if show is None:
        return {}
    plan = plan_schedule(show)
    return {s.id: f"{start:%H:%M}" for s, start in zip(show.segments, plan.starts, strict=True)}


class SegmentsModel(QAbstractTableModel):
    moveRequested = Signal(int, int)

    def __init__(self, doc: EditorDocument) -> None:
        super().__init__()
        self.doc = doc
        self.problem_rows: set[int] = set()
        self.planned: dict[str, str] = planned_starts(doc)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.doc.segment_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        key = COLUMNS[section]
        return tr("Planned") if key == "planned" else field_label(key)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, key = index.row(), COLUMNS[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and row in self.problem_rows:
            return QBrush(theme.PROBLEM_ROW)
        if role == Qt.ItemDataRole.BackgroundRole and self.doc.locked(("segments", row, "id")):
            return QBrush(theme.LOCKED_ROW)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key == "planned":
            return self.planned.get(text_value(self.doc.get(("segments", row, "id"), "")), "")
        segment = self.doc.get(("segments", row), None)
        if not isinstance(segment, CommentedMap):
            return ""
        value = segment.get(key)
        if key == "speakers":
            items = value if isinstance(value, list) else ([] if value is None else [value])
            names = [
                text_value(i.get("name", "")) if isinstance(i, CommentedMap) else text_value(i)
                for i in items
            ]
            return ", ".join(names)
        return "" if value is None else text_value(value).split("\n")[0]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        data.setData(MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(MIME):
            return False
        source = int(bytes(data.data(MIME).data()).decode() or -1)
        target = parent.row() if parent.isValid() else (row if row >= 0 else self.rowCount())
        if target > source:
            target -= 1
        if source >= 0 and target != source:
            self.moveRequested.emit(source, min(target, self.rowCount() - 1))
        return False  # the document moves the row; the view removes nothing

    def reset(self) -> None:
        self.planned = planned_starts(self.doc)
        self.beginResetModel()
        self.endResetModel()


class SegmentsPanel(QWidget):
    selected = Signal(int)  # row, -1 for none

    def __init__(self, doc: EditorDocument) -> None:
        super().__init__()
        self.doc = doc
        self.model = SegmentsModel(doc)
        self.view = QTableView()
        self.view.setObjectName("segmentsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMNS.index("speakers"), QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COLUMNS.index("speakers"), 150)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.selected.emit(current.row())
        )
        self.model.moveRequested.connect(self.move_segment)
        self.add_button = QPushButton()
        self.duplicate_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        buttons = QHBoxLayout()
        for button, name in (
            (self.add_button, "addSegment"),
            (self.duplicate_button, "duplicateSegment"),
            (self.remove_button, "removeSegment"),
            (self.up_button, "segmentUp"),
            (self.down_button, "segmentDown"),
        ):
            button.setObjectName(name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.add_button.clicked.connect(self.add)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.step(-1))
        self.down_button.clicked.connect(lambda: self.step(1))
        self.keys = {
            QKeySequence("Alt+Up"): lambda: self.step(-1),
            QKeySequence("Alt+Down"): lambda: self.step(1),
            QKeySequence("Ctrl+D"): self.duplicate,
            QKeySequence("Delete"): self.remove,
            QKeySequence("Ctrl+Shift+N"): self.add,
        }
        self.view.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The table's own keys (while it has the focus): move, duplicate, delete, add."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            pressed = QKeySequence(event.keyCombination())
            for keys, slot in self.keys.items():
                if pressed.matches(keys) == QKeySequence.SequenceMatch.ExactMatch:
                    slot()
                    return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.add_button.setText(tr("Add"))
        self.add_button.setToolTip(tr("Add a segment after the selected one (Ctrl+Shift+N)"))
        self.duplicate_button.setText(tr("Duplicate"))
        self.duplicate_button.setToolTip(tr("Duplicate the selected segment (Ctrl+D)"))
        self.remove_button.setText(tr("Delete"))
        self.remove_button.setToolTip(tr("Delete the selected segment (Delete)"))
        self.up_button.setToolTip(tr("Move up (Alt+Up)"))
        self.down_button.setToolTip(tr("Move down (Alt+Down)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def current(self) -> int:
        return self.view.currentIndex().row()

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)
            self.view.setCurrentIndex(self.model.index(row, COLUMNS.index("title")))

    def refresh(self, problem_rows: set[int]) -> None:
        row = self.current()
        self.model.problem_rows = problem_rows
        self.model.reset()
        self.select(min(max(row, 0), self.model.rowCount() - 1))

    def add(self) -> None:
        row = self.current() + 1 if self.current() >= 0 else self.doc.segment_count()
        segment = CommentedMap(
            [
                ("id", self.doc.unique_id("segment")),
                ("kind", "talk"),
                ("title", ""),
                ("duration", "15m"),
            ]
        )
        if self.doc.insert_item(("segments",), row, segment, tr("Add segment")):
            self.select(row)

    def duplicate(self) -> None:
        row = self.current()
        if row >= 0:
            new = self.doc.duplicate_segment(row, tr("Duplicate segment"))
            if new is not None:
                self.select(new)

    def remove(self) -> None:
        row = self.current()
        if row >= 0 and self.doc.segment_count() > 1:
            self.doc.remove_item(("segments",), row, tr("Delete segment"))
            self.select(min(row, self.doc.segment_count() - 1))

    def step(self, delta: int) -> None:
        row = self.current()
        if row >= 0:
            self.move_segment(row, row + delta)

    def move_segment(self, source: int, target: int) -> None:
        if self.doc.move_item(("segments",), source, target, tr("Move segment")):
            self.select(target)
