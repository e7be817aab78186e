"""Soak: RSS over time of `runofshow --headless` while browser views join and leave.

200 WebSocket clients (loopback only), each negotiating permessage-deflate as browsers do,
stay connected for a random 2-20 s, leave and come straight back, for 10 minutes (smoke:
20 clients for 20 s). A quarter of the departures drop the TCP connection without a closing
handshake, as a phone losing the venue Wi-Fi does. The parent samples the server's VmRSS
every second and prints one row per minute: RSS, clients connected, connections so far.
Memory that grows with every client that leaves shows as a slope; flat is the goal.

Options (``python -m bench --only soak --soak-...``) let later measures add load on the
same run: an action every N seconds (the show is started first; next and previous
alternate) and an operator message every M seconds. ``--soak-app desktop`` runs the same
load against the desktop app instead (console and speaker display on the bench's display,
the server behind the Qt bridge, the GC guard as the desktop has it).

A long show on an accelerated clock (issue 13): ``--soak-speed F`` runs the app's clocks F
times faster and reads the action and message intervals in show time, and
``--soak-show-hours H`` lasts the equivalent of H hours of show (H * 60 / F minutes), with
an action every second and a message every 10 s of show time unless given. The app's
session thread (the GUI thread on the desktop) carries a stall probe: a 5 ms timer whose
longest wait beyond 5 ms is reported (``soak.stall_max``, target under 20 ms; time the
thread waited for a CPU held by other processes, the kernel's run-queue delay, is the
machine's and is reported apart), together with the storage part at the end (nothing
failing, no history waiting).
"""

from __future__ import annotations

import asyncio
import random
import sys
import time
from dataclasses import dataclass, field, replace
from typing import Any

from bench.common import (
    PYTHON,
    Context,
    Row,
    below_verdict,
    cpu_seconds,
    read_marker,
    spawn,
    status_kib,
    stop,
)

NAME = "soak"
GROWTH_TARGET_MIB = 10.0  # RSS added from the first minute's end to the last
GROWTH_TARGET_LONG_SHOW_MIB = 5.0  # ... over a long show's actions and messages (issue 13)
STALL_TARGET_MS = 20.0  # the session (GUI) thread never waits longer than this
PROBE_EVERY_S = 0.005


@dataclass(frozen=True)
class SoakConfig:
    minutes: float = 10.0
    clients: int = 200
    stay_s: tuple[float, float] = (2.0, 20.0)  # how long each visit lasts
    drop_share: float = 0.25  # departures without a closing handshake
    actions_every_s: float | None = None  # POST next/previous every N s (show started first)
    messages_every_s: float | None = None  # POST /api/message every N s
    sample_every_s: float = 1.0
    row_every_s: float = 60.0
    seed: int = 19
    app: str = "headless"  # or "desktop"
    speed: float = 1.0  # the app's clocks run this many times faster; intervals in show time
    show_hours: float | None = None  # last the equivalent of this much show time

    @classmethod
    def from_context(cls, ctx: Context) -> SoakConfig:
        base = (
            cls(minutes=1 / 3, clients=20, stay_s=(1.0, 4.0), row_every_s=5.0)
            if ctx.smoke
            else cls()
        )
        chosen = {
            "minutes": ctx.options.get("soak_minutes"),
            "clients": ctx.options.get("soak_clients"),
            "actions_every_s": ctx.options.get("soak_actions_every"),
            "messages_every_s": ctx.options.get("soak_messages_every"),
            "app": ctx.options.get("soak_app"),
            "speed": ctx.options.get("soak_speed"),
            "show_hours": ctx.options.get("soak_show_hours"),
        }
        config = replace(base, **{key: value for key, value in chosen.items() if value is not None})
        if config.show_hours is not None:  # a long show: an action a second, a message a 10 s
            config = replace(
                config,
                minutes=ctx.options.get("soak_minutes") or config.show_hours * 60 / config.speed,
                actions_every_s=config.actions_every_s or 1.0,
                messages_every_s=config.messages_every_s or 10.0,
            )
        return config


@dataclass
class Tally:
    connected: int = 0
    joins: int = 0
    drops: int = 0
    failures: int = 0
    states: int = 0
    actions: int = 0
    refused: int = 0
    messages: int = 0


