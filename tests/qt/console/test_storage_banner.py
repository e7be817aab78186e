"""The console under storage faults: a red banner that names the problem and the folder for
as long as it lasts, notices for files set aside, and text the app refuses kept in the
field with the reason in the status bar. Screenshots in English and Japanese."""

from __future__ import annotations

import errno
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from runofshow.app.outcome import Surface
from runofshow.app.scheduler import ManualScheduler
from runofshow.app.session import ShowSession
from runofshow.app.storage_service import StorageService
from runofshow.app.wiring import RunOptions, build_services
from runofshow.core.clock import FakeClocks
from runofshow.core.journal import Journal
from runofshow.paths import show_data_path
from runofshow.qt import theme
from runofshow.qt.console.window import ConsoleWindow
from runofshow.qt.i18n import Translations
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import Settings
from runofshow.questions.store import queue_path
from tests.app.faults import FaultyDisk
from tests.app.support import act, make_session
from tests.qt.console.conftest import Answers, clipped_labels


@pytest.fixture
def disk() -> FaultyDisk:
    return FaultyDisk()


@pytest.fixture
def faulty_session(
    clocks: FakeClocks, scheduler: ManualScheduler, bundled_show_path: Path, disk: FaultyDisk
) -> Iterator[ShowSession]:
    storage = StorageService(threaded=False, fsync=disk.fsync, store_opener=disk.open_store)
    services = build_services(RunOptions(show=bundled_show_path), storage=storage)
    session = make_session(clocks, bundled_show_path, scheduler=scheduler, services=services)
    yield session
    session.close()


def _console(qtbot: QtBot, session: ShowSession, settings: Settings) -> ConsoleWindow:
    window = ConsoleWindow(SessionSignals(session), settings, confirm=Answers())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    yield translations
    translations.switch("en")


def _settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_red_banner_names_the_problem_and_the_folder_until_it_clears(
    qtbot: QtBot,
    faulty_session: ShowSession,
    settings: Settings,
    disk: FaultyDisk,
    translations: Translations,
    screenshot_dir: Path,
    lang: str,
) -> None:
    translations.switch(lang)
    window = _console(qtbot, faulty_session, settings)
    assert not window.storage_banner.isVisible()
    act(faulty_session, "start")
    disk.set(errno.ENOSPC)
    outcome = act(faulty_session, "next")
    assert outcome.ok and faulty_session.snapshot.segment.id == "talk-dev-env"
    _settle()
    banner = window.storage_banner
    assert banner.isVisible()
    folder = str(show_data_path(faulty_session.show_path))
    text = banner.detail.text()
    assert "No space left on device" in text and folder in banner.folder.full_text()
    whole = banner.folder.full_text()  # shown whole, or elided with the whole as a tooltip
    assert whole in (banner.folder.text(), banner.folder.toolTip())
    if lang == "ja":
        assert banner.title.text().startswith("12:50:00 から保存の問題")
        assert "クラッシュ復帰用のジャーナルを書き込めません" in text
    else:
        assert banner.title.text().startswith("Storage problem since 12:50:00")
        assert "The crash journal cannot be written: No space left on device." in text
    assert theme.STORAGE_PROBLEM.name() in banner.styleSheet()  # red
    image = window.grab()
    assert image.save(str(screenshot_dir / f"console-storage-problem-{lang}.png"))
    assert clipped_labels(window) == []
    act(faulty_session, "next")  # still failing: still shown, the clock still moves
    assert banner.isVisible() and faulty_session.snapshot.segment.id == "talk-points-async"
    disk.heal()
    storage = next(s for s in faulty_session.services if isinstance(s, StorageService))
    storage.writer.retry()
    _settle()
    assert not banner.isVisible()
    message = window.statusBar().currentMessage()
    assert message == ("保存できるようになりました。すべて書き込みました。" if lang == "ja"
                       else "Storage works again: everything is written.")  # fmt: skip


