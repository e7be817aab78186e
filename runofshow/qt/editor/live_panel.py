"""While the show is on air: the current segment's remaining time, which the editor
changes with add_time (on the clock's undo, recorded in the run as a button press)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from runofshow.core.durations import DurationError, format_countdown, parse_duration
from runofshow.core.snapshot import Snapshot
from runofshow.qt import theme


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


class LivePanel(QWidget):
    remainingRequested = Signal(int)  # milliseconds
    problem = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("livePanel")
        self.label = QLabel()
        self.field = QLineEdit()
        self.field.setObjectName("remainingField")
        self.field.setMaximumWidth(110)
        self.apply = QPushButton()
        self.apply.setObjectName("applyRemaining")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.field)
        layout.addWidget(self.apply)
        self.apply.clicked.connect(self._apply)
        self.field.returnPressed.connect(self._apply)
        self.setStyleSheet(
            f"#livePanel {{ background: {theme.LIVE_EDIT_BAR.name()}; }}"
            f" QLabel {{ color: {theme.WHITE.name()}; }}"
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.apply.setText(tr("Set remaining"))
        self.field.setPlaceholderText(tr("e.g. 5:00"))
        self.field.setToolTip(
            tr(
                "Remaining time of the segment on air; applied as added or removed time (Ctrl+Z in the console undoes it)"  # noqa: E501
            )
        )

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.label.setText(
            tr("On air now: %1 · %2 left")
            .replace("%1", snapshot.segment.title)
            .replace("%2", format_countdown(snapshot.remaining_ms))
        )

    def _apply(self) -> None:
        text = self.field.text().strip()
        try:
            ms = parse_duration(text)
        except DurationError:
            self.problem.emit(tr("Write the remaining time like 5:00, 4m30s or 90"))
            return
        self.field.clear()
        self.remainingRequested.emit(ms)
