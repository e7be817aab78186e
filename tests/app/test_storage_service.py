"""The storage service's words: the storage part and what is said on the way out."""

from __future__ import annotations

from pathlib import Path

from runofshow.app.storage_service import StorageService, farewell, problem_text, storage_part
from runofshow.app.writer import Trouble, WriterStatus

QUEUE = Path("/data/shows/kyash/questions-live.json")
FULL = Trouble(
    f"the question queue {QUEUE} cannot be written: No space left on device",
    "No space left on device",
    kind="question_queue",
)


def test_a_queue_file_that_cannot_be_written_is_a_storage_problem() -> None:
    status = WriterStatus(files=((QUEUE, FULL),))
    assert not status.ok and status.file_problem(QUEUE) == FULL
    assert status.file_problem(QUEUE.with_name("questions-rehearsal.json")) is None
    assert problem_text(status) == (
        f"The question queue {QUEUE} cannot be written: No space left on device."
    )
    part = storage_part(status, QUEUE.parent)
    assert part["ok"] is False and part["journal"] is None and part["history"] is None
    assert part["files"] == [
        {"path": str(QUEUE), "kind": "question_queue", "reason": "No space left on device"}
    ]
    assert storage_part(WriterStatus(), QUEUE.parent)["files"] == []


def test_on_the_way_out_an_unwritten_queue_is_told() -> None:
    storage = StorageService(threaded=False)
    storage.final = WriterStatus(files=((QUEUE, FULL),))
    assert farewell(storage) == [
        f"runofshow: on the way out, the question queue {QUEUE} cannot be written: No space "
        "left on device; the next start reads questions-live.json as it was last written."
    ]
    storage.final = WriterStatus()
    assert farewell(storage) == []
