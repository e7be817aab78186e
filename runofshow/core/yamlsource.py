"""Read a YAML file into located values (runofshow.core.located) for the show's rules.

A value's position is the mark where its node starts (no copy is made: every node of a file
passes here); Document.locate turns a mark into the 1-based line and column in the file as
written. Safe composition only (no object construction beyond the ints and dates the rules
need). Everything that can go wrong on the way, from a missing file to a duplicate key,
becomes a LocatedError.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Container
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from runofshow.core.errors import LocatedError, Message
from runofshow.core.located import Kind, ListValue, MapValue, ScalarValue, Value, Where

if TYPE_CHECKING:
    from runofshow.core.yamlrepair import Repair

MAX_BYTES = 5_000_000
"""Files larger than this are refused before parsing (a show is a few kilobytes)."""

_TAG = "tag:yaml.org,2002:"
_MAP, _SEQ, _STR = _TAG + "map", _TAG + "seq", _TAG + "str"
_RESOLVER = yaml.resolver.Resolver()
_TAG_CACHE: dict[str, str] = {}


class _FastResolver:
    """SafeLoader's tag resolution, minus path resolvers, with a cache for repeated values."""

    def descend_resolver(self, parent: object, index: object) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            if not implicit[0]:
                return _STR
            tag = _TAG_CACHE.get(value)
            if tag is None:
                tag = _RESOLVER.resolve(ScalarNode, value, implicit)
                if len(value) <= 64 and len(_TAG_CACHE) < 10_000:
                    _TAG_CACHE[value] = tag
            return tag
        return _MAP if kind is MappingNode else _SEQ


try:
    from yaml._yaml import CParser

    class _CLoader(CParser, _FastResolver):
        """libyaml's parser and composer: fast, and its nodes keep line and column."""

    _Loader: type = _CLoader
    _C_MARKS = True  # libyaml reports reader errors as byte offsets
except ImportError:  # pragma: no cover - PyYAML without libyaml
    _Loader = yaml.SafeLoader
    _C_MARKS = False
_COLLECTION_TAGS = frozenset((_TAG + "map", _TAG + "seq"))


def _line_and_column(mark: Where) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Document:
    """A read YAML document: its located values (None when it cannot be read at all) and
    the problems only YAML can have (syntax, duplicate keys, tags, aliases)."""

    root: Value | None
    errors: list[LocatedError]
    locate: Callable[[Where], tuple[int, int]] = _line_and_column

    def reported(self) -> Container[Where]:
        """The positions these errors already explain, as the rules ask about them."""
        return _Reported({(e.line, e.col) for e in self.errors}, self.locate)


class _Reported:
    """Positions already explained; the rules ask about a node's mark."""

    def __init__(self, positions: set[tuple[int, int]], locate: Callable[[Where], tuple[int, int]]):
        self.positions = positions
        self.locate = locate

    def __contains__(self, where: object) -> bool:
        return self.locate(where) in self.positions


def mention(where: Where) -> Message:
    """How a message refers back to a YAML position."""
    return Message("on line {line}", line=where.line + 1)  # type: ignore[attr-defined]


def _open_readonly(path: Path) -> BinaryIO:
    """Opened without blocking: a FIFO (or a device) in place of the show file must not
    hang the caller; the caller's fstat then refuses anything but a regular file."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        if error.errno == errno.ENXIO:  # a socket cannot be opened at all
            raise OSError(error.errno, "it is a socket, not a regular file") from None
        raise
    return os.fdopen(fd, "rb")  # closed by the caller's with-block


def read_bytes(path: Path | str) -> tuple[bytes | None, list[LocatedError]]:
    """The file's bytes, or a located reason why it cannot be read. Never writes."""
    name = os.fspath(path)
    try:
        with _open_readonly(Path(path)) as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                return None, [
                    LocatedError.at(name, 1, 1, Message("is a directory, not a show file"))
                ]
            if not stat.S_ISREG(info.st_mode):
                return None, [LocatedError.at(name, 1, 1, Message("is not a regular file"))]
            if info.st_size > MAX_BYTES:
                return None, [_too_large(name, info.st_size)]
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None, [LocatedError.at(name, 1, 1, Message("file not found"))]
    except IsADirectoryError:
        return None, [LocatedError.at(name, 1, 1, Message("is a directory, not a show file"))]
    except PermissionError:
        return None, [
            LocatedError.at(name, 1, 1, Message("permission denied: cannot read the file"))
        ]
    except (OSError, ValueError) as exc:  # ValueError: NUL byte in the path
        reason = getattr(exc, "strerror", None) or str(exc)
        return None, [
            LocatedError.at(name, 1, 1, Message("cannot read the file: {reason}", reason=reason))
        ]
    if len(data) > MAX_BYTES:
        return None, [_too_large(name, len(data))]
    return data, []


