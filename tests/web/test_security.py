"""Token (LAN mode), Host and Origin checks, path traversal, and the pure security helpers."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from runofshow.paths import data_dir
from runofshow.web import security
from runofshow.web.server import WebServer
from tests.web.conftest import Web, raw_request

# ---- pure helpers ---------------------------------------------------------------------------


def test_token_is_created_once_and_persisted_privately() -> None:
    first = security.load_or_create_token()
    assert len(first) >= 32
    path = data_dir() / "token"
    assert path.read_text(encoding="utf-8").strip() == first
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert security.load_or_create_token() == first  # survives restarts


def test_a_too_short_token_file_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "token"
    path.write_text("abc\n", encoding="utf-8")
    assert len(security.load_or_create_token(path)) >= 32


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


def test_lan_mode_requires_the_token_everywhere(lan_web: Web) -> None:
    token = lan_web.server.token
    assert token is not None
    api = lan_web.api
    for path in ("/", "/speaker", "/overlay", "/agenda", "/common.js", "/api/state"):
        reply = api.get(path)
        assert reply.status == 401, path
        assert reply.error_code == "unauthorized"
    assert api.post("/api/start").status == 401
    assert api.get("/api/state", headers={"Authorization": "Bearer wrong"}).status == 401
    assert api.get("/api/state?token=" + token[:-1] + "x").status == 401
    assert lan_web.session.snapshot.status == "standby"
    assert api.get("/api/state", headers={"Authorization": f"Bearer {token}"}).status == 200
    assert api.get("/api/state", headers={"X-Runofshow-Token": token}).status == 200
    assert api.get(f"/api/state?token={token}").status == 200
    reply = api.post("/api/start", headers={"Authorization": f"Bearer {token}"})
    assert reply.status == 200
    assert lan_web.session.snapshot.status == "running"


def test_lan_page_token_becomes_a_strict_httponly_cookie(lan_web: Web) -> None:
    token = lan_web.server.token
    assert token is not None
    reply = lan_web.api.get(f"/speaker?token={token}")
    assert reply.status == 200
    cookie = reply.headers["set-cookie"]
    assert cookie.startswith(f"runofshow_token={token}")
    assert "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    later = lan_web.api.get("/style.css", headers={"Cookie": f"runofshow_token={token}"})
    assert later.status == 200


def test_urls_carry_the_token_only_when_required(lan_web: Web, web: Web) -> None:
    token = lan_web.server.token
    urls = lan_web.server.urls()
    assert urls["speaker"] == f"http://127.0.0.1:{lan_web.port}/speaker?token={token}"
    assert urls["overlay"].startswith(f"http://127.0.0.1:{lan_web.port}/overlay?layout=bar&")
    assert set(urls) >= {"speaker", "overlay", "agenda", "api", "state", "index"}
    plain = web.server.urls()
    assert plain["speaker"] == f"http://127.0.0.1:{web.port}/speaker"
    assert plain["api"] == f"http://127.0.0.1:{web.port}/api"


def test_the_token_survives_a_restart() -> None:
    first = WebServer(port=0, require_token=True)
    second = WebServer(port=0, require_token=True)
    assert first.token == second.token


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
