"""Security rules of the web server: access token, Host and Origin checks, size limits.

No Qt and no aiohttp here: plain functions the server middleware calls, easy to test.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import secrets
import socket
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from runofshow.paths import data_dir

TOKEN_FILE = "token"
TOKEN_COOKIE = "runofshow_token"
TOKEN_HEADER = "X-Runofshow-Token"

# Limits (bytes unless said otherwise).
MAX_BODY = 16 * 1024  # request bodies (client_max_size)
MAX_LINE = 4 * 1024  # request line (max_line_size)
MAX_FIELD = 4 * 1024  # one header field (max_field_size)
MAX_HEADERS = 64  # number of header fields
MAX_WS_MESSAGE = 4 * 1024  # what a browser may send us over the WebSocket
MAX_WS_CLIENTS = 500  # WebSocket clients at once; more get 503
WS_HEARTBEAT_S = 20.0  # ping interval; a dead peer is dropped after it

LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def token_path() -> Path:
    return data_dir() / TOKEN_FILE


def load_or_create_token(path: Path | None = None) -> str:
    """The persisted access token; created on first use so Stream Deck configs survive restarts."""
    path = path or token_path()
    with contextlib.suppress(FileNotFoundError):
        existing = path.read_text(encoding="utf-8").strip()
        if len(existing) >= 16:
            return existing
    token = secrets.token_urlsafe(24)
    temp = path.with_name(path.name + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(token + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
    return token


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
