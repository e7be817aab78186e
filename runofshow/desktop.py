"""The desktop wiring: the session on the Qt GUI thread, the windows, and the web server.

The only module that imports both ``runofshow.qt`` and ``runofshow.web``. The web server,
the run store (SQLite) and the OBS link start after the console's first paint (aiohttp's
import alone costs more than painting the console); the web publisher, the storage and
the OBS services are in the session from the start. Nothing imported before the first
paint may pull in aiohttp, SQLite, the history window, the preferences, the editor or the
OBS link (tests/e2e/test_first_paint_imports.py). The Qt-free layers are imported first;
PySide6 comes with ``runofshow.qt`` (which turns off PySide6's source scan of later
imports, ``runofshow.qt.pyside``).

A show file that cannot be loaded at launch does not stop the desktop (headless exits 1):
its located errors go to stderr and into a console with no show, which watches the file
and opens it as soon as it validates. Another show is never opened in its place.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from runofshow.app.events import EngineStarted, SessionEvent
from runofshow.app.storage_service import StorageService
from runofshow.app.wiring import (
    RunOptions,
    StartupError,
    build_services,
    check_options,
    check_usage,
    server_config,
    start_session,
)
from runofshow.core.clock import SystemClocks
from runofshow.core.model import Show
from runofshow.obs.client import Address, parse_address
from runofshow.obs.service import obs_service
from runofshow.qt.app import DesktopApp, create_application, no_server_problem
from runofshow.qt.console.window import ConsoleWindow
from runofshow.qt.first_paint import AfterFirstPaint
from runofshow.qt.i18n import Translations, choose_language
from runofshow.qt.scheduler import QtScheduler
from runofshow.qt.settings import OBS_ADDRESS, Settings
from runofshow.qt.signals import SignalWaker
from runofshow.web.publisher import WebPublisher
from runofshow.web.security import Role

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from runofshow.obs.password import PasswordStore
    from runofshow.web.server import WebServer


class Desktop:
    """The parts of the desktop app, composed in one place (run, the tests, the bench)."""

    def __init__(self, options: RunOptions, show: Show | None, *, launched: bool = False) -> None:
        """``launched``: composed by ``launch``, whose first paint calls
        ``after_first_paint``: the run store and the OBS link wait for it."""
        self.options = options
        self.app = create_application()
        self.settings = Settings()
        self.translations = Translations(self.app)
        language = self.translations.switch(choose_language(options.lang, self.settings))
        self.scheduler = QtScheduler(SystemClocks())
        self.publisher = WebPublisher()
        self.passwords: PasswordStore | None = None  # opened when OBS first needs one
        obs = obs_service(self.obs_address(), self.obs_password, defer_link=launched)
        # the run store opens after the first paint (the journal is written from the start,
        # and carries the history that waits: a crash meanwhile loses nothing)
        self.storage = StorageService(hold_history=launched)
        services = build_services(options, web=self.publisher, obs=obs, storage=self.storage)
        self.session = start_session(
            options, show, self.scheduler.clocks, self.scheduler, services, language=language
        )
        self.windows = DesktopApp(options, self.session, self.settings, self.translations, self)
        self.server: WebServer | None = None
        self.first_paint: AfterFirstPaint | None = None
        self.app.aboutToQuit.connect(self.shutdown)
        self._down = False
        self._unsubscribe: Callable[[], None] | None = None
        if show is None:  # the console shows why, and the session waits for the file
            self._unsubscribe = self.session.subscribe(self._first_show)
            self.session.open(options.show)

    def _first_show(self, event: SessionEvent) -> None:
        """The file that failed at launch now opens: rehearse as asked on the command line."""
        if not isinstance(event, EngineStarted) or self._unsubscribe is None:
            return
        unsubscribe, self._unsubscribe = self._unsubscribe, None
        unsubscribe()
        segment = self.options.rehearse_segment
        if segment is not None and any(s.id == segment for s in event.show.segments):

            def rehearse() -> None:  # after this event, not inside its delivery
                self.session.rehearse_segment(segment)

            self.scheduler.call_soon_threadsafe(rehearse)

    def obs_password(self, address: Address) -> str:
        """The saved OBS password (the store and its keyring load on first use, on the
        OBS worker's thread, never before the first paint)."""
        if self.passwords is None:
            from runofshow.obs.password import PasswordStore

            self.passwords = PasswordStore()
        return self.passwords.get(address)

    def obs_address(self) -> Address | None:
        """--obs for this run, else the address saved in Preferences (None: no OBS)."""
        text = self.options.obs or self.settings.get(OBS_ADDRESS)
        try:
            return parse_address(text) if text else None
        except ValueError:
            return None

    @property
    def console(self) -> ConsoleWindow:
        return self.windows.console

    def after_first_paint(self) -> None:
        """What the operator need not wait for: the run store (SQLite), the OBS link (its
        worker thread and client) and the web server (aiohttp's import alone takes longer
        than painting the console)."""
        self.storage.release_history()
        obs = self.windows.obs_service()
        if obs is not None:
            obs.open_link()
        self.start_server()

    def start_server(self) -> None:
        """Start the browser views and control API (after the first paint)."""
        config = server_config(self.options)
        if config is None or self.server is not None:
            return
        from runofshow.web.server import WebServer

        server = WebServer(
            host=config.host,
            port=config.port,
            require_token=config.require_token,
            allowed_hosts=set(config.allowed_hosts),
            commands=self.session.commands,
        )
        try:
            server.start()
        except OSError as error:
            print(f"runofshow: web server not started on port {config.port}: {error}",
                  file=sys.stderr)  # fmt: skip
            return
        self.server = server
        self.publisher.serve(server)
        urls = server.urls()
        print(f"runofshow: browser views at {urls['index']}", flush=True)
        if server.require_token:
            print(f"runofshow: control page at {urls['control']}", flush=True)

    # ---- BrowserViews, for the console's dialog ---------------------------------------------

    def urls(self) -> dict[str, str] | None:
        return self.server.urls() if self.server is not None else None

    def tokens(self) -> dict[str, str] | None:
        tokens = self.server.tokens if self.server is not None else None
        return None if tokens is None else {"view": tokens.view, "control": tokens.control}

    def regenerate(self, role: str) -> None:
        if self.server is not None:
            self.server.regenerate(Role[role.upper()])

    def problem(self) -> str:
        return "" if self.server is not None else no_server_problem(self.options)

    def shutdown(self) -> None:
        if self._down:
            return
        self._down = True
        if self.server is not None:
            self.server.stop()
        self.session.close()
        self.windows.shutdown()
        self.scheduler.close()


def build_desktop(options: RunOptions, *, launched: bool = False) -> tuple[QApplication, Desktop]:
    """The application and its parts, ready to show; StartupError when the options do not
    fit (``run`` prints it). A show that cannot be loaded gives a console without a show
    (its errors printed too, as headless prints them)."""
    check_usage(options)
    try:
        show: Show | None = check_options(options)
    except StartupError as error:
        if error.status != 1:
            raise
        for line in error.lines:
            print(line, file=sys.stderr)
        show = None
    desktop = Desktop(options, show, launched=launched)
    return desktop.app, desktop


def launch(options: RunOptions, *, settle_garbage: bool = False) -> Desktop:
    """The desktop as ``run`` starts it, before its event loop: the console shown (and the
    speaker display when asked for); the rest of start-up (``Desktop.after_first_paint``)
    waits for the console's first paint. StartupError when the options or the show do not
    fit. ``settle_garbage`` (``run``): after the first paint and the server's start, the
    GC guard collects once and freezes what start-up made (``gc_guard.settle``), so that
    later collections do not walk it again."""
    _app, desktop = build_desktop(options, launched=True)
    desktop.console.show()
    if options.speaker_screen is not None:
        desktop.windows.toggle_speaker_window()

    def then() -> None:
        desktop.after_first_paint()
        if settle_garbage:  # what start-up made, the server's modules too, is frozen
            desktop.windows.garbage_collector.settle()

    desktop.first_paint = AfterFirstPaint(desktop.console, then)
    return desktop


def run(options: RunOptions) -> int:
    try:
        desktop = launch(options, settle_garbage=True)
    except StartupError as error:
        for line in error.lines:
            print(line, file=sys.stderr)
        return error.status
    waker = SignalWaker(desktop.app)  # SIGINT/SIGTERM quit cleanly: the journal says so
    waiting = desktop.session.waiting_for
    if waiting is not None:
        print(f"runofshow: no show open; {waiting} opens as soon as it is valid",
              file=sys.stderr, flush=True)  # fmt: skip
    try:
        return desktop.app.exec()
    finally:
        waker.close()
