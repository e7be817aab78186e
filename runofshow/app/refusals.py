"""Every refusal code in one place: its HTTP status and its words for people.

A refused command carries a stable ``code`` and a ``Reason``: an English template marked
for translation in the ``Refusals`` context, and its arguments (which segment, which
argument). Every surface says the same thing: the API's ``message`` is the reason in
English (with the translations alongside), the console and /control show it translated,
and the command line prints it in English. Screens may add how to do ``remedy`` (a
command name) on themselves, e.g. the console adds its key.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from runofshow.app.catalog import LANGUAGES, QT_TRANSLATE_NOOP, catalog

CONTEXT = "Refusals"
_PLACEHOLDER = re.compile(r"%(\d)")


@dataclass(frozen=True)
class Reason:
    """Why something was refused, in words: ``template`` is English with ``%1``, ``%2``...
    for ``args`` (ids and numbers, never translated)."""

    template: str
    args: tuple[str, ...] = ()

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The words: English, or translated by ``translate(context, source)``."""
        words = translate(CONTEXT, self.template) if translate is not None else self.template
        return _PLACEHOLDER.sub(lambda m: self._arg(int(m.group(1))), words)

    def translations(self) -> dict[str, str]:
        """The words in every shipped language (what the API sends along for pages)."""
        return dict(_translations(self))

    def _arg(self, number: int) -> str:
        return self.args[number - 1] if 0 < number <= len(self.args) else f"%{number}"


@functools.lru_cache(maxsize=256)  # the shipped catalogs never change while the app runs
def _translations(reason: Reason) -> tuple[tuple[str, str], ...]:
    return tuple((lang, reason.text(catalog(lang).translate)) for lang in LANGUAGES)


def unknown_segment(segment_id: str, known: Sequence[str]) -> Reason:
    """The same words wherever a segment id is given: the API, the console, /control, and
    ``--segment`` on the command line."""
    return Reason(
        QT_TRANSLATE_NOOP("Refusals", "There is no segment '%1'; the show has: %2."),
        (segment_id, ", ".join(known)),
    )


@dataclass(frozen=True)
class Refusal:
    code: str
    http_status: int
    text: str  # English; translate in CONTEXT
    remedy: str | None = None  # the command that gets out of it


def _table(*refusals: Refusal) -> dict[str, Refusal]:
    return {refusal.code: refusal for refusal in refusals}


