"""Malformed requests (hypothesis fuzz over raw sockets) and floods: the app keeps answering,
and the Qt thread keeps processing events because the server lives on its own thread."""

from __future__ import annotations

import socket
import threading
from concurrent.futures import ThreadPoolExecutor

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from tests.web.conftest import Web, raw_request

TOKENS = [
    b"GET",
    b"POST",
    b"PUT",
    b"\x00",
    b" ",
    b"/",
    b"/api/state",
    b"/api/next",
    b"/ws",
    b"/../..",
    b"%2e%2e",
    b"http://evil/",
    b"HTTP/1.1",
    b"HTTP/9.9",
    b"\r\n",
    b"\n",
    b"Host: 127.0.0.1",
    b"Host: evil",
    b"Content-Length: 5",
    b"Content-Length: -1",
    b"Content-Length: 99999999999",
    b"Transfer-Encoding: chunked",
    b"Upgrade: websocket",
    b"Connection: Upgrade",
    b"Sec-WebSocket-Version: 13",
    b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
    b"0\r\n\r\n",
    b"{",
    b"\xff\xfe",
    b"A" * 5000,
    b":",
]

chunks = st.lists(
    st.one_of(st.sampled_from(TOKENS), st.binary(max_size=64)), min_size=1, max_size=30
)


def _send_raw(port: int, data: bytes) -> None:
    with socket.create_connection(("127.0.0.1", port), timeout=3) as conn:
        try:
            conn.sendall(data)
            conn.shutdown(socket.SHUT_WR)
            while conn.recv(4096):
                pass
        except (TimeoutError, ConnectionError, OSError):
            pass  # the server may drop us; that is fine


def test_malformed_requests_do_not_break_the_server(web: Web) -> None:
    port = web.port

    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(chunks)
    def fuzz(parts: list[bytes]) -> None:
        _send_raw(port, b"".join(parts))

    fuzz()
    reply = raw_request(port, "GET", "/api/state")
    assert reply.status == 200
    assert reply.json()["state"] == "standby"  # no fuzz input started the show


def test_oversized_headers_are_refused(web: Web) -> None:
    reply = raw_request(web.port, "GET", "/api/state", headers={"X-Big": "a" * 10_000})
    assert reply.status in (400, 431)
    many = {f"X-H{i}": "1" for i in range(200)}
    assert raw_request(web.port, "GET", "/api/state", headers=many).status in (400, 431)
    assert raw_request(web.port, "GET", "/api/state").status == 200


def test_server_answers_while_the_qt_thread_is_busy(web: Web, pool: ThreadPoolExecutor) -> None:
    # The test thread is the Qt thread; block it on the HTTP result without processing events.
    future = pool.submit(raw_request, web.port, "GET", "/api/state")
    assert future.result(timeout=5).status == 200


def test_a_flood_does_not_stall_the_qt_thread(qtbot: QtBot, web: Web) -> None:
    stop = threading.Event()
    counts = {"requests": 0, "timer": 0}
    lock = threading.Lock()

    def hammer() -> None:
        while not stop.is_set():
            try:
                raw_request(web.port, "GET", "/api/state")
                _send_raw(web.port, b"GARBAGE \x00\xff\r\n\r\n")
            except OSError:
                pass
            with lock:
                counts["requests"] += 1

    def on_timer() -> None:
        counts["timer"] += 1

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(on_timer)
    threads = [threading.Thread(target=hammer, daemon=True) for _ in range(8)]
    for thread in threads:
        thread.start()
    try:
        timer.start()
        # while the flood runs, Qt timers keep firing and an action still goes through
        qtbot.waitUntil(lambda: counts["requests"] >= 200 and counts["timer"] >= 20, timeout=20_000)
        reply = web.api.post("/api/start")
        assert reply.status == 200
        assert web.session.snapshot.status == "running"
    finally:
        stop.set()
        timer.stop()
        for thread in threads:
            thread.join(timeout=10)
    assert raw_request(web.port, "GET", "/api/state").status == 200
