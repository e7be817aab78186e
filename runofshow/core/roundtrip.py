"""Read and write show files without disturbing them: comments, key order, quoting, block
text and blank lines survive; only what was edited changes (ruamel.yaml in round-trip mode).

The app's loader reads YAML 1.1 (PyYAML), ruamel.yaml reads and writes YAML 1.2. Where the
two disagree about a plain scalar (``13:05``, ``no``, ``on``, ``012``, ``0o12``, ``1e3``,
dates), a value must keep the meaning the loader gives it:

- every plain scalar of the file is kept as ``PlainText``, its text exactly as written
  (never turned into a 1.2 number, boolean or date), and written back as it was;
- a new text value is written plain only when both readings agree it is text, otherwise
  in double quotes (``"no"``, ``"13:05"``, ``"2022-09-12"``); a value replacing a plain
  one stays plain when the loader reads both the same way (a new start time that is
  still a date);
- ``kind_of`` tells how the loader will read a value, so the editor's checks agree with
  ``runofshow validate`` on the written file (and the saver checks that they do).
"""

from __future__ import annotations

import io
import itertools
import re
from datetime import date, datetime
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.nodes import ScalarNode as RuamelScalarNode
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)

from runofshow.core.located import Kind

__all__ = [
    "CommentedMap",
    "CommentedSeq",
    "DoubleQuotedScalarString",
    "LiteralScalarString",
    "PlainText",
    "RoundTripError",
    "dump_text",
    "kind_of",
    "load_text",
    "restyle",
    "text_value",
]

_TAG = "tag:yaml.org,2002:"
_STR = _TAG + "str"
_PYYAML_RESOLVER = yaml.resolver.Resolver()
_RUAMEL_RESOLVER = VersionedResolver()  # YAML 1.2, as ruamel writes
_SAFE = yaml.constructor.SafeConstructor()
_KINDS = {
    _STR: Kind.TEXT,
    _TAG + "int": Kind.INTEGER,
    _TAG + "float": Kind.NUMBER,
    _TAG + "bool": Kind.BOOLEAN,
    _TAG + "null": Kind.NULL,
    _TAG + "timestamp": Kind.DATE,
}


class RoundTripError(Exception):
    """The text cannot be read as YAML by the round-trip reader."""


class PlainText(str):
    """A plain (unquoted) scalar exactly as the file writes it."""

    __slots__ = ()


def yaml11_tag(text: str) -> str:
    """The tag the app's loader (PyYAML, YAML 1.1) gives this text written plain."""
    return str(_PYYAML_RESOLVER.resolve(yaml.ScalarNode, text, (True, False)))


def kind_of(value: object) -> tuple[Kind, str, object]:
    """(kind, text, typed value) of a document value as the loader will read it."""
    if value is None:
        return Kind.NULL, "", None
    if isinstance(value, PlainText):
        tag = yaml11_tag(value)
        kind = _KINDS.get(tag, Kind.TEXT)
        typed: object = None
        if kind is Kind.INTEGER and ":" not in value:
            try:
                typed = _SAFE.construct_yaml_int(yaml.ScalarNode(tag, str(value)))
            except ValueError:
                typed = None
        elif kind is Kind.DATE:
            try:
                typed = _SAFE.construct_yaml_timestamp(yaml.ScalarNode(tag, str(value)))
            except Exception:  # 2022-02-30: looks like a date, is none
                typed = None
        return kind, str(value), typed
    if isinstance(value, bool):
        return Kind.BOOLEAN, "true" if value else "false", None
    if isinstance(value, int):
        return Kind.INTEGER, str(value), value
    if isinstance(value, float):
        return Kind.NUMBER, repr(value), None
    if isinstance(value, date):
        return Kind.DATE, value.isoformat(), value
    return Kind.TEXT, str(value), None


def text_value(value: object) -> str:
    """A scalar as the editor shows it: the text as written (empty for nothing)."""
    return kind_of(value)[1] if not isinstance(value, CommentedMap | CommentedSeq) else ""


def restyle(old: object, text: str) -> object:
    """The value to store for ``text`` typed over ``old``: a text block for several lines,
    the old quotes where they still fit, plain where the loader reads it the same as the
    plain value it replaces, else as the representer decides (quoted when YAML 1.1 would
    read it as something else)."""
    if "\n" in text:
        return LiteralScalarString(text)
    if isinstance(old, DoubleQuotedScalarString | SingleQuotedScalarString):
        return type(old)(text)
    if isinstance(old, PlainText) and yaml11_tag(text) == yaml11_tag(old) and _plain_ok(text):
        return PlainText(text)
    return text


