"""The survey import: a CSV export (connpass's questionnaire download, a Google Form, a
spreadsheet) becomes questions for one segment.

The file is read by ``runofshow.core.csvsource`` (the one CSV reader: UTF-8, UTF-8 with a
BOM and CP932 detected, cells located). A column mapping says which column holds the
question text, the asker and the tags; ``guess_mapping`` proposes one from the headers.
Blank rows and duplicates (the same question twice in the file, or already prepared or
imported) are skipped and counted; a row that cannot be used (text too long, a control
character) is left out with a located problem (``FILE:LINE:COL: message``), the others
are imported.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from runofshow.core.csvsource import CsvCell, CsvError, CsvTable
from runofshow.core.errors import LocatedError, Message
from runofshow.core.rules_questions import MAX_ASKER, MAX_QUESTION_TEXT, MAX_TAG, MAX_TAGS
from runofshow.core.rules_questions import question_key as key_of
from runofshow.questions.model import Question, Source, question_id

FIELDS = ("text", "asker", "tags")
TAG_SPLIT = re.compile(r"[,、;；/／・]")
# Header words that name a column (lower case; Japanese as connpass and forms write them).
HINTS: dict[str, tuple[str, ...]] = {
    "text": (
        "質問",
        "question",
        "聞きたい",
        "トピック",
        "topic",
        "お題",
        "テーマ",
        "内容",
        "コメント",
    ),
    "asker": ("表示名", "ニックネーム", "名前", "氏名", "ユーザー名", "name", "asker", "nickname"),
    "tags": ("タグ", "tag", "カテゴリ", "category", "分類"),
}


@dataclass(frozen=True)
class ColumnMap:
    """1-based column numbers; ``asker`` and ``tags`` are optional."""

    text: int
    asker: int | None = None
    tags: int | None = None


@dataclass(frozen=True)
class SurveyImport:
    mapping: ColumnMap
    questions: tuple[Question, ...]
    blank: int  # rows without a question text
    duplicates: int  # the same question again (in the file, or already known)
    problems: tuple[LocatedError, ...]  # rows left out, each located

    @property
    def rows(self) -> int:
        return len(self.questions) + self.blank + self.duplicates + len(self.problems)


def guess_mapping(table: CsvTable) -> ColumnMap:
    """A mapping from the header words; the text defaults to the column with the longest
    answers when no header says "question"."""
    found: dict[str, int] = {}
    titles = [unicodedata.normalize("NFKC", title).casefold() for title in table.header]
    for field in FIELDS:
        found_one = (
            number
            for hint in HINTS[field]  # the better hint first: 表示名 before ユーザー名
            for number, title in enumerate(titles, start=1)
            if hint in title and number not in found.values()
        )
        number = next(found_one, None)
        if number is not None:
            found[field] = number
    if "text" not in found:
        free = [n for n in range(1, len(table.header) + 1) if n not in found.values()] or [1]
        found["text"] = max(free, key=lambda n: _average_length(table, n))
    return ColumnMap(found["text"], found.get("asker"), found.get("tags"))


def _average_length(table: CsvTable, column: int) -> float:
    cells = [r.cell(column).value for r in table.records[:50]]
    return sum(len(c) for c in cells) / max(1, len(cells))


def parse_map(spec: str) -> dict[str, str]:
    """``text=COL,asker=COL,tags=COL`` (COL: a header or a column number) -> a dict;
    ValueError with an English message when it is not that."""
    result: dict[str, str] = {}
    for part in (p for p in spec.split(",") if p.strip()):
        name, sep, column = part.partition("=")
        name = name.strip()
        if not sep or name not in FIELDS or not column.strip():
            raise ValueError(
                f"--map {part.strip()!r}: write FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}"
            )
        result[name] = column.strip()
    return result


def resolve_mapping(table: CsvTable, spec: Mapping[str, str]) -> ColumnMap:
    """``spec`` (field -> header or column number) on top of the guessed mapping; CsvError
    located at the header when a column does not exist."""
    guessed = guess_mapping(table)
    chosen: dict[str, int | None] = {
        "text": guessed.text, "asker": guessed.asker, "tags": guessed.tags
    }  # fmt: skip
    errors = []
    for field, column in spec.items():
        number = _column_number(table, column)
        if number is None:
            errors.append(
                LocatedError.at(
                    table.file,
                    table.header_line,
                    1,
                    Message(
                        "there is no column {column}; the columns are {columns}",
                        column=repr(column),
                        columns=", ".join(table.header),
                    ),
                )
            )
        else:
            chosen[field] = number
    if errors:
        raise CsvError(errors)
    text = chosen["text"]
    assert text is not None
    return ColumnMap(text, chosen["asker"], chosen["tags"])


def _column_number(table: CsvTable, column: str) -> int | None:
    if column.isdigit():
        number = int(column)
        return number if 1 <= number <= len(table.header) else None
    return table.column(column)


def read_survey(
    table: CsvTable,
    mapping: ColumnMap,
    segment: str,
    known: Collection[str] = (),
) -> SurveyImport:
    """The questions of ``table`` for ``segment``; ``known``: question keys already in the
    segment (prepared or imported), skipped as duplicates."""
    seen = set(known)
    questions: list[Question] = []
    blank = duplicates = 0
    problems: list[LocatedError] = []
    for record in table.records:
        cell = record.cell(mapping.text)
        text = _clean(cell.value)
        if not text:
            blank += 1
            continue
        problem = _too_long(table.file, cell, text, MAX_QUESTION_TEXT) or _control(table.file, cell)
        asker = ""
        if mapping.asker is not None:
            asker_cell = record.cell(mapping.asker)
            asker = " ".join(_clean(asker_cell.value).split())
            problem = problem or _too_long(table.file, asker_cell, asker, MAX_ASKER)
            problem = problem or _control(table.file, asker_cell)
        tags: tuple[str, ...] = ()
        if mapping.tags is not None:
            tags_cell = record.cell(mapping.tags)
            tags = _tags(tags_cell.value)
            long_tag = next((t for t in tags if len(t) > MAX_TAG), None)
            if long_tag is not None:
                problem = problem or _too_long(table.file, tags_cell, long_tag, MAX_TAG)
        if problem is not None:
            problems.append(problem)
            continue
        key = key_of(text)
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        questions.append(
            Question(
                question_id(Source.SURVEY, segment, text), segment, text, Source.SURVEY, asker, tags
            )
        )
    return SurveyImport(mapping, tuple(questions), blank, duplicates, tuple(problems))


def _clean(value: str) -> str:
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.strip() for line in lines).strip()


def _tags(value: str) -> tuple[str, ...]:
    tags: list[str] = []
    for part in TAG_SPLIT.split(value):
        tag = " ".join(part.split())
        if tag and tag not in tags:
            tags.append(tag)
    return tuple(tags[:MAX_TAGS])


def _too_long(file: str, cell: CsvCell, text: str, limit: int) -> LocatedError | None:
    if len(text) <= limit:
        return None
    return cell.error(
        file,
        Message(
            "the cell is {length} characters long; the limit is {limit} (row left out)",
            length=len(text),
            limit=limit,
        ),
    )


def _control(file: str, cell: CsvCell) -> LocatedError | None:
    bad = next(
        (c for c in cell.value if unicodedata.category(c) in ("Cc", "Cs") and c not in "\t\r\n"),
        None,
    )
    if bad is None:
        return None
    return cell.error(
        file,
        Message(
            "the cell holds the control character {code} (row left out)",
            code=f"U+{ord(bad):04X}",
        ),
    )
