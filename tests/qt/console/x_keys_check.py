"""Run on a real X server with a window manager by test_keys_on_x.py (QT_QPA_PLATFORM=xcb).

Not collected by the normal run (the name does not start with test_). Key presses and
clicks come from xdotool, so they go where X has the keyboard focus, as a user's would.
"""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClocks
from runofshow.core.snapshot import Status
from runofshow.paths import bundled_show
from runofshow.qt.console.message_bar import TYPING_STYLE
from runofshow.qt.console.window import ConsoleWindow
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import Settings
from runofshow.qt.theme import apply_dark_theme
from tests.app.support import make_session


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=10)


def key(name: str) -> None:
    xdotool("key", "--clearmodifiers", name)


def click(widget: QWidget) -> None:
    centre = widget.mapToGlobal(widget.rect().center())
    xdotool("mousemove", "--sync", str(centre.x()), str(centre.y()))
    xdotool("click", "1")


def test_the_show_keys_work_whatever_has_focus(qtbot: QtBot, tmp_path: Path) -> None:
    assert QGuiApplication.platformName() == "xcb"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_dark_theme(app)
    session = make_session(FakeClocks(), bundled_show())  # 12:50, ten minutes before 13:00
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = ConsoleWindow(SessionSignals(session), settings, confirm=lambda *_: None)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()  # nothing else: no focus_home(), no activateWindow() from the test
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    field = window.message_bar.field
    assert QApplication.focusWidget() is not field

    def status() -> Status:
        return session.snapshot.status

    # The first press of GO, right after the window opened, goes on air.
    key("space")
    qtbot.waitUntil(lambda: status() is Status.RUNNING)
    assert field.text() == ""

    # After Tab (and Tab again) Space and the arrows still run the show.
    key("Tab")
    key("space")
    qtbot.waitUntil(lambda: status() is Status.PAUSED)
    key("Tab")
    key("space")
    qtbot.waitUntil(lambda: status() is Status.RUNNING)
    key("Right")
    qtbot.waitUntil(lambda: session.snapshot.index == 1)
    assert field.text() == ""

    # After clicking a toolbar button, and the Flash check box.
    notes = window.toolbar.widgetForAction(window.controls["notes"])
    assert notes is not None
    mode = window.notes.mode
    click(notes)
    qtbot.waitUntil(lambda: window.notes.mode != mode)  # the click worked
    key("space")
    qtbot.waitUntil(lambda: status() is Status.PAUSED)
    flash = window.message_bar.flash
    click(flash)
    qtbot.waitUntil(flash.isChecked)
    key("space")
    qtbot.waitUntil(lambda: status() is Status.RUNNING)
    assert flash.isChecked()  # Space did not toggle the check box
    key("Left")
    qtbot.waitUntil(lambda: session.snapshot.index == 0)

    # M enters the message field: keys type text there, and it looks different.
    key("m")
    qtbot.waitUntil(field.hasFocus)
    assert field.styleSheet() == TYPING_STYLE and window.message_bar.typing.isVisible()
    xdotool("type", "--delay", "30", "see you at 3")
    qtbot.waitUntil(lambda: field.text() == "see you at 3")
    assert status() is Status.RUNNING and session.snapshot.index == 0
    key("Escape")  # leaves (and clears) the field
    qtbot.waitUntil(lambda: not field.hasFocus())
    assert not window.message_bar.typing.isVisible() and field.text() == ""
    key("space")
    qtbot.waitUntil(lambda: status() is Status.PAUSED)

    # Enter sends and leaves the field too.
    key("m")
    qtbot.waitUntil(field.hasFocus)
    xdotool("type", "--delay", "30", "1 min")
    qtbot.waitUntil(lambda: field.text() == "1 min")
    key("Return")
    qtbot.waitUntil(lambda: session.snapshot.message is not None)
    assert session.snapshot.message is not None and session.snapshot.message.text == "1 min"
    assert not field.hasFocus()
    key("space")
    qtbot.waitUntil(lambda: status() is Status.RUNNING)
    key("Right")
    qtbot.waitUntil(lambda: session.snapshot.index == 1)
    window.close()
    session.close()


def answer_when_asked(answer: str, asked: list[str], checks: int = 500) -> None:
    """Press ``answer`` once the console's question is the active window.

    The dialog runs its own event loop inside the key's shortcut, so the answer comes from
    a timer in that loop: it checks for the dialog, up to ``checks`` times (about 10 s)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.isActiveWindow() and box.isVisible():
        asked.append(box.text())
        key(answer)
    elif checks > 0:
        QTimer.singleShot(20, lambda: answer_when_asked(answer, asked, checks - 1))


def test_the_questions_take_keys_and_give_them_back(qtbot: QtBot, tmp_path: Path) -> None:
    """The bundled show opened on another day: GO asks (a real dialog) whether to move the
    plan to now; Enter takes that default and the show starts. End asks too (default No).
    After each answer the show keys work again at once."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_dark_theme(app)
    clocks = FakeClocks(now=datetime(2026, 11, 29, 12, 0, tzinfo=UTC))
    session = make_session(clocks, bundled_show())
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = ConsoleWindow(SessionSignals(session), settings)  # the real dialogs
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    assert session.snapshot.far

    def status() -> Status:
        return session.snapshot.status

    asked: list[str] = []
    QTimer.singleShot(0, lambda: answer_when_asked("Return", asked))
    key("space")
    qtbot.waitUntil(lambda: status() is Status.RUNNING, timeout=10_000)
    assert len(asked) == 1 and "2022" in asked[0]  # the planned date, in the question
    assert not session.snapshot.far  # the plan moved to now: the default
    qtbot.waitUntil(window.isActiveWindow)
    key("space")  # the keys are the console's again
    qtbot.waitUntil(lambda: status() is Status.PAUSED)

    asked.clear()
    QTimer.singleShot(0, lambda: answer_when_asked("Return", asked))
    key("ctrl+e")  # End asks; Enter takes its default, No
    qtbot.waitUntil(lambda: len(asked) == 1 and QApplication.activeModalWidget() is None)
    assert status() is Status.PAUSED
    qtbot.waitUntil(window.isActiveWindow)
    key("space")
    qtbot.waitUntil(lambda: status() is Status.RUNNING)
    key("Right")
    qtbot.waitUntil(lambda: session.snapshot.index == 1)
    window.close()
    session.close()
