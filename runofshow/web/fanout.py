"""Fan-out: every live view is sent each new state, in one synchronous pass.

On each change the state's frame is built once (frames.py) and written, as the same bytes
object, straight to each connection's transport, one after the other, without an await in
between: no task wakes per client, no per-send lock, nothing for the loop to schedule. The
pass goes in batches of ``BATCH`` connections, one per turn of the loop, so that an HTTP
answer ready meanwhile (a command's, once its journal entry is on disk) waits for one
batch at most, not for every client.

Back-pressure: a viewer whose transport is paused (its buffer is over the high-water mark:
the client reads slower than states come) is skipped, never queued behind: its own task
waits for the buffer to drain and then writes the newest state only, so the states it
missed in between are never sent and its memory stays at the transport's buffer. A viewer
that stops reading altogether stops answering the heartbeat's pings and is dropped by it.

A connection whose writer is not aiohttp's frame writer as this was written against (the
private attributes below) is sent the state through ``send_frame``, from its own task.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from runofshow.web.frames import Published, SharedFrames

log = logging.getLogger(__name__)

BATCH = 50  # viewers written to per turn of the loop (~1 ms: a send costs 10-25 µs)


@dataclass(eq=False)
class Viewer:
    """One live view (a WebSocket client) and what it was last sent."""

    ws: web.WebSocketResponse
    credential: str | None  # the token it was opened with (None on localhost)
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    sent: int = -1  # the version it was last sent
    writer: Any = None  # aiohttp's WebSocketWriter, when it is the one known here
    window_bits: int = 0  # permessage-deflate's window for this client (0: none)

    def __post_init__(self) -> None:
        writer: Any = getattr(self.ws, "_writer", None)
        transport = getattr(writer, "transport", None)
        protocol = getattr(writer, "protocol", None)
        if (
            transport is not None
            and hasattr(transport, "write")
            and hasattr(protocol, "writing_paused")
            and hasattr(protocol, "_drain_helper")
            and hasattr(writer, "_closing")
        ):
            self.writer = writer
            self.window_bits = int(getattr(writer, "compress", 0) or 0)

    @property
    def paused(self) -> bool:
        """Its transport's buffer is over the high-water mark: it reads too slowly."""
        return bool(self.writer.protocol.writing_paused)

    def write_now(self, frames: SharedFrames, version: int) -> bool:
        """Write the state to the transport at once; False when it cannot take it now."""
        writer = self.writer
        if writer is None or writer._closing or writer.transport.is_closing() or self.paused:
            return False
        writer.transport.write(frames.frame(self.window_bits))
        self.sent = version
        return True


def _last_sent(viewer: Viewer) -> int:
    return viewer.sent


class Fanout:
    """The live views of one server and the newest state (server thread only)."""

    def __init__(self) -> None:
        self.viewers: set[Viewer] = set()
        self.frames: SharedFrames | None = None
        self.version = 0
        self.passes = 0  # fan-out passes begun (tests read it)
        self._pending: Published | None = None
        self._queue: list[Viewer] = []  # viewers the pass under way has yet to write to

    def publish(self, published: Published) -> None:
        """A new state (on the loop's thread), written to every viewer from the loop's next
        turn. States handed over before then are replaced by the newest: a viewer is only
        ever sent the newest."""
        if self._pending is None:
            asyncio.get_running_loop().call_soon(self._send_all)
        self._pending = published

    def catch_up(self, published: Published | None) -> None:
        """A viewer joined: the newest state, handed over and written at once unless it
        already is (the server publishes to the fan-out only while somebody watches)."""
        if published is None or self._pending is published:
            return
        if self.frames is not None and self.frames.published is published:
            return
        self._pending = published
        self._send_all()

    def _send_all(self) -> None:
        published, self._pending = self._pending, None
        if published is None:
            return
        self.frames = SharedFrames(published)
        self.version += 1
        self.passes += 1
        under_way = bool(self._queue)  # then its next batch writes the new state
        # Those the pass under way had not reached yet go first (the oldest state first).
        self._queue = sorted(self.viewers, key=_last_sent)
        if not under_way:
            self._write_batch()

    def _write_batch(self) -> None:
        """Write to the next BATCH viewers of the pass, then let the loop run what waits (an
        HTTP answer) before the next batch: a pass never holds a request up for long."""
        frames, version = self.frames, self.version
        batch, self._queue = self._queue[:BATCH], self._queue[BATCH:]
        if self._queue:
            asyncio.get_running_loop().call_soon(self._write_batch)
        assert frames is not None
        viewers = self.viewers
        for viewer in batch:
            left_or_sent = viewer.sent == version or viewer not in viewers
            if not left_or_sent and not viewer.write_now(frames, version):
                viewer.wake.set()  # a slow (or closing) viewer: its own task takes over

    def join(self, ws: web.WebSocketResponse, credential: str | None) -> Viewer:
        viewer = Viewer(ws, credential)
        self.viewers.add(viewer)
        return viewer

    def leave(self, viewer: Viewer) -> None:
        self.viewers.discard(viewer)

    async def serve(self, viewer: Viewer) -> None:
        """Send ``viewer`` the state now and whenever it could not be written at once: the
        newest only, once its transport has drained. Runs until the connection closes."""
        try:
            while not viewer.ws.closed:
                viewer.wake.clear()
                frames, version = self.frames, self.version
                if frames is not None and viewer.sent != version:
                    if viewer.writer is None:
                        viewer.sent = version
                        await viewer.ws.send_frame(frames.published.data, WSMsgType.TEXT)
                    elif viewer.paused:
                        await viewer.writer.protocol._drain_helper()
                    elif not viewer.write_now(frames, version):
                        return  # closing
                    continue
                await viewer.wake.wait()
        except (ConnectionError, RuntimeError):
            pass
        except Exception:  # never go silent: close, and the page says it is reconnecting
            log.exception("WebSocket push failed")
            with contextlib.suppress(Exception):
                await viewer.ws.close(code=1011, message=b"server error")
        finally:
            self.leave(viewer)
