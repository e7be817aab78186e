"""The rundown as a spreadsheet: one row per segment, a column per key of the format.

Export: the segment's keys in the schema's order (a nested object with known keys such
as ``thresholds`` or ``notes`` gets a column per key, ``notes.slide``), the show's own keys
as ``show.…`` columns filled in the first row, and the planned start and end of each
segment as read-only columns (``planned_start``, ``planned_end``, ignored by the import).
Lists and free maps (speakers, cue cards, links) are JSON in their cell, so the import
restores them exactly; text is written as the show file writes it (``15m`` stays ``15m``).

Import: the CSV reader (``runofshow.core.csvsource``: UTF-8, UTF-8 with BOM, CP932) gives
the cells with their places; columns map to keys by name or by an explicit mapping; the
show's rules check the result with each value at its cell, so errors read
``FILE:LINE:COL: message`` with the row's line and the column's number, and say what
``runofshow validate`` would say.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, cast

from runofshow.core.csvsource import CsvTable, encode_csv
from runofshow.core.errors import LocatedError, Message
from runofshow.core.loader import check_show_text
from runofshow.core.located import KEY, FieldPath, Where, from_plain
from runofshow.core.model import FORMAT_V1, Show
from runofshow.core.roundtrip import (
    CommentedMap,
    CommentedSeq,
    PlainText,
    dump_text,
    kind_of,
    load_text,
)
from runofshow.core.rules import check_show
from runofshow.core.schedule import plan_schedule
from runofshow.core.showdoc import ShowDocument
from runofshow.core.showschema import FieldSpec, FormatSpec, Shape, format_spec
from runofshow.core.yamlsource import mention

PLANNED = ("planned_start", "planned_end")
SHOW_PREFIX = "show."
IGNORE = ""


# ---------------------------------------------------------------- columns


def columns_for(spec: FieldSpec, prefix: str = "") -> list[tuple[str, FieldPath]]:
    """(column name, path inside the object) for every key of an object spec."""
    found: list[tuple[str, FieldPath]] = []
    for child in spec.fields:
        if child.shape is Shape.OBJECT and child.shorthand is None:
            for name, path in columns_for(child, f"{prefix}{child.key}."):
                found.append((name, (child.key, *path)))
        else:
            found.append((prefix + child.key, (child.key,)))
    return found


def all_columns(fmt: FormatSpec) -> list[tuple[str, FieldPath]]:
    """Every importable column: the segment's, then the show's (``show.`` + path)."""
    segment = columns_for(fmt.segment)
    show = [(SHOW_PREFIX + n, ("show", *p)) for n, p in columns_for(fmt.show)]
    return segment + show


# ---------------------------------------------------------------- export


def to_json_value(value: Any) -> Any:
    """A document value as plain JSON, each scalar as the loader reads it."""
    if isinstance(value, CommentedMap | dict):
        return {str(k): to_json_value(v) for k, v in value.items()}
    if isinstance(value, CommentedSeq | list):
        return [to_json_value(v) for v in value]
    if isinstance(value, PlainText):
        kind, text, typed = kind_of(value)
        if kind.value == "integer" and isinstance(typed, int):
            return typed
        if kind.value == "boolean":
            return text.lower() in ("y", "yes", "true", "on")
        if kind.value == "null":
            return None
        return text
    if isinstance(value, date):
        return value.isoformat()
    return value if isinstance(value, bool | int | float) or value is None else str(value)


def cell_text(value: Any) -> str:
    if isinstance(value, CommentedMap | CommentedSeq | dict | list):
        return json.dumps(to_json_value(value), ensure_ascii=False, separators=(", ", ": "))
    if value is None:
        return ""
    return kind_of(value)[1]


def export_table(
    document: ShowDocument, show: Show | None, fmt: FormatSpec | None = None
) -> tuple[list[str], list[list[str]]]:
    """(header, rows): one row per segment; extra keys of the file (``x-…``) get columns too."""
    fmt = fmt or format_spec()
    segment_cols = columns_for(fmt.segment)
    show_cols = [(SHOW_PREFIX + n, p) for n, p in columns_for(fmt.show)]
    count = document.segment_count()
    known = {p[0] for _, p in segment_cols}
    extra: list[str] = []
    for index in range(count):
        for key in document.get(("segments", index)) or {}:
            if str(key) not in known and str(key) not in extra:
                extra.append(str(key))
    show_map = document.get(("show",), {}) or {}
    show_known = {p[0] for _, p in columns_for(fmt.show)}
    show_extra = [str(k) for k in show_map if str(k) not in show_known]
    header = [*PLANNED, *(n for n, _ in segment_cols), *extra]
    header += [n for n, _ in show_cols] + [SHOW_PREFIX + k for k in show_extra]
    plan = plan_schedule(show) if show is not None else None
    rows: list[list[str]] = []
    for index in range(count):
        base = ("segments", index)
        row: list[str] = []
        if plan is not None and index < len(plan.starts):
            row += [f"{plan.starts[index]:%H:%M:%S}", f"{plan.ends[index]:%H:%M:%S}"]
        else:
            row += ["", ""]
        row += [cell_text(document.get((*base, *p), None)) for _, p in segment_cols]
        row += [cell_text(document.get((*base, k), None)) for k in extra]
        if index == 0:
            row += [cell_text(document.get(("show", *p), None)) for _, p in show_cols]
            row += [cell_text(document.get(("show", k), None)) for k in show_extra]
        else:
            row += [""] * (len(show_cols) + len(show_extra))
        rows.append(row)
    return header, rows


def export_csv(document: ShowDocument, show: Show | None) -> bytes:
    header, rows = export_table(document, show)
    return encode_csv(header, rows)


# ---------------------------------------------------------------- import


@dataclass
class Imported:
    """What an import made: the YAML text (None when there are errors), the show, the
    located errors, and notes (columns left out)."""

    text: str | None
    show: Show | None
    errors: list[LocatedError]
    notes: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


def default_mapping(table: CsvTable, fmt: FormatSpec | None = None) -> dict[int, str]:
    """Column number -> column name of the format, for headers that name one."""
    fmt = fmt or format_spec()
    names = {n.casefold(): n for n, _ in all_columns(fmt)}
    mapping: dict[int, str] = {}
    for number, title in enumerate(table.header, start=1):
        wanted = title.strip().casefold()
        if wanted in names:
            mapping[number] = names[wanted]
        elif wanted.startswith(("x-", SHOW_PREFIX + "x-")):
            mapping[number] = title.strip()
    return mapping


def parse_map_options(options: Sequence[str], table: CsvTable) -> dict[int, str]:
    """``--map 'Column=key'`` options (``'Column='`` leaves a column out) over the default."""
    mapping = default_mapping(table)
    for option in options:
        column, sep, key = option.partition("=")
        if not sep:
            raise ValueError(f"--map {option!r}: write COLUMN=KEY (or COLUMN= to leave it out)")
        number = table.column(column)
        if number is None:
            raise ValueError(f"--map {option!r}: the file has no column {column.strip()!r}")
        if key.strip():
            mapping[number] = key.strip()
        else:
            mapping.pop(number, None)
    return mapping


def import_table(
    table: CsvTable, mapping: Mapping[int, str] | None = None, fmt: FormatSpec | None = None
) -> Imported:
    """Build and check a show from the CSV's rows; errors are located at their cells."""
    fmt = fmt or format_spec()
    mapping = dict(default_mapping(table, fmt) if mapping is None else mapping)
    paths = dict(all_columns(fmt))
    specs = _specs_by_column(fmt)
    notes = [
        f"column {title!r} is not imported"
        for number, title in enumerate(table.header, start=1)
        if number not in mapping and title.strip() not in PLANNED
    ]
    errors: list[LocatedError] = []
    places: dict[FieldPath, tuple[int, int]] = {}
    data: dict[str, Any] = {"format": FORMAT_V1, "show": {}, "segments": []}
    first_line = table.records[0].line if table.records else 2
    places[()] = (first_line, 1)
    places[("show",)] = (first_line, 1)
    places[("segments",)] = (first_line, 1)
    for record in table.records:
        if record.blank:
            continue
        segment: dict[str, Any] = {}
        index = len(data["segments"])
        places[("segments", index)] = (record.line, 1)
        show_part = False
        for number, name in mapping.items():
            cell = record.cell(number)
            if not cell.value.strip():
                continue
            if name.startswith(SHOW_PREFIX):
                target_path: FieldPath = paths.get(name) or ("show", name[len(SHOW_PREFIX) :])
                target, base = data, target_path
                show_part = True
            else:
                target_path = paths.get(name) or (name,)
                target, base = segment, target_path
            value, wrong = _cell_value(cell.value, specs.get(name))
            if wrong is not None:
                errors.append(cell.error(table.file, wrong))
                continue
            full = base if target is data else ("segments", index, *base)
            _put(target, base, value)
            _place(places, full, value, (cell.line, cell.column))
        if segment or not show_part:
            data["segments"].append(segment)

    def where(path: FieldPath) -> Where:
        probe = path[:-1] if path and path[-1] == KEY else path
        while probe not in places and probe:
            probe = probe[:-1]
        return places.get(probe, (first_line, 1))

    reported = {(e.line, e.col) for e in errors}  # unreadable cells, already explained
    checked = check_show(from_plain(data, where), mention=mention, reported=reported)
    for problem in checked.problems:
        line, column = cast(tuple[int, int], problem.where)  # cells are (line, column)
        errors.append(LocatedError.at(table.file, line, column, problem.message))
    errors = sorted(dict.fromkeys(errors), key=lambda e: (e.line, e.col))
    if errors or checked.show is None:
        return Imported(None, None, errors, notes, data)
    text = yaml_text(data)
    read, read_errors = check_show_text(text, table.file)
    if read is None or replace(read, source=None) != checked.show:  # never a different show
        message = Message("the imported show would not read back the same; nothing was written")
        return Imported(None, None, [*read_errors, LocatedError.at(table.file, 1, 1, message)])
    return Imported(text, checked.show, [], notes, data)


