"""Opening shows: errors listed by FILE:LINE:COL, recent files, drag and drop, hot-reload
notes; and the plain banner after resuming from a crash."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClocks
from runofshow.core.journal import ResumeInfo
from runofshow.qt.console.files import show_paths_from_mime
from runofshow.qt.console.window import ConsoleWindow
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import RECENT_FILES, Settings
from tests.app.support import act, make_session
from tests.shows import NEGATIVE_DURATION, write

MIN = 60_000


def test_load_errors_are_listed_and_the_show_stays(
    qtbot: QtBot, window: ConsoleWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.yaml"
    write(bad, NEGATIVE_DURATION)
    title_before = window.session.engine.show.title
    assert not window.open_path(bad)
    dialog = window.error_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.lines, "no error lines"
    for line in dialog.lines:
        file, line_no, col, _message = line.split(":", 3)
        assert file.endswith("broken.yaml")
        assert int(line_no) >= 1 and int(col) >= 1
    assert dialog.text.toPlainText() == "\n".join(dialog.lines)
    assert window.session.engine.show.title == title_before
    assert str(bad) not in window.settings.get(RECENT_FILES)
    dialog.close()


def test_open_adds_to_recent_files_and_the_menu(
    qtbot: QtBot, window: ConsoleWindow, tmp_path: Path, bundled_show_path: Path
) -> None:
    copy = tmp_path / "copy.yaml"
    shutil.copyfile(bundled_show_path, copy)
    assert window.open_path(copy)
    assert window.session.show_path == copy.resolve()
    assert window.settings.get(RECENT_FILES)[0] == str(copy.resolve())
    menu = QMenu()
    window.recent.fill_menu(menu)
    texts = [a.text() for a in menu.actions()]
    assert any("copy.yaml" in t for t in texts)
    assert "Opened copy.yaml" in window.statusBar().currentMessage()


def test_drop_a_show_file(
    qtbot: QtBot, window: ConsoleWindow, tmp_path: Path, bundled_show_path: Path
) -> None:
    copy = tmp_path / "dropped.yml"
    shutil.copyfile(bundled_show_path, copy)
    text = tmp_path / "notes.txt"
    text.write_text("x", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(text)), QUrl.fromLocalFile(str(copy))])
    assert show_paths_from_mime(mime) == [copy]
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert window.session.show_path == copy.resolve()

    only_text = QMimeData()
    only_text.setUrls([QUrl.fromLocalFile(str(text))])
    refused = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        only_text,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    refused.ignore()
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()


def test_opening_another_show_while_live_asks(
    qtbot: QtBot, window: ConsoleWindow, clocks: FakeClocks, tmp_path: Path,
    bundled_show_path: Path,
) -> None:  # fmt: skip
    clocks.advance(10 * MIN)
    act(window.session, "start")
    copy = tmp_path / "other.yaml"
    shutil.copyfile(bundled_show_path, copy)
    assert not window.open_path(copy)  # the stand-in answers "No"
    assert window.session.show_path == bundled_show_path.resolve()


def test_reload_notes_go_to_the_status_bar(window: ConsoleWindow) -> None:
    window.signals.showReloaded.emit(["Segment 'x' was removed."])
    message = window.statusBar().currentMessage()
    assert message.startswith("Show file reloaded.")
    assert "Segment 'x' was removed." in message


def test_resume_notice_says_when_and_how_long(window: ConsoleWindow) -> None:
    info = ResumeInfo(
        state=window.session.engine.state(),
        downtime_ms=133_000,
        was_running=True,
        saved_at=datetime(2022, 9, 12, 4, 22, 5, tzinfo=UTC),
    )
    window.show_resume_notice(info)
    assert window.banner.isVisibleTo(window)
    assert window.banner.label.text() == (
        "Resumed after a crash at 13:22:05 — 2:13 of downtime counted as elapsed"
    )


def test_a_real_crash_resume_shows_the_banner(
    qtbot: QtBot, clocks: FakeClocks, settings: Settings, bundled_show_path: Path
) -> None:
    crashed = make_session(clocks, bundled_show_path)  # never closed: that is the crash
    clocks.advance(10 * MIN)
    act(crashed, "start")
    clocks.advance(2 * MIN)
    crashed.tick()
    clocks.advance(30_000)  # the app is down for a while
    session = make_session(clocks, bundled_show_path)
    signals = SessionSignals(session)
    window = ConsoleWindow(signals, settings, confirm=lambda *_: False)
    qtbot.addWidget(window)
    assert session.resumed is not None
    assert window.banner.isVisibleTo(window)
    assert window.banner.label.text().startswith("Resumed after a crash at 13:")
    assert window.session.snapshot.status.value == "running"
    signals.close()
    session.close()
    crashed.close()


def test_window_layout_is_saved_on_close(
    qtbot: QtBot, window: ConsoleWindow, settings: Settings, signals: SessionSignals
) -> None:
    from runofshow.qt.settings import CONSOLE_GEOMETRY, CONSOLE_STATE

    window.resize(1500, 900)
    window.top.setSizes([300, 800, 400])  # unlike the default, the middle is widest
    geometry = window.saveGeometry()
    window.close()
    assert settings.get(CONSOLE_GEOMETRY) == geometry
    assert not settings.get(CONSOLE_STATE).isEmpty()
    again = ConsoleWindow(signals, settings, confirm=lambda *_: False)
    qtbot.addWidget(again)
    # (The offscreen test screen is small, so the restored size is clamped to it.)
    sizes = again.top.sizes()
    assert sizes[1] > sizes[0]  # the saved proportions came back (default: first widest)
