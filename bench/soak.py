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
        }
        return replace(base, **{key: value for key, value in chosen.items() if value is not None})


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
        async with session.post(base + "/api/start") as response:
            await response.read()
    next_action = next_message = time.monotonic()
    step = 0
    while (now := time.monotonic()) < end:
        if config.actions_every_s is not None and now >= next_action:
            action = "next" if step % 2 == 0 else "previous"
            step += 1
            async with session.post(f"{base}/api/{action}") as response:
                await response.read()
                tally.actions += 1
                tally.refused += response.status != 200
            next_action += config.actions_every_s
        if config.messages_every_s is not None and now >= next_message:
            body = {"text": f"soak message {tally.messages + 1}", "flash": False}
            async with session.post(base + "/api/message", json=body) as response:
                await response.read()
                tally.messages += 1
            next_message += config.messages_every_s
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
    # Every client has left: what does the server keep once the last connections are closed?
    await asyncio.sleep(2.0)
    result.after_rss_mib = status_kib(pid, "VmRSS") / 1024
    return result


def soak(ctx: Context, config: SoakConfig) -> SoakResult:
    from runofshow.paths import bundled_show

    lasting = str(config.minutes * 60 + 180)  # the child stops by itself in any case
    if config.app == "desktop":
        proc = spawn([PYTHON, "-m", "bench.soak", "desktop", lasting], ctx.child_env())
    else:
        args = [PYTHON, "-m", "runofshow", "--headless", str(bundled_show()), "--port", "0"]
        proc = spawn(args, ctx.child_env(QT_QPA_PLATFORM="offscreen"))
    try:
        base = read_marker(proc, "ready ", 60)
        if not base.startswith(("http://127.0.0.1:", "http://[::1]:")):
            raise RuntimeError(f"not a loopback address: {base}")
        time.sleep(1.0)  # settle after start-up
        idle = status_kib(proc.pid, "VmRSS") / 1024
        bound = config.minutes * 60 + 120
        return asyncio.run(asyncio.wait_for(_soak(base, proc.pid, config, idle), bound))
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
            f"< {GROWTH_TARGET_MIB:.0f} MiB",
            below_verdict(growth, GROWTH_TARGET_MIB),
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
    ]


def desktop(seconds: float) -> int:
    """The desktop app with console, speaker display and web server; prints its address."""

    from bench.appkit import build_desktop, emit, quit_after, when_started

    app, desk = build_desktop(speaker=True)

    def ready() -> None:
        server = desk.server
        if server is None:
            raise RuntimeError("the desktop app did not start its web server")
        emit(f"ready http://127.0.0.1:{server.port}")

    when_started(desk, ready)
    quit_after(app, seconds)
    return app.exec()


if __name__ == "__main__" and len(sys.argv) == 3 and sys.argv[1] == "desktop":
    sys.exit(desktop(float(sys.argv[2])))
