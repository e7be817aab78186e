"""The panel questions of one run, for its report: which were answered, in the order they
went on air, and how long each was on air (from the run's question events)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from runofshow.core.history_log import QuestionEvent


@dataclass(frozen=True)
class AnsweredQuestion:
    order: int  # 1, 2, ... in the order they first went on air
    segment_id: str
    text: str
    asker: str
    source: str
    on_air_ms: int
    first_on_air: datetime | None  # wall time it first went on air
    answered: datetime  # wall time it was (last) marked answered


def answered_questions(events: Iterable[QuestionEvent]) -> list[AnsweredQuestion]:
    """Questions whose last status in the run is "answered" (an answer undone does not
    count), ordered by when they first went on air."""
    last: dict[str, QuestionEvent] = {}
    first_on_air: dict[str, tuple[int, datetime]] = {}
    for index, event in enumerate(events):
        last[event.question_id] = event
        if event.status == "on_air" and event.question_id not in first_on_air:
            first_on_air[event.question_id] = (index, event.wall)
    answered = [e for e in last.values() if e.status == "answered"]
    # never on air (marked answered straight from the queue): by when it was answered
    fallback = len(last) + 1

    def rank(event: QuestionEvent) -> tuple[int, datetime]:
        index, _ = first_on_air.get(event.question_id, (fallback, event.wall))
        return index, event.wall

    answered.sort(key=rank)
    return [
        AnsweredQuestion(
            order=number,
            segment_id=event.segment_id,
            text=event.text,
            asker=event.asker,
            source=event.source,
            on_air_ms=event.aired_ms,
            first_on_air=first_on_air.get(event.question_id, (0, None))[1],
            answered=event.wall,
        )
        for number, event in enumerate(answered, start=1)
    ]
