"""The state as WebSocket frames: the same bytes for every client, built once per change.

Browsers (and aiohttp's client) negotiate permessage-deflate (RFC 7692), and aiohttp then
compresses every message for every connection on its own: with 200 live views, 200
compressions of the same state on the server thread for each change. A message compressed
on its own, without the sliding window of earlier messages (what "no context takeover"
means), is valid for any receiver, whether or not it keeps its window: so the state is
compressed once per window size, and the whole frame (header and payload; a server's frames
are not masked) is built once for each kind of client and written as it is to every
connection's transport (see fanout.py).
"""

from __future__ import annotations

import struct
import zlib
from typing import Protocol

DEFLATE_TAIL = b"\x00\x00\xff\xff"  # a sync flush's end, left off on the wire (RFC 7692 7.2.1)
FIN = 0x80
RSV1 = 0x40  # "this message is compressed"
TEXT = 0x1


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


def text_frame(payload: bytes, *, compressed: bool) -> bytes:
    """One final, unmasked text frame (RFC 6455 5.2) carrying ``payload``."""
    first = FIN | TEXT | (RSV1 if compressed else 0)
    size = len(payload)
    if size < 126:
        header = struct.pack("!BB", first, size)
    elif size < 1 << 16:
        header = struct.pack("!BBH", first, 126, size)
    else:
        header = struct.pack("!BBQ", first, 127, size)
    return header + payload


class SharedFrames:
    """One state's frames: the plain text frame, and a compressed one per window size, each
    made at most once, whoever reads them."""

    def __init__(self, published: Published) -> None:
        self.published = published
        self._frames: dict[int, bytes] = {}
        self.compressions = 0  # how many times this state was compressed (tests read it)

    def frame(self, window_bits: int) -> bytes:
        """The wire frame for a client that negotiated ``window_bits`` (0: no compression)."""
        frame = self._frames.get(window_bits)
        if frame is None:
            if window_bits:
                payload = deflate(self.published.data, window_bits)
                self.compressions += 1
            else:
                payload = self.published.data
            frame = self._frames[window_bits] = text_frame(payload, compressed=bool(window_bits))
        return frame
