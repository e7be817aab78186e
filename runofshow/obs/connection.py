"""The connection to OBS on a worker thread of its own.

The session thread only hands it work (``apply``, ``set_texts``, ``inventory``,
``configure``: none of them waits) and receives ``Report``s through the callback it
gave, which the service turns into ``scheduler.call_soon_threadsafe`` calls. A slow, dead
or stalled OBS therefore never delays the clock or an action: only this thread waits.

Work is coalesced, not queued: the latest scene wins and each text source keeps only its
latest text, so an OBS that stalled for ten seconds gets the show's state of now, not a
backlog. Texts are set before the scene switches (the lower third is right when the scene
appears). While disconnected it reconnects with exponential backoff and jitter; a scene
switch asked meanwhile tries at once (the next segment change tries again), countdown
texts do not. Connecting never switches a scene by itself.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from runofshow.core.obs_plan import Transition
from runofshow.obs.client import (
    TIMEOUT_S,
    Address,
    Client,
    ErrorKind,
    ObsError,
    ObsFailure,
    ObswsClient,
)

log = logging.getLogger(__name__)

POLL_S = 1.0  # program scene, streaming and recording are read this often
BACKOFF_S = (0.5, 15.0)  # first retry, longest wait between retries

Connect = Callable[[Address, str, float], Client]


# ---------------------------------------------------------------- work and reports


@dataclass(frozen=True)
class Apply:
    """Set the texts, then switch the program scene (with the transition)."""

    seq: int
    scene: str | None
    texts: Mapping[str, str] = field(default_factory=dict)
    transition: Transition | None = None


@dataclass(frozen=True)
class Connected:
    address: Address
    obs_version: str
    websocket_version: str


@dataclass(frozen=True)
class Disconnected:
    """Not connected: ``error`` says why (None: turned off), ``retry_s`` when it tries again."""

    error: ObsError | None
    retry_s: float | None


@dataclass(frozen=True)
class Status:
    program_scene: str
    streaming: bool
    recording: bool


@dataclass(frozen=True)
class Applied:
    """What came of an ``Apply``: the scene now on air (None when not switched) and every
    error (a missing source, a refused scene, a lost connection)."""

    seq: int
    scene: str | None
    errors: tuple[ObsError, ...]


@dataclass(frozen=True)
class TextsFailed:
    errors: tuple[ObsError, ...]


@dataclass(frozen=True)
class Inventory:
    """The scenes and inputs of the connected OBS (for the preflight check)."""

    scenes: tuple[str, ...]
    inputs: tuple[tuple[str, str], ...]  # (name, kind)
    transitions: tuple[str, ...] = ()
    error: ObsError | None = None


Report = Connected | Disconnected | Status | Applied | TextsFailed | Inventory


def backoff_s(attempt: int, rng: Callable[[], float] = random.random) -> float:
    """Seconds before retry number ``attempt`` (0, 1, ...): doubling up to the cap, each
    wait between half and all of it (jitter: many consoles do not retry in step)."""
    first, cap = BACKOFF_S
    full = min(cap, first * 2**attempt)
    return full / 2 + rng() * full / 2


def read_inventory(request: Callable[[str], dict[str, Any]]) -> Inventory:
    """Every scene, input and transition of the connected OBS."""
    scenes = request("GetSceneList").get("scenes", [])
    inputs = request("GetInputList").get("inputs", [])
    transitions = request("GetSceneTransitionList").get("transitions", [])
    return Inventory(
        tuple(str(s.get("sceneName", "")) for s in scenes),
        tuple((str(i.get("inputName", "")), str(i.get("inputKind", ""))) for i in inputs),
        tuple(str(t.get("transitionName", "")) for t in transitions),
    )


def connect_obsws(address: Address, password: str, timeout_s: float) -> Client:
    return ObswsClient(address, password, timeout_s)


# ---------------------------------------------------------------- the worker


class _Mailbox:
    """What the worker has still to do; guarded by the link's condition."""

    def __init__(self) -> None:
        self.apply: Apply | None = None
        self.texts: dict[str, str] = {}
        self.inventory = False

    def take(self) -> tuple[Apply | None, dict[str, str], bool]:
        taken = (self.apply, self.texts, self.inventory)
        self.apply, self.texts, self.inventory = None, {}, False
        return taken

    @property
    def urgent(self) -> bool:
        """Work that may open a connection (a show action, a check), unlike texts."""
        return self.apply is not None or self.inventory


