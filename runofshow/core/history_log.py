"""The run history as a log of operations, written to the run store when it can be.

``RunLog`` turns every accepted engine action into history operations: a run begins
(``BeginRun``), an event is added (``AddEvent``), a run ends (``EndRun``) or is reopened
because its end was undone (``ReopenRun``), OBS switched scenes (``AddScene``), a panel
question changed (``AddQuestion``). The run store applies them idempotently
(``RunStore.apply``): a run is known by a ``uid`` chosen here, an event, a scene switch or
a question event by its run and ``seq``, an end or reopen only applies if no
later event is already there. So operations can wait in memory while the store is locked or
full, travel in the crash journal, and be applied again after a crash without doubling
anything.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from runofshow.core.checked import Checked
from runofshow.core.rules_questions import MAX_ASKER, MAX_QUESTION_TEXT
from runofshow.core.run_plan import Plan, RecordedEvent
from runofshow.core.snapshot import Snapshot, Status
from runofshow.paths import show_key

if TYPE_CHECKING:
    from pathlib import Path

    from runofshow.core.model import Show

KINDS = ("live", "rehearsal")
END_REASONS = ("end", "reset", "closed")
MAX_PLAN_CHARS = 2_000_000
MAX_MS = 10**13  # about 317 years either way: any real duration or offset fits
MAX_MONO = 10**15
MAX_SEQ = 10**9
STATUSES = tuple(status.value for status in Status)


@dataclass(frozen=True)
class BeginRun:
    uid: str
    show_key: str
    kind: str  # "live" or "rehearsal"
    scope: str | None  # the one segment rehearsed, or None
    started: datetime
    plan_json: str


@dataclass(frozen=True)
class AddEvent:
    uid: str
    event: RecordedEvent


@dataclass(frozen=True)
class EndRun:
    uid: str
    seq: int  # the event that ended it; a later event in the store wins
    ended: datetime
    reason: str  # "end" (complete), "reset" or "closed"


@dataclass(frozen=True)
class ReopenRun:
    uid: str
    seq: int  # the event that reopened it


@dataclass(frozen=True)
class AddScene:
    """An OBS program scene switch during the run (runofshow.obs)."""

    uid: str
    seq: int  # the run's scene switches are numbered from 1
    wall: datetime
    scene: str
    segment_id: str | None


@dataclass(frozen=True)
class QuestionEvent:
    """One panel question after a queue action of a run (runofshow.questions records it)."""

    action: str
    question_id: str
    segment_id: str
    status: str
    text: str
    asker: str
    source: str
    aired_ms: int
    mono_ms: int
    wall: datetime


@dataclass(frozen=True)
class AddQuestion:
    """A panel question's status or time on air changed during the run."""

    uid: str
    seq: int  # the run's question events are numbered from 1
    event: QuestionEvent


HistoryOp = BeginRun | AddEvent | EndRun | ReopenRun | AddScene | AddQuestion
QUESTION_STATUSES = ("queued", "on_air", "answered", "skipped")
QUESTION_SOURCES = ("survey", "chat", "prepared")


# ---------------------------------------------------------------- producing operations


class EventLike(Protocol):
    """The fields of runofshow.core.engine.EngineEvent the log reads."""

    @property
    def action(self) -> str: ...
    @property
    def args(self) -> Any: ...
    @property
    def mono_ms(self) -> int: ...
    @property
    def wall(self) -> datetime: ...
    @property
    def before(self) -> Snapshot: ...
    @property
    def after(self) -> Snapshot: ...


def recorded_event(
    seq: int, event: EventLike, boot: str, surface: str | None = None
) -> RecordedEvent:
    before, after = event.before, event.after
    return RecordedEvent(
        seq=seq,
        action=event.action,
        args=dict(event.args),
        mono_ms=event.mono_ms,
        wall=event.wall,
        boot=boot,
        before_status=before.status.value,
        before_segment_id=before.segment.id,
        before_elapsed_ms=before.elapsed_ms,
        before_added_ms=before.added_ms,
        before_cue_index=None if before.cue is None else before.cue.index,
        status=after.status.value,
        index=after.index,
        segment_id=after.segment.id,
        elapsed_ms=after.elapsed_ms,
        remaining_ms=after.remaining_ms,
        added_ms=after.added_ms,
        cue_index=None if after.cue is None else after.cue.index,
        offset_ms=after.offset_ms,
        surface=surface,
    )


