"""Where questions live: the show's data folder (``runofshow.paths.show_data_dir``), never
the show file.

- ``questions.json``: the imported questions (the survey), per segment; with the show file's
  prepared questions they seed every run.
- ``questions-live.json``, ``questions-rehearsal.json``, ``questions-rehearsal-<segment>.json``:
  the queue of each engine (live, whole-show rehearsal, one segment rehearsed alone) with its
  undo and redo, so a rehearsal's statuses never reach the live show.

Every file is replaced atomically (temp file, fsync, rename, folder fsync) before the action
that changed it returns: after a kill -9 the queue comes back exactly as acknowledged.
Monotonic anchors do not survive a restart, so they are saved with the monotonic and wall
time of the save and rebased on load, the time the app was down counting as time on air
(like the clock's journal).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from runofshow.core.clock import Clocks
from runofshow.core.journal import write_json_atomically
from runofshow.core.rules_questions import question_key
from runofshow.paths import show_data_dir
from runofshow.questions.model import Question, Queue, QueueState, Source, Status, Step

BANK_NAME = "questions.json"
BANK_FORMAT = "runofshow-questions"
QUEUE_FORMAT = "runofshow-question-queue"
VERSION = 1


class StoreError(Exception):
    """A file that exists but cannot be used (damaged, from a newer version)."""


def bank_path(show_path: Path) -> Path:
    return show_data_dir(show_path) / BANK_NAME


def queue_path(show_path: Path, rehearsal: bool, scope: str | None) -> Path:
    """The queue file of one engine: live, rehearsal, or one segment rehearsed alone."""
    if not rehearsal:
        name = "questions-live.json"
    elif scope is None:
        name = "questions-rehearsal.json"
    else:
        name = f"questions-rehearsal-{scope}.json"
    return show_data_dir(show_path) / name


# ---------------------------------------------------------------- JSON


def _iso(when: datetime | None) -> str | None:
    return None if when is None else when.astimezone(UTC).isoformat()


def _when(text: object) -> datetime | None:
    return datetime.fromisoformat(str(text)) if text else None


def question_json(question: Question) -> dict[str, Any]:
    return {
        "id": question.id,
        "segment": question.segment,
        "text": question.text,
        "source": question.source.value,
        "asker": question.asker,
        "tags": list(question.tags),
        "status": question.status.value,
        "show_asker": question.show_asker,
        "aired_ms": question.aired_ms,
        "on_air_since": question.on_air_since,
        "on_air_wall": _iso(question.on_air_wall),
        "first_on_air": _iso(question.first_on_air),
    }


def question_from(data: Mapping[str, Any]) -> Question:
    """A question from its JSON (KeyError, TypeError or ValueError when it is not one)."""
    since = data.get("on_air_since")
    return Question(
        id=str(data["id"]),
        segment=str(data["segment"]),
        text=str(data["text"]),
        source=Source(data["source"]),
        asker=str(data.get("asker", "")),
        tags=tuple(str(t) for t in data.get("tags", ())),
        status=Status(data.get("status", "queued")),
        show_asker=bool(data.get("show_asker", False)),
        aired_ms=int(data.get("aired_ms", 0)),
        on_air_since=None if since is None else int(since),
        on_air_wall=_when(data.get("on_air_wall")),
        first_on_air=_when(data.get("first_on_air")),
    )


def _queue_json(queue: Queue) -> dict[str, Any]:
    return {
        "next_number": queue.next_number,
        "questions": [question_json(q) for q in queue.questions],
    }


def _queue_from(data: Mapping[str, Any]) -> Queue:
    return Queue(
        questions=tuple(question_from(q) for q in data.get("questions", ())),
        next_number=int(data.get("next_number", 1)),
    )


def _undo_json(steps: tuple[Step, ...], current: Queue) -> list[dict[str, Any]]:
    """Undo steps, newest last, each stored as its difference from the queue after it (the
    questions that differ, the order when it differs): a long undo history stays small."""
    out: list[dict[str, Any]] = []
    after = current
    for step in reversed(steps):
        out.append(_step_json(step, _diff(step.before, after)))
        after = step.before
    out.reverse()
    return out


def _undo_from(data: list[Mapping[str, Any]], current: Queue) -> tuple[Step, ...]:
    steps: list[Step] = []
    after = current
    for raw in reversed(data):
        before = _patched(after, raw["before"])
        steps.append(_step_from(raw, before))
        after = before
    steps.reverse()
    return tuple(steps)


def _diff(before: Queue, after: Queue) -> dict[str, Any]:
    later = {q.id: q for q in after.questions}
    diff: dict[str, Any] = {
        "questions": [question_json(q) for q in before.questions if later.get(q.id) != q],
        "next_number": before.next_number,
    }
    order = [q.id for q in before.questions]
    if order != [q.id for q in after.questions]:
        diff["order"] = order
    return diff


def _patched(after: Queue, diff: Mapping[str, Any]) -> Queue:
    by_id = {q.id: q for q in after.questions}
    by_id.update((q.id, q) for q in (question_from(d) for d in diff["questions"]))
    order = diff.get("order") or [q.id for q in after.questions]
    return Queue(tuple(by_id[i] for i in order), int(diff["next_number"]))


def _step_json(step: Step, diff: Mapping[str, Any] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"command": step.command, "args": dict(step.args), "text": step.text}
    if diff is not None:
        data["before"] = diff
    return data


def _step_from(data: Mapping[str, Any], before: Queue) -> Step:
    return Step(
        command=str(data["command"]),
        args=dict(data.get("args", {})),
        text=str(data.get("text", "")),
        before=before,
    )


# ---------------------------------------------------------------- the queue of one engine


class QueueFile:
    """One engine's queue on disk."""

    def __init__(self, path: Path, clocks: Clocks) -> None:
        self.path = path
        self.clocks = clocks

    def save(self, state: QueueState) -> None:
        """Atomically and durably; OSError when the disk refuses (the caller reports it)."""
        data = {
            "format": QUEUE_FORMAT,
            "version": VERSION,
            "saved_mono": self.clocks.monotonic_ms(),
            "saved_wall": _iso(self.clocks.wall()),
            "run": state.run,
            "queue": _queue_json(state.queue),
            "undo": _undo_json(state.undo, state.queue),
            # a redo is done again from its command (only what it did is kept)
            "redo": [_step_json(s) for s in state.redo],
        }
        write_json_atomically(self.path, data)

    def load(self) -> QueueState | None:
        """The saved state rebased onto this process's monotonic clock; None when there is
        no file; StoreError when it cannot be used."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as error:
            raise StoreError(f"{self.path}: {error}") from None
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("format") != QUEUE_FORMAT:
                raise StoreError(f"{self.path}: not a question queue")
            if int(data.get("version", 0)) > VERSION:
                raise StoreError(f"{self.path}: written by a newer runofshow")
            queue = _queue_from(data["queue"])
            state = QueueState(
                queue=queue,
                undo=_undo_from(list(data.get("undo", ())), queue),
                redo=tuple(_step_from(s, queue) for s in data.get("redo", ())),
                run=None if data.get("run") is None else str(data["run"]),
            )
            return state.shifted(self._shift(data))
        except StoreError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, StopIteration) as error:
            raise StoreError(f"{self.path}: damaged ({error!r})") from None

    def _shift(self, data: Mapping[str, Any]) -> int:
        """How far saved monotonic values move onto this process's clock: the moment of
        the save was ``downtime`` (wall clock) ago, as the clock's journal rebases."""
        saved_mono = int(data["saved_mono"])
        saved_wall = _when(data["saved_wall"])
        now_mono, now_wall = self.clocks.monotonic_ms(), self.clocks.wall()
        downtime = 0 if saved_wall is None else int((now_wall - saved_wall).total_seconds() * 1000)
        return now_mono - max(0, downtime) - saved_mono

    def set_aside(self) -> Path | None:
        """Move a damaged file out of the way (kept for a person to look at)."""
        stamp = self.clocks.wall().astimezone(UTC).strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        try:
            os.replace(self.path, target)
        except OSError:
            return None
        return target


