"""Questions and the queue: immutable values and pure operations (no I/O, no clocks read).

A ``Queue`` is one ordered list of questions for the whole show; each segment's queue is
the questions of that segment, in list order. Operations return a new queue or raise
``Refused`` (nothing changed). Time on air comes from monotonic anchors handed in by the
caller (``Now``): a span starts when a question goes on air and ends when it leaves.
At most one question per segment is on air: putting another one on air marks the one
on air answered (the moderator moved on).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from runofshow.core.engine import Refused
from runofshow.core.model import Show
from runofshow.core.rules_questions import question_key


class Source(StrEnum):
    SURVEY = "survey"  # imported from a survey CSV (connpass)
    CHAT = "chat"  # added live (pasted from the chat)
    PREPARED = "prepared"  # written in the show file


class Status(StrEnum):
    QUEUED = "queued"
    ON_AIR = "on_air"
    ANSWERED = "answered"
    SKIPPED = "skipped"


class Now(NamedTuple):
    mono_ms: int
    wall: datetime


@dataclass(frozen=True)
class Question:
    id: str
    segment: str
    text: str
    source: Source
    asker: str = ""
    tags: tuple[str, ...] = ()
    status: Status = Status.QUEUED
    show_asker: bool = False  # the operator ticked it: the overlay may name the asker
    aired_ms: int = 0  # time on air in spans that have ended
    on_air_since: int | None = None  # monotonic ms the current span began
    on_air_wall: datetime | None = None  # wall time the current span began (display only)
    first_on_air: datetime | None = None  # wall time it first went on air

    def on_air_ms(self, mono_ms: int) -> int:
        """Time on air in total, the current span included."""
        if self.on_air_since is None:
            return self.aired_ms
        return self.aired_ms + max(0, mono_ms - self.on_air_since)

    @property
    def untouched(self) -> bool:
        """Queued and never on air: a seeded question that may follow its source."""
        return self.status is Status.QUEUED and self.first_on_air is None

    @property
    def added_live(self) -> bool:
        """Added during a run (the chat, the API), not seeded from a source."""
        return self.id.startswith("c-")


def question_id(source: Source, segment: str, text: str) -> str:
    """A stable id for a prepared or imported question: the same text in the same segment
    gets the same id on every run (and after a restart)."""
    digest = hashlib.sha256(f"{segment}\n{question_key(text)}".encode()).hexdigest()[:10]
    return f"{'p' if source is Source.PREPARED else 's'}-{digest}"


@dataclass(frozen=True)
class Queue:
    questions: tuple[Question, ...] = ()
    next_number: int = 1  # live additions are c-1, c-2, ...

    # ---------------------------------------------------------------- reading

    def of(self, segment: str) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.segment == segment)

    def find(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise Refused("unknown_question", f"There is no question {question_id!r}.")

    def on_air(self, segment: str) -> Question | None:
        return next((q for q in self.of(segment) if q.status is Status.ON_AIR), None)

    def segments(self) -> set[str]:
        return {q.segment for q in self.questions}

    # ---------------------------------------------------------------- changing

    def add(
        self,
        segment: str,
        text: str,
        source: Source = Source.CHAT,
        asker: str = "",
        tags: tuple[str, ...] = (),
    ) -> Queue:
        """A live question at the end of its segment's queue; the same text twice in one
        segment is refused (two operators pasting the same chat line)."""
        text, asker = text.strip(), asker.strip()
        if not text:
            raise Refused("empty_question", "A question needs some text.")
        key = question_key(text)
        if any(question_key(q.text) == key for q in self.of(segment)):
            raise Refused("duplicate_question", "That question is already in the queue.")
        question = Question(f"c-{self.next_number}", segment, text, source, asker, tags)
        return replace(
            self, questions=(*self.questions, question), next_number=self.next_number + 1
        )

    def move(self, question_id: str, to: int) -> Queue:
        """Move a question to position ``to`` (0-based) in its segment's queue."""
        moving = self.find(question_id)
        own = [q for q in self.questions if q.segment == moving.segment]
        to = min(to, len(own) - 1)
        if own.index(moving) == to:
            raise Refused("unchanged", "The question is already there.")
        own.remove(moving)
        own.insert(to, moving)
        mine = iter(own)
        return replace(
            self,
            questions=tuple(next(mine) if q.segment == moving.segment else q
                            for q in self.questions),
        )  # fmt: skip

    def set_status(self, question_id: str, status: Status, now: Now) -> Queue:
        """Change one question's status. On air: the segment's question already on air is
        answered. Leaving the air closes the current span of time on air."""
        question = self.find(question_id)
        if question.status is status:
            raise Refused("unchanged", f"The question is already {status.value.replace('_', ' ')}.")
        changed: dict[str, Question] = {}
        if status is Status.ON_AIR:
            current = self.on_air(question.segment)
            if current is not None:
                changed[current.id] = _leave_air(current, Status.ANSWERED, now)
            changed[question.id] = replace(
                question,
                status=Status.ON_AIR,
                on_air_since=now.mono_ms,
                on_air_wall=now.wall,
                first_on_air=question.first_on_air or now.wall,
            )
        else:
            changed[question.id] = _leave_air(question, status, now)
        return self._with(changed)

    def take_next(self, segment: str, now: Now) -> Queue:
        """The first queued question of ``segment`` goes on air."""
        waiting = next((q for q in self.of(segment) if q.status is Status.QUEUED), None)
        if waiting is None:
            raise Refused("no_queued_question", "No question is waiting in the queue.")
        return self.set_status(waiting.id, Status.ON_AIR, now)

    def set_show_asker(self, question_id: str, on: bool) -> Queue:
        question = self.find(question_id)
        if question.show_asker == on:
            raise Refused("unchanged", "Nothing changed.")
        if on and not question.asker:
            raise Refused("no_asker", "This question has no asker to show.")
        return self._with({question.id: replace(question, show_asker=on)})

    def synced(self, seed: Iterable[Question]) -> Queue:
        """Follow the sources (the show file, the survey import): seeded questions not yet
        in the queue join the end of their segment's queue; untouched ones whose source is
        gone leave. Questions that were on air, answered, skipped or added live stay."""
        wanted = list(seed)
        wanted_ids = {q.id for q in wanted}
        kept = [
            q for q in self.questions
            if q.added_live or not q.untouched or q.id in wanted_ids
        ]  # fmt: skip
        present = {q.id for q in kept}
        for question in wanted:
            if question.id in present:
                continue
            last = max(
                (i for i, q in enumerate(kept) if q.segment == question.segment), default=None
            )
            kept.insert(len(kept) if last is None else last + 1, question)
            present.add(question.id)
        if [q.id for q in kept] == [q.id for q in self.questions]:
            return self
        return replace(self, questions=tuple(kept))

    def _with(self, changed: dict[str, Question]) -> Queue:
        return replace(self, questions=tuple(changed.get(q.id, q) for q in self.questions))

    def shifted(self, delta_ms: int) -> Queue:
        """Monotonic anchors moved by ``delta_ms`` (a restart: another clock origin)."""
        if not delta_ms or all(q.on_air_since is None for q in self.questions):
            return self
        return replace(
            self,
            questions=tuple(
                q if q.on_air_since is None else replace(q, on_air_since=q.on_air_since + delta_ms)
                for q in self.questions
            ),
        )


