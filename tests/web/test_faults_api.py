"""The API under faults: text that cannot be stored or shown and JSON nested too deep are
refused with 400 on every endpoint, and change nothing; a storage fault answers 200 with
"durable": false and the reason, and /api/state carries the storage part."""

from __future__ import annotations

import errno
import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from runofshow.app import wiring
from runofshow.app.storage_service import StorageService
from runofshow.core.clock import FakeClocks
from runofshow.core.runs import RunStore
from runofshow.web.server import MAX_JSON_DEPTH, command_routes
from tests.app.faults import FaultyDisk
from tests.app.support import flush_storage
from tests.web.conftest import WAIT_MS, Web, WsListener, make_web

DEEP = ('{"a":' + "[" * 5000 + "]" * 5000 + "}").encode()


def test_every_post_endpoint_refuses_json_nested_5000_deep(web: Web) -> None:
    revision = web.session.revision
    routes = sorted(command_routes(web.session.commands))
    assert len(routes) >= 20
    for route in routes:
        path = route.replace("{segment}", "opening").replace("{id}", "current")
        for body in (DEEP, b"[" * 5000 + b"]" * 5000):
            reply = web.api.post(path, body)
            assert (reply.status, reply.error_code) == (400, "bad_json"), path
            assert str(MAX_JSON_DEPTH) in reply.json()["error"]["message"]
    assert web.session.revision == revision  # nothing changed
    assert web.api.get("/api/state").status == 200


def test_nesting_within_the_limit_is_read_as_json(web: Web) -> None:
    body = '{"seconds": 60, "extra": ' + "[" * 10 + "]" * 10 + "}"
    assert web.api.post("/api/time", body).status == 200  # unknown keys are ignored


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [
        ("/api/message", '{"text": "broken \\ud83d emoji"}', 400),
        ("/api/message", '{"text": "\\ude00"}', 400),
        ("/api/message", '{"text": "bell \\u0007"}', 400),
        ("/api/message", '{"text": "escape \\u001b[2J"}', 400),
        ("/api/message?text=bell%07", "", 400),
        ("/api/goto/op%07ening", "", 400),
        ("/api/goto/open%ED%A0%BDing", "", 404),  # not UTF-8: the path stays as sent
    ],
)
def test_text_that_cannot_be_stored_or_shown_is_400(
    web: Web, path: str, body: str, status: int
) -> None:
    web.api.post("/api/start")
    revision = web.session.revision
    reply = web.api.post(path, body or None)
    assert reply.status == status, path
    message = reply.json()["error"]["message"]
    if status == 400:
        assert reply.error_code == "bad_text"
        assert "half of a character" in message or "control character" in message
    else:
        assert reply.error_code == "unknown_segment"
    assert web.session.revision == revision
    state = web.api.get("/api/state")
    assert state.status == 200 and state.json()["message"] is None


def test_a_lone_surrogate_in_expect_is_400(web: Web) -> None:
    reply = web.api.post("/api/next", '{"expect": {"segment": "\\ud83d"}}')
    assert (reply.status, reply.error_code) == (400, "bad_input")


def test_a_message_longer_than_500_is_400_and_500_is_fine(web: Web) -> None:
    assert web.api.post("/api/message", {"text": "x" * 501}).status == 400
    assert web.api.post("/api/message", {"text": "あ" * 500}).status == 200


def test_after_a_refused_surrogate_pages_keep_receiving(qtbot: QtBot, web: Web) -> None:
    ws = WsListener(f"http://127.0.0.1:{web.port}/ws")
    try:
        qtbot.waitUntil(lambda: len(ws.drain()) >= 1, timeout=WAIT_MS)
        assert web.api.post("/api/message", '{"text": "\\ud83d"}').status == 400
        assert web.api.post("/api/message", {"text": "手を振って 👋"}).status == 200
        qtbot.waitUntil(
            lambda: (ws.drain()[-1]["message"] or {}).get("text") == "手を振って 👋",
            timeout=WAIT_MS,
        )
    finally:
        ws.close()


# ---------------------------------------------------------------- storage faults over HTTP


@pytest.fixture
def disk() -> FaultyDisk:
    return FaultyDisk()


@pytest.fixture
def faulty_web(
    qtbot: QtBot,
    pool: ThreadPoolExecutor,
    bundled_show_path: Path,
    clocks: FakeClocks,
    disk: FaultyDisk,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Web]:
    storage = StorageService(fsync=disk.fsync, store_opener=disk.open_store)
    monkeypatch.setattr(wiring, "StorageService", lambda: storage)
    instance = make_web(qtbot, pool, bundled_show_path, clocks)
    yield instance
    instance.close()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_storage_fault_answers_200_not_durable_and_the_state_says_why(
    faulty_web: Web, disk: FaultyDisk, code: int
) -> None:
    web = faulty_web
    assert web.api.post("/api/start").json()["durable"] is True
    disk.set(code)
    replies = [web.api.post("/api/next"), web.api.post("/api/next")]
    for reply in replies:
        body = reply.json()
        assert reply.status == 200 and body["ok"] is True and body["durable"] is False
        assert "cannot be written" in body["problem"]
    assert web.session.snapshot.segment.id == "talk-points-async"  # two moves, no more
    web.api.qtbot.waitUntil(
        lambda: web.api.get("/api/state").json()["storage"]["ok"] is False, timeout=WAIT_MS
    )
    storage = web.api.get("/api/state").json()["storage"]
    assert storage["path"] and storage["since"] and storage["journal"]
    assert storage["problem"].startswith("The journal ")
    assert web.api.get("/api/state").json()["journal"]["ok"] is False
    disk.heal()
    reply = web.api.post("/api/message", {"text": "戻りました"})
    assert reply.json()["durable"] is True
    flush_storage(web.session)
    web.api.qtbot.waitUntil(
        lambda: web.api.get("/api/state").json()["storage"]["ok"] is True, timeout=WAIT_MS
    )
    store = RunStore.for_show(web.session.show_path)
    run = store.latest()
    assert run is not None
    assert [e.action for e in store.events(run.id)] == ["start", "next", "next", "message"]
    store.close()


def test_a_locked_store_never_delays_an_answer(faulty_web: Web, disk: FaultyDisk) -> None:
    web = faulty_web
    web.api.post("/api/start")
    disk.lock_store()
    for _ in range(3):
        body = web.api.post("/api/next").json()
        assert body["durable"] is True  # the journal carries what the store cannot take
    flush_storage(web.session)
    pending = web.session.document.parts["storage"]["history_pending"]
    assert pending == 3
    disk.heal()
    web.api.post("/api/previous")
    flush_storage(web.session)
    store = RunStore.for_show(web.session.show_path)
    run = store.latest()
    assert run is not None and run.event_count == 5
    store.close()
    assert json.dumps(web.session.document.parts["storage"])  # JSON-able, as served
