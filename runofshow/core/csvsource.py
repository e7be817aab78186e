"""CSV files as spreadsheets and survey sites write them: encoding found, every cell located.

One reader for every CSV front-end (the rundown import, the panel's survey import). It never
writes, never blocks on a FIFO, and reports a bad file as ``FILE:LINE:COL: message`` where
LINE is the line of the file on which the record starts and COL is the column's number
(1-based), so a spreadsheet user finds the cell.

Encodings: UTF-8 with a byte order mark (Excel's "CSV UTF-8"), UTF-8 without one (Google
Sheets, most web exports) and Shift_JIS / CP932 (what Japanese Excel saves by default).
The delimiter is a comma, a semicolon or a tab, whichever the header line uses.
"""

from __future__ import annotations

import csv
import io
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from runofshow.core.errors import LocatedError, Message

MAX_BYTES = 5_000_000
DELIMITERS = (",", ";", "\t")
UTF8_BOM = b"\xef\xbb\xbf"


class CsvError(Exception):
    """A CSV file that cannot be read; ``errors`` are located."""

    def __init__(self, errors: Sequence[LocatedError]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(str(error) for error in self.errors))


@dataclass(frozen=True)
class CsvCell:
    value: str
    line: int  # where the record starts in the file (1-based)
    column: int  # 1-based

    def error(self, file: str, message: str) -> LocatedError:
        return LocatedError.at(file, self.line, self.column, message)


@dataclass(frozen=True)
class CsvRecord:
    """One record after the header: its cells and the file line it starts on."""

    line: int
    values: tuple[str, ...]

    def cell(self, column: int) -> CsvCell:
        """The cell in 1-based ``column`` (an empty one past the end of a short record)."""
        value = self.values[column - 1] if column <= len(self.values) else ""
        return CsvCell(value, self.line, column)

    @property
    def blank(self) -> bool:
        return all(not value.strip() for value in self.values)


@dataclass(frozen=True)
class CsvTable:
    file: str
    encoding: str  # "utf-8-sig", "utf-8" or "cp932"
    delimiter: str
    header: tuple[str, ...]
    records: tuple[CsvRecord, ...]  # blank records included; front-ends decide
    header_line: int = 1  # the file line the header starts on

    def column(self, name: str) -> int | None:
        """The 1-based number of the header ``name`` (spaces and case ignored), or None."""
        wanted = name.strip().casefold()
        for number, title in enumerate(self.header, start=1):
            if title.strip().casefold() == wanted:
                return number
        return None


def read_csv_file(path: Path | str) -> CsvTable:
    """Read and decode a CSV file; CsvError with located errors when it cannot be used."""
    name = os.fspath(path)
    return parse_csv(read_regular_file(Path(path), name), name)


