"""Drive the console through the whole bundled show by keyboard only, with fake clocks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClocks
from runofshow.core.snapshot import Phase, Status
from runofshow.qt.console.notes import SLIDE, STREAM
from runofshow.qt.console.window import ConsoleWindow
from runofshow.qt.settings import NOTES_MODE, Settings
from tests.qt.console.conftest import Answers

MIN = 60_000


def key(
    qtbot: QtBot, window: ConsoleWindow, k: Qt.Key, mod: Qt.KeyboardModifier | None = None
) -> None:
    target = window.focusWidget() or window
    if mod is None:
        qtbot.keyClick(target, k)
    else:
        qtbot.keyClick(target, k, mod)


def tick(window: ConsoleWindow, clocks: FakeClocks, ms: int) -> None:
    clocks.advance(ms)
    window.session.tick()


def snap(window: ConsoleWindow):  # type: ignore[no-untyped-def]
    return window.session.snapshot


def test_whole_show_by_keyboard(
    qtbot: QtBot,
    window: ConsoleWindow,
    clocks: FakeClocks,
    settings: Settings,
    answers: Answers,
) -> None:
    # Standby: ten minutes before on-air (fake wall clock starts at 12:50 JST).
    assert snap(window).status is Status.STANDBY
    assert window.countdown.caption.full_text() == "On air in 10:00"
    assert window.countdown.phase_text() == "STANDBY"

    tick(window, clocks, 10 * MIN)
    key(qtbot, window, Qt.Key.Key_Space)  # GO
    assert snap(window).status is Status.RUNNING
    assert snap(window).segment.id == "opening"
    assert window.countdown.phase_text() == "TIME LEFT"
    assert window.countdown.digits.text() == "5:00"
    assert window.controls["toggle"].text() == "GO: Pause"

    # Cue cards: ] and Page Down forward, [ back.
    key(qtbot, window, Qt.Key.Key_BracketRight)
    assert snap(window).cue is not None and snap(window).cue.index == 1
    assert window.cues.current_index() == 1
    key(qtbot, window, Qt.Key.Key_BracketLeft)
    assert snap(window).cue.index == 0
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert window.cues.current_index() == 1

    # Notes: N switches to the operator-only stream notes and back; the choice is kept.
    opening = snap(window).segment
    key(qtbot, window, Qt.Key.Key_N)
    assert window.notes.mode == STREAM
    assert "STREAM NOTES" in window.notes.mode_label.full_text()
    assert window.notes.shown_text() == opening.notes.stream
    assert settings.get(NOTES_MODE) == STREAM
    key(qtbot, window, Qt.Key.Key_N)
    assert window.notes.mode == SLIDE
    assert window.notes.shown_text() == opening.notes.slide
    # The next segment's stream notes are previewed all the time.
    assert window.notes.preview_view.toPlainText() == snap(window).next_segment.notes.stream

    # Warning: the opening warns at 2:00 left.
    tick(window, clocks, 3 * MIN + 1_000)
    assert snap(window).phase is Phase.WARNING
    assert window.countdown.phase_text() == "WRAP UP"
    assert window.countdown.digits.text() == "1:59"

    key(qtbot, window, Qt.Key.Key_Right)  # next segment
    assert snap(window).segment.id == "talk-dev-env"

    # Overtime: 15 minutes and 72 seconds later the label says by how much.
    tick(window, clocks, 15 * MIN + 72_000)
    assert snap(window).phase is Phase.OVERTIME
    assert window.countdown.phase_text() == "OVER +1:12"
    assert window.countdown.digits.text() == "+1:12"

    # + adds a minute: still 12 s over; = does the same, - takes one away again.
    key(qtbot, window, Qt.Key.Key_Plus)
    assert window.countdown.phase_text() == "OVER +0:12"
    key(qtbot, window, Qt.Key.Key_Equal)
    assert snap(window).remaining_ms == 48_000
    assert window.countdown.added.full_text() == "+2:00 added"
    key(qtbot, window, Qt.Key.Key_Minus)
    assert snap(window).remaining_ms == -12_000

    key(qtbot, window, Qt.Key.Key_Right)
    assert snap(window).segment.id == "talk-points-async"
    tick(window, clocks, 7_000)

    # An accidental next, noticed 3 s later and undone: the talk continues with 10 s gone.
    key(qtbot, window, Qt.Key.Key_Right)
    assert snap(window).segment.id == "talk-fourkeys"
    assert window.controls["undo"].text() == "Undo next segment"
    tick(window, clocks, 3_000)
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snap(window).segment.id == "talk-points-async"
    assert snap(window).remaining_ms == 15 * MIN - 10_000
    assert window.countdown.digits.text() == "14:50"

    tick(window, clocks, 15 * MIN)
    key(qtbot, window, Qt.Key.Key_Right)
    assert snap(window).segment.id == "talk-fourkeys"
    tick(window, clocks, 14 * MIN)
    key(qtbot, window, Qt.Key.Key_Right)

    # The panel: 45 minutes, its own cue cards.
    assert snap(window).segment.id == "panel"
    assert "パネル" in window.now_next.now_title.text()
    assert window.cues.current_index() == 0
    assert len(window.cues.rows) == len(snap(window).segment.cues)
    tick(window, clocks, 20 * MIN)
    key(qtbot, window, Qt.Key.Key_PageDown)
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert window.cues.current_index() == 2
    assert window.countdown.digits.text() == "25:00"

    # Space pauses and resumes.
    key(qtbot, window, Qt.Key.Key_Space)
    assert snap(window).status is Status.PAUSED
    assert window.countdown.phase_text().startswith("PAUSED")
    key(qtbot, window, Qt.Key.Key_Space)
    assert snap(window).status is Status.RUNNING

    tick(window, clocks, 25 * MIN)
    key(qtbot, window, Qt.Key.Key_Right)
    assert snap(window).segment.id == "closing"

    # Next on the last segment is refused with a status-bar note, never a dialog.
    key(qtbot, window, Qt.Key.Key_Right)
    assert snap(window).segment.id == "closing"
    assert "End show" in window.statusBar().currentMessage()

    # End show asks first; "No" keeps the show running, "Yes" ends it.
    tick(window, clocks, 5 * MIN)
    key(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(answers.asked) == 1
    assert snap(window).status is Status.RUNNING
    answers.queue.append(True)
    key(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert snap(window).status is Status.ENDED
    assert window.countdown.phase_text() == "SHOW ENDED"
