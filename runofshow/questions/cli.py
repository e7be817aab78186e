"""`runofshow questions import SHOW FILE.csv` and `runofshow questions list SHOW`: the
survey imported before the show, from the command line (the console has the same import
with a preview). Problems go to stderr as FILE:LINE:COL: message."""

from __future__ import annotations

import sys
from pathlib import Path

from runofshow.core.csvsource import CsvError, read_csv_file
from runofshow.core.loader import ShowLoadError, load_show
from runofshow.core.model import SegmentKind, Show
from runofshow.core.rules_questions import question_key
from runofshow.questions.model import seed
from runofshow.questions.store import StoreError, bank_path, load_bank, merged, save_bank
from runofshow.questions.survey import parse_map, read_survey, resolve_mapping


def _load(show_path: Path) -> Show | None:
    try:
        return load_show(show_path)
    except ShowLoadError as error:
        for located in error.errors:
            print(located, file=sys.stderr)
        return None


def default_segment(show: Show) -> str | None:
    """Where a survey goes when no --segment is given: the first panel, else the first
    segment with prepared questions."""
    for segment in show.segments:
        if segment.kind is SegmentKind.PANEL:
            return segment.id
    return next((s.id for s in show.segments if s.questions), None)


def import_survey(show_path: Path, csv_path: Path, segment: str | None, spec: str | None) -> int:
    show = _load(show_path)
    if show is None:
        return 1
    ids = [s.id for s in show.segments]
    if segment is None:
        segment = default_segment(show)
        if segment is None:
            print(f"runofshow: the show has no panel; choose one with --segment ({', '.join(ids)})",
                  file=sys.stderr)  # fmt: skip
            return 2
    elif segment not in ids:
        print(f"runofshow: no segment {segment!r}; the show has: {', '.join(ids)}",
              file=sys.stderr)  # fmt: skip
        return 2
    try:
        wanted = parse_map(spec or "")
    except ValueError as error:
        print(f"runofshow: {error}", file=sys.stderr)
        return 2
    try:
        table = read_csv_file(csv_path)
        mapping = resolve_mapping(table, wanted)
        bank = load_bank(bank_path(show_path))
    except CsvError as error:
        for located in error.errors:
            print(located, file=sys.stderr)
        return 1
    except StoreError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    known = {question_key(q.text) for q in (*seed(show, ()), *bank) if q.segment == segment}
    result = read_survey(table, mapping, segment, known)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    combined, again = merged(bank, result.questions)
    try:
        save_bank(bank_path(show_path), combined)
    except OSError as error:
        print(f"error: cannot save the questions: {error}", file=sys.stderr)
        return 1

    def column(number: int | None) -> str:
        return "-" if number is None else f"{table.header[number - 1]} (column {number})"

    added = len(combined) - len(bank)
    print(
        f"Imported {added} question{'s' if added != 1 else ''} into {segment!r} from "
        f"{csv_path} ({table.encoding}).\n"
        f"  columns: text={column(mapping.text)}, asker={column(mapping.asker)}, "
        f"tags={column(mapping.tags)}\n"
        f"  skipped: {result.blank} blank row(s), {result.duplicates + again} duplicate(s)"
        + (f"; {len(result.problems)} row(s) left out (above)" if result.problems else "")
    )
    return 0


def list_questions(show_path: Path) -> int:
    show = _load(show_path)
    if show is None:
        return 1
    try:
        bank = load_bank(bank_path(show_path))
    except StoreError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    questions = seed(show, bank)
    if not questions:
        print(f"No questions for {show_path} yet (prepared or imported).")
        return 0
    for segment in show.segments:
        mine = [q for q in questions if q.segment == segment.id]
        if mine:
            print(f"{segment.id}: {segment.title}")
        for number, question in enumerate(mine, start=1):
            asker = f" ({question.asker})" if question.asker else ""
            text = " ".join(question.text.split())
            print(f"  {number:>3}. [{question.source.value}] {text}{asker}")
    return 0
