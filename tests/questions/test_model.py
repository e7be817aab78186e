"""The queue's pure operations: adding, moving, statuses and time on air, following the
sources, its own undo; and invariants under any sequence of operations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from runofshow.core.engine import Refused
from runofshow.core.loader import load_show_text
from runofshow.questions.model import (
    UNDO_DEPTH,
    Now,
    Question,
    Queue,
    QueueState,
    Source,
    Status,
    Step,
    question_id,
    seed,
)

T0 = datetime(2022, 9, 12, 4, 50, tzinfo=UTC)
SHOW = """\
format: runofshow/1
show: {title: T, starts_at: 2022-09-12T13:00:00+09:00, timezone: Asia/Tokyo}
segments:
  - {id: talk, kind: talk, title: Talk, duration: 10m}
  - id: panel
    kind: panel
    title: Panel
    duration: 45m
    questions:
      - 開発環境をEC2に移して何が変わりましたか？
      - {text: 非同期化の失敗時は？, asker: 司会, tags: [設計]}
"""


def at(seconds: float) -> Now:
    return Now(1_000_000 + int(seconds * 1000), T0 + timedelta(seconds=seconds))


def survey(segment: str, text: str, asker: str = "") -> Question:
    return Question(question_id(Source.SURVEY, segment, text), segment, text, Source.SURVEY, asker)


def panel_queue() -> Queue:
    show = load_show_text(SHOW, "show.yaml")
    return Queue(seed(show, [survey("panel", "fourkeysで何が見えた？", "たろう")]))


def statuses(queue: Queue, segment: str = "panel") -> list[str]:
    return [q.status.value for q in queue.of(segment)]


def test_the_seed_is_prepared_then_imported_and_ids_are_stable() -> None:
    show = load_show_text(SHOW, "show.yaml")
    again = survey("panel", "開発環境をEC2に移して何が変わりましたか？")  # already prepared
    seeded = seed(show, [survey("panel", "fourkeysで何が見えた？"), again,
                         survey("gone", "消えたセグメント")])  # fmt: skip
    assert [(q.source, q.text) for q in seeded] == [
        (Source.PREPARED, "開発環境をEC2に移して何が変わりましたか？"),
        (Source.PREPARED, "非同期化の失敗時は？"),
        (Source.SURVEY, "fourkeysで何が見えた？"),
    ]
    assert seeded[1].asker == "司会" and seeded[1].tags == ("設計",)
    assert [q.id for q in seed(show, ())] == [q.id for q in seeded[:2]]  # same text, same id
    assert seeded[0].id.startswith("p-") and seeded[2].id.startswith("s-")
    # width, case and spacing do not make another question
    assert question_id(Source.SURVEY, "panel", "ＥＣ２ って？") == question_id(
        Source.SURVEY, "panel", "ec2  って？"
    )


def test_adding_live_questions() -> None:
    queue = panel_queue().add("panel", "  チャットから：コストは？ ", asker="@viewer")
    added = queue.of("panel")[-1]
    assert (added.id, added.text, added.source, added.asker) == (
        "c-1", "チャットから：コストは？", Source.CHAT, "@viewer"
    )  # fmt: skip
    assert queue.add("panel", "もう一つ").of("panel")[-1].id == "c-2"
    with pytest.raises(Refused) as same:
        queue.add("panel", "チャットから：コストは?")  # ？ and ? are the same question
    assert same.value.code == "duplicate_question"
    with pytest.raises(Refused) as empty:
        queue.add("panel", "   ")
    assert empty.value.code == "empty_question"
    assert queue.add("talk", "チャットから：コストは？").of("talk")[0].segment == "talk"


def test_moving_within_a_segment() -> None:
    queue = panel_queue().add("talk", "talk question")
    first, second, third = queue.of("panel")
    moved = queue.move(third.id, 0)
    assert [q.id for q in moved.of("panel")] == [third.id, first.id, second.id]
    assert moved.of("talk") == queue.of("talk")
    assert [q.id for q in moved.move(third.id, 99).of("panel")] == [first.id, second.id, third.id]
    with pytest.raises(Refused) as unchanged:
        queue.move(first.id, 0)
    assert unchanged.value.code == "unchanged"
    with pytest.raises(Refused) as unknown:
        queue.move("s-nope", 0)
    assert unknown.value.code == "unknown_question"


def test_one_question_on_air_per_segment_and_time_on_air_in_spans() -> None:
    queue = panel_queue()
    first, second, _third = queue.of("panel")
    queue = queue.set_status(first.id, Status.ON_AIR, at(0))
    queue = queue.set_status(second.id, Status.ON_AIR, at(90))  # the moderator moved on
    assert statuses(queue) == ["answered", "on_air", "queued"]
    assert queue.find(first.id).on_air_ms(at(500).mono_ms) == 90_000
    assert queue.on_air("panel") == queue.find(second.id)
    queue = queue.set_status(second.id, Status.QUEUED, at(100))  # back to the queue
    queue = queue.set_status(second.id, Status.ON_AIR, at(200))
    queue = queue.set_status(second.id, Status.SKIPPED, at(230))
    later = queue.find(second.id)
    assert later.aired_ms == 40_000 and later.on_air_since is None
    assert later.first_on_air == at(90).wall
    with pytest.raises(Refused) as same:
        queue.set_status(second.id, Status.SKIPPED, at(240))
    assert same.value.code == "unchanged"


def test_take_next_and_the_asker() -> None:
    queue = panel_queue().take_next("panel", at(0))
    assert statuses(queue) == ["on_air", "queued", "queued"]
    queue = queue.take_next("panel", at(1)).take_next("panel", at(2))
    assert statuses(queue) == ["answered", "answered", "on_air"]
    with pytest.raises(Refused) as none:
        queue.take_next("panel", at(3))
    assert none.value.code == "no_queued_question"
    asked = queue.of("panel")[2]
    assert asked.asker == "たろう"
    assert queue.set_show_asker(asked.id, True).find(asked.id).show_asker
    with pytest.raises(Refused) as nobody:
        queue.set_show_asker(queue.of("panel")[0].id, True)
    assert nobody.value.code == "no_asker"


def test_following_the_sources() -> None:
    show = load_show_text(SHOW, "show.yaml")
    queue = panel_queue().add("panel", "チャットの質問")
    first = queue.of("panel")[0]
    queue = queue.set_status(first.id, Status.ON_AIR, at(0))
    # The show file lost both prepared questions, the survey gained one.
    edited = show.segments[1].__class__(**{**show.segments[1].__dict__, "questions": ()})
    new_show = show.__class__(**{**show.__dict__, "segments": (show.segments[0], edited)})
    synced = queue.synced(
        seed(new_show, [survey("panel", "fourkeysで何が見えた？", "たろう"),
                        survey("panel", "新しい質問")])
    )  # fmt: skip
    assert [q.text for q in synced.of("panel")] == [
        "開発環境をEC2に移して何が変わりましたか？",  # on air: stays
        "fourkeysで何が見えた？",
        "チャットの質問",  # added live: stays
        "新しい質問",  # joins at the end of its segment
    ]
    assert synced.synced(seed(new_show, [survey("panel", "fourkeysで何が見えた？", "たろう"),
                                         survey("panel", "新しい質問")])) is synced  # fmt: skip


def test_the_queue_has_its_own_undo_and_redo_stacks() -> None:
    state = QueueState(panel_queue())
    first = state.queue.of("panel")[0]
    after = state.queue.set_status(first.id, Status.ON_AIR, at(0))
    state = state.done(Step("question_on_air", {"id": first.id}, first.text, state.queue), after)
    undone = state.undone()
    assert undone.queue == panel_queue() and len(undone.redo) == 1
    assert undone.redo[0].before == after
    with pytest.raises(Refused) as nothing:
        QueueState(panel_queue()).undone()
    assert nothing.value.code == "nothing_to_undo"
    many = QueueState(panel_queue())
    for number in range(UNDO_DEPTH + 5):
        many = many.done(Step("question_add", {}, str(number), many.queue), many.queue)
    assert len(many.undo) == UNDO_DEPTH and many.undo[-1].text == str(UNDO_DEPTH + 4)


def test_shifting_moves_only_the_running_spans() -> None:
    queue = panel_queue().take_next("panel", at(0))
    shifted = QueueState(queue, undo=(Step("x", {}, "", queue),)).shifted(-5_000)
    assert shifted.queue.on_air("panel").on_air_since == at(0).mono_ms - 5_000  # type: ignore[union-attr]
    assert shifted.undo[0].before == shifted.queue
    assert shifted.queue.of("panel")[1] == queue.of("panel")[1]


OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["add", "move", "on_air", "answered", "skipped", "queued", "next"]),
        st.integers(0, 6),
        st.integers(0, 30),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(OPERATIONS)
def test_any_sequence_keeps_the_queue_sound(operations: list[tuple[str, int, int]]) -> None:
    queue, seconds = panel_queue(), 0.0
    aired: dict[str, int] = {}
    for name, pick, step in operations:
        seconds += step
        now = at(seconds)
        own = queue.of("panel")
        target = own[pick % len(own)].id
        try:
            if name == "add":
                queue = queue.add("panel", f"質問 {pick} {step}")
            elif name == "move":
                queue = queue.move(target, pick)
            elif name == "next":
                queue = queue.take_next("panel", now)
            else:
                queue = queue.set_status(target, Status(name), now)
        except Refused:
            pass
        ids = [q.id for q in queue.questions]
        assert len(ids) == len(set(ids))
        assert sum(q.status is Status.ON_AIR for q in queue.of("panel")) <= 1
        for question in queue.questions:
            total = question.on_air_ms(now.mono_ms)
            assert total >= aired.get(question.id, 0)  # time on air never goes back
            aired[question.id] = total
            assert (question.on_air_since is None) == (question.status is not Status.ON_AIR)