def read_regular_file(path: Path, name: str) -> bytes:
    """The bytes of a regular file (or a symlink to one), opened without blocking."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise CsvError([LocatedError.at(name, 1, 1, Message("file not found"))]) from None
    except PermissionError:
        raise CsvError(
            [LocatedError.at(name, 1, 1, Message("permission denied: cannot read the file"))]
        ) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise CsvError([LocatedError(name, 1, 1, f"cannot read the file: {reason}")]) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise CsvError([LocatedError.at(name, 1, 1, Message("is a directory, not a file"))])
        raise CsvError([LocatedError.at(name, 1, 1, Message("is not a regular file"))])
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise CsvError(
            [
                LocatedError.at(
                    name,
                    1,
                    1,
                    Message("file is too large; the limit is {limit} MB", limit=MAX_BYTES // 10**6),
                )
            ]
        )
    return data


def parse_csv(data: bytes, name: str = "<csv>") -> CsvTable:
    """Decode ``data`` (encoding detected) and split it into a header and records."""
    text, encoding = decode_csv(data, name)
    if not text.strip():
        raise CsvError([LocatedError.at(name, 1, 1, Message("file is empty"))])
    if "\x00" in text:
        line, col = _line_col(text[: text.index("\x00")])
        raise CsvError([LocatedError.at(name, line, col, Message("NUL byte in the file"))])
    delimiter = _delimiter(text)
    rows = list(_records(text, delimiter, name))
    if not rows:
        raise CsvError([LocatedError.at(name, 1, 1, Message("file is empty"))])
    header_line, header = rows[0]
    width = len(header)
    errors: list[LocatedError] = []
    for number, title in enumerate(header, start=1):
        if not title.strip():
            errors.append(
                LocatedError.at(
                    name, header_line, number, Message("column {column} has no name", column=number)
                )
            )
    records: list[CsvRecord] = []
    for line, values in rows[1:]:
        record = CsvRecord(line, tuple(values))
        if len(values) > width and any(v.strip() for v in values[width:]):
            errors.append(
                LocatedError.at(
                    name,
                    line,
                    width + 1,
                    Message(
                        "this row has {count} cells but the header has {width} columns",
                        count=len(values),
                        width=width,
                    ),
                )
            )
        records.append(record)
    if errors:
        raise CsvError(errors)
    return CsvTable(name, encoding, delimiter, tuple(header), tuple(records), header_line)


def decode_csv(data: bytes, name: str = "<csv>") -> tuple[str, str]:
    """(text, encoding): UTF-8 with or without a BOM, else CP932; located error otherwise."""
    if data.startswith(UTF8_BOM):
        try:
            return data[len(UTF8_BOM) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as error:
            start = error.start + len(UTF8_BOM)
            raise CsvError([_undecodable(data, start, "utf-8", name, "UTF-8")]) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        utf8_start = error.start
    try:
        return data.decode("cp932"), "cp932"
    except UnicodeDecodeError as error:
        # Report where the encoding that read further stopped: that is the one meant.
        start, encoding = max((utf8_start, "utf-8"), (error.start, "cp932"))
        raise CsvError([_undecodable(data, start, encoding, name, "UTF-8 or Shift_JIS")]) from None


def _undecodable(data: bytes, start: int, encoding: str, name: str, expected: str) -> LocatedError:
    prefix = data[:start].decode(encoding, "replace").removeprefix("\ufeff")
    line, col = _line_col(prefix)
    return LocatedError.at(
        name,
        line,
        col,
        Message(
            "byte 0x{byte} cannot be read as {expected}; save the file as CSV UTF-8",
            byte=f"{data[start]:02x}",
            expected=expected,
        ),
    )


def _line_col(prefix: str) -> tuple[int, int]:
    prefix = prefix.replace("\r\n", "\n").replace("\r", "\n")
    return prefix.count("\n") + 1, len(prefix) - (prefix.rfind("\n") + 1) + 1


def _delimiter(text: str) -> str:
    """The delimiter the header line uses most, outside quotes (a comma when none)."""
    first = text.lstrip("\r\n").splitlines()[0] if text.strip() else ""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _records(text: str, delimiter: str, name: str) -> Iterator[tuple[int, list[str]]]:
    """(starting line, values) for every record, blank lines before the header skipped."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    seen_header = False
    while True:
        start = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise CsvError(
                [
                    LocatedError.at(
                        name,
                        max(reader.line_num, start),
                        1,
                        Message("broken CSV: {reason}", reason=str(error)),
                    )
                ]
            ) from None
        if not seen_header and not any(value.strip() for value in values):
            continue
        seen_header = True
        yield start, values


def encode_csv(header: Sequence[str], rows: Sequence[Sequence[str]], *, bom: bool = True) -> bytes:
    """UTF-8 CSV text for spreadsheets: a BOM so Excel reads Japanese, CRLF line ends, every
    cell quoted (so a tab or semicolon inside a cell never looks like a delimiter)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    writer.writerows(rows)
    return (UTF8_BOM if bom else b"") + buffer.getvalue().encode("utf-8")
