"""Security rules of the web server: the two access tokens and their roles, Host and Origin
checks, size limits.

No Qt and no aiohttp here: plain functions the server middleware calls, easy to test.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import secrets
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import TypeGuard
from urllib.parse import urlsplit

from runofshow.core.atomic import PRIVATE, write_atomically
from runofshow.paths import data_dir

TOKENS_FILE = "tokens.json"  # {"view": ..., "control": ...}, mode 0600
LEGACY_TOKEN_FILE = "token"  # the one token of earlier versions: it becomes the control token
TOKEN_COOKIE = "runofshow_token"
TOKEN_HEADER = "X-Runofshow-Token"
TOKEN_BYTES = 24  # 32 URL-safe characters
MIN_TOKEN_LENGTH = 16
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CLOSE_REVOKED = 4401  # WebSocket close code: the link's token was replaced

# Limits (bytes unless said otherwise).
MAX_BODY = 16 * 1024  # request bodies (client_max_size)
MAX_LINE = 4 * 1024  # request line (max_line_size)
MAX_FIELD = 4 * 1024  # one header field (max_field_size)
MAX_HEADERS = 64  # number of header fields
MAX_WS_MESSAGE = 4 * 1024  # what a browser may send us over the WebSocket
MAX_WS_CLIENTS = 500  # WebSocket clients at once; more get 503
WS_HEARTBEAT_S = 20.0  # ping interval; a dead peer is dropped after it

LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


class Role(IntEnum):
    """What a request may do. On the LAN the token decides; on localhost everyone controls."""

    VIEW = 1  # pages, /api/state, /api/commands, /ws: read only
    CONTROL = 2  # every action (every POST), and everything VIEW may


def required_role(method: str) -> Role:
    """The one rule, for every route there is and every route a service adds later: reading
    needs VIEW, anything that may change something (every POST) needs CONTROL."""
    return Role.VIEW if method.upper() in SAFE_METHODS else Role.CONTROL


@dataclass(frozen=True)
class AccessTokens:
    """The two LAN tokens: ``view`` for speakers, OBS and agendas, ``control`` for operators."""

    view: str
    control: str

    def role_of(self, offered: str | None) -> Role | None:
        """The role ``offered`` grants (constant-time comparisons), or None."""
        if token_matches(offered, self.control):
            return Role.CONTROL
        if token_matches(offered, self.view):
            return Role.VIEW
        return None

    def of(self, role: Role) -> str:
        return self.control if role is Role.CONTROL else self.view

    def replaced(self, role: Role) -> AccessTokens:
        """A copy with a new token for ``role`` (the other stays)."""
        fresh = new_token()
        if role is Role.CONTROL:
            return AccessTokens(self.view, fresh)
        return AccessTokens(fresh, self.control)


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def tokens_path() -> Path:
    return data_dir() / TOKENS_FILE


def load_or_create_tokens(path: Path | None = None) -> AccessTokens:
    """The persisted tokens, so Stream Deck buttons and speakers' links survive restarts;
    a missing or damaged one is created (and saved) now. An earlier version's single token
    file becomes the control token (Stream Deck kept working with it), then is removed."""
    path = path or tokens_path()
    stored: dict[str, object] = {}
    with contextlib.suppress(OSError, ValueError):
        loaded = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(loaded, dict):
            stored = loaded
    legacy = path.with_name(LEGACY_TOKEN_FILE)
    if not stored:
        with contextlib.suppress(OSError):
            stored = {"control": legacy.read_text(encoding="utf-8").strip()}
    view, control = stored.get("view"), stored.get("control")
    tokens = AccessTokens(
        view if _usable(view) else new_token(), control if _usable(control) else new_token()
    )
    if tokens.view == tokens.control:
        tokens = tokens.replaced(Role.VIEW)
    if stored != {"view": tokens.view, "control": tokens.control} or _readable_by_others(path):
        save_tokens(tokens, path)
    with contextlib.suppress(FileNotFoundError):
        legacy.unlink()
    return tokens


def save_tokens(tokens: AccessTokens, path: Path | None = None) -> None:
    """Written atomically, readable by this user only (0600)."""
    text = json.dumps({"view": tokens.view, "control": tokens.control}) + "\n"
    write_atomically(path or tokens_path(), text, mode=PRIVATE)


def _readable_by_others(path: Path) -> bool:
    try:
        return bool(path.stat().st_mode & 0o077)
    except OSError:
        return False


def _usable(token: object) -> TypeGuard[str]:
    return isinstance(token, str) and len(token) >= MIN_TOKEN_LENGTH and token.isascii()


def offered_token(
    authorization: str | None, header: str | None, query: str | None, cookie: str | None
) -> str | None:
    """The credential a request offers: the first present of the Authorization header, the
    token header, ``?token=`` and the cookie. Only that one counts, so a page opened with a
    view link is a view page even when the browser still has a control cookie."""
    for offered in (bearer_token(authorization), header, query, cookie):
        if offered:
            return offered
    return None


def token_matches(offered: str | None, expected: str) -> bool:
    """Constant-time comparison; a missing token never matches."""
    if not offered:
        return False
    return hmac.compare_digest(offered.encode("utf-8"), expected.encode("utf-8"))


def bearer_token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "bearer":
        return None
    return value.strip() or None


def split_host(host_header: str) -> tuple[str, int | None] | None:
    """Split a Host header value into (lower-case host name, port); None if malformed."""
    value = host_header.strip().lower()
    if not value or any(c.isspace() or c in "/\\@?#" for c in value):
        return None
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return None
        name, rest = value[1:end], value[end + 1 :]
    else:
        name, sep, port_text = value.partition(":")
        rest = ":" + port_text if sep else ""
        if ":" in port_text:
            return None
    port: int | None = None
    if rest:
        if not rest.startswith(":") or not rest[1:].isdigit():
            return None
        port = int(rest[1:])
    if not name:
        return None
    return name.rstrip("."), port


def host_allowed(host_header: str | None, allowed: Iterable[str]) -> bool:
    """DNS-rebinding guard: the Host header must name this machine."""
    if not host_header:
        return False
    parsed = split_host(host_header)
    return parsed is not None and parsed[0] in {a.lower() for a in allowed}


def origin_allowed(origin: str | None, host_header: str | None) -> bool:
    """A browser-sent Origin must be this very server (same host and port); absent is fine."""
    if origin is None:
        return True
    if not host_header:
        return False
    parts = urlsplit(origin)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return False
    return parts.netloc.lower() == host_header.strip().lower()


def lan_hosts() -> set[str]:
    """Names and addresses under which this machine can be reached on the LAN."""
    names = set(LOOPBACK_HOSTS)
    hostname = socket.gethostname()
    names.update({hostname.lower(), f"{hostname.lower()}.local"})
    with contextlib.suppress(OSError):
        names.add(socket.getfqdn().lower())
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(hostname, None):
            names.add(str(info[4][0]).lower())
    primary = primary_lan_address()
    if primary:
        names.add(primary)
    return names


def primary_lan_address() -> str | None:
    """The address other devices most likely use to reach us (no packet is sent)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: routing lookup only
        address = str(probe.getsockname()[0])
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("127.") else address
