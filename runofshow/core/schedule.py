"""Planned and projected times of every segment. Pure arithmetic, no clocks read here.

Internally every moment is an integer of epoch milliseconds (UTC), so arithmetic never
meets a DST gap; datetimes (in the show's time zone) are made only for the output.

Planned: the first segment starts at ``show.starts_at`` (or at its hard start); each next
one at the previous planned end, or at its hard start if that is later.

Projected, given the live state at a moment (now):
- segments behind the current one: their actual start and end; ``None`` if they were
  skipped (never started);
- the current one: its actual start (standby: ``max(now, planned start)``) and
  ``now + max(remaining, 0)`` (``remaining`` as the engine counts it, hard starts
  included); once ended, its actual end;
- later ones chain from there; a hard start waits for its time: ``max(hard start, chain)``.
  A later segment that already ran for a while (the show went back) keeps only its
  remaining time.

Hard starts are kept (``segment_end``): the segment just before one ends at the hard
start when it would run past it (squeezed), a break stretches to it, any other segment
keeps its own length and the show holds until the hard start. A show run more than
12 hours off its plan (``far``) cannot keep hard starts: they are ignored.

``offset_ms`` (+ = behind) = when the show moves on from the current segment against the
plan: the projected start of the next segment - its planned start (the last segment: its
projected end - its planned end). A segment that ends early before a hard start is on time:
the show moves on at the hard start, as planned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from runofshow.core.engine_state import LiveState
from runofshow.core.model import Segment, SegmentKind, Show
from runofshow.core.snapshot import SegmentTimes, Status
from runofshow.core.timestamps import epoch_ms, from_epoch_ms

__all__ = ["Plan", "epoch_ms", "from_epoch_ms", "plan_schedule"]  # the helpers' old home

_WallOf = Callable[[int | None], int | None]


@dataclass(frozen=True)
class Plan:
    """The planned schedule of a show, computed once per show."""

    start_ms: tuple[int, ...]
    end_ms: tuple[int, ...]
    hard_ms: tuple[int | None, ...]
    starts: tuple[datetime, ...]  # in the show's time zone
    ends: tuple[datetime, ...]
    index: dict[str, int]
    show_start_ms: int
    next_hard: tuple[int | None, ...] = ()  # per segment: the next later one with a hard start

    @property
    def end_of_show_ms(self) -> int:
        return self.end_ms[-1]

    def hard_after(self, index: int) -> int | None:
        """The hard start that ends segment ``index`` (that of the segment after it)."""
        return self.hard_ms[index + 1] if index + 1 < len(self.hard_ms) else None


def segment_end(segment: Segment, start: int, own_ms: int, hard: int | None) -> int:
    """When a segment starting at ``start`` with ``own_ms`` of its own time left ends, given
    the hard start after it (None: none, or not kept): it never runs past the hard start
    (squeezed, down to nothing), a break stretches to it, others keep their own length."""
    own_end = start + max(own_ms, 0)
    if hard is None:
        return own_end
    if own_end > hard:
        return max(hard, start)
    return hard if segment.kind is SegmentKind.BREAK else own_end


def plan_schedule(show: Show) -> Plan:
    """Planned start and end of every segment."""
    tz = show.tz
    starts: list[int] = []
    ends: list[int] = []
    hard: list[int | None] = []
    chain = epoch_ms(show.starts_at)
    for segment in show.segments:
        hard_ms = None if segment.hard_start is None else epoch_ms(segment.hard_start)
        hard.append(hard_ms)
        # The first segment starts at its hard start even if that is earlier.
        start = hard_ms if hard_ms is not None and (not starts or hard_ms > chain) else chain
        starts.append(start)
        chain = start + segment.duration_ms
        ends.append(chain)
    following: list[int | None] = []
    upcoming: int | None = None
    for index in range(len(hard) - 1, -1, -1):
        following.append(upcoming)
        if hard[index] is not None:
            upcoming = index
    return Plan(
        next_hard=tuple(reversed(following)),
        start_ms=tuple(starts),
        end_ms=tuple(ends),
        hard_ms=tuple(hard),
        starts=tuple(from_epoch_ms(ms, tz) for ms in starts),
        ends=tuple(from_epoch_ms(ms, tz) for ms in ends),
        index={s.id: i for i, s in enumerate(show.segments)},
        show_start_ms=epoch_ms(show.starts_at),
    )


def elapsed_ms(state: LiveState, segment_id: str, mono: int) -> int:
    """Elapsed running time of a segment: closed intervals plus the open one."""
    elapsed = state.run(segment_id).elapsed_ms
    if (
        state.status is Status.RUNNING
        and segment_id == state.current_id
        and state.anchor_mono is not None
    ):
        elapsed += mono - state.anchor_mono
    return elapsed


@dataclass(frozen=True)
class Projection:
    rows: tuple[SegmentTimes, ...]
    offset_ms: int
    projected_show_end: datetime
    current_start_ms: int | None  # projected start of the current segment
    current_end_ms: int


class _LazyTimes(SegmentTimes):
    """A SegmentTimes whose projected and actual datetimes are made on first access.

    Large shows rebuild many rows per snapshot while paused or in overtime; turning epoch
    milliseconds into zoned datetimes is the expensive part, and views read few of them.
    Equality, repr and attribute access behave as for SegmentTimes.
    """

    @staticmethod
    def _get(row: _LazyTimes, name: str) -> datetime | None:
        cache = row.__dict__
        if name not in cache:
            ms = cache["_ms"][name]
            cache[name] = None if ms is None else from_epoch_ms(ms, cache["_tz"])
        value: datetime | None = cache[name]
        return value

    @property
    def projected_start(self) -> datetime | None:
        return _LazyTimes._get(self, "projected_start")

    @property
    def projected_end(self) -> datetime | None:
        return _LazyTimes._get(self, "projected_end")

    @property
    def actual_start(self) -> datetime | None:
        return _LazyTimes._get(self, "actual_start")

    @property
    def actual_end(self) -> datetime | None:
        return _LazyTimes._get(self, "actual_end")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SegmentTimes):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in _FIELDS)

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, f) for f in _FIELDS))


_FIELDS = tuple(SegmentTimes.__dataclass_fields__)


def _ms_of(row: SegmentTimes, name: str) -> int:
    """A projected moment of a row as epoch ms, without making the datetime."""
    ms = row.__dict__["_ms"][name] if isinstance(row, _LazyTimes) else None
    if ms is None:
        when = getattr(row, name)
        assert when is not None
        return epoch_ms(when)
    return int(ms)


def _row(
    index: int,
    segment: Segment,
    plan: Plan,
    tz: ZoneInfo,
    projected: tuple[int | None, int | None],
    actual: tuple[int | None, int | None],
    elapsed: int,
    added: int,
    done: bool,
) -> SegmentTimes:
    # Hot path for large shows: build the frozen dataclass without its slow __init__.
    row = _LazyTimes.__new__(_LazyTimes)
    row.__dict__.update(
        index=index,
        segment=segment,
        planned_start=plan.starts[index],
        planned_end=plan.ends[index],
        elapsed_ms=elapsed,
        added_ms=added,
        done=done,
        _tz=tz,
        _ms={
            "projected_start": projected[0],
            "projected_end": projected[1],
            "actual_start": actual[0],
            "actual_end": actual[1],
        },
    )
    return row


def _same(old: tuple[object, ...] | None, new: tuple[object, ...]) -> bool:
    """Cache keys match: the same state object and equal plain values."""
    if old is None or len(old) != len(new):
        return False
    return all(
        a is b if isinstance(b, LiveState) else a == b for a, b in zip(old, new, strict=True)
    )


class Projector:
    """Computes projections; caches the rows that did not change since the last call.

    Rows before the current segment depend only on the live state and the offset between
    wall and monotonic clocks; rows after it only on the chain start (the current projected
    end). While a segment runs within its time both stay constant, so a snapshot of a
    2,000-segment show rebuilds one row.
    """

    def __init__(self, show: Show, plan: Plan) -> None:
        self.show = show
        self.plan = plan
        self.tz = show.tz
        self._prefix_key: tuple[object, ...] | None = None
        self._prefix: tuple[SegmentTimes, ...] = ()
        self._suffix_key: tuple[object, ...] | None = None
        self._suffix: tuple[SegmentTimes, ...] = ()
        self._suffix_end: int = 0

    def _dt(self, ms: int | None) -> datetime | None:
        return None if ms is None else from_epoch_ms(ms, self.tz)

    def project(
        self, state: LiveState, mono: int, wall: datetime, remaining: int, far: bool = False
    ) -> Projection:
        """``remaining``: the current segment's time left as the engine counts it (hard
        starts included); ``far``: the show runs more than 12 hours off its plan."""
        show, plan = self.show, self.plan
        now_ms = epoch_ms(wall)
        skew = now_ms - mono  # wall ms = mono + skew, as the clocks read now
        cur = plan.index[state.current_id]
        ended = state.status is Status.ENDED

        def wall_of(m: int | None) -> int | None:
            return None if m is None else m + skew

        # Rows before the current segment (and after it once the show has ended).
        # Cache keys hold the state object itself: states are immutable and replaced on change.
        prefix_key = (state, skew)
        if not _same(self._prefix_key, prefix_key):
            self._prefix = tuple(self._done_row(i, state, wall_of) for i in range(cur))
            self._prefix_key = prefix_key

        segment = show.segments[cur]
        run = state.run(segment.id)
        elapsed = elapsed_ms(state, segment.id, mono)
        actual_start = wall_of(run.started_mono)
        if ended:
            cur_start = actual_start
            cur_end = wall_of(state.ended_mono)
            assert cur_end is not None
            actual_end = cur_end
        elif state.status is Status.STANDBY:
            cur_start = max(now_ms, plan.start_ms[cur])
            hard = None if far else plan.hard_after(cur)
            cur_end = segment_end(segment, cur_start, remaining, hard)
            actual_end = None
        else:
            cur_start = actual_start
            cur_end = now_ms + max(remaining, 0)
            actual_end = None
        current_row = _row(
            cur,
            segment,
            plan,
            self.tz,
            (cur_start, cur_end),
            (actual_start, actual_end),
            elapsed,
            run.added_ms,
            ended,
        )

        if ended:
            suffix_key: tuple[object, ...] = ("ended", state, skew)
        else:
            suffix_key = ("chain", state, cur_end, far)
        if not _same(self._suffix_key, suffix_key):
            if ended:
                self._suffix = tuple(
                    self._done_row(i, state, wall_of) for i in range(cur + 1, len(show.segments))
                )
                self._suffix_end = cur_end
            else:
                self._suffix, self._suffix_end = self._future_rows(
                    cur, state, cur_end, wall_of, far
                )
            self._suffix_key = suffix_key

        rows = (*self._prefix, current_row, *self._suffix)
        show_end = cur_end if ended else self._suffix_end
        if not ended and self._suffix:
            offset = _ms_of(self._suffix[0], "projected_start") - plan.start_ms[cur + 1]
        else:
            offset = cur_end - plan.end_ms[cur]
        return Projection(
            rows=rows,
            offset_ms=offset,
            projected_show_end=from_epoch_ms(show_end, self.tz),
            current_start_ms=cur_start,
            current_end_ms=cur_end,
        )

    def _done_row(self, i: int, state: LiveState, wall_of: _WallOf) -> SegmentTimes:
        segment = self.show.segments[i]
        run = state.run(segment.id)
        start = wall_of(run.started_mono)
        end = wall_of(run.left_mono) if start is not None else None
        return _row(
            i,
            segment,
            self.plan,
            self.tz,
            (start, end),
            (start, end),
            run.elapsed_ms,
            run.added_ms,
            True,
        )

    def _future_rows(
        self, cur: int, state: LiveState, chain: int, wall_of: _WallOf, far: bool
    ) -> tuple[tuple[SegmentTimes, ...], int]:
        rows = []
        plan = self.plan
        segments = self.show.segments
        hards = (None,) * len(segments) if far else plan.hard_ms  # far: none are kept
        last = len(segments) - 1
        for i in range(cur + 1, len(segments)):
            segment = segments[i]
            run = state.run(segment.id)
            hard = hards[i]
            start = chain if hard is None or hard <= chain else hard
            own = segment.duration_ms + run.added_ms - run.elapsed_ms
            following = hards[i + 1] if i < last else None
            if following is None:  # the common case, without a call
                chain = start + (own if own > 0 else 0)
            else:
                chain = segment_end(segment, start, own, following)
            rows.append(
                _row(
                    i,
                    segment,
                    plan,
                    self.tz,
                    (start, chain),
                    (wall_of(run.started_mono), wall_of(run.left_mono)),
                    run.elapsed_ms,
                    run.added_ms,
                    False,
                )
            )
        return tuple(rows), chain