REFUSALS: dict[str, Refusal] = _table(
    # The request itself (any surface).
    Refusal("bad_input", 400, QT_TRANSLATE_NOOP("Refusals", "That input is not valid.")),
    Refusal(
        "bad_text",
        400,
        QT_TRANSLATE_NOOP(
            "Refusals",
            "Not sent: the text has a character that cannot be shown (a control character or half of an emoji). Remove it and send again.",  # noqa: E501
        ),
    ),
    Refusal("unknown_command", 404, QT_TRANSLATE_NOOP("Refusals", "There is no such command.")),
    Refusal("unknown_segment", 404, QT_TRANSLATE_NOOP("Refusals", "There is no such segment.")),
    Refusal(
        "stale",
        409,
        QT_TRANSLATE_NOOP("Refusals", "The show changed meanwhile, so nothing was done."),
    ),
    Refusal("no_show", 503, QT_TRANSLATE_NOOP("Refusals", "No show is open.")),
    # A question first (runofshow.app.questions).
    Refusal(
        "confirmation_required",
        409,
        QT_TRANSLATE_NOOP("Refusals", "This needs an answer first; nothing was done."),
    ),
    Refusal("declined", 409, QT_TRANSLATE_NOOP("Refusals", "Not done: the answer was No.")),
    # The engine: not now.
    Refusal(
        "already_current",
        409,
        QT_TRANSLATE_NOOP("Refusals", "That segment is already the current one."),
    ),
    Refusal("already_started", 409, QT_TRANSLATE_NOOP("Refusals", "The show is already on.")),
    Refusal(
        "hard_start_fixed",
        409,
        QT_TRANSLATE_NOOP(
            "Refusals", "This segment ends at the hard start: changing its time changes nothing."
        ),
    ),
    Refusal("no_cues", 409, QT_TRANSLATE_NOOP("Refusals", "This segment has no cue cards.")),
    Refusal("no_message", 409, QT_TRANSLATE_NOOP("Refusals", "There is no message to clear.")),
    Refusal("no_next_cue", 409, QT_TRANSLATE_NOOP("Refusals", "This is the last cue card.")),
    Refusal("no_previous_cue", 409, QT_TRANSLATE_NOOP("Refusals", "This is the first cue card.")),
    Refusal(
        "no_next_segment",
        409,
        QT_TRANSLATE_NOOP("Refusals", "This is the last segment: use End show to finish."),
        remedy="end",
    ),
    Refusal(
        "no_previous_segment", 409, QT_TRANSLATE_NOOP("Refusals", "This is the first segment.")
    ),
    Refusal("not_paused", 409, QT_TRANSLATE_NOOP("Refusals", "The show is not paused.")),
    Refusal("not_running", 409, QT_TRANSLATE_NOOP("Refusals", "The show is not running.")),
    Refusal("not_started", 409, QT_TRANSLATE_NOOP("Refusals", "Start the show first."), "toggle"),
    Refusal(
        "nothing_to_reset",
        409,
        QT_TRANSLATE_NOOP("Refusals", "Nothing to reset: the show is in standby."),
    ),
    Refusal("nothing_to_undo", 409, QT_TRANSLATE_NOOP("Refusals", "Nothing to undo.")),
    Refusal("nothing_to_redo", 409, QT_TRANSLATE_NOOP("Refusals", "Nothing to redo.")),
    Refusal(
        "show_ended",
        409,
        QT_TRANSLATE_NOOP("Refusals", "The show has ended: undo or reset it first."),
        remedy="undo",
    ),
    Refusal("unchanged", 409, QT_TRANSLATE_NOOP("Refusals", "Nothing changed.")),
    Refusal(
        "would_remove_all_time",
        409,
        QT_TRANSLATE_NOOP("Refusals", "Cannot remove that much: no time would be left."),
    ),
    Refusal("zero_time", 409, QT_TRANSLATE_NOOP("Refusals", "Nothing to add.")),
    # OBS Studio (runofshow.obs).
    Refusal(
        "obs_off",
        409,
        QT_TRANSLATE_NOOP("Refusals", "OBS is not set up: give its address in Preferences."),
    ),
    Refusal(
        "obs_not_in_rehearsal",
        409,
        QT_TRANSLATE_NOOP("Refusals", "OBS stays out of this rehearsal: turn it on first."),
    ),
    Refusal(
        "obs_live",
        409,
        QT_TRANSLATE_NOOP("Refusals", "Live, OBS always follows the show: this is for rehearsals."),
    ),
    Refusal(
        "obs_on_air",
        409,
        QT_TRANSLATE_NOOP(
            "Refusals", "OBS is streaming or recording: a rehearsal must not drive it."
        ),
    ),
    Refusal(
        "obs_nothing", 409, QT_TRANSLATE_NOOP("Refusals", "The show sends nothing to OBS here.")
    ),
    # The question queue (runofshow.questions).
    Refusal("unknown_question", 404, QT_TRANSLATE_NOOP("Refusals", "There is no such question.")),
    Refusal(
        "duplicate_question",
        409,
        QT_TRANSLATE_NOOP("Refusals", "That question is already in the queue."),
    ),
    Refusal("empty_question", 400, QT_TRANSLATE_NOOP("Refusals", "A question needs some text.")),
    Refusal(
        "no_queued_question",
        409,
        QT_TRANSLATE_NOOP("Refusals", "No question is waiting in the queue."),
    ),
    Refusal("no_question_on_air", 409, QT_TRANSLATE_NOOP("Refusals", "No question is on air.")),
    Refusal("no_asker", 409, QT_TRANSLATE_NOOP("Refusals", "This question has no asker to show.")),
)


def reason_for(code: str | None, message: str = "") -> Reason:
    """The words for a refusal with no more to say than its code: its text in the table, or
    ``message`` as it is (English) for a code that is not listed here (a service's own)."""
    entry = refusal(code)
    return Reason(entry.text) if entry is not None else Reason(message or str(code or ""))


def refusal(code: str | None) -> Refusal | None:
    """The entry for ``code``; None for a code not listed here (a service's own): screens
    then show the English message, and HTTP answers 409."""
    return REFUSALS.get(code or "")


def http_status(code: str | None) -> int:
    entry = refusal(code)
    return entry.http_status if entry is not None else 409
