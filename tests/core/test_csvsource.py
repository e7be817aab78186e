"""The shared CSV reader: encodings detected, cells located, bad files refused with a place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from runofshow.core.csvsource import (
    CsvError,
    decode_csv,
    encode_csv,
    parse_csv,
    read_csv_file,
)

SURVEY = "質問,お名前,タグ\r\nローカル開発環境の移行で一番大変だったことは？,山田,開発環境\r\n"


def errors_of(data: bytes, name: str = "survey.csv") -> list[str]:
    with pytest.raises(CsvError) as caught:
        parse_csv(data, name)
    return [str(error) for error in caught.value.errors]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SURVEY.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SURVEY.encode("utf-8"), "utf-8-sig"),
        (SURVEY.encode("cp932"), "cp932"),
    ],
)
def test_the_three_encodings_spreadsheets_write_are_detected(data: bytes, encoding: str) -> None:
    table = parse_csv(data, "survey.csv")
    assert table.encoding == encoding
    assert table.header == ("質問", "お名前", "タグ")
    assert table.records[0].values[0] == "ローカル開発環境の移行で一番大変だったことは？"
    assert table.records[0].cell(2).value == "山田"


def test_cp932_specific_characters_decode() -> None:
    # ① and ～ exist in CP932 but not in strict Shift_JIS: Excel writes them.
    data = "質問\r\n①ポイント付与の非同期化～その後\r\n".encode("cp932")
    assert parse_csv(data).records[0].values == ("①ポイント付与の非同期化～その後",)


def test_cells_are_located_at_the_line_the_record_starts_and_their_column() -> None:
    data = b'text,asker\n"two\nlines",A\nthird,B\n'
    table = parse_csv(data, "q.csv")
    first, second = table.records
    assert (first.line, second.line) == (2, 4)
    assert first.values == ("two\nlines", "A")
    cell = second.cell(2)
    assert (cell.value, cell.line, cell.column) == ("B", 4, 2)
    assert str(cell.error("q.csv", "bad asker")) == "q.csv:4:2: bad asker"


def test_short_records_read_as_empty_cells_and_blank_records_are_kept_marked() -> None:
    table = parse_csv(b"a,b,c\n1\n,,\n\n2,3,4\n")
    assert table.records[0].cell(3).value == ""
    assert [record.blank for record in table.records] == [False, True, True, False]


def test_semicolon_and_tab_delimiters_follow_the_header() -> None:
    assert parse_csv(b"a;b\n1;2\n").records[0].values == ("1", "2")
    assert parse_csv(b"a\tb\n1\t2\n").delimiter == "\t"
    assert parse_csv(b'"a,b";c\n1;2\n').header == ("a,b", "c")


def test_header_lookup_ignores_case_and_spaces() -> None:
    table = parse_csv(b"Text , Asker\nx,y\n")
    assert table.column("text") == 1
    assert table.column("ASKER") == 2
    assert table.column("tags") is None


def test_a_byte_that_is_neither_utf8_nor_cp932_is_located() -> None:
    data = "質問\r\nよい\r\n".encode() + b"\x80\xff\r\n"
    # valid UTF-8 up to the bad bytes; CP932 cannot read 0x80 either
    assert errors_of(data) == [
        "survey.csv:3:1: byte 0x80 cannot be read as UTF-8 or Shift_JIS; save the file as CSV UTF-8"
    ]


def test_broken_utf8_after_a_bom_is_located() -> None:
    assert errors_of(b"\xef\xbb\xbfa,b\n1,\xff\n") == [
        "survey.csv:2:3: byte 0xff cannot be read as UTF-8; save the file as CSV UTF-8"
    ]


def test_too_many_cells_point_at_the_first_extra_column() -> None:
    assert errors_of(b"text,asker\nq1,A\nq2,B,extra\n") == [
        "survey.csv:3:3: this row has 3 cells but the header has 2 columns"
    ]


def test_unnamed_columns_and_unterminated_quotes_and_nul_bytes() -> None:
    assert errors_of(b"text,,tags\nq,a,t\n") == ["survey.csv:1:2: column 2 has no name"]
    assert errors_of(b'text\n"never closed\n') == [
        "survey.csv:2:1: broken CSV: unexpected end of data"
    ]
    assert errors_of(b"text\nq\x00\n") == ["survey.csv:2:2: NUL byte in the file"]
    assert errors_of(b"\n \n") == ["survey.csv:1:1: file is empty"]


def test_files_that_are_not_regular_files_are_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)  # opening it for reading would block until a writer appears
    with pytest.raises(CsvError) as caught:
        read_csv_file(fifo)
    assert [str(e) for e in caught.value.errors] == [f"{fifo}:1:1: is not a regular file"]
    with pytest.raises(CsvError) as missing:
        read_csv_file(tmp_path / "nope.csv")
    assert str(missing.value) == f"{tmp_path / 'nope.csv'}:1:1: file not found"
    with pytest.raises(CsvError) as folder:
        read_csv_file(tmp_path)
    assert str(folder.value) == f"{tmp_path}:1:1: is a directory, not a file"


def test_a_symlink_to_a_regular_file_is_read(tmp_path: Path) -> None:
    target = tmp_path / "real.csv"
    target.write_bytes(SURVEY.encode("cp932"))
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert read_csv_file(link).encoding == "cp932"


def test_encode_writes_a_bom_and_crlf_so_excel_reads_japanese() -> None:
    data = encode_csv(["title", "notes"], [["パネル", 'a "quoted"\nline']])
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\r\n")
    table = parse_csv(data)
    assert table.encoding == "utf-8-sig"
    assert table.records[0].values == ("パネル", 'a "quoted"\nline')


cells = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"),
    max_size=20,
)


@settings(max_examples=300, deadline=None)
@given(
    header=st.lists(cells.filter(lambda s: s.strip() != ""), min_size=1, max_size=5),
    data=st.data(),
)
def test_what_encode_writes_parse_reads_back(header: list[str], data: st.DataObject) -> None:
    width = len(header)
    rows = data.draw(st.lists(st.lists(cells, min_size=width, max_size=width), max_size=6))
    table = parse_csv(encode_csv(header, rows))
    assert table.header == tuple(header)
    assert [list(record.values) for record in table.records] == rows


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_a_table_or_located_errors(data: bytes) -> None:
    try:
        table = parse_csv(data, "fuzz.csv")
    except CsvError as error:
        assert error.errors
        assert all(e.file == "fuzz.csv" and e.line >= 1 and e.col >= 1 for e in error.errors)
    else:
        assert table.header


def test_decode_prefers_utf8_when_both_could_read() -> None:
    assert decode_csv(b"abc,def\n") == ("abc,def\n", "utf-8")
