"""Fan-out: 200 WebSocket clients on a `runofshow --headless` server, on loopback only.

What is timed, per repetition (a POST /api/next or /api/previous, alternating):

- ``fanout.p50``/``p99`` (the target): from just before the POST is sent (wall clock, ns)
  until the LAST client has the new state and has decoded it. For each client: when the
  last byte of the first frame carrying the new revision reached its socket (the kernel's
  receive timestamp, ``SO_TIMESTAMPNS``, on the same wall clock), plus the time a client
  takes to decode that frame (inflate, UTF-8 and ``json.loads``: see below). The
  repetition's figure is the latest of these. The POST's own answer is not waited for: a
  viewer never sees it.
- ``fanout.acked_p99``: until the POST has been answered (which waits for the journal's
  fsync) AND every client has the state: what the earlier harness reported.
- ``fanout.post_p50``: the POST's round trip alone (its answer is seen within a
  millisecond: the harness polls for it while reading the clients).
- ``fanout.first_p50``: from the POST to the first client's arrival.
- ``fanout.spread_p50``: from the first client's arrival to the last one's: the server's
  pass over the connections and the kernel's loopback.
- ``fanout.decode_us``: one client decoding one state, per frame; and what 200 clients
  decoding in one process would spend, per change.

Why the clients are this light: 200 viewers decode on 200 machines at once. Here they all
share one Python process (and the machine's two cores with the server), and aiohttp's
client, which inflates and parses every message in ``data_received`` and wakes a task per
message, had the 200th client wait for 199 others' decoding (about 15 ms per state, two or
three states per change) before its arrival was even seen: a cost that scaled with the
number of clients, was not the server's, and took CPU from the server while it was still
sending. Here each client is a plain non-blocking socket (RFC 6455 framing; it asks for
permessage-deflate as browsers do and answers pings), read as soon as it is readable, and
its frames' arrival is the kernel's timestamp, so how fast this process reads does not
change it. When one read returns two frames, both get the newer timestamp: late, never
early. Frames are decoded afterwards: every client is sent the very same bytes, so each
distinct payload is decoded once with a fresh inflater, its decoding time measured, and
every client whose frame is those bytes is charged that time on top of its own arrival
(never another client's).

The baseline is the same with a single client, in the same run. Server CPU is
utime+stime of the server process over the repetitions.
"""

from __future__ import annotations

import base64
import concurrent.futures
import http.client
import json
import os
import selectors
import socket
import struct
import time
import zlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from bench.common import (
    PYTHON,
    Context,
    Row,
    below_verdict,
    cpu_seconds,
    percentile,
    read_marker,
    spawn,
    stop,
)

NAME = "fanout"
CLIENTS = 200
TARGET_MS = 25.0
TARGET_RATIO = 1.5
DEFLATE_TAIL = b"\x00\x00\xff\xff"


SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35)  # Linux; Python 3.11 lacks the name


@dataclass
class Arrival:
    """One text frame as it came: when its last byte reached the client's socket (the
    kernel's receive timestamp, CLOCK_REALTIME in ns), and its payload, not decoded."""

    at_ns: int
    compressed: bool
    payload: bytes


class Client:
    """A WebSocket client (RFC 6455; it asks for permessage-deflate as browsers do) on a
    plain non-blocking socket that carries the kernel's receive timestamps, so that when
    this process reads it does not change when a frame is said to have arrived."""

    def __init__(self, host: str, port: int) -> None:
        sock = socket.create_connection((host, port), timeout=10)
        sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
        key = base64.b64encode(os.urandom(16)).decode()
        sock.sendall(
            (
                f"GET /ws HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                "Sec-WebSocket-Version: 13\r\n"
                "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n"
            ).encode()
        )
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = sock.recv(1)  # byte by byte: nothing of the first frame is read here
            if not chunk:
                raise RuntimeError("the server closed the WebSocket handshake")
            head += chunk
        if not head.startswith(b"HTTP/1.1 101"):
            raise RuntimeError(f"handshake refused: {head[:80]!r}")
        sock.setblocking(False)
        self.sock = sock
        self.buffer = bytearray()
        self.pending: list[Arrival] = []  # whole frames read, not yet looked at

    def read(self) -> None:
        """Read what has come; whole frames go to ``pending``. A frame's arrival is the
        receive timestamp of the read that completed it: the newest of the bytes that read
        returned, so a frame read together with a later one is said to have arrived with
        the later one (late, never early). The harness reads as soon as the socket is
        readable, so that is rare."""
        while True:
            try:
                data, ancillary, _flags, _addr = self.sock.recvmsg(1 << 16, 64)
            except BlockingIOError:
                return
            if not data:
                raise RuntimeError("the server closed a WebSocket")
            at_ns = 0
            for level, kind, value in ancillary:
                if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS:
                    seconds, nanoseconds = struct.unpack("qq", value[:16])
                    at_ns = seconds * 1_000_000_000 + nanoseconds
            buffer = self.buffer
            buffer += data
            while len(buffer) >= 2:
                first, size, at = buffer[0], buffer[1] & 0x7F, 2
                if size >= 126:
                    at = 4 if size == 126 else 10
                    if len(buffer) < at:
                        break
                    size = int.from_bytes(buffer[2:at], "big")
                if len(buffer) < at + size:
                    break
                payload = bytes(buffer[at : at + size])
                del buffer[: at + size]
                if not first & 0x80:
                    raise RuntimeError("a fragmented message: not what the server sends")
                opcode = first & 0x0F
                if opcode == 0x1:
                    self.pending.append(Arrival(at_ns, bool(first & 0x40), payload))
                elif opcode == 0x9:  # ping: a masked pong with the same payload
                    self._send(0xA, payload)
                elif opcode == 0x8:
                    raise RuntimeError("the server closed a WebSocket")

    def _send(self, opcode: int, payload: bytes) -> None:
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.setblocking(True)
        self.sock.sendall(bytes([0x80 | opcode, 0x80 | len(payload)]) + mask + masked)
        self.sock.setblocking(False)

    def close(self) -> None:
        self.sock.close()


