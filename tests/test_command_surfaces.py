"""A new command is one table entry: a service adds a dummy command, and it shows up on every
surface - a console action with its key, an HTTP route, GET /api/commands, a button on
/control (in real Chromium) that reaches the service, and the README check, which asks for
its row."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from runofshow.app.commands import Arg, ArgKind, Command, CommandTarget, api_table_markdown
from runofshow.app.service import Service, ServiceContext
from runofshow.app.wiring import RunOptions, build_services
from runofshow.core.clock import FakeClocks
from runofshow.core.engine import ActionResult
from runofshow.qt.console.shortcuts_sheet import shortcut_rows
from runofshow.qt.console.window import ConsoleWindow
from runofshow.qt.scheduler import QtScheduler
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import Settings
from runofshow.web.publisher import WebPublisher
from runofshow.web.server import WebServer
from tests.app.support import make_session
from tests.app.test_commands import README, readme_api_table
from tests.web.conftest import Api


class Clapper(Service):
    """A service with commands of its own: one plain, one an on/off switch of its state part."""

    name = "clapper"

    def __init__(self) -> None:
        self.claps = 0
        self.lights = False

    def start(self, context: ServiceContext) -> None:
        super().start(context)
        context.publish({"lights": self.lights})

    def commands(self) -> Sequence[Command]:
        return (
            Command(
                "clap", "Clap", "Clap!", "/api/clap", self._clap,
                keys=("Ctrl+Shift+K",), group="Show", doc="Applause on the speaker screen",
            ),
            Command(
                "lights", "Applause lights", "Lights", "/api/lights", self._lights,
                args=(Arg("on", ArgKind.BOOL, required=False),), undoable=False, group="Show",
                toggles="clapper.lights", doc="Applause lights on/off (a service's switch)",
            ),
        )  # fmt: skip

    def _clap(self, _target: CommandTarget, _args: Mapping[str, Any]) -> ActionResult:
        self.claps += 1
        return ActionResult(True, "clap", None, "Clapped.")

    def _lights(self, _target: CommandTarget, args: Mapping[str, Any]) -> ActionResult:
        self.lights = not self.lights if args["on"] is None else bool(args["on"])
        self.context.publish({"lights": self.lights})
        return ActionResult(True, "lights", None, "Lights switched.")


def test_a_dummy_command_is_on_every_surface(
    qtbot: QtBot, clocks: FakeClocks, bundled_show_path: Path, settings: Settings, browser: Browser
) -> None:
    clapper, publisher = Clapper(), WebPublisher()
    services = [*build_services(RunOptions(show=bundled_show_path), web=publisher), clapper]
    scheduler = QtScheduler(clocks)
    session = make_session(clocks, bundled_show_path, scheduler=scheduler, services=services)
    assert "clap" in session.commands

    # The console: an action with its key, in the menu of its group and on the help sheet.
    signals = SessionSignals(session)
    window = ConsoleWindow(signals, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.focus_home()
    action = window.controls["clap"]
    assert action.text() == "Clap" and action.iconText() == "Clap!"
    assert action.shortcuts() == [QKeySequence("Ctrl+Shift+K")]
    assert action in window.menus["Show"].actions()
    assert ("SHOW", "Clap") in {
        (g.upper(), text) for g, text, _keys in shortcut_rows(window.controls)
    }
    action.trigger()
    qtbot.keyClick(
        window,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert clapper.claps == 2

    # The web: its route under /api and /api/v1, and the table /control builds from.
    server = WebServer(host="127.0.0.1", port=0, commands=session.commands)
    server.start()
    publisher.serve(server)
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            api = Api(qtbot, server.port, pool)
            reply = api.post("/api/clap")
            assert reply.status == 200 and reply.json()["action"] == "clap"
            assert api.post("/api/v1/clap").status == 200
            listed = {c["name"]: c for c in api.get("/api/commands").json()}
            assert listed["clap"]["route"] == "/api/clap"
            assert listed["clap"]["label"] == {"en": "Clap", "ja": "Clap"}  # untranslated
        assert clapper.claps == 4

        # /control: a button in its group, built from that table, and it reaches the service.
        context = browser.new_context(viewport={"width": 390, "height": 844})
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{server.port}/control?lang=en")
        page.wait_for_function("() => document.body.dataset.ready === 'yes'")
        clap = page.wait_for_selector("button[data-command='clap']")
        assert clap is not None and clap.text_content() == "Clap!"
        group = clap.evaluate("b => b.closest('section').querySelector('h2').textContent")
        assert group == "Show"
        page.wait_for_function("() => !document.querySelector(\"[data-command='clap']\").disabled")
        clap.click()
        qtbot.waitUntil(lambda: clapper.claps == 5, timeout=5000)  # the session thread runs it
        page.wait_for_function(
            "() => document.getElementById('feedback').textContent === 'Done: Clap'"
        )

        # A switch in a service's part ("toggles": "clapper.lights") shows its state, and
        # follows it when it changes elsewhere.
        pressed = "() => document.querySelector(\"[data-command='lights']\").ariaPressed"
        assert page.evaluate(pressed) == "false"
        page.click("button[data-command='lights']")
        qtbot.waitUntil(lambda: clapper.lights, timeout=5000)
        page.wait_for_function(f"() => ({pressed})() === 'true'")
        assert page.text_content("button[data-command='lights']") == "Lights: On"
        with ThreadPoolExecutor(max_workers=2) as pool:
            assert Api(qtbot, server.port, pool).post("/api/lights", {"on": False}).status == 200
        page.wait_for_function(f"() => ({pressed})() === 'false'")
        context.close()
    finally:
        server.stop()

    # The README: the check wants a row for it.
    documented = readme_api_table(README.read_text(encoding="utf-8"))
    wanted = api_table_markdown(session.commands)
    assert wanted != documented
    assert "| `POST /api/clap` | | Applause on the speaker screen |" in wanted.splitlines()
    assert "/api/clap" not in documented and "/api/lights" not in documented

    signals.close()
    session.close()
    scheduler.close()
