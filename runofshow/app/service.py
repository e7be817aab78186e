"""Services: things that follow the show (journal, run recorder, web publisher, OBS...).

A service receives every session event in order on the session thread, may publish its
own part of the state document, may add commands to the command table, and says what it
does in rehearsal. The wiring lists the services in one place (``app.wiring``).

    class Clapper(Service):
        name = "clapper"                      # its key in the state document
        rehearsal_mode = RehearsalMode.OFF    # nothing in rehearsal

        def start(self, context: ServiceContext) -> None:
            super().start(context)
            context.publish({"claps": 0})

        def handle(self, event: SessionEvent) -> None:
            if isinstance(event, RunEnded) and event.reason == "end":
                self.claps += 1
                self.context.publish({"claps": self.claps})

A service that raises in ``handle`` is logged and reported; it never breaks an action.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar, Protocol

from runofshow.app.commands import Command, Query
from runofshow.app.events import EngineStarted, SessionEvent
from runofshow.app.outcome import Answer, Expectation, Outcome, Surface
from runofshow.app.scheduler import Scheduler
from runofshow.app.state import StateDocument
from runofshow.core.clock import Clocks
from runofshow.core.engine import Engine
from runofshow.core.journal import ResumeInfo
from runofshow.core.model import Show
from runofshow.core.snapshot import Snapshot


class RehearsalMode(StrEnum):
    SAME = "same"  # does the same in rehearsal (journal, run recorder, web publisher)
    OFF = "off"  # does nothing in rehearsal
    OPT_IN = "opt_in"  # nothing in rehearsal unless the operator allows it (OBS)


class SessionView(Protocol):
    """The part of ``runofshow.app.session.ShowSession`` a service uses: the read side and
    ``execute``. (Opening shows and switching rehearsal belong to the operator.)"""

    @property
    def clocks(self) -> Clocks: ...
    @property
    def scheduler(self) -> Scheduler: ...
    @property
    def has_show(self) -> bool: ...
    @property
    def engine(self) -> Engine: ...
    @property
    def snapshot(self) -> Snapshot: ...
    @property
    def show(self) -> Show: ...
    @property
    def show_path(self) -> Path: ...
    @property
    def rehearsal(self) -> bool: ...
    @property
    def revision(self) -> int: ...
    @property
    def document(self) -> StateDocument: ...

    def execute(
        self,
        name: str,
        args: Mapping[str, object] | None = None,
        *,
        surface: Surface,
        expect: Expectation | None = None,
    ) -> Outcome: ...

    def query(self, name: str, args: Mapping[str, object] | None = None) -> Answer: ...

    def service_active(self, service: Service) -> bool: ...
    def allow_in_rehearsal(self, service_name: str, allowed: bool) -> None: ...
    def set_part(self, name: str, part: Any) -> None: ...
    def report_problem(self, service: str, problem: str) -> None: ...


class ServiceContext:
    """What a service gets from the session. ``active`` is False while rehearsing for an
    OFF service, and for an OPT_IN one that was not allowed: an inactive service receives
    only ``EngineStarted`` and ``EngineStopping``."""

    def __init__(self, session: SessionView, service: Service) -> None:
        self._session = session
        self._service = service

    @property
    def session(self) -> SessionView:
        return self._session

    @property
    def clocks(self) -> Clocks:
        return self._session.clocks

    @property
    def scheduler(self) -> Scheduler:
        return self._session.scheduler

    @property
    def active(self) -> bool:
        return self._session.service_active(self._service)

    def publish(self, part: Any) -> None:
        """Set this service's part of the state document (JSON-able; never mutate it
        afterwards: documents already handed out keep referring to it)."""
        self._session.set_part(self._service.name, part)

    def report(self, problem: str) -> None:
        """Something went wrong that the operator must know (English). During a command
        the outcome is marked not durable with this problem; it is logged either way."""
        self._session.report_problem(self._service.name, problem)


class Service:
    """Base class: override what you need. Every method runs on the session thread."""

    name: ClassVar[str]
    rehearsal_mode: ClassVar[RehearsalMode] = RehearsalMode.SAME
    context: ServiceContext

    def start(self, context: ServiceContext) -> None:
        """Once, when the session is built (before any show is open)."""
        self.context = context

    def restore(self, started: EngineStarted) -> ResumeInfo | None:
        """A new engine is about to start: bring back what a crash interrupted (the
        journal does; ``started.resumed`` is still None). Others return None."""
        return None

    def handle(self, event: SessionEvent) -> None:
        """Every session event, in order."""

    def stop(self) -> None:
        """Once, when the session closes."""

    def written(self) -> concurrent.futures.Future[str | None] | None:
        """Right after a command was applied: a future resolved once what this service
        was handed so far is on disk (None) or could not be written (the problem), or None
        when it writes nothing. Resolved on any thread; the session thread never waits."""
        return None

    def commands(self) -> Sequence[Command]:
        """Extra entries for the command table (built once by the wiring)."""
        return ()

    def queries(self) -> Sequence[Query]:
        """Read-only GET routes for the table (built once by the wiring)."""
        return ()
