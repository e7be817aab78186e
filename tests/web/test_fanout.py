"""Fan-out (issue 18): a state document is serialised once, however many clients read it,
and every WebSocket client is sent the very same bytes; the reply to the command that
made the change carries that same text."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from runofshow.app.state import StateDocument
from runofshow.web import server as server_module
from runofshow.web.frames import SharedFrames
from tests.web.conftest import WAIT_MS, Web, WsListener


class Spy:
    """Counts serialisations per document and keeps what the server sent."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, web: Web) -> None:
        self.serialised: list[StateDocument] = []  # one entry per to_json() call
        self.published: list[object] = []
        self.frames: list[SharedFrames] = []  # one entry per state sent to a client
        to_json, publish = StateDocument.to_json, web.server.publish
        send_state = server_module.send_state

        def counting_to_json(document: StateDocument) -> dict[str, Any]:
            self.serialised.append(document)
            return to_json(document)

        def counting_publish(state: Any) -> None:
            self.published.append(state)
            publish(state)

        async def keeping_send_state(ws: Any, frames: SharedFrames) -> None:
            self.frames.append(frames)
            await send_state(ws, frames)

        monkeypatch.setattr(StateDocument, "to_json", counting_to_json)
        monkeypatch.setattr(web.server, "publish", counting_publish)
        monkeypatch.setattr(server_module, "send_state", keeping_send_state)

    def clear(self) -> None:
        self.serialised.clear()
        self.published.clear()
        self.frames.clear()


def newest(ws: WsListener) -> dict[str, Any]:
    received = ws.drain()
    return received[-1] if received else {}


def connect(qtbot: QtBot, web: Web, count: int, *, compress: int = 15) -> list[WsListener]:
    url = f"http://127.0.0.1:{web.port}/ws"
    listeners = [WsListener(url, compress=compress) for _ in range(count)]
    qtbot.waitUntil(lambda: all(ws.drain() for ws in listeners), timeout=WAIT_MS)
    return listeners


@pytest.mark.parametrize("clients", [1, 25])
def test_each_change_is_serialised_once_however_many_clients(
    qtbot: QtBot, web: Web, monkeypatch: pytest.MonkeyPatch, clients: int
) -> None:
    spy = Spy(monkeypatch, web)
    web.publisher.serve(web.server)  # through the spy from now on
    listeners = connect(qtbot, web, clients)
    try:
        for action, body in (("start", None), ("next", None), ("time", {"seconds": 60})):
            spy.clear()
            reply = web.api.post(f"/api/{action}", body)
            assert reply.status == 200
            state = reply.json()["state"]

            def arrived(state: dict[str, Any] = state) -> bool:
                return all(newest(ws)["revision"] == state["revision"] for ws in listeners)

            # every client is at the reply's revision (with the reply's state, or the
            # document right after it: a service's part such as the storage's may change
            # at once, and a client is only sent the newest)
            qtbot.waitUntil(arrived, timeout=WAIT_MS)
            assert web.api.get("/api/state").json()["revision"] == state["revision"]
            # each document serialised at most once, and no more documents than were
            # handed to the server: nothing depends on how many clients there are
            assert len(spy.serialised) == len({id(d) for d in spy.serialised})
            assert 1 <= len(spy.serialised) <= len(spy.published)
            # the same bytes object for every client that was sent a state
            assert len(spy.frames) >= clients
            same: dict[bytes, SharedFrames] = {}
            assert all(same.setdefault(f.published.data, f) is f for f in spy.frames)
            assert all(f.published.data is same[f.published.data].published.data
                       for f in spy.frames)  # fmt: skip
            # ... compressed once for all the clients that asked for compression
            assert all(frames.compressions <= 1 for frames in spy.frames)
    finally:
        for ws in listeners:
            ws.close()


def test_a_document_is_the_same_object_until_something_in_it_changes(web: Web) -> None:
    session = web.session
    first = session.document
    assert session.document is first  # nothing changed
    session.set_part("web", {"probe": 1})
    second = session.document
    assert second is not first and second.parts["web"] == {"probe": 1}
    assert session.document is second
    web.clocks.advance(1000)
    session.tick()
    assert session.document is not second  # a new snapshot
    assert first.text == first.text and first.data == first.text.encode()


def test_clients_with_and_without_compression_read_the_same_states(
    qtbot: QtBot, web: Web, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compressed once and sent to all: a client keeping its inflate window across
    messages (aiohttp's, as browsers do) reads every state, as does one without."""
    spy = Spy(monkeypatch, web)
    web.publisher.serve(web.server)
    listeners = connect(qtbot, web, 3) + connect(qtbot, web, 1, compress=0)
    try:
        states = []
        for action in ("start", "next", "previous", "next", "pause"):
            reply = web.api.post(f"/api/{action}")
            assert reply.status == 200
            states.append(reply.json()["state"])
            state = states[-1]

            def arrived(state: dict[str, Any] = state) -> bool:
                return all(newest(ws)["revision"] == state["revision"] for ws in listeners)

            qtbot.waitUntil(arrived, timeout=WAIT_MS)

            def whole() -> bool:  # the newest document, whole, as the server has it
                now = web.api.get("/api/state").json()
                return all(newest(ws) == now for ws in listeners)

            qtbot.waitUntil(whole, timeout=WAIT_MS)
        assert any(frames.compressions == 1 for frames in spy.frames)
        assert all(frames.compressions <= 1 for frames in spy.frames)
        for ws in listeners:  # every state each client received decoded to a real state
            assert all(received.get("api") == 1 for received in ws.drain())
    finally:
        for ws in listeners:
            ws.close()
