"""Fan-out (issue 18): a state document is serialised once, however many clients read it,
and every WebSocket client is sent the very same bytes; the reply to the command that
made the change carries that same text."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import socket
import zlib
from typing import Any

import pytest
from aiohttp import WSMsgType
from pytestqt.qtbot import QtBot

from runofshow.app.state import StateDocument
from runofshow.web.fanout import BATCH, Fanout, Viewer
from runofshow.web.frames import SharedFrames
from tests.web.conftest import WAIT_MS, Web, WsListener


class Spy:
    """Counts serialisations per document and keeps what the server wrote."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, web: Web) -> None:
        self.serialised: list[StateDocument] = []  # one entry per to_json() call
        self.published: list[object] = []
        self.frames: list[SharedFrames] = []  # one entry per state written to a client
        self.written: list[bytes] = []  # ... and the frame's bytes object
        to_json, publish, write_now = StateDocument.to_json, web.server.publish, Viewer.write_now

        def counting_to_json(document: StateDocument) -> dict[str, Any]:
            self.serialised.append(document)
            return to_json(document)

        def counting_publish(state: Any) -> None:
            self.published.append(state)
            publish(state)

        def keeping_write_now(viewer: Viewer, frames: SharedFrames, version: int) -> bool:
            written = write_now(viewer, frames, version)
            if written:
                self.frames.append(frames)
                self.written.append(frames.frame(viewer.window_bits))
            return written

        monkeypatch.setattr(StateDocument, "to_json", counting_to_json)
        monkeypatch.setattr(web.server, "publish", counting_publish)
        monkeypatch.setattr(Viewer, "write_now", keeping_write_now)

    def clear(self) -> None:
        self.serialised.clear()
        self.published.clear()
        self.frames.clear()
        self.written.clear()


def newest(ws: WsListener) -> dict[str, Any]:
    received = ws.drain()
    return received[-1] if received else {}


def connect(qtbot: QtBot, web: Web, count: int, *, compress: int = 15) -> list[WsListener]:
    url = f"http://127.0.0.1:{web.port}/ws"
    listeners = [WsListener(url, compress=compress) for _ in range(count)]
    qtbot.waitUntil(lambda: all(ws.drain() for ws in listeners), timeout=WAIT_MS)
    return listeners


@pytest.mark.parametrize("clients", [1, 25])
def test_each_change_is_serialised_once_however_many_clients(
    qtbot: QtBot, web: Web, monkeypatch: pytest.MonkeyPatch, clients: int
) -> None:
    spy = Spy(monkeypatch, web)
    web.publisher.serve(web.server)  # through the spy from now on
    listeners = connect(qtbot, web, clients)
    try:
        for action, body in (("start", None), ("next", None), ("time", {"seconds": 60})):
            spy.clear()
            reply = web.api.post(f"/api/{action}", body)
            assert reply.status == 200
            state = reply.json()["state"]

            def arrived(state: dict[str, Any] = state) -> bool:
                return all(newest(ws)["revision"] == state["revision"] for ws in listeners)

            # every client is at the reply's revision (with the reply's state, or the
            # document right after it: a service's part such as the storage's may change
            # at once, and a client is only sent the newest)
            qtbot.waitUntil(arrived, timeout=WAIT_MS)
            assert web.api.get("/api/state").json()["revision"] == state["revision"]
            # each document serialised at most once, and no more documents than were
            # handed to the server: nothing depends on how many clients there are
            assert len(spy.serialised) == len({id(d) for d in spy.serialised})
            assert 1 <= len(spy.serialised) <= len(spy.published)
            # the same frame, one bytes object, written to every client that was sent a state
            assert len(spy.frames) >= clients
            same: dict[bytes, SharedFrames] = {}
            assert all(same.setdefault(f.published.data, f) is f for f in spy.frames)
            objects: dict[bytes, bytes] = {}
            assert all(objects.setdefault(b, b) is b for b in spy.written)
            # ... compressed once for all the clients that asked for compression
            assert all(frames.compressions <= 1 for frames in spy.frames)
    finally:
        for ws in listeners:
            ws.close()


