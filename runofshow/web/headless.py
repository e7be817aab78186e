"""`runofshow --headless`: the show clock and the web server, no window.

For a machine without a screen (a Raspberry Pi next to the stage, a server in the rack):
speakers, tablets, OBS and Stream Deck use the browser views and the HTTP API.
SIGINT and SIGTERM stop it cleanly (journal marked clean, exit status 0).
It runs the same ShowSession as the desktop app, so runs are recorded here too.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from runofshow.core.clock import SystemClocks
from runofshow.core.errors import LocatedError
from runofshow.qt.gc_guard import MainThreadGarbageCollector
from runofshow.qt.session import ShowSession
from runofshow.qt.signals import SignalWaker
from runofshow.web.bridge import WebBridge
from runofshow.web.server import WebServer


def run_headless(show_path: Path, *, port: int, lan: bool, rehearse: bool) -> int:
    """Run until SIGINT/SIGTERM; prints the URLs, then "ready http://127.0.0.1:PORT"."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    session = ShowSession(SystemClocks(), rehearsal=rehearse)
    errors: list[LocatedError] = []
    session.loadFailed.connect(lambda _path, found: errors.extend(found))
    if not session.open(show_path):
        for located in errors:
            print(located, file=sys.stderr)
        return 1
    garbage_collector = MainThreadGarbageCollector()
    resumed = session.controller.resumed_from_crash
    if resumed is not None:
        print(resumed.describe(), flush=True)
    server = WebServer(
        host="0.0.0.0" if lan else "127.0.0.1",
        port=port,
        require_token=lan,
    )
    try:
        actual_port = server.start()
    except OSError as error:
        print(f"runofshow: cannot listen on port {port}: {error}", file=sys.stderr)
        session.close()
        garbage_collector.stop()
        return 1
    bridge = WebBridge(server)
    bridge.follow(session)
    waker = SignalWaker(app)
    print(f"runofshow headless: {session.show.title}", flush=True)
    for name, url in server.urls().items():
        print(f"  {name:8} {url}", flush=True)
    print(f"ready http://127.0.0.1:{actual_port}", flush=True)
    try:
        app.exec()
    finally:
        waker.close()
        bridge.stop()
        session.close()
        garbage_collector.stop()
    print("stopped", flush=True)
    return 0