def _specs_by_column(fmt: FormatSpec) -> dict[str, FieldSpec]:
    found: dict[str, FieldSpec] = {}
    for name, path in all_columns(fmt):
        spec: FieldSpec | None = fmt.top if name.startswith(SHOW_PREFIX) else fmt.segment
        for step in path:
            spec = spec.child(str(step)) if spec is not None else None
        if spec is not None:
            found[name] = spec
    return found


def _cell_value(text: str, spec: FieldSpec | None) -> tuple[Any, Message | None]:
    stripped = text.strip()
    structured = spec is None and stripped[:1] in ("[", "{")
    if structured or (spec is not None and spec.shape in (Shape.LIST, Shape.MAP, Shape.OBJECT)):
        try:
            return json.loads(stripped), None
        except json.JSONDecodeError as error:
            return None, Message("this cell is not valid JSON: {reason}", reason=error.msg)
    if spec is not None and spec.shape is Shape.BOOLEAN:
        if stripped.lower() in ("true", "yes", "1"):
            return True, None
        if stripped.lower() in ("false", "no", "0"):
            return False, None
        return None, Message("write true or false here, not {value}", value=repr(stripped))
    if spec is not None and spec.shape is Shape.INTEGER and _is_int(stripped):
        return int(stripped), None
    if spec is not None and spec.shape is Shape.NUMBER:
        try:
            return float(stripped), None
        except ValueError:
            return stripped, None
    if spec is not None and spec.allows_integer and _is_int(stripped):
        return int(stripped), None
    return text if "\n" in text else stripped, None