@dataclass
class Sample:
    at_s: float
    rss_mib: float
    connected: int
    joins: int
    cpu_s: float


@dataclass
class SoakResult:
    config: SoakConfig
    idle_rss_mib: float  # the server ready, no client yet
    samples: list[Sample] = field(default_factory=list)
    after_rss_mib: float = 0.0  # once every client has left
    tally: Tally = field(default_factory=Tally)
    stall: Stall | None = None  # the session thread's longest wait (the child's probe)
    storage: dict[str, Any] = field(default_factory=dict)  # the storage part at the end


async def _visitor(
    base: str, session: Any, rng: random.Random, config: SoakConfig, tally: Tally, end: float
) -> None:
    import aiohttp

    while time.monotonic() < end:
        try:
            ws = await session.ws_connect(base + "/ws", heartbeat=None, compress=15)
        except (aiohttp.ClientError, OSError, TimeoutError):
            tally.failures += 1
            await asyncio.sleep(1.0)  # the server refused or is busy: try again shortly
            continue
        tally.joins += 1
        tally.connected += 1
        leave = min(end, time.monotonic() + rng.uniform(*config.stay_s))
        try:
            while (left := leave - time.monotonic()) > 0:
                try:
                    message = await ws.receive(timeout=left)
                except TimeoutError:
                    break
                if message.type != aiohttp.WSMsgType.TEXT:
                    break
                tally.states += 1
        finally:
            tally.connected -= 1
            connection = ws._response.connection if ws._response is not None else None
            if rng.random() < config.drop_share and connection is not None:
                connection.transport.abort()  # gone without a word
                tally.drops += 1
            await ws.close()


async def _operator(base: str, session: Any, config: SoakConfig, tally: Tally, end: float) -> None:
    """Actions and messages at fixed intervals, when the options ask for them."""
    if config.actions_every_s is None and config.messages_every_s is None:
        return
    if config.actions_every_s is not None:
        async with session.post(base + "/api/start", json={"plan": "as_planned"}) as response:
            await response.read()
    next_action = next_message = time.monotonic()
    step = 0
    action_every = (config.actions_every_s or 1.0) / config.speed  # show time -> real
    message_every = (config.messages_every_s or 1.0) / config.speed
    while (now := time.monotonic()) < end:
        if config.actions_every_s is not None and now >= next_action:
            action = "next" if step % 2 == 0 else "previous"
            step += 1
            async with session.post(f"{base}/api/{action}") as response:
                await response.read()
                tally.actions += 1
                tally.refused += response.status != 200
            next_action += action_every
        if config.messages_every_s is not None and now >= next_message:
            body = {"text": f"soak message {tally.messages + 1}", "flash": False}
            async with session.post(base + "/api/message", json=body) as response:
                await response.read()
                tally.messages += 1
                tally.refused += response.status != 200
            next_message += message_every
        pending = [
            t
            for t, every in (
                (next_action, config.actions_every_s),
                (next_message, config.messages_every_s),
            )
            if every is not None
        ]
        await asyncio.sleep(max(0.0, min(min(pending), end) - time.monotonic()))


async def _sampler(pid: int, result: SoakResult, start: float, end: float) -> None:
    every = result.config.sample_every_s
    end -= every / 4  # the last sample while the clients are still there
    while True:
        now = time.monotonic()
        result.samples.append(
            Sample(
                now - start,
                status_kib(pid, "VmRSS") / 1024,
                result.tally.connected,
                result.tally.joins,
                cpu_seconds(pid),
            )
        )
        if now >= end:
            return
        await asyncio.sleep(min(every, max(0.0, end - now)))


async def _soak(base: str, pid: int, config: SoakConfig, idle_rss: float) -> SoakResult:
    import aiohttp

    result = SoakResult(config, idle_rss)
    start = time.monotonic()
    end = start + config.minutes * 60
    timeout = aiohttp.ClientTimeout(total=30)
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        visitors = [
            asyncio.create_task(
                _visitor(
                    base, session, random.Random(config.seed * 1000 + i), config, result.tally, end
                )
            )
            for i in range(config.clients)
        ]
        operator = asyncio.create_task(_operator(base, session, config, result.tally, end))
        sampler = asyncio.create_task(_sampler(pid, result, start, end))
        await asyncio.gather(*visitors, operator, sampler)
        async with session.get(base + "/api/state") as response:
            result.storage = dict((await response.json()).get("storage") or {})
    # Every client has left: what does the server keep once the last connections are closed?
    await asyncio.sleep(2.0)
    result.after_rss_mib = status_kib(pid, "VmRSS") / 1024
    return result


