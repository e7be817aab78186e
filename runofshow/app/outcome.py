"""Who sent a command, what they saw when they sent it, and what came of it."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from runofshow.app.catalog import QT_TRANSLATE_NOOP
from runofshow.app.refusals import Reason, http_status
from runofshow.core.text import is_clean

if TYPE_CHECKING:
    from runofshow.app.questions import Question
    from runofshow.app.state import StateDocument


class Surface(StrEnum):
    """Where a command came from; recorded with every applied action in the run history."""

    KEYBOARD = "keyboard"  # a shortcut key in the console
    BUTTON = "button"  # a menu, toolbar or panel button in the console (mouse or touch)
    API = "api"  # an HTTP client: Stream Deck, scripts
    CONTROL = "control"  # the /control page in a browser
    AUTOMATION = "automation"  # the app itself, a service, a test


@dataclass(frozen=True)
class Expectation:
    """What the sender saw: the command applies only if this still holds, else ``stale``.
    Two people pressing *next* at once with the same expectation move one segment."""

    segment: str | None = None
    revision: int | None = None

    @classmethod
    def parse(cls, raw: object) -> Expectation:
        """``{"segment": id}`` and/or ``{"revision": n}``; ValueError (English) otherwise."""
        if not isinstance(raw, Mapping) or not raw or set(raw) - {"segment", "revision"}:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Refusals", '"expect" must be {"segment": id} or {"revision": n}.'
                )
            )
        segment, revision = raw.get("segment"), raw.get("revision")
        if segment is not None and (not isinstance(segment, str) or not is_clean(segment)):
            raise ValueError(
                QT_TRANSLATE_NOOP("Refusals", '"expect.segment" must be a segment id.')
            )
        if revision is not None and (isinstance(revision, bool) or not isinstance(revision, int)):
            raise ValueError(
                QT_TRANSLATE_NOOP("Refusals", '"expect.revision" must be a whole number.')
            )
        return cls(segment=segment, revision=revision)

    def mismatch(self, segment: str, revision: int) -> Reason | None:
        """Why it no longer holds (refusal ``stale``), or None when it does."""
        if self.segment is not None and self.segment != segment:
            return Reason(
                QT_TRANSLATE_NOOP(
                    "Refusals",
                    "Someone acted first: '%2' is the current segment now, not '%1'. "
                    "Nothing was done.",
                ),
                (self.segment, segment),
            )
        if self.revision is not None and self.revision != revision:
            return Reason(
                QT_TRANSLATE_NOOP(
                    "Refusals",
                    "Someone acted first: the show is at revision %2 now, not %1. "
                    "Nothing was done.",
                ),
                (str(self.revision), str(revision)),
            )
        return None


@dataclass(frozen=True)
class Outcome:
    """The answer to one ``ShowSession.execute``: applied (``ok``) or refused with a code.

    An applied command is never an error: if a service could not keep up (the journal could
    not be written), ``durable`` is False and ``problem`` says why, but it stays applied.

    Writing happens on the writer thread: ``on_disk`` is resolved once the command's
    journal write was attempted (None: on disk; else the problem). The web API waits for
    it before answering (``settled``); the console does not."""

    ok: bool
    command: str
    code: str | None = None  # refusal code
    message: str = ""  # English: the reason's words when refused, the engine's when applied
    revision: int = 0  # the state revision after it
    durable: bool = True
    problem: str | None = None
    state: StateDocument | None = None
    reason: Reason | None = None  # why it was refused, for every surface to say the same
    question: Question | None = None  # code "confirmation_required": what to answer
    on_disk: concurrent.futures.Future[str | None] | None = field(
        default=None, compare=False, repr=False
    )

    def settled(self, timeout: float) -> Outcome:
        """This outcome once its writes were attempted (waits at most ``timeout`` seconds,
        on the calling thread - never the session thread): ``durable`` and ``problem`` say
        whether it is on disk. A disk slower than ``timeout`` counts as not durable yet."""
        if not self.ok or self.on_disk is None:
            return self
        try:
            problem = self.on_disk.result(timeout)
        except concurrent.futures.TimeoutError:
            problem = SLOW_DISK
        return self.written(problem)

    def written(self, problem: str | None) -> Outcome:
        """This outcome, told how writing it went (None: on disk)."""
        if problem is None:
            return self
        problems = "; ".join(p for p in (self.problem, problem) if p)
        return replace(self, durable=False, problem=problems)

    @property
    def http_status(self) -> int:
        return 200 if self.ok else http_status(self.code)


SLOW_DISK = "the journal is still being written (the disk is slow); the action is applied"


@dataclass(frozen=True)
class Answer:
    """The answer to one ``ShowSession.query`` (a read-only GET): ``body`` when ``ok``,
    else a refusal ``code`` and its English ``message``."""

    ok: bool
    query: str
    body: Any = None
    code: str | None = None
    message: str = ""

    @property
    def http_status(self) -> int:
        return 200 if self.ok else http_status(self.code)
