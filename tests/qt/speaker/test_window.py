"""The speaker window follows the session in the same event-loop turn and repaints
only when what it shows changes; the message banner blinks within WCAG 2.3.1 limits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from runofshow.app.session import ShowSession
from runofshow.core.clock import FakeClocks
from runofshow.core.snapshot import Status
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import SPEAKER_HIDE_SECONDS, SPEAKER_SCREEN, Settings
from runofshow.qt.speaker import SpeakerWindow
from runofshow.qt.speaker.content import Tone, calm_countdown
from runofshow.qt.speaker.window import BLINK_INTERVAL_MS
from tests.app.support import act, make_session
from tests.qt.speaker.scenarios import LONG_TITLE, MINUTE, make_show


def session_for(clocks: FakeClocks, *, rehearsal: bool = False) -> ShowSession:
    return make_session(clocks, show=make_show(), rehearsal=rehearsal)


def speaker(qtbot: QtBot, session: ShowSession, settings: Settings) -> SpeakerWindow:
    window = SpeakerWindow(SessionSignals(session), settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    return window


def test_commands_reach_the_speaker(qtbot: QtBot, clocks: FakeClocks, settings: Settings) -> None:
    session = session_for(clocks)
    window = speaker(qtbot, session, settings)
    assert window.content.phase_label == "ON AIR IN"
    assert window.rendered_texts()[0] == "10:00"  # 12:50 now, on air at 13:00

    act(session, "start")
    assert window.rendered_texts()[0] == "5:00"
    assert window.content.title == "オープニング"

    act(session, "next")  # same turn: no event processing between action and assertion
    assert window.content.title == LONG_TITLE
    assert window.rendered_texts()[0] == "15:00"

    clocks.advance(MINUTE)
    session.tick()
    assert window.rendered_texts()[0] == "14:00"
    act(session, "add_time", seconds=120)
    assert window.rendered_texts()[0] == "16:00"

    act(session, "next_cue")
    assert window.content.cue_title == "デモ：非同期イベント伝搬"
    assert "Card 2/3" in window.rendered_texts()

    act(session, "message", text="あと5分です")
    assert "あと5分です" in window.rendered_texts()
    assert window.current_layout().banner is not None

    act(session, "blackout", on=True)
    assert window.rendered_texts() == ["● standby"]
    act(session, "blackout", on=False)
    assert window.rendered_texts()[0] == "16:00"

    act(session, "goto", segment="panel", confirm=True)
    act(session, "end", confirm=True)
    assert window.content.tone is Tone.ENDED
    assert "Thank you!" in window.rendered_texts()


def test_phases_change_colour_label_and_count_up_in_overtime(
    qtbot: QtBot, clocks: FakeClocks, settings: Settings
) -> None:
    session = session_for(clocks)
    window = speaker(qtbot, session, settings)
    act(session, "start")  # the 5-minute opening; warning at 2:00, danger at 1:00
    seen = []
    for advance in (MINUTE, 2 * MINUTE + 30_000, MINUTE, 30_000 + 72_000):
        clocks.advance(advance)
        session.tick()
        seen.append((window.content.tone, window.content.phase_label, window.content.countdown))
    assert seen == [
        (Tone.NORMAL, "TIME LEFT", "4:00"),
        (Tone.WARNING, "WRAP UP", "1:30"),
        (Tone.DANGER, "FINISH UP", "0:30"),
        (Tone.OVERTIME, "OVER TIME", "+1:12"),
    ]
    progress = window.current_layout().progress
    assert progress is not None and window.current_layout().progress_px == progress.width()


def test_follows_the_sessions_current_engine(
    qtbot: QtBot, clocks: FakeClocks, settings: Settings
) -> None:
    session = session_for(clocks)
    window = speaker(qtbot, session, settings)
    assert not window.content.rehearsal
    first = session.engine
    assert session.set_rehearsal(True)
    assert window.content.rehearsal
    assert "REHEARSAL" in window.rendered_texts()
    first.start()  # the old engine no longer reaches the window
    session.tick()
    assert window.content.tone is Tone.STANDBY
    act(session, "start")
    assert window.content.tone is Tone.NORMAL


def test_real_session_before_and_after_a_show_is_opened(
    qtbot: QtBot, clocks: FakeClocks, settings: Settings, bundled_show_path: Path
) -> None:
    session = make_session(clocks)
    window = speaker(qtbot, session, settings)
    assert window.content.tone is Tone.EMPTY
    assert "No show loaded" in window.rendered_texts()
    assert session.open(bundled_show_path)
    assert window.content.tone is Tone.STANDBY
    assert window.content.title == session.snapshot.segment.title
    session.close()


def test_repaints_only_when_the_shown_content_changes(
    qtbot: QtBot, clocks: FakeClocks, settings: Settings
) -> None:
    session = session_for(clocks)
    window = speaker(qtbot, session, settings)
    window.show()
    qtbot.waitExposed(window)
    act(session, "start")
    requests = window.update_requests
    session.tick()
    session.tick()
    assert window.update_requests == requests  # nothing changed, no repaint asked
    clocks.advance(1000)
    session.tick()
    assert window.update_requests == requests + 1
    qtbot.waitUntil(lambda: window.paint_count > 0)


def test_hide_seconds_is_calm_and_remembered(
    qtbot: QtBot, clocks: FakeClocks, settings: Settings
) -> None:
    session = session_for(clocks)
    window = speaker(qtbot, session, settings)
    act(session, "start")
    act(session, "next")
    clocks.advance(30_000)
    session.tick()
    window.set_hide_seconds(True)
    assert settings.get(SPEAKER_HIDE_SECONDS) is True
    assert window.rendered_texts()[0] == "15 min"  # 14:30 left rounds up
    clocks.advance(14 * MINUTE + 15_000)
    session.tick()
    assert window.rendered_texts()[0] == "0:15"  # the last minute shows seconds
    assert SpeakerWindow(SessionSignals(session), settings).hide_seconds  # a new one remembers


def test_calm_countdown_rounding() -> None:
    cases = {
        900_000: "15 min",
        840_001: "15 min",
        840_000: "14 min",
        60_001: "2 min",
        60_000: "1:00",
        59_000: "0:59",
        0: "0:00",
        -30_000: "+0:30",
        -59_999: "+0:59",
        -60_000: "+1 min",
        -119_000: "+1 min",
        -120_000: "+2 min",
    }
    assert {ms: calm_countdown(ms) for ms in cases} == cases


def test_flash_blinks_at_most_three_times_a_second_and_stops(
    qtbot: QtBot, clocks: FakeClocks, settings: Settings
) -> None:
    session = session_for(clocks)
    window = speaker(qtbot, session, settings)
    act(session, "start")
    act(session, "message", text="質問をリピートしてください", flash=True)
    timer = window.blink_timer
    assert timer.isActive()
    assert timer.interval() >= 167 and BLINK_INTERVAL_MS >= 167  # <= 3 flashes per second
    states = [window.blink_on]
    for _ in range(4):
        timer.timeout.emit()  # what the timer would do; no waiting
        states.append(window.blink_on)
    assert states == [True, False, True, False, True]

    clocks.advance(3_000)  # the engine ends the flash window after 3 s
    session.tick()
    assert not session.snapshot.message_flashing
    assert not timer.isActive()
    assert window.blink_on  # steady banner
    assert "質問をリピートしてください" in window.rendered_texts()


def test_blink_stops_on_its_own_after_three_seconds_of_toggles(
    qtbot: QtBot, clocks: FakeClocks, settings: Settings
) -> None:
    session = session_for(clocks)
    window = speaker(qtbot, session, settings)
    act(session, "message", text="Mic check", flash=True)
    for _ in range(3_000 // BLINK_INTERVAL_MS):
        window.blink_timer.timeout.emit()
    assert not window.blink_timer.isActive()
    assert window.blink_on
    session.tick()  # still inside the engine's flash window: no restart
    assert not window.blink_timer.isActive()
    act(session, "message", text="Second message", flash=True)  # a new flash starts again
    assert window.blink_timer.isActive()


def test_esc_leaves_and_f_toggles_full_screen(
    qtbot: QtBot, clocks: FakeClocks, settings: Settings
) -> None:
    window = speaker(qtbot, session_for(clocks), settings)
    assert window.show_on_screen(0) is QGuiApplication.screens()[0]
    qtbot.waitUntil(window.isFullScreen)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    QTest.keyClick(window, Qt.Key.Key_F)
    qtbot.waitUntil(window.isFullScreen)
    window.toggle_fullscreen()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    QTest.keyClick(window, Qt.Key.Key_S)  # S toggles "hide seconds"
    assert window.hide_seconds and settings.get(SPEAKER_HIDE_SECONDS)
    QTest.keyClick(window, Qt.Key.Key_S)
    assert not window.hide_seconds
    QTest.mouseDClick(window, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.isFullScreen)


def test_show_on_screen_without_choice_uses_the_remembered_one(
    qtbot: QtBot, clocks: FakeClocks, settings: Settings
) -> None:
    settings.set(SPEAKER_SCREEN, "no-such-screen")
    window = speaker(qtbot, session_for(clocks), settings)
    chosen = window.show_on_screen(None)  # not plugged in: falls back, keeps the memory
    assert chosen is QGuiApplication.primaryScreen()
    assert settings.get(SPEAKER_SCREEN) == "no-such-screen"
    assert window.show_on_screen(7) is QGuiApplication.primaryScreen()  # out of range


def test_engine_status_standby_countdown_label(
    qtbot: QtBot, clocks: FakeClocks, settings: Settings
) -> None:
    session = session_for(clocks)
    window = speaker(qtbot, session, settings)
    clocks.advance(10 * MINUTE + 5_000)  # the planned on-air time has passed
    session.tick()
    assert session.snapshot.status is Status.STANDBY
    assert window.content.phase_label == "STARTING SOON"
    assert window.rendered_texts()[0] == "0:00"
