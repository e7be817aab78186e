"""The bridge follows the session (new controller on open / rehearsal toggle) for the GUI."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClocks
from runofshow.qt.session import ShowSession
from runofshow.web.bridge import WebBridge, start_web_server
from runofshow.web.server import WebServer
from tests.web.conftest import Api


def test_bridge_follows_the_session(
    qtbot: QtBot, pool: ThreadPoolExecutor, bundled_show_path: Path, clocks: FakeClocks
) -> None:
    session = ShowSession(clocks)
    assert session.open(bundled_show_path)
    bridge = start_web_server(session, port=0, lan=False)
    assert bridge is not None
    try:
        api = Api(qtbot, bridge.server.port, pool)
        assert api.get("/api/state").json()["rehearsal"] is False
        session.set_rehearsal(True)
        qtbot.waitUntil(lambda: api.get("/api/state").json()["rehearsal"] is True, timeout=5000)
        reply = api.post("/api/start")
        assert reply.status == 200
        assert session.controller.snapshot.status == "running"
        assert session.controller.snapshot.rehearsal is True
    finally:
        bridge.stop()
        session.close()


def test_no_show_answers_503(qtbot: QtBot, pool: ThreadPoolExecutor) -> None:
    server = WebServer(port=0)
    server.start()
    bridge = WebBridge(server)
    try:
        api = Api(qtbot, server.port, pool)
        assert api.get("/api/state").status == 503
        reply = api.post("/api/start")
        assert reply.status == 409
        assert reply.error_code == "no_show"
    finally:
        bridge.stop()


def test_port_in_use_returns_none(
    qtbot: QtBot, bundled_show_path: Path, clocks: FakeClocks
) -> None:
    blocker = WebServer(port=0)
    port = blocker.start()
    session = ShowSession(clocks)
    assert session.open(bundled_show_path)
    try:
        assert start_web_server(session, port=port, lan=False) is None
    finally:
        blocker.stop()
        session.close()
