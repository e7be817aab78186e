"""The question queue over HTTP: routes from the command table under /api and /api/v1, the
GET query, the same refusal codes and statuses as every command, the on-air question in
/api/state, the token, and the pages that show it."""

from __future__ import annotations

import pytest

from tests.web.conftest import Web


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


def test_the_token_guards_the_queue_too(lan_web: Web) -> None:
    token = lan_web.server.token
    assert lan_web.api.get("/api/questions").status == 401
    assert lan_web.api.post("/api/questions/next").status == 401
    auth = {"Authorization": f"Bearer {token}"}
    assert lan_web.api.get("/api/questions", headers=auth).status == 200
    assert lan_web.api.post("/api/questions/next", headers=auth).status == 200
    assert lan_web.server.urls()["moderator"].endswith(f"/moderator?token={token}")


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
