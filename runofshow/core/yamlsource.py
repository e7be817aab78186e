"""Read a YAML file into located values (runofshow.core.located) for the show's rules.

Positions are (line, column) pairs, 1-based. Safe composition only (no object construction
beyond the ints and dates the rules need). Everything that can go wrong on the way, from a
missing file to a duplicate key, becomes a LocatedError.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from runofshow.core.errors import LocatedError, Message
from runofshow.core.located import Kind, ListValue, MapValue, ScalarValue, Value, Where
from runofshow.core.yamllibwords import libyaml_words
from runofshow.core.yamlrepair import Repair, character_message, tab_message

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


@dataclass(frozen=True)
class Document:
    """A read YAML document: its located values (None when it cannot be read at all) and
    the problems only YAML can have (syntax, duplicate keys, tags, aliases)."""

    root: Value | None
    errors: list[LocatedError]


def mention(where: Where) -> Message:
    """How a message refers back to a YAML position."""
    line = where[0] if isinstance(where, tuple) else where
    return Message("on line {line}", line=line)


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
            LocatedError(
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
            later = _alias_errors(repair, name) or [_too_deep(name)]
            return Document(None, repair.errors(name) + later)
    if root is None:
        return Document(
            None,
            [
                *repair.errors(name, legal=()),
                LocatedError.at(name, 1, 1, Message("file has no content, only comments")),
            ],
        )
    position = repair.position if repair.mended else None
    reader = _ValueReader(name, track_aliases="*" in text, position=position)
    value = reader.read(root)
    legal = _continuation_lines(root) if repair.unreported_lines() else set()
    if value is None:
        return Document(None, repair.errors(name, legal) + _alias_errors(repair, name))
    return Document(value, repair.errors(name, legal) + reader.errors)


def _unreadable(exc: yaml.YAMLError, repair: Repair, name: str) -> list[LocatedError]:
    """Why the file cannot be read, after what was mended on the way. A syntax error right
    at a mended line may be of the mending's making: then the mended lines say enough."""
    later = _alias_errors(repair, name) or [_yaml_error(exc, repair.text, name)]
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


def _alias_errors(repair: Repair, name: str) -> list[LocatedError]:
    """Aliases (*name) are refused: they make tiny files expand enormously."""
    errors: list[LocatedError] = []
    text = repair.text
    if "*" not in text:
        return errors
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader if _C_MARKS else yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                line, col = repair.position(mark.line + 1, mark.column + 1) if mark else (1, 1)
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
_INTEGER, _DATE, _INVALID = Kind.INTEGER, Kind.DATE, Kind.INVALID
_CONSTRUCTOR = SafeConstructor()
_ALIASED = ScalarValue("", (1, 1), _INVALID)


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
    duplicate keys, keys that are not text, unsupported tags, and (by a node met twice)
    aliases. Iterative, so deep documents cannot exhaust the stack."""

    def __init__(
        self,
        name: str,
        track_aliases: bool,
        position: Callable[[int, int], tuple[int, int]] | None = None,
    ) -> None:
        self.name = name
        self.errors: list[LocatedError] = []
        self.seen: set[int] | None = set() if track_aliases else None
        self.aliased = False
        self.position = position  # maps positions of a mended text back to the file

    def where(self, node: Node) -> tuple[int, int]:
        mark = node.start_mark
        if self.position is None:
            return mark.line + 1, mark.column + 1
        return self.position(mark.line + 1, mark.column + 1)

    def error(self, node: Node, message: Message) -> None:
        self.errors.append(LocatedError.at(self.name, *self.where(node), message))

    def scalar(self, node: ScalarNode) -> ScalarValue:
        mark = node.start_mark
        where = (
            (mark.line + 1, mark.column + 1)
            if self.position is None
            else self.position(mark.line + 1, mark.column + 1)
        )
        kind = _KINDS.get(node.tag)
        if kind is None:
            self.error(node, _unsupported_tag(node))
            return ScalarValue(node.value, where, _INVALID)
        if kind is _INTEGER or kind is _DATE:
            return ScalarValue(node.value, where, kind, _typed(kind, node))
        return ScalarValue(node.value, where, kind)

    def seen_before(self, node: Node) -> bool:
        if self.seen is None:
            return False
        if id(node) in self.seen:
            self.aliased = True
            return True
        self.seen.add(id(node))
        return False

    def read(self, root: Node) -> Value | None:
        """The located value of the whole document; None when it uses aliases."""
        stack: list[tuple[Node, list[Any]]] = []
        first = self.value(root, stack)
        while stack and not self.aliased:
            node, sink = stack.pop()
            if isinstance(node, SequenceNode):
                for item in node.value:
                    sink.append(self.value(item, stack))
                continue
            seen: dict[str, ScalarNode] = {}
            for key, item in node.value:
                if not isinstance(key, ScalarNode):
                    self.error(key, Message("a key must be plain text, not a list or mapping"))
                    self.walk_unread(key)
                    self.value(item, stack)  # its own problems are still reported
                    continue
                first_key = seen.setdefault(key.value, key)
                if first_key is not key:
                    line = first_key.start_mark.line + 1
                    message = Message(
                        "duplicate key {key} (first on line {line})",
                        key=f"'{key.value}'",
                        line=line,
                    )
                    self.error(key, message)
                if self.seen_before(key):
                    break
                sink.append((self.scalar(key), self.value(item, stack)))
        return None if self.aliased else first

    def value(self, node: Node, stack: list[tuple[Node, list[Any]]]) -> Value:
        """The value for ``node``; a list or mapping is filled in later, from ``stack``."""
        if self.seen_before(node):
            return _ALIASED  # reading stops; the caller reports every alias instead
        if isinstance(node, ScalarNode):
            return self.scalar(node)
        where = self.where(node)
        if node.tag not in _COLLECTION_TAGS:
            self.error(node, _unsupported_tag(node))
        made = ListValue([], where) if isinstance(node, SequenceNode) else MapValue([], where)
        stack.append((node, made[0]))
        return made

    def walk_unread(self, node: Node) -> None:
        """A key that is a list or mapping is not read, but an alias inside it still counts."""
        if self.seen is None:
            return
        pending = [node]
        while pending and not self.aliased:
            current = pending.pop()
            if self.seen_before(current):
                return
            if isinstance(current, SequenceNode):
                pending.extend(current.value)
            elif isinstance(current, MappingNode):
                for pair in current.value:
                    pending.extend(pair)