def soak(ctx: Context, config: SoakConfig) -> SoakResult:
    from runofshow.paths import bundled_show

    lasting = str(config.minutes * 60 + 180)  # the child stops by itself in any case
    child = [PYTHON, "-m", "bench.soak", config.app, lasting, str(config.speed)]
    if config.app == "desktop":
        proc = spawn(child, ctx.child_env())
    else:
        proc = spawn([*child, str(bundled_show())], ctx.child_env(QT_QPA_PLATFORM="offscreen"))
    try:
        base = read_marker(proc, "ready ", 60)
        if not base.startswith(("http://127.0.0.1:", "http://[::1]:")):
            raise RuntimeError(f"not a loopback address: {base}")
        time.sleep(1.0)  # settle after start-up
        idle = status_kib(proc.pid, "VmRSS") / 1024
        bound = config.minutes * 60 + 120
        result = asyncio.run(asyncio.wait_for(_soak(base, proc.pid, config, idle), bound))
        result.stall = latest_stall(proc)
        return result
    finally:
        stop(proc)


def rows_per_interval(result: SoakResult) -> list[Sample]:
    """The sample closest to each full interval (minute), the last one included."""
    every = result.config.row_every_s
    picked: list[Sample] = []
    mark = every
    for sample in result.samples:
        if sample.at_s >= mark - result.config.sample_every_s / 2:
            picked.append(sample)
            mark += every
    last = result.samples[-1] if result.samples else None
    if last is not None and (not picked or last.at_s - picked[-1].at_s >= every / 2):
        picked.append(last)  # a last, partial interval
    return picked


def table(result: SoakResult) -> str:
    unit = "minute" if result.config.row_every_s >= 60 else "second"
    scale = 60.0 if unit == "minute" else 1.0
    lines = [f"{unit:>6}  RSS MiB  clients connected  connections so far  app CPU %"]
    lines.append(f"{0:>6}  {result.idle_rss_mib:7.1f}  {0:>17}  {0:>18}  {'':>9}")
    previous: Sample | None = result.samples[0] if result.samples else None
    for sample in rows_per_interval(result):
        cpu = ""
        if previous is not None and sample.at_s > previous.at_s:
            cpu = f"{(sample.cpu_s - previous.cpu_s) / (sample.at_s - previous.at_s) * 100:.1f}"
        at = f"{sample.at_s / scale:.0f}" if unit == "minute" else f"{sample.at_s:.0f}"
        lines.append(
            f"{at:>6}  {sample.rss_mib:7.1f}  {sample.connected:>17}  {sample.joins:>18}  {cpu:>9}"
        )
        previous = sample
    lines.append(f"{'after':>6}  {result.after_rss_mib:7.1f}  {0:>17}  (every client has left)")
    return "\n".join(lines)


def slope_mib_per_min(samples: list[Sample]) -> float:
    """Least-squares slope of RSS over time, MiB per minute."""
    if len(samples) < 2:
        return 0.0
    xs = [s.at_s / 60 for s in samples]
    ys = [s.rss_mib for s in samples]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else 0.0


def _duration(minutes: float) -> str:
    return f"{minutes:g} min" if minutes >= 1 else f"{minutes * 60:.0f} s"