class Recovered:
    """A synthetic event logged when a run already on air is picked up after a crash."""

    action = "recovered"

    def __init__(self, snap: Snapshot, mono_ms: int, wall: datetime) -> None:
        self.args: dict[str, object] = {}
        self.mono_ms = mono_ms
        self.wall = wall
        self.before = snap
        self.after = snap


@dataclass(frozen=True)
class OpenRun:
    """Where the log stands in the run on air: carried in the journal across a crash."""

    begin: BeginRun
    seq: int  # events logged so far
    ended: bool  # ended with "end" (an undo may reopen it)
    scenes: int = 0  # scene switches logged so far
    questions: int = 0  # question events logged so far


class RunLog:
    """The history operations of one engine (the live show, or a rehearsal).

    ``scope`` is the segment id when rehearsing one segment. Every method returns the
    operations to write, in order."""

    def __init__(self, show_path: Path, *, scope: str | None = None) -> None:
        self.show_key = show_key(show_path)
        self.scope = scope
        self.boot = uuid.uuid4().hex[:12]
        self.open: OpenRun | None = None
        self._show: Show | None = None

    def started(
        self, snap: Snapshot, show: Show | None, mono_ms: int, wall: datetime,
        continuing: OpenRun | None = None,
    ) -> list[HistoryOp]:  # fmt: skip
        """The engine starts. On air already (resumed after a crash): the run carried in
        the journal (``continuing``) goes on, else a new one begins; either way a
        "recovered" event marks the gap."""
        self._show = show
        self.open = None
        if snap.status is Status.STANDBY:
            return []
        ops: list[HistoryOp] = []
        same_kind = continuing is not None and continuing.begin.kind == _kind(snap)
        if continuing is not None and same_kind and continuing.begin.scope == self.scope:
            self.open = continuing
        else:
            ops.append(self._begin(snap, wall))
        ops.append(self._event(Recovered(snap, mono_ms, wall), None))
        return ops

    def record(self, event: EventLike, surface: str | None = None) -> list[HistoryOp]:
        """One accepted action; ``surface`` is who sent it (keyboard, api...), if known."""
        before, after = event.before.status, event.after.status
        ops: list[HistoryOp] = []
        if self.open is None:
            if before is not Status.STANDBY or after is Status.STANDBY:
                return []  # nothing on air: messages, goto and the like before the start
            ops.append(self._begin(event.after, event.wall))
        ops.append(self._event(event, surface))
        assert self.open is not None
        uid, seq = self.open.begin.uid, self.open.seq
        if after is Status.STANDBY:
            if not self.open.ended:
                ops.append(EndRun(uid, seq, event.wall, "reset"))
            self.open = None
        elif after is Status.ENDED and not self.open.ended:
            ops.append(EndRun(uid, seq, event.wall, "end"))
            self.open = replace(self.open, ended=True)
        elif after is not Status.ENDED and self.open.ended:
            ops.append(ReopenRun(uid, seq))  # the end was undone
            self.open = replace(self.open, ended=False)
        return ops

    def scene(self, wall: datetime, scene: str, segment_id: str | None) -> list[HistoryOp]:
        """An OBS scene switch: logged in the run on air (nothing when none is)."""
        if self.open is None:
            return []
        self.open = replace(self.open, scenes=self.open.scenes + 1)
        return [AddScene(self.open.begin.uid, self.open.scenes, wall, scene, segment_id)]

    def question(self, event: QuestionEvent) -> list[HistoryOp]:
        """A panel question changed: logged in the run on air (nothing when none is)."""
        if self.open is None:
            return []
        self.open = replace(self.open, questions=self.open.questions + 1)
        return [AddQuestion(self.open.begin.uid, self.open.questions, event)]

    def close(self, when: datetime) -> list[HistoryOp]:
        """The engine is replaced: an open run is marked as stopped ("closed")."""
        run, self.open = self.open, None
        if run is None or run.ended:
            return []
        return [EndRun(run.begin.uid, run.seq, when, "closed")]

    def _begin(self, snap: Snapshot, started: datetime) -> BeginRun:
        plan = Plan.from_show(self._show) if self._show is not None else plan_from_snapshot(snap)
        begin = BeginRun(
            uuid.uuid4().hex, self.show_key, _kind(snap), self.scope, started, plan.to_json()
        )
        self.open = OpenRun(begin, 0, False)
        return begin

    def _event(self, event: EventLike, surface: str | None) -> AddEvent:
        assert self.open is not None
        seq = self.open.seq + 1
        self.open = replace(self.open, seq=seq)
        return AddEvent(self.open.begin.uid, recorded_event(seq, event, self.boot, surface))


