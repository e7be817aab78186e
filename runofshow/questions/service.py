"""The question queue as a session service: its commands and query in the one table, its
part of the state document, its files, its rows in the run history.

Each engine (live, rehearsal, one segment rehearsed alone) has its own queue file, so what
a rehearsal marks never reaches the live show. A queue starts from the seed (the show
file's prepared questions, then the imported ones) and follows it while the show file or
the import changes. A run adopts the queue it finds (the operator may have reordered it or
added questions before the start); a queue that already served a run starts again from the
seed for the next one, and a reset starts it again at once (the queue's undo brings it back).

The queue has its own undo and redo: the console's Ctrl+Z keeps undoing the clock only, so
an operator's undo never reverts the moderator's "answered". Every change is on disk
before the command returns; a write that fails is reported (the outcome is not durable)
and retried until it succeeds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from runofshow.app.commands import Command, Query
from runofshow.app.events import (
    ActionApplied,
    EngineStarted,
    EngineStopping,
    RunStarted,
    SessionEvent,
    ShowReloaded,
    SnapshotChanged,
)
from runofshow.app.reload import ShowFileWatcher
from runofshow.app.runs_service import RunRecorderService
from runofshow.app.scheduler import Handle
from runofshow.app.service import Service
from runofshow.core.engine import ActionResult, Refused
from runofshow.core.history_log import QuestionEvent
from runofshow.core.model import SegmentKind, Show
from runofshow.core.rules_questions import question_key
from runofshow.core.snapshot import Status as ClockStatus
from runofshow.questions.commands import question_commands, question_queries
from runofshow.questions.model import (
    Now,
    Question,
    Queue,
    QueueState,
    Source,
    Status,
    Step,
    seed,
)
from runofshow.questions.store import (
    QueueFile,
    StoreError,
    bank_path,
    load_bank,
    merged,
    queue_path,
    save_bank,
)

RESEED = "reseed"  # the step that starts a queue again from the seed
NEXT_SHOWN = 3  # queued questions in the state document's "next"
RETRY_MS = 2_000
CURRENT = "current"  # the id that names the question on air now


class QuestionService(Service):
    name = "questions"

    def __init__(self, runs: RunRecorderService | None = None) -> None:
        self._runs = runs
        self.state = QueueState()
        self.revision = 0  # +1 on every change of the queue (the pages follow it)
        self.error: str | None = None  # why the last save failed
        self.notice: str | None = None  # a file that could not be used (until the next engine)
        self._file: QueueFile | None = None
        self._bank_path: Path | None = None
        self._bank: tuple[Question, ...] = ()
        self._show: Show | None = None  # as the file says (prepared questions)
        self._segment_ids: tuple[str, ...] = ()  # the engine's segments (one when rehearsed alone)
        self._watcher: ShowFileWatcher | None = None
        self._retry: Handle | None = None
        self._unsaved = False
        self._current_segment: str | None = None

    # ------------------------------------------------------------ the table

    def commands(self) -> Sequence[Command]:
        return question_commands(self._act, self._undo, self._redo)

    def queries(self) -> Sequence[Query]:
        return question_queries(self._list)

    # ------------------------------------------------------------ reading

    @property
    def queue(self) -> Queue:
        return self.state.queue

    def now(self) -> Now:
        clocks = self.context.clocks
        return Now(clocks.monotonic_ms(), clocks.wall())

    def segment_ids(self) -> tuple[str, ...]:
        return self._segment_ids

    def focus_segment(self) -> str | None:
        """The segment the queue follows: the current one if it is a panel or has
        questions, else the next such segment, else the last one before it."""
        session = self.context.session
        if not session.has_show:
            return None
        show, index = session.engine.show, session.snapshot.index
        with_questions = self.queue.segments()

        def wanted(position: int) -> bool:
            segment = show.segments[position]
            return segment.kind is SegmentKind.PANEL or segment.id in with_questions

        order = [index, *range(index + 1, len(show.segments)), *range(index - 1, -1, -1)]
        return next((show.segments[i].id for i in order if wanted(i)), None)

    def on_air_now(self) -> Question | None:
        """The question on air in the current segment (what the displays show)."""
        session = self.context.session
        if not session.has_show:
            return None
        return self.queue.on_air(session.snapshot.segment.id)

    def known_keys(self, segment: str) -> set[str]:
        """Question keys already prepared or imported for ``segment``."""
        prepared = (
            (q.text for q in seed(self._show, ()) if q.segment == segment)
            if (self._show is not None)
            else ()
        )
        imported = (q.text for q in self._bank if q.segment == segment)
        return {question_key(text) for text in (*prepared, *imported)}

    # ------------------------------------------------------------ the survey import

    def import_questions(self, questions: Sequence[Question]) -> tuple[int, int]:
        """Add imported questions to the show's list (they seed every run from now on) and
        to the queue; (added, duplicates). OSError when the list cannot be written."""
        if self._bank_path is None:
            raise RuntimeError("no show is open")
        bank = load_bank(self._bank_path)
        combined, duplicates = merged(bank, questions)
        save_bank(self._bank_path, combined)
        if self._watcher is not None:
            self._watcher.mark_seen()
        self._bank = combined
        self._sync()
        return len(combined) - len(bank), duplicates

    # ------------------------------------------------------------ events

    def handle(self, event: SessionEvent) -> None:
        if isinstance(event, EngineStarted):
            self._engine_started(event)
        elif isinstance(event, ShowReloaded):
            self._show = event.show
            self._segment_ids = tuple(s.id for s in self.context.session.engine.show.segments)
            self._sync()
        elif isinstance(event, ActionApplied):
            self._clock_moved(event)
        elif isinstance(event, RunStarted):
            self._run_started()
        elif isinstance(event, SnapshotChanged):
            if event.snapshot.segment.id != self._current_segment:
                self._publish()
        elif isinstance(event, EngineStopping):
            self._stop()

    def stop(self) -> None:
        self._stop()

    def _engine_started(self, event: EngineStarted) -> None:
        self._stop()
        self.notice = None
        self._show = event.show
        self._segment_ids = tuple(s.id for s in event.engine.show.segments)
        self._file = QueueFile(
            queue_path(event.path, event.rehearsal, event.scope), self.context.clocks
        )
        self._bank_path = bank_path(event.path)
        self._bank = self._read_bank()
        try:
            loaded = self._file.load()
        except StoreError as error:
            aside = self._file.set_aside()
            self._notice(f"question queue: {error}; starting from the prepared questions"
                         + (f" (the file is kept as {aside.name})" if aside else ""))  # fmt: skip
            loaded = None
        self.state = loaded if loaded is not None else QueueState()
        if self.state.run is not None and event.resumed is None:
            self._start_again()  # the run it served is over (the app was closed)
        self.state = replace(self.state, queue=self.state.queue.synced(self._seed()))
        self.revision += 1
        self._save()
        self._publish()
        self._watcher = ShowFileWatcher(self.context.scheduler, self._bank_changed)
        self._watcher.watch(self._bank_path)

    def _stop(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        if self._retry is not None:
            self._retry.cancel()
            self._retry = None
        if self._unsaved:
            self._save()

    def _run_started(self) -> None:
        run = self._run_id()
        if self.state.run is not None and self.state.run != run:
            self._start_again()
        self.state = replace(self.state, run=run)
        self._save()

    def _start_again(self) -> None:
        """The queue starts again from the seed for a new run (an undoable step)."""
        fresh = self._apply(self.queue, RESEED, {})
        if fresh.questions != self.queue.questions:
            self._change(lambda _queue: fresh, RESEED, {})
        self.state = replace(self.state, run=None)

    def _clock_moved(self, event: ActionApplied) -> None:
        """Leaving a segment (or ending the show) with a question on air answers it; back
        to standby (a reset, from on air or from the end), the queue starts again."""
        before, after = event.event.before, event.event.after
        left = before.segment.id != after.segment.id or after.status is ClockStatus.ENDED
        current = self.queue.on_air(before.segment.id) if left else None
        if current is not None:
            self._act("question_answered", {"id": current.id})
        if after.status is ClockStatus.STANDBY and before.status is not ClockStatus.STANDBY:
            self._start_again()

    # ------------------------------------------------------------ commands

    def _act(self, command: str, args: Mapping[str, Any]) -> ActionResult:
        try:
            target = self._target(command, args)
            self._change(lambda q: self._apply(q, command, args), command, args, target)
        except Refused as error:
            return ActionResult(False, command, error.code, error.message)
        return ActionResult(True, command, None, "Done.")

    def _target(self, command: str, args: Mapping[str, Any]) -> str:
        """The text of the question a command acts on (for undo labels), "" for none."""
        if "id" in args:
            return self._question(str(args["id"])).text
        if command == "question_add":
            return str(args["text"]).strip()
        if command == "question_next":
            segment = self._segment(args.get("segment"))
            waiting = next((q for q in self.queue.of(segment) if q.status is Status.QUEUED), None)
            return waiting.text if waiting is not None else ""
        return ""

    def _question(self, question_id: str) -> Question:
        if question_id == CURRENT:
            segment = self.focus_segment()
            current = self.queue.on_air(segment) if segment is not None else None
            if current is None:
                raise Refused("no_question_on_air", "No question is on air.")
            return current
        return self.queue.find(question_id)

    def _apply(self, queue: Queue, command: str, args: Mapping[str, Any]) -> Queue:
        now = self.now()
        if command == "question_add":
            segment = self._segment(args.get("segment"))
            return queue.add(segment, str(args["text"]), Source(args["source"]),
                             str(args.get("asker") or ""))  # fmt: skip
        if command == "question_next":
            return queue.take_next(self._segment(args.get("segment")), now)
        if command == RESEED:
            return Queue(self._seed(), next_number=queue.next_number)
        question = self._question(str(args["id"]))
        if command == "question_move":
            return queue.move(question.id, int(args["to"]))
        if command == "question_asker":
            on = args.get("on")
            return queue.set_show_asker(
                question.id, (not question.show_asker) if on is None else bool(on)
            )
        status = _COMMAND_STATUS[command]
        return queue.set_status(question.id, status, now)

    def _segment(self, segment: object) -> str:
        if segment is None:
            focus = self.focus_segment()
            if focus is None:
                raise Refused("unknown_segment", "No segment has a question queue.")
            return focus
        if segment not in self._segment_ids:
            raise Refused("unknown_segment", f"There is no segment {segment!r}.")
        return str(segment)

    def _undo(self) -> ActionResult:
        try:
            state = self.state.undone()
        except Refused as error:
            return ActionResult(False, "question_undo", error.code, error.message)
        self._commit(state, "question_undo")
        return ActionResult(True, "question_undo", None, "Undone.")

    def _redo(self) -> ActionResult:
        if not self.state.redo:
            return ActionResult(
                False, "question_redo", "nothing_to_redo", "Nothing to redo in the question queue."
            )
        step = self.state.redo[-1]
        try:
            queue = self._apply(self.queue, step.command, step.args)
        except Refused as error:  # the queue moved on: the redo no longer applies
            self.state = replace(self.state, redo=())
            return ActionResult(False, "question_redo", error.code, error.message)
        redo = self.state.redo[:-1]
        state = self.state.done(replace(step, before=self.queue), queue)
        self._commit(replace(state, redo=redo), "question_redo")
        return ActionResult(True, "question_redo", None, "Redone.")

    def _change(
        self,
        make: Callable[[Queue], Queue],
        command: str,
        args: Mapping[str, Any],
        text: str = "",
    ) -> None:
        """One undoable step: ``make`` the new queue (Refused: nothing changes)."""
        queue = make(self.queue)
        step = Step(command, dict(args), text, self.queue)
        self._commit(self.state.done(step, queue), command)

    def _commit(self, state: QueueState, command: str) -> None:
        before, self.state = self.state.queue, state
        self.revision += 1
        self._record(command, before, state.queue)
        self._save()
        self._publish()

    # ------------------------------------------------------------ sources

    def _seed(self) -> tuple[Question, ...]:
        return seed(self._engine_seed_show(), self._bank)

    def _engine_seed_show(self) -> Show:
        """The file's show, narrowed to the engine's segments (one rehearsed alone)."""
        assert self._show is not None
        if len(self._segment_ids) == len(self._show.segments):
            return self._show
        return replace(
            self._show,
            segments=tuple(s for s in self._show.segments if s.id in self._segment_ids),
        )

    def _sync(self) -> None:
        if self._show is None:
            return
        queue = self.queue.synced(self._seed())
        if queue is not self.queue:
            self.state = replace(self.state, queue=queue)
            self.revision += 1
            self._save()
        self._publish()

    def _read_bank(self) -> tuple[Question, ...]:
        assert self._bank_path is not None
        try:
            return load_bank(self._bank_path)
        except StoreError as error:
            self._notice(f"imported questions: {error}")
            return ()

    def _bank_changed(self) -> None:
        self._bank = self._read_bank()
        self._sync()

    # ------------------------------------------------------------ writing

    def _save(self) -> None:
        if self._file is None:
            return
        try:
            self._file.save(self.state)
        except OSError as error:
            self._unsaved = True
            self._report(f"question queue not saved: {error.strerror or error}")
            if self._retry is None:
                self._retry = self.context.scheduler.call_later(RETRY_MS, self._retry_save)
            return
        self._unsaved = False
        if self.error is not None:
            self.error = None
            self._publish()

    def _retry_save(self) -> None:
        self._retry = None
        if self._unsaved:
            self._save()

    def _record(self, command: str, before: Queue, after: Queue) -> None:
        """Each question whose status or time on air changed, into the open run's history
        (handed to the storage writer with the run's other history: a locked or full
        store delays it, never loses it)."""
        if self._runs is None or self._runs.run_uid is None:
            return
        old = {q.id: q for q in before.questions}
        now = self.now()
        for question in after.questions:
            was = old.get(question.id)
            if was is not None and (was.status, was.aired_ms, was.show_asker) == (
                question.status, question.aired_ms, question.show_asker
            ):  # fmt: skip
                continue
            self._runs.record_question(
                QuestionEvent(
                    action=command,
                    question_id=question.id,
                    segment_id=question.segment,
                    status=question.status.value,
                    text=question.text,
                    asker=question.asker,
                    source=question.source.value,
                    aired_ms=question.on_air_ms(now.mono_ms),
                    mono_ms=now.mono_ms,
                    wall=now.wall,
                )
            )

    def _notice(self, problem: str) -> None:
        self.notice = problem
        self.context.report(problem)
        self._publish()

    def _report(self, problem: str) -> None:
        self.error = problem
        self.context.report(problem)
        self._publish()

    # ------------------------------------------------------------ the state document

    def _publish(self) -> None:
        session = self.context.session
        if not session.has_show:
            return
        self._current_segment = session.snapshot.segment.id
        focus = self.focus_segment()
        mine = self.queue.of(focus) if focus is not None else ()
        counts = {status.value: 0 for status in Status}
        for question in mine:
            counts[question.status.value] += 1
        on_air = self.on_air_now()
        waiting = [q for q in mine if q.status is Status.QUEUED][:NEXT_SHOWN]
        self.context.publish(
            {
                "ok": self.error is None,
                "error": self.error,
                "notice": self.notice,
                "revision": self.revision,
                "segment": focus,
                "on_air": None if on_air is None else public(on_air, self.queue),
                "next": [public(q, self.queue) for q in waiting],
                "counts": counts,
                "undo": _step_label(self.state.undo),
                "redo": _step_label(self.state.redo),
            }
        )

    def _list(self, args: Mapping[str, Any]) -> dict[str, Any]:
        segment = args.get("segment")
        if segment is None:
            segment = self.focus_segment()
        elif segment not in self._segment_ids:
            raise Refused("unknown_segment", f"There is no segment {segment!r}.")
        questions = self.queue.of(segment) if segment is not None else ()
        return {
            "segment": segment,
            "revision": self.revision,
            "questions": [public(q, self.queue) for q in questions],
        }

    def _run_id(self) -> str | None:
        return self._runs.run_uid if self._runs is not None else None


_COMMAND_STATUS = {
    "question_on_air": Status.ON_AIR,
    "question_answered": Status.ANSWERED,
    "question_skipped": Status.SKIPPED,
    "question_queued": Status.QUEUED,
}


def _step_label(steps: tuple[Step, ...]) -> dict[str, str] | None:
    if not steps:
        return None
    return {"command": steps[-1].command, "text": steps[-1].text}


def public(question: Question, queue: Queue) -> dict[str, Any]:
    """A question as the API and the pages see it."""
    own = queue.of(question.segment)
    return {
        "id": question.id,
        "segment": question.segment,
        "position": own.index(question),
        "text": question.text,
        "source": question.source.value,
        "asker": question.asker,
        "show_asker": question.show_asker,
        "tags": list(question.tags),
        "status": question.status.value,
        "aired_ms": question.aired_ms,
        "on_air_since": (
            None if question.on_air_wall is None else int(question.on_air_wall.timestamp() * 1000)
        ),
    }