def _too_large(name: str, size: int) -> LocatedError:
    return LocatedError.at(
        name,
        1,
        1,
        Message(
            "file is too large ({size} MB; the limit is {limit} MB)",
            size=f"{size / 1e6:.1f}",
            limit=f"{MAX_BYTES / 1e6:g}",
        ),
    )


def decode(data: bytes | str, name: str) -> tuple[str | None, list[LocatedError]]:
    """UTF-8 text without a BOM; a located error at the first byte that is not UTF-8."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")  # lone surrogates fail below, located
    if len(data) > MAX_BYTES:
        return None, [_too_large(name, len(data))]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(data[: exc.start].decode("utf-8"))
        byte = data[exc.start]
        return None, [
            LocatedError.at(
                name,
                line,
                col,
                Message(
                    "not UTF-8 text: byte {byte} cannot be decoded; save the file as UTF-8",
                    byte=f"0x{byte:02x}",
                ),
            )
        ]
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, []


def _line_col(prefix: str) -> tuple[int, int]:
    """1-based line and column just after ``prefix`` (CRLF, CR and LF end lines)."""
    if prefix.startswith("\ufeff"):
        prefix = prefix[1:]
    prefix = prefix.replace("\r\n", "\n").replace("\r", "\n")
    line = prefix.count("\n") + 1
    return line, len(prefix) - (prefix.rfind("\n") + 1) + 1


def compose(text: str, name: str) -> Document:
    """Read ``text`` into located values; refuse aliases, report duplicate keys and tags.

    Tabs in indentation and forbidden characters are reported and mended (yamlrepair), so
    the rest of the file is still read and checked in the same pass.
    """
    if not text.strip():
        return Document(None, [LocatedError.at(name, 1, 1, Message("file is empty"))])
    try:
        root = _compose_nodes(text)
    except (yaml.YAMLError, RecursionError):
        return _compose_mending(text, name)
    return _document(root, text, name, None)


def _compose_mending(text: str, name: str) -> Document:
    """Read a text that libyaml refused, mending what can be mended on the way."""
    from runofshow.core.yamlrepair import Repair  # only files with a mistake need it

    repair = Repair(text)
    while True:
        try:
            root = _compose_nodes(repair.text)
            break
        except yaml.YAMLError as exc:
            if repair.may_read_again() and repair.mend(exc, _reader_offset):
                continue
            return Document(None, _unreadable(exc, repair, name))
        except RecursionError:
            later = _alias_errors(repair.text, name, repair.position) or [_too_deep(name)]
            return Document(None, repair.errors(name) + later)
    return _document(root, text, name, repair)


def _document(root: Node | None, text: str, name: str, repair: Repair | None) -> Document:
    """The values of a composed document, with what only YAML could get wrong."""
    locate = _line_and_column if repair is None else _mended_locator(repair)
    legal = _continuation_lines(root) if repair and root and repair.unreported_lines() else set()
    mended = [] if repair is None else repair.errors(name, legal)
    if root is None:
        empty = LocatedError.at(name, 1, 1, Message("file has no content, only comments"))
        return Document(None, [*mended, empty])
    if "*" in text and _aliased(root):
        position = None if repair is None else repair.position
        working = text if repair is None else repair.text
        return Document(None, mended + _alias_errors(working, name, position))
    reader = _ValueReader(name, locate)
    return Document(reader.read(root), mended + reader.errors, locate)


def _mended_locator(repair: Repair) -> Callable[[Where], tuple[int, int]]:
    def locate(mark: Where) -> tuple[int, int]:
        return repair.position(mark.line + 1, mark.column + 1)  # type: ignore[attr-defined]

    return locate


def _unreadable(exc: yaml.YAMLError, repair: Repair, name: str) -> list[LocatedError]:
    """Why the file cannot be read, after what was mended on the way. A syntax error right
    at a mended line may be of the mending's making: then the mended lines say enough."""
    later = _alias_errors(repair.text, name, repair.position) or [
        _yaml_error(exc, repair.text, name)
    ]
    if repair.mended:
        later = [e for e in later if not repair.artifact(e.line)]
        later = [_moved(e, repair) for e in later]
    return repair.errors(name) + later


def _moved(error: LocatedError, repair: Repair) -> LocatedError:
    line, col = repair.position(error.line, error.col)
    return replace(error, line=line, col=col)


def _reader_offset(exc: yaml.reader.ReaderError, text: str) -> int:
    """The index in ``text`` of the character a ReaderError refuses."""
    return len(_reader_prefix(exc, text))


