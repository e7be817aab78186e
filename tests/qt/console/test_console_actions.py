"""Confirmations, messages, blackout, rehearsal and the controls registry."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClocks
from runofshow.core.runs import RunStore
from runofshow.core.snapshot import Status
from runofshow.qt.console.shortcuts_sheet import shortcut_rows
from runofshow.qt.console.window import ConsoleWindow
from tests.app.support import act
from tests.qt.console.conftest import Answers

MIN = 60_000


def start_show(window: ConsoleWindow, clocks: FakeClocks) -> None:
    clocks.advance(10 * MIN)
    act(window.session, "start")
    clocks.advance(2 * MIN)
    window.session.tick()


def click_block(qtbot: QtBot, window: ConsoleWindow, index: int) -> None:
    canvas = window.timeline.canvas
    window.timeline.ensureVisible(canvas.block_rect(index).center().x(), 40)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.block_rect(index).center())
    assert canvas.selected == index


def test_goto_while_live_asks_and_no_changes_nothing(
    qtbot: QtBot, window: ConsoleWindow, clocks: FakeClocks, answers: Answers
) -> None:
    start_show(window, clocks)
    session = window.session
    before = session.snapshot
    state_before = session.engine.state()
    click_block(qtbot, window, 4)  # the panel
    qtbot.keyClick(window.timeline.canvas, Qt.Key.Key_Return)
    assert len(answers.asked) == 1
    assert "パネル" in answers.asked[0]
    after = session.snapshot
    assert after.segment.id == before.segment.id == "opening"
    assert after.elapsed_ms == before.elapsed_ms
    assert session.engine.state() is state_before  # states are replaced on any change
    assert not session.engine.can_redo
    assert session.engine.undo_label == "start"

    # Double click asks too; "Yes" goes there.
    answers.queue.append(True)
    canvas = window.timeline.canvas
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.block_rect(4).center())
    assert len(answers.asked) == 2
    assert session.snapshot.segment.id == "panel"
    assert "Ctrl+Z" in window.statusBar().currentMessage()


def test_goto_in_standby_needs_no_confirmation(
    qtbot: QtBot, window: ConsoleWindow, answers: Answers
) -> None:
    click_block(qtbot, window, 1)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert answers.asked == []
    snap = window.session.snapshot
    assert snap.status is Status.STANDBY
    assert snap.segment.id == "talk-dev-env"


def test_alt_arrows_select_blocks(qtbot: QtBot, window: ConsoleWindow) -> None:
    canvas = window.timeline.canvas
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert canvas.selected == 0  # starts at the current segment
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert canvas.selected_id() == "talk-points-async"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert canvas.selected_id() == "talk-dev-env"


def test_reset_asks_first(
    qtbot: QtBot, window: ConsoleWindow, clocks: FakeClocks, answers: Answers
) -> None:
    start_show(window, clocks)
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_R, mods)
    assert len(answers.asked) == 1
    assert window.session.snapshot.status is Status.RUNNING
    answers.queue.append(True)
    qtbot.keyClick(window, Qt.Key.Key_R, mods)
    assert window.session.snapshot.status is Status.STANDBY


def test_refused_action_is_a_status_message_not_a_dialog(
    qtbot: QtBot, window: ConsoleWindow, answers: Answers
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Right)  # next in standby
    assert window.session.snapshot.status is Status.STANDBY
    assert window.statusBar().currentMessage() == "Start the show first. Press Space."
    assert QApplication.activeModalWidget() is None
    assert answers.asked == []


def test_message_by_keyboard(qtbot: QtBot, window: ConsoleWindow, clocks: FakeClocks) -> None:
    start_show(window, clocks)
    field = window.message_bar.field
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert field.hasFocus()
    # Keys that are shortcuts elsewhere type text while the field has focus.
    qtbot.keyClicks(field, "Wrap up in 1 min [N]")
    assert field.text() == "Wrap up in 1 min [N]"
    assert window.notes.mode == "slide"
    assert window.session.snapshot.cue.index == 0
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    snap = window.session.snapshot
    assert snap.message is not None and snap.message.text == "Wrap up in 1 min [N]"
    assert field.text() == "" and not field.hasFocus()
    assert "Wrap up in 1 min" in window.message_bar.on_screen.full_text()

    # Esc clears the field without sending, and hands the keys back.
    qtbot.keyClick(window, Qt.Key.Key_M)
    qtbot.keyClicks(field, "draft")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and not field.hasFocus()
    assert window.session.snapshot.message.text == "Wrap up in 1 min [N]"

    # Flash, then clear what is on screen.
    window.message_bar.flash.setChecked(True)
    qtbot.keyClick(window, Qt.Key.Key_M)
    qtbot.keyClicks(field, "Mic!")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    snap = window.session.snapshot
    assert snap.message.text == "Mic!" and snap.message.flash
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_M, mods)
    assert window.session.snapshot.message is None


def test_plus_and_minus_from_any_keyboard(
    qtbot: QtBot, window: ConsoleWindow, clocks: FakeClocks
) -> None:
    start_show(window, clocks)
    shift, keypad = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.KeypadModifier
    qtbot.keyClick(window, Qt.Key.Key_Plus, shift)  # Shift+= on a US keyboard
    qtbot.keyClick(window, Qt.Key.Key_Plus, keypad)
    assert window.session.snapshot.added_ms == 2 * MIN
    qtbot.keyClick(window, Qt.Key.Key_Minus, keypad)
    assert window.session.snapshot.added_ms == MIN


def test_blackout_toggle(qtbot: QtBot, window: ConsoleWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.session.snapshot.blackout
    assert window.controls["blackout"].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert not window.session.snapshot.blackout
    assert not window.controls["blackout"].isChecked()


def test_rehearsal_never_abandons_a_live_show(
    qtbot: QtBot, window: ConsoleWindow, clocks: FakeClocks, answers: Answers
) -> None:
    start_show(window, clocks)
    answers.queue.append(True)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert answers.asked == []  # not even a question: a status-bar note
    assert "on air" in window.statusBar().currentMessage()
    assert not window.session.rehearsal
    assert not window.controls["rehearsal"].isChecked()
    assert window.session.snapshot.status is Status.RUNNING


def test_rehearsal_toggle(
    qtbot: QtBot, window: ConsoleWindow, clocks: FakeClocks, answers: Answers
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # in standby
    assert answers.asked == []
    assert window.session.rehearsal
    assert window.controls["rehearsal"].isChecked()
    assert window.countdown.rehearsal_badge.isVisibleTo(window)
    assert window.mode_label.isVisibleTo(window)
    assert window.mode_label.text() == "REHEARSAL"
    # The window follows the new engine: keys act on the rehearsal engine.
    clocks.advance(10 * MIN)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.session.snapshot.rehearsal
    assert window.session.snapshot.status is Status.RUNNING
    # Leaving a running rehearsal asks; "No" keeps it.
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert len(answers.asked) == 1
    assert window.session.rehearsal
    answers.queue.append(True)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert not window.session.rehearsal
    assert not window.mode_label.isVisibleTo(window)
    assert window.session.snapshot.status is Status.STANDBY


def test_speaker_and_history_signals(qtbot: QtBot, window: ConsoleWindow) -> None:
    with qtbot.waitSignal(window.speakerWindowRequested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_F11)
    with qtbot.waitSignal(window.speakerWindowRequested, timeout=1000):
        mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(window, Qt.Key.Key_S, mods)
    with qtbot.waitSignal(window.historyRequested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)


def test_every_shortcut_is_unique_and_in_its_tooltip(window: ConsoleWindow) -> None:
    seen: dict[str, str] = {}
    for spec in window.controls.specs.values():
        action = window.controls[spec.name]
        for number, sequence in enumerate(action.shortcuts()):
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in seen, f"{text} is bound to {seen.get(text)} and {spec.name}"
            seen[text] = spec.name
            native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            if number < 2:  # tooltips name the main keys; the sheet lists them all
                assert native in action.toolTip()
    assert len(seen) >= 35


def test_shortcuts_sheet_lists_every_action(qtbot: QtBot, window: ConsoleWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    sheet = window.shortcuts_sheet
    assert sheet is not None and sheet.isVisible()
    rows = shortcut_rows(window.controls)
    keyed = [spec for spec in window.controls.specs.values() if spec.keys]
    assert len(rows) == len(keyed)
    assert {s.name for s in window.controls.specs.values() if not s.keys} == {
        "start", "pause", "resume",  # GO does all three
        "question_add",  # Enter in the question queue's quick-add field
        "questions_panel",  # View > Question queue
    }  # fmt: skip
    texts = [
        sheet.table.item(r, 1).text()
        for r in range(sheet.table.rowCount())
        if sheet.table.item(r, 1) is not None
    ]
    assert "Space" in texts
    assert any("PgDown" in t for t in texts)
    sheet.close()


def test_zoom_keys_persist(qtbot: QtBot, window: ConsoleWindow) -> None:
    from runofshow.qt.settings import TIMELINE_ZOOM

    width = window.timeline.canvas.width()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.timeline.canvas.width() > width
    assert window.settings.get(TIMELINE_ZOOM) == window.timeline.zoom > 1.0
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.get(TIMELINE_ZOOM) < 1.0
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    canvas_width = window.timeline.canvas.width()
    assert abs(canvas_width - window.timeline.viewport().width()) <= 2
    assert QPoint(0, 0) == window.timeline.canvas.pos()


def test_shift_n_hides_and_shows_the_next_stream_notes(qtbot: QtBot, window: ConsoleWindow) -> None:
    preview = window.notes.preview
    assert preview.isVisibleTo(window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert not preview.isVisibleTo(window)
    assert window.notes.mode == "slide"  # Shift+N is not N
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert preview.isVisibleTo(window)


def test_rehearse_one_segment_by_keyboard_records_laps_per_cue_card(
    qtbot: QtBot, window: ConsoleWindow, clocks: FakeClocks
) -> None:
    for _ in range(3):  # the first press selects the current block, then one block a press
        qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(
        window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    session = window.session
    assert session.rehearsal and session.rehearsed_segment == "talk-points-async"
    engine = session.engine
    assert [s.id for s in engine.show.segments] == ["talk-points-async"]
    qtbot.keyClick(window, Qt.Key.Key_Space)  # GO
    for lap_ms in (170_000, 200_000):
        clocks.advance(lap_ms)
        qtbot.keyClick(window, Qt.Key.Key_BracketRight)  # next cue card
    clocks.advance(30_000)
    session.tick()
    snap = session.snapshot
    assert snap.rehearsal and snap.cue is not None and snap.cue.index == 2
    assert snap.elapsed_ms == 400_000
    run = RunStore.for_show(session.show_path).latest()
    assert run is not None and run.kind == "rehearsal" and run.scope == "talk-points-async"


def test_the_run_history_tells_keys_from_clicks(
    qtbot: QtBot, window: ConsoleWindow, clocks: FakeClocks, answers: Answers
) -> None:
    clocks.advance(10 * MIN)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # GO by key
    next_button = window.toolbar.widgetForAction(window.controls["next"])
    assert next_button is not None
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # next by the toolbar button
    window.menus["Time"].actions()[0].trigger()  # +1 min from the menu
    qtbot.keyClick(window, Qt.Key.Key_M)
    qtbot.keyClicks(window.message_bar.field, "Mic!")
    qtbot.keyClick(window.message_bar.field, Qt.Key.Key_Return)  # sent by Enter
    canvas = window.timeline.canvas
    window.timeline.ensureVisible(canvas.block_rect(4).center().x(), 40)
    answers.queue.append(True)  # "Yes, jump there"
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.block_rect(4).center())
    store = RunStore.for_show(window.session.show_path)
    run = store.latest()
    assert run is not None
    logged = [(e.action, e.surface) for e in store.events(run.id)]
    store.close()
    assert logged == [
        ("start", "keyboard"), ("next", "button"), ("add_time", "button"),
        ("message", "keyboard"), ("goto", "button"),
    ]  # fmt: skip
