"""Memory stays flat while clients come and go: what a closed connection leaves behind.

The real server runs in this process on its own aiohttp thread (with the bridge and a
controller); the clients run in a separate process (tests/web/churn.py), so tracemalloc here
sees only what the server side allocates and keeps.

As in the app (runofshow.qt.gc_guard), Python's automatic collection is off; here no timer
collects either, so each test sees what the finished connections still hold before any
collection (memory only the cyclic collector can free, which in the app waits for the guard's
next full collection: this is what grew without bound, some 270 KB per browser view) and
what is left after ``gc.collect()``. One small cycle per connection remains, and is allowed
for: Python 3.11's asyncio socket transport keeps a bound method of itself (about 1 KB;
CPython gh-100348, fixed in 3.12).
"""

from __future__ import annotations

import contextlib
import gc
import os
import subprocess
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from runofshow.web import security
from tests.web.churn import outcome, spawn
from tests.web.conftest import Web

pytestmark = pytest.mark.slow

RETAINED_LIMIT = 1_000_000  # bytes traced by tracemalloc after a collection (issue 19)
HELD_PER_CONNECTION_LIMIT = 2048  # bytes per closed connection before a collection
RSS_LIMIT_KIB = 8 * 1024  # tracemalloc adds its own; the headless test holds RSS tighter
CHURN_TIMEOUT_MS = 300_000  # generous: a loaded CI machine, not a speed check
MUTE_CLIENTS = 5


@pytest.fixture
def garbage_collector() -> Iterator[None]:
    """Replaces the GC guard of tests/web/conftest.py: automatic collection off, as the
    guard has it, and nothing collects until the test says so."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if was_enabled:
        gc.enable()


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


@dataclass
class Footprint:
    connections: int  # closed during the measurement
    held: int = 0  # bytes still traced once every connection closed, before collecting
    retained: int = 0  # bytes still traced after gc.collect()
    rss_growth_kib: int = 0
    live_responses: int = 0  # WebSocketResponse objects alive before collecting

    def __str__(self) -> str:
        return (
            f"{self.connections} connections: held before collecting "
            f"{self.held / 1024:.0f} KiB ({self.held / self.connections:.0f} B each), "
            f"retained after {self.retained / 1024:.0f} KiB, "
            f"RSS {self.rss_growth_kib / 1024:+.1f} MiB, "
            f"{self.live_responses} WebSocketResponse objects outlived their connection"
        )

    def assert_flat(self, *, rss: bool = True) -> None:
        assert self.live_responses == 0, str(self)
        assert self.held < HELD_PER_CONNECTION_LIMIT * self.connections, str(self)
        assert self.retained < RETAINED_LIMIT, str(self)
        if rss:
            assert self.rss_growth_kib < RSS_LIMIT_KIB, str(self)


@pytest.fixture
def traced() -> Iterator[None]:
    """tracemalloc on from before the warm-up, so that its own tables have grown by the time
    the measurement starts and do not count as growth of the process."""
    tracemalloc.start()
    yield
    tracemalloc.stop()


@contextlib.contextmanager
def measured(qtbot: QtBot, web: Web, connections: int) -> Iterator[Footprint]:
    """From a collected start until every connection is closed again."""
    assert tracemalloc.is_tracing()
    footprint = Footprint(connections)
    gc.collect()
    base, rss = tracemalloc.get_traced_memory()[0], _rss_kib()
    yield footprint
    qtbot.waitUntil(lambda: web.server.connection_count == 0, timeout=CHURN_TIMEOUT_MS)
    footprint.held = tracemalloc.get_traced_memory()[0] - base
    footprint.live_responses = sum(
        1 for o in gc.get_objects() if type(o).__name__ == "WebSocketResponse"
    )
    gc.collect()
    footprint.retained = tracemalloc.get_traced_memory()[0] - base
    footprint.rss_growth_kib = _rss_kib() - rss


def start_churn(web: Web, mode: str, count: int) -> subprocess.Popen[str]:
    return spawn(web.port, mode, count)


def finish_churn(qtbot: QtBot, proc: subprocess.Popen[str]) -> dict[str, int]:
    """Wait for the clients to finish (the Qt thread keeps running commands meanwhile)."""
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=CHURN_TIMEOUT_MS)
    finally:
        if proc.poll() is None:
            proc.kill()
    return outcome(proc)


def churn(qtbot: QtBot, web: Web, mode: str, count: int) -> dict[str, int]:
    return finish_churn(qtbot, start_churn(web, mode, count))


def test_websocket_clients_coming_and_going_leave_nothing(
    qtbot: QtBot, web: Web, traced: None
) -> None:
    assert churn(qtbot, web, "ws", 100) == {"state": 100}  # warm-up: first-use allocations
    with measured(qtbot, web, connections=1000) as footprint:
        assert churn(qtbot, web, "ws", 1000) == {"state": 1000}
    print(footprint)
    footprint.assert_flat()


@pytest.mark.parametrize(
    ("mode", "answer"),
    [("get", "200"), ("post", "409")],  # GET /api/state; POST /api/pause, refused in standby
)
def test_http_requests_leave_nothing(
    qtbot: QtBot, web: Web, traced: None, mode: str, answer: str
) -> None:
    assert churn(qtbot, web, mode, 200) == {answer: 200}
    # churn.py opens a fresh connection for every tenth request, keep-alive for the others
    with measured(qtbot, web, connections=1000 + 16) as footprint:
        assert churn(qtbot, web, mode, 10_000) == {answer: 10_000}
    print(footprint)
    footprint.assert_flat()


def test_clients_that_hang_up_mid_message_or_never_read_leave_nothing(
    qtbot: QtBot, web: Web, traced: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(security, "WS_HEARTBEAT_S", 1.0)  # mute clients are dropped sooner
    hang_ups(qtbot, web, 50)  # warm-up, the big state included: the heap's high-water mark
    with measured(qtbot, web, connections=3000 + MUTE_CLIENTS) as footprint:
        hang_ups(qtbot, web, 500)
    print(footprint)
    # Not RSS here: where the 3 MB written to clients that never read leaves the allocator's
    # high-water mark varies from run to run. tests/e2e/test_headless_memory.py holds the RSS
    # of the real headless process through the same hang-ups.
    footprint.assert_flat(rss=False)


def hang_ups(qtbot: QtBot, web: Web, count: int) -> None:
    assert churn(qtbot, web, "ws-drop", count) == {"state": count, "dropped": count}
    assert churn(qtbot, web, "ws-partial", count) == {"partial": count}
    assert churn(qtbot, web, "http-partial", 2 * count) == {"partial": 2 * count}
    assert churn(qtbot, web, "http-mute", 2 * count) == {"unread": 2 * count}
    mute = start_churn(web, "ws-mute", MUTE_CLIENTS)
    qtbot.waitUntil(lambda: web.server.client_count == MUTE_CLIENTS, timeout=CHURN_TIMEOUT_MS)
    # More than the sockets of a client that never reads take: the server's writes block.
    web.server.publish({"padding": os.urandom(1_500_000).hex()})
    # The heartbeat gets no answer and the server hangs up on them.
    qtbot.waitUntil(lambda: web.server.client_count == 0, timeout=CHURN_TIMEOUT_MS)
    assert mute.stdin is not None
    mute.stdin.write("hang up\n")
    mute.stdin.flush()
    assert finish_churn(qtbot, mute) == {"mute": MUTE_CLIENTS}
    web.server.publish(web.session.document.to_json)  # the real state again
    assert "padding" not in web.api.get("/api/state").json()  # handed over before this GET
