"""The JSON control API v1: every endpoint, every error status."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from runofshow.core.journal import Journal
from tests.web.conftest import WAIT_MS, Web


def test_get_state_has_the_documented_fields(web: Web) -> None:
    reply = web.api.get("/api/state")
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("application/json")
    state = reply.json()
    assert state["api"] == 1
    assert state["state"] == "standby"
    assert state["rehearsal"] is False
    assert state["segment"]["id"] == "opening"
    assert state["segment"]["index"] == 0
    assert state["segment"]["title"] == "オープニング・イベントの趣旨"
    assert state["segment"]["speakers"] == ["@convto"]
    assert state["remaining_ms"] == 300_000
    assert state["elapsed_ms"] == 0
    assert state["phase"] == "normal"
    assert isinstance(state["offset_ms"], int)
    assert state["cue"]["index"] == 0
    assert state["message"] is None
    assert state["next_segment"]["id"] == "talk-dev-env"
    assert state["show"]["timezone"] == "Asia/Tokyo"
    assert state["show"]["title"].startswith("Kyash TechTalk #4")
    assert state["schedule"][0]["planned_start"] == "2022-09-12T13:00:00+09:00"
    assert state["schedule"][1]["planned_start"] == "2022-09-12T13:05:00+09:00"
    assert all(row["projected_start"].endswith("+09:00") for row in state["schedule"])
    assert isinstance(state["server_time_ms"], int)
    # the versioned alias answers the same thing
    assert web.api.get("/api/v1/state").json()["segment"] == state["segment"]


def test_post_start_pause_resume_toggle(web: Web) -> None:
    reply = web.api.post("/api/start")
    assert reply.status == 200
    body = reply.json()
    assert body["ok"] is True
    assert body["state"]["state"] == "running"
    assert web.session.snapshot.status == "running"
    assert web.api.post("/api/pause").json()["state"]["state"] == "paused"
    assert web.api.post("/api/resume").json()["state"]["state"] == "running"
    assert web.api.post("/api/toggle").json()["state"]["state"] == "paused"
    assert web.api.post("/api/v1/toggle").json()["state"]["state"] == "running"


def test_next_previous_goto_and_time(web: Web) -> None:
    web.api.post("/api/start")
    web.clocks.advance(10_000)
    state = web.api.post("/api/next").json()["state"]
    assert state["segment"]["id"] == "talk-dev-env"
    state = web.api.post("/api/previous").json()["state"]
    assert state["segment"]["id"] == "opening"
    assert state["elapsed_ms"] == 10_000  # it continues from its own elapsed time
    state = web.api.post("/api/goto/panel", {"confirm": True}).json()["state"]
    assert state["segment"]["id"] == "panel"
    before = state["remaining_ms"]
    state = web.api.post("/api/time", {"seconds": 60}).json()["state"]
    assert state["remaining_ms"] == before + 60_000
    state = web.api.post("/api/time", {"seconds": -30}).json()["state"]
    assert state["remaining_ms"] == before + 30_000
    state = web.api.post("/api/time?seconds=15").json()["state"]  # query form, empty body
    assert state["remaining_ms"] == before + 45_000


def test_cues_message_blackout_undo_redo_end(web: Web) -> None:
    web.api.post("/api/start")
    assert web.api.post("/api/cue/next").json()["state"]["cue"]["index"] == 1
    assert web.api.post("/api/cue/previous").json()["state"]["cue"]["index"] == 0
    state = web.api.post("/api/message", {"text": "あと1分", "flash": True}).json()["state"]
    assert state["message"]["text"] == "あと1分"
    assert state["message"]["flash"] is True
    assert state["message"]["flash_left_ms"] == 3000
    assert web.api.post("/api/message", {"text": ""}).json()["state"]["message"] is None
    assert web.api.post("/api/blackout", {"on": True}).json()["state"]["blackout"] is True
    assert web.api.post("/api/blackout").json()["state"]["blackout"] is False  # empty: toggle
    assert web.api.post("/api/undo").json()["state"]["blackout"] is True
    assert web.api.post("/api/redo").json()["state"]["blackout"] is False
    assert web.api.post("/api/end").error_code == "confirmation_required"
    assert web.api.post("/api/end?confirm=true").json()["state"]["state"] == "ended"


@pytest.mark.parametrize("body", [b"", b"{}", b"   ", None])
def test_companion_empty_bodies_are_fine(web: Web, body: bytes | None) -> None:
    reply = web.api.post("/api/start", body, headers={"Content-Type": "text/plain"})
    assert reply.status == 200, reply.body
    assert reply.json()["state"]["state"] == "running"


def test_refused_action_is_409_with_the_engine_reason(web: Web) -> None:
    reply = web.api.post("/api/pause")
    assert reply.status == 409
    assert reply.error_code == "not_running"
    assert "not running" in reply.json()["error"]["message"]
    assert reply.json()["state"]["state"] == "standby"
    assert web.api.post("/api/undo").error_code == "nothing_to_undo"
    web.api.post("/api/start")
    assert web.api.post("/api/start").status == 409


def test_unknown_segment_is_404(web: Web) -> None:
    web.api.post("/api/start")
    reply = web.api.post("/api/goto/no-such-talk")
    assert reply.status == 404
    assert reply.error_code == "unknown_segment"


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/time", b"{not json"),
        ("/api/time", b"[1, 2]"),
        ("/api/time", {"seconds": "sixty"}),
        ("/api/time", {"seconds": True}),
        ("/api/time", {"seconds": 0}),
        ("/api/time", {"seconds": 1e12}),
        ("/api/time", {}),
        ("/api/message", {"text": 5}),
        ("/api/message", {"text": "hi", "flash": "yes"}),
        ("/api/message", {"text": "x" * 501}),
        ("/api/blackout", {"on": "yes"}),
        ("/api/start", b"\xff\xfe"),
    ],
)
def test_bad_input_is_400(web: Web, path: str, body: object) -> None:
    reply = web.api.post(path, body)
    assert reply.status == 400
    assert reply.error_code in ("bad_input", "bad_json")
    assert web.session.snapshot.status == "standby"


def test_too_big_body_is_400(web: Web) -> None:
    reply = web.api.post("/api/message", {"text": "x" * 20_000})
    assert reply.status == 400
    assert reply.error_code == "too_large"


def test_unknown_path_is_404_json(web: Web) -> None:
    for path in ("/nothing", "/api/nothing", "/api/v2/state", "/speaker/extra"):
        reply = web.api.get(path)
        assert reply.status == 404, path
        assert reply.error_code == "not_found"


def test_wrong_method_is_405(web: Web) -> None:
    reply = web.api.get("/api/next")  # actions are POST only (a GET could be forged by <img>)
    assert reply.status == 405
    assert reply.error_code == "method_not_allowed"
    assert "POST" in reply.headers["allow"]
    assert web.api.post("/api/state").status == 405
    assert web.api.request("DELETE", "/api/start").status == 405
    assert web.session.snapshot.status == "standby"


def test_pages_are_served_with_the_right_types(web: Web) -> None:
    for path, kind, marker in [
        ("/", "text/html", b"/speaker"),
        ("/speaker", "text/html", b'data-page="speaker"'),
        ("/overlay", "text/html", b'data-page="overlay"'),
        ("/agenda", "text/html", b'data-page="agenda"'),
        ("/common.js", "text/javascript", b"WebSocket"),
        ("/style.css", "text/css", b"tabular-nums"),
        ("/favicon.svg", "image/svg+xml", b"<svg"),
    ]:
        reply = web.api.get(path)
        assert reply.status == 200, path
        assert reply.headers["content-type"].startswith(kind), path
        assert marker in reply.body, path
    assert "frame-ancestors" in web.api.get("/speaker").headers["content-security-policy"]


def test_two_people_press_next_at_once_and_the_show_moves_one_segment(
    qtbot: QtBot, web: Web
) -> None:
    web.api.post("/api/start")
    saw = {"expect": {"segment": "opening"}}
    first, second = (
        web.api.submit("POST", "/api/next", saw),
        web.api.submit("POST", "/api/next", saw),
    )
    qtbot.waitUntil(lambda: first.done() and second.done(), timeout=WAIT_MS)
    replies = sorted((first.result(), second.result()), key=lambda reply: reply.status)
    assert [reply.status for reply in replies] == [200, 409]
    assert replies[1].error_code == "stale"
    assert replies[1].json()["state"]["segment"]["id"] == "talk-dev-env"  # what is true now
    assert web.session.snapshot.segment.id == "talk-dev-env"  # one segment, not two


def test_expect_a_revision(web: Web) -> None:
    revision = web.api.post("/api/start").json()["revision"]
    assert web.api.get("/api/state").json()["revision"] == revision
    reply = web.api.post("/api/time", {"seconds": 60, "expect": {"revision": revision}})
    assert reply.status == 200 and reply.json()["revision"] == revision + 1
    stale = web.api.post("/api/time", {"seconds": 60, "expect": {"revision": revision}})
    assert (stale.status, stale.error_code) == (409, "stale")
    assert web.session.snapshot.added_ms == 60_000


@pytest.mark.parametrize("expect", [5, {"segment": 3}, {"revision": "7"}, {"colour": "red"}, {}])
def test_a_malformed_expect_is_400(web: Web, expect: object) -> None:
    reply = web.api.post("/api/start", {"expect": expect})
    assert (reply.status, reply.error_code) == (400, "bad_input")
    assert web.session.snapshot.status == "standby"


def test_an_action_the_journal_could_not_keep_is_still_applied(
    web: Web, isolated_data_dir: Path
) -> None:
    journal = Journal.for_show(web.session.show_path).path
    journal.unlink(missing_ok=True)
    journal.mkdir(parents=True)  # a directory where the file goes: every save fails (as root)
    (journal / "in-the-way").write_text("x", encoding="utf-8")
    reply = web.api.post("/api/start")
    assert reply.status == 200  # applied, never an error
    body = reply.json()
    assert body["durable"] is False and "journal" in body["problem"]
    assert "cannot be written: Is a directory" in body["problem"]
    assert web.session.snapshot.status == "running"
    web.api.qtbot.waitUntil(lambda: web.api.get("/api/state").json()["journal"]["ok"] is False)
    shutil.rmtree(journal)  # the fault clears: the next action is kept again
    body = web.api.post("/api/pause").json()
    assert body["durable"] is True and "problem" not in body
    web.api.qtbot.waitUntil(lambda: web.api.get("/api/state").json()["journal"]["ok"] is True)
    assert Journal.for_show(web.session.show_path).read_raw() is not None


def test_commands_are_listed_for_pages_to_build_on(web: Web) -> None:
    reply = web.api.get("/api/commands")
    assert reply.status == 200
    listed = [command["name"] for command in reply.json()]
    assert listed == [command.name for command in web.session.commands]
    assert web.api.get("/api/v1/commands").json() == reply.json()


def test_a_question_is_a_409_with_its_text_and_choices_and_the_answer_goes_ahead(
    web: Web,
) -> None:
    web.api.post("/api/start")
    reply = web.api.post("/api/goto/panel")
    assert (reply.status, reply.error_code) == (409, "confirmation_required")
    body = reply.json()
    question = body["error"]["question"]
    assert question["answer"] == "confirm" and question["default"] is False
    assert [c["value"] for c in question["choices"]] == [True, False]
    assert question["text"]["en"] == body["error"]["message"]
    assert question["text"]["en"].startswith("Jump to “パネルディスカッション")
    assert set(question["text"]) == {"en", "ja"}
    assert body["state"]["segment"]["id"] == "opening"  # nothing changed
    assert web.api.post("/api/goto/panel", {"confirm": "yes"}).status == 400
    assert web.api.post("/api/goto/panel", {"confirm": False}).error_code == "declined"
    state = web.api.post("/api/goto/panel?confirm=true").json()["state"]
    assert state["segment"]["id"] == "panel"


def test_the_commands_list_says_which_answers_a_command_takes(web: Web) -> None:
    commands = {c["name"]: c for c in web.api.get("/api/commands").json()}
    assert commands["toggle"]["answers"] == [
        {"key": "plan", "values": ["shift", "as_planned"]},
        {"key": "confirm", "values": [True, False]},
    ]
    assert commands["pause"]["answers"] == []
