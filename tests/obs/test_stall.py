"""A stalled OBS never delays the show: on real clocks and a real event loop, with the real
worker-thread link, every show action answers in under 50 ms and no timer of the clock
fires late, while a fake OBS that accepted the connection says nothing for 10 s (during
the handshake, then while answering requests)."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from runofshow.app.outcome import Surface
from runofshow.app.scheduler import AsyncioScheduler, Handle
from runofshow.app.session import ShowSession
from runofshow.app.wiring import RunOptions, build_services, start_session
from runofshow.core.clock import SystemClocks
from runofshow.core.loader import load_show
from runofshow.obs.client import Address
from runofshow.obs.connection import ObsLink
from runofshow.obs.service import ObsService
from tests.obs.fake_obs import FakeObs
from tests.obs.support import SHOW

ACTIONS = ("start", "next", "previous", "add_minute", "next", "undo", "next", "next_cue",
           "previous", "redo", "message", "next", "end", "undo")  # fmt: skip
LIMIT_MS = 50


class WatchedScheduler(AsyncioScheduler):
    """Records how late each timer callback (the clock's ticks) ran."""

    late_ms: list[int]

    def call_at(self, mono_ms: int, fn: Callable[[], None]) -> Handle:
        def run() -> None:
            self.late_ms.append(self.clocks.monotonic_ms() - mono_ms)
            fn()

        return super().call_at(mono_ms, run)


def run_show(session: ShowSession, loop: asyncio.AbstractEventLoop, seconds: float) -> list[float]:
    """Every action of ACTIONS, spread over ``seconds``; how long each took (ms)."""
    took: list[float] = []

    async def drive() -> None:
        for name in ACTIONS * 2:
            args = {"text": "wrap up"} if name == "message" else None
            if name == "add_minute":
                name, args = "add_time", {"seconds": 60}
            started = time.perf_counter()
            session.execute(name, args, surface=Surface.API)
            took.append((time.perf_counter() - started) * 1000)
            await asyncio.sleep(seconds / (2 * len(ACTIONS)))

    loop.run_until_complete(drive())
    return took


def wait_running(loop: asyncio.AbstractEventLoop, check: Callable[[], bool]) -> None:
    """Wait for ``check`` while the session's loop keeps running (its timers stay on time)."""

    async def poll() -> None:
        deadline = time.monotonic() + 10
        while not check():
            assert time.monotonic() < deadline, "condition not reached in time"
            await asyncio.sleep(0.02)

    loop.run_until_complete(poll())


@pytest.fixture
def data_in_memory(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The journal and the run history on tmpfs: their fsyncs are not what is measured."""
    folder = Path(tempfile.mkdtemp(prefix="runofshow-stall-", dir="/dev/shm"))
    monkeypatch.setenv("RUNOFSHOW_DATA_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_stalled_obs_delays_no_action_and_no_tick(
    tmp_path: Path, make_fake_obs: Callable[..., FakeObs], data_in_memory: Path
) -> None:
    answers_late, says_nothing = make_fake_obs(), make_fake_obs()
    for fake in (answers_late, says_nothing):
        fake.state.scenes += ["Talk", "Talk 2", "Closing"]
    says_nothing.stall_hello_s = 10  # accepts the connection, then nothing for 10 s
    path = tmp_path / "show.yaml"
    path.write_text(SHOW, encoding="utf-8")
    options = RunOptions(show=path, serve=False)
    loop = asyncio.new_event_loop()
    scheduler = WatchedScheduler(loop, SystemClocks())
    scheduler.late_ms = []
    links: list[ObsLink] = []

    def link(report: Callable[..., None], password: Callable[[Address], str]) -> ObsLink:
        links.append(ObsLink(report, password, timeout_s=15.0, poll_s=0.2))
        return links[-1]

    def obs(log: object) -> ObsService:
        return ObsService(Address("127.0.0.1", answers_late.port), lambda _a: "",
                          scene_log=log, link=link)  # type: ignore[arg-type]  # fmt: skip

    session = start_session(options, load_show(path), scheduler.clocks, scheduler,
                            build_services(options, obs=obs), language="en")  # fmt: skip
    try:
        # OBS answers the handshake, then every request 10 s late.
        wait_running(loop, lambda: bool(session.document.parts["obs"]["connected"]))
        answers_late.stall_answers_s = 10
        scheduler.late_ms.clear()  # (timers armed before the loop ran are not the point)
        took = run_show(session, loop, 2.0)
        assert answers_late.requests("SetCurrentProgramScene") == []  # stuck on an earlier one
        # Another OBS accepts the connection and then says nothing at all.
        session.services[-1].configure(Address("127.0.0.1", says_nothing.port))  # type: ignore[attr-defined]
        wait_running(loop, lambda: bool(says_nothing._sockets))
        took += run_show(session, loop, 2.0)
        assert says_nothing.identified == 0
        started = time.perf_counter()
        session.close()
        took.append((time.perf_counter() - started) * 1000)
    finally:
        scheduler.close()
        loop.close()
        for each in links:
            each.close()
    assert len(took) == 4 * len(ACTIONS) + 1
    assert max(took) < LIMIT_MS, sorted(took)[-5:]
    # The clock's timers run on time. (A loaded machine makes the odd one a few tens of ms
    # late with or without OBS; a clock waiting on OBS would be seconds late.)
    late = sorted(scheduler.late_ms)
    assert len(late) >= 8  # ticks (a second apart at most) and actions
    assert late[len(late) // 2] <= 10 and late[-1] < 4 * LIMIT_MS, late[-5:]
