"""Fan-out: 200 WebSocket clients on a `runofshow --headless` server, on loopback only.

All clients live in one asyncio loop in this process. Each repetition POSTs /api/next (or
/api/previous, alternating) and times until every client has received a state whose
segment id changed. The baseline is the same with a single client, in the same run.
Server CPU is utime+stime of the server process over the repetitions.
"""

from __future__ import annotations

import asyncio
import time

from bench.common import (
    PYTHON,
    Context,
    Row,
    below_verdict,
    cpu_seconds,
    percentile,
    read_marker,
    spawn,
    stop,
)

NAME = "fanout"
CLIENTS = 200
TARGET_MS = 25.0
SEG_KEY = '"segment":{"id":"'


def _segment_id(text: str) -> str | None:
    """The current segment id, found without parsing the whole state (cheap per client)."""
    at = text.find(SEG_KEY)
    if at < 0:
        return None
    start = at + len(SEG_KEY)
    return text[start : text.index('"', start)]


async def _fanout(
    base: str, clients: int, reps: int, pid: int
) -> tuple[list[float], float, list[float]]:
    import aiohttp

    current: list[str | None] = [None] * clients
    changed = asyncio.Event()
    waiting_for: list[str | None] = [None]
    arrived = [0]
    done_at = [0.0]

    async def reader(i: int, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for msg in ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                break
            seg = _segment_id(msg.data)
            if seg == current[i]:
                continue
            current[i] = seg
            if waiting_for[0] is not None and seg == waiting_for[0]:
                arrived[0] += 1
                if arrived[0] == clients:
                    done_at[0] = time.perf_counter()
                    changed.set()

    timeout = aiohttp.ClientTimeout(total=60)
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        sockets = [await session.ws_connect(base + "/ws", heartbeat=None) for _ in range(clients)]
        tasks = [asyncio.create_task(reader(i, ws)) for i, ws in enumerate(sockets)]
        try:
            async with session.post(base + "/api/start", json={"plan": "as_planned"}) as resp:
                await resp.read()
            for _ in range(200):  # bounded: until every client has seen a state
                if all(c is not None for c in current):
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.3)
            latencies: list[float] = []
            posted: list[float] = []
            cpu0, t0 = cpu_seconds(pid), time.monotonic()
            for rep in range(reps):
                action = "next" if rep % 2 == 0 else "previous"
                before = current[0]
                changed.clear()
                arrived[0] = sum(1 for c in current if c != before)  # normally 0
                t_post = time.perf_counter()
                async with session.post(f"{base}/api/{action}") as resp:
                    body = await resp.json()
                posted.append((time.perf_counter() - t_post) * 1000)
                if not body.get("ok"):
                    raise RuntimeError(f"/api/{action} refused: {body}")
                target = body["state"]["segment"]["id"]
                waiting_for[0] = target
                arrived[0] = sum(1 for c in current if c == target)
                if arrived[0] == clients:
                    done_at[0] = time.perf_counter()
                    changed.set()
                await asyncio.wait_for(changed.wait(), 10)
                waiting_for[0] = None
                latencies.append((done_at[0] - t_post) * 1000)
                await asyncio.sleep(0.15 + 0.037 * (rep % 5))  # not in phase with the ticks
            cpu_share = (cpu_seconds(pid) - cpu0) / (time.monotonic() - t0) * 100
        finally:
            for ws in sockets:
                await ws.close()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    return latencies, cpu_share, posted


def _measure(ctx: Context, clients: int, reps: int) -> tuple[list[float], float, list[float]]:
    from runofshow.paths import bundled_show

    args = [PYTHON, "-m", "runofshow", "--headless", str(bundled_show()), "--port", "0"]
    proc = spawn(args, ctx.child_env(QT_QPA_PLATFORM="offscreen"))
    try:
        base = read_marker(proc, "ready ", 60)
        if not base.startswith(("http://127.0.0.1:", "http://[::1]:")):
            raise RuntimeError(f"not a loopback address: {base}")
        return asyncio.run(asyncio.wait_for(_fanout(base, clients, reps, proc.pid), 300))
    finally:
        stop(proc)


def run(ctx: Context) -> list[Row]:
    reps = 4 if ctx.smoke else 30
    clients = 20 if ctx.smoke else CLIENTS
    many, cpu, posted = _measure(ctx, clients, reps)
    one, cpu_one, _posted_one = _measure(ctx, 1, reps)
    note = f"{clients} clients, {reps} next/previous; baseline: 1 client"
    return [
        Row("fanout.p50", percentile(many, 50), percentile(one, 50), "ms", "", "info", note),
        Row(
            "fanout.p99",
            percentile(many, 99),
            percentile(one, 99),
            "ms",
            f"< {TARGET_MS:.0f} ms",
            below_verdict(percentile(many, 99), TARGET_MS),
            f"max {max(many):.1f} ms; the POST itself answers in {percentile(posted, 50):.1f} ms "
            "(median), including the journal's fsync",
        ),
        Row(
            "fanout.server_cpu",
            cpu,
            cpu_one,
            "%",
            "",
            "info",
            "server process CPU (% of one core) during the repetitions",
        ),
    ]
