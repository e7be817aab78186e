"""Run under a real X server by test_focus.py (QT_QPA_PLATFORM=xcb, DISPLAY=Xvfb).

Not collected by the normal run (the file name does not start with test_): the main
test process uses the offscreen platform and a QApplication cannot switch platforms.
Real key presses come from xdotool, so they go wherever X has the keyboard focus.
"""

from __future__ import annotations

import subprocess

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClocks
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import SPEAKER_SCREEN, Settings
from runofshow.qt.speaker import SpeakerWindow
from tests.app.support import make_session
from tests.qt.speaker.scenarios import make_show


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=10)


def test_speaker_window_on_a_real_x_server(qtbot: QtBot, settings: Settings) -> None:
    assert QGuiApplication.platformName() == "xcb"
    console = QWidget()
    field = QLineEdit(console)
    QVBoxLayout(console).addWidget(field)
    qtbot.addWidget(console)
    console.setGeometry(100, 100, 400, 200)
    console.show()
    qtbot.waitExposed(console)
    console.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)

    session = make_session(FakeClocks(), show=make_show())
    speaker = SpeakerWindow(SessionSignals(session), settings)
    qtbot.addWidget(speaker)
    screen = speaker.show_on_screen(0)
    assert screen is not None
    assert settings.get(SPEAKER_SCREEN) == screen.name()  # remembered by name
    qtbot.waitExposed(speaker)
    qtbot.waitUntil(lambda: speaker.isFullScreen() and speaker.geometry() == screen.geometry())
    assert speaker.geometry().size().toTuple() == (1920, 1080)

    # The console kept the keyboard: real key presses still land in its field.
    xdotool("type", "--delay", "0", "go")
    qtbot.waitUntil(lambda: field.text() == "go")
    assert QApplication.activeWindow() is console
    assert not speaker.isActiveWindow()

    # Once the speaker window has the focus (a click, via the window manager), keys work.
    speaker.activateWindow()
    qtbot.waitUntil(speaker.isActiveWindow)
    xdotool("key", "Escape")
    qtbot.waitUntil(lambda: not speaker.isFullScreen())
    xdotool("key", "f")
    qtbot.waitUntil(speaker.isFullScreen)
    assert field.text() == "go"  # the console got none of those
