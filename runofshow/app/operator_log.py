"""What the operator must hear, as lines of text: headless mode prints them on stderr.

The desktop shows the same things in the console (a banner for storage, a dialog for a
broken show file); without a window, a line on stderr is the operator's only signal.
A session listener: storage problems when they begin and when they clear, notices (a
damaged journal or run store set aside, history off), and show-file edits that could
not be loaded (the show as it was keeps running).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from runofshow.app.events import LoadFailed, SessionEvent, ShowReloaded, StatePartChanged
from runofshow.app.session import ShowSession

PREFIX = "runofshow: "


class OperatorLog:
    """Subscribes to ``session``; ``write`` gets one line at a time (no newline)."""

    def __init__(self, session: ShowSession, write: Callable[[str], None]) -> None:
        self._session = session
        self._write = write
        self._notices = 0
        self._problem: str | None = None
        self._unsubscribe = session.subscribe(self._event)
        self._storage(session.document.parts.get("storage") if session.has_show else None)

    def close(self) -> None:
        self._unsubscribe()

    def _event(self, event: SessionEvent) -> None:
        if isinstance(event, StatePartChanged) and event.name == "storage":
            self._storage(self._session.document.parts.get("storage"))
        elif isinstance(event, LoadFailed):
            for error in event.errors:
                self._write(str(error))
            if self._session.has_show:
                self._write(
                    f"{PREFIX}{event.path} could not be loaded; the show as it was "
                    "keeps running (fix the file and save it again)"
                )
        elif isinstance(event, ShowReloaded):
            self._write(" ".join([f"{PREFIX}show file reloaded.", *event.notes]))

    def _storage(self, part: Any) -> None:
        if not isinstance(part, dict):
            return
        notices = list(part.get("notices") or [])
        for notice in notices[self._notices :]:
            self._write(f"{PREFIX}{notice.get('text')}")
        self._notices = len(notices)
        problem = part.get("problem")
        if problem != self._problem:
            if problem is not None:
                self._write(
                    f"{PREFIX}STORAGE PROBLEM: {problem} The show goes on; what is not written "
                    f"is kept in memory and written when the folder works again. "
                    f"Folder: {part.get('path')}"
                )
            elif self._problem is not None:
                self._write(f"{PREFIX}storage works again: everything is written.")
            self._problem = problem
