"""The question queue over HTTP: routes from the command table under /api and /api/v1, the
GET query, the same refusal codes and statuses as every command, the on-air question in
/api/state, the token, and the pages that show it."""

from __future__ import annotations

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from runofshow.app.storage_service import StorageService
from runofshow.core.clock import FakeClocks
from runofshow.questions.store import queue_path
from tests.app.faults import FaultyDisk
from tests.web.conftest import WAIT_MS, Web, make_web


def listed(web: Web, query: str = "") -> list[dict[str, object]]:
    reply = web.api.get("/api/questions" + query)
    assert reply.status == 200
    return list(reply.json()["questions"])


def test_the_queue_over_http(web: Web) -> None:
    queue = web.api.get("/api/questions").json()
    assert queue["segment"] == "panel" and len(queue["questions"]) == 5
    assert web.api.get("/api/v1/questions?segment=panel").json() == queue
    assert web.api.get("/api/questions?segment=closing").json()["questions"] == []
    added = web.api.post(
        "/api/questions",
        {"segment": "panel", "text": "チャット：EC2のコストは？", "source": "chat", "asker": "@a"},
    )
    assert added.status == 200 and added.json()["action"] == "question_add"
    chat = listed(web)[-1]
    assert (chat["id"], chat["source"], chat["asker"]) == ("c-1", "chat", "@a")
    assert web.api.post("/api/questions/c-1/move", {"to": 0}).status == 200
    assert web.api.post("/api/v1/questions/c-1/move?to=1").status == 200  # ?to= works too
    assert [q["id"] for q in listed(web)][1] == "c-1"
    web.api.post("/api/start")
    web.api.post("/api/goto/panel", {"confirm": True})  # on air: a jump asks first
    reply = web.api.post("/api/questions/c-1/on-air")
    assert reply.status == 200
    state = reply.json()["state"]
    assert state["questions"]["on_air"]["text"] == "チャット：EC2のコストは？"
    assert web.api.get("/api/state").json()["questions"]["on_air"]["id"] == "c-1"
    assert web.api.post("/api/questions/c-1/asker", {"on": True}).status == 200
    assert web.api.get("/api/state").json()["questions"]["on_air"]["show_asker"] is True
    assert web.api.post("/api/questions/current/answered").status == 200
    assert web.api.get("/api/state").json()["questions"]["on_air"] is None
    next_up = web.api.post("/api/questions/next").json()["state"]["questions"]["on_air"]
    first = listed(web)[0]
    assert next_up["id"] == first["id"]
    assert web.api.post(f"/api/questions/{first['id']}/skipped").status == 200
    assert web.api.post(f"/api/questions/{first['id']}/queued").status == 200
    assert web.api.post("/api/questions/undo").status == 200
    assert listed(web)[0]["status"] == "skipped"
    assert web.api.post("/api/questions/redo").status == 200
    assert listed(web)[0]["status"] == "queued"
    documented = {c["name"]: c for c in web.api.get("/api/commands").json()}
    assert documented["question_on_air"]["route"] == "/api/questions/{id}/on-air"
    assert documented["question_on_air"]["args"][0]["in_path"] is True


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "code"),
    [
        ("POST", "/api/questions", {"text": "x" * 501}, 400, "bad_input"),
        ("POST", "/api/questions", {"text": "質問\ud83d"}, 400, "bad_text"),  # unencodable
        ("POST", "/api/questions", {"text": "q", "asker": "\udc80"}, 400, "bad_text"),
        ("POST", "/api/questions", {}, 400, "bad_input"),
        ("POST", "/api/questions", {"text": "q", "source": "twitter"}, 400, "bad_input"),
        ("POST", "/api/questions", {"text": "q", "segment": "nope"}, 404, "unknown_segment"),
        ("POST", "/api/questions", {"text": "  "}, 400, "empty_question"),
        ("POST", "/api/questions/s-nope/answered", None, 404, "unknown_question"),
        ("POST", "/api/questions/current/answered", None, 409, "no_question_on_air"),
        ("POST", "/api/questions/c-9/move", {"to": "top"}, 400, "bad_input"),
        ("POST", "/api/questions/undo", None, 409, "nothing_to_undo"),
        ("GET", "/api/questions?segment=nope", None, 404, "unknown_segment"),
        ("GET", "/api/questions?segment=" + "x" * 600, None, 400, "bad_input"),
        ("DELETE", "/api/questions", None, 405, "method_not_allowed"),
    ],
)
def test_refusals_have_the_codes_of_every_command(
    web: Web, method: str, path: str, body: object, status: int, code: str
) -> None:
    reply = web.api.request(method, path, body)
    assert (reply.status, reply.error_code) == (status, code), reply.body


