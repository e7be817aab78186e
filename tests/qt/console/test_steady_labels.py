"""A display tick changes the countdown's labels without laying out the window again.

Qt invalidates every layout from a QLabel up to the window on each setText, which costs a
second paint pass a tick (issue 18); the ticking labels sit in SteadyBoxes that stop that.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from runofshow.app.scheduler import ManualScheduler
from runofshow.qt.console.labels import SteadyBox
from runofshow.qt.console.window import ConsoleWindow
from tests.app.support import act


def settle() -> None:
    """Deliver what is posted, and what that posts in turn (a layout request climbs one
    parent per round)."""
    for _ in range(10):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.seen.append(type(watched).__name__)
        return False


def test_a_tick_lays_out_nothing_above_the_countdown_panel(
    window: ConsoleWindow, scheduler: ManualScheduler
) -> None:
    assert act(window.session, "start", plan="as_planned").ok
    scheduler.advance(2_000)  # what the first running ticks change once (badges, captions)
    settle()
    watch = LayoutRequests()
    panel = window.countdown
    central = window.centralWidget()
    assert central is not None
    for widget in (panel, *central.findChildren(QSplitter), window, central):
        widget.installEventFilter(watch)
    shown: list[str] = []
    for _ in range(5):
        scheduler.advance(1_000)
        settle()
        shown.append(panel.digits.text())
    assert len(set(shown)) == 5  # every tick showed a new second ...
    assert watch.seen == [], watch.seen  # ... and asked no layout above the labels to run again


def test_a_label_that_outgrows_its_box_still_gets_the_room(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    label = QLabel("9:59")
    box = SteadyBox(label)
    QVBoxLayout(host).addWidget(box)
    host.show()
    QApplication.sendPostedEvents()
    before = box.sizeHint()
    label.setText("8:59")  # same shape: the box keeps its size
    QApplication.sendPostedEvents()
    assert box.sizeHint() == before
    label.setText("59:59:59 and more")  # longer: the layout above hears of it
    QApplication.sendPostedEvents()
    assert box.sizeHint().width() > before.width()
    assert host.sizeHint().width() >= label.sizeHint().width()
    host.resize(host.sizeHint())
    QApplication.sendPostedEvents()
    assert label.geometry() == box.rect() and box.width() >= label.sizeHint().width()
