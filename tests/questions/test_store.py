"""The queue's files: any queue with its undo and redo comes back from disk exactly (undo
steps are stored as differences, so a long history stays small), restarts rebase the time
on air, damaged files are refused with a reason, and the imported list merges."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Refused
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
)
from runofshow.questions.store import QueueFile, StoreError, load_bank, merged, save_bank

T0 = datetime(2022, 9, 12, 4, 50, tzinfo=UTC)


def survey(text: str, segment: str = "panel", asker: str = "") -> Question:
    return Question(question_id(Source.SURVEY, segment, text), segment, text, Source.SURVEY, asker)


def start() -> QueueState:
    return QueueState(Queue(tuple(survey(f"質問 {n}", asker="たろう") for n in range(6))))


STEPS = st.lists(
    st.tuples(
        st.sampled_from(["add", "move", "on_air", "answered", "skipped", "queued", "undo"]),
        st.integers(0, 9),
    ),
    max_size=UNDO_DEPTH + 10,
)


def play(steps: list[tuple[str, int]]) -> QueueState:
    state = start()
    for number, (name, pick) in enumerate(steps):
        now = Now(1_000_000 + number * 1_000, T0 + timedelta(seconds=number))
        own = state.queue.of("panel")
        target = own[pick % len(own)]
        try:
            if name == "undo":
                state = state.undone()
                continue
            if name == "add":
                queue = state.queue.add("panel", f"チャット {number}")
            elif name == "move":
                queue = state.queue.move(target.id, pick)
            else:
                queue = state.queue.set_status(target.id, Status(name), now)
        except Refused:
            continue
        state = state.done(
            Step(f"question_{name}", {"id": target.id}, target.text, state.queue), queue
        )
    return state


@settings(max_examples=60, deadline=None)
@given(STEPS)
def test_any_queue_and_its_history_come_back_exactly(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, int]]
) -> None:
    state = play(steps)
    clocks = FakeClocks(mono=1_000_000 + len(steps) * 1_000)
    file = QueueFile(tmp_path_factory.mktemp("q") / "questions-live.json", clocks)
    file.save(state)
    back = file.load()
    assert back is not None
    assert back.queue == state.queue and back.undo == state.undo
    assert [(s.command, s.args, s.text) for s in back.redo] == [
        (s.command, s.args, s.text) for s in state.redo
    ]


def test_a_long_history_stays_small(tmp_path: Path) -> None:
    state = QueueState(Queue(tuple(survey(f"とても長い質問の文 {n} " * 10) for n in range(100))))
    for number in range(UNDO_DEPTH):
        own = state.queue.of("panel")
        queue = state.queue.set_status(own[number].id, Status.ON_AIR, Now(number * 1000, T0))
        state = state.done(Step("question_on_air", {"id": own[number].id}, "", state.queue), queue)
    file = QueueFile(tmp_path / "q.json", FakeClocks())
    file.save(state)
    one_queue = len(json.dumps(json.loads(file.path.read_text("utf-8"))["queue"]))
    assert file.path.stat().st_size < 3 * one_queue  # not 50 copies of the queue
    assert file.load() == state


def test_a_restart_rebases_time_on_air_from_the_wall_clock(tmp_path: Path) -> None:
    clocks = FakeClocks()
    queue = start().queue.take_next("panel", Now(clocks.mono, clocks.now))
    clocks.advance(30_000)
    QueueFile(tmp_path / "q.json", clocks).save(QueueState(queue))
    later = FakeClocks(mono=7, now=clocks.now + timedelta(seconds=12))  # another process
    back = QueueFile(tmp_path / "q.json", later).load()
    assert back is not None
    on_air = back.queue.on_air("panel")
    assert on_air is not None and on_air.on_air_ms(later.mono) == 42_000
    assert QueueFile(tmp_path / "none.json", later).load() is None


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        '{"format": "something-else"}',
        '{"format": "runofshow-question-queue", "version": 99, "queue": {}}',
        '{"format": "runofshow-question-queue", "version": 1, "saved_mono": 1, '
        '"saved_wall": null, "queue": {"questions": [{"id": "x"}]}}',
        '{"format": "runofshow-question-queue", "version": 1, "saved_mono": 1, '
        '"saved_wall": null, "queue": {"questions": []}, "undo": [{"command": "x", '
        '"before": {"questions": [], "next_number": 1, "order": ["ghost"]}}]}',
    ],
)
def test_a_damaged_file_is_refused_with_a_reason(tmp_path: Path, text: str) -> None:
    path = tmp_path / "questions-live.json"
    path.write_text(text, encoding="utf-8")
    file = QueueFile(path, FakeClocks())
    with pytest.raises(StoreError) as refused:
        file.load()
    assert str(path) in str(refused.value)
    aside = file.set_aside()
    assert aside is not None and aside.read_text("utf-8") == text and not path.exists()


def test_the_imported_list_merges_without_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "questions.json"
    assert load_bank(path) == ()
    first = [survey("EC2の開発環境は？", asker="たろう"), survey("非同期化は？")]
    save_bank(path, first)
    combined, duplicates = merged(
        load_bank(path), [survey("ＥＣ２の開発環境は?"), survey("新しい")]
    )
    assert duplicates == 1 and [q.text for q in combined][-1] == "新しい"
    save_bank(path, combined)
    assert load_bank(path) == tuple(combined)
    assert load_bank(path)[0].asker == "たろう"
    path.write_text('{"format": "runofshow-questions", "questions": [{"id": 1}]}', "utf-8")
    with pytest.raises(StoreError):
        load_bank(path)
