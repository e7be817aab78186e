"""The show format's fields, read from its JSON Schema (resources/schema/show-v1.json).

The editor builds its forms and the CSV export its columns from this, so a key added to
the schema (by a new rules module) is editable and exported without touching either.
Each field is a ``FieldSpec``: a scalar (text, multi-line text, a choice, a yes/no, a
number), an object with known keys, a free map of names to values, or a list of items.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from runofshow.paths import schema_path

MULTILINE_KEYS = frozenset({"text", "description", "slide", "stream"})
"""Keys whose text is usually several lines (cue card text, notes, descriptions)."""


class Shape(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    CHOICE = "choice"
    BOOLEAN = "boolean"
    INTEGER = "integer"
    NUMBER = "number"
    OBJECT = "object"  # known keys (thresholds, notes, a speaker, a cue)
    MAP = "map"  # free names to values (links)
    LIST = "list"  # items of one spec (speakers, cues)


@dataclass(frozen=True)
class FieldSpec:
    key: str
    shape: Shape
    description: str = ""
    required: bool = False
    choices: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    fields: tuple[FieldSpec, ...] = ()  # OBJECT: its keys, in the schema's order
    item: FieldSpec | None = None  # LIST: what each item is; MAP: each value
    shorthand: str | None = None  # OBJECT: the key a plain scalar stands for ("name")
    allows_integer: bool = False  # a text that may also be written as a whole number
    const: str | None = None

    def child(self, key: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.key == key), None)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)


@dataclass(frozen=True)
class FormatSpec:
    """The whole format: the show's fields and a segment's fields."""

    top: FieldSpec
    show: FieldSpec
    segment: FieldSpec
    raw: Mapping[str, Any] = field(repr=False, default_factory=dict)


@cache
def format_spec(path: Path | None = None) -> FormatSpec:
    """The format as the shipped schema (or the schema at ``path``) describes it."""
    schema = json.loads((path or schema_path()).read_text(encoding="utf-8"))
    return spec_from_schema(schema)


def spec_from_schema(schema: Mapping[str, Any]) -> FormatSpec:
    reader = _Reader(schema)
    top = reader.spec("", schema, required=True)
    show = top.child("show")
    segments = top.child("segments")
    if show is None or segments is None or segments.item is None:
        raise ValueError("the schema has no show or segments")
    return FormatSpec(top, show, segments.item, schema)


class _Reader:
    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.schema = schema

    def resolve(self, node: Mapping[str, Any]) -> dict[str, Any]:
        """``node`` with its $ref followed (the referring node's own words win)."""
        seen = 0
        result = dict(node)
        while "$ref" in result and seen < 20:
            ref = str(result.pop("$ref"))
            target: Any = self.schema
            for part in ref.removeprefix("#/").split("/"):
                target = target[part]
            merged = dict(target)
            merged.update(result)
            result = merged
            seen += 1
        return result

    def alternatives(self, node: dict[str, Any]) -> list[dict[str, Any]]:
        options = node.get("anyOf") or node.get("oneOf")
        if not options:
            return [node]
        found: list[dict[str, Any]] = []
        for option in options:
            found += self.alternatives(self.resolve(option))
        return found

    def spec(self, key: str, raw: Mapping[str, Any], *, required: bool = False) -> FieldSpec:
        node = self.resolve(raw)
        description = str(node.get("description", ""))
        examples = tuple(str(e) for e in node.get("examples", ()))
        if "const" in node:
            const = str(node["const"])
            return FieldSpec(key, Shape.TEXT, description, required, const=const)
        if "enum" in node:
            choices = tuple(str(c) for c in node["enum"] if c is not None)
            return FieldSpec(key, Shape.CHOICE, description, required, choices=choices)
        options = self.alternatives(node)
        for option in options:
            if _types(option) & {"array"} and "items" in option:
                item = self.spec(key, option["items"])
                return FieldSpec(key, Shape.LIST, description, required, item=item)
        for option in options:
            if "object" in _types(option) and "properties" in option:
                shorthand = None
                if any(_types(o) & {"string", "number", "boolean"} for o in options):
                    needed = option.get("required") or list(option["properties"])[:1]
                    shorthand = str(needed[0]) if needed else None
                fields = tuple(
                    self.spec(name, sub, required=name in option.get("required", ()))
                    for name, sub in option["properties"].items()
                )
                return FieldSpec(
                    key, Shape.OBJECT, description, required, fields=fields, shorthand=shorthand
                )
            extra = option.get("additionalProperties")
            if "object" in _types(option) and isinstance(extra, dict):
                item = self.spec(key, extra)
                return FieldSpec(key, Shape.MAP, description, required, item=item)
        types = set().union(*(_types(o) for o in options))
        if types == {"boolean"} or types == {"boolean", "null"}:
            return FieldSpec(key, Shape.BOOLEAN, description, required)
        if types <= {"integer", "null"} and "integer" in types:
            return FieldSpec(key, Shape.INTEGER, description, required)
        if types <= {"number", "integer", "null"} and types & {"number"}:
            return FieldSpec(key, Shape.NUMBER, description, required)
        shape = Shape.MULTILINE if key in MULTILINE_KEYS else Shape.TEXT
        return FieldSpec(
            key,
            shape,
            description,
            required,
            examples=examples,
            allows_integer="integer" in types,
        )


def _types(node: Mapping[str, Any]) -> set[str]:
    kind = node.get("type")
    if kind is None:
        if "properties" in node or "additionalProperties" in node:
            return {"object"}
        if "items" in node:
            return {"array"}
        if "pattern" in node:
            return {"string"}
        return set()
    return {str(kind)} if isinstance(kind, str) else {str(k) for k in kind}
