"""Run by test_two_screens.py on Xorg with the dummy driver: two real monitors, DUMMY0 (the
console's, primary) and DUMMY1 (the speaker's). Not collected by the normal run.

The unplug and replug are real: xrandr turns DUMMY1 off and on, and Qt sees the screen
go and come back.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from runofshow.app.wiring import RunOptions
from runofshow.core.clock import FakeClocks
from runofshow.paths import bundled_show
from runofshow.qt.app import DesktopApp
from runofshow.qt.i18n import Translations
from runofshow.qt.settings import Settings
from runofshow.qt.speaker.window import SpeakerWindow
from runofshow.qt.theme import apply_dark_theme
from tests.app.support import make_session

MODE = os.environ["RUNOFSHOW_TEST_MODE"]


class NoBrowserViews:
    def urls(self) -> dict[str, str] | None:
        return None

    def token(self) -> str | None:
        return None

    def problem(self) -> str:
        return ""


def xrandr(*args: str) -> None:
    subprocess.run(["xrandr", *args], check=True, timeout=20)


def names() -> list[str]:
    return [screen.name() for screen in QGuiApplication.screens()]


def test_the_speaker_display_hides_when_its_screen_goes_and_returns_with_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    assert QGuiApplication.platformName() == "xcb"
    assert names() == ["DUMMY0", "DUMMY1"]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_dark_theme(app)
    options = RunOptions(show=bundled_show(), speaker_screen=1, serve=False)
    session = make_session(FakeClocks(), bundled_show())
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    desktop = DesktopApp(options, session, settings, Translations(app), NoBrowserViews())
    console = desktop.console
    qtbot.addWidget(console)
    console.setGeometry(100, 100, 1400, 800)
    console.show()
    qtbot.waitExposed(console)
    assert console.screen().name() == "DUMMY0"

    desktop.toggle_speaker_window()
    speaker = desktop._speaker
    assert isinstance(speaker, SpeakerWindow)
    qtbot.addWidget(speaker)
    right = QRect(1920, 0, 1920, 1080)
    qtbot.waitUntil(lambda: speaker.isFullScreen() and speaker.geometry() == right, timeout=10_000)
    assert speaker.current_screen_name() == "DUMMY1"
    console_area = console.geometry()

    xrandr("--output", "DUMMY1", "--off")  # unplugged
    qtbot.waitUntil(lambda: names() == ["DUMMY0"], timeout=10_000)
    qtbot.waitUntil(lambda: console.banner.isVisible(), timeout=10_000)
    assert not speaker.isVisible()  # hidden: it never covers the console on DUMMY0
    assert "DUMMY1" in console.banner.label.text()
    assert speaker.follower.gone == "DUMMY1"

    xrandr("--output", "DUMMY1", "--mode", MODE, "--right-of", "DUMMY0")  # plugged back
    qtbot.waitUntil(lambda: names() == ["DUMMY0", "DUMMY1"], timeout=10_000)
    qtbot.waitUntil(
        lambda: speaker.isVisible() and speaker.isFullScreen() and speaker.geometry() == right,
        timeout=10_000,
    )
    assert speaker.current_screen_name() == "DUMMY1"
    assert not console.banner.isVisible()
    assert "DUMMY1" in console.statusBar().currentMessage()
    assert console.geometry() == console_area  # the console never moved
    speaker.close()
    console.close()
    desktop.shutdown()
    session.close()
