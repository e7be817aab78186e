"""Bad input gets the same refusal everywhere: an unknown segment id, a bad duration and an
action the show refuses now give the same code and the same words from the API, in the
console's status bar (in English and in Japanese), and on the command line (`--segment`).
/control shows the API's words (tests/e2e/test_control_page.py checks it in Chromium)."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from runofshow.app.outcome import Surface
from runofshow.app.wiring import RunOptions, StartupError, build_services, check_options
from runofshow.core.clock import FakeClocks
from runofshow.qt.console.window import ConsoleWindow
from runofshow.qt.i18n import Translations
from runofshow.qt.scheduler import QtScheduler
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import Settings
from runofshow.web.publisher import WebPublisher
from runofshow.web.server import WebServer
from tests.app.support import make_session
from tests.web.conftest import Api

SEGMENTS = "opening, talk-dev-env, talk-points-async, talk-fourkeys, panel, closing"


@dataclass
class Surfaces:
    window: ConsoleWindow
    api: Api

    def console_says(self, qtbot: QtBot, name: str, args: dict[str, Any]) -> str:
        """Run the command as the console does and read the status bar."""
        self.window.statusBar().clearMessage()
        outcome = self.window.commands.run(name, args, Surface.BUTTON)
        assert outcome is not None and not outcome.ok
        qtbot.waitUntil(lambda: bool(self.window.statusBar().currentMessage()), timeout=5000)
        return self.window.statusBar().currentMessage()


@pytest.fixture
def surfaces(
    qtbot: QtBot, clocks: FakeClocks, bundled_show_path: Path, settings: Settings
) -> Iterator[Surfaces]:
    publisher = WebPublisher()
    scheduler = QtScheduler(clocks)
    services = build_services(RunOptions(show=bundled_show_path), web=publisher)
    session = make_session(clocks, bundled_show_path, scheduler=scheduler, services=services)
    signals = SessionSignals(session)
    window = ConsoleWindow(signals, settings)
    qtbot.addWidget(window)
    window.show()
    server = WebServer(host="127.0.0.1", port=0, commands=session.commands)
    server.start()
    publisher.serve(server)
    with ThreadPoolExecutor(max_workers=2) as pool:
        yield Surfaces(window, Api(qtbot, server.port, pool))
    server.stop()
    window.close()
    signals.close()
    session.close()
    scheduler.close()


CASES = [
    # (what, command, args, API request, code, HTTP status, English words)
    (
        "unknown segment", "goto", {"segment": "nope"}, ("/api/goto/nope", None),
        "unknown_segment", 404, f"There is no segment 'nope'; the show has: {SEGMENTS}.",
    ),
    (
        "bad duration", "add_time", {"seconds": "ten"}, ("/api/time", {"seconds": "ten"}),
        "bad_input", 400, "'seconds' must be a number of seconds.",
    ),
    (
        "zero duration", "add_time", {"seconds": 0}, ("/api/time", {"seconds": 0}),
        "bad_input", 400, "'seconds' must be non-zero and at most a day.",
    ),
    (
        "refused now", "pause", {}, ("/api/pause", None),
        "not_running", 409, "The show is not running.",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("command", "args", "request_", "code", "status", "words"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_the_api_and_the_console_say_the_same(
    qtbot: QtBot,
    surfaces: Surfaces,
    command: str,
    args: dict[str, Any],
    request_: tuple[str, Any],
    code: str,
    status: int,
    words: str,
) -> None:
    reply = surfaces.api.post(*request_)
    assert reply.status == status
    error = reply.json()["error"]
    assert (error["code"], error["message"]) == (code, words)
    assert error["text"]["en"] == words
    assert surfaces.console_says(qtbot, command, args) == words

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    translations.switch("ja")
    try:
        japanese = surfaces.console_says(qtbot, command, args)
    finally:
        translations.switch("en")
    assert japanese == error["text"]["ja"] and japanese != words


def test_the_command_line_says_it_too(bundled_show_path: Path) -> None:
    options = RunOptions(show=bundled_show_path, rehearse=True, rehearse_segment="nope")
    with pytest.raises(StartupError) as caught:
        check_options(options)
    assert caught.value.status == 2
    assert caught.value.lines == (
        f"runofshow: There is no segment 'nope'; the show has: {SEGMENTS}.",
    )