_PLAIN_SAFE = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n]*$")


def _plain_ok(text: str) -> bool:
    """Text that can stand unquoted on one line without YAML reading it differently."""
    if not text or text != text.strip() or not _PLAIN_SAFE.match(text):
        return False
    return ": " not in text and " #" not in text and not text.endswith(":")


# ---------------------------------------------------------------- ruamel set-up


class _Constructor(RoundTripConstructor):
    """Plain scalars stay text as written; quoted and block ones as ruamel keeps them."""

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        tag = str(getattr(node, "tag", "") or "")
        if isinstance(node, RuamelScalarNode) and node.style is None and tag.startswith(_TAG):
            if node.value == "" and tag == _TAG + "null":
                return None
            return PlainText(node.value)
        return super().construct_object(node, deep=deep)


class _Representer(RoundTripRepresenter):
    pass


def _represent_plain(representer: Any, data: PlainText) -> Any:
    # the tag ruamel would resolve the text to: the emitter then writes it as is, plain
    tag = _RUAMEL_RESOLVER.resolve(RuamelScalarNode, str(data), (True, False))
    return representer.represent_scalar(tag, str(data), style=None)


def _represent_text(representer: Any, data: str) -> Any:
    """A new text value: plain when both YAML versions read it as this text, else quoted."""
    if "\n" in data:
        return representer.represent_scalar(_STR, data, style="|")
    ruamel_tag = _RUAMEL_RESOLVER.resolve(RuamelScalarNode, data, (True, False))
    if yaml11_tag(data) != _STR or ruamel_tag != _STR or not _plain_ok(data):
        return representer.represent_scalar(_STR, data, style='"')
    return representer.represent_scalar(_STR, data, style=None)


_Representer.add_representer(PlainText, _represent_plain)
_Representer.add_representer(str, _represent_text)


def _yaml() -> YAML:
    handler = YAML(typ="rt")
    handler.Constructor = _Constructor
    handler.Representer = _Representer
    handler.preserve_quotes = True
    handler.width = 4096  # never fold long lines (Japanese text has no spaces to fold at)
    handler.allow_unicode = True
    return handler


def load_text(text: str, *, indent: tuple[int, int, int] | None = None) -> tuple[Any, YAML]:
    """The round-trip tree of ``text`` and the YAML handler set up to write it back in the
    file's own indentation."""
    handler = _yaml()
    mapping, sequence, offset = indent or detect_indent(text)
    handler.indent(mapping=mapping, sequence=sequence, offset=offset)
    try:
        tree = handler.load(text)
    except Exception as error:  # ruamel raises many kinds; all mean "cannot read"
        raise RoundTripError(str(error)) from None
    return tree, handler


def dump_text(tree: Any, handler: YAML) -> str:
    out = io.StringIO()
    handler.dump(tree, out)
    return out.getvalue()


_SEQ_ITEM = re.compile(r"^( *)- ")
_KEY_LINE = re.compile(r"^( *)[^\s#-][^:]*:(\s|$)")


def detect_indent(text: str) -> tuple[int, int, int]:
    """(mapping, sequence, offset) indentation of the file: how far nested keys move in,
    and where a list's "- " sits under its key (``segments:`` then ``  - id:`` is 2, 4, 2)."""
    lines = text.splitlines()
    mapping = 2
    for first, second in itertools.pairwise(lines):
        a, b = _KEY_LINE.match(first), _KEY_LINE.match(second)
        if a and b and first.rstrip().endswith(":") and len(b.group(1)) > len(a.group(1)):
            mapping = len(b.group(1)) - len(a.group(1))
            break
    for first, second in itertools.pairwise(lines):
        key, item = _KEY_LINE.match(first), _SEQ_ITEM.match(second)
        if key and item and first.rstrip().endswith(":"):
            offset = len(item.group(1)) - len(key.group(1))
            return mapping, offset + 2, offset
    return mapping, mapping + 2, mapping


def new_mapping(entries: dict[str, object] | None = None, *, flow: bool = False) -> CommentedMap:
    mapping = CommentedMap(entries or {})
    if flow:
        mapping.fa.set_flow_style()
    return mapping


def is_text_scalar(value: object) -> bool:
    return (isinstance(value, str) and not isinstance(value, PlainText)) or (
        isinstance(value, PlainText) and yaml11_tag(value) == _STR
    )


def as_moment(value: object) -> datetime | None:
    """A document value as a date and time, if it reads as one."""
    _kind, text, typed = kind_of(value)
    if isinstance(typed, datetime):
        return typed
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        return None