def test_a_document_is_the_same_object_until_something_in_it_changes(web: Web) -> None:
    session = web.session
    first = session.document
    assert session.document is first  # nothing changed
    session.set_part("web", {"probe": 1})
    second = session.document
    assert second is not first and second.parts["web"] == {"probe": 1}
    assert session.document is second
    web.clocks.advance(1000)
    session.tick()
    assert session.document is not second  # a new snapshot
    assert first.text == first.text and first.data == first.text.encode()


def test_clients_with_and_without_compression_read_the_same_states(
    qtbot: QtBot, web: Web, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compressed once and sent to all: a client keeping its inflate window across
    messages (aiohttp's, as browsers do) reads every state, as does one without."""
    spy = Spy(monkeypatch, web)
    web.publisher.serve(web.server)
    listeners = connect(qtbot, web, 3) + connect(qtbot, web, 1, compress=0)
    try:
        states = []
        for action in ("start", "next", "previous", "next", "pause"):
            reply = web.api.post(f"/api/{action}")
            assert reply.status == 200
            states.append(reply.json()["state"])
            state = states[-1]

            def arrived(state: dict[str, Any] = state) -> bool:
                return all(newest(ws)["revision"] == state["revision"] for ws in listeners)

            qtbot.waitUntil(arrived, timeout=WAIT_MS)

            def whole() -> bool:  # the newest document, whole, as the server has it
                now = web.api.get("/api/state").json()
                return all(newest(ws) == now for ws in listeners)

            qtbot.waitUntil(whole, timeout=WAIT_MS)
        assert any(frames.compressions == 1 for frames in spy.frames)
        assert all(frames.compressions <= 1 for frames in spy.frames)
        for ws in listeners:  # every state each client received decoded to a real state
            assert all(received.get("api") == 1 for received in ws.drain())
    finally:
        for ws in listeners:
            ws.close()


# ---- the pass itself (runofshow/web/fanout.py), on fake connections -------------------------


class FakeTransport:
    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.closing = False

    def write(self, data: bytes) -> None:
        self.writes.append(data)

    def is_closing(self) -> bool:
        return self.closing


class FakeProtocol:
    """Flow control as aiohttp's protocol has it: paused over the transport's high-water
    mark; ``_drain_helper`` waits until it is resumed."""

    def __init__(self) -> None:
        self.writing_paused = False
        self.drained: asyncio.Future[None] | None = None

    async def _drain_helper(self) -> None:
        if self.writing_paused:
            self.drained = asyncio.get_running_loop().create_future()
            await self.drained

    def resume(self) -> None:
        self.writing_paused = False
        if self.drained is not None and not self.drained.done():
            self.drained.set_result(None)


class FakeWriter:
    def __init__(self, compress: int) -> None:
        self.transport = FakeTransport()
        self.protocol = FakeProtocol()
        self.compress = compress
        self._closing = False


class FakeWs:
    def __init__(self, compress: int = 15, *, known_writer: bool = True) -> None:
        self._writer = FakeWriter(compress) if known_writer else None
        self.closed = False
        self.sent: list[bytes] = []  # through send_frame (an unknown writer)

    async def send_frame(self, data: bytes, opcode: int) -> None:
        assert opcode == WSMsgType.TEXT
        self.sent.append(data)

    @property
    def writes(self) -> list[bytes]:
        assert self._writer is not None
        return self._writer.transport.writes


class State:
    """A published state: serialised once, as the server's are."""

    def __init__(self, n: int) -> None:
        self.text = json.dumps({"revision": n, "pad": "x" * 300})
        self.data = self.text.encode()


def decode_frame(frame: bytes) -> dict[str, Any]:
    """A server frame (final, unmasked text) back to the state it carries."""
    assert frame[0] & 0x8F == 0x81 and not frame[1] & 0x80
    size, at = frame[1] & 0x7F, 2
    if size == 126:
        size, at = int.from_bytes(frame[2:4], "big"), 4
    payload = frame[at:]
    assert len(payload) == size
    if frame[0] & 0x40:  # compressed: on its own, any inflater reads it
        payload = zlib.decompressobj(-15).decompress(payload + b"\x00\x00\xff\xff")
    result: dict[str, Any] = json.loads(payload)
    return result


def join(fanout: Fanout, ws: FakeWs) -> Viewer:
    return fanout.join(ws, None)  # type: ignore[arg-type]


def test_each_state_is_one_frame_written_to_every_transport_in_one_pass() -> None:
    """No task per client, no await: the pass writes the frame built once per kind of
    client (by window size; 0 is no compression) to every transport, the same object."""

    async def scenario() -> None:
        fanout = Fanout()
        sockets = [FakeWs(15) for _ in range(20)] + [FakeWs(0) for _ in range(5)]
        sockets += [FakeWs(9) for _ in range(5)]
        for ws in sockets:
            join(fanout, ws)  # no serve() task runs: the pass alone must write
        fanout.publish(State(1))
        assert all(not ws.writes for ws in sockets)  # on the loop's next turn
        await asyncio.sleep(0)
        assert fanout.passes == 1
        assert all(len(ws.writes) == 1 for ws in sockets)
        for window in (15, 0, 9):
            frames = [ws.writes[0] for ws in sockets if ws._writer.compress == window]  # type: ignore[union-attr]
            assert all(frame is frames[0] for frame in frames)
            assert decode_frame(frames[0]) == {"revision": 1, "pad": "x" * 300}
        assert fanout.frames is not None and fanout.frames.compressions == 2  # 15 and 9
        assert sockets[0].writes[0][0] & 0x40 and not sockets[20].writes[0][0] & 0x40

    asyncio.run(scenario())


def test_states_handed_over_before_the_pass_are_replaced_by_the_newest() -> None:
    async def scenario() -> None:
        fanout = Fanout()
        sockets = [FakeWs() for _ in range(3)]
        for ws in sockets:
            join(fanout, ws)
        fanout.publish(State(1))
        fanout.publish(State(2))
        await asyncio.sleep(0)
        assert fanout.passes == 1
        assert [[decode_frame(f)["revision"] for f in ws.writes] for ws in sockets] == [[2]] * 3

    asyncio.run(scenario())


def test_a_pass_lets_the_loop_answer_between_batches_and_takes_the_newest_state() -> None:
    """Many viewers: BATCH at a time, one batch per turn of the loop, so that a callback
    that became ready meanwhile (an HTTP answer) runs before the pass ends; a state handed
    over mid-pass goes to everyone from the next batch on, and nobody gets a state twice."""

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        fanout = Fanout()
        sockets = [FakeWs() for _ in range(2 * BATCH + 10)]
        log: list[tuple[int, int]] = []  # (revision, socket) of every write, in order
        for i, ws in enumerate(sockets):
            join(fanout, ws)
            transport = ws._writer.transport  # type: ignore[union-attr]

            def write(data: bytes, i: int = i, transport: FakeTransport = transport) -> None:
                log.append((decode_frame(data)["revision"], i))
                transport.writes.append(data)

            transport.write = write  # type: ignore[method-assign]

        def written() -> int:
            return sum(1 for ws in sockets if ws.writes)

        fanout.publish(State(1))
        await asyncio.sleep(0)
        assert written() == BATCH  # the first batch, in the pass's first turn
        seen_by_answer: list[int] = []
        loop.call_soon(lambda: seen_by_answer.append(written()))  # ready mid-pass
        for _ in range(5):
            await asyncio.sleep(0)
        assert seen_by_answer == [2 * BATCH]  # it ran before the last batch
        assert all(len(ws.writes) == 1 for ws in sockets) and fanout.passes == 1

        fanout.publish(State(2))
        await asyncio.sleep(0)
        fanout.publish(State(3))  # mid-pass: the rest are sent 3 only
        for _ in range(10):
            await asyncio.sleep(0)
        revisions = [[decode_frame(f)["revision"] for f in ws.writes] for ws in sockets]
        assert all(r[-1] == 3 and r == sorted(set(r)) for r in revisions)
        saw_2 = sum(1 for r in revisions if 2 in r)
        assert BATCH <= saw_2 < len(sockets)  # those the pass had not reached were sent 3 only
        # the ones the pass had not reached were written 3 before any that had 2 already:
        # nobody waits behind a second round for the others
        order = [i for rev, i in log if rev == 3]
        laggards = [i for i, r in enumerate(revisions) if r == [1, 3]]
        assert laggards and set(order[: len(laggards)]) == set(laggards)

    asyncio.run(scenario())


def test_a_viewer_over_its_high_water_mark_is_skipped_then_sent_only_the_newest() -> None:
    """Back-pressure: nothing is queued for a client that reads too slowly (its transport
    paused); the others are not held up; once it drains it is sent the newest state
    only, and never the ones it missed."""

    async def scenario() -> None:
        fanout = Fanout()
        slow, quick = FakeWs(), FakeWs()
        slow_viewer = join(fanout, slow)
        join(fanout, quick)
        task = asyncio.create_task(fanout.serve(slow_viewer))
        fanout.publish(State(1))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        assert len(slow.writes) == len(quick.writes) == 1
        assert slow._writer is not None
        slow._writer.protocol.writing_paused = True
        for n in (2, 3, 4):
            fanout.publish(State(n))
            for _ in range(3):
                await asyncio.sleep(0)
        assert [decode_frame(f)["revision"] for f in quick.writes] == [1, 2, 3, 4]
        assert [decode_frame(f)["revision"] for f in slow.writes] == [1]  # nothing queued
        slow._writer.protocol.resume()
        for _ in range(3):
            await asyncio.sleep(0)
        assert [decode_frame(f)["revision"] for f in slow.writes] == [1, 4]
        fanout.publish(State(5))  # and it is back in the pass
        await asyncio.sleep(0)
        assert [decode_frame(f)["revision"] for f in slow.writes] == [1, 4, 5]
        slow.closed = True
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        assert slow_viewer not in fanout.viewers

    asyncio.run(scenario())


def test_a_closing_connection_is_not_written_to() -> None:
    async def scenario() -> None:
        fanout = Fanout()
        closing, open_ = FakeWs(), FakeWs()
        join(fanout, closing)
        join(fanout, open_)
        assert closing._writer is not None
        closing._writer.transport.closing = True
        fanout.publish(State(1))
        await asyncio.sleep(0)
        assert closing.writes == [] and len(open_.writes) == 1

    asyncio.run(scenario())


def test_a_connection_with_an_unknown_writer_is_sent_the_text_by_send_frame() -> None:
    async def scenario() -> None:
        fanout = Fanout()
        other = FakeWs(known_writer=False)
        viewer = join(fanout, other)
        task = asyncio.create_task(fanout.serve(viewer))
        state = State(1)
        fanout.publish(state)
        for _ in range(3):
            await asyncio.sleep(0)
        assert other.sent == [state.data]
        other.closed = True
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    asyncio.run(scenario())


# ---- a client that does not read, over real sockets -----------------------------------------


def mute_client(port: int) -> socket.socket:
    """A WebSocket client (no compression) that shakes hands and then reads nothing, with
    a small receive buffer so that the server's side fills quickly."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.settimeout(WAIT_MS / 1000)
    sock.connect(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall(
        f"GET /ws HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
        "Sec-WebSocket-Version: 13\r\n\r\n".encode()
    )
    head = b""
    while b"\r\n\r\n" not in head:
        head += sock.recv(1)
    assert head.startswith(b"HTTP/1.1 101"), head
    return sock


def read_frames(sock: socket.socket, until_revision: int) -> list[int]:
    """The revisions of the text frames on ``sock``, up to the one with ``until_revision``."""
    revisions: list[int] = []
    buffer = b""
    while not revisions or revisions[-1] != until_revision:
        buffer += sock.recv(1 << 16)
        while len(buffer) >= 2:
            size, at = buffer[1] & 0x7F, 2
            if size >= 126:
                at = 4 if size == 126 else 10
                size = int.from_bytes(buffer[2:at], "big")
            if len(buffer) < at + size:
                break
            frame, buffer = buffer[: at + size], buffer[at + size :]
            if frame[0] & 0x0F == 0x1:
                revisions.append(int(decode_frame(frame)["revision"]))
    return revisions


def test_a_client_that_does_not_read_is_skipped_and_its_buffer_stays_bounded(
    qtbot: QtBot, web: Web
) -> None:
    """The kernel's buffers fill, then its transport's up to the high-water mark; from then
    on it is skipped (nothing more is buffered for it) while a reading client is sent every
    state; when it reads again it gets what was buffered and then the newest state."""
    quick = connect(qtbot, web, 1, compress=0)[0]
    mute = mute_client(web.port)
    try:
        qtbot.waitUntil(lambda: web.server.client_count == 2, timeout=WAIT_MS)
        port = mute.getsockname()[1]
        viewer = next(
            v
            for v in web.server._fanout.viewers
            if v.writer.transport.get_extra_info("peername")[1] == port
        )
        transport = viewer.writer.transport
        transport.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
        high_water = transport.get_write_buffer_limits()[1]
        last = 0
        for revision in range(10_000, 10_060):  # 60 states of 4 KB: 240 KB
            web.server.publish({"api": 1, "revision": revision, "pad": os.urandom(2000).hex()})

            def arrived(revision: int = revision) -> bool:
                return newest(quick).get("revision") == revision

            qtbot.waitUntil(arrived, timeout=WAIT_MS)
            last = revision
        assert viewer.paused and viewer.sent < web.server._fanout.version  # skipped
        frame = 4200  # one state's frame, with its header
        assert transport.get_write_buffer_size() <= high_water + frame
        revisions = read_frames(mute, last)  # it reads again: the newest comes last
        assert revisions[-1] == last and len(revisions) < 60  # states in between skipped
        assert revisions == sorted(revisions)
    finally:
        mute.close()
        quick.close()


def test_with_nobody_watching_a_state_does_not_wake_the_server_and_a_new_view_gets_the_newest(
    qtbot: QtBot, web: Web, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A state a second for nobody cost both threads a wake-up (issue 18: running CPU);
    the state is kept for the next request and for the next view that joins."""
    hand_overs: list[object] = []
    hand_over = web.server._hand_over

    def counting_hand_over() -> None:
        hand_overs.append(web.server._published)
        hand_over()

    monkeypatch.setattr(web.server, "_hand_over", counting_hand_over)
    for action in ("start", "next", "next"):
        assert web.api.post(f"/api/{action}").status == 200
    revision = web.api.get("/api/state").json()["revision"]
    assert hand_overs == []  # nobody watched: never handed to the fan-out
    (ws,) = connect(qtbot, web, 1)
    qtbot.waitUntil(lambda: newest(ws).get("revision") == revision, timeout=WAIT_MS)
    try:
        assert web.api.post("/api/previous").status == 200
        after = web.api.get("/api/state").json()["revision"]
        qtbot.waitUntil(lambda: newest(ws).get("revision", 0) >= after, timeout=WAIT_MS)
        assert hand_overs  # now somebody watches: woken for the change
    finally:
        ws.close()
