"""The storage service: owns the writer thread and tells everyone how the data folder is.

The journal, the run recorder and the question queue hand their writes to ``writer``
(runofshow.app.writer);
this service publishes the ``storage`` part of the state document, retries what failed
with backoff on the session's scheduler (the retry rewrites the journal with the state at
that moment and writes the history that waited), and gives every applied command a
future for "on disk" (``written``): the web API waits for it, the console never does.

The ``storage`` part (README, "When storage fails")::

    {"ok": true,                  # everything written as it should be
     "problem": null,             # else what is wrong now, in one English sentence
     "path": "/…/shows/kyash-…",  # the data folder of the open show
     "since": null,               # when the problem began (ISO 8601, UTC)
     "journal": null,             # else the system's reason the journal cannot be written
     "history": null,             # else {"reason": ..., "locked": bool}
     "files": [],                 # other files that cannot be written: {"path": ...,
                                  # "kind": "question_queue", "reason": ...}
     "history_pending": 0,        # history events waiting for the run store
     "history_written": 12,       # batches written to the run store (changes: re-read it)
     "notices": []}               # this session: a damaged journal or run store set aside
                                  # (kind, text, path, copy, reason), history off
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from runofshow.app.events import EngineStarted, SessionEvent
from runofshow.app.scheduler import Handle
from runofshow.app.service import Service, ServiceContext
from runofshow.app.writer import Notice, StorageWriter, WriterStatus, Written, open_store
from runofshow.core.journal import JournalHistory
from runofshow.core.run_plan import STORE_NAME
from runofshow.paths import show_data_path

if TYPE_CHECKING:  # the run store (sqlite3) loads on the writer thread, when first used
    from runofshow.core.runs import RunStore

RETRY_FIRST_MS = 500
RETRY_MAX_MS = 5_000
CLOSE_TIMEOUT_S = 5.0


class StorageService(Service):
    name = "storage"

    def __init__(
        self,
        *,
        threaded: bool = True,
        store_opener: Callable[[Path], RunStore] = open_store,
        fsync: Callable[[int], None] = os.fsync,
        hold_history: bool = False,
    ) -> None:
        self._threaded = threaded
        self._hold_history = hold_history  # until release_history (the desktop's first paint)
        self.fsync = fsync  # journals' and queue files' (tests inject a slow or failing disk)
        self._store_opener = store_opener
        self._writer: StorageWriter | None = None
        self._folder: Path | None = None
        self._retry: Handle | None = None
        self._delay_ms = RETRY_FIRST_MS
        self._session_thread: threading.Thread | None = None
        self.carried: JournalHistory | None = None  # the journal's history, for the recorder
        self.final: WriterStatus | None = None  # the status when the session closed

    @property
    def writer(self) -> StorageWriter:
        if self._writer is None:
            raise RuntimeError("the storage service has not started")
        return self._writer

    @property
    def folder(self) -> Path | None:
        return self._folder

    @staticmethod
    def store_path(show_path: Path) -> Path:
        return show_data_path(show_path) / STORE_NAME

    # ------------------------------------------------------------ life cycle

    def start(self, context: ServiceContext) -> None:
        super().start(context)
        self._session_thread = threading.current_thread()
        self._writer = StorageWriter(
            context.clocks,
            threaded=self._threaded,
            on_status=self._status_changed,
            store_opener=self._store_opener,
            fsync=self.fsync,
            hold_history=self._hold_history,
        )
        self._publish(self._writer.status)

    def handle(self, event: SessionEvent) -> None:
        if isinstance(event, EngineStarted):
            self._folder = show_data_path(event.path)
            self.writer.probe(self._folder)
            self._publish(self.writer.status)

    def stop(self) -> None:
        if self._retry is not None:
            self._retry.cancel()
            self._retry = None
        self.final = self.writer.close(CLOSE_TIMEOUT_S)

    def release_history(self) -> None:
        """Open the run store now (held since the start: ``hold_history``); the history
        that waited is written, and a damaged store is told."""
        self.writer.release_history()

    def written(self) -> Written | None:
        return self.writer.barrier()

    def notice(self, notice: Notice) -> None:
        self.writer.notice(notice)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait for the writer to write what is staged (tests, benchmarks)."""
        return self.writer.flush(timeout)

    # ------------------------------------------------------------ status and retries

    def _status_changed(self, status: WriterStatus) -> None:
        """Any thread (the writer's): the part is published on the session thread."""
        if threading.current_thread() is self._session_thread:
            self._publish(status)
        else:
            self.context.scheduler.call_soon_threadsafe(lambda: self._publish(self.writer.status))

    def _publish(self, status: WriterStatus) -> None:
        self.context.publish(storage_part(status, self._folder))
        if status.retry_due and self._retry is None:
            self._retry = self.context.scheduler.call_later(self._delay_ms, self._retry_now)
        elif not status.retry_due:
            self._delay_ms = RETRY_FIRST_MS

    def _retry_now(self) -> None:
        self._retry = None
        self.writer.retry()
        if self.writer.status.retry_due:
            self._delay_ms = min(RETRY_MAX_MS, self._delay_ms * 2)
            self._retry = self.context.scheduler.call_later(self._delay_ms, self._retry_now)


def problem_text(status: WriterStatus) -> str | None:
    """What is wrong now, in one English sentence (None when nothing is)."""
    parts = [p for p in (status.journal_problem, status.history_problem, status.files_problem) if p]
    if not parts:
        return None
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def storage_part(status: WriterStatus, folder: Path | None) -> dict[str, Any]:
    history = status.history
    history_part = None if history is None else {"reason": history.reason, "locked": history.locked}
    return {
        "ok": status.ok,
        "problem": problem_text(status),
        "path": None if folder is None else str(folder),
        "since": None if status.since is None else status.since.isoformat(timespec="seconds"),
        "journal": None if status.journal is None else status.journal.reason,
        "history": history_part,
        "files": [
            {"path": str(path), "kind": trouble.kind, "reason": trouble.reason}
            for path, trouble in status.files
        ],
        "history_pending": status.history_pending,
        "history_written": status.history_written,
        "notices": [
            {"kind": n.kind, "text": n.text, "path": n.path, "copy": n.copy, "reason": n.reason}
            for n in status.notices
        ],
    }


def farewell(storage: StorageService) -> list[str]:
    """What could not be written when the session closed (lines for stderr)."""
    final = storage.final
    if final is None:
        return []
    lines = []
    if final.journal_problem is not None:
        lines.append(
            f"runofshow: on the way out, {final.journal_problem}; the next start resumes "
            "from the last journal on disk."
        )
    for path, trouble in final.files:
        lines.append(
            f"runofshow: on the way out, {trouble.text}; the next start reads {path.name} "
            "as it was last written."
        )
    if final.history_pending:
        kept = (
            "they are kept in the journal and written when the show is next opened"
            if final.journal_problem is None
            else "the journal could not keep them either"
        )
        lines.append(
            f"runofshow: on the way out, the run history could not take "
            f"{final.history_pending} event(s) ({final.history_problem or 'it was busy'}); "
            f"{kept}."
        )
    return lines
