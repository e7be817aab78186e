"""Clients that come and go, run as a separate process: `python -m tests.web.churn PORT MODE N`.

The memory tests (test_memory.py) start this against a server in the test process, so what
the server keeps is measured apart from what the clients allocate. It prints one JSON line:
how many times each outcome happened (HTTP status, "state" for a first WebSocket state, ...).

Modes:
  ws          connect like a browser (permessage-deflate), read the first state, close
  ws-drop     connect, read the first state, drop the TCP connection without a close frame
  ws-partial  handshake, then half a frame (or the first fragment of a message), then hang up
  ws-mute     N clients that never read (nor close) until a line arrives on stdin
  get         GET /api/state (keep-alive; every tenth on a fresh connection)
  post        POST /api/pause, refused while the show is in standby (409)
  http-partial  half a request (headers, or a body shorter than its Content-Length), hang up
  http-mute   eight pipelined GET /api/state, never read the answers, hang up
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import socket
import subprocess
import sys
from collections import Counter
from pathlib import Path

import aiohttp

HOST = "127.0.0.1"
REPO = Path(__file__).resolve().parents[2]
CONCURRENCY = 16


async def _ws(session: aiohttp.ClientSession, base: str, seen: Counter[str], drop: bool) -> None:
    async with session.ws_connect(base + "/ws", heartbeat=None, compress=15) as ws:
        message = await ws.receive(timeout=10)
        seen["state" if message.type == aiohttp.WSMsgType.TEXT else str(message.type)] += 1
        if drop:
            transport = ws._response.connection.transport if ws._response.connection else None
            if transport is not None:
                transport.abort()
            seen["dropped"] += 1


async def _http(
    session: aiohttp.ClientSession, fresh: aiohttp.ClientSession, base: str, method: str, i: int
) -> int:
    path = "/api/state" if method == "GET" else "/api/pause"
    client = fresh if i % 10 == 0 else session
    async with client.request(method, base + path) as response:
        await response.read()
        return response.status


async def _handshake(
    port: int, *, deflate: bool = True, receive_buffer: int | None = None
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if receive_buffer is not None:  # before connecting, so the TCP window stays small
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
    sock.setblocking(False)
    await asyncio.get_running_loop().sock_connect(sock, (HOST, port))
    reader, writer = await asyncio.open_connection(sock=sock)
    key = base64.b64encode(os.urandom(16)).decode()
    extension = "permessage-deflate; client_max_window_bits" if deflate else "x-none"
    writer.write(
        (
            f"GET /ws HTTP/1.1\r\nHost: {HOST}:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
            f"Sec-WebSocket-Extensions: {extension}\r\n\r\n"
        ).encode()
    )
    await writer.drain()
    return reader, writer


def _masked_frame(payload: bytes, *, fin: bool, announced: int | None = None) -> bytes:
    """A client text frame; ``announced`` claims a longer payload than is sent."""
    length = len(payload) if announced is None else announced
    head = bytes([(0x80 if fin else 0) | 0x1])
    head += (
        bytes([0x80 | 126]) + length.to_bytes(2, "big") if length > 125 else bytes([0x80 | length])
    )
    mask = os.urandom(4)
    return head + mask + bytes(b ^ mask[k % 4] for k, b in enumerate(payload))


async def _ws_partial(port: int, i: int, seen: Counter[str]) -> None:
    reader, writer = await _handshake(port)
    try:
        await reader.readuntil(b"\r\n\r\n")
        if i % 2:
            writer.write(_masked_frame(b'{"hello": ', fin=True, announced=2000))  # half a frame
        else:
            writer.write(_masked_frame(b'{"first": "fragment"', fin=False))  # half a message
        await writer.drain()
        seen["partial"] += 1
    finally:
        writer.transport.abort()


async def _ws_mute(port: int, count: int, seen: Counter[str]) -> None:
    """``count`` clients that never read a byte; they hang up when told to on stdin."""
    writers = []
    for _ in range(count):
        _reader, writer = await _handshake(port, deflate=False, receive_buffer=4096)
        writer.transport.pause_reading()
        writers.append(writer)
    print("connected", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    for writer in writers:
        writer.transport.abort()
    seen["mute"] += count


async def _http_partial(port: int, i: int, seen: Counter[str]) -> None:
    _reader, writer = await asyncio.open_connection(HOST, port)
    if i % 2:
        data = f"GET /api/state HTTP/1.1\r\nHost: {HOST}:{port}\r\nAccept: app"
    else:
        data = (
            f"POST /api/message HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
            'Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{"text": "hal'
        )
    writer.write(data.encode())
    await writer.drain()
    writer.transport.abort()
    seen["partial"] += 1


async def _http_mute(port: int, seen: Counter[str]) -> None:
    _reader, writer = await asyncio.open_connection(HOST, port)
    request = f"GET /api/state HTTP/1.1\r\nHost: {HOST}:{port}\r\n\r\n".encode()
    writer.write(request * 8)
    await writer.drain()
    writer.transport.abort()
    seen["unread"] += 1


async def run(port: int, mode: str, count: int) -> Counter[str]:
    base = f"http://{HOST}:{port}"
    seen: Counter[str] = Counter()
    limit = asyncio.Semaphore(CONCURRENCY)
    timeout = aiohttp.ClientTimeout(total=30)
    async with (
        aiohttp.ClientSession(timeout=timeout) as session,
        aiohttp.ClientSession(
            timeout=timeout, connector=aiohttp.TCPConnector(force_close=True)
        ) as fresh,
    ):

        async def one(i: int) -> None:
            async with limit:
                try:
                    if mode in ("ws", "ws-drop"):
                        await _ws(session, base, seen, mode == "ws-drop")
                    elif mode in ("get", "post"):
                        seen[str(await _http(session, fresh, base, mode.upper(), i))] += 1
                    elif mode == "ws-partial":
                        await _ws_partial(port, i, seen)
                    elif mode == "http-partial":
                        await _http_partial(port, i, seen)
                    elif mode == "http-mute":
                        await _http_mute(port, seen)
                    else:
                        raise ValueError(mode)
                except (aiohttp.ClientError, OSError, TimeoutError) as error:
                    seen[type(error).__name__] += 1

        if mode == "ws-mute":
            await _ws_mute(port, count, seen)
        else:
            await asyncio.gather(*(one(i) for i in range(count)))
    return seen


def spawn(port: int, mode: str, count: int) -> subprocess.Popen[str]:
    """Start a churn in its own process (stdin open for ws-mute's signal to hang up)."""
    return subprocess.Popen(
        [sys.executable, "-m", "tests.web.churn", str(port), mode, str(count)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def outcome(proc: subprocess.Popen[str]) -> dict[str, int]:
    """The counts a finished churn printed."""
    out, _ = proc.communicate(timeout=10)
    if proc.returncode != 0:
        raise RuntimeError(f"churn failed ({proc.returncode}): {out}")
    counts: dict[str, int] = json.loads(out.strip().splitlines()[-1])
    return counts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("mode")
    parser.add_argument("count", type=int)
    args = parser.parse_args()
    seen = asyncio.run(asyncio.wait_for(run(args.port, args.mode, args.count), 120))
    print(json.dumps(dict(seen)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