def _decode(payload: bytes, compressed: bool) -> tuple[int, float]:
    """The state's revision and the seconds a client takes to decode it (inflate, UTF-8
    and JSON, as a page's ``JSON.parse`` of the message). A fresh inflater: the server
    compresses each state on its own, so a frame decodes whatever came before it."""
    start = time.perf_counter()
    data = payload
    if compressed:
        data = zlib.decompressobj(-zlib.MAX_WBITS).decompress(payload + DEFLATE_TAIL)
    state = json.loads(data.decode("utf-8"))
    return int(state["revision"]), time.perf_counter() - start


@dataclass
class Samples:
    viewers: list[float] = field(default_factory=list)  # ms, POST sent -> last client decoded
    acked: list[float] = field(default_factory=list)  # ms, ... and the POST answered
    posted: list[float] = field(default_factory=list)  # ms, the POST's round trip
    first: list[float] = field(default_factory=list)  # ms, POST sent -> first arrival
    spread: list[float] = field(default_factory=list)  # ms, first arrival -> last arrival
    decode_each: list[float] = field(default_factory=list)  # µs per frame
    decode_all: list[float] = field(default_factory=list)  # ms per change, all clients
    payloads: list[int] = field(default_factory=list)  # distinct frames decoded per change
    cpu_share: float = 0.0


def _post(api: http.client.HTTPConnection, path: str, body: bytes = b"") -> dict[str, Any]:
    """One POST on the kept-alive connection (as the /control page's fetch keeps it)."""
    api.request("POST", path, body, {"Content-Type": "application/json"})
    response = api.getresponse()
    data = response.read()
    if response.status != 200:
        raise RuntimeError(f"POST {path}: {response.status} {data[:200]!r}")
    result: dict[str, Any] = json.loads(data)
    return result


def _fanout(base: str, clients: int, reps: int, pid: int) -> Samples:
    url = urlsplit(base)
    host, port = url.hostname or "127.0.0.1", int(url.port or 80)
    viewers = [Client(host, port) for _ in range(clients)]
    readable = selectors.DefaultSelector()
    for v in viewers:
        readable.register(v.sock, selectors.EVENT_READ, v)
    api = http.client.HTTPConnection(host, port, timeout=30)
    poster = concurrent.futures.ThreadPoolExecutor(1)  # the POST waits there, blocking

    def read_ready(timeout: float) -> None:
        for key, _events in readable.select(timeout):
            key.data.read()

    samples = Samples()
    try:
        _post(api, "/api/start", b'{"plan": "as_planned"}')
        deadline = time.monotonic() + 10
        while not all(v.pending for v in viewers):  # every client has a state
            if time.monotonic() > deadline:
                raise RuntimeError("not every client was sent a state")
            read_ready(0.05)
        time.sleep(0.3)
        cpu0, t0 = cpu_seconds(pid), time.monotonic()
        for rep in range(reps):
            action = "next" if rep % 2 == 0 else "previous"
            read_ready(0)  # what came before the POST: read, and dropped
            for v in viewers:
                v.pending.clear()
            t_post = time.time_ns()
            answer = poster.submit(_post, api, f"/api/{action}")
            t_answer = 0
            decoded: dict[bytes, tuple[int, float]] = {}
            found: dict[int, tuple[int, float]] = {}  # client -> (arrival ns, decode s)
            deadline = time.monotonic() + 10
            while len(found) < clients:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{clients - len(found)} clients never got the state")
                read_ready(0.001)
                if not t_answer:
                    if not answer.done():
                        continue
                    t_answer = time.time_ns()  # within a millisecond of the answer
                    body = answer.result()
                    if not body.get("ok"):
                        raise RuntimeError(f"/api/{action} refused: {body}")
                    revision = int(body["revision"])
                for i, v in enumerate(viewers):
                    if i in found:
                        continue
                    for frame in v.pending:
                        known = decoded.get(frame.payload)
                        if known is None:
                            known = decoded[frame.payload] = _decode(
                                frame.payload, frame.compressed
                            )
                        if known[0] >= revision:
                            found[i] = (frame.at_ns, known[1])
                            break
                    v.pending.clear()
            arrivals = [at for at, _cost in found.values()]
            if min(arrivals) < t_post:
                raise RuntimeError("a frame without a receive timestamp")
            done = max(at + cost * 1e9 for at, cost in found.values())
            samples.viewers.append((done - t_post) / 1e6)
            samples.acked.append((max(done, t_answer) - t_post) / 1e6)
            samples.posted.append((t_answer - t_post) / 1e6)
            samples.first.append((min(arrivals) - t_post) / 1e6)
            samples.spread.append((max(arrivals) - min(arrivals)) / 1e6)
            samples.decode_each.extend(cost * 1e6 for _at, cost in found.values())
            samples.decode_all.append(sum(cost for _at, cost in found.values()) * 1000)
            samples.payloads.append(len(decoded))
            end = time.monotonic() + 0.15 + 0.037 * (rep % 5)  # not in phase with the ticks
            while (left := end - time.monotonic()) > 0:
                read_ready(left)  # keep reading (and answering pings), as a page does
        samples.cpu_share = (cpu_seconds(pid) - cpu0) / (time.monotonic() - t0) * 100
    finally:
        poster.shutdown()
        api.close()
        readable.close()
        for v in viewers:
            v.close()
    return samples


