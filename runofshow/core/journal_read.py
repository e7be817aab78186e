"""Reading the engine state back from a journal, every value range-checked.

``engine_state.from_dict`` trusts its input (it reads what this process just wrote). A
journal on disk is another matter: ``read_engine_state`` accepts only what the engine can
produce - statuses with their required fields, monotonic times in the past of the save,
durations and positions within sane bounds, clean text - and raises ``Damaged`` otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from runofshow.core.checked import Checked
from runofshow.core.engine_state import UNDO_LEVELS, EngineState, LiveState, SegmentRun, UndoEntry
from runofshow.core.snapshot import Message, Status
from runofshow.core.text import MAX_MESSAGE_LENGTH

MAX_SPAN_MS = 366 * 24 * 3600 * 1000  # a journal covers at most a year of one session
MAX_SEGMENTS = 10_000
MAX_CUES = 10_000
MAX_ID = 200
MAX_LABEL = 100
STATUSES = tuple(status.value for status in Status)


class _Mono:
    """Monotonic readings of the saved process: never after the save, at most a year before."""

    def __init__(self, saved_mono: int) -> None:
        self.low = saved_mono - MAX_SPAN_MS
        self.high = saved_mono

    def read(self, value: Checked | None) -> int | None:
        return None if value is None else value.integer(self.low, self.high)


def read_engine_state(data: Checked, saved_mono: int) -> EngineState:
    mono = _Mono(saved_mono)

    def entries(key: str) -> tuple[UndoEntry, ...]:
        items = data.field(key).items(max_items=UNDO_LEVELS * 10)[-UNDO_LEVELS:]
        return tuple(
            UndoEntry(
                item.field("label").text(max_length=MAX_LABEL, allow_empty=False),
                read_live(item.field("state"), mono),
            )
            for item in items
        )

    return EngineState(
        live=read_live(data.field("live"), mono), undo=entries("undo"), redo=entries("redo")
    )


def read_live(data: Checked, mono: _Mono) -> LiveState:
    status = Status(data.field("status").choice(STATUSES))
    runs = {
        key: _run(value, mono)
        for key, value in data.field("runs").mapping(max_items=MAX_SEGMENTS).items()
    }
    for key in runs:
        if not key or len(key) > MAX_ID:
            raise data.field("runs").damaged("a segment id that is empty or too long")
    anchor_mono = mono.read(data.optional("anchor_mono"))
    anchor_wall = _moment(data.optional("anchor_wall"))
    if status is Status.RUNNING and (anchor_mono is None or anchor_wall is None):
        raise data.damaged("running without the moment it started running")
    if status is not Status.RUNNING and anchor_mono is not None:
        raise data.damaged(f"{status.value} but still counting time")
    ended_mono = mono.read(data.optional("ended_mono"))
    ended_wall = _moment(data.optional("ended_wall"))
    if status is Status.ENDED and (ended_mono is None or ended_wall is None):
        raise data.damaged("ended without the moment it ended")
    visits = tuple(
        item.text(max_length=MAX_ID, allow_empty=False)
        for item in data.field("visits").items(max_items=MAX_SEGMENTS)
    )
    message_data = data.optional("message")
    message = None
    if message_data is not None:
        set_at = message_data.field("set_at").moment()
        message = Message(
            text=message_data.field("text").text(max_length=MAX_MESSAGE_LENGTH),
            flash=message_data.field("flash").boolean(),
            set_at=set_at,
        )
    return LiveState(
        current_id=data.field("current_id").text(max_length=MAX_ID, allow_empty=False),
        status=status,
        runs=_frozen(runs),
        anchor_mono=anchor_mono,
        anchor_wall=anchor_wall,
        visits=visits,
        message=message,
        message_mono=mono.read(data.optional("message_mono")),
        blackout=data.field("blackout").boolean(),
        ended_mono=ended_mono,
        ended_wall=ended_wall,
    )


def _run(data: Checked, mono: _Mono) -> SegmentRun:
    return SegmentRun(
        elapsed_ms=data.field("elapsed_ms").integer(0, MAX_SPAN_MS),
        added_ms=data.field("added_ms").integer(-MAX_SPAN_MS, MAX_SPAN_MS),
        cue_index=data.field("cue_index").integer(0, MAX_CUES),
        started_mono=mono.read(data.optional("started_mono")),
        started_wall=_moment(data.optional("started_wall")),
        left_mono=mono.read(data.optional("left_mono")),
        left_wall=_moment(data.optional("left_wall")),
    )


def _moment(value: Checked | None) -> datetime | None:
    return None if value is None else value.moment()


def _frozen(runs: Mapping[str, SegmentRun]) -> Mapping[str, SegmentRun]:
    from types import MappingProxyType

    return MappingProxyType(dict(runs))