def test_a_duplicate_from_two_operators_is_refused_once(web: Web) -> None:
    futures = [web.api.submit("POST", "/api/questions", {"text": "同じ質問です"}) for _ in range(4)]
    web.api.qtbot.waitUntil(lambda: all(f.done() for f in futures), timeout=5000)
    statuses = sorted(f.result().status for f in futures)
    assert statuses == [200, 409, 409, 409]
    assert [q["text"] for q in listed(web)].count("同じ質問です") == 1


def test_the_tokens_guard_the_queue_too(lan_web: Web) -> None:
    """The view token reads the queue, only the control token changes it; the moderator's
    link carries the control token."""
    tokens = lan_web.server.tokens
    assert tokens is not None
    assert lan_web.api.get("/api/questions").status == 401
    assert lan_web.api.post("/api/questions/next").status == 401
    view = {"Authorization": f"Bearer {tokens.view}"}
    assert lan_web.api.get("/api/questions", headers=view).status == 200
    assert lan_web.api.post("/api/questions/next", headers=view).status == 403
    control = {"Authorization": f"Bearer {tokens.control}"}
    assert lan_web.api.get("/api/questions", headers=control).status == 200
    assert lan_web.api.post("/api/questions/next", headers=control).status == 200
    assert lan_web.server.urls()["moderator"].endswith(f"/moderator?token={tokens.control}")


def test_the_pages_that_show_questions_are_served(web: Web) -> None:
    for path, marker in [
        ("/moderator", b'data-page="moderator"'),
        ("/moderator.js", b"runofshowPages"),
        ("/overlay?question=1", b'id="ov-question"'),
        ("/speaker", b'id="question-text"'),
        ("/", b'href="/moderator"'),
    ]:
        reply = web.api.get(path)
        assert reply.status == 200 and marker in reply.body, path


def test_a_queue_command_is_answered_once_the_queue_is_on_disk(
    qtbot: QtBot, pool: ThreadPoolExecutor, bundled_show_path: Path, clocks: FakeClocks
) -> None:
    disk = FaultyDisk()
    storage = StorageService(fsync=disk.fsync, store_opener=disk.open_store)
    web = make_web(qtbot, pool, bundled_show_path, clocks, storage=storage)
    try:
        path = queue_path(web.session.show_path, False, None)
        storage.flush()
        disk.slow_s = 60.0  # the disk stalls until released
        reply = web.api.submit("POST", "/api/questions/next")
        qtbot.waitUntil(disk.stalled.is_set, timeout=WAIT_MS)  # the writer is stuck on it
        assert web.session.document.parts["questions"]["counts"]["on_air"] == 1  # applied...
        assert not reply.done()  # ...but not acknowledged while it is not on disk
        disk.release_slow()
        qtbot.waitUntil(reply.done, timeout=WAIT_MS)
        answer = reply.result()
        assert answer.status == 200 and answer.json()["durable"] is True
        saved = json.loads(path.read_text("utf-8"))["queue"]["questions"]
        assert [q["status"] for q in saved].count("on_air") == 1  # on disk when answered
    finally:
        disk.release_slow()
        web.close()


def test_a_queue_that_cannot_be_written_answers_not_durable_then_catches_up(web: Web) -> None:
    path = queue_path(web.session.show_path, False, None)
    storage = next(s for s in web.session.services if isinstance(s, StorageService))
    assert storage.flush()
    path.unlink()
    path.mkdir()  # the file cannot be replaced: a real OSError from the disk
    (path / "keep").write_text("x")
    reply = web.api.post("/api/questions/next")
    assert reply.status == 200  # applied: never an error...
    body = reply.json()
    assert body["durable"] is False and f"the question queue {path}" in body["problem"]
    assert body["state"]["questions"]["counts"]["on_air"] == 1
    on_air = next(q["id"] for q in listed(web) if q["status"] == "on_air")

    def told() -> bool:  # ...and the operator's pages are told at once
        state = web.api.get("/api/state").json()
        return state["storage"]["ok"] is False and state["questions"]["error"] is not None

    web.api.qtbot.waitUntil(told, timeout=WAIT_MS)
    state = web.api.get("/api/state").json()
    assert [f["path"] for f in state["storage"]["files"]] == [str(path)]
    assert state["storage"]["problem"].startswith(f"The question queue {path} cannot be written")
    shutil.rmtree(path)
    answered = web.api.post(f"/api/questions/{on_air}/answered")  # written with the newest
    assert answered.status == 200 and answered.json()["durable"] is True
    web.api.qtbot.waitUntil(
        lambda: web.api.get("/api/state").json()["storage"]["ok"] is True, timeout=WAIT_MS
    )
    assert web.api.get("/api/state").json()["questions"]["error"] is None
    saved = json.loads(path.read_text("utf-8"))["queue"]["questions"]
    on_disk = [(q["id"], q["status"]) for q in saved if q["segment"] == "panel"]
    assert on_disk == [(q["id"], q["status"]) for q in listed(web)]  # the newest state
    assert (on_air, "answered") in on_disk
