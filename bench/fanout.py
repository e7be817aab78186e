"""Fan-out: 200 WebSocket clients on a `runofshow --headless` server, on loopback only.

What is timed, per repetition (a POST /api/next or /api/previous, alternating):

- ``fanout.p50``/``p99`` (the target): from just before the POST is sent until the LAST
  client has the new state and has decoded it: for each client, the moment its socket
  handed this process the whole frame carrying the new revision (read in the event loop's
  ``data_received``, as soon as the loop sees the socket readable), plus the time that
  client takes to decode that frame (inflate and ``json.loads``: see below); the
  repetition's figure is the latest of these. The POST's own answer is not waited for: a
  viewer never sees it.
- ``fanout.acked_p99``: until the POST has been answered (which waits for the journal's
  fsync) AND every client has the state: the figure the earlier harness reported.
- ``fanout.post_p50``: the POST's round trip alone.
- ``fanout.spread_p50``: from the first client's arrival to the last one's: the server's
  pass over the connections, the kernel's loopback and this process reading 200 sockets.
- ``fanout.decode_us``: one client decoding one state (inflate, UTF-8, JSON), per frame;
  and what 200 clients decoding in one process would spend, per change.

Why the clients are this light: 200 viewers decode on 200 machines at once. Here they all
share one Python process (and the machine's two cores with the server), and aiohttp's
client, which inflates and parses every message in ``data_received`` and wakes a task per
message, had the 200th client wait for 199 others' decoding (about 15 ms per state, two or
three states per change) before its arrival was even seen: a cost that scaled with the
number of clients, was not the server's, and took CPU from the server while it was still
sending. Here each client is a bare asyncio protocol that records when a whole frame has
arrived (``time.perf_counter()`` first thing in ``data_received``) and keeps its payload.
Frames are decoded afterwards: every client is sent the very same bytes, so each distinct
payload is decoded once, its decoding time measured, and every client whose frame is
those bytes is charged that time on top of its own arrival (never another client's). Pings
are answered with pongs, as a browser does.

The baseline is the same with a single client, in the same run. Server CPU is
utime+stime of the server process over the repetitions.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import struct
import time
import zlib
from dataclasses import dataclass, field
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


@dataclass
class Arrival:
    """One text frame as it came: when, and its payload, not yet decoded."""

    at: float
    compressed: bool
    payload: bytes


@dataclass
class Decoded:
    at: float  # when the frame arrived
    cost: float  # seconds this client took to decode it
    revision: int


class Client(asyncio.Protocol):
    """A WebSocket client (RFC 6455, permessage-deflate as browsers ask) that only records
    arrivals; ``decode`` reads them later."""

    def __init__(self, host: str, arrived: asyncio.Event) -> None:
        self.host = host
        self.arrived = arrived  # set on every whole text frame, for whoever waits
        self.transport: asyncio.Transport | None = None
        self.open: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.buffer = bytearray()
        self.pending: list[Arrival] = []
        self.compressed = False  # permessage-deflate was agreed
        self.closed = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        key = base64.b64encode(os.urandom(16)).decode()
        transport.write(
            (
                f"GET /ws HTTP/1.1\r\nHost: {self.host}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                "Sec-WebSocket-Version: 13\r\n"
                "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n"
            ).encode()
        )

    def data_received(self, data: bytes) -> None:
        now = time.perf_counter()
        buffer = self.buffer
        buffer += data
        if not self.open.done():
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(buffer[:end]).decode("latin-1").lower()
            del buffer[: end + 4]
            if not head.startswith("http/1.1 101"):
                self.open.set_exception(RuntimeError(f"handshake refused: {head[:80]}"))
                return
            self.compressed = "permessage-deflate" in head
            self.open.set_result(None)
        while len(buffer) >= 2:
            first, second = buffer[0], buffer[1]
            size, at = second & 0x7F, 2
            if size == 126:
                if len(buffer) < 4:
                    return
                size, at = struct.unpack_from("!H", buffer, 2)[0], 4
            elif size == 127:
                if len(buffer) < 10:
                    return
                size, at = struct.unpack_from("!Q", buffer, 2)[0], 10
            if len(buffer) < at + size:
                return
            payload = bytes(buffer[at : at + size])
            del buffer[: at + size]
            opcode = first & 0x0F
            if not first & 0x80:
                raise RuntimeError("fragmented message: not what the server sends")
            if opcode == 0x1:
                self.pending.append(Arrival(now, bool(first & 0x40), payload))
                self.arrived.set()
            elif opcode == 0x9:  # ping: a masked pong with the same payload
                self._send(0xA, payload)
            elif opcode == 0x8:
                self.closed = True

    def _send(self, opcode: int, payload: bytes) -> None:
        assert self.transport is not None and len(payload) < 126
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.transport.write(bytes([0x80 | opcode, 0x80 | len(payload)]) + mask + masked)

    def decode(self, decoded: dict[bytes, tuple[int, float]]) -> list[Decoded]:
        """Every frame that arrived since the last call, in order. ``decoded`` holds the
        payloads already decoded (for any client) with their revision and decoding time:
        every client is sent the very same bytes, so each payload is decoded once and every
        client that got those bytes is charged that measured time."""
        out = []
        pending, self.pending = self.pending, []
        for frame in pending:
            known = decoded.get(frame.payload)
            if known is None:
                known = decoded[frame.payload] = _decode(frame.payload, frame.compressed)
            revision, cost = known
            out.append(Decoded(frame.at, cost, revision))
        return out

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


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


class Api:
    """POSTs on one kept-alive HTTP/1.1 connection (as the /control page's fetch keeps it)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: bytes = b"") -> dict[str, object]:
        if self.reader is None or self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(
            (
                f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            ).encode()
            + body
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        if not head.startswith(b"HTTP/1.1 200"):
            raise RuntimeError(f"POST {path}: {head[:60]!r}")
        length = next(
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        )
        result: dict[str, object] = json.loads(await self.reader.readexactly(length))
        return result

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def _fanout(base: str, clients: int, reps: int, pid: int) -> Samples:
    url = urlsplit(base)
    host, port = url.hostname or "127.0.0.1", int(url.port or 80)
    loop = asyncio.get_running_loop()
    arrived = asyncio.Event()
    viewers: list[Client] = []
    for _ in range(clients):
        _transport, client = await loop.create_connection(
            lambda: Client(f"{host}:{port}", arrived), host, port
        )
        viewers.append(client)
    samples = Samples()
    api = Api(host, port)
    try:
        await asyncio.wait_for(asyncio.gather(*(v.open for v in viewers)), 30)
        await api.post("/api/start", b'{"plan": "as_planned"}')
        for _ in range(200):  # bounded: until every client has seen a state
            if all(v.pending for v in viewers):
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)
        cpu0, t0 = cpu_seconds(pid), time.monotonic()
        for rep in range(reps):
            action = "next" if rep % 2 == 0 else "previous"
            decoded: dict[bytes, tuple[int, float]] = {}
            for v in viewers:  # what came before the POST: decoded now, out of the timing
                v.decode(decoded)
            arrived.clear()
            t_post = time.perf_counter()
            body = await api.post(f"/api/{action}")
            t_answer = time.perf_counter()
            if not body.get("ok"):
                raise RuntimeError(f"/api/{action} refused: {body}")
            revision = body["revision"]
            assert isinstance(revision, int)
            found: dict[int, Decoded] = {}
            deadline = t_post + 10
            while True:
                arrived.clear()
                for i, v in enumerate(viewers):
                    frames = v.decode(decoded)
                    if i not in found:
                        hit = next((f for f in frames if f.revision >= revision), None)
                        if hit is not None:
                            found[i] = hit
                if len(found) == clients:
                    break
                left = max(0.001, deadline - time.perf_counter())
                await asyncio.wait_for(arrived.wait(), left)
            done = max(f.at + f.cost for f in found.values())
            first = min(f.at for f in found.values())
            last = max(f.at for f in found.values())
            samples.viewers.append((done - t_post) * 1000)
            samples.acked.append((max(done, t_answer) - t_post) * 1000)
            samples.posted.append((t_answer - t_post) * 1000)
            samples.first.append((first - t_post) * 1000)
            samples.spread.append((last - first) * 1000)
            samples.decode_each.extend(f.cost * 1e6 for f in found.values())
            samples.decode_all.append(sum(f.cost for f in found.values()) * 1000)
            samples.payloads.append(len(decoded))
            await asyncio.sleep(0.15 + 0.037 * (rep % 5))  # not in phase with the ticks
        samples.cpu_share = (cpu_seconds(pid) - cpu0) / (time.monotonic() - t0) * 100
    finally:
        api.close()
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
        return asyncio.run(asyncio.wait_for(_fanout(base, clients, reps, proc.pid), 300))
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
