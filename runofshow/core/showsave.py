"""Saving an edited show file: checked by the real loader first, written atomically, the
previous version kept beside it, and never over a file that changed behind our back.

``prepare`` renders the document and runs ``runofshow.core.loader`` on exactly that text:
the show it reads must be the show the editor checked (or, for a show that still has
problems, the same problems), so a YAML 1.1/1.2 difference can never change a value's
meaning unnoticed. ``save`` then writes it with ``write_atomically``, after copying the
previous file to ``NAME.bak``.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from runofshow.core.atomic import write_atomically
from runofshow.core.errors import LocatedError, Message
from runofshow.core.loader import check_show_text
from runofshow.core.model import Show
from runofshow.core.showdoc import ShowDocument

BACKUP_SUFFIX = ".bak"


@dataclass(frozen=True)
class FileStamp:
    """What a file was when we last read or wrote it."""

    digest: str  # sha256 of the bytes
    size: int
    mtime_ns: int


def stamp_bytes(data: bytes, path: Path | None = None) -> FileStamp:
    mtime = 0
    if path is not None:
        try:
            mtime = os.stat(path).st_mtime_ns
        except OSError:
            mtime = 0
    return FileStamp(hashlib.sha256(data).hexdigest(), len(data), mtime)


def read_stamp(path: Path) -> FileStamp | None:
    """The file's stamp now (None when it is gone or unreadable)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return stamp_bytes(data, path)


def changed_since(path: Path, known: FileStamp | None) -> bool:
    """Whether the file's contents differ from ``known`` (a gone file counts as changed)."""
    if known is None:
        return False
    try:
        info = os.stat(path)
    except OSError:
        return True
    if info.st_size == known.size and info.st_mtime_ns == known.mtime_ns:
        return False
    now = read_stamp(path)
    return now is None or now.digest != known.digest


class SaveRefused(Exception):
    """The text about to be written would not read back as the editor's show."""

    def __init__(self, message: Message, errors: list[LocatedError] | None = None) -> None:
        self.message = message
        self.errors = errors or []
        super().__init__(str(message))


class FileChanged(Exception):
    """The file on disk changed since it was read: saving would lose someone's edits."""


def _same_show(a: Show | None, b: Show | None) -> bool:
    if a is None or b is None:
        return False
    return replace(a, source=None) == replace(b, source=None)


def prepare(document: ShowDocument, name: str = "<editor>") -> str:
    """The text to write, read back by the real loader and found to mean the same."""
    checked, problems = document.check()
    wanted = Counter(p.message.template for p in problems)
    last_errors: list[LocatedError] = []
    for tidy in (True, False):
        text = document.render(tidy=tidy)
        show, errors = check_show_text(text, name, document.source())
        last_errors = errors
        if checked.show is not None:
            if _same_show(show, checked.show):
                return text
        elif show is None and Counter(e.template or e.message for e in errors) == wanted:
            return text
    raise SaveRefused(
        Message("the text to be saved would not read back as the edited show; nothing was saved"),
        last_errors,
    )


def save(
    document: ShowDocument,
    path: Path,
    *,
    expected: FileStamp | None,
    text: str | None = None,
) -> FileStamp:
    """Write the document to ``path`` (``text``: already prepared). Refuses (FileChanged)
    when the file is no longer what ``expected`` says; the previous file goes to NAME.bak."""
    if expected is not None and changed_since(path, expected):
        raise FileChanged(str(path))
    data = (text if text is not None else prepare(document, str(path))).encode("utf-8")
    try:
        previous = path.read_bytes()
    except FileNotFoundError:
        previous = None
    if previous is not None and previous != data:
        write_atomically(backup_path(path), previous, keep_mode=True)
    write_atomically(path, data, keep_mode=True)
    return stamp_bytes(data, path)


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)
