"""What happened in a run: per-segment and per-cue actuals derived from recorded events.

Every number comes from the engine's own clocks as recorded in each event's before/after
snapshot (a segment's elapsed time excludes pauses), so the derivation survives undo,
going back to a segment and a crash-and-resume. Moments on the run's own timeline
(``run_ms``, used for chapters and pause totals) chain monotonic differences within one
process and fall back to wall differences across a restart (monotonic origins differ).

Reports show whole seconds. Every duration is cut to its whole seconds (``whole``) before
anything is added or subtracted, so the columns add up: actual − plan is the difference
shown, and the total is the sum of the rows shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from runofshow.core.durations import format_signed
from runofshow.core.model import SegmentKind

# The plan and the events live in run_plan (start-up needs them, not this module).
from runofshow.core.run_plan import ON_AIR as ON_AIR
from runofshow.core.run_plan import Plan as Plan
from runofshow.core.run_plan import PlannedCue as PlannedCue
from runofshow.core.run_plan import PlannedSegment as PlannedSegment
from runofshow.core.run_plan import RecordedEvent as RecordedEvent

_SECOND = 1000


def whole(ms: int) -> int:
    """``ms`` cut to whole seconds, as reports show durations (2:28 for 148.6 s)."""
    return ms // _SECOND * _SECOND


def whole_delta(actual_ms: int | None, planned_ms: int | None) -> int | None:
    """Actual − plan of the durations as shown: "5:00" and "2:28" differ by -2:32."""
    if actual_ms is None or planned_ms is None:
        return None
    return whole(actual_ms) - whole(planned_ms)


def run_times(events: Sequence[RecordedEvent]) -> list[int]:
    """Each event's time on the run's timeline, ms since the first event."""
    times: list[int] = []
    for i, event in enumerate(events):
        if i == 0:
            times.append(0)
            continue
        prev = events[i - 1]
        if event.boot == prev.boot:
            delta = event.mono_ms - prev.mono_ms
        else:
            delta = (event.wall - prev.wall) // timedelta(milliseconds=1)
        times.append(times[-1] + max(0, delta))
    return times


# ---------------------------------------------------------------- derived actuals


@dataclass(frozen=True)
class CueSplit:
    index: int
    title: str
    target_ms: int | None  # planned elapsed time for showing the card
    reached_ms: int | None  # segment elapsed when the card was first shown
    on_card_ms: int  # total time the card was up (segment clock, pauses excluded)
    planned_on_card_ms: int | None

    @property
    def delta_ms(self) -> int | None:
        if self.reached_ms is None:
            return None
        return whole_delta(self.on_card_ms, self.planned_on_card_ms)


@dataclass(frozen=True)
class SegmentActual:
    index: int  # position in the plan
    segment: PlannedSegment
    started: datetime | None  # wall time it (freshly) started; None if it never ran
    ended: datetime | None  # wall time it was last left; None if still on air at the end
    start_run_ms: int | None  # start on the run's timeline
    end_run_ms: int | None
    duration_ms: int | None  # elapsed on the segment's own clock (pauses excluded)
    added_ms: int
    pauses: int
    paused_ms: int
    cues: tuple[CueSplit, ...]

    @property
    def ran(self) -> bool:
        return self.duration_ms is not None

    @property
    def delta_ms(self) -> int | None:
        """Actual minus planned duration (+ = over), in the whole seconds shown."""
        return whole_delta(self.duration_ms, self.segment.duration_ms)


@dataclass(frozen=True)
class RunAnalysis:
    plan: Plan
    segments: tuple[SegmentActual, ...]
    events: tuple[RecordedEvent, ...]
    event_run_ms: tuple[int, ...]
    end_run_ms: int  # the last recorded event on the run's timeline

    @property
    def ran(self) -> tuple[SegmentActual, ...]:
        return tuple(s for s in self.segments if s.ran)

    @property
    def total_ms(self) -> int:
        """The sum of the segments' durations as shown (whole seconds)."""
        return sum(whole(s.duration_ms or 0) for s in self.segments)

    @property
    def planned_ms_of_ran(self) -> int:
        return sum(whole(s.segment.duration_ms) for s in self.ran)

    @property
    def total_delta_ms(self) -> int:
        """Over/under summed over the segments this run covered."""
        return self.total_ms - self.planned_ms_of_ran

    def actual(self, segment_id: str) -> SegmentActual | None:
        return next((s for s in self.segments if s.segment.id == segment_id), None)

    def durations(self) -> dict[str, int]:
        return {s.segment.id: s.duration_ms for s in self.segments if s.duration_ms is not None}


