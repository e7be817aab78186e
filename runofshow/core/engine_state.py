"""The engine's serialisable state: the live show clock plus the undo and redo stacks.

Everything here is immutable plain data. Times that run are kept as monotonic
milliseconds (anchors); each anchor also records the wall time it was taken at, which
is what survives a restart (monotonic origins do not). ``to_dict``/``from_dict`` turn
the state into JSON-ready dicts for the journal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import MappingProxyType
from typing import Any

from runofshow.core.model import Show
from runofshow.core.snapshot import Message, Status

UNDO_LEVELS = 100  # how many operator actions can be undone (at least 50 promised)


@dataclass(frozen=True)
class SegmentRun:
    """What has happened to one segment so far (the open interval lives in LiveState)."""

    elapsed_ms: int = 0  # sum of closed running intervals
    added_ms: int = 0  # time added (+) or removed (-) by the operator
    cue_index: int = 0
    started_mono: int | None = None  # first time the segment started
    started_wall: datetime | None = None
    left_mono: int | None = None  # last time the show moved away from it
    left_wall: datetime | None = None


EMPTY_RUN = SegmentRun()


def _frozen(runs: Mapping[str, SegmentRun]) -> Mapping[str, SegmentRun]:
    return MappingProxyType(dict(runs))


@dataclass(frozen=True)
class LiveState:
    """The show clock at rest: enough, with the clocks' now, to compute every snapshot."""

    current_id: str
    status: Status = Status.STANDBY
    runs: Mapping[str, SegmentRun] = field(default_factory=lambda: _frozen({}))
    anchor_mono: int | None = None  # start of the open interval while running
    anchor_wall: datetime | None = None
    visits: tuple[str, ...] = ()  # segment ids in the order they first started
    message: Message | None = None
    message_mono: int | None = None
    blackout: bool = False
    ended_mono: int | None = None
    ended_wall: datetime | None = None
    plan_shift_ms: int = 0  # the plan moved to start when the show went live (0: as written)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LiveState):
            return NotImplemented
        return _key(self) == _key(other)

    def __hash__(self) -> int:
        return hash((self.current_id, self.status, self.anchor_mono, len(self.runs)))

    def run(self, segment_id: str) -> SegmentRun:
        return self.runs.get(segment_id, EMPTY_RUN)

    def with_run(self, segment_id: str, run: SegmentRun) -> LiveState:
        runs = dict(self.runs)
        if run == EMPTY_RUN:
            runs.pop(segment_id, None)
        else:
            runs[segment_id] = run
        return replace(self, runs=_frozen(runs))


def _key(state: LiveState) -> tuple[object, ...]:
    return (
        state.current_id,
        state.status,
        dict(state.runs),
        state.anchor_mono,
        state.anchor_wall,
        state.visits,
        state.message,
        state.message_mono,
        state.blackout,
        state.ended_mono,
        state.ended_wall,
        state.plan_shift_ms,
    )


def fresh_live(show: Show) -> LiveState:
    """Standby before the first segment, nothing run yet."""
    return LiveState(current_id=show.segments[0].id)


@dataclass(frozen=True)
class UndoEntry:
    """An undoable step: ``label`` is the action, ``state`` the live state on the other side."""

    label: str
    state: LiveState


@dataclass(frozen=True)
class EngineState:
    """Everything the engine keeps: the live state and the undo/redo history."""

    live: LiveState
    undo: tuple[UndoEntry, ...] = ()
    redo: tuple[UndoEntry, ...] = ()

    @classmethod
    def fresh(cls, show: Show) -> EngineState:
        return cls(live=fresh_live(show))


# ---------------------------------------------------------------- rebasing


def shift_mono(state: EngineState, delta_ms: int) -> EngineState:
    """Move every monotonic value by ``delta_ms`` (after a restart, monotonic origins differ)."""

    def live(s: LiveState) -> LiveState:
        def add(v: int | None) -> int | None:
            return None if v is None else v + delta_ms

        runs = {
            k: replace(r, started_mono=add(r.started_mono), left_mono=add(r.left_mono))
            for k, r in s.runs.items()
        }
        return replace(
            s,
            runs=_frozen(runs),
            anchor_mono=add(s.anchor_mono),
            message_mono=add(s.message_mono),
            ended_mono=add(s.ended_mono),
        )

    return EngineState(
        live=live(state.live),
        undo=tuple(UndoEntry(e.label, live(e.state)) for e in state.undo),
        redo=tuple(UndoEntry(e.label, live(e.state)) for e in state.redo),
    )


def adapt_to_show(
    state: EngineState, show: Show, mono: int, wall: datetime
) -> tuple[EngineState, list[str]]:
    """Fit a state to a (possibly edited) show, matching segments by id.

    Runs of segments that are gone are dropped; a current segment that is gone is
    replaced by the first segment not yet started (or the last one), whose clock starts
    now. Cue positions and added time are clamped to what the new segments allow.
    Returns the adapted state and English notes about what did not match (live state only).
    """
    notes: list[str] = []
    live, live_notes = _adapt_live(state.live, show, mono, wall)
    notes += live_notes
    undo = tuple(UndoEntry(e.label, _adapt_live(e.state, show, mono, wall)[0]) for e in state.undo)
    redo = tuple(UndoEntry(e.label, _adapt_live(e.state, show, mono, wall)[0]) for e in state.redo)
    return EngineState(live=live, undo=undo, redo=redo), notes


