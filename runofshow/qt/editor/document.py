"""The editor's document: a show file being edited, its undo stack, its problems, and how
its edits reach a running show.

Every edit is a QUndoCommand on the editor's own QUndoStack (the console's Ctrl+Z keeps
undoing only the clock). After each edit the show's rules run on the document (fields as
positions, the same messages as ``runofshow validate``); when the show is valid and it is
the show the session is running, the session takes it at once (``ShowSession.reload``
with the edited show): the console, the speaker display, the pages and the services
follow, and the clock is not disturbed. While the show is on air, what has already
happened is locked: earlier segments, and the current segment's fields other than its
cue cards and notes (its remaining time is changed with ``add_time`` instead).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from runofshow.app.outcome import Outcome, Surface
from runofshow.app.session import ShowSession
from runofshow.core.located import FieldPath
from runofshow.core.model import Show
from runofshow.core.roundtrip import CommentedMap, CommentedSeq
from runofshow.core.showdoc import MISSING, Problem, ShowDocument
from runofshow.core.showsave import FileStamp, changed_since, prepare, read_stamp, save
from runofshow.core.showschema import FormatSpec, format_spec
from runofshow.core.snapshot import Status

ON_AIR = (Status.RUNNING, Status.PAUSED)
LIVE_EDITABLE = ("cues", "notes")
"""What may still change in the segment that is running now."""
SHOW_LOCKED_ON_AIR = ("starts_at", "timezone", "thresholds")
TYPING = 1  # undo command id: consecutive typing into one field is one undo step


class SetValue(QUndoCommand):
    """Set (or, with MISSING, remove) one value; typing into a field merges."""

    def __init__(
        self, doc: EditorDocument, path: FieldPath, value: Any, label: str, typing: bool
    ) -> None:
        super().__init__(label)
        self.doc, self.path, self.value, self.typing = doc, path, value, typing
        self.before: Any = MISSING
        self.position: int | None = None  # where a removed key stood, for its undo
        self.pruned: list[tuple[FieldPath, Any, int | None]] = []

    def id(self) -> int:
        return TYPING if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or other.path != self.path or not self.typing:
            return False
        if self.doc.typing_closed:
            return False
        self.value = other.value
        self.pruned = self.pruned + other.pruned
        return True

    def redo(self) -> None:
        self.position = self.doc.document.position(self.path)
        self.before = self.doc.raw_set(self.path, self.value)
        self.pruned = self.doc.prune(self.path) if self.value is MISSING else []
        self.doc.edited([self.path])

    def undo(self) -> None:
        for path, value, position in reversed(self.pruned):
            self.doc.raw_set(path, value, at=position)
        self.doc.raw_set(self.path, self.before, at=self.position)
        self.doc.edited([self.path])


class ListEdit(QUndoCommand):
    """Insert, remove or move an item of a list (a segment, a cue card, a speaker)."""

    def __init__(
        self,
        doc: EditorDocument,
        path: FieldPath,
        label: str,
        *,
        insert: tuple[int, Any] | None = None,
        remove: int | None = None,
        move: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(label)
        self.doc, self.path = doc, path
        self.insert_at, self.remove_at, self.move_pair = insert, remove, move
        self.removed: Any = None

    def redo(self) -> None:
        d = self.doc.document
        if self.insert_at is not None:
            d.insert(self.path, self.insert_at[0], self.insert_at[1])
        elif self.remove_at is not None:
            self.removed = d.pop(self.path, self.remove_at)
        elif self.move_pair is not None:
            d.move(self.path, *self.move_pair)
        self.doc.edited([self.path], structure=True)

    def undo(self) -> None:
        d = self.doc.document
        if self.insert_at is not None:
            d.pop(self.path, self.insert_at[0])
        elif self.remove_at is not None:
            d.insert(self.path, self.remove_at, self.removed)
        elif self.move_pair is not None:
            d.move(self.path, self.move_pair[1], self.move_pair[0])
        self.doc.edited([self.path], structure=True)


class EditorDocument(QObject):
    changed = Signal(list, bool)  # paths edited, whether lists changed shape
    problemsChanged = Signal(list)  # list[Problem]
    dirtyChanged = Signal(bool)
    fileChanged = Signal(str)  # path: this file changed on disk behind the editor's back
    replaced = Signal()  # a whole new document (open, new, reload)
    liveNotice = Signal(str)  # something to tell the operator about a live change

    def __init__(
        self,
        document: ShowDocument,
        *,
        session: ShowSession | None = None,
        fmt: FormatSpec | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.fmt = fmt or format_spec()
        self.session = session
        self.stack = QUndoStack(self)
        self.stack.cleanChanged.connect(self._clean_changed)
        self.typing_closed = True
        self.document = document
        self.stamp: FileStamp | None = None
        self.problems: list[Problem] = []
        self.show: Show | None = None
        self.last_show: Show | None = None  # the last valid state, for planned times
        self._load(document)

    # ------------------------------------------------------------ the file

    def _clean_changed(self, clean: bool) -> None:
        self.dirtyChanged.emit(not clean)

    @property
    def path(self) -> Path | None:
        return self.document.path

    @property
    def dirty(self) -> bool:
        return not self.stack.isClean()

    def _load(self, document: ShowDocument) -> None:
        self.document = document
        self.last_show = None
        self.stack.clear()
        self.stack.setClean()
        self.stamp = read_stamp(document.path) if document.path is not None else None
        self._recheck()
        self.replaced.emit()

    def replace_document(self, document: ShowDocument) -> None:
        self._load(document)
        self.dirtyChanged.emit(False)

    def reload_from_disk(self) -> None:
        """Discard the edits and read the file again."""
        assert self.path is not None
        text = self.path.read_text(encoding="utf-8-sig")
        self._load(ShowDocument(_with_bom(self.path, text), self.path))
        self._apply_live()
        self.dirtyChanged.emit(False)

    def changed_on_disk(self) -> bool:
        return self.path is not None and changed_since(self.path, self.stamp)

    def save(self, path: Path | None = None) -> None:
        """Save to the document's file (or ``path``: save as); raises FileChanged,
        SaveRefused or OSError, with nothing written."""
        target = path or self.path
        assert target is not None
        expected = self.stamp if target == self.path else None
        text = prepare(self.document, str(target))
        self.stamp = save(self.document, target, expected=expected, text=text)
        if target != self.path:
            self.document.path = target
        self.stack.setClean()

    def prepared_text(self) -> str:
        return prepare(self.document, str(self.path or "<new show>"))

    # ------------------------------------------------------------ reading

    def get(self, path: FieldPath, default: Any = MISSING) -> Any:
        return self.document.get(path, default)

    def segment_count(self) -> int:
        return self.document.segment_count()

    # ------------------------------------------------------------ edits

    def set_value(self, path: FieldPath, value: Any, label: str, *, typing: bool = False) -> bool:
        if self.locked(path):
            return False
        if not typing:
            self.typing_closed = True
        if _same(self.get(path), value):
            return True
        self.stack.push(SetValue(self, path, value, label, typing))
        if typing:
            self.typing_closed = False
        return True

    def end_typing(self) -> None:
        self.typing_closed = True

    def insert_item(self, path: FieldPath, index: int, value: Any, label: str) -> bool:
        if not self.may_change_list(path, index):
            return False
        self.end_typing()
        self.stack.push(ListEdit(self, path, label, insert=(index, value)))
        return True

    def remove_item(self, path: FieldPath, index: int, label: str) -> bool:
        if not self.may_change_list(path, index):
            return False
        self.end_typing()
        self.stack.push(ListEdit(self, path, label, remove=index))
        return True

    def move_item(self, path: FieldPath, source: int, target: int, label: str) -> bool:
        items = self.get(path, None)
        if not isinstance(items, CommentedSeq) or not (0 <= target < len(items)):
            return False
        if source == target or not self.may_change_list(path, min(source, target)):
            return False
        self.end_typing()
        self.stack.push(ListEdit(self, path, label, move=(source, target)))
        return True

    def duplicate_segment(self, index: int, label: str) -> int | None:
        original = self.get(("segments", index), None)
        if not isinstance(original, CommentedMap):
            return None
        twin = copy.deepcopy(original)
        twin["id"] = self.unique_id(str(original.get("id", "segment")))
        return index + 1 if self.insert_item(("segments",), index + 1, twin, label) else None

    def unique_id(self, base: str) -> str:
        taken = set(self.document.segment_ids())
        stem = base.rstrip("0123456789-") or "segment"
        number = 2
        while f"{stem}-{number}" in taken:
            number += 1
        return f"{stem}-{number}"

    # the commands' side: raw edits and notifications

    def raw_set(self, path: FieldPath, value: Any, *, at: int | None = None) -> Any:
        order = self._order_for(path)
        return self.document.set(path, value, order, at)

    def prune(self, path: FieldPath) -> list[tuple[FieldPath, Any, int | None]]:
        """Remove mappings left empty by a removal (``thresholds: {}``); what was removed,
        and where it stood."""
        removed: list[tuple[FieldPath, Any, int | None]] = []
        parent = path[:-1]
        while len(parent) > 1 and isinstance(parent[-1], str):
            value = self.get(parent, None)
            if not (isinstance(value, CommentedMap) and len(value) == 0):
                break
            removed.append((parent, value, self.document.position(parent)))
            self.document.set(parent, MISSING)
            parent = parent[:-1]
        return removed

    def edited(self, paths: Sequence[FieldPath], *, structure: bool = False) -> None:
        self._recheck()
        self.changed.emit(list(paths), structure)
        self._apply_live()

    def _order_for(self, path: FieldPath) -> tuple[str, ...]:
        if len(path) >= 3 and path[0] == "segments":
            spec = self.fmt.segment
            for step in path[2:-1]:
                if isinstance(step, int):
                    spec = spec.item if spec.item is not None else spec
                    continue
                child = spec.child(step)
                if child is None:
                    return ()
                spec = child.item if child.item is not None and not child.fields else child
            return spec.keys
        if len(path) == 2 and path[0] == "show":
            return self.fmt.show.keys
        if len(path) == 1:
            return self.fmt.top.keys
        return ()

    # ------------------------------------------------------------ checking

    def _recheck(self) -> None:
        checked, problems = self.document.check()
        self.show = checked.show
        if checked.show is not None:
            self.last_show = checked.show
        self.problems = problems
        self.problemsChanged.emit(problems)

    # ------------------------------------------------------------ the running show

    def runs_this_file(self) -> bool:
        session = self.session
        if session is None or not session.has_show or self.path is None:
            return False
        try:
            return session.show_path == self.path.resolve()
        except OSError:
            return False

    def _apply_live(self) -> None:
        """Hand a valid edited show to the session running this file (the clock stays)."""
        if self.show is None or not self.runs_this_file():
            return
        assert self.session is not None
        if self.session.show == self.show:
            return
        self.session.reload(show=self.show)

    def discard_live_edits(self) -> None:
        """Closing without saving: the running show goes back to what the file says."""
        if self.dirty and self.runs_this_file():
            assert self.session is not None
            self.session.reload()

    def current_index(self) -> int | None:
        """The segment on air now (running or paused) in the show this editor runs."""
        if not self.runs_this_file():
            return None
        assert self.session is not None
        snapshot = self.session.snapshot
        if snapshot.status not in ON_AIR:
            return None
        ids = self.document.segment_ids()
        return ids.index(snapshot.segment.id) if snapshot.segment.id in ids else None

    def locked(self, path: FieldPath) -> bool:
        """Whether this field belongs to what has already happened on air."""
        current = self.current_index()
        if current is None or not path:
            return False
        if path[0] == "show":
            return len(path) > 1 and path[1] in SHOW_LOCKED_ON_AIR
        if path[0] != "segments" or len(path) < 2 or not isinstance(path[1], int):
            return False
        index = path[1]
        if index < current:
            return True
        if index == current:
            return len(path) < 3 or path[2] not in LIVE_EDITABLE
        return False

    def may_change_list(self, path: FieldPath, index: int) -> bool:
        """Segments may be added, removed or moved only after the one on air."""
        current = self.current_index()
        if current is None:
            return True
        if path == ("segments",):
            return index > current
        return not self.locked((*path, index))

    def set_remaining(self, remaining_ms: int) -> Outcome | None:
        """Change the current segment's remaining time: an add_time on the clock's undo,
        recorded in the run as pressed (surface ``button``)."""
        if self.session is None or self.current_index() is None:
            return None
        snapshot = self.session.snapshot
        seconds = round((remaining_ms - snapshot.remaining_ms) / 1000)
        if seconds == 0:
            return None
        return self.session.execute("add_time", {"seconds": seconds}, surface=Surface.BUTTON)


def _same(a: Any, b: Any) -> bool:
    if a is MISSING or b is MISSING:
        return a is b
    return type(a) is type(b) and a == b


def _with_bom(path: Path, text: str) -> str:
    try:
        raw = path.read_bytes()
    except OSError:
        return text
    return "\ufeff" + text if raw.startswith(b"\xef\xbb\xbf") else text