def run(ctx: Context) -> list[Row]:
    config = SoakConfig.from_context(ctx)
    result = soak(ctx, config)
    text = table(result)
    ctx.tables[NAME] = text
    # Growth is measured from the end of the first interval (all clients connected, the
    # allocator warmed up) to the end: a leak grows it in proportion to the time.
    settled = [s for s in result.samples if s.at_s >= config.row_every_s]
    first = settled[0] if settled else result.samples[0]
    last = result.samples[-1]
    growth = last.rss_mib - first.rss_mib
    tally = result.tally
    note = (
        f"{config.clients} clients staying {config.stay_s[0]:.0f}-{config.stay_s[1]:.0f} s "
        f"for {_duration(config.minutes)}; {tally.joins} connections, {tally.drops} dropped "
        f"without a close, {tally.failures} refused"
    )
    if config.actions_every_s is not None:
        note += f"; {tally.actions} actions ({tally.refused} refused)"
    if config.messages_every_s is not None:
        note += f"; {tally.messages} messages"
    if config.speed != 1.0:
        note += f"; clock x{config.speed:g} ({config.minutes * config.speed / 60:g} h of show)"
    target = GROWTH_TARGET_LONG_SHOW_MIB if config.show_hours is not None else GROWTH_TARGET_MIB
    stall = result.stall
    storage = result.storage
    stall_note = (
        f"{stall.probes} probes, {stall.over} over 20 ms (the longest wait seen "
        f"{stall.raw_max_ms:.0f} ms, with {stall.machine_ms / 1000:.1f} s waiting for a CPU "
        "other processes held, not counted); storage at the end: "
        f"ok={storage.get('ok')}, history waiting={storage.get('history_pending')}"
        if stall is not None
        else "no probe line from the app"
    )
    return [
        Row(
            "soak.rss_idle", result.idle_rss_mib, None, "MiB", "", "info", "server ready, no client"
        ),
        Row("soak.rss_settled", first.rss_mib, None, "MiB", "", "info", note),
        Row("soak.rss_end", last.rss_mib, None, "MiB", "", "info", ""),
        Row(
            "soak.rss_growth",
            growth,
            None,
            "MiB",
            f"< {target:.0f} MiB",
            below_verdict(growth, target),
            "from the end of the first interval to the end",
        ),
        Row(
            "soak.rss_slope",
            slope_mib_per_min(settled or result.samples),
            None,
            "MiB/min",
            "",
            "info",
            "",
        ),
        Row("soak.rss_after", result.after_rss_mib, None, "MiB", "", "info", "every client gone"),
        Row("soak.connections", float(tally.joins), None, "", "", "info", ""),
        Row(
            "soak.stall_max",
            stall.max_ms if stall is not None else None,
            None,
            "ms",
            f"< {STALL_TARGET_MS:.0f} ms",
            below_verdict(stall.max_ms, STALL_TARGET_MS) if stall is not None else "error",
            stall_note,
        ),
    ]


def desktop(seconds: float, speed: float = 1.0) -> int:
    """The desktop app with console, speaker display and web server; prints its address
    (once the server is up, after the first paint), then the GUI thread's stall probe
    every few seconds."""
    from PySide6.QtCore import Qt, QTimer

    from runofshow import desktop as desktop_module

    if speed != 1.0:
        desktop_module.SystemClocks = lambda: FastClocks(speed)  # type: ignore[assignment,misc,return-value]
    from bench.appkit import build_desktop, emit, quit_after, when_started

    app, desk = build_desktop(speaker=True)

    def ready() -> None:
        server = desk.server
        if server is None:
            raise RuntimeError("the desktop app did not start its web server")
        emit(f"ready http://127.0.0.1:{server.port}")

    when_started(desk, ready)
    probe = StallProbe()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(probe.fired)
    timer.start(round(PROBE_EVERY_S * 1000))
    report = QTimer()
    report.timeout.connect(lambda: emit(probe.line()))
    report.start(2000)
    quit_after(app, seconds)
    status = app.exec()
    emit(probe.line())
    return status


# ---------------------------------------------------------------- the long show (issue 13)


class FastClocks:
    """The system clocks running ``speed`` times faster from now on (no boot clock: a
    crash resume would fall back to wall time, which runs as fast)."""

    def __init__(self, speed: float) -> None:
        from datetime import UTC, datetime

        self._speed = speed
        self._start_ns = time.monotonic_ns()
        self._start_ms = self._start_ns // 1_000_000
        self._wall = datetime.now(UTC)

    def _elapsed_ms(self) -> float:
        return (time.monotonic_ns() - self._start_ns) / 1e6 * self._speed

    def monotonic_ms(self) -> int:
        return self._start_ms + int(self._elapsed_ms())

    def wall(self) -> Any:
        from datetime import timedelta

        return self._wall + timedelta(milliseconds=self._elapsed_ms())


