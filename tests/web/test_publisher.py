"""The web publisher follows the session (new engine on open / rehearsal toggle) and runs
the server's commands on the session thread."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from runofshow.app.outcome import Surface
from runofshow.core.clock import FakeClocks
from runofshow.core.runs import RunStore
from runofshow.web.server import WebServer
from tests.app.support import flush_storage
from tests.web.conftest import Api, Web, make_web


def test_the_publisher_follows_the_session(
    qtbot: QtBot, pool: ThreadPoolExecutor, bundled_show_path: Path, clocks: FakeClocks
) -> None:
    web = make_web(qtbot, pool, bundled_show_path, clocks)
    try:
        assert web.api.get("/api/state").json()["rehearsal"] is False
        web.session.set_rehearsal(True)
        qtbot.waitUntil(lambda: web.api.get("/api/state").json()["rehearsal"] is True, timeout=5000)
        reply = web.api.post("/api/start")
        assert reply.status == 200
        assert web.session.snapshot.status == "running"
        assert web.session.snapshot.rehearsal is True
    finally:
        web.close()


def test_commands_run_on_the_session_thread(qtbot: QtBot, web: Web) -> None:
    ran_on: list[str] = []
    web.session.subscribe(lambda _event: ran_on.append(threading.current_thread().name))
    assert web.api.post("/api/start").status == 200
    assert set(ran_on) == {threading.current_thread().name}


def test_the_state_carries_the_service_parts_and_the_revision(web: Web) -> None:
    state = web.api.get("/api/state").json()
    assert state["api"] == 1
    assert state["revision"] == web.session.revision
    assert state["journal"] == {"ok": True, "error": None, "resumed": None}
    assert state["runs"]["ok"] is True
    reply = web.api.post("/api/start").json()
    assert reply["revision"] == state["revision"] + 1
    assert reply["state"]["runs"]["run"] is not None


def test_the_language_follows_the_app(qtbot: QtBot, web: Web) -> None:
    assert web.api.get("/api/state").json()["lang"] == "en"
    web.session.set_language("ja")
    qtbot.waitUntil(lambda: web.api.get("/api/state").json()["lang"] == "ja", timeout=5000)


def test_api_actions_are_recorded_as_api(web: Web) -> None:
    web.api.post("/api/start")
    web.api.post("/api/toggle")
    flush_storage(web.session)  # the run history follows the journal on the writer thread
    store = RunStore.for_show(web.session.show_path)
    try:
        run = store.latest()
        assert run is not None
        events = [(e.action, e.surface) for e in store.events(run.id)]
    finally:
        store.close()
    assert events == [("start", Surface.API.value), ("pause", Surface.API.value)]


def test_no_show_answers_503(qtbot: QtBot, pool: ThreadPoolExecutor) -> None:
    server = WebServer(port=0)
    server.start()
    try:
        api = Api(qtbot, server.port, pool)
        assert api.get("/api/state").status == 503
        reply = api.post("/api/start")
        assert reply.status == 503
        assert reply.error_code == "no_show"
    finally:
        server.stop()


def test_port_in_use_fails_to_start(qtbot: QtBot) -> None:
    blocker = WebServer(port=0)
    port = blocker.start()
    try:
        with pytest.raises(OSError):
            WebServer(port=port).start()
    finally:
        blocker.stop()


def test_the_control_page_is_recorded_as_control(web: Web) -> None:
    web.api.post("/api/start", headers={"X-Runofshow-Surface": "control"})
    web.api.post("/api/pause", headers={"X-Runofshow-Surface": "keyboard"})  # not believed
    flush_storage(web.session)
    store = RunStore.for_show(web.session.show_path)
    try:
        run = store.latest()
        assert run is not None
        surfaces = [e.surface for e in store.events(run.id)]
    finally:
        store.close()
    assert surfaces == [Surface.CONTROL.value, Surface.API.value]
