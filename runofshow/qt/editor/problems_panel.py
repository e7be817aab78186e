"""Every problem of the show being edited, in the interface language, with the same
words as `runofshow validate`; double click (or Enter) goes to the field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from runofshow.core.showdoc import Problem
from runofshow.qt.editor.labels import field_label
from runofshow.qt.validation_messages import translate_message


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def place(problem: Problem) -> str:
    """Where a problem is, in words: "Segment 3 · Duration", "Show · Time zone"."""
    path = problem.field
    words: list[str] = []
    if path[:1] == ("segments",) and len(path) > 1 and isinstance(path[1], int):
        words.append(tr("Segment %1").replace("%1", str(path[1] + 1)))
        rest = path[2:]
    elif path[:1] == ("show",):
        words.append(tr("Show"))
        rest = path[1:]
    else:
        words.append(tr("File"))
        rest = path
    words += [
        field_label(step) if isinstance(step, str) else f"#{step + 1}"
        for step in rest
        if step != "<key>"
    ]
    return " · ".join(words)


class ProblemsPanel(QWidget):
    activated = Signal(object)  # Problem

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("problemsList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.problems: list[Problem] = []
        self.show_problems([])

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        self.list.clear()
        for problem in self.problems:
            item = QListWidgetItem(f"{place(problem)}: {translate_message(problem.message)}")
            item.setData(Qt.ItemDataRole.UserRole, problem)
            self.list.addItem(item)
        self.retranslate()

    def retranslate(self) -> None:
        count = len(self.problems)
        self.title.setText(
            tr("No problems: the show is ready to save.")
            if not count
            else tr("Problems: %1. Double click one to go to its field.").replace("%1", str(count))
        )

    def _activated(self, item: QListWidgetItem) -> None:
        self.activated.emit(item.data(Qt.ItemDataRole.UserRole))
