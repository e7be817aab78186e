"""Fixtures for console tests: a real session on the bundled show, fake clocks and a
manual scheduler, its Qt signals, and a
confirmation stand-in that answers from a queue (and records every question)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from runofshow.app.scheduler import ManualScheduler
from runofshow.app.session import ShowSession
from runofshow.core.clock import FakeClocks
from runofshow.qt.console.window import ConsoleWindow
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import Settings
from runofshow.qt.theme import apply_dark_theme
from tests.app.support import make_session


@dataclass
class Answers:
    """Stands in for the question dialog: pops queued answers (True: the first choice, the
    one that goes ahead; False: No; any other value: that choice), and dismisses the dialog
    when none is queued. Records every question and the choices it offered."""

    queue: list[object] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    offered: list[list[object]] = field(default_factory=list)
    defaults: list[object] = field(default_factory=list)

    def __call__(
        self,
        parent: QWidget | None,
        title: str,
        question: str,
        choices: Sequence[tuple[object, str]] = (),
        default: object = None,
    ) -> object:
        self.asked.append(question)
        self.offered.append([value for value, _label in choices])
        self.defaults.append(default)
        answer = self.queue.pop(0) if self.queue else None
        if answer is True and choices:
            return choices[0][0]
        return answer


@pytest.fixture
def scheduler(clocks: FakeClocks) -> ManualScheduler:
    return ManualScheduler(clocks)


@pytest.fixture
def session(
    qtbot: QtBot, clocks: FakeClocks, scheduler: ManualScheduler, bundled_show_path: Path
) -> Iterator[ShowSession]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_dark_theme(app)
    session = make_session(clocks, bundled_show_path, scheduler=scheduler)
    yield session
    session.close()


@pytest.fixture
def signals(session: ShowSession) -> Iterator[SessionSignals]:
    adapter = SessionSignals(session)
    yield adapter
    adapter.close()


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def window(
    qtbot: QtBot, signals: SessionSignals, settings: Settings, answers: Answers
) -> ConsoleWindow:
    win = ConsoleWindow(signals, settings, confirm=answers)
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    win.focus_home()
    return win


def clipped_labels(root: QWidget) -> list[str]:
    """Visible labels whose text does not fit their contents rectangle."""
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text():
            continue
        rect = label.contentsRect()
        metrics = label.fontMetrics()
        if label.wordWrap():
            flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
            box = QRect(0, 0, rect.width(), 100_000)
            need = metrics.boundingRect(box, flags, label.text()).height()
            if need > rect.height():
                problems.append(f"{label.text()!r}: needs {need}px height, has {rect.height()}")
        else:
            lines = label.text().split("\n")
            wide = max(metrics.horizontalAdvance(line) for line in lines)
            high = metrics.height() * len(lines)
            if wide > rect.width() or high > rect.height() + 2:
                problems.append(
                    f"{label.objectName() or type(label).__name__} {label.text()!r}: "
                    f"{wide}x{high} in {rect.width()}x{rect.height()}"
                )
    return problems