def _measure(ctx: Context, clients: int, reps: int) -> Samples:
    from runofshow.paths import bundled_show

    args = [PYTHON, "-m", "runofshow", "--headless", str(bundled_show()), "--port", "0"]
    proc = spawn(args, ctx.child_env(QT_QPA_PLATFORM="offscreen"))
    try:
        base = read_marker(proc, "ready ", 60)
        if not base.startswith(("http://127.0.0.1:", "http://[::1]:")):
            raise RuntimeError(f"not a loopback address: {base}")
        return _fanout(base, clients, reps, proc.pid)
    finally:
        stop(proc)


def run(ctx: Context) -> list[Row]:
    reps = 4 if ctx.smoke else 30
    clients = 20 if ctx.smoke else CLIENTS
    many = _measure(ctx, clients, reps)
    one = _measure(ctx, 1, reps)
    note = f"{clients} clients, {reps} next/previous; baseline: 1 client"
    p99, p99_one = percentile(many.viewers, 99), percentile(one.viewers, 99)
    ratio = p99 / p99_one if p99_one else float("nan")
    return [
        Row(
            "fanout.p50",
            percentile(many.viewers, 50),
            percentile(one.viewers, 50),
            "ms",
            "",
            "info",
            note + "; POST sent -> the last client has decoded the new state",
        ),
        Row(
            "fanout.p99",
            p99,
            p99_one,
            "ms",
            f"<= {TARGET_RATIO}x",
            below_verdict(ratio, TARGET_RATIO, inclusive=True),
            f"max {max(many.viewers):.1f} ms; the absolute goal was < {TARGET_MS:.0f} ms",
        ),
        Row(
            "fanout.acked_p99",
            percentile(many.acked, 99),
            percentile(one.acked, 99),
            "ms",
            "",
            "info",
            "until the POST is answered (after the journal's fsync) and every client has it",
        ),
        Row(
            "fanout.post_p50",
            percentile(many.posted, 50),
            percentile(one.posted, 50),
            "ms",
            "",
            "info",
            f"the POST's round trip, including the journal's fsync; p99 "
            f"{percentile(many.posted, 99):.1f} / {percentile(one.posted, 99):.1f} ms",
        ),
        Row(
            "fanout.first_p50",
            percentile(many.first, 50),
            percentile(one.first, 50),
            "ms",
            "",
            "info",
            "POST sent -> the first client has the frame",
        ),
        Row(
            "fanout.spread_p50",
            percentile(many.spread, 50),
            percentile(one.spread, 50),
            "ms",
            "",
            "info",
            f"first -> last client's arrival (p99 {percentile(many.spread, 99):.1f} ms): the "
            "server's pass, loopback, this process reading the sockets",
        ),
        Row(
            "fanout.decode_us",
            percentile(many.decode_each, 50),
            percentile(one.decode_each, 50),
            "us",
            "",
            "info",
            f"one client decoding one state (inflate + JSON), median; all {clients} in this "
            f"process would spend {percentile(many.decode_all, 50):.1f} ms per change; each "
            f"distinct payload is decoded once ({max(many.payloads)} at most per change)",
        ),
        Row(
            "fanout.server_cpu",
            many.cpu_share,
            one.cpu_share,
            "%",
            "",
            "info",
            "server process CPU (% of one core) during the repetitions",
        ),
    ]