@dataclass
class _SegmentAcc:
    start_event: int | None = None
    end_event: int | None = None
    elapsed: int | None = None
    added: int = 0
    pauses: int = 0
    paused_ms: int = 0
    pause_open: int | None = None  # run_ms the open pause started
    cue_first: dict[int, int] = field(default_factory=dict)
    cue_on: dict[int, int] = field(default_factory=dict)
    cue_open: tuple[int, int] | None = None  # (cue index, elapsed when shown)

    def show_cue(self, cue: int | None, elapsed: int) -> None:
        if cue is None:
            return
        self.cue_first.setdefault(cue, elapsed)
        self.cue_open = (cue, elapsed)

    def hide_cue(self, elapsed: int) -> None:
        if self.cue_open is None:
            return
        cue, since = self.cue_open
        self.cue_on[cue] = self.cue_on.get(cue, 0) + max(0, elapsed - since)
        self.cue_open = None


def analyse(plan: Plan, events: Sequence[RecordedEvent]) -> RunAnalysis:
    """Per-segment and per-cue actuals of a run from its recorded events."""
    times = run_times(events)
    acc: dict[str, _SegmentAcc] = {}

    def of(segment_id: str) -> _SegmentAcc:
        return acc.setdefault(segment_id, _SegmentAcc())

    for i, e in enumerate(events):
        now = times[i]
        moved = e.before_segment_id != e.segment_id
        left = e.on_before and (not e.on_after or moved)
        entered = e.on_after and (not e.on_before or moved)
        if e.on_before:
            before = of(e.before_segment_id)
            before.elapsed = e.before_elapsed_ms
            before.added = e.before_added_ms
            was_paused = e.before_status == "paused"
            undone_pause = e.action == "undo" and e.args.get("undone") == "pause"
            if was_paused and undone_pause and before.pause_open is not None and not moved:
                before.pauses -= 1  # undo restores the anchor: the pause never happened
                before.pause_open = None
            if was_paused and before.pause_open is not None and (left or e.status != "paused"):
                before.paused_ms += now - before.pause_open
                before.pause_open = None
            if left:
                before.end_event = i
                before.hide_cue(e.before_elapsed_ms)
            elif e.cue_index != e.before_cue_index:
                before.hide_cue(e.before_elapsed_ms)
                before.show_cue(e.cue_index, e.elapsed_ms)
        if e.on_after:
            after = of(e.segment_id)
            if entered:
                if after.start_event is None or e.elapsed_ms == 0:
                    after.start_event = i  # a fresh start (an undone start is forgotten)
                    if e.elapsed_ms == 0:
                        after.cue_first.clear()
                        after.cue_on.clear()
                        after.pauses = after.paused_ms = 0
                after.end_event = None
                after.show_cue(e.cue_index, e.elapsed_ms)
            after.elapsed = e.elapsed_ms
            after.added = e.added_ms
            if e.status == "paused" and after.pause_open is None:
                after.pauses += 1
                after.pause_open = now
    end_run_ms = times[-1] if times else 0
    # Whatever is still open at the last event (a crash) counts up to that event.
    for item in acc.values():
        if item.cue_open is not None and item.elapsed is not None:
            item.hide_cue(item.elapsed)
        if item.pause_open is not None:
            item.paused_ms += end_run_ms - item.pause_open
            item.pause_open = None

    segments = []
    for index, planned in enumerate(_plan_with_unplanned(plan, events)):
        found = acc.get(planned.id)
        if found is None or found.start_event is None or found.elapsed is None:
            segments.append(
                SegmentActual(index, planned, None, None, None, None, None, 0, 0, 0, ())
            )
            continue
        item = found
        start_event = found.start_event
        start = events[start_event]
        end = events[item.end_event] if item.end_event is not None else None
        cues = tuple(
            CueSplit(
                index=c,
                title=cue.title,
                target_ms=cue.at_ms,
                reached_ms=item.cue_first.get(c),
                on_card_ms=item.cue_on.get(c, 0),
                planned_on_card_ms=planned.planned_on_card_ms(c),
            )
            for c, cue in enumerate(planned.cues)
        )
        segments.append(
            SegmentActual(
                index=index,
                segment=planned,
                started=start.wall,
                ended=end.wall if end is not None else None,
                start_run_ms=times[start_event],
                end_run_ms=times[item.end_event] if item.end_event is not None else None,
                duration_ms=item.elapsed,
                added_ms=item.added,
                pauses=item.pauses,
                paused_ms=item.paused_ms,
                cues=cues,
            )
        )
    return RunAnalysis(plan, tuple(segments), tuple(events), tuple(times), end_run_ms)