class ObsLink:
    """Owns the worker thread and its one connection. Methods without a leading
    underscore may be called from any thread and never block."""

    def __init__(
        self,
        report: Callable[[Report], None],
        password: Callable[[Address], str],
        *,
        connect: Connect = connect_obsws,
        timeout_s: float = TIMEOUT_S,
        poll_s: float = POLL_S,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self._report = report
        self._password = password
        self._connect = connect
        self._timeout_s = timeout_s
        self._poll_s = poll_s
        self._rng = rng
        self._cond = threading.Condition()
        self._mail = _Mailbox()
        self._address: Address | None = None
        self._generation = 0
        self._stopping = False
        self._client: Client | None = None
        self._thread = threading.Thread(target=self._run, name="obs-link", daemon=True)
        self._started = False

    # ------------------------------------------------------------ any thread

    def start(self) -> None:
        if not self._started:
            self._started = True
            self._thread.start()

    def configure(self, address: Address | None) -> None:
        """Connect to ``address`` (None: disconnect and stay off), at once."""
        with self._cond:
            self._address = address
            self._generation += 1
            self._cond.notify()
        self._interrupt()

    def apply(self, job: Apply) -> None:
        with self._cond:
            self._mail.apply = job
            self._mail.texts.update(job.texts)
            self._cond.notify()

    def set_texts(self, texts: Mapping[str, str]) -> None:
        with self._cond:
            self._mail.texts.update(texts)
            self._cond.notify()

    def inventory(self) -> None:
        with self._cond:
            self._mail.inventory = True
            self._cond.notify()

    def close(self) -> None:
        """Stop the worker (it closes its connection itself; nothing here waits)."""
        with self._cond:
            self._stopping = True
            self._cond.notify()
        self._interrupt()

    def join(self, timeout: float) -> bool:
        """Wait for the worker to end (tests); True when it has."""
        if self._started:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def _interrupt(self) -> None:
        client = self._client
        if client is not None:
            client.interrupt()

    # ------------------------------------------------------------ the worker thread

    def _run(self) -> None:
        generation = 0  # configure() makes it change
        attempt = 0
        retry_at = 0.0
        poll_at = 0.0
        said_off = True  # it starts off: nothing to say until configured
        while True:
            with self._cond:
                while True:
                    if self._stopping:
                        break
                    now = time.monotonic()
                    if self._generation != generation:
                        break
                    if self._address is None:
                        if not said_off:
                            break
                    elif self._client is None:
                        if self._mail.urgent or now >= retry_at:
                            break
                        self._mail.texts.clear()  # countdowns wait for a connection
                    elif self._mail.urgent or self._mail.texts or now >= poll_at:
                        break
                    wake = retry_at if self._client is None else poll_at
                    self._cond.wait(None if self._address is None else max(0.0, wake - now))
                if self._stopping:
                    break
                address = self._address
                fresh = self._generation != generation
                generation = self._generation
                job, texts, inventory = self._mail.take()
            if fresh:
                self._drop(None, report=False)
                attempt, said_off = 0, False
            if address is None:
                if not said_off:
                    self._report(Disconnected(None, None))
                    said_off = True
                continue
            if self._client is None:
                error = self._open(address)
                if error is not None:
                    retry = backoff_s(attempt, self._rng)
                    attempt += 1
                    retry_at = time.monotonic() + retry
                    self._fail(job, inventory, error)
                    self._report(Disconnected(error, retry))
                    continue
                attempt = 0
                poll_at = 0.0
            try:
                self._work(job, texts, inventory)
                if job is not None or time.monotonic() >= poll_at:
                    self._poll()
                    poll_at = time.monotonic() + self._poll_s
            except ObsFailure as failure:
                self._drop(failure.error)
                retry_at = time.monotonic() + backoff_s(0, self._rng)
                attempt = 1
        self._drop(None, report=False)  # outside the lock: closing may wait for OBS

    def _open(self, address: Address) -> ObsError | None:
        try:
            client = self._connect(address, self._password(address), self._timeout_s)
        except ObsFailure as failure:
            return failure.error
        except Exception as error:  # the keyring, a bug: say it, never kill the thread
            log.exception("OBS connection failed")
            return ObsError(ErrorKind.NOT_OBS, str(error) or type(error).__name__)
        with self._cond:
            if self._stopping:
                client.close()
                return ObsError(ErrorKind.DROPPED, "stopping")
            self._client = client
        self._report(Connected(address, client.obs_version, client.websocket_version))
        return None

    def _drop(self, error: ObsError | None, *, report: bool = True) -> None:
        client, self._client = self._client, None
        if client is not None:
            client.close()
            if report:
                self._report(Disconnected(error, backoff_s(0, self._rng)))

    def _fail(self, job: Apply | None, inventory: bool, error: ObsError) -> None:
        if job is not None:
            self._report(Applied(job.seq, None, (error,)))
        if inventory:
            self._report(Inventory((), (), (), error))

    def _request(self, name: str, data: Mapping[str, Any] | None = None) -> dict[str, Any]:
        assert self._client is not None
        return self._client.request(name, data)

    def _work(self, job: Apply | None, texts: dict[str, str], inventory: bool) -> None:
        """Texts first, then the transition and the scene; a refused request is reported
        and the rest goes on; a lost connection raises ObsFailure (the job is reported)."""
        errors: list[ObsError] = []
        scene_on_air: str | None = None
        try:
            for source, text in texts.items():
                self._try(errors, source, "SetInputSettings",
                          {"inputName": source, "inputSettings": {"text": text},
                           "overlay": True})  # fmt: skip
            if job is not None and job.scene is not None:
                transition = job.transition
                if transition is not None:
                    self._try(errors, transition.name, "SetCurrentSceneTransition",
                              {"transitionName": transition.name})  # fmt: skip
                    if transition.duration_ms is not None:
                        self._try(
                            errors,
                            transition.name,
                            "SetCurrentSceneTransitionDuration",
                            {"transitionDuration": max(50, transition.duration_ms)},
                        )
                if self._try(errors, job.scene, "SetCurrentProgramScene",
                             {"sceneName": job.scene}):  # fmt: skip
                    scene_on_air = job.scene
        except ObsFailure as failure:
            self._fail(job, inventory, failure.error)
            raise
        if job is not None:
            self._report(Applied(job.seq, scene_on_air, tuple(errors)))
        elif errors:
            self._report(TextsFailed(tuple(errors)))
        if inventory:
            self._report(read_inventory(self._request))

    def _try(self, errors: list[ObsError], subject: str, name: str, data: dict[str, Any]) -> bool:
        try:
            self._request(name, data)
        except ObsFailure as failure:
            if failure.fatal:
                raise
            errors.append(ObsError(ErrorKind.REQUEST, failure.error.detail, subject))
            return False
        return True

    def _poll(self) -> None:
        scene = self._request("GetCurrentProgramScene")
        stream = self._request("GetStreamStatus")
        record = self._request("GetRecordStatus")
        self._report(
            Status(
                str(scene.get("currentProgramSceneName") or scene.get("sceneName") or ""),
                bool(stream.get("outputActive")),
                bool(record.get("outputActive")),
            )
        )
