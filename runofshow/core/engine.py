"""The show clock engine: operator actions in, immutable snapshots out. Qt-free.

Time is never counted in ticks. Each segment keeps the sum of its closed running
intervals; the running one adds ``now_mono - anchor_mono``. Durations therefore come
only from the monotonic clock, and a wall-clock step (NTP, DST, someone setting the
time) changes no countdown. Times of day come from the wall clock as it reads now:
a moment stored as monotonic ``m`` is shown as ``wall_now - (mono_now - m)``.

Every action reads the clocks once, computes a new immutable state (or refuses and
changes nothing), pushes the old state on the undo stack and notifies subscribers
synchronously before returning, so a journal subscriber has it on disk by then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import NamedTuple

from runofshow.core.clock import Clocks
from runofshow.core.durations import ms_until_shown_change
from runofshow.core.engine_state import (
    UNDO_LEVELS,
    EngineState,
    LiveState,
    UndoEntry,
    adapt_to_show,
    fresh_live,
)
from runofshow.core.model import Segment, SegmentKind, Show, Thresholds
from runofshow.core.rehearsal import shifted_show
from runofshow.core.schedule import (
    Plan,
    Projector,
    elapsed_ms,
    epoch_ms,
    from_epoch_ms,
    plan_schedule,
)
from runofshow.core.snapshot import (
    CuePosition,
    Fit,
    HardStart,
    Message,
    Pace,
    Phase,
    Snapshot,
    Status,
)

FLASH_MS = 3_000  # a flash message flashes for this long after it is set
FAR_MS = 12 * 3_600_000  # a plan further than this from now shows its date, not an offset
EARLY_MS = 60_000  # moving into a hard-start segment sooner than this before its time asks
ON_AIR = (Status.RUNNING, Status.PAUSED)


class _View(NamedTuple):
    """The show as the engine runs it (moved by the live state's plan shift) and its plan."""

    show: Show
    plan: Plan
    projector: Projector


@dataclass(frozen=True)
class ActionResult:
    ok: bool
    action: str
    refusal: str | None  # stable code when refused
    message: str  # English, human readable


@dataclass(frozen=True)
class EngineEvent:
    """Passed to subscribers after every accepted action."""

    action: str
    args: dict[str, object]
    mono_ms: int
    wall: datetime
    before: Snapshot
    after: Snapshot


class Refused(Exception):
    """Raised inside an action to refuse it; nothing has changed at that point."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def phase_for(remaining_ms: int, thresholds: Thresholds) -> Phase:
    """Boundaries are inclusive at the threshold: exactly 2:00 left with a 2:00 warning
    threshold is WARNING, exactly 0 left is DANGER, and OVERTIME starts at -1 ms."""
    if remaining_ms < 0:
        return Phase.OVERTIME
    if remaining_ms <= thresholds.danger_ms:
        return Phase.DANGER
    if remaining_ms <= thresholds.warning_ms:
        return Phase.WARNING
    return Phase.NORMAL


def _progress(elapsed: int, planned: int, phase: Phase) -> float:
    if phase is Phase.HOLD or planned <= 0:
        return 1.0
    return min(max(elapsed / planned, 0.0), 1.0)


def cue_position(segment: Segment, cue_index: int, elapsed: int) -> CuePosition | None:
    """Where the speaker is in the cue cards, and whether they are ahead or behind."""
    if not segment.cues:
        return None
    index = min(max(cue_index, 0), len(segment.cues) - 1)
    cue = segment.cues[index]
    nxt = segment.cues[index + 1] if index + 1 < len(segment.cues) else None
    next_at = nxt.at_ms if nxt is not None else None
    if cue.at_ms is None and next_at is None:
        pace, pace_ms = Pace.NONE, 0
    elif cue.at_ms is not None and elapsed < cue.at_ms:
        pace, pace_ms = Pace.AHEAD, cue.at_ms - elapsed
    elif next_at is not None and elapsed > next_at:
        pace, pace_ms = Pace.BEHIND, elapsed - next_at
    else:
        pace, pace_ms = Pace.ON_PACE, 0
    return CuePosition(
        index=index, count=len(segment.cues), cue=cue, next_cue=nxt, pace=pace, pace_ms=pace_ms
    )


class Engine:
    """The show clock. See the module docstring and the README, The show clock."""

    def __init__(
        self,
        show: Show,
        clocks: Clocks,
        *,
        rehearsal: bool = False,
        state: EngineState | None = None,
    ) -> None:
        if not show.segments:
            raise ValueError("a show needs at least one segment")
        self._clocks = clocks
        self._rehearsal = rehearsal
        self._subscribers: list[Callable[[EngineEvent], None]] = []
        self._views: dict[int, _View] = {}
        self._base = show
        if state is None:
            self._state = EngineState.fresh(show)
        else:
            self._state, _notes = adapt_to_show(state, show, clocks.monotonic_ms(), clocks.wall())

    # ------------------------------------------------------------ properties

    @property
    def show(self) -> Show:
        """The show as it runs: as given, or moved to start when the operator went live
        (``start(plan="shift")``, undone with the start)."""
        return self._show

    @property
    def base_show(self) -> Show:
        """The show as given (before any plan shift)."""
        return self._base

    @property
    def _show(self) -> Show:
        return self._view(self._state.live.plan_shift_ms).show

    @property
    def _plan(self) -> Plan:
        return self._view(self._state.live.plan_shift_ms).plan

    def _view(self, shift_ms: int) -> _View:
        view = self._views.get(shift_ms)
        if view is None:
            show = self._base
            if shift_ms:
                show = shifted_show(show, show.starts_at + timedelta(milliseconds=shift_ms))
            plan = plan_schedule(show)
            if len(self._views) > 4:
                self._views.clear()
            view = self._views[shift_ms] = _View(show, plan, Projector(show, plan))
        return view

    @property
    def rehearsal(self) -> bool:
        return self._rehearsal

    @property
    def clocks(self) -> Clocks:
        return self._clocks

    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def can_undo(self) -> bool:
        return bool(self._state.undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._state.redo)

    @property
    def undo_label(self) -> str | None:
        return self._state.undo[-1].label if self._state.undo else None

    @property
    def redo_label(self) -> str | None:
        return self._state.redo[-1].label if self._state.redo else None

    def state(self) -> EngineState:
        return self._state

    def restore(self, state: EngineState, *, rehearsal: bool | None = None) -> list[str]:
        """Replace the whole state (crash resume). Not an action: no undo entry, no event.

        Returns notes on what did not match the current show."""
        self._state, notes = adapt_to_show(
            state, self._base, self._clocks.monotonic_ms(), self._clocks.wall()
        )
        if rehearsal is not None:
            self._rehearsal = rehearsal
        return notes

    def subscribe(self, fn: Callable[[EngineEvent], None]) -> Callable[[], None]:
        """Call ``fn`` synchronously after every accepted action; returns an unsubscribe."""
        self._subscribers.append(fn)

        def unsubscribe() -> None:
            if fn in self._subscribers:
                self._subscribers.remove(fn)

        return unsubscribe

    def replace_show(self, show: Show) -> list[str]:
        """Hot reload: keep clocks of segments whose id still exists. Returns English notes."""
        if not show.segments:
            raise ValueError("a show needs at least one segment")
        mono, wall = self._clocks.monotonic_ms(), self._clocks.wall()
        state, notes = adapt_to_show(self._state, show, mono, wall)
        self._base = show
        self._views.clear()
        self._state = state
        return notes

    # ------------------------------------------------------------ snapshots

    def snapshot(self) -> Snapshot:
        return self.snapshot_at(self._clocks.monotonic_ms(), self._clocks.wall())

    def snapshot_at(self, mono: int, wall: datetime) -> Snapshot:
        """The snapshot for the current state at the given clock readings (pure)."""
        live = self._state.live
        view = self._view(live.plan_shift_ms)
        show, plan = view.show, view.plan
        cur = plan.index[live.current_id]
        segment = show.segments[cur]
        run = live.run(segment.id)
        elapsed = elapsed_ms(live, segment.id, mono)
        planned = segment.duration_ms + run.added_ms
        own_remaining = planned - elapsed
        now_ms = epoch_ms(wall)
        far = self._far(live, plan, cur, now_ms - mono, now_ms)
        hard = None
        if not far and live.status is not Status.ENDED:
            hard = self._hard_start(view, cur, live.status, own_remaining, now_ms)
        remaining = own_remaining
        if hard is not None and hard.pinned:
            remaining = hard.in_ms
            if hard.fit is not Fit.HOLD:
                planned = elapsed + max(remaining, 0)
        if hard is not None and hard.fit is Fit.HOLD:
            phase = Phase.HOLD
        else:
            phase = phase_for(remaining, segment.thresholds)
        projection = view.projector.project(live, mono, wall, remaining, far)
        until_start = plan.show_start_ms - now_ms
        flashing = (
            live.message is not None
            and live.message.flash
            and live.message_mono is not None
            and 0 <= mono - live.message_mono < FLASH_MS
        )
        cue = cue_position(segment, run.cue_index, elapsed)
        counting = live.status is Status.RUNNING or (
            live.status is Status.PAUSED and hard is not None and hard.pinned
        )
        return Snapshot(
            status=live.status,
            rehearsal=self._rehearsal,
            index=cur,
            segment=segment,
            next_segment=show.segments[cur + 1] if cur + 1 < len(show.segments) else None,
            elapsed_ms=elapsed,
            remaining_ms=remaining,
            planned_ms=planned,
            added_ms=run.added_ms,
            overtime_ms=max(0, -remaining),
            phase=phase,
            progress=_progress(elapsed, planned, phase),
            actual_start=projection.rows[cur].actual_start,
            cue=cue,
            schedule=projection.rows,
            offset_ms=projection.offset_ms,
            until_start_ms=until_start,
            planned_show_end=plan.ends[-1],
            projected_show_end=projection.projected_show_end,
            now=wall.astimezone(show.tz),
            message=live.message,
            message_flashing=flashing,
            blackout=live.blackout,
            next_change_ms=self._next_change(
                live, segment, elapsed, remaining, until_start, mono, wall, flashing,
                counting, hard, own_remaining,
            ),
            hard_start=hard,
            far=far,
        )  # fmt: skip

    @staticmethod
    def _far(live: LiveState, plan: Plan, cur: int, skew: int, now_ms: int) -> bool:
        """More than 12 hours between the plan and now (standby), or between the plan and
        when the run really started: a show opened days before or after its date."""
        if live.status is Status.STANDBY:
            return abs(plan.start_ms[cur] - now_ms) > FAR_MS
        first = live.visits[0] if live.visits else live.current_id
        started = live.run(first).started_mono
        index = plan.index.get(first)
        if started is None or index is None:
            return False
        return abs(started + skew - plan.start_ms[index]) > FAR_MS

    @staticmethod
    def _hard_start(
        view: _View, cur: int, status: Status, own_remaining: int, now_ms: int
    ) -> HardStart | None:
        """The next hard start after segment ``cur``, and how ``cur`` meets it."""
        plan, segments = view.plan, view.show.segments
        index = plan.next_hard[cur]
        if index is None:
            return None
        at = plan.hard_ms[index]
        assert at is not None
        fit, due = Fit.NONE, False
        if index == cur + 1 and status in ON_AIR:
            if now_ms + max(own_remaining, 0) > at:
                fit = Fit.SQUEEZED
            elif segments[cur].kind is SegmentKind.BREAK:
                fit = Fit.STRETCHED
            elif own_remaining < 0:
                fit = Fit.HOLD
            else:
                fit = Fit.ON_TIME
            due = at <= now_ms
        return HardStart(
            index=index,
            segment=segments[index],
            at=from_epoch_ms(at, view.show.tz),
            in_ms=at - now_ms,
            fit=fit,
            due=due,
        )

    @staticmethod
    def _next_change(
        live: LiveState,
        segment: Segment,
        elapsed: int,
        remaining: int,
        until_start: int,
        mono: int,
        wall: datetime,
        flashing: bool,
        counting: bool,
        hard: HardStart | None,
        own_remaining: int,
    ) -> int:
        """Milliseconds until anything shown changes (a whole second, a phase, the flash,
        a hard start).

        While a segment runs, the time-of-day display flips with the countdown's second
        (``durations.shown_time``), so a running show wakes the displays once a second,
        not twice; otherwise the wall clock's second is the displayed one."""
        running = live.status is Status.RUNNING
        candidates = [] if running else [1000 - wall.microsecond // 1000]
        if counting:
            candidates.append(ms_until_shown_change(remaining))
            if hard is None or hard.fit is not Fit.HOLD:
                for boundary in (segment.thresholds.warning_ms, segment.thresholds.danger_ms):
                    if remaining > boundary:
                        candidates.append(remaining - boundary)
            if remaining >= 0:
                candidates.append(remaining + 1)
        if running:
            candidates.append(1000 - elapsed % 1000)
            if hard is not None and hard.fit is Fit.ON_TIME and own_remaining >= 0:
                candidates.append(own_remaining + 1)  # the hold begins
            for cue in segment.cues:
                if cue.at_ms is not None and elapsed <= cue.at_ms:
                    candidates.append(cue.at_ms - elapsed + (1 if cue.at_ms == elapsed else 0))
        elif live.status is Status.PAUSED and hard is not None:
            if hard.fit in (Fit.ON_TIME, Fit.STRETCHED):  # paused, the hard start comes closer
                left = hard.in_ms - max(own_remaining, 0)
                if left >= 0:
                    candidates.append(left + 1)
        elif live.status is Status.STANDBY:
            candidates.append(ms_until_shown_change(until_start))
        if hard is not None and hard.in_ms >= 0 and live.status in ON_AIR:
            candidates.append(hard.in_ms + 1)  # the hard start is due
        if flashing and live.message_mono is not None:
            candidates.append(FLASH_MS - (mono - live.message_mono))
        return max(1, min(candidates))

    # ------------------------------------------------------------ questions

    @property
    def far(self) -> bool:
        """The plan is more than 12 hours from now (see ``Snapshot.far``)."""
        live = self._state.live
        plan = self._plan
        mono, now_ms = self._clocks.monotonic_ms(), epoch_ms(self._clocks.wall())
        return self._far(live, plan, plan.index[live.current_id], now_ms - mono, now_ms)

    def early_hard_start(self, segment_id: str) -> HardStart | None:
        """The hard start of ``segment_id`` if moving into it now would be more than a
        minute early (None: it has none, it is close, or the show is far from its plan)."""
        index = self._plan.index.get(segment_id)
        if index is None or self.far:
            return None
        at = self._plan.hard_ms[index]
        now_ms = epoch_ms(self._clocks.wall())
        if at is None or at - now_ms <= EARLY_MS:
            return None
        segment = self._show.segments[index]
        return HardStart(
            index, segment, from_epoch_ms(at, self._show.tz), at - now_ms, Fit.NONE, False
        )

    # ------------------------------------------------------------ action plumbing

    def _act(
        self,
        action: str,
        args: dict[str, object],
        change: Callable[[LiveState, int, datetime], tuple[LiveState, str]],
    ) -> ActionResult:
        mono, wall = self._clocks.monotonic_ms(), self._clocks.wall()
        old = self._state
        try:
            new_live, message = change(old.live, mono, wall)
        except Refused as refusal:
            return ActionResult(False, action, refusal.code, refusal.message)
        undo = (*old.undo, UndoEntry(action, old.live))[-UNDO_LEVELS:]
        return self._commit(action, args, EngineState(new_live, undo, ()), mono, wall, message)

    def _commit(
        self,
        action: str,
        args: dict[str, object],
        new_state: EngineState,
        mono: int,
        wall: datetime,
        message: str,
    ) -> ActionResult:
        before = self.snapshot_at(mono, wall)
        self._state = new_state
        after = self.snapshot_at(mono, wall)
        event = EngineEvent(action, args, mono, wall, before, after)
        for fn in list(self._subscribers):
            fn(event)
        return ActionResult(True, action, None, message)

    def _index(self, live: LiveState) -> int:
        return self._plan.index[live.current_id]

    def _segment(self, live: LiveState) -> Segment:
        return self._show.segments[self._index(live)]

    @staticmethod
    def _close_interval(live: LiveState, mono: int) -> LiveState:
        """Fold the open running interval into the current segment's elapsed time."""
        if live.status is not Status.RUNNING or live.anchor_mono is None:
            return live
        run = live.run(live.current_id)
        live = live.with_run(
            live.current_id, replace(run, elapsed_ms=run.elapsed_ms + mono - live.anchor_mono)
        )
        return replace(live, anchor_mono=None, anchor_wall=None)

    @staticmethod
    def _open_interval(live: LiveState, mono: int, wall: datetime) -> LiveState:
        """Run the current segment from now on; record its first start."""
        run = live.run(live.current_id)
        if run.started_mono is None:
            run = replace(run, started_mono=mono, started_wall=wall)
            live = live.with_run(live.current_id, run)
        visits = live.visits if live.current_id in live.visits else (*live.visits, live.current_id)
        return replace(
            live, status=Status.RUNNING, anchor_mono=mono, anchor_wall=wall, visits=visits
        )

    def _switch(self, live: LiveState, target: int, mono: int, wall: datetime) -> LiveState:
        """Leave the current segment now and run ``target`` from its own elapsed time."""
        live = self._close_interval(live, mono)
        run = live.run(live.current_id)
        live = live.with_run(live.current_id, replace(run, left_mono=mono, left_wall=wall))
        live = replace(live, current_id=self._show.segments[target].id)
        return self._open_interval(live, mono, wall)

    @staticmethod
    def _refuse_if_ended(live: LiveState, what: str) -> None:
        if live.status is Status.ENDED:
            raise Refused("show_ended", f"Cannot {what}: the show has ended. Reset or undo first.")

    # ------------------------------------------------------------ actions

    def start(self, *, plan: str | None = None) -> ActionResult:
        """Go on air. ``plan``: what to do with a plan for another day, recorded with the
        action: "shift" moves the plan so the current segment is planned to start now
        (undoing the start moves it back), "as_planned" keeps it."""
        shift = plan == "shift"

        def change(live: LiveState, mono: int, wall: datetime) -> tuple[LiveState, str]:
            if live.status is Status.ENDED:
                raise Refused("show_ended", "Cannot start: the show has ended. Reset it first.")
            if live.status is not Status.STANDBY:
                raise Refused("already_started", "Cannot start: the show is already on.")
            title = self._segment(live).title
            message = f"Started: {title}."
            if shift:
                plan = self._view(live.plan_shift_ms).plan
                now = epoch_ms(wall) // 1000 * 1000  # planned times stay on whole seconds
                moved = now - plan.start_ms[plan.index[live.current_id]]
                live = replace(live, plan_shift_ms=live.plan_shift_ms + moved)
                message = f"Started: {title} (the plan now starts at this moment)."
            return self._open_interval(live, mono, wall), message

        return self._act("start", {"plan": plan} if plan else {}, change)

    def pause(self) -> ActionResult:
        def change(live: LiveState, mono: int, wall: datetime) -> tuple[LiveState, str]:
            if live.status is not Status.RUNNING:
                raise Refused("not_running", "Cannot pause: the show is not running.")
            return replace(self._close_interval(live, mono), status=Status.PAUSED), "Paused."

        return self._act("pause", {}, change)

    def resume(self) -> ActionResult:
        def change(live: LiveState, mono: int, wall: datetime) -> tuple[LiveState, str]:
            if live.status is not Status.PAUSED:
                raise Refused("not_paused", "Cannot resume: the show is not paused.")
            return self._open_interval(live, mono, wall), "Resumed."

        return self._act("resume", {}, change)

    def toggle(self, *, plan: str | None = None) -> ActionResult:
        """The GO key: standby -> start (``plan`` as for start), running -> pause,
        paused -> resume."""
        status = self._state.live.status
        if status is Status.RUNNING:
            return self.pause()
        if status is Status.PAUSED:
            return self.resume()
        return self.start(plan=plan)

    def next(self) -> ActionResult:
        def change(live: LiveState, mono: int, wall: datetime) -> tuple[LiveState, str]:
            self._refuse_if_ended(live, "go to the next segment")
            if live.status is Status.STANDBY:
                raise Refused("not_started", "Cannot go to the next segment: start the show first.")
            index = self._index(live)
            if index + 1 >= len(self._show.segments):
                raise Refused(
                    "no_next_segment", "This is the last segment; use End show to finish."
                )
            target = self._show.segments[index + 1]
            return self._switch(live, index + 1, mono, wall), f"Next: {target.title}."

        return self._act("next", {}, change)

    def previous(self) -> ActionResult:
        def change(live: LiveState, mono: int, wall: datetime) -> tuple[LiveState, str]:
            self._refuse_if_ended(live, "go back")
            if live.status is Status.STANDBY:
                raise Refused("not_started", "Cannot go back: the show has not started.")
            index = self._index(live)
            if index == 0:
                raise Refused("no_previous_segment", "This is the first segment.")
            target = self._show.segments[index - 1]
            return self._switch(live, index - 1, mono, wall), f"Back to: {target.title}."

        return self._act("previous", {}, change)

    def goto(self, segment_id: str) -> ActionResult:
        """Jump to a segment. In standby it only selects where the show will start."""

        def change(live: LiveState, mono: int, wall: datetime) -> tuple[LiveState, str]:
            self._refuse_if_ended(live, "jump to a segment")
            target = self._plan.index.get(segment_id)
            if target is None:
                raise Refused("unknown_segment", f"There is no segment '{segment_id}'.")
            if segment_id == live.current_id:
                raise Refused("already_current", "That segment is already the current one.")
            title = self._show.segments[target].title
            if live.status is Status.STANDBY:
                return replace(live, current_id=segment_id), f"The show will start at: {title}."
            return self._switch(live, target, mono, wall), f"Jumped to: {title}."

        return self._act("goto", {"segment_id": segment_id}, change)

    def add_time(self, ms: int) -> ActionResult:
        """Add ``ms`` to the current segment; negative removes (never down to zero or less)."""

        def change(live: LiveState, mono: int, wall: datetime) -> tuple[LiveState, str]:
            self._refuse_if_ended(live, "change the time")
            if ms == 0:
                raise Refused("zero_time", "Nothing to add: the amount is zero.")
            segment = self._segment(live)
            self._refuse_if_pinned(live, segment, ms, mono, wall)
            run = live.run(segment.id)
            if segment.duration_ms + run.added_ms + ms <= 0:
                raise Refused(
                    "would_remove_all_time",
                    "Cannot remove that much: the segment would have no time left at all.",
                )
            live = live.with_run(segment.id, replace(run, added_ms=run.added_ms + ms))
            verb = "Added" if ms > 0 else "Removed"
            return live, f"{verb} {abs(ms) // 1000} s."

        return self._act("add_time", {"ms": ms}, change)

    def _refuse_if_pinned(
        self, live: LiveState, segment: Segment, ms: int, mono: int, wall: datetime
    ) -> None:
        """On air, a break before a hard start ends at it whatever its time, and so does a
        segment squeezed by one: more time would change nothing."""
        if live.status not in ON_AIR:
            return
        hard = self.snapshot_at(mono, wall).hard_start
        if hard is None or hard.fit is Fit.NONE:
            return
        if segment.kind is SegmentKind.BREAK or (hard.fit is Fit.SQUEEZED and ms > 0):
            raise Refused(
                "hard_start_fixed",
                f"This segment ends at the hard start ({hard.at:%H:%M}); "
                "changing its time changes nothing.",
            )

    def _move_cue(self, step: int) -> ActionResult:
        action = "next_cue" if step > 0 else "previous_cue"

        def change(live: LiveState, mono: int, wall: datetime) -> tuple[LiveState, str]:
            self._refuse_if_ended(live, "change the cue card")
            segment = self._segment(live)
            if not segment.cues:
                raise Refused("no_cues", "This segment has no cue cards.")
            run = live.run(segment.id)
            target = run.cue_index + step
            if target >= len(segment.cues):
                raise Refused("no_next_cue", "This is the last cue card.")
            if target < 0:
                raise Refused("no_previous_cue", "This is the first cue card.")
            live = live.with_run(segment.id, replace(run, cue_index=target))
            return live, f"Cue {target + 1}/{len(segment.cues)}: {segment.cues[target].title}."

        return self._act(action, {}, change)

    def next_cue(self) -> ActionResult:
        return self._move_cue(+1)

    def previous_cue(self) -> ActionResult:
        return self._move_cue(-1)

    def end_show(self) -> ActionResult:
        def change(live: LiveState, mono: int, wall: datetime) -> tuple[LiveState, str]:
            self._refuse_if_ended(live, "end the show")
            if live.status is Status.STANDBY:
                raise Refused("not_started", "Cannot end the show: it has not started.")
            live = self._close_interval(live, mono)
            run = live.run(live.current_id)
            live = live.with_run(live.current_id, replace(run, left_mono=mono, left_wall=wall))
            return replace(live, status=Status.ENDED, ended_mono=mono, ended_wall=wall), "Ended."

        return self._act("end", {}, change)

    def reset(self) -> ActionResult:
        """Back to standby with fresh clocks, no message, no blackout (undo brings it back)."""

        def change(live: LiveState, mono: int, wall: datetime) -> tuple[LiveState, str]:
            fresh = fresh_live(self._show)
            if live == fresh:
                raise Refused("nothing_to_reset", "Nothing to reset: the show is in standby.")
            return fresh, "Reset to standby."

        return self._act("reset", {}, change)

    def set_message(self, text: str, flash: bool = False) -> ActionResult:
        """Show ``text`` to the speaker (empty clears); ``flash`` makes it flash for 3 s."""
        text = text.strip()

        def change(live: LiveState, mono: int, wall: datetime) -> tuple[LiveState, str]:
            if not text:
                if live.message is None:
                    raise Refused("no_message", "There is no message to clear.")
                return replace(live, message=None, message_mono=None), "Message cleared."
            current = live.message
            if current is not None and current.text == text and not flash and not current.flash:
                raise Refused("unchanged", "That message is already shown.")
            message = Message(text=text, flash=flash, set_at=wall.astimezone(self._show.tz))
            return replace(live, message=message, message_mono=mono), "Message shown."

        return self._act("message", {"text": text, "flash": flash}, change)

    def set_blackout(self, on: bool) -> ActionResult:
        def change(live: LiveState, mono: int, wall: datetime) -> tuple[LiveState, str]:
            if live.blackout == on:
                state = "on" if on else "off"
                raise Refused("unchanged", f"Blackout is already {state}.")
            return replace(live, blackout=on), "Blackout on." if on else "Blackout off."

        return self._act("blackout", {"on": on}, change)

    def undo(self) -> ActionResult:
        """Restore the live state from before the last action, anchors included."""
        if not self._state.undo:
            return ActionResult(False, "undo", "nothing_to_undo", "Nothing to undo.")
        mono, wall = self._clocks.monotonic_ms(), self._clocks.wall()
        old = self._state
        entry = old.undo[-1]
        redo = (*old.redo, UndoEntry(entry.label, old.live))[-UNDO_LEVELS:]
        new = EngineState(entry.state, old.undo[:-1], redo)
        return self._commit(
            "undo", {"undone": entry.label}, new, mono, wall, f"Undid {entry.label}."
        )

    def redo(self) -> ActionResult:
        if not self._state.redo:
            return ActionResult(False, "redo", "nothing_to_redo", "Nothing to redo.")
        mono, wall = self._clocks.monotonic_ms(), self._clocks.wall()
        old = self._state
        entry = old.redo[-1]
        undo = (*old.undo, UndoEntry(entry.label, old.live))[-UNDO_LEVELS:]
        new = EngineState(entry.state, undo, old.redo[:-1])
        return self._commit(
            "redo", {"redone": entry.label}, new, mono, wall, f"Redid {entry.label}."
        )
