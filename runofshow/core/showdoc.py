"""A show file open for editing: its round-trip tree, edits by field path, and the show's
rules run on it with each field as its own position.

Paths are the located module's ``FieldPath``: keys and list indexes from the top
(``("segments", 2, "cues", 0, "text")``). Every edit says what it replaced, so an undo
stack can put it back exactly (a removed segment comes back with its comments).
The file itself is only written by ``runofshow.core.showsave``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runofshow.core.errors import Message
from runofshow.core.located import KEY, FieldPath, ListValue, MapValue, ScalarValue, Value, Where
from runofshow.core.roundtrip import (
    CommentedMap,
    CommentedSeq,
    PlainText,
    RoundTripError,
    dump_text,
    kind_of,
    load_text,
)
from runofshow.core.rules import CheckedShow, check_show

MISSING: Any = object()
"""What ``get`` returns, and edits report as replaced, where a key is absent."""

UTF8_BOM = "\ufeff"


def mention_field(where: Where) -> Message:
    """How an editor message refers back to another field: by its segment."""
    if isinstance(where, tuple) and len(where) >= 2 and where[0] == "segments":
        index = where[1]
        if isinstance(index, int):
            return Message("in segment {index}", index=index + 1)
    return Message("in the show")


@dataclass(frozen=True)
class Problem:
    """One problem the show's rules found, at a field path (a key's own path ends in KEY)."""

    path: FieldPath
    message: Message

    @property
    def field(self) -> FieldPath:
        """The field to point at: the key's value for a key, else the path itself."""
        return self.path[:-1] if self.path and self.path[-1] == KEY else self.path


class ShowDocument:
    """The editable tree of one show file (ruamel round-trip), without Qt."""

    def __init__(self, text: str, path: Path | None = None) -> None:
        self.path = path
        self.bom = text.startswith(UTF8_BOM)
        body = text[1:] if self.bom else text
        self.crlf = "\r\n" in body
        body = body.replace("\r\n", "\n")
        self.original_text = text
        self.tree, self._handler = load_text(body)
        if not isinstance(self.tree, CommentedMap):
            raise RoundTripError("the file is not a mapping of keys")
        self._trailing_blank = len(body) - len(body.rstrip("\n")) if body.endswith("\n") else 0
        self._separated = _segments_separated(body, self._handler)
        self._inner_blank = bool(_inner_blank_lines(body, self._handler))

    # ------------------------------------------------------------ reading

    def get(self, path: FieldPath, default: Any = MISSING) -> Any:
        node: Any = self.tree
        for step in path:
            in_map = isinstance(node, CommentedMap) and isinstance(step, str) and step in node
            in_list = isinstance(node, CommentedSeq) and isinstance(step, int) and step < len(node)
            if not (in_map or in_list):
                return default
            node = node[step]
        return node

    def segment_count(self) -> int:
        segments = self.get(("segments",), None)
        return len(segments) if isinstance(segments, CommentedSeq) else 0

    def segment_ids(self) -> list[str]:
        return [str(self.get(("segments", i, "id"), "")) for i in range(self.segment_count())]

    # ------------------------------------------------------------ edits

    def position(self, path: FieldPath) -> int | None:
        """Where the key at ``path`` stands among its mapping's keys (None: not there)."""
        *parents, last = path
        container = self._container(tuple(parents), create=False)
        if not isinstance(container, CommentedMap) or last not in container:
            return None
        return list(container).index(last)

    def set(
        self, path: FieldPath, value: Any, order: Sequence[str] = (), at: int | None = None
    ) -> Any:
        """Set the value at ``path`` (MISSING removes the key); returns what was there.

        Missing mappings on the way are created. A new key goes at ``at`` (where an undone
        removal found it), else where ``order`` (the format's key order) puts it among the
        keys already there, else last.
        """
        *parents, last = path
        container = self._container(tuple(parents), create=value is not MISSING)
        if container is None:
            return MISSING
        if isinstance(container, CommentedSeq):
            assert isinstance(last, int)
            previous = container[last]
            container[last] = value
            return previous
        assert isinstance(last, str)
        previous = container.get(last, MISSING)
        if value is MISSING:
            if last in container:
                del container[last]
            return previous
        if last in container:
            container[last] = value
        else:
            where = _position(container, last, order) if at is None else min(at, len(container))
            container.insert(where, last, value)
        return previous

    def insert(self, path: FieldPath, index: int, value: Any) -> None:
        """Insert an item into the list at ``path`` (created if missing)."""
        items = self.get(path, None)
        if not isinstance(items, CommentedSeq):
            items = CommentedSeq()
            self.set(path, items)
        items.insert(index, value)

    def pop(self, path: FieldPath, index: int) -> Any:
        items = self.get(path)
        assert isinstance(items, CommentedSeq)
        return items.pop(index)

    def move(self, path: FieldPath, source: int, target: int) -> None:
        """Move an item of the list at ``path`` from ``source`` to ``target``."""
        items = self.get(path)
        assert isinstance(items, CommentedSeq)
        item = items.pop(source)
        items.insert(target, item)

    def _container(self, path: FieldPath, *, create: bool) -> Any:
        node: Any = self.tree
        for step in path:
            if isinstance(node, CommentedSeq):
                assert isinstance(step, int)
                node = node[step]
                continue
            child = node.get(step) if isinstance(node, CommentedMap) else None
            if not isinstance(child, CommentedMap | CommentedSeq):
                if not create:
                    return None
                child = CommentedMap()
                node[step] = child
            node = child
        return node

    # ------------------------------------------------------------ checking

    def located(self) -> Value:
        """The document as located values for the show's rules; positions are paths."""
        return _located(self.tree, ())

    def check(self) -> tuple[CheckedShow, list[Problem]]:
        checked = check_show(self.located(), mention=mention_field, source=self.source())
        problems = [Problem(tuple(p.where), p.message) for p in checked.problems]  # type: ignore[arg-type]
        return checked, problems

    def source(self) -> Path | None:
        """The file's resolved path, as the loader names a show's source."""
        if self.path is None:
            return None
        try:
            return self.path.resolve()
        except (OSError, RuntimeError):
            return self.path

    # ------------------------------------------------------------ writing

    def render(self, *, tidy: bool = True) -> str:
        """The file's text as it stands: the BOM and line ends of the original; with
        ``tidy``, segments keep the blank line between them that the file used."""
        text = dump_text(self.tree, self._handler)
        if tidy:
            text = self._tidy(text)
        if self.crlf:
            text = text.replace("\n", "\r\n")
        return (UTF8_BOM if self.bom else "") + text

    def _tidy(self, text: str) -> str:
        if self._separated and not self._inner_blank:
            lines = text.split("\n")
            stray = set(_inner_blank_lines(text, self._handler))
            text = "\n".join(line for i, line in enumerate(lines) if i not in stray)
        if self._separated:
            text = _separate_segments(text, self._handler)
        if text.endswith("\n"):
            stripped = text.rstrip("\n")
            text = stripped + "\n" * max(1, self._trailing_blank)
        return text