@dataclass
class Stall:
    max_ms: float  # the longest wait the app caused (run-queue delay taken out)
    over: int  # probes that waited more than STALL_TARGET_MS (app-caused)
    probes: int
    raw_max_ms: float = 0.0  # the longest wait as the probe saw it
    machine_ms: float = 0.0  # the thread's time runnable but waiting for a CPU, in total


def run_queue_ms() -> float:
    """How long the calling thread has waited, runnable, for a CPU (Linux schedstat; 0
    where the kernel does not say)."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as stat:
            return int(stat.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


class StallProbe:
    """Called every PROBE_EVERY_S on the session thread; remembers its longest wait. On a
    shared machine the thread also waits for a CPU other processes hold (the kernel's
    run-queue delay): that part is the machine's, reported apart, not the app's stall."""

    def __init__(self) -> None:
        self.last: float | None = None  # the first firing starts the watch (after start-up)
        self.queued = 0.0
        self.max_ms = self.raw_max_ms = self.machine_ms = 0.0
        self.over = 0
        self.probes = 0

    def fired(self) -> None:
        now, queued = time.perf_counter(), run_queue_ms()
        last, self.last = self.last, now
        waited, self.queued = queued - self.queued, queued
        if last is None:
            return
        late = (now - last - PROBE_EVERY_S) * 1000
        self.probes += 1
        self.raw_max_ms = max(self.raw_max_ms, late)
        self.machine_ms += waited
        self.max_ms = max(self.max_ms, late - waited)
        self.over += late - waited > STALL_TARGET_MS

    def line(self) -> str:
        return (
            f"stall {self.max_ms:.2f} {self.over} {self.probes} "
            f"{self.raw_max_ms:.2f} {self.machine_ms:.0f}"
        )


def latest_stall(proc: Any) -> Stall | None:
    """The last stall line the child printed (they come every 2 s)."""
    import queue

    from bench.common import _line_queue

    lines = _line_queue(proc)
    found: Stall | None = None
    while True:
        try:
            line = lines.get_nowait()
        except queue.Empty:
            return found
        if line is None:
            lines.put(None)
            return found
        if line.startswith("stall "):
            max_ms, over, probes, raw_max_ms, machine_ms = line.split()[1:6]
            found = Stall(
                float(max_ms), int(over), int(probes), float(raw_max_ms), float(machine_ms)
            )


def headless(seconds: float, speed: float, show: str) -> int:
    """`runofshow --headless` as it runs, on clocks ``speed`` times faster, with the
    stall probe on its session thread (the asyncio loop)."""
    import asyncio as aio

    from runofshow import headless as headless_module
    from runofshow.app.options import RunOptions
    from runofshow.app.scheduler import AsyncioScheduler

    class ProbedScheduler(AsyncioScheduler):
        def __init__(self, loop: aio.AbstractEventLoop, clocks: Any) -> None:
            super().__init__(loop, clocks)
            probe = StallProbe()

            def fire() -> None:
                probe.fired()
                loop.call_later(PROBE_EVERY_S, fire)

            def report() -> None:
                print(probe.line(), flush=True)
                loop.call_later(2.0, report)

            loop.call_later(PROBE_EVERY_S, fire)
            loop.call_later(2.0, report)
            loop.call_later(seconds, loop.stop)  # stops by itself in any case

    headless_module.AsyncioScheduler = ProbedScheduler  # type: ignore[misc]
    if speed != 1.0:
        headless_module.SystemClocks = lambda: FastClocks(speed)  # type: ignore[assignment,misc,return-value]
    from pathlib import Path

    return headless_module.run(RunOptions(show=Path(show), port=0, headless=True))


if __name__ == "__main__" and len(sys.argv) >= 3 and sys.argv[1] == "desktop":
    sys.exit(desktop(float(sys.argv[2]), float(sys.argv[3]) if len(sys.argv) > 3 else 1.0))
if __name__ == "__main__" and len(sys.argv) == 5 and sys.argv[1] == "headless":
    sys.exit(headless(float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]))
