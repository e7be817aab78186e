"""Fan-out (issue 18): a state document is serialised once, however many clients read it,
and every WebSocket client is sent the very same bytes; the reply to the command that
made the change carries that same text."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp import web as aiohttp_web
from pytestqt.qtbot import QtBot

from runofshow.app.state import StateDocument
from tests.web.conftest import WAIT_MS, Web, WsListener


class Spy:
    """Counts serialisations per document and keeps what the server sent."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, web: Web) -> None:
        self.serialised: list[StateDocument] = []  # one entry per to_json() call
        self.published: list[object] = []
        self.frames: list[bytes] = []
        to_json, publish = StateDocument.to_json, web.server.publish
        send_frame = aiohttp_web.WebSocketResponse.send_frame

        def counting_to_json(document: StateDocument) -> dict[str, Any]:
            self.serialised.append(document)
            return to_json(document)

        def counting_publish(state: Any) -> None:
            self.published.append(state)
            publish(state)

        async def keeping_send_frame(ws: Any, message: bytes, *args: Any, **kw: Any) -> None:
            self.frames.append(message)
            await send_frame(ws, message, *args, **kw)

        monkeypatch.setattr(StateDocument, "to_json", counting_to_json)
        monkeypatch.setattr(web.server, "publish", counting_publish)
        monkeypatch.setattr(aiohttp_web.WebSocketResponse, "send_frame", keeping_send_frame)

    def clear(self) -> None:
        self.serialised.clear()
        self.published.clear()
        self.frames.clear()


def connect(qtbot: QtBot, web: Web, count: int) -> list[WsListener]:
    listeners = [WsListener(f"http://127.0.0.1:{web.port}/ws") for _ in range(count)]
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
                return all(ws.drain()[-1] == state for ws in listeners)

            qtbot.waitUntil(arrived, timeout=WAIT_MS)  # every client has the reply's state
            assert web.api.get("/api/state").json() == state
            # each document serialised at most once, and no more documents than were
            # handed to the server: nothing depends on how many clients there are
            assert len(spy.serialised) == len({id(d) for d in spy.serialised})
            assert 1 <= len(spy.serialised) <= len(spy.published)
            # the same bytes object for every client that was sent this state
            last = json.dumps(state, ensure_ascii=False, separators=(",", ":")).encode()
            sent = [frame for frame in spy.frames if frame == last]
            assert len(sent) >= clients
            assert all(frame is sent[0] for frame in sent)
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
