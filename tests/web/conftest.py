"""Fixtures for the web server: a real session + web publisher + server on 127.0.0.1:0.

The session runs on the Qt thread (QtScheduler, as on the desktop) with fake clocks, so HTTP
requests go out from a worker thread while ``qtbot.waitUntil`` keeps the Qt event loop
turning; the server thread's commands reach the session through the scheduler.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import json
import queue
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from pytestqt.qtbot import QtBot

from runofshow.app.session import ShowSession
from runofshow.app.storage_service import StorageService
from runofshow.app.wiring import RunOptions, build_services
from runofshow.core.clock import FakeClocks
from runofshow.qt.gc_guard import MainThreadGarbageCollector
from runofshow.qt.scheduler import QtScheduler
from runofshow.web.publisher import WebPublisher
from runofshow.web.server import WebServer
from tests.app.support import make_session

WAIT_MS = 5000


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    @property
    def error_code(self) -> str:
        return str(self.json()["error"]["code"])


def raw_request(
    port: int,
    method: str,
    path: str,
    body: bytes | str | None = None,
    headers: dict[str, str] | None = None,
) -> Reply:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return Reply(
            response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        )
    finally:
        conn.close()


@dataclass
class Api:
    """HTTP from a worker thread; the Qt thread keeps processing events while waiting."""

    qtbot: QtBot
    port: int
    pool: ThreadPoolExecutor
    headers: dict[str, str] = field(default_factory=dict)

    def submit(self, method: str, path: str, body: Any = None, **kw: Any) -> Future[Reply]:
        headers = {**self.headers, **kw.pop("headers", {})}
        if body is not None and not isinstance(body, bytes | str):
            body = json.dumps(body)
        return self.pool.submit(raw_request, self.port, method, path, body, headers)

    def request(self, method: str, path: str, body: Any = None, **kw: Any) -> Reply:
        future = self.submit(method, path, body, **kw)
        self.qtbot.waitUntil(future.done, timeout=WAIT_MS)
        return future.result()

    def get(self, path: str, **kw: Any) -> Reply:
        return self.request("GET", path, **kw)

    def post(self, path: str, body: Any = None, **kw: Any) -> Reply:
        return self.request("POST", path, body, **kw)


@dataclass
class Web:
    server: WebServer
    publisher: WebPublisher
    session: ShowSession
    scheduler: QtScheduler
    clocks: FakeClocks
    api: Api

    @property
    def port(self) -> int:
        return self.server.port

    def close(self) -> None:
        self.server.stop()
        self.session.close()
        self.scheduler.close()


@pytest.fixture(autouse=True)
def garbage_collector(qtbot: QtBot) -> Iterator[MainThreadGarbageCollector]:
    """As in the app: while server and client threads run, Python's cyclic collector runs
    on the Qt thread only (runofshow.qt.gc_guard explains why)."""
    guard = MainThreadGarbageCollector()
    yield guard
    guard.stop()


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    executor = ThreadPoolExecutor(max_workers=16)
    yield executor
    executor.shutdown(wait=True, cancel_futures=True)


def make_web(
    qtbot: QtBot,
    pool: ThreadPoolExecutor,
    show_path: Path,
    clocks: FakeClocks,
    *,
    storage: StorageService | None = None,
    **server_args: Any,
) -> Web:
    """``storage``: the storage service (default: the app's, on the real disk)."""
    scheduler = QtScheduler(clocks)
    publisher = WebPublisher()
    services = build_services(RunOptions(show=show_path), web=publisher, storage=storage)
    session = make_session(clocks, show_path, scheduler=scheduler, services=services)
    server = WebServer(host="127.0.0.1", port=0, commands=session.commands, **server_args)
    server.start()
    publisher.serve(server)
    web = Web(server, publisher, session, scheduler, clocks, Api(qtbot, server.port, pool))
    tokens = server.tokens
    auth = {"Authorization": f"Bearer {tokens.view}"} if tokens is not None else {}
    qtbot.waitUntil(lambda: web.api.get("/api/state", headers=auth).status == 200, timeout=WAIT_MS)
    return web


@pytest.fixture
def web(
    qtbot: QtBot, pool: ThreadPoolExecutor, bundled_show_path: Path, clocks: FakeClocks
) -> Iterator[Web]:
    instance = make_web(qtbot, pool, bundled_show_path, clocks)
    yield instance
    instance.close()


@pytest.fixture
def lan_web(
    qtbot: QtBot, pool: ThreadPoolExecutor, bundled_show_path: Path, clocks: FakeClocks
) -> Iterator[Web]:
    """Token required, as in LAN mode, but bound to 127.0.0.1 only."""
    instance = make_web(qtbot, pool, bundled_show_path, clocks, require_token=True)
    yield instance
    instance.close()


class WsListener:
    """A WebSocket client on its own thread and loop; received states land in a queue."""

    def __init__(
        self, url: str, headers: dict[str, str] | None = None, *, compress: int = 15
    ) -> None:
        self.url = url
        self.headers = headers or {}
        self.compress = compress  # 15: permessage-deflate, as browsers ask; 0: none
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.received: list[dict[str, Any]] = []
        self.status: int | None = None  # HTTP status when the handshake was refused
        self.close_code: int | None = None  # how the server closed it
        self.closed = threading.Event()
        self._stop: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        try:
            async with (
                aiohttp.ClientSession() as session,
                session.ws_connect(self.url, headers=self.headers, compress=self.compress) as ws,
            ):
                reader = asyncio.ensure_future(self._read(ws))
                stop = asyncio.ensure_future(self._stop.wait())
                await asyncio.wait({reader, stop}, return_when=asyncio.FIRST_COMPLETED)
                reader.cancel()
                stop.cancel()
                self.close_code = ws.close_code
        except aiohttp.WSServerHandshakeError as error:
            self.status = error.status
        finally:
            self.closed.set()

    async def _read(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for message in ws:
            if message.type == aiohttp.WSMsgType.TEXT:
                self.messages.put(json.loads(message.data))

    def drain(self) -> list[dict[str, Any]]:
        while True:
            try:
                self.received.append(self.messages.get_nowait())
            except queue.Empty:
                return self.received

    def close(self) -> None:
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop.set)
        self._thread.join(timeout=5)