def _kind(snap: Snapshot) -> str:
    return "rehearsal" if snap.rehearsal else "live"


def plan_from_snapshot(snap: Snapshot) -> Plan:
    from runofshow.core.run_plan import PlannedCue, PlannedSegment

    first = snap.schedule[0].planned_start if snap.schedule else snap.now
    return Plan(
        title="",
        starts_at=first,
        timezone=str(getattr(first.tzinfo, "key", "UTC")),
        segments=tuple(
            PlannedSegment(
                row.segment.id, row.segment.kind.value, row.segment.title,
                row.segment.duration_ms, tuple(s.name for s in row.segment.speakers),
                tuple(PlannedCue(c.title, c.at_ms) for c in row.segment.cues),
            )
            for row in snap.schedule
        ),
    )  # fmt: skip


# ---------------------------------------------------------------- JSON (the journal)


def op_to_json(op: HistoryOp) -> dict[str, Any]:
    if isinstance(op, BeginRun):
        return {
            "op": "begin", "uid": op.uid, "show_key": op.show_key, "kind": op.kind,
            "scope": op.scope, "started": op.started.isoformat(), "plan": op.plan_json,
        }  # fmt: skip
    if isinstance(op, AddEvent):
        return {"op": "event", "uid": op.uid, "event": event_to_json(op.event)}
    if isinstance(op, EndRun):
        return {"op": "end", "uid": op.uid, "seq": op.seq, "ended": op.ended.isoformat(),
                "reason": op.reason}  # fmt: skip
    if isinstance(op, AddScene):
        return {"op": "scene", "uid": op.uid, "seq": op.seq, "wall": op.wall.isoformat(),
                "scene": op.scene, "segment_id": op.segment_id}  # fmt: skip
    if isinstance(op, AddQuestion):
        e = op.event
        return {"op": "question", "uid": op.uid, "seq": op.seq, "action": e.action,
                "question_id": e.question_id, "segment_id": e.segment_id, "status": e.status,
                "text": e.text, "asker": e.asker, "source": e.source, "aired_ms": e.aired_ms,
                "mono_ms": e.mono_ms, "wall": e.wall.isoformat()}  # fmt: skip
    return {"op": "reopen", "uid": op.uid, "seq": op.seq}


def event_to_json(e: RecordedEvent) -> dict[str, Any]:
    return {
        "seq": e.seq, "action": e.action, "args": dict(e.args), "mono_ms": e.mono_ms,
        "wall": e.wall.isoformat(), "boot": e.boot, "before_status": e.before_status,
        "before_segment_id": e.before_segment_id, "before_elapsed_ms": e.before_elapsed_ms,
        "before_added_ms": e.before_added_ms, "before_cue_index": e.before_cue_index,
        "status": e.status, "index": e.index, "segment_id": e.segment_id,
        "elapsed_ms": e.elapsed_ms, "remaining_ms": e.remaining_ms, "added_ms": e.added_ms,
        "cue_index": e.cue_index, "offset_ms": e.offset_ms, "surface": e.surface,
    }  # fmt: skip


def open_run_to_json(run: OpenRun) -> dict[str, Any]:
    return {"begin": op_to_json(run.begin), "seq": run.seq, "ended": run.ended,
            "scenes": run.scenes, "questions": run.questions}  # fmt: skip


def read_open_run(data: Checked) -> OpenRun:
    begin = read_op(data.field("begin"))
    if not isinstance(begin, BeginRun):
        raise data.damaged("the open run does not start with its beginning")
    scenes = data.optional("scenes")
    questions = data.optional("questions")
    return OpenRun(
        begin,
        data.field("seq").integer(0, MAX_SEQ),
        data.field("ended").boolean(),
        0 if scenes is None else scenes.integer(0, MAX_SEQ),
        0 if questions is None else questions.integer(0, MAX_SEQ),
    )


