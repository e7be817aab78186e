"""A Qt test must leave no running timer and no top-level widget behind.

Adapted from napari's conftest (``_dangling_qtimers`` and ``_find_dangling_widgets``): a
timer still running after its test fires in the next one, against objects that test never
made, and a window nobody closes keeps its timers and signals alive until the process ends;
both make failures appear far from their cause, or crash the interpreter at exit.

- Timers: ``QTimer.start`` and ``QTimer.singleShot`` are wrapped to remember where each
  timer was started; after the test, any of them still active is stopped and the test
  fails with those places.
- Widgets: every widget given to ``qtbot.addWidget`` is marked as handled (pytest-qt closes
  it); after the test, a parentless top-level widget that is neither handled nor deleted
  fails the test. (napari marks with the object name; runofshow's widgets use their object
  names, so the mark is a dynamic property here.)
"""

from __future__ import annotations

import gc
import os
import sys
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

HANDLED = "runofshow_test_handled"  # dynamic property on widgets a test handed to qtbot
ROOT = str(Path(__file__).resolve().parent.parent) + os.sep
HERE = str(Path(__file__).resolve())
LIBRARIES = tuple({sys.prefix, sys.base_prefix, sys.exec_prefix})  # the venv and the stdlib


def started_where() -> str:
    """The innermost frame outside Python, its libraries and this file that started the
    timer: runofshow's or a test's. Cheap (no source lines are read): the scheduler
    re-arms its timer on every command."""
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        path = frame.f_code.co_filename
        if path != HERE and not path.startswith(LIBRARIES) and not path.startswith("<"):
            return f"{path.removeprefix(ROOT)}:{frame.f_lineno} ({frame.f_code.co_name})"
        frame = frame.f_back
    return "inside a library"


class TimerWatch:
    """Remembers every timer started from Python during one test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        # id -> (the timer, weakly; where it was first started). Cheap on a re-start: the
        # session's scheduler re-arms one timer on every command and every shown second.
        self.started: dict[int, tuple[weakref.ref[QTimer], str]] = {}
        self.single_shots: list[tuple[QTimer, str]] = []  # kept alive until they fire
        base_start = QTimer.start
        base_single_shot = QTimer.singleShot

        def start(timer: QTimer, *args: Any) -> None:
            known = self.started.get(id(timer))
            if known is None or known[0]() is not timer:
                self.started[id(timer)] = (weakref.ref(timer), started_where())
            base_start(timer, *args)

        def single_shot(msec: int, *args: Any) -> None:
            # (functor) | (context, functor) | (receiver, b"member") | (type, receiver, member)
            context, target = (None, args[0]) if len(args) == 1 else args[-2:]
            if not callable(target) or len(args) > 2:
                base_single_shot(msec, *args)  # the SLOT-string forms: not used by runofshow
                return
            timer = QTimer(context) if isinstance(context, QObject) else QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(target)
            self.single_shots.append((timer, started_where()))
            base_start(timer, msec)

        monkeypatch.setattr(QTimer, "start", start)
        monkeypatch.setattr(QTimer, "singleShot", staticmethod(single_shot))

    def still_running(self) -> list[str]:
        running = []
        started = [(ref(), where) for ref, where in self.started.values()]
        for timer, where in [*started, *self.single_shots]:
            if timer is None:  # its wrapper is gone, and with it the C++ timer
                continue
            try:
                active = timer.isActive()
            except RuntimeError:  # its C++ object is gone with its parent: stopped
                continue
            if active:
                timer.stop()
                running.append(where)
        self.single_shots.clear()
        self.started.clear()
        return running


def mark_handled(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Widgets given to qtbot are the test's to close, and qtbot closes them."""
    add_widget: Callable[..., None] = qtbot.addWidget

    def add_and_mark(widget: QWidget, *args: Any, **kwargs: Any) -> None:
        widget.setProperty(HANDLED, True)
        add_widget(widget, *args, **kwargs)

    monkeypatch.setattr(qtbot, "addWidget", add_and_mark)
    monkeypatch.setattr(qtbot, "add_widget", add_and_mark)


def leftover_widgets() -> list[QWidget]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.parent() is None and not widget.property(HANDLED)
    ]


@pytest.fixture(autouse=True)
def no_qt_leftovers(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Fails a Qt test (one that uses qtbot) that leaves a timer running or a top-level
    widget behind. Set up before qtbot, so it checks after qtbot closed its widgets."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    timers = TimerWatch(monkeypatch)
    for widget in QApplication.topLevelWidgets():  # an earlier test's, already checked
        widget.setProperty(HANDLED, True)
    qtbot: QtBot = request.getfixturevalue("qtbot")
    mark_handled(qtbot, monkeypatch)
    yield
    problems = [f"a QTimer still running, started at {where}" for where in timers.still_running()]
    for widget in leftover_widgets():
        widget.setProperty(HANDLED, True)  # report it once
        title = widget.windowTitle() or widget.objectName()
        problems.append(f"a top-level {type(widget).__name__} left open ({title!r})")
        widget.close()
        widget.deleteLater()
    assert not problems, "The test left Qt objects behind:\n  " + "\n  ".join(problems)