def _plan_with_unplanned(plan: Plan, events: Sequence[RecordedEvent]) -> list[PlannedSegment]:
    """The plan's segments, plus any segment the events name that the plan does not know."""
    segments = list(plan.segments)
    known = {s.id for s in segments}
    for e in events:
        for seg_id in (e.before_segment_id, e.segment_id):
            if seg_id and seg_id not in known:
                known.add(seg_id)
                segments.append(PlannedSegment(seg_id, SegmentKind.OTHER.value, seg_id, 0))
    return segments


# ---------------------------------------------------------------- comparisons


@dataclass(frozen=True)
class ProjectedStart:
    """When a later segment (the panel) starts if earlier ones take what they took."""

    segment: PlannedSegment
    planned: datetime
    projected: tuple[datetime | None, ...]  # per run; None if the run covered nothing before

    def delta_ms(self, run: int) -> int | None:
        """Projected − planned, of the times of day as shown (whole seconds)."""
        value = self.projected[run]
        if value is None:
            return None
        shown = value.replace(microsecond=0) - self.planned.replace(microsecond=0)
        return shown // timedelta(milliseconds=1)


def planned_starts(plan: Plan) -> list[datetime]:
    """Planned start of every segment: chained durations, waiting for hard starts."""
    starts: list[datetime] = []
    chain = plan.starts_at
    for segment in plan.segments:
        hard = segment.hard_start
        start = hard if hard is not None and (not starts or hard > chain) else chain
        starts.append(start)
        chain = start + timedelta(milliseconds=segment.duration_ms)
    return starts


def _projected_end(
    segment: PlannedSegment, start: datetime, length_ms: int, ran: bool, hard: datetime | None
) -> datetime:
    """When a segment ends: as it actually ran, or (not run) by the plan's hard-start rules:
    never past the hard start after it, a break stretched to it."""
    end = start + timedelta(milliseconds=length_ms)
    if ran or hard is None:
        return end
    if end > hard:
        return max(hard, start)
    return hard if segment.kind == SegmentKind.BREAK.value else end


def projected_start(
    plan: Plan, runs: Sequence[RunAnalysis], kind: str = SegmentKind.PANEL.value
) -> ProjectedStart | None:
    """When the first segment of ``kind`` starts if the segments before it take what they
    took in each run (planned durations where a run did not cover them), hard starts kept:
    the show waits for each. None when the plan has no such segment."""
    target = next((i for i, s in enumerate(plan.segments) if s.kind == kind), None)
    if target is None:
        return None
    before = plan.segments[:target]
    planned = planned_starts(plan)[target]
    projected: list[datetime | None] = []
    for run in runs:
        durations = run.durations()
        if not any(s.id in durations for s in before):
            projected.append(None)
            continue
        chain = plan.starts_at
        for index, segment in enumerate(plan.segments[: target + 1]):
            hard = segment.hard_start
            start = hard if hard is not None and (index == 0 or hard > chain) else chain
            if index == target:
                chain = start
                break
            ran = segment.id in durations
            length = whole(durations[segment.id]) if ran else segment.duration_ms
            chain = _projected_end(segment, start, length, ran, plan.segments[index + 1].hard_start)
        projected.append(chain)
    return ProjectedStart(
        plan.segments[target],
        planned.astimezone(plan.tz),
        tuple(None if p is None else p.astimezone(plan.tz) for p in projected),
    )


