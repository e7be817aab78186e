"""Load and validate show files (format runofshow/1): the YAML front-end of the show's rules.

yamlsource reads the file into located values (positions are lines and columns), the rules
(runofshow.core.rules) check them and build the model, and this module turns their problems
into LocatedErrors. Every problem is reported, not just the first, each as FILE:LINE:COL:
message pointing at the node at fault. Nothing here raises anything but ShowLoadError,
whatever the input.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable
from pathlib import Path

from runofshow.core.errors import LocatedError, Message, ShowLoadError
from runofshow.core.located import Value
from runofshow.core.model import Show
from runofshow.core.rules import CUE_KEYS, SEGMENT_KEYS, SHOW_KEYS, TOP_KEYS, check_show
from runofshow.core.yamlsource import Document, compose, decode, mention, read_bytes

__all__ = [
    "CUE_KEYS",
    "INTERNAL_ERROR",
    "SEGMENT_KEYS",
    "SHOW_KEYS",
    "TOP_KEYS",
    "LocatedError",
    "ShowLoadError",
    "check_show_text",
    "load_show",
    "load_show_text",
    "validate_file",
]

INTERNAL_ERROR = "internal error while reading the show"


# ---------------------------------------------------------------- public API


def load_show(path: Path | str) -> Show:
    """Load a show file; raises ShowLoadError listing every problem."""
    show, errors = _load_path(path)
    if show is None:
        raise ShowLoadError(errors)
    return show


def validate_file(path: Path | str) -> list[LocatedError]:
    """Every problem in a show file, sorted by position; empty when the file is good."""
    return _load_path(path)[1]


def load_show_text(data: str | bytes, name: str = "<text>") -> Show:
    """Load a show from text or bytes (tests, fuzzing, stdin); raises ShowLoadError."""
    show, errors = check_show_text(data, name)
    if show is None:
        raise ShowLoadError(errors)
    return show


def check_show_text(
    data: str | bytes, name: str = "<text>", source: Path | None = None
) -> tuple[Show | None, list[LocatedError]]:
    """The show (or None) and every problem found, sorted by position."""
    paused_gc = gc.isenabled()
    if paused_gc:
        gc.disable()  # a large tree of nodes otherwise triggers many useless collections
    try:
        text, errors = decode(data, name)
        if text is None:
            return None, errors
        document = compose(text, name)
        if document.root is None:
            return None, _sorted(document.errors)
        reader = _Reader(name, document)
        show = reader.read(document.root, source)
        errors = _sorted([*document.errors, *reader.errors])
        if show is None and not errors:  # defensive: never fail without saying why
            errors = [LocatedError.at(name, 1, 1, Message("the show could not be read"))]
        return (show if not errors else None), errors
    except RecursionError:
        return None, [LocatedError.at(name, 1, 1, Message("the document is nested too deeply"))]
    except Exception as exc:  # a bug must not become a traceback for the user
        message = Message(
            "internal error while reading the show ({error}); please report it",
            error=f"{type(exc).__name__}: {exc}",
        )
        return None, [LocatedError.at(name, 1, 1, message)]
    finally:
        if paused_gc:
            gc.enable()


def _load_path(path: Path | str) -> tuple[Show | None, list[LocatedError]]:
    try:
        name = os.fspath(path)
    except TypeError:
        return None, [LocatedError.at(str(path), 1, 1, Message("not a file path"))]
    data, errors = read_bytes(path)
    if data is None:
        return None, errors
    try:
        source: Path | None = Path(path).resolve()
    except (OSError, RuntimeError, ValueError):
        source = Path(path)
    return check_show_text(data, name, source)


def _sorted(errors: Iterable[LocatedError]) -> list[LocatedError]:
    unique = dict.fromkeys(errors)
    return sorted(unique, key=lambda e: (e.line, e.col))


class _Reader:
    """Runs the show's rules on a YAML document's values; their problems as LocatedErrors."""

    def __init__(self, name: str, document: Document) -> None:
        self.name = name
        self.document = document
        self.errors: list[LocatedError] = []

    def read(self, root: Value, source: Path | None) -> Show | None:
        document = self.document
        checked = check_show(root, mention=mention, reported=document.reported(), source=source)
        for problem in checked.problems:
            line, col = document.locate(problem.where)
            self.errors.append(LocatedError.at(self.name, line, col, problem.message))
        return checked.show
