"""The two tokens and their roles (LAN mode), Host and Origin checks, path traversal, and
the pure security helpers."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from runofshow.paths import data_dir
from runofshow.web import security
from runofshow.web.server import PAGES, WebServer, command_routes
from tests.web.conftest import WAIT_MS, Web, WsListener, raw_request

# ---- pure helpers ---------------------------------------------------------------------------


def test_tokens_are_created_once_and_persisted_privately() -> None:
    first = security.load_or_create_tokens()
    assert len(first.view) >= 32 and len(first.control) >= 32
    assert first.view != first.control
    path = data_dir() / "tokens.json"
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "view": first.view,
        "control": first.control,
    }
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert security.load_or_create_tokens() == first  # survives restarts
    assert [p.name for p in data_dir().iterdir() if p.name.endswith(".tmp")] == []


def test_an_earlier_single_token_becomes_the_control_token() -> None:
    legacy = data_dir() / "token"
    legacy.write_text("an-old-stream-deck-token-1234567\n", encoding="utf-8")
    tokens = security.load_or_create_tokens()
    assert tokens.control == "an-old-stream-deck-token-1234567"  # Stream Deck keeps working
    assert len(tokens.view) >= 32
    assert not legacy.exists()


def test_damaged_short_or_shared_tokens_are_replaced(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text('{"view": "abc", "control": "x"}', encoding="utf-8")
    fixed = security.load_or_create_tokens(path)
    assert len(fixed.view) >= 32 and len(fixed.control) >= 32
    path.write_text("{not json", encoding="utf-8")
    assert security.load_or_create_tokens(path) != fixed
    same = "s" * 40
    path.write_text(json.dumps({"view": same, "control": same}), encoding="utf-8")
    distinct = security.load_or_create_tokens(path)
    assert distinct.control == same and distinct.view != same
    path.chmod(0o644)  # someone loosened it: written again, private
    assert security.load_or_create_tokens(path) == distinct
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_roles_and_the_one_rule_for_routes() -> None:
    tokens = security.AccessTokens(view="v" * 32, control="c" * 32)
    assert tokens.role_of("v" * 32) is security.Role.VIEW
    assert tokens.role_of("c" * 32) is security.Role.CONTROL
    assert tokens.role_of("x" * 32) is None
    assert tokens.role_of(None) is None
    assert security.Role.VIEW < security.Role.CONTROL
    for method in ("GET", "HEAD", "OPTIONS", "get"):
        assert security.required_role(method) is security.Role.VIEW
    for method in ("POST", "PUT", "PATCH", "DELETE", "ANYTHING"):
        assert security.required_role(method) is security.Role.CONTROL
    replaced = tokens.replaced(security.Role.VIEW)
    assert replaced.control == tokens.control and replaced.view != tokens.view


def test_the_first_offered_credential_counts() -> None:
    assert security.offered_token("Bearer a", "b", "c", "d") == "a"
    assert security.offered_token(None, "b", "c", "d") == "b"
    assert security.offered_token(None, None, "c", "d") == "c"
    assert security.offered_token(None, "", None, "d") == "d"
    assert security.offered_token("Basic x", None, None, None) is None


def test_token_compare() -> None:
    assert security.token_matches("secret-token", "secret-token")
    assert not security.token_matches("secret-tokeN", "secret-token")
    assert not security.token_matches("", "secret-token")
    assert not security.token_matches(None, "secret-token")
    assert security.bearer_token("Bearer abc") == "abc"
    assert security.bearer_token("bearer  abc ") == "abc"
    assert security.bearer_token("Basic abc") is None
    assert security.bearer_token(None) is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("localhost:8765", ("localhost", 8765)),
        ("127.0.0.1", ("127.0.0.1", None)),
        ("[::1]:80", ("::1", 80)),
        ("Example.COM.", ("example.com", None)),
        ("evil.com@127.0.0.1", None),
        ("127.0.0.1:abc", None),
        ("127.0.0.1:80:90", None),
        ("[::1", None),
        ("", None),
        ("a b", None),
    ],
)
def test_split_host(header: str, expected: tuple[str, int | None] | None) -> None:
    assert security.split_host(header) == expected


def test_host_and_origin_rules() -> None:
    allowed = security.LOOPBACK_HOSTS
    assert security.host_allowed("127.0.0.1:8765", allowed)
    assert security.host_allowed("localhost", allowed)
    assert security.host_allowed("[::1]:8765", allowed)
    assert not security.host_allowed("attacker.example:8765", allowed)
    assert not security.host_allowed(None, allowed)
    assert security.origin_allowed(None, "127.0.0.1:8765")
    assert security.origin_allowed("http://127.0.0.1:8765", "127.0.0.1:8765")
    assert not security.origin_allowed("http://127.0.0.1:9999", "127.0.0.1:8765")
    assert not security.origin_allowed("http://evil.example", "127.0.0.1:8765")
    assert not security.origin_allowed("null", "127.0.0.1:8765")
    assert not security.origin_allowed("http://127.0.0.1:8765", None)


# ---- the running server ---------------------------------------------------------------------


def test_dns_rebinding_host_is_refused(web: Web) -> None:
    for host in ("attacker.example", f"attacker.example:{web.port}", "127.0.0.1.nip.io"):
        reply = web.api.get("/api/state", headers={"Host": host})
        assert reply.status == 400, host
        assert reply.error_code == "bad_host"
    reply = web.api.post("/api/start", headers={"Host": "attacker.example"})
    assert reply.status == 400
    assert web.session.snapshot.status == "standby"
    assert web.api.get("/api/state", headers={"Host": f"localhost:{web.port}"}).status == 200


def test_cross_origin_post_is_refused(web: Web) -> None:
    reply = web.api.post("/api/start", headers={"Origin": "http://evil.example"})
    assert reply.status == 403
    assert reply.error_code == "bad_origin"
    assert web.session.snapshot.status == "standby"
    same = web.api.post("/api/start", headers={"Origin": f"http://127.0.0.1:{web.port}"})
    assert same.status == 200


def test_lan_mode_requires_a_token_everywhere(lan_web: Web) -> None:
    tokens = lan_web.server.tokens
    assert tokens is not None
    api = lan_web.api
    for path in ("/", "/speaker", "/overlay", "/agenda", "/control", "/common.js", "/api/state"):
        reply = api.get(path)
        assert reply.status == 401, path
        assert reply.error_code == "unauthorized"
    assert api.post("/api/start").status == 401
    assert api.get("/api/state", headers={"Authorization": "Bearer wrong"}).status == 401
    assert api.get("/api/state?token=" + tokens.view[:-1] + "x").status == 401
    assert lan_web.session.snapshot.status == "standby"
    for token in (tokens.view, tokens.control):
        assert api.get("/api/state", headers={"Authorization": f"Bearer {token}"}).status == 200
        assert api.get("/api/state", headers={"X-Runofshow-Token": token}).status == 200
        assert api.get(f"/api/state?token={token}").status == 200
    reply = api.post("/api/start", headers={"Authorization": f"Bearer {tokens.control}"})
    assert reply.status == 200
    assert lan_web.session.snapshot.status == "running"


def test_the_view_token_reads_and_never_acts(lan_web: Web) -> None:
    tokens = lan_web.server.tokens
    assert tokens is not None
    view = {"Authorization": f"Bearer {tokens.view}"}
    control = {"Authorization": f"Bearer {tokens.control}"}
    revision = lan_web.session.revision
    for path in (*PAGES, "/api/state", "/api/commands", "/api/v1/state"):
        assert lan_web.api.get(path, headers=view).status == 200, path
    assert lan_web.api.get("/api/access", headers=view).json() == {
        "role": "view",
        "token_required": True,
    }
    assert lan_web.api.get("/api/access", headers=control).json()["role"] == "control"
    for route in command_routes(lan_web.session.commands):
        reply = lan_web.api.post(route.replace("{segment}", "panel"), headers=view)
        assert reply.status == 403, route
        assert reply.error_code == "read_only"
        assert "control link" in reply.json()["error"]["message"]
    # even a route nobody declared, or one a service adds later: any POST needs CONTROL
    assert lan_web.api.post("/api/not-a-command", headers=view).status == 403
    assert lan_web.api.post("/api/not-a-command", headers=control).status == 404
    assert lan_web.session.snapshot.status == "standby"
    assert lan_web.session.revision == revision  # nothing happened


def test_localhost_stays_open_with_full_control(web: Web) -> None:
    assert web.server.tokens is None
    assert web.api.get("/api/access").json() == {"role": "control", "token_required": False}
    assert web.api.post("/api/start").status == 200
    assert web.api.get("/control").status == 200


def test_lan_page_token_becomes_a_strict_httponly_cookie(lan_web: Web) -> None:
    tokens = lan_web.server.tokens
    assert tokens is not None
    reply = lan_web.api.get(f"/control?token={tokens.view}")
    assert reply.status == 200
    cookie = reply.headers["set-cookie"]
    assert cookie.startswith(f"runofshow_token={tokens.view}")
    assert "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    later = lan_web.api.get("/style.css", headers={"Cookie": f"runofshow_token={tokens.view}"})
    assert later.status == 200
    # the link in the address bar counts, not an older cookie of the other role
    mixed = {"Cookie": f"runofshow_token={tokens.control}"}
    access = lan_web.api.get(f"/api/access?token={tokens.view}", headers=mixed)
    assert access.json()["role"] == "view"
    assert lan_web.api.post(f"/api/start?token={tokens.view}", headers=mixed).status == 403


def test_urls_carry_the_right_token_only_when_required(lan_web: Web, web: Web) -> None:
    tokens = lan_web.server.tokens
    assert tokens is not None
    urls = lan_web.server.urls()
    assert urls["speaker"] == f"http://127.0.0.1:{lan_web.port}/speaker?token={tokens.view}"
    assert urls["control"] == f"http://127.0.0.1:{lan_web.port}/control?token={tokens.control}"
    assert urls["overlay"].startswith(f"http://127.0.0.1:{lan_web.port}/overlay?layout=bar&")
    for name in ("index", "speaker", "overlay", "agenda", "state", "ws"):
        assert urls[name].endswith(f"token={tokens.view}"), name
    assert set(urls) >= {"speaker", "overlay", "agenda", "api", "state", "index", "control"}
    plain = web.server.urls()
    assert plain["speaker"] == f"http://127.0.0.1:{web.port}/speaker"
    assert plain["control"] == f"http://127.0.0.1:{web.port}/control"
    assert plain["api"] == f"http://127.0.0.1:{web.port}/api"


def test_the_tokens_survive_a_restart() -> None:
    first = WebServer(port=0, require_token=True)
    second = WebServer(port=0, require_token=True)
    assert first.tokens == second.tokens
    assert WebServer(port=0).tokens is None


@pytest.mark.parametrize("role", [security.Role.VIEW, security.Role.CONTROL])
def test_regenerate_stops_the_old_links_at_once(
    qtbot: QtBot, lan_web: Web, role: security.Role
) -> None:
    old = lan_web.server.tokens
    assert old is not None
    other = security.Role.CONTROL if role is security.Role.VIEW else security.Role.VIEW
    url = f"http://127.0.0.1:{lan_web.port}/ws?token="
    doomed, kept = WsListener(url + old.of(role)), WsListener(url + old.of(other))
    try:
        qtbot.waitUntil(lambda: bool(doomed.drain() and kept.drain()), timeout=WAIT_MS)
        fresh = lan_web.server.regenerate(role)
        assert doomed.closed.wait(5)  # closed before regenerate returned, or right after
        assert doomed.close_code == security.CLOSE_REVOKED
        assert not kept.closed.is_set()
    finally:
        doomed.close()
        kept.close()
    assert fresh.of(role) != old.of(role) and fresh.of(other) == old.of(other)
    assert security.load_or_create_tokens() == fresh  # saved
    assert lan_web.server.urls()["control" if role is security.Role.CONTROL else "speaker"]
    for path in ("/speaker", "/api/state"):
        assert lan_web.api.get(f"{path}?token={old.of(role)}").status == 401
        cookie = {"Cookie": f"runofshow_token={old.of(role)}"}
        assert lan_web.api.get(path, headers=cookie).status == 401
        assert lan_web.api.get(f"{path}?token={fresh.of(role)}").status == 200
    assert lan_web.api.get(f"/api/state?token={old.of(other)}").status == 200


TRAVERSALS = [
    "/../pyproject.toml",
    "/%2e%2e/pyproject.toml",
    "/%2e%2e%2fpyproject.toml",
    "/speaker/../../pyproject.toml",
    "/resources/../pyproject.toml",
    "/resources/web/speaker.html",
    "/web/common.js",
    "/static/common.js",
    "//etc/passwd",
    "/etc/passwd",
    "/common.js/../../../../etc/passwd",
    "/..%2f..%2f..%2fetc%2fpasswd",
    "/%2fetc%2fpasswd",
    "/.git/config",
    "/shows/kyash-techtalk-4.yaml",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal_finds_nothing(web: Web, path: str) -> None:
    reply = raw_request(web.port, "GET", path)
    assert reply.status in (400, 404), path
    assert b"[build-system]" not in reply.body
    assert b"root:" not in reply.body
    assert b"segments:" not in reply.body
