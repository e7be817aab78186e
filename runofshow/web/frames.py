"""The state as WebSocket frames: the same payload for every client, compressed once.

Browsers (and aiohttp's client) negotiate permessage-deflate (RFC 7692), and aiohttp then
compresses every message for every connection on its own: with 200 live views, 200
compressions of the same state on the server thread for each change. A message compressed
on its own, without the sliding window of earlier messages (what "no context takeover"
means), is valid for any receiver, whether or not it keeps its window: so the state is
compressed once per window size and the same bytes go to every client that negotiated it.

The frame is written with aiohttp's own frame writer (``WebSocketWriter``), flagged
compressed (RSV1); where that writer is not the one this was written against, or the
client did not negotiate compression, the plain ``send_frame`` sends the same text bytes.
"""

from __future__ import annotations

import zlib
from typing import Any, Protocol

from aiohttp import WSMsgType, web

DEFLATE_TAIL = b"\x00\x00\xff\xff"  # a sync flush's end, left off on the wire (RFC 7692 7.2.1)
RSV1 = 0x40  # "this message is compressed"


class Published(Protocol):
    """A state as the server hands it out: serialised once, whoever reads it."""

    @property
    def text(self) -> str: ...

    @property
    def data(self) -> bytes: ...


def deflate(data: bytes, window_bits: int) -> bytes:
    """``data`` as one permessage-deflate payload, compressed on its own."""
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -window_bits)
    return (compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)).removesuffix(
        DEFLATE_TAIL
    )


class SharedFrames:
    """One state's payloads: the text bytes, and each compressed form made at most once."""

    def __init__(self, published: Published) -> None:
        self.published = published
        self._deflated: dict[int, bytes] = {}
        self.compressions = 0  # how many times this state was compressed (tests read it)

    def deflated(self, window_bits: int) -> bytes:
        payload = self._deflated.get(window_bits)
        if payload is None:
            payload = self._deflated[window_bits] = deflate(self.published.data, window_bits)
            self.compressions += 1
        return payload


async def send_state(ws: web.WebSocketResponse, frames: SharedFrames) -> None:
    """Send the state to one client: the shared compressed payload when it negotiated
    compression, else the shared text bytes."""
    writer: Any = getattr(ws, "_writer", None)
    window_bits = getattr(writer, "compress", 0)
    write = getattr(writer, "_write_websocket_frame", None)
    protocol: Any = getattr(writer, "protocol", None)
    if not window_bits or write is None or protocol is None or writer._closing:
        await ws.send_frame(frames.published.data, WSMsgType.TEXT)
        return
    write(frames.deflated(window_bits), WSMsgType.TEXT, RSV1)
    if getattr(protocol, "_paused", False):  # the client reads slowly: wait, as send_frame does
        await protocol._drain_helper()
