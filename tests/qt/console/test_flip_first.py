"""A tick puts the console's countdown digits on screen first, and a segment change
reuses the cue-card rows (issue 18: second flips, and no long GUI-thread stall)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from runofshow.app.scheduler import ManualScheduler
from runofshow.app.session import ShowSession
from runofshow.qt.console.cue_cards import CueCardRow
from runofshow.qt.console.window import ConsoleWindow
from tests.app.support import act


class Paints(QObject):
    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.names = {id(w): w.objectName() or type(w).__name__ for w in widgets}
        self.seen: list[str] = []
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen.append(self.names[id(watched)])
        return False


def test_a_tick_paints_the_digits_before_the_event_loop_turns(
    window: ConsoleWindow, session: ShowSession, scheduler: ManualScheduler, qtbot: QtBot
) -> None:
    assert act(session, "start").ok
    QApplication.processEvents()
    countdown = window.countdown
    countdown.elapsed.setObjectName("elapsed")
    paints = Paints(countdown.digits, countdown.elapsed)
    before = countdown.digits.text()
    scheduler.advance(1_100)  # the next displayed second: one tick, delivered right here
    assert countdown.digits.text() != before
    assert paints.seen == ["countdownDigits"]  # already painted; the rest waits its turn
    QApplication.processEvents()
    assert paints.seen[0] == "countdownDigits" and "elapsed" in paints.seen[1:]


def test_a_segment_change_refills_the_cue_card_rows(
    window: ConsoleWindow, session: ShowSession, qtbot: QtBot
) -> None:
    assert act(session, "start").ok
    made = set(map(id, window.findChildren(CueCardRow)))
    visited = [len(session.snapshot.segment.cues)]
    for command in ("next", "next", "previous", "next", "next"):
        assert act(session, command).ok
        QApplication.processEvents()
        cues = session.snapshot.segment.cues
        rows = window.cues.rows
        assert [row.title.full_text() for row in rows] == [cue.title for cue in cues]
        assert all(row.isVisible() for row in rows)
        made |= set(map(id, window.findChildren(CueCardRow)))
        visited.append(len(cues))
    most = max(visited)
    assert len(made) == most  # one row per card place, ever: refilled, not made anew
    hidden = [row for row in window.findChildren(CueCardRow) if not row.isVisible()]
    assert len(hidden) == most - len(window.cues.rows)