def _leave_air(question: Question, status: Status, now: Now) -> Question:
    return replace(
        question,
        status=status,
        aired_ms=question.on_air_ms(now.mono_ms),
        on_air_since=None,
        on_air_wall=None,
    )


def seed(show: Show, imported: Iterable[Question]) -> tuple[Question, ...]:
    """What every run starts from: per segment, the show file's prepared questions, then the
    imported ones (a question already prepared is not imported again)."""
    by_segment: dict[str, list[Question]] = {}
    for question in imported:
        by_segment.setdefault(question.segment, []).append(question)
    seeded: list[Question] = []
    for segment in show.segments:
        keys: set[str] = set()
        for prepared in segment.questions:
            keys.add(question_key(prepared.text))
            seeded.append(
                Question(
                    question_id(Source.PREPARED, segment.id, prepared.text),
                    segment.id,
                    prepared.text,
                    Source.PREPARED,
                    prepared.asker,
                    prepared.tags,
                )
            )
        for question in by_segment.get(segment.id, ()):
            key = question_key(question.text)
            if key not in keys:
                keys.add(key)
                seeded.append(question)
    return tuple(seeded)


UNDO_DEPTH = 50  # queue steps kept for undo (and on disk)


@dataclass(frozen=True)
class Step:
    """One undoable queue action: the queue before it, and how to do it again (redo)."""

    command: str
    args: Mapping[str, object]
    text: str  # the question it acted on ("" for the whole queue), for "Undo answered: …"
    before: Queue


@dataclass(frozen=True)
class QueueState:
    """A queue with its own undo and redo (separate from the clock's) and the run it
    belongs to (None: not used in a run yet)."""

    queue: Queue = Queue()
    undo: tuple[Step, ...] = ()  # newest last
    redo: tuple[Step, ...] = ()
    run: str | None = None

    def done(self, step: Step, queue: Queue) -> QueueState:
        return replace(self, queue=queue, undo=(*self.undo, step)[-UNDO_DEPTH:], redo=())

    def undone(self) -> QueueState:
        """The queue before the last step; the step goes on the redo stack."""
        if not self.undo:
            raise Refused("nothing_to_undo", "Nothing to undo in the question queue.")
        step = self.undo[-1]
        undone = replace(step, before=self.queue)
        return replace(self, queue=step.before, undo=self.undo[:-1], redo=(*self.redo, undone))

    def shifted(self, delta_ms: int) -> QueueState:
        if not delta_ms:
            return self
        return replace(
            self,
            queue=self.queue.shifted(delta_ms),
            undo=tuple(replace(s, before=s.before.shifted(delta_ms)) for s in self.undo),
            redo=tuple(replace(s, before=s.before.shifted(delta_ms)) for s in self.redo),
        )