# ---------------------------------------------------------------- imported questions


def load_bank(path: Path) -> tuple[Question, ...]:
    """The imported questions (empty when nothing was imported); StoreError if damaged."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ()
    except (OSError, UnicodeDecodeError) as error:
        raise StoreError(f"{path}: {error}") from None
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != BANK_FORMAT:
            raise StoreError(f"{path}: not a question list")
        return tuple(question_from(q) for q in data.get("questions", ()))
    except StoreError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise StoreError(f"{path}: damaged ({error!r})") from None


def save_bank(path: Path, questions: Sequence[Question]) -> None:
    data = {
        "format": BANK_FORMAT,
        "version": VERSION,
        "questions": [
            {k: v for k, v in question_json(q).items() if k in _BANK_KEYS} for q in questions
        ],
    }
    write_json_atomically(path, data)


_BANK_KEYS = ("id", "segment", "text", "source", "asker", "tags")


def merged(bank: Sequence[Question], new: Iterable[Question]) -> tuple[tuple[Question, ...], int]:
    """The bank with ``new`` questions appended, and how many were already there (same
    text in the same segment)."""
    keys = {(q.segment, question_key(q.text)) for q in bank}
    added: list[Question] = []
    duplicates = 0
    for question in new:
        key = (question.segment, question_key(question.text))
        if key in keys:
            duplicates += 1
            continue
        keys.add(key)
        added.append(question)
    return (*bank, *added), duplicates
