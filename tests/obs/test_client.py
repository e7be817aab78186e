"""One connection to obs-websocket 5 through obsws-python, against the fake server: the
handshake with and without a password, requests, and every failure in the console's
terms (unreachable, wrong or missing password, not OBS, stalled, dropped)."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from runofshow.obs.client import (
    Address,
    ErrorKind,
    ObsFailure,
    ObswsClient,
    parse_address,
)
from tests.obs.fake_obs import FakeObs


def connect(fake: FakeObs, password: str = "", timeout_s: float = 2.0) -> ObswsClient:
    return ObswsClient(Address("127.0.0.1", fake.port), password, timeout_s)


def failure(call: Callable[[], object]) -> ObsFailure:
    with pytest.raises(ObsFailure) as caught:
        call()
    return caught.value


def test_handshake_without_a_password_then_requests(fake_obs: FakeObs) -> None:
    client = connect(fake_obs)
    assert (client.obs_version, client.websocket_version) == ("29.0.2", "5.1.0")
    client.request(
        "SetInputSettings",
        {"inputName": "Countdown", "inputSettings": {"text": "9:59"}, "overlay": True},
    )
    assert fake_obs.text("Countdown") == "9:59"
    assert client.request("GetCurrentProgramScene")["currentProgramSceneName"] == "Starting soon"
    client.close()


def test_handshake_with_the_right_password(make_fake_obs: Callable[..., FakeObs]) -> None:
    fake = make_fake_obs(password="s3cret パス")
    client = connect(fake, "s3cret パス")
    client.request("SetCurrentProgramScene", {"sceneName": "Talk"})
    assert fake.state.program_scene == "Talk" and fake.identified == 1
    client.close()


def test_a_wrong_password_and_a_missing_one_say_so(make_fake_obs: Callable[..., FakeObs]) -> None:
    fake = make_fake_obs(password="right")
    assert failure(lambda: connect(fake, "wrong")).error.kind is ErrorKind.PASSWORD_WRONG
    assert fake.refused_auth == 1
    assert failure(lambda: connect(fake, "")).error.kind is ErrorKind.PASSWORD_NEEDED


def test_nobody_listening_is_unreachable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = failure(lambda: ObswsClient(Address("127.0.0.1", port), "", 2.0)).error
    assert error.kind is ErrorKind.UNREACHABLE and "refused" in error.detail.lower()


@pytest.fixture
def http_server() -> Iterator[int]:
    """A plain HTTP server that answers 404 to everything: not obs-websocket."""
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class NotFound(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_error(404)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), NotFound)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_something_else_on_the_port_is_not_obs(http_server: int) -> None:
    error = failure(lambda: ObswsClient(Address("127.0.0.1", http_server), "", 2.0)).error
    assert error.kind is ErrorKind.NOT_OBS


def test_a_stalled_handshake_times_out_in_time(fake_obs: FakeObs) -> None:
    fake_obs.stall_hello_s = 10
    started = time.monotonic()
    assert failure(lambda: connect(fake_obs, timeout_s=0.5)).error.kind is ErrorKind.TIMEOUT
    assert time.monotonic() - started < 3


def test_a_refused_request_keeps_the_connection(fake_obs: FakeObs) -> None:
    client = connect(fake_obs)
    error = failure(lambda: client.request("SetCurrentProgramScene", {"sceneName": "Nope"}))
    assert error.error.kind is ErrorKind.REQUEST and "Nope" in error.error.detail
    assert not error.fatal
    assert client.request("GetCurrentProgramScene")["currentProgramSceneName"] == "Starting soon"
    client.close()


def test_a_dropped_socket_is_a_fatal_failure(fake_obs: FakeObs) -> None:
    client = connect(fake_obs)
    fake_obs.drop()
    fake_obs.wait_for(lambda: not fake_obs._sockets)
    error = failure(lambda: client.request("GetCurrentProgramScene"))
    assert error.fatal and error.error.kind in (ErrorKind.DROPPED, ErrorKind.TIMEOUT)
    client.close()


def test_a_stalled_answer_times_out_and_is_fatal(fake_obs: FakeObs) -> None:
    client = connect(fake_obs, timeout_s=0.3)
    fake_obs.stall_answers_s = 5
    error = failure(lambda: client.request("GetCurrentProgramScene"))
    assert error.error.kind is ErrorKind.TIMEOUT and error.fatal
    client.close()


def test_the_password_never_reaches_the_log(
    make_fake_obs: Callable[..., FakeObs], caplog: pytest.LogCaptureFixture
) -> None:
    fake = make_fake_obs(password="never-logged-7")
    with caplog.at_level(logging.DEBUG):
        connect(fake, "never-logged-7").close()
        failure(lambda: connect(fake, "wrong-never-logged"))
    assert "never-logged" not in caplog.text


@pytest.mark.parametrize(
    ("text", "address"),
    [("127.0.0.1:4455", Address("127.0.0.1", 4455)), ("obs.local", Address("obs.local", 4455)),
     ("[::1]:4460", Address("::1", 4460)), (" studio:1 ", Address("studio", 1))],
)  # fmt: skip
def test_addresses(text: str, address: Address) -> None:
    assert parse_address(text) == address
    assert parse_address(str(address)) == address


@pytest.mark.parametrize("text", ["", ":4455", "host:0", "host:70000", "host:x", "a b:1"])
def test_bad_addresses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_address(text)
