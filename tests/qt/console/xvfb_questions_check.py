"""Run under a real X server by test_questions_xvfb.py (QT_QPA_PLATFORM=xcb, DISPLAY=Xvfb).

Not collected by the normal run (the file name does not start with test_). Real key presses
and a real mouse drag come from xdotool: Q opens the quick-add field, Enter queues the line,
and dragging a question in the list reorders the queue in the service, as the API would.
"""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from runofshow.qt.console.window import ConsoleWindow


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=10)


def texts(window: ConsoleWindow) -> list[str]:
    return [q.text for q in window.questions.questions()]


def test_quick_add_and_drag_on_a_real_x_server(qtbot: QtBot, window: ConsoleWindow) -> None:
    assert QGuiApplication.platformName() == "xcb"
    panel = window.questions
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: panel.list.count() == 5)

    # Q from the keyboard: the quick-add field; typed text and Enter queue it.
    xdotool("key", "q")
    qtbot.waitUntil(panel.quick_add.hasFocus)
    xdotool("type", "--delay", "0", "chat: are you hiring?")
    qtbot.waitUntil(lambda: panel.quick_add.text() == "chat: are you hiring?")
    xdotool("key", "Return")
    qtbot.waitUntil(lambda: texts(window)[-1:] == ["chat: are you hiring?"])
    qtbot.waitUntil(lambda: panel.list.count() == 6 and not panel.quick_add.hasFocus())

    # A real drag: press on the last row, move up in steps, release on the top of the first.
    last = panel.list.item(5)
    panel.list.scrollToItem(last)
    qtbot.waitUntil(lambda: panel.list.visualItemRect(last).isValid())
    viewport = panel.list.viewport()
    start = viewport.mapToGlobal(panel.list.visualItemRect(last).center())
    panel.list.scrollToTop()
    top = panel.list.visualItemRect(panel.list.item(0))
    end = viewport.mapToGlobal(QPoint(top.center().x(), top.top() + 2))
    steps = [
        ("mousemove", str(start.x()), str(start.y() - dy))
        for dy in (0, 4, 12, 24)  # past the start-drag distance
    ]
    chain = ["mousemove", str(start.x()), str(start.y()), "sleep", "0.2", "mousedown", "1"]
    chain += ["sleep", "0.2"]
    for move in steps[1:]:
        chain += [*move, "sleep", "0.1"]
    for fraction in (0.25, 0.5, 0.75, 1.0):  # the drag runs its own loop: the app keeps going
        x = round(start.x() + (end.x() - start.x()) * fraction)
        y = round(start.y() + (end.y() - start.y()) * fraction)
        chain += ["mousemove", str(x), str(y), "sleep", "0.15"]
    chain += ["mouseup", "1"]
    process = subprocess.Popen(["xdotool", *chain])
    try:
        qtbot.waitUntil(lambda: texts(window)[0] == "chat: are you hiring?", timeout=15_000)
    finally:
        process.wait(timeout=20)
    assert process.returncode == 0
    assert panel.list.item(0).text().startswith("1. chat: are you hiring?")
    assert len(texts(window)) == 6  # moved, nothing copied or lost