@dataclass(frozen=True)
class ComparisonRow:
    segment: PlannedSegment
    planned_ms: int
    actual_ms: tuple[int | None, ...]  # per run

    def delta_ms(self, run: int) -> int | None:
        return whole_delta(self.actual_ms[run], self.planned_ms)


@dataclass(frozen=True)
class CueRow:
    segment: PlannedSegment
    cue_index: int
    title: str
    planned_ms: int | None  # planned time on the card
    actual_ms: tuple[int | None, ...]

    def delta_ms(self, run: int) -> int | None:
        return whole_delta(self.actual_ms[run], self.planned_ms)


@dataclass(frozen=True)
class Comparison:
    """Plan against one or more runs, side by side."""

    plan: Plan
    labels: tuple[str, ...]
    runs: tuple[RunAnalysis, ...]
    rows: tuple[ComparisonRow, ...]
    cue_rows: tuple[CueRow, ...]
    projected: ProjectedStart | None

    @property
    def planned_total_ms(self) -> int:
        return sum(whole(s.duration_ms) for s in self.plan.segments)

    def total_ms(self, run: int) -> int:
        """The sum of the run's durations as shown (whole seconds)."""
        return sum(whole(r.actual_ms[run] or 0) for r in self.rows)

    def total_delta_ms(self, run: int) -> int:
        """Over/under summed over the segments the run covered."""
        return sum(d for r in self.rows if (d := r.delta_ms(run)) is not None)


def compare(plan: Plan, runs: Sequence[tuple[str, RunAnalysis]]) -> Comparison:
    """Rows are the plan's segments (matched by id); columns the runs, in the given order."""
    analyses = tuple(a for _, a in runs)
    rows = []
    cue_rows = []
    for segment in plan.segments:
        actuals = [a.actual(segment.id) for a in analyses]
        rows.append(
            ComparisonRow(
                segment,
                segment.duration_ms,
                tuple(None if x is None else x.duration_ms for x in actuals),
            )
        )
        for c, cue in enumerate(segment.cues):
            per_run: list[int | None] = []
            for x in actuals:
                split = x.cues[c] if x is not None and c < len(x.cues) else None
                ran = split is not None and split.reached_ms is not None
                per_run.append(split.on_card_ms if ran and split is not None else None)
            cue_rows.append(
                CueRow(segment, c, cue.title, segment.planned_on_card_ms(c), tuple(per_run))
            )
    return Comparison(
        plan=plan,
        labels=tuple(label for label, _ in runs),
        runs=analyses,
        rows=tuple(rows),
        cue_rows=tuple(cue_rows),
        projected=projected_start(plan, analyses),
    )


def signed(ms: int | None) -> str:
    """Over/under text for reports: "+1:12", "-0:40", "±0:00", "" when unknown."""
    return "" if ms is None else format_signed(ms)


# ---------------------------------------------------------------- the action log


def describe(event: RecordedEvent) -> str:
    """A short English detail for the action log ("+1:00", "→ talk-dev-env", "card 3")."""
    args = dict(event.args)
    if event.action == "add_time" and isinstance(args.get("ms"), int):
        return format_signed(int(args["ms"]))
    if event.action == "goto" and "segment_id" in args:
        return f"→ {args['segment_id']}"
    if event.action == "message":
        text = str(args.get("text", ""))
        return f"“{text}”" if text else "cleared"
    if event.action == "blackout":
        return "on" if args.get("on") else "off"
    if event.action in ("next_cue", "previous_cue") and event.cue_index is not None:
        return f"card {event.cue_index + 1}"
    if event.before_segment_id != event.segment_id:
        return f"→ {event.segment_id}"
    return ", ".join(f"{k}={v}" for k, v in args.items())