def test_a_locked_history_says_how_many_events_wait(
    qtbot: QtBot,
    faulty_session: ShowSession,
    settings: Settings,
    disk: FaultyDisk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from runofshow.app import writer

    monkeypatch.setattr(writer, "BUSY_GRACE_MS", 0)
    window = _console(qtbot, faulty_session, settings)
    act(faulty_session, "start")
    disk.lock_store()
    act(faulty_session, "next")
    act(faulty_session, "next")
    _settle()
    assert window.storage_banner.isVisible()
    assert "locked by another program; 2 event(s) are waiting" in (
        window.storage_banner.detail.text()
    )


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_damaged_journal_is_told_with_where_the_copy_is(
    qtbot: QtBot,
    clocks: FakeClocks,
    scheduler: ManualScheduler,
    bundled_show_path: Path,
    settings: Settings,
    translations: Translations,
    screenshot_dir: Path,
    lang: str,
) -> None:
    translations.switch(lang)
    journal = Journal.for_show(bundled_show_path)
    journal.path.parent.mkdir(parents=True, exist_ok=True)
    journal.path.write_text(
        json.dumps({"format": "runofshow-journal", "version": 2, "saved_mono": 1e30}),
        encoding="utf-8",
    )
    session = make_session(clocks, bundled_show_path, scheduler=scheduler)
    try:
        window = _console(qtbot, session, settings)
        _settle()
        assert session.snapshot.status == "standby"
        notice = window.banner.label.text()
        copy = session.document.parts["storage"]["notices"][0]["copy"]
        assert copy and Path(copy).exists() and copy in notice
        assert "saved_mono" in notice
        if lang == "ja":
            assert "ジャーナルが壊れていたため" in notice
        else:
            assert notice.startswith("The crash journal was damaged (saved_mono: ")
        assert not window.storage_banner.isVisible()  # nothing is failing now
        image = window.grab()
        assert image.save(str(screenshot_dir / f"console-journal-damaged-{lang}.png"))
    finally:
        session.close()


def test_a_control_character_in_a_message_is_refused_and_kept(
    qtbot: QtBot, window: ConsoleWindow, translations: Translations
) -> None:
    # The command table's words, the API's message (README, Text): which character it is.
    field = window.message_bar.field
    field.setFocus()
    field.insert("ベル \x07 が鳴る")  # pasted from a chat: a control character inside
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.session.snapshot.message is None  # refused: nothing changed
    assert field.text() == "ベル \x07 が鳴る"  # kept, to fix and send again
    assert window.statusBar().currentMessage() == (
        "'text' contains the control character U+0007; only line breaks and tabs are allowed."
    )
    translations.switch("ja")  # a whole sentence in Japanese too, not English inside
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "ベル \x07 が鳴る"
    assert window.statusBar().currentMessage() == (
        "'text' に制御文字 U+0007 が含まれています。使える制御文字は改行とタブだけです。"
    )


def test_a_lone_surrogate_never_reaches_the_show_from_the_console(
    window: ConsoleWindow,
) -> None:
    window.message_bar.field.setText("half \ud83d emoji")
    assert window.message_bar.field.text() == "half  emoji"  # Qt drops it on the way in
    outcome = window.commands.run("message", {"text": "half \ud83d"}, Surface.KEYBOARD)
    assert outcome is not None and (outcome.code, outcome.http_status) == ("bad_text", 400)
    assert window.session.snapshot.message is None
    assert "half of a character (U+D83D" in window.statusBar().currentMessage()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_question_queue_that_cannot_be_written_is_on_the_banner_and_the_panel(
    qtbot: QtBot,
    faulty_session: ShowSession,
    settings: Settings,
    translations: Translations,
    screenshot_dir: Path,
    lang: str,
) -> None:
    translations.switch(lang)
    window = _console(qtbot, faulty_session, settings)
    window.questions_dock.show()
    path = queue_path(faulty_session.show_path, False, None)
    path.unlink()
    path.mkdir()  # only the queue file cannot be replaced: a real OSError
    assert act(faulty_session, "question_next").ok  # applied: the show goes on
    _settle()
    banner = window.storage_banner
    assert banner.isVisible()
    if lang == "ja":
        assert "質問キューを書き込めません: Is a directory。" in banner.detail.text()
    else:
        assert "The question queue cannot be written: Is a directory." in banner.detail.text()
    assert "クラッシュ" not in banner.detail.text() and "journal" not in banner.detail.text()
    assert window.questions.notice.isVisible()  # and in the panel, in the UI's language
    assert window.questions.notice.text().startswith(
        "キューを書き込めません: Is a directory。" if lang == "ja"
        else "The queue cannot be written: Is a directory."
    )  # fmt: skip
    image = window.grab()
    assert image.save(str(screenshot_dir / f"console-queue-not-written-{lang}.png"))
    path.rmdir()
    storage = next(s for s in faulty_session.services if isinstance(s, StorageService))
    storage.writer.retry()
    _settle()
    assert not banner.isVisible() and not window.questions.notice.isVisible()
    assert json.loads(path.read_text("utf-8"))["queue"]["questions"]