def _adapt_live(
    state: LiveState, show: Show, mono: int, wall: datetime
) -> tuple[LiveState, list[str]]:
    notes: list[str] = []
    by_id = {s.id: s for s in show.segments}
    runs: dict[str, SegmentRun] = {}
    for seg_id, run in state.runs.items():
        segment = by_id.get(seg_id)
        if segment is None:
            notes.append(f"Segment '{seg_id}' is no longer in the show; its times were dropped.")
            continue
        if segment.cues and run.cue_index >= len(segment.cues):
            run = replace(run, cue_index=len(segment.cues) - 1)
        elif not segment.cues and run.cue_index:
            run = replace(run, cue_index=0)
        if segment.duration_ms + run.added_ms <= 0:
            notes.append(
                f"Time removed from '{seg_id}' no longer fits its duration; reset to none."
            )
            run = replace(run, added_ms=0)
        runs[seg_id] = run
    visits = tuple(v for v in state.visits if v in by_id)
    adapted = replace(state, runs=_frozen(runs), visits=visits)
    if state.current_id not in by_id:
        target = next((s.id for s in show.segments if s.id not in runs), show.segments[-1].id)
        notes.append(
            f"The current segment '{state.current_id}' is no longer in the show; "
            f"continuing with '{target}'."
        )
        adapted = replace(adapted, current_id=target)
        if state.status in (Status.RUNNING, Status.PAUSED):
            run = runs.get(target, EMPTY_RUN)
            if run.started_mono is None:
                run = replace(run, started_mono=mono, started_wall=wall)
            adapted = adapted.with_run(target, run)
            if target not in adapted.visits:
                adapted = replace(adapted, visits=(*adapted.visits, target))
            if state.status is Status.RUNNING:
                adapted = replace(adapted, anchor_mono=mono, anchor_wall=wall)
    return adapted, notes


# ---------------------------------------------------------------- JSON


def _dt(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _parse_dt(value: object) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO datetime string, got {value!r}")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"datetime without a time zone: {value!r}")
    return parsed


def _opt_int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected an integer, got {value!r}")
    return value


def _int(value: object) -> int:
    result = _opt_int(value)
    if result is None:
        raise ValueError("expected an integer, got null")
    return result


def live_to_dict(state: LiveState) -> dict[str, Any]:
    return {
        "current_id": state.current_id,
        "status": state.status.value,
        "runs": {
            seg_id: {
                "elapsed_ms": r.elapsed_ms,
                "added_ms": r.added_ms,
                "cue_index": r.cue_index,
                "started_mono": r.started_mono,
                "started_wall": _dt(r.started_wall),
                "left_mono": r.left_mono,
                "left_wall": _dt(r.left_wall),
            }
            for seg_id, r in state.runs.items()
        },
        "anchor_mono": state.anchor_mono,
        "anchor_wall": _dt(state.anchor_wall),
        "visits": list(state.visits),
        "message": None
        if state.message is None
        else {
            "text": state.message.text,
            "flash": state.message.flash,
            "set_at": _dt(state.message.set_at),
        },
        "message_mono": state.message_mono,
        "blackout": state.blackout,
        "ended_mono": state.ended_mono,
        "ended_wall": _dt(state.ended_wall),
        "plan_shift_ms": state.plan_shift_ms,
    }


def live_from_dict(data: Mapping[str, Any]) -> LiveState:
    runs = {
        str(seg_id): SegmentRun(
            elapsed_ms=_int(r["elapsed_ms"]),
            added_ms=_int(r["added_ms"]),
            cue_index=_int(r["cue_index"]),
            started_mono=_opt_int(r["started_mono"]),
            started_wall=_parse_dt(r["started_wall"]),
            left_mono=_opt_int(r["left_mono"]),
            left_wall=_parse_dt(r["left_wall"]),
        )
        for seg_id, r in data["runs"].items()
    }
    message_data = data["message"]
    message = None
    if message_data is not None:
        set_at = _parse_dt(message_data["set_at"])
        assert set_at is not None
        message = Message(
            text=str(message_data["text"]), flash=bool(message_data["flash"]), set_at=set_at
        )
    return LiveState(
        current_id=str(data["current_id"]),
        status=Status(data["status"]),
        runs=_frozen(runs),
        anchor_mono=_opt_int(data["anchor_mono"]),
        anchor_wall=_parse_dt(data["anchor_wall"]),
        visits=tuple(str(v) for v in data["visits"]),
        message=message,
        message_mono=_opt_int(data["message_mono"]),
        blackout=bool(data["blackout"]),
        ended_mono=_opt_int(data["ended_mono"]),
        ended_wall=_parse_dt(data["ended_wall"]),
        plan_shift_ms=_int(data.get("plan_shift_ms", 0)),  # absent in older journals
    )


def to_dict(state: EngineState) -> dict[str, Any]:
    """The whole engine state as a JSON-ready dict."""
    return {
        "live": live_to_dict(state.live),
        "undo": [{"label": e.label, "state": live_to_dict(e.state)} for e in state.undo],
        "redo": [{"label": e.label, "state": live_to_dict(e.state)} for e in state.redo],
    }


def from_dict(data: Mapping[str, Any]) -> EngineState:
    """Inverse of ``to_dict``; raises ValueError/KeyError/TypeError on malformed data."""
    return EngineState(
        live=live_from_dict(data["live"]),
        undo=tuple(UndoEntry(str(e["label"]), live_from_dict(e["state"])) for e in data["undo"]),
        redo=tuple(UndoEntry(str(e["label"]), live_from_dict(e["state"])) for e in data["redo"]),
    )