def read_op(data: Checked) -> HistoryOp:
    """One operation read back from the journal; Damaged if any value is not sane."""
    kind = data.field("op").choice(("begin", "event", "end", "reopen", "scene", "question"))
    uid = data.field("uid").text(max_length=64, allow_empty=False)
    if kind == "begin":
        scope = data.optional("scope")
        plan = data.field("plan").text(max_length=MAX_PLAN_CHARS)
        try:
            Plan.from_json(plan)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            raise data.field("plan").damaged("not a plan") from None
        return BeginRun(
            uid,
            data.field("show_key").text(max_length=200, allow_empty=False),
            data.field("kind").choice(KINDS),
            None if scope is None else scope.text(max_length=200),
            data.field("started").moment(),
            plan,
        )
    if kind == "event":
        return AddEvent(uid, read_event(data.field("event")))
    seq = data.field("seq").integer(0, MAX_SEQ)
    if kind == "scene":
        segment = data.optional("segment_id")
        return AddScene(
            uid, seq, data.field("wall").moment(), data.field("scene").text(max_length=500),
            None if segment is None else segment.text(max_length=200),
        )  # fmt: skip
    if kind == "question":
        return AddQuestion(uid, seq, read_question(data))
    if kind == "end":
        return EndRun(
            uid, seq, data.field("ended").moment(), data.field("reason").choice(END_REASONS)
        )
    return ReopenRun(uid, seq)


def read_question(data: Checked) -> QuestionEvent:
    def text(key: str, max_length: int = 200) -> str:
        return data.field(key).text(max_length=max_length)

    return QuestionEvent(
        action=data.field("action").text(max_length=64, allow_empty=False),
        question_id=text("question_id", 64),
        segment_id=text("segment_id"),
        status=data.field("status").choice(QUESTION_STATUSES),
        text=text("text", MAX_QUESTION_TEXT),
        asker=text("asker", MAX_ASKER),
        source=data.field("source").choice(QUESTION_SOURCES),
        aired_ms=data.field("aired_ms").integer(0, MAX_MS),
        mono_ms=data.field("mono_ms").integer(-MAX_MONO, MAX_MONO),
        wall=data.field("wall").moment(),
    )


def read_event(data: Checked) -> RecordedEvent:
    def ms(key: str) -> int:
        return data.field(key).integer(-MAX_MS, MAX_MS)

    def index(key: str) -> int | None:
        value = data.optional(key)
        return None if value is None else value.integer(0, 1_000_000)

    surface = data.optional("surface")
    return RecordedEvent(
        seq=data.field("seq").integer(1, MAX_SEQ),
        action=data.field("action").text(max_length=64, allow_empty=False),
        args=_args(data.field("args")),
        mono_ms=data.field("mono_ms").integer(-MAX_MONO, MAX_MONO),
        wall=data.field("wall").moment(),
        boot=data.field("boot").text(max_length=64),
        before_status=data.field("before_status").choice(STATUSES),
        before_segment_id=data.field("before_segment_id").text(max_length=200),
        before_elapsed_ms=ms("before_elapsed_ms"),
        before_added_ms=ms("before_added_ms"),
        before_cue_index=index("before_cue_index"),
        status=data.field("status").choice(STATUSES),
        index=data.field("index").integer(0, 1_000_000),
        segment_id=data.field("segment_id").text(max_length=200),
        elapsed_ms=ms("elapsed_ms"),
        remaining_ms=ms("remaining_ms"),
        added_ms=ms("added_ms"),
        cue_index=index("cue_index"),
        offset_ms=ms("offset_ms"),
        surface=None if surface is None else surface.text(max_length=32),
    )


def _args(data: Checked) -> Mapping[str, Any]:
    args: dict[str, Any] = {}
    for key, value in data.mapping(max_items=20).items():
        raw = value.value
        if raw is None or isinstance(raw, bool):
            args[key] = raw
        elif isinstance(raw, int):
            args[key] = value.integer(-MAX_MS, MAX_MS)
        elif isinstance(raw, float):
            if raw != raw or abs(raw) > MAX_MS:
                raise value.damaged("not a sane number")
            args[key] = raw
        else:
            args[key] = value.text(max_length=2_000)
    return args


def args_json(args: Mapping[str, Any]) -> str:
    return json.dumps(dict(args), ensure_ascii=False, default=str)
