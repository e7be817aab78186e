"""`runofshow --headless --lan` in a real subprocess: every page and endpoint tried with no
token, the view token and the control token."""

from __future__ import annotations

import http.client
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from runofshow.web.server import PAGES
from tests.e2e.headless_server import HeadlessServer, show_starting_now
from tests.web.conftest import WsListener

pytestmark = pytest.mark.slow

READS = ("/api/state", "/api/v1/state", "/api/commands", "/api/access")


@pytest.fixture
def lan(tmp_path: Path, isolated_data_dir: Path) -> Iterator[HeadlessServer]:
    instance = HeadlessServer(show_starting_now(tmp_path), isolated_data_dir, 0, "--lan")
    yield instance
    instance.kill()


def status(server: HeadlessServer, method: str, path: str, token: str | None) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        conn.request(method, path, body=b"" if method == "POST" else None, headers=headers)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def printed_tokens(server: HeadlessServer) -> dict[str, str]:
    links = {}
    for line in server.output:
        words = line.split()
        if words[:2] in (["view", "link"], ["control", "link"]):
            links[words[0]] = words[2].rsplit("token=", 1)[1]
    return links


def ws_status(server: HeadlessServer, token: str | None) -> str:
    """ "open" when the live view gets a state, else the handshake's HTTP status."""
    query = f"?token={token}" if token else ""
    listener = WsListener(f"http://127.0.0.1:{server.port}/ws{query}")
    try:
        for _ in range(100):
            if listener.drain():
                return "open"
            if listener.closed.wait(0.05):
                return str(listener.status)
        return "nothing"
    finally:
        listener.close()


SAMPLE = {"segment": "panel", "seconds": "60", "text": "hi"}  # a value of each kind


def with_arguments(command: dict[str, Any]) -> str:
    """The command's route with its required arguments (path, then query)."""
    route, query = str(command["route"]), []
    for arg in command["args"]:
        if arg["in_path"]:
            route = route.replace("{" + arg["name"] + "}", SAMPLE[arg["kind"]])
        elif arg["required"]:
            query.append(f"{arg['name']}={SAMPLE[arg['kind']]}")
    return route + ("?" + "&".join(query) if query else "")


def test_every_page_and_endpoint_with_each_token(
    lan: HeadlessServer, isolated_data_dir: Path
) -> None:
    tokens = printed_tokens(lan)
    assert set(tokens) == {"view", "control"}  # headless prints both links
    saved = isolated_data_dir / "tokens.json"
    assert json.loads(saved.read_text(encoding="utf-8")) == tokens
    assert stat.S_IMODE(os.stat(saved).st_mode) == 0o600
    view, control = tokens["view"], tokens["control"]
    for path in (*PAGES, *READS):
        got = [status(lan, "GET", path, t) for t in (None, view, control)]
        assert got == [401, 200, 200], path
    assert [ws_status(lan, t) for t in (None, view, control)] == ["401", "open", "open"]

    status_code, commands = lan.request(
        "GET", "/api/commands", headers={"Authorization": f"Bearer {control}"}
    )
    assert status_code == 200
    routes = [with_arguments(c) for c in commands if c["route"]]
    assert "/api/next" in routes and "/api/end" in routes
    revision = lan.request("GET", "/api/state", headers={"X-Runofshow-Token": view})[1]["revision"]
    for route in routes:
        assert status(lan, "POST", route, None) == 401, route
        assert status(lan, "POST", route, view) == 403, route
    after = lan.request("GET", "/api/state", headers={"X-Runofshow-Token": view})[1]
    assert after["revision"] == revision and after["state"] == "standby"  # nothing happened
    for route in routes:  # the control token reaches the engine (applied, or refused now)
        assert status(lan, "POST", route, control) in (200, 409), route
    final = lan.request("GET", "/api/state", headers={"X-Runofshow-Token": control})[1]
    assert final["revision"] > revision


def test_a_tunnels_host_name_is_answered_with_allow_host(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    """A mesh VPN or tunnel reaches the app under a name of its own: --allow-host adds it
    to the DNS-rebinding guard's list; the view token is still needed."""
    show = show_starting_now(tmp_path)
    server = HeadlessServer(show, isolated_data_dir, 0, "--lan", "--allow-host", "show.ts.net")
    try:
        view = printed_tokens(server)["view"]

        def get(host: str, token: str | None) -> int:
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
            try:
                headers = {"Host": f"{host}:{server.port}"}
                query = f"?token={token}" if token else ""
                conn.request("GET", "/speaker" + query, headers=headers)
                response = conn.getresponse()
                response.read()
                return response.status
            finally:
                conn.close()

        assert get("show.ts.net", view) == 200
        assert get("show.ts.net", None) == 401
        assert get("elsewhere.example", view) == 400  # bad_host: still guarded
    finally:
        server.kill()
