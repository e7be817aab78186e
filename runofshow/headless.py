"""`runofshow --headless`: the show clock and the web server, no window, no Qt.

For a machine without a screen (a Raspberry Pi next to the stage, a server in the rack):
speakers, tablets, OBS and Stream Deck use the browser views and the HTTP API. The session
runs on the main thread's asyncio loop; the web server keeps its own thread. SIGINT and
SIGTERM stop it cleanly (journal marked clean, exit status 0). PySide6 is never imported.

What the console would show in a banner or a dialog - a storage problem and its end, a
damaged journal or run store set aside, a show-file edit that could not be loaded - is
printed on stderr (runofshow.app.operator_log).
"""

from __future__ import annotations

import asyncio
import signal
import sys

from runofshow.app.operator_log import OperatorLog
from runofshow.app.scheduler import AsyncioScheduler
from runofshow.app.storage_service import StorageService, farewell
from runofshow.app.wiring import (
    RunOptions,
    StartupError,
    build_services,
    check_options,
    server_config,
    start_session,
)
from runofshow.core.clock import SystemClocks
from runofshow.obs.client import parse_address
from runofshow.obs.service import obs_service
from runofshow.web.publisher import WebPublisher
from runofshow.web.server import WebServer


def print_links(urls: dict[str, str], *, lan: bool) -> None:
    """The two links first (on the LAN each carries its token), then every page's URL."""
    if lan:
        print(f"  view link    {urls['speaker']}  (read-only: speakers, OBS, agenda)", flush=True)
        print(f"  control link {urls['control']}  (runs the show: your crew only)", flush=True)
    for name, url in urls.items():
        print(f"  {name:8} {url}", flush=True)


def run(options: RunOptions) -> int:
    """Run until SIGINT/SIGTERM; prints the URLs, then "ready http://127.0.0.1:PORT"."""
    try:
        show = check_options(options)
    except StartupError as error:
        for line in error.lines:
            print(line, file=sys.stderr)
        return error.status
    config = server_config(options)
    assert config is not None  # check_options refuses --headless --no-server
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    scheduler = AsyncioScheduler(loop, SystemClocks())
    publisher = WebPublisher()
    obs = obs_service(parse_address(options.obs) if options.obs else None)
    services = build_services(options, web=publisher, obs=obs)
    session = start_session(
        options, show, scheduler.clocks, scheduler, services, language=options.lang or "en",
    )  # fmt: skip
    operator_log = OperatorLog(session, _stderr)
    server = WebServer(
        host=config.host,
        port=config.port,
        require_token=config.require_token,
        allowed_hosts=set(config.allowed_hosts),
        commands=session.commands,
    )
    try:
        port = server.start()
    except OSError as error:
        print(f"runofshow: cannot listen on port {config.port}: {error}", file=sys.stderr)
        operator_log.close()
        session.close()
        loop.close()
        return 1
    publisher.serve(server)
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, loop.stop)
    if session.resumed is not None:
        print(session.resumed.describe(), flush=True)
    print(f"runofshow headless: {session.show.title}", flush=True)
    print_links(server.urls(), lan=config.require_token)
    print(f"ready http://127.0.0.1:{port}", flush=True)
    try:
        loop.run_forever()
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
        server.stop()
        operator_log.close()
        session.close()
        scheduler.close()
        loop.close()
    storage = next(s for s in services if isinstance(s, StorageService))
    for line in farewell(storage):
        _stderr(line)
    print("stopped", flush=True)
    return 0


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
