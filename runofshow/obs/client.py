"""One blocking connection to obs-websocket 5, through obsws-python: connect, authenticate,
send a request. Used only on the OBS worker thread (``runofshow.obs.connection``) and by
``runofshow obs-check``; every failure becomes an ``ObsFailure`` with a kind the console
can put into words.

obsws-python was chosen for its plain blocking API (a thread of our own, no event loop
to host) and its single small dependency (websocket-client); see the README. Its base
client is used directly (handshake, authentication, framing) so that a failed handshake
can close its socket. Two of its habits are handled here: it logs the password at INFO
level (its loggers are silenced), and it does not match answers to requests (after a
timeout the connection is dropped, so a late answer is never read as the next one's).
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

DEFAULT_PORT = 4455
TIMEOUT_S = 3.0

for _name in ("obsws_python", "websocket"):
    logging.getLogger(_name).setLevel(logging.CRITICAL + 1)  # it would log the password


class ErrorKind(StrEnum):
    UNREACHABLE = "unreachable"  # refused, no route, unknown host
    TIMEOUT = "timeout"  # no answer in time
    PASSWORD_NEEDED = "password_needed"  # OBS asks for a password and none is set
    PASSWORD_WRONG = "password_wrong"  # OBS refused the password
    NOT_OBS = "not_obs"  # something answers, but not obs-websocket 5
    DROPPED = "dropped"  # the connection was lost
    REQUEST = "request"  # OBS refused a request (a missing scene or source...)


@dataclass(frozen=True)
class ObsError:
    kind: ErrorKind
    detail: str = ""  # OBS's or the system's own words (English)
    subject: str = ""  # the scene or source concerned, if any

    def as_json(self) -> dict[str, str]:
        return {"kind": str(self.kind), "detail": self.detail, "subject": self.subject}


class ObsFailure(Exception):
    def __init__(self, error: ObsError) -> None:
        super().__init__(f"{error.kind}: {error.detail}")
        self.error = error

    @property
    def fatal(self) -> bool:
        """The connection cannot be used any more (anything but a refused request)."""
        return self.error.kind is not ErrorKind.REQUEST


@dataclass(frozen=True)
class Address:
    host: str
    port: int = DEFAULT_PORT

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


def parse_address(text: str) -> Address:
    """ "HOST:PORT", "HOST" (port 4455) or "[IPv6]:PORT"; ValueError (English) if not."""
    text = text.strip()
    host, port_text = text, ""
    if text.endswith(":"):
        raise ValueError(f"{text!r}: the port is missing (HOST:PORT, e.g. 127.0.0.1:4455)")
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        if rest and not rest.startswith(":"):
            raise ValueError(f"{text!r} is not HOST:PORT")
        port_text = rest[1:]
    elif text.count(":") == 1:
        host, port_text = text.split(":")
    if not host or any(c.isspace() for c in host):
        raise ValueError(f"{text!r} is not HOST:PORT (e.g. 127.0.0.1:4455)")
    if not port_text:
        return Address(host)
    if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
        raise ValueError(f"{text!r}: the port must be a number from 1 to 65535")
    return Address(host, int(port_text))


class Client(Protocol):
    """A connected, identified obs-websocket session."""

    obs_version: str
    websocket_version: str

    def request(self, name: str, data: Mapping[str, Any] | None = None) -> dict[str, Any]: ...
    def close(self) -> None: ...
    def interrupt(self) -> None: ...


class ObswsClient:
    """``Client`` over obsws-python's base client (its handshake, authentication and
    framing); a failed handshake closes its socket at once."""

    def __init__(self, address: Address, password: str, timeout_s: float = TIMEOUT_S) -> None:
        from obsws_python.baseclient import ObsClient  # ~30 ms: only when OBS is used

        class Base(ObsClient):
            def __init__(self, **kwargs: Any) -> None:
                try:
                    super().__init__(**kwargs)
                except BaseException:
                    ws = getattr(self, "ws", None)
                    if ws is not None:
                        ws.shutdown()
                    raise

        try:
            self._base = Base(
                host=address.host, port=address.port, password=password, timeout=timeout_s
            )
        except Exception as error:
            raise ObsFailure(_handshake_error(error, password)) from None
        try:
            self._base.authenticate()
        except Exception as error:
            self._base.ws.shutdown()
            raise ObsFailure(_handshake_error(error, password)) from None
        version = self.request("GetVersion")
        self.obs_version = str(version.get("obsVersion", ""))
        self.websocket_version = str(version.get("obsWebSocketVersion", ""))

    def request(self, name: str, data: Mapping[str, Any] | None = None) -> dict[str, Any]:
        from obsws_python.error import OBSSDKTimeoutError

        try:
            answer = self._base.req(name, dict(data) if data else None)
            status = answer["requestStatus"]
        except (OBSSDKTimeoutError, TimeoutError) as error:
            raise ObsFailure(ObsError(ErrorKind.TIMEOUT, str(error) or name)) from None
        except Exception as error:  # closed socket, a close frame read as JSON, ...
            raise ObsFailure(ObsError(ErrorKind.DROPPED, _words(error))) from None
        if not status.get("result"):
            comment = status.get("comment") or f"code {status.get('code')}"
            raise ObsFailure(ObsError(ErrorKind.REQUEST, str(comment)))
        data_out = answer.get("responseData")
        return dict(data_out) if isinstance(data_out, Mapping) else {}

    def close(self) -> None:
        ws = self._base.ws
        with contextlib.suppress(Exception):  # already closed: nothing to do
            ws.close(timeout=1)
        with contextlib.suppress(Exception):
            ws.shutdown()

    def interrupt(self) -> None:
        """Wake a request blocked on this connection (from another thread; no network
        wait: the socket is shut down locally)."""
        sock = getattr(self._base.ws, "sock", None)
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def _words(error: BaseException) -> str:
    return str(error) or type(error).__name__


def _handshake_error(error: Exception, password: str) -> ObsError:
    """What a failed connect or identify means, in the console's terms."""
    from obsws_python.error import OBSSDKError, OBSSDKTimeoutError
    from websocket import (
        WebSocketBadStatusException,
        WebSocketConnectionClosedException,
        WebSocketTimeoutException,
    )

    detail = _words(error)
    if isinstance(error, TimeoutError | WebSocketTimeoutException | OBSSDKTimeoutError):
        return ObsError(ErrorKind.TIMEOUT, detail)
    if isinstance(error, WebSocketConnectionClosedException):
        return ObsError(ErrorKind.DROPPED, detail)
    if isinstance(error, WebSocketBadStatusException | json.JSONDecodeError | KeyError):
        return ObsError(ErrorKind.NOT_OBS, detail)
    if isinstance(error, OBSSDKError):
        if "no password" in detail:
            return ObsError(ErrorKind.PASSWORD_NEEDED, detail)
        if password:  # OBS closes the connection (4009) when the password is wrong
            return ObsError(ErrorKind.PASSWORD_WRONG, detail)
        return ObsError(ErrorKind.NOT_OBS, detail)
    if isinstance(error, ConnectionRefusedError | socket.gaierror | OSError):
        return ObsError(ErrorKind.UNREACHABLE, detail)
    return ObsError(ErrorKind.NOT_OBS, detail)
