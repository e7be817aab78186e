"""`runofshow export`, `runofshow import` and `runofshow sheet`: planning on the command line.

Export and import need no Qt (``runofshow.core.rundown_csv``); the run sheet is printed
through Qt (``runofshow.qt.runsheet``), imported only by that command. Problems go to
stderr (located ones as ``FILE:LINE:COL: message``) with exit status 1.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from runofshow.core.atomic import write_atomically
from runofshow.core.csvsource import CsvError, read_csv_file
from runofshow.core.loader import validate_file
from runofshow.core.roundtrip import RoundTripError
from runofshow.core.rundown_csv import export_csv, import_table, parse_map_options
from runofshow.core.showdoc import ShowDocument


def _error(message: str) -> int:
    sys.stderr.write(f"error: {message}\n")
    return 1


def _checked_show(path: Path) -> tuple[ShowDocument, object] | int:
    """The document and its show; every problem on stderr (status 1) when it is not valid."""
    errors = validate_file(path)
    if errors:
        for error in errors:
            sys.stderr.write(f"{error}\n")
        return 1
    from runofshow.core.loader import load_show

    try:
        document = ShowDocument(path.read_text(encoding="utf-8-sig"), path)
    except (OSError, RoundTripError) as error:
        return _error(f"{path}: {error}")
    return document, load_show(path)


def export(show_path: Path, fmt: str, output: Path | None) -> int:
    """Write the show's rundown as CSV (UTF-8 with BOM) to ``output`` or stdout."""
    if fmt != "csv":
        return _error(f"unknown format {fmt!r}; use csv")
    loaded = _checked_show(show_path)
    if isinstance(loaded, int):
        return loaded
    document, show = loaded
    data = export_csv(document, show)  # type: ignore[arg-type]
    if output is None:
        sys.stdout.buffer.write(data)
        return 0
    try:
        write_atomically(output, data, keep_mode=True)
    except OSError as error:
        return _error(f"{output}: {error.strerror or error}")
    return 0


def import_rundown(csv_path: Path, output: Path, maps: Sequence[str], force: bool) -> int:
    """Build a show file from a CSV rundown; every located problem on stderr."""
    try:
        table = read_csv_file(csv_path)
    except CsvError as error:
        for located in error.errors:
            sys.stderr.write(f"{located}\n")
        return 1
    try:
        mapping = parse_map_options(maps, table)
    except ValueError as error:
        return _error(str(error))
    imported = import_table(table, mapping)
    for note in imported.notes:
        sys.stderr.write(f"note: {note}\n")
    if imported.text is None:
        for located in imported.errors:
            sys.stderr.write(f"{located}\n")
        return 1
    if output.exists() and not force:
        return _error(f"{output} exists; use --force to replace it")
    try:
        write_atomically(output, imported.text, keep_mode=True)
    except OSError as error:
        return _error(f"{output}: {error.strerror or error}")
    print(f"{output}: {len(imported.show.segments) if imported.show else 0} segments")
    return 0


def sheet(show_path: Path, output: Path, page: str, landscape: bool, lang: str) -> int:
    """Print the run sheet of a show to a PDF file (through Qt, offscreen)."""
    errors = validate_file(show_path)
    if errors:
        for error in errors:
            sys.stderr.write(f"{error}\n")
        return 1
    from runofshow.qt.runsheet import write_pdf_offscreen

    try:
        pages = write_pdf_offscreen(show_path, output, page=page, landscape=landscape, lang=lang)
    except OSError as error:
        return _error(f"{output}: {error.strerror or error}")
    print(f"{output}: {pages} page{'s' if pages != 1 else ''}")
    return 0
