"""The show session: one open show, its engine and clock driver, and the services.

Opening another show, toggling rehearsal or rehearsing one segment builds a new engine;
services and listeners follow ``EngineStarted``. A show that fails to load never replaces
the one already open. The show file is only ever read.

Every command, from every surface, goes through ``execute``: one validation, the
sender's expectation checked, the command's question asked (``confirmation_required``
until the request carries the answer; runofshow.app.questions), the engine action run,
the services told (the journal and the run recorder have it on disk before ``execute``
returns), the new snapshot published.
Everything here runs on the session thread (the main thread, in both modes).

Events reach the services first, then the listeners, one event at a time: an event raised
while another is being delivered (a service publishing its part, or a command a service
executes from ``handle``) is delivered right after it, so everyone sees the same order.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any

from runofshow.app.commands import CommandTable, InvalidArgs
from runofshow.app.driver import ClockDriver
from runofshow.app.events import (
    ActionApplied,
    CommandDone,
    EngineStarted,
    EngineStopping,
    LoadFailed,
    RunEnded,
    RunStarted,
    SessionEvent,
    ShowReloaded,
    SnapshotChanged,
    StatePartChanged,
)
from runofshow.app.outcome import Answer, Expectation, Outcome, Surface
from runofshow.app.questions import Question
from runofshow.app.refusals import Reason, reason_for
from runofshow.app.reload import ShowFileWatcher
from runofshow.app.scheduler import Scheduler
from runofshow.app.service import RehearsalMode, Service, ServiceContext
from runofshow.app.state import RESERVED_KEYS, StateDocument
from runofshow.core.clock import Clocks
from runofshow.core.engine import Engine, EngineEvent, Refused
from runofshow.core.journal import ResumeInfo
from runofshow.core.loader import ShowLoadError, load_show
from runofshow.core.model import Show
from runofshow.core.rehearsal import shifted_show, single_segment_show
from runofshow.core.snapshot import Snapshot, Status

log = logging.getLogger(__name__)

Listener = Callable[[SessionEvent], None]
ON_AIR = (Status.RUNNING, Status.PAUSED)
LIFECYCLE = (EngineStarted, EngineStopping)  # what an inactive service still receives


class ShowSession:
    def __init__(
        self,
        clocks: Clocks,
        scheduler: Scheduler,
        commands: CommandTable,
        services: Sequence[Service] = (),
        *,
        rehearsal: bool = False,
    ) -> None:
        self.clocks = clocks
        self.scheduler = scheduler
        self.commands = commands
        self._services = list(services)
        names = [service.name for service in self._services]
        clash = (set(names) & RESERVED_KEYS) or {n for n in names if names.count(n) > 1}
        if clash:
            raise ValueError(f"service names must be unique and not state keys: {clash}")
        self._rehearsal = rehearsal
        self._scope: str | None = None
        self._show: Show | None = None
        self._path: Path | None = None  # resolved: the show's identity (its data folder)
        self._named: Path | None = None  # as opened: what is watched and re-read
        self._engine: Engine | None = None
        self._driver: ClockDriver | None = None
        self._unsubscribe_engine: Callable[[], None] | None = None
        self._listeners: list[Listener] = []
        self._parts: dict[str, Any] = {}
        self._parts_view: Mapping[str, Any] | None = None  # read-only copy, made when read
        self._document: StateDocument | None = None
        self._opted_in: set[str] = set()
        self._language = "en"
        self._acting: tuple[str, Mapping[str, object], Surface] | None = None
        self._problems: list[str] | None = None  # collected while a command runs
        self._closed = False
        self._pending: deque[SessionEvent] = deque()
        self._resumed: ResumeInfo | None = None
        self._waiting: Path | None = None
        self.revision = 0
        self._watcher = ShowFileWatcher(scheduler, self._file_changed)
        self._emitting = True  # parts published while starting need no announcement
        for service in self._services:
            service.start(ServiceContext(self, service))
        self._pending.clear()
        self._emitting = False

    # ------------------------------------------------------------ read side

    @property
    def has_show(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("no show is open")
        return self._engine

    @property
    def snapshot(self) -> Snapshot:
        if self._driver is None:
            raise RuntimeError("no show is open")
        return self._driver.snapshot

    @property
    def show(self) -> Show:
        """The show as loaded from its file."""
        if self._show is None:
            raise RuntimeError("no show is open")
        return self._show

    @property
    def waiting_for(self) -> Path | None:
        """The show file that failed to open while none was open: watched until it loads."""
        return self._waiting

    @property
    def show_path(self) -> Path:
        if self._path is None:
            raise RuntimeError("no show is open")
        return self._path

    @property
    def rehearsal(self) -> bool:
        return self._rehearsal

    @property
    def rehearsed_segment(self) -> str | None:
        return self._scope

    @property
    def live_on_air(self) -> bool:
        """A live show is running or paused: switching to rehearsal would abandon it."""
        if self._driver is None or self._rehearsal:
            return False
        return self._driver.snapshot.status in ON_AIR

    @property
    def resumed(self) -> ResumeInfo | None:
        """What the crash resume of the current engine brought back (None: fresh)."""
        return self._resumed

    @property
    def language(self) -> str:
        return self._language

    @property
    def services(self) -> tuple[Service, ...]:
        return tuple(self._services)

    @property
    def document(self) -> StateDocument:
        """The current state document (cheap: it is serialised only when read). The same
        object until something in it changes, so it is serialised once for all its readers
        (every WebSocket client, the reply to the command that made it)."""
        parts = self._parts_view
        if parts is None:
            parts = self._parts_view = MappingProxyType(dict(self._parts))
        snapshot, show, doc = self.snapshot, self.engine.show, self._document
        if (
            doc is None
            or doc.snapshot is not snapshot
            or doc.show is not show
            or doc.parts is not parts
            or (doc.revision, doc.lang) != (self.revision, self._language)
        ):
            doc = self._document = StateDocument(
                self.revision, snapshot, show, self._language, parts
            )
        return doc

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every event (after the services); returns an unsubscribe."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def service_active(self, service: Service) -> bool:
        if not self._rehearsal or service.rehearsal_mode is RehearsalMode.SAME:
            return True
        return service.rehearsal_mode is RehearsalMode.OPT_IN and service.name in self._opted_in

    # ------------------------------------------------------------ life cycle

    def open(self, path: Path | str, *, show: Show | None = None) -> bool:
        """Open a show file; on failure ``LoadFailed`` and the show already open stays.
        With no show open, a file that fails (broken, missing) is watched and opened as
        soon as it validates (``waiting_for``). ``show``: the file's contents, already
        loaded (the wiring checked them)."""
        named = Path(path).absolute()  # as named: a symlink swapped later is followed
        path = named.resolve()
        if show is None:
            if self._engine is None:  # nothing open: follow this file until it validates
                self._waiting = path  # (already so while LoadFailed is told)
            show = self._load(path)
        if show is None:
            if self._engine is None:
                self._watcher.watch(path)
            return False
        self._waiting = None
        self._path, self._named, self._show, self._scope = path, named, show, None
        self._watcher.watch(named)
        self._rebuild()
        return True

    def reload(self, *, show: Show | None = None) -> list[str] | None:
        """Re-read the open file; the running clock is kept. None when the file is broken.
        ``show``: the open file's show as edited in the app (not saved yet), taken instead."""
        if self._path is None or self._engine is None:
            return None
        if show is None:
            self._watcher.mark_seen()
            show = self._load(self._named or self._path)
        if show is None:
            return None
        self._show = show
        if self._scope is not None:
            return []  # a single-segment rehearsal keeps its own derived show
        notes = self._engine.replace_show(self._engine_show(self._engine.base_show.starts_at))
        self.revision += 1
        self._emit(ShowReloaded(show, tuple(notes)))
        self.tick()
        return notes

    def set_rehearsal(self, on: bool) -> bool:
        """Switch between live and rehearsal; each has its own engine and journal.
        Refused (False) while a live show is on air: end or reset it first."""
        if on == self._rehearsal and self._scope is None:
            return True
        if self.live_on_air:
            return False
        self._rehearsal, self._scope = on, None
        if self._show is not None:  # with no show open, the next one opens in this mode
            self._rebuild()
        return True

    def rehearse_segment(self, segment_id: str | None) -> bool:
        """Rehearse one segment on its own (laps per cue card), or the whole show (None)."""
        if self.live_on_air or self._show is None:
            return False
        self._rehearsal, self._scope = True, segment_id
        self._rebuild()
        return True

    def allow_in_rehearsal(self, service_name: str, allowed: bool) -> None:
        """Let an OPT_IN service act during rehearsals (the operator's choice)."""
        if allowed:
            self._opted_in.add(service_name)
        else:
            self._opted_in.discard(service_name)

    def set_language(self, lang: str) -> None:
        """The interface language, carried in the state document for the browser pages."""
        if lang != self._language:
            self._language = lang
            self._emit(StatePartChanged("lang"))

    def close(self) -> None:
        """Clean exit: services finish (the journal says so, so the next start is fresh)."""
        if self._closed:
            return
        self._closed = True
        self._watcher.stop()
        self._teardown()
        for service in self._services:
            try:
                service.stop()
            except Exception:
                log.exception("service %s failed to stop", service.name)

    # ------------------------------------------------------------ acting

    def execute(
        self,
        name: str,
        args: Mapping[str, object] | None = None,
        *,
        surface: Surface,
        expect: Expectation | None = None,
    ) -> Outcome:
        """Run a command from the table; the only way any surface acts on the show."""
        outcome = self._attempt(name, args, surface, expect)
        self._emit(CommandDone(outcome))
        return outcome

    def _attempt(
        self,
        name: str,
        args: Mapping[str, object] | None,
        surface: Surface,
        expect: Expectation | None,
    ) -> Outcome:
        command = self.commands.get(name)
        if command is None:
            return self._refused(name, "unknown_command", reason_for("unknown_command"))
        if self._engine is None or self._driver is None:
            return self._refused(name, "no_show", reason_for("no_show"))
        segments = [row.segment.id for row in self._driver.snapshot.schedule]
        try:
            checked = self.commands.validate(name, args, segments=segments)
        except InvalidArgs as error:
            return self._refused(name, error.code, error.reason)
        if expect is not None:
            why = expect.mismatch(self._driver.snapshot.segment.id, self.revision)
            if why is not None:
                return self._refused(name, "stale", why)
        if command.asks is not None:
            question = command.asks.question(self, checked)
            if question is not None:
                return self._refused(
                    name, "confirmation_required", Reason(question.english), question=question
                )
            if checked.get("confirm") is False:
                return self._refused(name, "declined", reason_for("declined"))
        self._acting, self._problems = (name, checked, surface), []
        try:
            result = command.run(self, checked)
        finally:
            self._acting = None
            problems, self._problems = self._problems, None
        if not result.ok:
            code = result.refusal or "refused"
            return self._refused(name, code, reason_for(code, result.message))
        self.tick()
        return Outcome(
            True,
            name,
            message=result.message,
            revision=self.revision,
            durable=not problems,
            problem="; ".join(problems) if problems else None,
            state=self.document,
            on_disk=self._written(),
        )

    def _written(self) -> concurrent.futures.Future[str | None] | None:
        """One future for every service's "on disk" (None when nobody writes)."""
        futures = []
        for service in self._services:
            try:
                future = service.written()
            except Exception:
                log.exception("service %s failed to say what it wrote", service.name)
                continue
            if future is not None:
                futures.append(future)
        if len(futures) <= 1:
            return futures[0] if futures else None
        combined: concurrent.futures.Future[str | None] = concurrent.futures.Future()

        def settle(_done: object) -> None:
            if not all(f.done() for f in futures):
                return
            problems = [p for f in futures if not f.cancelled() and (p := f.result()) is not None]
            with contextlib.suppress(concurrent.futures.InvalidStateError):  # settled already
                combined.set_result("; ".join(problems) if problems else None)

        for future in futures:
            future.add_done_callback(settle)
        return combined

    def query(self, name: str, args: Mapping[str, object] | None = None) -> Answer:
        """Answer a read-only query from the table (a GET route); nothing changes."""
        query = self.commands.query(name)
        if query is None:
            return Answer(False, name, code="unknown_command", message=f"No query {name!r}.")
        if self._engine is None:
            return Answer(False, name, code="no_show", message="No show is open.")
        try:
            return Answer(True, name, body=query.read(self.commands.validate(name, args)))
        except InvalidArgs as error:
            return Answer(False, name, code=error.code, message=error.message)
        except Refused as error:
            return Answer(False, name, code=error.code, message=error.message)

    def _refused(
        self, name: str, code: str, reason: Reason, *, question: Question | None = None
    ) -> Outcome:
        state = self.document if self._engine is not None else None
        return Outcome(
            False, name, code, reason.text(), self.revision, state=state, reason=reason,
            question=question,
        )  # fmt: skip

    def tick(self) -> Snapshot:
        """Publish a fresh snapshot now (after an action; tests after moving fake clocks)."""
        if self._driver is None:
            raise RuntimeError("no show is open")
        return self._driver.tick()

    # ------------------------------------------------------------ for services

    def set_part(self, name: str, part: Any) -> None:
        if self._parts.get(name, _MISSING) == part:
            return
        self._parts[name] = part
        self._parts_view = None
        self._emit(StatePartChanged(name))

    def report_problem(self, service: str, problem: str) -> None:
        log.warning("%s: %s", service, problem)
        if self._problems is not None:
            self._problems.append(problem)

    # ------------------------------------------------------------ internals

    def _emit(self, event: SessionEvent) -> None:
        """Deliver ``event`` to the services, then the listeners. An event raised while
        another is being delivered (a service publishing its part) waits for it: everyone
        sees the events in the same order."""
        self._pending.append(event)
        if self._emitting:
            return
        self._emitting = True
        try:
            while self._pending:
                self._deliver(self._pending.popleft())
        finally:
            self._emitting = False

    def _deliver(self, event: SessionEvent) -> None:
        """Services, then listeners; a display tick (``SnapshotChanged``) the other way
        round: the faces' displays flip before the services (the web's publish, the
        journal's heartbeat) wake their threads, which would then compete with the
        displays for the interpreter (issue 18: the second flips)."""
        if isinstance(event, SnapshotChanged):
            self._tell_listeners(event)
            self._tell_services(event)
        else:
            self._tell_services(event)
            self._tell_listeners(event)

    def _tell_services(self, event: SessionEvent) -> None:
        lifecycle = isinstance(event, LIFECYCLE)
        for service in self._services:
            if not lifecycle and not self.service_active(service):
                continue
            try:
                service.handle(event)
            except Exception as error:
                log.exception("service %s failed on %s", service.name, type(event).__name__)
                self.report_problem(service.name, f"{service.name}: {error}")

    def _tell_listeners(self, event: SessionEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("listener failed on %s", type(event).__name__)

    def _load(self, path: Path) -> Show | None:
        try:
            return load_show(path)
        except ShowLoadError as error:
            self._emit(LoadFailed(str(path), tuple(error.errors)))
            return None

    def _file_changed(self) -> None:
        if self._engine is None and self._waiting is not None:
            self.open(self._waiting)
        else:
            self.reload()

    def _engine_show(self, starts_at: datetime | None = None) -> Show:
        """Live: the show as written. Rehearsal: moved to start at ``starts_at`` (a fresh
        rehearsal: the next whole minute), so countdown, offset and projections mean what
        they will mean on the day."""
        show = self.show
        if not self._rehearsal:
            return show
        if starts_at is None:
            now = self.clocks.wall()
            starts_at = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
        if self._scope is None:
            return shifted_show(show, starts_at)
        return single_segment_show(show, self._scope, starts_at)

    def _rebuild(self) -> None:
        self._teardown()
        engine = Engine(self._engine_show(), self.clocks, rehearsal=self._rehearsal)
        started = EngineStarted(engine, self.show, self.show_path, self._rehearsal, self._scope)
        resumed = None
        for service in self._services:
            try:
                resumed = service.restore(started) or resumed
            except Exception:
                log.exception("service %s failed to restore", service.name)
        self._engine, self._resumed = engine, resumed
        self._unsubscribe_engine = engine.subscribe(self._on_engine_event)
        self._driver = ClockDriver(engine, self.scheduler, self._on_snapshot)
        self.revision += 1
        self._emit(replace(started, resumed=resumed))

    def _teardown(self) -> None:
        if self._engine is None:
            return
        self._emit(EngineStopping(self._engine))
        if self._unsubscribe_engine is not None:
            self._unsubscribe_engine()
        if self._driver is not None:
            self._driver.stop()
        self._engine, self._driver, self._unsubscribe_engine = None, None, None

    def _on_engine_event(self, event: EngineEvent) -> None:
        command, args, surface = self._acting or (event.action, event.args, Surface.AUTOMATION)
        self.revision += 1
        self._emit(ActionApplied(command, args, surface, event))
        before, after = event.before.status, event.after.status
        if after in ON_AIR and before in (Status.STANDBY, Status.ENDED):
            self._emit(RunStarted(event.after.rehearsal, self._scope))
        elif after is Status.ENDED and before is not Status.ENDED:
            self._emit(RunEnded("end"))
        elif after is Status.STANDBY and before in ON_AIR:
            self._emit(RunEnded("reset"))

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self._emit(SnapshotChanged(snapshot))


_MISSING = object()