def _position(mapping: CommentedMap, key: str, order: Sequence[str]) -> int:
    if key not in order:
        return len(mapping)
    rank = order.index(key)
    position = 0
    for index, existing in enumerate(mapping):
        if existing in order and order.index(existing) < rank:
            position = index + 1
    return position if any(k in order for k in mapping) else len(mapping)


def _located(value: Any, path: FieldPath) -> Value:
    if isinstance(value, CommentedMap | dict):
        entries: list[tuple[ScalarValue, Value]] = []
        for key, item in value.items():
            name = str(key)
            entries.append((ScalarValue(name, (*path, name, KEY)), _located(item, (*path, name))))
        return MapValue(entries, path)
    if isinstance(value, CommentedSeq | list):
        return ListValue([_located(item, (*path, i)) for i, item in enumerate(value)], path)
    kind, text, typed = kind_of(value)
    return ScalarValue(text, path, kind, typed)


_ITEM = re.compile(r"^( *)- ")


def _segment_item_indent(handler: Any) -> str:
    offset = handler.sequence_dash_offset if hasattr(handler, "sequence_dash_offset") else 2
    return " " * int(offset)


def _segment_lines(text: str, handler: Any) -> tuple[list[str], int, int, str] | None:
    """The lines, the span of the top-level segments list, and its items' "- " prefix."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.startswith("segments:")), None)
    if start is None:
        return None
    end = len(lines)
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if line and not line.startswith((" ", "#", "-")):
            end = i
            break
    prefix = _segment_item_indent(handler) + "- "
    return lines, start, end, prefix


def _segments_separated(text: str, handler: Any) -> bool:
    """Whether every segment after the first follows a blank line in the file."""
    found = _segment_lines(text, handler)
    if found is None:
        return False
    lines, start, end, prefix = found
    starts = [i for i in range(start + 1, end) if lines[i].startswith(prefix)]
    return len(starts) > 1 and all(lines[i - 1].strip() == "" for i in starts[1:])


def _inner_blank_lines(text: str, handler: Any) -> list[int]:
    """Blank lines inside a segment followed by one of its keys (a separator that stayed
    with the key it followed when a key was added after it)."""
    found = _segment_lines(text, handler)
    if found is None:
        return []
    lines, start, end, prefix = found
    key_indent = " " * len(prefix)
    inner: list[int] = []
    for i in range(start + 1, end):
        if lines[i].strip():
            continue
        after = next((j for j in range(i + 1, end) if lines[j].strip()), None)
        if after is None:
            continue
        line = lines[after]
        is_key = line.startswith(key_indent) and not line.startswith(key_indent + " ")
        if is_key and not line.lstrip().startswith("#"):
            inner.append(i)
    return inner


def _separate_segments(text: str, handler: Any) -> str:
    """A blank line before every segment that directly follows content (a segment moved
    up from the end, or added there), as the rest of the file has."""
    found = _segment_lines(text, handler)
    if found is None:
        return text
    lines, start, end, prefix = found
    out: list[str] = []
    first = True
    for i, line in enumerate(lines):
        if start < i < end and line.startswith(prefix):
            if not first and out and out[-1].strip() != "" and not out[-1].lstrip().startswith("#"):
                out.append("")
            first = False
        out.append(line)
    return "\n".join(out)


def plain_text(value: str) -> PlainText:
    return PlainText(value)
