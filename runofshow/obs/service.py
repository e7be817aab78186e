"""OBS Studio follows the show: a service of the session.

On a show action that changes what should be on air (a segment starts, the show starts,
ends, is reset, or an undo brings another segment back) it asks OBS to set the text
sources and switch the program scene. Texts with a ticking placeholder ({remaining},
{until_start}, {next_start}) follow the snapshots: sent when their shown value changes,
so once per displayed second at most, on the engine's second flips.

Everything that touches the network runs on the link's worker thread
(``runofshow.obs.connection``); here, on the session thread, nothing ever waits: work is
handed over, results come back through ``scheduler.call_soon_threadsafe``.

Rehearsals (``RehearsalMode.OPT_IN``) leave OBS alone unless the operator turns it on for
that rehearsal (refused while OBS streams or records). Scenes switch only on show actions
(and the operator's Apply), never because OBS (re)connected: the state part then says
``scene_differs``. Part ``obs`` of the state document::

    {"enabled", "address", "connected", "obs_version", "websocket_version",
     "program_scene", "expected_scene", "scene_differs", "automation", "paused",
     "rehearsal", "active", "streaming", "recording", "error", "missed_scene",
     "last_switch", "preflight"}
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

from runofshow.app.catalog import QT_TRANSLATE_NOOP
from runofshow.app.commands import Arg, ArgKind, Command, CommandTarget
from runofshow.app.events import (
    ActionApplied,
    EngineStarted,
    SessionEvent,
    ShowReloaded,
    SnapshotChanged,
)
from runofshow.app.runs_service import SceneLog
from runofshow.app.service import RehearsalMode, Service, ServiceContext
from runofshow.core.engine import ActionResult
from runofshow.core.model import Show
from runofshow.core.obs_plan import TICKING, ShowObs, fields_of
from runofshow.core.snapshot import Snapshot
from runofshow.obs.client import Address, ObsError
from runofshow.obs.messages import STREAMING_IN_REHEARSAL, error_text
from runofshow.obs.placeholders import Target, target_for, texts_for

if TYPE_CHECKING:  # the link (its worker thread, its reports) loads when it is opened
    from runofshow.obs.connection import Applied, Apply, Inventory, Report, Status

GROUP = QT_TRANSLATE_NOOP("Commands", "OBS")


class Link(Protocol):
    """What the service asks of ``ObsLink`` (tests give a fake)."""

    def start(self) -> None: ...
    def configure(self, address: Address | None) -> None: ...
    def apply(self, job: Apply) -> None: ...
    def set_texts(self, texts: Mapping[str, str]) -> None: ...
    def inventory(self) -> None: ...
    def close(self) -> None: ...


LinkFactory: TypeAlias = "Callable[[Callable[[Report], None], Callable[[Address], str]], Link]"


def real_link(report: Callable[[Report], None], password: Callable[[Address], str]) -> Link:
    from runofshow.obs.connection import ObsLink

    return ObsLink(report, password)


class ObsService(Service):
    name = "obs"
    rehearsal_mode = RehearsalMode.OPT_IN

    def __init__(
        self,
        address: Address | None,
        password: Callable[[Address], str],
        *,
        scene_log: SceneLog | None = None,
        link: LinkFactory = real_link,
        defer_link: bool = False,
    ) -> None:
        self.address = address
        self._defer_link = defer_link  # the link opens at open_link (the desktop's first paint)
        self._password = password
        self._scene_log = scene_log
        self._make_link = link
        self._link: Link | None = None
        self._plan = ShowObs()
        self._show: Show | None = None
        self._target: Target | None = None
        self._ticking: dict[str, str] = {}  # ticking texts as last sent
        self._seq = 0
        self._asked: dict[int, Target] = {}
        self.paused = False
        self._connected = False
        self._versions = ("", "")
        self._status: Status | None = None
        self._error: ObsError | None = None
        self._error_text = ""
        self._missed: str | None = None
        self._last_switch: dict[str, Any] | None = None
        self._preflight: dict[str, Any] | None = None
        self._stopped = False

    # ------------------------------------------------------------ life cycle

    def start(self, context: ServiceContext) -> None:
        super().start(context)
        if not self._defer_link:
            self.open_link()
        self._publish()

    def open_link(self) -> None:
        """Start the worker thread that talks to OBS (once). Until then OBS is simply not
        connected: the state part says so, a show action switches nothing."""
        if self._link is not None or self._stopped:
            return
        link = self._make_link(self._from_worker, self._password)
        self._link = link
        link.start()
        link.configure(self.address)

    def stop(self) -> None:
        self._stopped = True
        if self._link is not None:
            self._link.close()

    def configure(self, address: Address | None) -> None:
        """Another OBS (or none): reconnect at once (Preferences)."""
        self.address = address
        self._connected, self._status, self._error, self._missed = False, None, None, None
        self._error_text, self._preflight = "", None
        if self._link is not None:
            self._link.configure(address)
        self._publish()

    @property
    def link(self) -> Link | None:
        return self._link

    # ------------------------------------------------------------ session events

    def handle(self, event: SessionEvent) -> None:
        if isinstance(event, EngineStarted):
            if event.rehearsal:
                self.context.session.allow_in_rehearsal(self.name, False)  # per rehearsal
            self._follow(event.engine.show, event.engine.snapshot())
        elif isinstance(event, ShowReloaded):
            session = self.context.session
            self._follow(session.engine.show, session.snapshot)
        elif isinstance(event, ActionApplied):
            before = self._target
            target = target_for(self._plan, event.event.after)
            self._target = target
            if before is None or target.key != before.key:
                self._switch(target, event.event.after)
            self._publish()
        elif isinstance(event, SnapshotChanged):
            self._tick(event.snapshot)

    def _follow(self, show: Show, snap: Snapshot) -> None:
        """A new engine or a reloaded file: what OBS should show, without switching."""
        self._show, self._plan = show, show.obs or ShowObs()
        self._target = target_for(self._plan, snap)
        self._ticking = {}
        self._publish()

    def _acts(self, target: Target) -> bool:
        return self.address is not None and not self.paused and target.step.automation

    def _switch(self, target: Target, snap: Snapshot, *, forced: bool = False) -> bool:
        """Ask OBS for the target's texts and scene (a show action, or Apply)."""
        if self._show is None or self._link is None:
            return False
        if not forced and not self._acts(target):
            return False
        texts = texts_for(target, self._show, snap)
        if target.step.scene is None and not texts:
            return False
        self._seq += 1
        self._asked[self._seq] = target
        self._ticking = {s: t for s, t in texts.items() if s in self._ticking_sources(target)}
        from runofshow.obs.connection import Apply

        self._link.apply(Apply(self._seq, target.step.scene, texts, target.step.transition))
        return True

    @staticmethod
    def _ticking_sources(target: Target) -> set[str]:
        return {s for s, template in target.step.texts if set(fields_of(template)) & TICKING}

    def _tick(self, snap: Snapshot) -> None:
        """Countdown texts: sent when what they show changes (the engine's second flips)."""
        target = self._target
        if (target is None or self._show is None or self._link is None
                or not self._connected or not self._acts(target)):  # fmt: skip
            return
        ticking = self._ticking_sources(target)
        if not ticking:
            return
        texts = texts_for(target, self._show, snap)
        changed = {s: t for s, t in texts.items() if s in ticking and self._ticking.get(s) != t}
        if changed:
            self._ticking.update(changed)
            self._link.set_texts(changed)

    # ------------------------------------------------------------ from the worker

    def _from_worker(self, report: Report) -> None:
        """Called on the worker thread: hand the report to the session thread."""
        if self._stopped:
            return
        with contextlib.suppress(RuntimeError):  # the app is closing: nobody listens
            self.context.scheduler.call_soon_threadsafe(lambda: self._on_report(report))

    def _on_report(self, report: Report) -> None:
        from runofshow.obs.connection import (
            Applied,
            Connected,
            Disconnected,
            Inventory,
            Status,
            TextsFailed,
        )

        if self._stopped:
            return
        if isinstance(report, Connected):
            self._connected, self._error, self._error_text, self._missed = True, None, "", None
            self._versions = (report.obs_version, report.websocket_version)
            self._ticking = {}  # an OBS that restarted gets its countdowns on the next second
        elif isinstance(report, Disconnected):
            self._connected, self._status = False, None
            if report.error is not None:
                self._set_error(report.error)
        elif isinstance(report, Status):
            self._status = report
            self._stop_rehearsal_on_air(report)
        elif isinstance(report, Applied):
            self._applied(report)
        elif isinstance(report, TextsFailed):
            self._set_error(report.errors[0])
        elif isinstance(report, Inventory):
            self._checked(report)
        self._publish()

    def _applied(self, report: Applied) -> None:
        target = self._asked.pop(report.seq, None)
        if report.scene is not None:
            when = self.context.clocks.wall()
            segment = target.segment_id if target is not None else None
            self._last_switch = {"scene": report.scene, "segment": segment,
                                 "at": when.isoformat()}  # fmt: skip
            if self._status is not None:
                from runofshow.obs.connection import Status

                self._status = Status(report.scene, self._status.streaming,
                                      self._status.recording)  # fmt: skip
            if self._scene_log is not None:
                self._scene_log(report.scene, segment, when)
        if report.errors:
            self._set_error(report.errors[0])
            wanted = target.step.scene if target is not None else None
            self._missed = wanted if report.scene is None else None
        else:
            self._error, self._error_text, self._missed = None, "", None

    def _set_error(self, error: ObsError) -> None:
        text = error_text(error, str(self.address or ""))
        if text != self._error_text:  # (retries while OBS is away say it once)
            self.context.report(f"OBS: {text}")
        self._error, self._error_text = error, text

    def _stop_rehearsal_on_air(self, status: Status) -> None:
        session = self.context.session
        if session.rehearsal and self.context.active and (status.streaming or status.recording):
            session.allow_in_rehearsal(self.name, False)
            self._error = None
            self._error_text = STREAMING_IN_REHEARSAL
            self.context.report(f"OBS: {STREAMING_IN_REHEARSAL}")

    def _checked(self, report: Inventory) -> None:
        when = self.context.clocks.wall().isoformat()
        if report.error is not None:
            text = error_text(report.error, str(self.address or ""))
            self._preflight = {"checked_at": when, "ok": False, "error": text}
            self._set_error(report.error)
            return
        from runofshow.obs.preflight import compare, needs  # only once OBS answered

        show = self.context.session.show if self.context.session.has_show else self._show
        found = compare(needs(show), report).as_json() if show is not None else {"ok": True}
        self._preflight = {"checked_at": when, "error": None, **found}

    # ------------------------------------------------------------ the state part

    def part(self) -> dict[str, Any]:
        target = self._target
        step = target.step if target is not None else None
        expected = step.scene if step is not None and step.automation else None
        program = self._status.program_scene if self._status is not None else None
        differs = bool(self._connected and expected and program and program != expected)
        return {
            "enabled": self.address is not None,
            "address": str(self.address) if self.address is not None else None,
            "connected": self._connected,
            "obs_version": self._versions[0] if self._connected else None,
            "websocket_version": self._versions[1] if self._connected else None,
            "program_scene": program,
            "expected_scene": expected,
            "scene_differs": differs,
            "automation": bool(step is not None and step.automation and not self.paused),
            "paused": self.paused,
            "rehearsal": self._opted_in(),
            "active": self.context.active,
            "streaming": self._status.streaming if self._status is not None else None,
            "recording": self._status.recording if self._status is not None else None,
            "error": ({**self._error.as_json(), "text": self._error_text}
                      if self._error is not None else
                      ({"kind": "rehearsal", "detail": "", "subject": "",
                        "text": self._error_text} if self._error_text else None)),
            "missed_scene": self._missed,
            "last_switch": self._last_switch,
            "preflight": self._preflight,
        }  # fmt: skip

    def _opted_in(self) -> bool:
        session = self.context.session
        return bool(session.rehearsal and self.context.active)

    def _publish(self) -> None:
        self.context.publish(self.part())

    # ------------------------------------------------------------ commands

    def commands(self) -> Sequence[Command]:
        on = Arg("on", ArgKind.BOOL, required=False, example=True)
        return (
            Command(
                "obs_pause", QT_TRANSLATE_NOOP("Commands", "Pause OBS automation"),
                QT_TRANSLATE_NOOP("Commands", "Pause OBS"), "/api/obs/pause", self._pause,
                args=(on,), undoable=False, keys=("O",), group=GROUP, toggles="obs.paused",
                doc="Pause (or resume) OBS automation; an empty body toggles",
            ),
            Command(
                "obs_apply", QT_TRANSLATE_NOOP("Commands", "Apply the OBS scene now"),
                QT_TRANSLATE_NOOP("Commands", "Apply scene"), "/api/obs/apply", self._apply,
                undoable=False, keys=("Shift+O",), group=GROUP,
                doc="Send OBS the scene and texts of the current segment now",
            ),
            Command(
                "obs_rehearsal", QT_TRANSLATE_NOOP("Commands", "Use OBS in this rehearsal"),
                QT_TRANSLATE_NOOP("Commands", "OBS in rehearsal"), "/api/obs/rehearsal",
                self._rehearsal, args=(on,), undoable=False, group=GROUP,
                toggles="obs.rehearsal",
                doc="Let this rehearsal drive OBS (refused while OBS streams or records)",
            ),
            Command(
                "obs_check", QT_TRANSLATE_NOOP("Commands", "Check OBS scenes and sources"),
                QT_TRANSLATE_NOOP("Commands", "Check OBS"), "/api/obs/check", self._check,
                undoable=False, group=GROUP,
                doc="List the scenes and text sources the show names that OBS lacks",
            ),
        )  # fmt: skip

    def _pause(self, _target: CommandTarget, args: Mapping[str, Any]) -> ActionResult:
        on = args.get("on")
        self.paused = (not self.paused) if on is None else bool(on)
        self._publish()
        said = "OBS automation paused." if self.paused else "OBS automation on."
        return ActionResult(True, "obs_pause", None, said)

    def _apply(self, _target: CommandTarget, _args: Mapping[str, Any]) -> ActionResult:
        if self.address is None:
            return _refused("obs_apply", "obs_off", "OBS is not set up.")
        if not self.context.active:
            return _refused("obs_apply", "obs_not_in_rehearsal", "OBS is off in this rehearsal.")
        session = self.context.session
        snap = session.snapshot
        target = self._target = target_for(self._plan, snap)
        if not self._switch(target, snap, forced=True):
            return _refused("obs_apply", "obs_nothing", "The show sends nothing to OBS here.")
        self._publish()
        return ActionResult(True, "obs_apply", None, "Sent to OBS.")

    def _rehearsal(self, _target: CommandTarget, args: Mapping[str, Any]) -> ActionResult:
        session = self.context.session
        if not session.rehearsal:
            return _refused("obs_rehearsal", "obs_live", "Live, OBS always follows the show.")
        on = args.get("on")
        on = (not self._opted_in()) if on is None else bool(on)
        status = self._status
        if on and status is not None and (status.streaming or status.recording):
            return _refused("obs_rehearsal", "obs_on_air", "OBS is streaming or recording.")
        session.allow_in_rehearsal(self.name, on)
        if on:
            self._target = target_for(self._plan, session.snapshot)
            self._ticking = {}
        self._error_text = "" if self._error is None else self._error_text
        self._publish()
        return ActionResult(True, "obs_rehearsal", None,
                            "OBS follows this rehearsal." if on else "OBS left alone.")  # fmt: skip

    def _check(self, _target: CommandTarget, _args: Mapping[str, Any]) -> ActionResult:
        if self.address is None or self._link is None:
            return _refused("obs_check", "obs_off", "OBS is not set up.")
        self._link.inventory()
        return ActionResult(True, "obs_check", None, "Checking OBS…")


def obs_service(
    address: Address | None,
    password: Callable[[Address], str] | None = None,
    *,
    defer_link: bool = False,
) -> Callable[[SceneLog], ObsService]:
    """What the wirings give ``build_services``: the OBS service for ``address`` (None:
    not set up yet), its password from the password store; ``defer_link``: its link waits
    for ``open_link`` (the desktop opens it after the console's first paint)."""
    if password is None:
        from runofshow.obs.password import PasswordStore

        password = PasswordStore().get

    def make(scene_log: SceneLog) -> ObsService:
        return ObsService(address, password, scene_log=scene_log, defer_link=defer_link)

    return make


def _refused(action: str, code: str, message: str) -> ActionResult:
    return ActionResult(False, action, code, message)
