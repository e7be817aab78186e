"""The web server: browser views, the JSON control API (v1) and the WebSocket push channel.

aiohttp runs on its own thread with its own asyncio loop, so a flood of requests never stalls
the session thread. The server thread never touches the session: it only reads the latest
state (handed over with ``publish``, thread-safe) and submits commands through a
``CommandSink`` that returns a ``concurrent.futures.Future`` resolved on the session thread
(see publisher.py). The command routes are derived from the command table.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import logging
import threading
from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from typing import Any
from urllib.parse import quote, urlencode

from aiohttp import WSMsgType, web

from runofshow.app.catalog import QT_TRANSLATE_NOOP
from runofshow.app.commands import BUILTIN_COMMANDS, Command, CommandTable, Query, table_json
from runofshow.app.outcome import SLOW_DISK, Answer, Expectation, Outcome, Surface
from runofshow.app.refusals import Reason, reason_for
from runofshow.app.state import StateDocument
from runofshow.core.checked import nesting_depth
from runofshow.core.text import json_text
from runofshow.paths import resource
from runofshow.web import security
from runofshow.web.fanout import Fanout
from runofshow.web.frames import Published

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
COMMAND_TIMEOUT_S = 5.0  # the session thread must take the command within this
DURABLE_WAIT_S = 3.0  # then the answer waits this long for the journal to be on disk
MAX_JSON_DEPTH = 16  # request bodies are two levels deep; deeper is refused (400)
API_PREFIXES = ("/api", "/api/v1")  # the same endpoints under both
SURFACE_HEADER = "X-Runofshow-Surface"  # "control" from the /control page

# (command, raw arguments, surface, expectation) -> a future resolved on the session thread.
CommandSink = Callable[
    [str, Mapping[str, object], Surface, Expectation | None],
    "concurrent.futures.Future[Outcome]",
]
# (query, raw arguments) -> a future answered on the session thread.
QueryReader = Callable[[str, Mapping[str, object]], "concurrent.futures.Future[Answer]"]

# The only files ever served: URL path -> (file in resources/web, content type).
PAGES: dict[str, tuple[str, str]] = {
    "/": ("index.html", "text/html"),
    "/speaker": ("speaker.html", "text/html"),
    "/overlay": ("overlay.html", "text/html"),
    "/agenda": ("agenda.html", "text/html"),
    "/moderator": ("moderator.html", "text/html"),
    "/control": ("control.html", "text/html"),
    "/control.js": ("control.js", "text/javascript"),
    "/control.css": ("control.css", "text/css"),
    "/common.js": ("common.js", "text/javascript"),
    "/moderator.js": ("moderator.js", "text/javascript"),
    "/style.css": ("style.css", "text/css"),
    "/favicon.svg": ("favicon.svg", "image/svg+xml"),
}


class ApiError(Exception):
    """An error answered by the server itself; ``message`` is English, and is translated
    for pages when it is marked in the Refusals context."""

    def __init__(self, status: int, code: str, message: str | Reason) -> None:
        self.reason = message if isinstance(message, Reason) else Reason(message)
        super().__init__(self.reason.text())
        self.status = status
        self.code = code
        self.message = self.reason.text()


def error_response(status: int, code: str, message: str | Reason, **extra: Any) -> web.Response:
    """``{"error": {"code", "message", "text"}}``: ``message`` in English (as the console and
    the command line say it), ``text`` the same words in every shipped language (what
    /control shows)."""
    reason = message if isinstance(message, Reason) else Reason(message)
    error = {"code": code, "message": reason.text(), "text": reason.translations()}
    body: dict[str, Any] = {"error": error}
    body.update(extra)
    return web.json_response(body, status=status, dumps=_dumps)


def _dumps(value: Any) -> str:
    """JSON text that always encodes as UTF-8: text the app never lets in (a lone
    surrogate) is escaped rather than failing every later answer and push."""
    return json_text(value)


def json_with_state(
    body: dict[str, Any], state: Published | None, *, status: int = 200
) -> web.Response:
    """``body`` with a last key ``"state"`` whose value is the state's own JSON text: the
    text already made for the WebSocket clients, not serialised a second time."""
    head = _dumps(body)
    text = f'{head[:-1]},"state":{state.text if state is not None else "null"}}}'
    return web.Response(text=text, status=status, content_type="application/json")


class _Serialised:
    """A state handed over as a plain object (or a function making one), serialised once
    like a ``StateDocument``."""

    def __init__(self, source: dict[str, Any] | Callable[[], dict[str, Any]]) -> None:
        self._source = source

    @cached_property
    def text(self) -> str:
        source = self._source
        return json_text(source() if callable(source) else source)

    @cached_property
    def data(self) -> bytes:
        return self.text.encode("utf-8")


class WebServer:
    """aiohttp on a worker thread. ``start()`` blocks until listening and returns the port."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        require_token: bool = False,
        tokens: security.AccessTokens | None = None,
        allowed_hosts: set[str] | None = None,
        public_host: str | None = None,
        sink: CommandSink | None = None,
        commands: CommandTable | None = None,
    ) -> None:
        self.host = host
        self.requested_port = port
        self.require_token = require_token
        # Replaced whole (one reference assignment) by ``regenerate``; read once per request.
        self.tokens: security.AccessTokens | None = (
            (tokens or security.load_or_create_tokens()) if require_token else None
        )
        lan = host not in ("127.0.0.1", "localhost", "::1")
        self.allowed_hosts = set(allowed_hosts or ()) | set(security.LOOPBACK_HOSTS)
        if lan:
            self.allowed_hosts |= security.lan_hosts()
        self.public_host = public_host or (
            (security.primary_lan_address() or "127.0.0.1") if lan else "127.0.0.1"
        )
        self._sink = sink
        self._reader: QueryReader | None = None
        self.commands = commands if commands is not None else CommandTable(BUILTIN_COMMANDS)
        self._commands_json = _dumps(table_json(self.commands))
        self._files = {
            path: resource("web", name).read_bytes() for path, (name, _) in PAGES.items()
        }
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._startup_error: BaseException | None = None
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        # The newest state: set by ``publish`` (session thread), read on the server thread.
        self._published: Published | None = None
        self._wake_pending = False  # a hand-over to the server thread is on its way
        # Owned by the server thread from here on.
        self._fanout = Fanout()  # the live views, sent each state in one pass

    # ---- thread-safe API (any thread) -------------------------------------------------------

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the server is not listening")
        return self._port

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and self._port is not None

    @property
    def client_count(self) -> int:
        """Live WebSocket views (any thread)."""
        return len(self._fanout.viewers)

    @property
    def connection_count(self) -> int:
        """Open connections, HTTP and WebSocket (any thread; tests and the bench wait on it)."""
        runner = self._runner
        server = runner.server if runner is not None else None
        return len(server.connections) if server is not None else 0

    def set_sink(self, sink: CommandSink | None) -> None:
        self._sink = sink  # a single reference assignment: atomic under the GIL

    def set_reader(self, reader: QueryReader | None) -> None:
        self._reader = reader

    def start(self) -> int:
        if self._thread is not None:
            raise RuntimeError("already started")
        self._thread = threading.Thread(target=self._run, name="runofshow-web", daemon=True)
        self._thread.start()
        self._ready.wait(timeout=15)
        if self._startup_error is not None:
            self._thread.join(timeout=5)
            self._thread = None
            raise self._startup_error
        if self._port is None:
            raise RuntimeError("the web server did not start in time")
        return self._port

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        with contextlib.suppress(RuntimeError):  # loop already closed
            loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        self._thread = None
        self._port = None

    def publish(self, state: StateDocument | dict[str, Any] | Callable[[], dict[str, Any]]) -> None:
        """Hand the latest state to the server thread (called from the session thread).

        A ``StateDocument`` (or a function making the state) is serialised on the server
        thread, and only when a client or a request needs it: the session thread never
        pays for serialising. It is serialised once, and every client is sent the same
        bytes.
        """
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        published = state if isinstance(state, StateDocument) else _Serialised(state)
        # Kept for the next request; the server thread is woken only when a live view
        # watches (a state a second, for nobody, cost both threads). Set before looking at
        # the viewers: one joining meanwhile reads it (``_serve_client``).
        self._published = published
        if self._fanout.viewers and not self._wake_pending:
            self._wake_pending = True
            with contextlib.suppress(RuntimeError):  # loop closing
                loop.call_soon_threadsafe(self._hand_over)

    def urls(self) -> dict[str, str]:
        """Ready-made URLs for the console to show. On the LAN the pages for speakers, OBS
        and the agenda carry the view token, /control the control token."""
        base = f"http://{_url_host(self.public_host)}:{self.port}"
        tokens = self.tokens

        def page(path: str, role: security.Role = security.Role.VIEW, **params: str) -> str:
            if tokens is not None:
                params["token"] = tokens.of(role)
            return base + path + ("?" + urlencode(params, quote_via=quote) if params else "")

        return {
            "index": page("/"),
            "speaker": page("/speaker"),
            "overlay": page("/overlay", layout="bar"),
            "agenda": page("/agenda"),
            "moderator": page("/moderator", security.Role.CONTROL),
            "control": page("/control", security.Role.CONTROL),
            "state": page("/api/state"),
            "api": base + "/api",
            "ws": page("/ws").replace("http://", "ws://", 1),
        }

    def regenerate(self, role: security.Role) -> security.AccessTokens:
        """A new token for ``role`` (any thread): saved, in force for the next request, and
        every WebSocket opened with the old one is closed before this returns. Links and
        cookies with the old token get 401 from now on."""
        tokens = self.tokens
        if tokens is None:
            raise RuntimeError("no tokens: the server is not on the LAN")
        fresh = tokens.replaced(role)
        security.save_tokens(fresh)
        self.tokens = fresh
        old = tokens.of(role)
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError, concurrent.futures.TimeoutError):
                asyncio.run_coroutine_threadsafe(self._close_clients_with(old), loop).result(5)
        return fresh

    # ---- server thread ----------------------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        try:
            loop.run_until_complete(self._setup())
        except BaseException as error:  # report any bind failure to start()
            self._startup_error = error
            self._ready.set()
            loop.close()
            self._loop = None
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self._teardown())
            loop.close()

    async def _setup(self) -> None:
        app = web.Application(
            client_max_size=security.MAX_BODY,
            middlewares=[self._errors_middleware, self._security_middleware],
        )
        for path in PAGES:
            app.router.add_get(path, self._file)
        for prefix in API_PREFIXES:
            app.router.add_get(prefix + "/state", self._get_state)
            app.router.add_get(prefix + "/commands", self._get_commands)
            app.router.add_get(prefix + "/access", self._get_access)
        for route, command in command_routes(self.commands).items():
            app.router.add_post(route, self._command_handler(command))
        for route, query in query_routes(self.commands).items():
            app.router.add_get(route, self._query_handler(query))
        app.router.add_get("/ws", self._ws)
        app.on_shutdown.append(self._close_clients)
        runner = web.AppRunner(
            app,
            access_log=None,
            shutdown_timeout=1.0,
            max_line_size=security.MAX_LINE,
            max_field_size=security.MAX_FIELD,
            max_headers=security.MAX_HEADERS,
            keepalive_timeout=75,
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.requested_port, reuse_address=True)
        await site.start()
        self._runner = runner
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        self._port = int(sockets[0].getsockname()[1]) if sockets else self.requested_port

    async def _teardown(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        self._runner = None

    async def _close_clients(self, _app: web.Application) -> None:
        for viewer in list(self._fanout.viewers):
            with contextlib.suppress(Exception):
                await viewer.ws.close(code=1001, message=b"server shutdown")

    async def _close_clients_with(self, token: str) -> None:
        """Close the live views opened with ``token`` (it was just replaced)."""
        for viewer in list(self._fanout.viewers):
            if viewer.credential is not None and security.token_matches(viewer.credential, token):
                with contextlib.suppress(Exception):
                    await viewer.ws.close(code=security.CLOSE_REVOKED, message=b"token replaced")

    def _hand_over(self) -> None:
        self._wake_pending = False  # before reading: a later publish wakes us again
        published = self._published
        if published is not None:
            self._fanout.publish(published)

    @property
    def _state_text(self) -> str | None:
        published = self._published
        return published.text if published is not None else None

    # ---- middleware -------------------------------------------------------------------------

    @web.middleware
    async def _errors_middleware(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        """Every error is JSON: {"error": {"code", "message"}}."""
        try:
            return await handler(request)
        except ApiError as error:
            return error_response(error.status, error.code, error.message)
        except web.HTTPRequestEntityTooLarge:
            return error_response(
                400, "too_large", QT_TRANSLATE_NOOP("Refusals", "The request body is too large.")
            )
        except web.HTTPMethodNotAllowed as error:
            response = error_response(
                405, "method_not_allowed", QT_TRANSLATE_NOOP("Refusals", "Method not allowed here.")
            )
            response.headers["Allow"] = ", ".join(sorted(error.allowed_methods))
            return response
        except web.HTTPNotFound:
            return error_response(
                404, "not_found", QT_TRANSLATE_NOOP("Refusals", "No such page or endpoint.")
            )
        except web.HTTPException as error:
            if error.status < 400:
                raise
            return error_response(error.status, "http_error", error.reason)
        except asyncio.CancelledError:
            raise
        except ConnectionError as error:
            if request.transport is not None and not request.transport.is_closing():
                raise
            # The client hung up mid-request: nobody reads an answer. Raised on, the error
            # would be logged with a traceback whose frames hold the request, whose body
            # reader holds the error: a reference cycle left to the cyclic collector.
            error.__traceback__ = None
            return error_response(400, "disconnected", "The client hung up.")
        except Exception:
            log.exception("web request failed: %s %s", request.method, request.path)
            return error_response(500, "internal", QT_TRANSLATE_NOOP("Refusals", "Internal error."))

    @web.middleware
    async def _security_middleware(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        host = request.headers.get("Host")
        if not security.host_allowed(host, self.allowed_hosts):
            raise ApiError(400, "bad_host", "This Host is not allowed (DNS rebinding guard).")
        needs_origin = request.method not in ("GET", "HEAD") or _is_upgrade(request)
        if needs_origin and not security.origin_allowed(request.headers.get("Origin"), host):
            raise ApiError(403, "bad_origin", "Cross-origin requests are not allowed.")
        role, credential = self._access(request)
        if role is None:
            raise ApiError(
                401,
                "unauthorized",
                QT_TRANSLATE_NOOP("Refusals", "A valid access token is required."),
            )
        if role < security.required_role(request.method):
            raise ApiError(
                403,
                "read_only",
                QT_TRANSLATE_NOOP(
                    "Refusals", "This link can only view the show; acting needs the control link."
                ),
            )
        response = await handler(request)
        from_link = credential is not None and credential == request.query.get("token")
        if from_link and credential is not None and not response.prepared:
            response.set_cookie(
                security.TOKEN_COOKIE,
                credential,
                httponly=True,
                samesite="Strict",
                path="/",
                max_age=365 * 24 * 3600,
            )
        response.headers.setdefault("Cache-Control", "no-store")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    def _access(self, request: web.Request) -> tuple[security.Role | None, str | None]:
        """The role the request's credential grants (None: none valid) and that credential.
        Without --lan there are no tokens and everyone may act, as always on localhost."""
        tokens = self.tokens
        if not self.require_token or tokens is None:
            return security.Role.CONTROL, None
        credential = security.offered_token(
            request.headers.get("Authorization"),
            request.headers.get(security.TOKEN_HEADER),
            request.query.get("token"),
            request.cookies.get(security.TOKEN_COOKIE),
        )
        return tokens.role_of(credential), credential

    # ---- pages ------------------------------------------------------------------------------

    async def _file(self, request: web.Request) -> web.Response:
        route = request.match_info.route.resource
        canonical = route.canonical if route is not None else request.path
        _, content_type = PAGES[canonical]
        response = web.Response(body=self._files[canonical], content_type=content_type)
        if content_type != "image/svg+xml":
            response.charset = "utf-8"
        if content_type == "text/html":
            response.headers["Content-Security-Policy"] = (
                "default-src 'self'; connect-src 'self'; img-src 'self' data:; "
                "style-src 'self'; script-src 'self'; frame-ancestors 'none'"
            )
        return response

    # ---- API --------------------------------------------------------------------------------

    async def _get_state(self, _request: web.Request) -> web.Response:
        if self._state_text is None:
            raise ApiError(503, "no_show", reason_for("no_show"))
        return web.Response(text=self._state_text, content_type="application/json")

    async def _get_commands(self, _request: web.Request) -> web.Response:
        return web.Response(text=self._commands_json, content_type="application/json")

    async def _get_access(self, request: web.Request) -> web.Response:
        """What this request's credential may do: pages show themselves read-only for VIEW."""
        role, _credential = self._access(request)
        assert role is not None  # the middleware answered 401 otherwise
        body = {"role": role.name.lower(), "token_required": self.require_token}
        return web.json_response(body, dumps=_dumps)

    def _command_handler(
        self, command: Command
    ) -> Callable[[web.Request], Awaitable[web.Response]]:
        async def handle(request: web.Request) -> web.Response:
            body = await _read_body(request)
            args: dict[str, object] = {}
            for arg in command.args:  # path, then body, then query; other keys are ignored
                if arg.name in command.path_args:
                    args[arg.name] = request.match_info[arg.name]
                elif arg.name in body:
                    args[arg.name] = body[arg.name]
                elif arg.name in request.query:
                    args[arg.name] = request.query[arg.name]
            for answer in command.asks.answers if command.asks else ():
                if answer.key in body:  # {"confirm": true}, {"plan": "shift"}
                    args[answer.key] = body[answer.key]
                elif answer.key in request.query:  # ?confirm=true, ?plan=shift
                    args[answer.key] = _query_answer(request.query[answer.key])
            expect = None
            if "expect" in body:
                try:
                    expect = Expectation.parse(body["expect"])
                except ValueError as error:
                    raise ApiError(400, "bad_input", str(error)) from None  # marked in outcome
            return await self._run_command(command.name, args, expect, _surface(request))

        return handle

    def _query_handler(self, query: Query) -> Callable[[web.Request], Awaitable[web.Response]]:
        async def handle(request: web.Request) -> web.Response:
            args: dict[str, object] = {}
            for arg in query.args:  # path, then query string; other parameters are ignored
                if arg.name in query.path_args:
                    args[arg.name] = request.match_info[arg.name]
                elif arg.name in request.query:
                    args[arg.name] = request.query[arg.name]
            reader = self._reader
            if reader is None:
                raise ApiError(503, "no_show", "No show is loaded yet.")
            future = reader(query.name, args)
            try:
                answer = await asyncio.wait_for(asyncio.wrap_future(future), COMMAND_TIMEOUT_S)
            except TimeoutError:
                future.cancel()
                raise ApiError(503, "busy", "The app did not answer in time.") from None
            if answer.ok:
                return web.json_response(answer.body, dumps=_dumps)
            code = answer.code or "refused"
            return error_response(answer.http_status, code, answer.message, ok=False)

        return handle

    async def _run_command(
        self, name: str, args: dict[str, object], expect: Expectation | None, surface: Surface
    ) -> web.Response:
        sink = self._sink
        if sink is None:
            raise ApiError(503, "no_show", reason_for("no_show"))
        future = sink(name, args, surface, expect)
        try:
            outcome = await asyncio.wait_for(asyncio.wrap_future(future), COMMAND_TIMEOUT_S)
        except TimeoutError:
            future.cancel()
            raise ApiError(
                503, "busy", QT_TRANSLATE_NOOP("Refusals", "The app did not answer in time.")
            ) from None
        if outcome.ok and outcome.on_disk is not None:  # acknowledged means on disk
            written = asyncio.shield(asyncio.wrap_future(outcome.on_disk))
            try:
                outcome = outcome.written(await asyncio.wait_for(written, DURABLE_WAIT_S))
            except TimeoutError:
                outcome = outcome.written(SLOW_DISK)
        state = outcome.state  # the document the clients are sent: serialised once for both
        if outcome.ok:
            body: dict[str, Any] = {
                "ok": True,
                "action": outcome.command,
                "revision": outcome.revision,
                "durable": outcome.durable,
            }
            if outcome.problem is not None:
                body["problem"] = outcome.problem
            return json_with_state(body, state)
        code = outcome.code or "refused"
        reason = outcome.reason or reason_for(code, outcome.message)
        error = {"code": code, "message": reason.text(), "text": reason.translations()}
        if outcome.question is not None:  # 409 confirmation_required: what to answer
            error["question"] = outcome.question.to_json()
        body = {"error": error, "ok": False}
        return json_with_state(body, state, status=outcome.http_status)

    # ---- WebSocket --------------------------------------------------------------------------

    async def _ws(self, request: web.Request) -> web.StreamResponse:
        if len(self._fanout.viewers) >= security.MAX_WS_CLIENTS:
            raise ApiError(
                503,
                "too_many_clients",
                QT_TRANSLATE_NOOP("Refusals", "Too many live views are connected."),
            )
        ws = web.WebSocketResponse(
            heartbeat=security.WS_HEARTBEAT_S, max_msg_size=security.MAX_WS_MESSAGE
        )
        if not ws.can_prepare(request).ok:
            raise ApiError(400, "not_websocket", "This endpoint speaks WebSocket only.")
        try:
            await ws.prepare(request)
            await self._serve_client(ws, self._access(request)[1])
        finally:
            _release_connection(ws, request)
        return ws

    async def _serve_client(self, ws: web.WebSocketResponse, credential: str | None) -> None:
        viewer = self._fanout.join(ws, credential)
        self._fanout.catch_up(self._published)  # states published while nobody watched
        sender = asyncio.create_task(self._fanout.serve(viewer))
        try:
            async for message in ws:
                if message.type in (WSMsgType.ERROR, WSMsgType.BINARY):
                    break  # browsers only read; anything else ends the session
        finally:
            self._fanout.leave(viewer)
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sender
            await ws.close()  # here, not after the handler, so its outcome is released too


def command_routes(table: CommandTable) -> dict[str, Command]:
    """Every HTTP route of the table's commands, under each API prefix."""
    routes: dict[str, Command] = {}
    for command in table:
        if command.route is not None:
            for prefix in API_PREFIXES:
                routes[prefix + command.route.removeprefix("/api")] = command
    return routes


def query_routes(table: CommandTable) -> dict[str, Query]:
    """Every GET route of the table's queries, under each API prefix."""
    return {
        prefix + query.route.removeprefix("/api"): query
        for query in table.queries
        for prefix in API_PREFIXES
    }


def _surface(request: web.Request) -> Surface:
    """Who sends it, for the run history: the /control page says so in a header; anything
    else is an API client. (A label, not a permission: tokens decide what may be done.)"""
    if request.headers.get(SURFACE_HEADER, "").strip().lower() == Surface.CONTROL.value:
        return Surface.CONTROL
    return Surface.API


def _query_answer(text: str) -> object:
    """An answer in the query string: "true"/"false" are the JSON values."""
    return {"true": True, "false": False}.get(text.strip().lower(), text)


def _release_connection(ws: web.WebSocketResponse, request: web.Request) -> None:
    """Break the reference cycles aiohttp (3.14) leaves around a finished WebSocket, so that
    reference counting frees the connection when it ends (buffers, parser and the
    permessage-deflate state browsers negotiate: about 270 KB) instead of the GC guard's next
    full collection, at most once a minute and later under load:

    - with a heartbeat, the protocol keeps a bound method of the response to reset the ping
      timer and never drops it, not even in ``connection_lost``: response ``_req`` ->
      request ``_protocol`` -> protocol ``_data_received_cb`` -> response;
    - a client that hangs up leaves the reason in ``ws.exception()``, whose traceback holds
      the frames of the response's own ``receive`` and ``close``, and so the response.
    """
    protocol = request.protocol
    if getattr(protocol, "_data_received_cb", None) is not None:
        protocol._data_received_cb = None
    error, seen = ws.exception(), set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        error.__traceback__ = None
        error = error.__cause__ or error.__context__


def _is_upgrade(request: web.Request) -> bool:
    return request.headers.get("Upgrade", "").lower() == "websocket"


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


async def _read_body(request: web.Request) -> dict[str, Any]:
    """The JSON object body, or {} for an empty body (Companion sends those). Nesting
    deeper than MAX_JSON_DEPTH is refused before parsing (it could exhaust the stack)."""
    raw = await request.read()
    if not raw.strip():
        return {}
    if nesting_depth(raw) > MAX_JSON_DEPTH:
        raise ApiError(
            400, "bad_json", f"The body is nested too deeply (at most {MAX_JSON_DEPTH} levels)."
        )
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ApiError(
            400, "bad_json", QT_TRANSLATE_NOOP("Refusals", "The body is not valid JSON.")
        ) from None
    if not isinstance(value, dict):
        raise ApiError(
            400, "bad_json", QT_TRANSLATE_NOOP("Refusals", "The body must be a JSON object.")
        )
    return value
