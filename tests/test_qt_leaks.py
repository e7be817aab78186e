"""The leak watch itself (tests/qt_leaks.py): it fails a test that leaves a running timer,
a pending single shot or an open window behind, and passes one that cleans up."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]
REPO = Path(__file__).resolve().parent.parent

LEAKY = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

pytest_plugins = ["tests.qt_leaks"]
KEEP = []

def test_timer_left_running(qtbot):
    timer = QTimer()
    timer.start(60_000)
    KEEP.append(timer)

def test_single_shot_left_pending(qtbot):
    QTimer.singleShot(60_000, lambda: None)

def test_window_left_open(qtbot):
    window = QWidget()
    window.setWindowTitle("forgotten")
    window.show()
    KEEP.append(window)

def test_clean(qtbot):
    timer = QTimer()
    timer.start(10)
    timer.stop()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
"""


def test_the_watch_fails_leaky_tests_and_passes_clean_ones(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makepyfile(test_leaky=LEAKY)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=4, errors=3)
    result.stdout.fnmatch_lines(
        [
            "*a QTimer still running, started at *test_leaky.py:9 (test_timer_left_running)*",
            "*a QTimer still running, started at *test_leaky.py:13 (test_single_shot_left_*",
            "*a top-level QWidget left open ('forgotten')*",
        ]
    )
