"""Remembering the console's layout: window geometry, toolbar state and splitter sizes.

CONSOLE_STATE packs the main window's state and each splitter's state in one versioned blob.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QDataStream, QIODevice
from PySide6.QtWidgets import QMainWindow, QSplitter

from runofshow.qt.settings import CONSOLE_GEOMETRY, CONSOLE_STATE, Settings

STATE_VERSION = 1
DEFAULT_SIZE = (1600, 940)


def restore_layout(window: QMainWindow, splitters: list[QSplitter], settings: Settings) -> None:
    if not window.restoreGeometry(settings.get(CONSOLE_GEOMETRY)):
        window.resize(*DEFAULT_SIZE)
    stream = QDataStream(settings.get(CONSOLE_STATE))
    if stream.atEnd() or stream.readInt32() != STATE_VERSION:
        return
    states = [QByteArray() for _ in range(len(splitters) + 1)]
    for state in states:
        stream >> state
    window.restoreState(states[0], STATE_VERSION)
    for splitter, state in zip(splitters, states[1:], strict=True):
        splitter.restoreState(state)


def save_layout(window: QMainWindow, splitters: list[QSplitter], settings: Settings) -> None:
    state = QByteArray()
    stream = QDataStream(state, QIODevice.OpenModeFlag.WriteOnly)
    stream.writeInt32(STATE_VERSION)
    stream << window.saveState(STATE_VERSION)
    for splitter in splitters:
        stream << splitter.saveState()
    settings.set(CONSOLE_GEOMETRY, window.saveGeometry())
    settings.set(CONSOLE_STATE, state)
