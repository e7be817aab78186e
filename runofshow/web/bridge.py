"""The Qt side of the web server: follows the show controller and runs commands on the Qt thread.

State flows out: every ``stateChanged`` snapshot becomes the JSON state object and is handed to
the server thread. Commands flow in: the server thread calls ``submit`` (any thread), which
emits a queued signal; the slot runs the controller action on the Qt thread and resolves the
``concurrent.futures.Future`` the HTTP handler is awaiting.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from runofshow.web.server import CommandOutcome, WebServer
from runofshow.web.state_json import state_json

if TYPE_CHECKING:
    from runofshow.core.snapshot import Snapshot
    from runofshow.qt.controller import ShowController
    from runofshow.qt.session import ShowSession

# Controller slots the web may call, with the keyword arguments each takes.
ALLOWED_COMMANDS: dict[str, frozenset[str]] = {
    "start": frozenset(),
    "pause": frozenset(),
    "resume": frozenset(),
    "toggle": frozenset(),
    "next": frozenset(),
    "previous": frozenset(),
    "end_show": frozenset(),
    "undo": frozenset(),
    "redo": frozenset(),
    "next_cue": frozenset(),
    "previous_cue": frozenset(),
    "goto": frozenset({"segment_id"}),
    "add_time": frozenset({"ms"}),
    "set_message": frozenset({"text", "flash"}),
    "set_blackout": frozenset({"on"}),
}


class WebBridge(QObject):
    """Connects one WebServer to the current ShowController (following a ShowSession)."""

    _commandRequested = Signal(str, object, object)  # name, args, Future

    def __init__(self, server: WebServer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = server
        self._controller: ShowController | None = None
        self.language = "en"  # set_language() follows the app's interface language
        self._commandRequested.connect(self._execute, Qt.ConnectionType.QueuedConnection)
        server.set_sink(self.submit)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def server(self) -> WebServer:
        return self._server

    def urls(self) -> dict[str, str]:
        return self._server.urls()

    @property
    def token(self) -> str | None:
        return self._server.token

    def follow(self, session: ShowSession) -> None:
        """Track the session's controller, which changes on open and on rehearsal toggles."""
        session.controllerChanged.connect(self.set_controller)
        self.set_controller(session.controller if session.has_show else None)

    @Slot(object)
    def set_controller(self, controller: ShowController | None) -> None:
        old = self._controller
        if old is controller:
            return
        if old is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # already gone with its session
                old.stateChanged.disconnect(self._on_state)
        self._controller = controller
        if controller is not None:
            controller.stateChanged.connect(self._on_state)
            self._on_state(controller.snapshot)

    def stop(self) -> None:
        self._server.set_sink(None)
        self._server.stop()

    # ---- state out --------------------------------------------------------------------------

    @Slot(object)
    def _on_state(self, snapshot: Snapshot) -> None:
        controller = self._controller
        if controller is not None:
            show = controller.engine.show
            lang = self.language
            self._server.publish(lambda: {**state_json(snapshot, show), "lang": lang})

    def set_language(self, lang: str) -> None:
        """The app's interface language, carried as ``state.lang``: the browser pages follow
        it unless opened with ?lang=ja|en."""
        self.language = lang
        if self._controller is not None:
            self._on_state(self._controller.snapshot)

    # ---- commands in ------------------------------------------------------------------------

    def submit(self, name: str, args: dict[str, Any]) -> concurrent.futures.Future[CommandOutcome]:
        """Any thread: ask the Qt thread to run ``name``; the future holds the outcome."""
        future: concurrent.futures.Future[CommandOutcome] = concurrent.futures.Future()
        self._commandRequested.emit(name, dict(args), future)
        return future

    @Slot(str, object, object)
    def _execute(
        self, name: str, args: dict[str, Any], future: concurrent.futures.Future[CommandOutcome]
    ) -> None:
        if not future.set_running_or_notify_cancel():
            return  # the HTTP side gave up waiting
        try:
            future.set_result(self._run(name, args))
        except Exception as error:  # never leave the HTTP handler waiting
            future.set_exception(error)

    def _run(self, name: str, args: dict[str, Any]) -> CommandOutcome:
        controller = self._controller
        if controller is None:
            return CommandOutcome(False, "no_show", "No show is loaded.")
        allowed = ALLOWED_COMMANDS.get(name)
        if allowed is None or not set(args) <= allowed:
            return CommandOutcome(False, "unknown_command", f"Unknown command {name!r}.")
        result = getattr(controller, name)(**args)
        state = {**state_json(controller.snapshot, controller.engine.show), "lang": self.language}
        return CommandOutcome(result.ok, result.refusal, result.message, state)


def start_web_server(
    session: ShowSession,
    *,
    port: int,
    lan: bool,
    parent: QObject | None = None,
    host: str | None = None,
) -> WebBridge | None:
    """Start the server for the GUI; None (with a message on stderr) if it cannot listen."""
    server = WebServer(
        host=host or ("0.0.0.0" if lan else "127.0.0.1"),
        port=port,
        require_token=lan,
    )
    try:
        server.start()
    except OSError as error:
        print(f"runofshow: web server not started on port {port}: {error}", file=sys.stderr)
        return None
    bridge = WebBridge(server, parent)
    bridge.follow(session)
    return bridge
