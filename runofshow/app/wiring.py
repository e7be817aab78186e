"""One wiring for both faces: what ``runofshow [run]`` was asked, checked the same way,
the services listed once, the server's address decided once.

``runofshow.desktop`` and ``runofshow.headless`` both call, in this order:
``check_options`` (a usage error exits 2 in both modes; a broken or missing show exits 1
headless, while the desktop prints the same located errors and opens a console with no
show that waits for the file to validate), ``build_services``, ``start_session`` and
``server_config``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from runofshow.app.auto_start import AutoStartService
from runofshow.app.commands import BUILTIN_COMMANDS, CommandTable
from runofshow.app.journal_service import JournalService
from runofshow.app.options import DEFAULT_PORT, RunOptions
from runofshow.app.refusals import unknown_segment
from runofshow.app.runs_service import RunRecorderService, SceneLog
from runofshow.app.scheduler import Scheduler
from runofshow.app.service import Service
from runofshow.app.session import ShowSession
from runofshow.app.storage_service import StorageService
from runofshow.core.clock import Clocks
from runofshow.core.loader import ShowLoadError, load_show
from runofshow.core.model import Show
from runofshow.questions.service import QuestionService

__all__ = [
    "DEFAULT_PORT", "RunOptions", "ServerConfig", "StartupError", "build_command_table",
    "build_services", "check_options", "check_usage", "server_config", "start_session",
]  # fmt: skip
LOCAL_HOST = "127.0.0.1"
_HOST_NAME = re.compile(r"[A-Za-z0-9._-]+|\[?[0-9A-Fa-f:.]+\]?")  # a name, IPv4 or IPv6
LAN_HOST = "0.0.0.0"


class StartupError(Exception):
    """The app cannot start as asked: print ``lines`` on stderr, exit with ``status``
    (2: a usage error, 1: the show cannot be loaded)."""

    def __init__(self, status: int, lines: Sequence[str]) -> None:
        super().__init__("\n".join(lines))
        self.status = status
        self.lines = tuple(lines)


def _usage(message: str) -> StartupError:
    return StartupError(2, [f"runofshow: {message}"])


def check_usage(options: RunOptions) -> None:
    """The options that do not depend on the show; StartupError (2) if they do not fit."""
    if options.headless and options.speaker_screen is not None:
        raise _usage("--speaker-screen needs the console; leave out --headless")
    if options.headless and not options.serve:
        raise _usage("--headless serves the browser views; leave out --no-server")
    if not 0 <= options.port <= 65535:
        raise _usage(f"--port {options.port}: a port is 0 (any free one) to 65535")
    for host in options.allow_hosts:
        if not _HOST_NAME.fullmatch(host):
            raise _usage(f"--allow-host {host!r}: a host name or address, without scheme or port")
    if options.allow_hosts and not options.lan:
        raise _usage("--allow-host answers other devices; it needs --lan")
    if options.rehearse_segment is not None and not options.rehearse:
        raise _usage("--segment rehearses one segment; it needs --rehearse")


def check_options(options: RunOptions) -> Show:
    """The show, loaded and checked against the options; StartupError if they do not fit
    (2: usage, 1: the show cannot be loaded; ``lines`` are its located errors)."""
    check_usage(options)
    try:
        show = load_show(options.show)
    except ShowLoadError as error:
        raise StartupError(1, [str(located) for located in error.errors]) from None
    if options.rehearse_segment is not None:
        known = [segment.id for segment in show.segments]
        if options.rehearse_segment not in known:  # the same words as the API and the console
            raise _usage(unknown_segment(options.rehearse_segment, known).text())
    return show


def build_services(
    options: RunOptions,
    *,
    web: Service | None = None,
    obs: Callable[[SceneLog], Service] | None = None,
    storage: StorageService | None = None,
) -> list[Service]:
    """Every service of the app, in the order they hear events: storage (the writer
    thread), the journal and the run recorder (they hand their writes to it), then the
    others. ``web`` is the web publisher, made by the face that runs the server (the
    application layer does not import the web); ``obs`` makes the OBS service
    (``runofshow.obs``) given where it records scene switches (the run history);
    ``storage`` replaces the threaded writer (tests write inline)."""
    storage = storage if storage is not None else StorageService()
    runs = RunRecorderService(storage)
    services: list[Service] = [
        storage, JournalService(storage), runs, QuestionService(runs), AutoStartService()
    ]  # fmt: skip
    if web is not None and options.serve:
        services.append(web)
    if obs is not None:
        services.append(obs(runs.record_scene))
    return services


def build_command_table(services: Sequence[Service]) -> CommandTable:
    """The built-in commands and every service's own: the app's one table."""
    return CommandTable(
        [*BUILTIN_COMMANDS, *(command for service in services for command in service.commands())],
        [query for service in services for query in service.queries()],
    )


def start_session(
    options: RunOptions,
    show: Show | None,
    clocks: Clocks,
    scheduler: Scheduler,
    services: Sequence[Service],
    *,
    language: str,
) -> ShowSession:
    """The session with ``show`` open (as ``check_options`` loaded it) and, with
    ``--segment``, that segment's rehearsal. With ``show`` None nothing is open yet (the
    desktop opens the file itself once its windows listen, to show why it fails)."""
    session = ShowSession(
        clocks, scheduler, build_command_table(services), services, rehearsal=options.rehearse
    )
    session.set_language(language)
    if show is not None:
        session.open(options.show, show=show)
        if options.rehearse_segment is not None:
            session.rehearse_segment(options.rehearse_segment)
    return session


@dataclass(frozen=True)
class ServerConfig:
    host: str
    port: int
    lan: bool
    require_token: bool
    allowed_hosts: frozenset[str] = frozenset()  # beyond this machine's own names


def server_config(options: RunOptions) -> ServerConfig | None:
    """Where the browser views and the API listen; None with --no-server. Local only by
    default; --lan serves every interface and then every request needs the token."""
    if not options.serve:
        return None
    host = LAN_HOST if options.lan else LOCAL_HOST
    return ServerConfig(
        host=host,
        port=options.port,
        lan=options.lan,
        require_token=options.lan,
        allowed_hosts=frozenset(h.strip("[]").lower() for h in options.allow_hosts),
    )
