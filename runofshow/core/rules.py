"""The show's rules, for any front-end: located values in, a Show or located problems out.

A front-end (YAML file, CSV import, the editor) reads its input into located values
(runofshow.core.located), each with a position of its own kind, and calls::

    checked = check_show(root, mention=..., reported=..., source=...)
    checked.show        # the Show, or None when anything is wrong
    checked.problems    # every Problem(where, message), in the order the rules met them

The simplest way in is plain data, as json.loads or a CSV reader gives it, with a function
from a path of keys and indexes to the front-end's position::

    root = from_plain({"format": "runofshow/1", "show": {...}, "segments": [...]}, where)
    # where(("segments", 2, "duration")) -> e.g. Cell(row=4, column="duration");
    # where(("segments", 2, "duration", KEY)) -> the position of that key itself

``mention`` says how a message refers back to a position ("first used on line 7" for YAML,
"in row 4" for a spreadsheet); positions in ``reported`` (anything with ``in``) were already
explained by the front-end, so the rules add nothing there. Messages are
runofshow.core.errors.Message: English text that keeps its template for the GUI. The YAML
front-end (runofshow.core.loader) is the reference user; tests/core/test_rules.py runs the
rules on a plain dict with spreadsheet cells as positions.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from pathlib import Path
from typing import NamedTuple

from runofshow.core.errors import Message
from runofshow.core.located import (
    KEY,
    FieldPath,
    Kind,
    ListValue,
    MapValue,
    ScalarValue,
    Value,
    Where,
    from_plain,
)
from runofshow.core.model import Show
from runofshow.core.rules_base import Checker, Problem, mention_position
from runofshow.core.rules_cues import CUE_KEYS
from runofshow.core.rules_obs import OBS_SHOW_KEYS, OBS_STEP_KEYS, TRANSITION_KEYS
from runofshow.core.rules_questions import QUESTION_KEYS
from runofshow.core.rules_segments import KINDS, NOTES_KEYS, SEGMENT_KEYS, SPEAKER_KEYS
from runofshow.core.rules_show import SHOW_KEYS, TOP_KEYS, document
from runofshow.core.rules_timing import MAX_DURATION_MS, THRESHOLD_KEYS

__all__ = [
    "CUE_KEYS",
    "KEY",
    "KINDS",
    "MAX_DURATION_MS",
    "NOTES_KEYS",
    "OBS_SHOW_KEYS",
    "OBS_STEP_KEYS",
    "QUESTION_KEYS",
    "SEGMENT_KEYS",
    "SHOW_KEYS",
    "SPEAKER_KEYS",
    "THRESHOLD_KEYS",
    "TOP_KEYS",
    "TRANSITION_KEYS",
    "CheckedShow",
    "FieldPath",
    "Kind",
    "ListValue",
    "MapValue",
    "Problem",
    "ScalarValue",
    "Value",
    "Where",
    "check_show",
    "from_plain",
]


class CheckedShow(NamedTuple):
    show: Show | None
    problems: list[Problem]


def check_show(
    root: Value,
    *,
    mention: Callable[[Where], Message] = mention_position,
    reported: Container[Where] = (),
    source: Path | None = None,
) -> CheckedShow:
    """Check a whole show document; the Show only when there is no problem at all."""
    check = Checker(mention, reported)
    show = document(check, root, source)
    return CheckedShow(show if not check.problems else None, check.problems)
