"""The WebSocket push channel: state on connect, on every change, limits and Origin checks."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from runofshow.web import security
from tests.web.conftest import WAIT_MS, Web, WsListener


def _listener(web: Web, headers: dict[str, str] | None = None) -> WsListener:
    return WsListener(f"http://127.0.0.1:{web.port}/ws", headers)


def test_state_on_connect_and_on_every_change(qtbot: QtBot, web: Web) -> None:
    ws = _listener(web)
    try:
        qtbot.waitUntil(lambda: len(ws.drain()) >= 1, timeout=WAIT_MS)
        first = ws.received[0]
        assert first["state"] == "standby"
        assert isinstance(first["server_time_ms"], int)
        web.api.post("/api/start")
        qtbot.waitUntil(lambda: ws.drain()[-1]["state"] == "running", timeout=WAIT_MS)
        web.api.post("/api/next")
        qtbot.waitUntil(lambda: ws.drain()[-1]["segment"]["id"] == "talk-dev-env", timeout=WAIT_MS)
        # a display tick (what the clock driver does each shown second) is pushed too
        web.clocks.advance(1000)
        web.session.tick()
        qtbot.waitUntil(lambda: ws.drain()[-1]["elapsed_ms"] == 1000, timeout=WAIT_MS)
    finally:
        ws.close()


def test_cross_origin_websocket_is_refused(qtbot: QtBot, web: Web) -> None:
    ws = _listener(web, headers={"Origin": "http://evil.example"})
    try:
        qtbot.waitUntil(ws.closed.is_set, timeout=WAIT_MS)
        assert ws.status == 403
    finally:
        ws.close()


def test_lan_websocket_needs_the_token(qtbot: QtBot, lan_web: Web) -> None:
    refused = _listener(lan_web)
    qtbot.waitUntil(refused.closed.is_set, timeout=WAIT_MS)
    assert refused.status == 401
    assert lan_web.server.tokens is not None
    token = lan_web.server.tokens.view  # reading needs no more than the view token
    ok = WsListener(f"http://127.0.0.1:{lan_web.port}/ws?token={token}")
    try:
        qtbot.waitUntil(lambda: len(ok.drain()) >= 1, timeout=WAIT_MS)
    finally:
        ok.close()


def test_client_limit(qtbot: QtBot, web: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "MAX_WS_CLIENTS", 2)
    clients = [_listener(web), _listener(web)]
    try:
        qtbot.waitUntil(lambda: all(c.drain() for c in clients), timeout=WAIT_MS)
        third = _listener(web)
        qtbot.waitUntil(third.closed.is_set, timeout=WAIT_MS)
        assert third.status == 503
    finally:
        for client in clients:
            client.close()


def test_plain_get_on_ws_is_400(web: Web) -> None:
    reply = web.api.get("/ws")
    assert reply.status == 400
    assert reply.error_code == "not_websocket"
