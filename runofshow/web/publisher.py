"""The web publisher: the service that connects the session to the web server.

State flows out: on every change the session's current ``StateDocument`` is handed to the
server thread, which serialises it only when a client needs it, once for all of them (and
for the reply to the command that made it: the session hands out the same document).
Commands flow in: the server thread calls ``submit`` (any thread), which runs
``session.execute`` on the session thread through the scheduler and resolves the
``concurrent.futures.Future`` the HTTP handler awaits; read-only queries (GET routes of the
table) go the same way through ``read``. The server never touches the session itself.

This module does not import aiohttp: the desktop builds the publisher at start-up and
starts the server (aiohttp's import costs ~0.4 s) after the first paint.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Mapping
from typing import TYPE_CHECKING

from runofshow.app.events import (
    EngineStarted,
    SessionEvent,
    ShowReloaded,
    SnapshotChanged,
    StatePartChanged,
)
from runofshow.app.outcome import Answer, Expectation, Outcome, Surface
from runofshow.app.service import Service

if TYPE_CHECKING:
    from runofshow.web.server import WebServer


class WebPublisher(Service):
    name = "web"

    def __init__(self) -> None:
        self.server: WebServer | None = None

    def serve(self, server: WebServer) -> None:
        """Follow the session on ``server`` from now on (session thread)."""
        self.server = server
        server.set_sink(self.submit)
        server.set_reader(self.read)
        self._publish()

    def handle(self, event: SessionEvent) -> None:
        if isinstance(event, SnapshotChanged | StatePartChanged | EngineStarted | ShowReloaded):
            self._publish()

    def stop(self) -> None:
        if self.server is not None:
            self.server.set_sink(None)
            self.server.set_reader(None)

    def _publish(self) -> None:
        session = self.context.session
        if self.server is not None and session.has_show:
            self.server.publish(session.document)

    def submit(
        self,
        name: str,
        args: Mapping[str, object],
        surface: Surface,
        expect: Expectation | None,
    ) -> concurrent.futures.Future[Outcome]:
        """Any thread: run the command on the session thread; the future gets the outcome."""
        future: concurrent.futures.Future[Outcome] = concurrent.futures.Future()
        session = self.context.session
        args = dict(args)

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return  # the HTTP side gave up waiting
            try:
                future.set_result(session.execute(name, args, surface=surface, expect=expect))
            except BaseException as error:  # never leave the HTTP handler waiting
                future.set_exception(error)

        self.context.scheduler.call_soon_threadsafe(run)
        return future

    def read(self, name: str, args: Mapping[str, object]) -> concurrent.futures.Future[Answer]:
        """Any thread: answer a query on the session thread; the future gets the answer."""
        future: concurrent.futures.Future[Answer] = concurrent.futures.Future()
        session = self.context.session
        args = dict(args)

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(session.query(name, args))
            except BaseException as error:
                future.set_exception(error)

        self.context.scheduler.call_soon_threadsafe(run)
        return future