def _is_int(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _put(target: dict[str, Any], path: FieldPath, value: Any) -> None:
    node = target
    for step in path[:-1]:
        node = node.setdefault(str(step), {})
    node[str(path[-1])] = value


def _place(
    places: dict[FieldPath, tuple[int, int]], path: FieldPath, value: Any, at: tuple[int, int]
) -> None:
    for depth in range(1, len(path) + 1):
        places.setdefault(path[:depth], at)
    places[path] = at
    if isinstance(value, dict):
        for key, item in value.items():
            _place(places, (*path, key), item, at)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _place(places, (*path, index), item, at)


# ---------------------------------------------------------------- YAML out

FLOW_KEYS = frozenset({"thresholds"})
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$")


def yaml_text(data: Mapping[str, Any]) -> str:
    """A new show file for imported data: the bundled show's layout (2-space keys, lists
    under their key, thresholds and speaker mappings on one line, text blocks for
    multi-line text)."""
    _tree, handler = load_text("a: 1\n", indent=(2, 4, 2))
    tree = _commented(data, "")
    text = dump_text(tree, handler)
    return text.replace("\nshow:\n", "\n\nshow:\n").replace("\nsegments:\n", "\n\nsegments:\n")


def _commented(value: Any, key: str) -> Any:
    from runofshow.core.roundtrip import LiteralScalarString

    if isinstance(value, dict):
        mapping = CommentedMap((k, _commented(v, k)) for k, v in value.items())
        simple = all(not isinstance(v, dict | list) for v in value.values())
        if simple and (key in FLOW_KEYS or key == "speakers") and "\n" not in str(value):
            mapping.fa.set_flow_style()
        return mapping
    if isinstance(value, list):
        items = CommentedSeq(_commented(v, key) for v in value)
        return items
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    if key == "starts_at" and isinstance(value, str) and _MOMENT.match(value):
        return PlainText(value)  # a date and time reads the same plain (the bundled layout)
    return value