def _continuation_lines(root: Node) -> set[int]:
    """Lines inside a flow collection or continuing a scalar (quoted, plain, or a block of
    text): there a tab at the start of a line may be allowed, so an unreported one is."""
    lines: set[int] = set()
    stack = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        start, end = node.start_mark.line + 1, node.end_mark.line + 1
        if node.end_mark.column == 0:
            end -= 1  # a block of text ends at the start of the next line
        if isinstance(node, ScalarNode) or getattr(node, "flow_style", False):
            lines.update(range(start + 1, end + 1))
        if isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            for pair in node.value:
                stack.extend(pair)
    return lines


def _compose_nodes(text: str) -> Node | None:
    loader = _Loader(text.encode("utf-8") if _C_MARKS else text)  # bytes: libyaml skips a copy
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _too_deep(name: str) -> LocatedError:
    return LocatedError.at(name, 1, 1, Message("the document is nested too deeply"))


def _alias_errors(
    text: str, name: str, position: Callable[[int, int], tuple[int, int]] | None = None
) -> list[LocatedError]:
    """Aliases (*name) are refused: they make tiny files expand enormously. ``position``
    maps a position in a mended ``text`` back to the file."""
    errors: list[LocatedError] = []
    if "*" not in text:
        return errors
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader if _C_MARKS else yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
                if position is not None:
                    line, col = position(line, col)
                message = Message(
                    "YAML aliases are not supported ({alias}); write the value out instead",
                    alias=f"*{event.anchor}",
                )
                errors.append(LocatedError.at(name, line, col, message))
    except yaml.YAMLError as exc:
        errors.append(_yaml_error(exc, text, name))
    except RecursionError:
        errors.append(_too_deep(name))
    return errors


def _yaml_error(exc: yaml.YAMLError, text: str, name: str) -> LocatedError:
    from runofshow.core.yamlwords import character_message, tab_message

    if isinstance(exc, yaml.reader.ReaderError):
        line, col = _line_col(_reader_prefix(exc, text))
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        return LocatedError.at(name, line, col, character_message(code))
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line, col = (1, 1)
        if mark is not None:
            line, col = mark.line + 1, mark.column + 1
        if _is_tab_at(text, line, col) or "tab" in (exc.problem or ""):
            return LocatedError.at(name, line, col, tab_message())
        reserved = _char_at(text, line, col)
        if reserved in ("@", "`") and "cannot start any token" in (exc.problem or ""):
            message = Message(
                "a value starting with {character} must be quoted, like {example}",
                character=f"'{reserved}'",
                example=f'"{reserved}name"',
            )
            return LocatedError.at(name, line, col, message)
        if "another document" in (exc.problem or ""):
            message = Message(
                "a show file holds one YAML document; remove the second one (from '---' on)"
            )
            return LocatedError.at(name, line, col, message)
        return LocatedError.at(name, line, col, _syntax_message(exc, line))
    return LocatedError.at(name, 1, 1, Message("YAML error: {error}", error=str(exc)))


def _syntax_message(exc: yaml.MarkedYAMLError, line: int) -> Message:
    from runofshow.core.yamlwords import libyaml_words

    problem = libyaml_words(exc.problem or "syntax error")
    if exc.context and exc.context_mark is not None and exc.context_mark.line + 1 != line:
        return Message(
            "YAML syntax error: {problem} ({context} started on line {line})",
            problem=problem,
            context=libyaml_words(exc.context),
            line=exc.context_mark.line + 1,
        )
    if exc.context:
        return Message(
            "YAML syntax error: {problem} ({context})",
            problem=problem,
            context=libyaml_words(exc.context),
        )
    return Message("YAML syntax error: {problem}", problem=problem)


def _reader_prefix(exc: yaml.reader.ReaderError, text: str) -> str:
    """The text before the character a ReaderError refuses."""
    if _C_MARKS:  # libyaml counts bytes
        return text.encode("utf-8")[: exc.position].decode("utf-8", "replace")
    return text[: exc.position]


def _row(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line - 1] if 1 <= line <= len(lines) else ""


def _char_at(text: str, line: int, col: int) -> str:
    row = _row(text, line)
    return row[col - 1] if 1 <= col <= len(row) else ""


def _is_tab_at(text: str, line: int, col: int) -> bool:
    row = _row(text, line)
    return 1 <= col <= len(row) and row[col - 1] == "\t" and not row[: col - 1].strip()


def _unsupported_tag(node: Node) -> Message:
    return Message("unsupported YAML tag {tag}", tag=f"'{tag_name(node.tag)}'")


def tag_name(tag: str) -> str:
    """A tag as the user wrote it: "!!binary" rather than "tag:yaml.org,2002:binary"."""
    return "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag


_KINDS = {
    _STR: Kind.TEXT,
    _TAG + "int": Kind.INTEGER,
    _TAG + "float": Kind.NUMBER,
    _TAG + "bool": Kind.BOOLEAN,
    _TAG + "null": Kind.NULL,
    _TAG + "timestamp": Kind.DATE,
}
_TEXT, _INTEGER, _DATE, _INVALID = Kind.TEXT, Kind.INTEGER, Kind.DATE, Kind.INVALID
_CONSTRUCTOR = SafeConstructor()


def _typed(kind: Kind, node: ScalarNode) -> object:
    """The typed value the rules need: an int, or a date; None when the text is to be read."""
    if kind is _INTEGER:
        if ":" in node.value:  # YAML 1.1 reads 1:30 as base 60; the rules read it as written
            return None
        try:
            return _CONSTRUCTOR.construct_yaml_int(node)
        except ValueError:  # more digits than int() reads
            return None
    try:
        return _CONSTRUCTOR.construct_yaml_timestamp(node)
    except Exception:  # not a real date (2022-02-30), or an explicit !!timestamp on text
        return None


class _ValueReader:
    """Turns composed nodes into located values, reporting what only YAML can get wrong:
    duplicate keys, keys that are not text and unsupported tags. Iterative, so deep
    documents cannot exhaust the stack; the common case (plain text) is kept inline, as
    every node of the file passes here."""

    def __init__(self, name: str, locate: Callable[[Where], tuple[int, int]]) -> None:
        self.name = name
        self.errors: list[LocatedError] = []
        self.locate = locate  # a mark as a line and column in the file as written
        self.stack: list[tuple[Node, list[Any]]] = []

    def error(self, node: Node, message: Message) -> None:
        self.errors.append(LocatedError.at(self.name, *self.locate(node.start_mark), message))

    def scalar(self, node: ScalarNode) -> ScalarValue:
        """Any scalar: unsupported tags reported, ints and dates given their typed value."""
        kind = _KINDS.get(node.tag)
        if kind is None:
            self.error(node, _unsupported_tag(node))
            return ScalarValue(node.value, node.start_mark, _INVALID)
        if kind is _INTEGER or kind is _DATE:
            return ScalarValue(node.value, node.start_mark, kind, _typed(kind, node))
        return ScalarValue(node.value, node.start_mark, kind)

    def collection(self, node: Node) -> Value:
        """An empty list or mapping value; its items are filled in from ``self.stack``."""
        if node.tag not in _COLLECTION_TAGS:
            self.error(node, _unsupported_tag(node))
        items: list[Any] = []
        self.stack.append((node, items))
        if type(node) is SequenceNode:
            return ListValue(items, node.start_mark)
        return MapValue(items, node.start_mark)

    def read(self, root: Node) -> Value:
        """The located value of the whole document (which must not use aliases)."""
        if type(root) is ScalarNode:
            return self.scalar(root)
        first = self.collection(root)
        new, text_kind, scalar_value, kinds = tuple.__new__, _TEXT, ScalarValue, _KINDS
        stack, scalar, collection = self.stack, self.scalar, self.collection
        while stack:
            node, sink = stack.pop()
            append = sink.append
            if type(node) is SequenceNode:
                for item in node.value:
                    if type(item) is not ScalarNode:
                        append(collection(item))
                    elif kinds.get(item.tag) is text_kind:  # inline: most nodes are text
                        append(new(scalar_value, (item.value, item.start_mark, text_kind, None)))
                    else:
                        append(scalar(item))
                continue
            names: dict[str, ScalarNode] = {}
            for key, item in node.value:
                if type(key) is not ScalarNode:
                    self.error(key, Message("a key must be plain text, not a list or mapping"))
                    # not read, but its own problems are still reported
                    scalar(item) if type(item) is ScalarNode else collection(item)
                    continue
                first_key = names.setdefault(key.value, key)
                if first_key is not key:
                    message = Message(
                        "duplicate key {key} (first on line {line})",
                        key=f"'{key.value}'",
                        line=first_key.start_mark.line + 1,
                    )
                    self.error(key, message)
                if kinds.get(key.tag) is text_kind:
                    key_value = new(scalar_value, (key.value, key.start_mark, text_kind, None))
                else:
                    key_value = scalar(key)
                if type(item) is not ScalarNode:
                    append((key_value, collection(item)))
                elif kinds.get(item.tag) is text_kind:
                    value = new(scalar_value, (item.value, item.start_mark, text_kind, None))
                    append((key_value, value))
                else:
                    append((key_value, scalar(item)))
        return first


def _aliased(root: Node) -> bool:
    """Whether a node is met twice: libyaml composes an alias as the very node it names."""
    seen: set[int] = set()
    pending = [root]
    while pending:
        node = pending.pop()
        if id(node) in seen:
            return True
        seen.add(id(node))
        if isinstance(node, SequenceNode):
            pending.extend(node.value)
        elif isinstance(node, MappingNode):
            for pair in node.value:
                pending.extend(pair)
    return False
