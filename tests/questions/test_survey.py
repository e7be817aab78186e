"""The survey import: UTF-8, UTF-8 with a BOM and CP932 files with Japanese text (written
here), a column mapping guessed or given, blank rows and duplicates counted, bad rows and
bad files located; and `runofshow questions import` on the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from runofshow.cli import main
from runofshow.core.csvsource import CsvError, parse_csv, read_csv_file
from runofshow.core.rules_questions import question_key
from runofshow.paths import bundled_show
from runofshow.questions.model import Source
from runofshow.questions.store import bank_path, load_bank
from runofshow.questions.survey import (
    ColumnMap,
    guess_mapping,
    parse_map,
    read_survey,
    resolve_mapping,
)

# What connpass's questionnaire download looks like (column names as connpass writes them),
# with a blank row, a duplicate (another width and spacing) and a multi-line answer.
CONNPASS = (
    "参加枠名,ユーザー名,表示名,利用したサービス,アンケート回答日時,"
    "パネルディスカッションで聞きたいこと\r\n"
    "一般参加枠,taro,たろう,connpass,2022-09-05 12:00,"
    "EC2の開発環境でコストはどう変わりましたか？\r\n"
    "一般参加枠,hana,はな,connpass,2022-09-06 08:30,\r\n"
    'YouTube視聴枠,jiro,じろう,connpass,2022-09-07 21:10,"ポイント付与の非同期化で\r\n'
    'リトライはどう設計しましたか？"\r\n'
    "一般参加枠,saburo,さぶろう,connpass,2022-09-08 19:00,"
    "ＥＣ２の開発環境で  コストはどう変わりましたか?\r\n"
    ",,,,,\r\n"
    "一般参加枠,shiro,しろう,connpass,2022-09-09 10:00,"
    "fourkeysのダッシュボード、チームで毎日見ていますか？\r\n"
)
ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-sig": lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
    "cp932": lambda text: text.encode("cp932"),
}


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_a_connpass_export_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path, f"enquete-{encoding}.csv", ENCODINGS[encoding](CONNPASS))
    table = read_csv_file(path)
    assert table.encoding == encoding
    mapping = guess_mapping(table)
    assert mapping == ColumnMap(text=6, asker=3, tags=None)  # 表示名 before ユーザー名
    result = read_survey(table, mapping, "panel")
    assert [q.text for q in result.questions] == [
        "EC2の開発環境でコストはどう変わりましたか？",
        "ポイント付与の非同期化で\nリトライはどう設計しましたか？",
        "fourkeysのダッシュボード、チームで毎日見ていますか？",
    ]
    assert [q.asker for q in result.questions] == ["たろう", "じろう", "しろう"]
    assert {q.source for q in result.questions} == {Source.SURVEY}
    assert (result.blank, result.duplicates, result.problems) == (2, 1, ())
    assert result.rows == 6


def test_a_mapping_by_header_or_number_and_tags(tmp_path: Path) -> None:
    text = (
        "名前,お題,カテゴリ\r\nA,開発環境の話,開発環境、SRE\r\n"
        "B,非同期化の話,設計;非同期化/設計\r\n"
    )
    table = read_csv_file(write(tmp_path, "s.csv", text.encode("cp932")))
    assert guess_mapping(table) == ColumnMap(text=2, asker=1, tags=3)
    mapping = resolve_mapping(table, parse_map("text=お題,asker=1,tags=3"))
    result = read_survey(table, mapping, "panel")
    assert [q.tags for q in result.questions] == [("開発環境", "SRE"), ("設計", "非同期化")]
    only_text = resolve_mapping(table, {"asker": "2", "text": "1"})
    assert only_text == ColumnMap(text=1, asker=2, tags=3)
    # Without a header that says so, the text is the column with the longest answers.
    plain = read_csv_file(write(tmp_path, "p.csv", "a,b\r\nx,長い長い質問です\r\n".encode()))
    assert guess_mapping(plain).text == 2


def test_known_questions_count_as_duplicates(tmp_path: Path) -> None:
    table = read_csv_file(write(tmp_path, "s.csv", CONNPASS.encode()))
    known = {question_key("fourkeysのダッシュボード、チームで毎日見ていますか？")}
    result = read_survey(table, guess_mapping(table), "panel", known)
    assert len(result.questions) == 2 and result.duplicates == 2


def test_bad_rows_are_left_out_with_their_place(tmp_path: Path) -> None:
    long = "長" * 501
    text = f"質問,表示名\r\n{long},A\r\nふつうの質問,B\r\nベル\x07の質問,C\r\n短い,{'名' * 101}\r\n"
    table = read_csv_file(write(tmp_path, "bad.csv", text.encode()))
    result = read_survey(table, guess_mapping(table), "panel")
    assert [q.text for q in result.questions] == ["ふつうの質問"]
    assert [str(p) for p in result.problems] == [
        f"{table.file}:2:1: the cell is 501 characters long; the limit is 500 (row left out)",
        f"{table.file}:4:1: the cell holds the control character U+0007 (row left out)",
        f"{table.file}:5:2: the cell is 101 characters long; the limit is 100 (row left out)",
    ]
    assert result.problems[0].template.startswith("the cell is {length}")  # translated in the GUI


def test_broken_files_get_row_and_column(tmp_path: Path) -> None:
    broken = write(tmp_path, "broken.csv", "質問,表示名\r\nok,A\r\nx,y,z\r\n".encode())
    with pytest.raises(CsvError) as too_many:
        read_csv_file(broken)
    assert [str(e) for e in too_many.value.errors] == [
        f"{broken}:3:3: this row has 3 cells but the header has 2 columns"
    ]
    undecodable = write(tmp_path, "mixed.csv", "質問\r\nはい\r\n".encode() + b"\x81\xff\r\n")
    with pytest.raises(CsvError) as mixed:
        read_csv_file(undecodable)
    assert str(mixed.value.errors[0]).startswith(f"{undecodable}:3:1: byte 0x")
    quote = write(tmp_path, "quote.csv", b'a,b\r\n"open,x\r\n')
    with pytest.raises(CsvError) as unterminated:
        read_csv_file(quote)
    assert str(unterminated.value.errors[0]).startswith(f"{quote}:2:1: broken CSV")
    table = read_csv_file(write(tmp_path, "ok.csv", "\r\n質問,表示名\r\nq,a\r\n".encode()))
    with pytest.raises(CsvError) as unknown:
        resolve_mapping(table, {"text": "本文"})
    assert [str(e) for e in unknown.value.errors] == [
        f"{table.file}:2:1: there is no column '本文'; the columns are 質問, 表示名"
    ]
    with pytest.raises(ValueError, match="FIELD=COLUMN"):
        parse_map("question=1")


# ---------------------------------------------------------------- the command line


def test_the_command_line_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    show = tmp_path / "kyash.yaml"
    show.write_text(bundled_show().read_text(encoding="utf-8"), encoding="utf-8")
    csv = write(tmp_path, "enquete.csv", CONNPASS.encode("cp932"))
    assert main(["questions", "import", str(show), str(csv)]) == 0
    out = capsys.readouterr().out
    assert "Imported 3 questions into 'panel'" in out and "(cp932)" in out
    assert "text=パネルディスカッションで聞きたいこと (column 6), asker=表示名 (column 3)" in out
    assert "2 blank row(s), 1 duplicate(s)" in out
    saved = json.loads(bank_path(show).read_text(encoding="utf-8"))
    assert [q["asker"] for q in saved["questions"]] == ["たろう", "じろう", "しろう"]
    # Again: everything is already there.
    assert main(["questions", "import", str(show), str(csv), "--map", "text=6,asker=2"]) == 0
    assert "Imported 0 questions" in capsys.readouterr().out
    assert len(load_bank(bank_path(show))) == 3
    assert main(["questions", "list", str(show)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].startswith("panel: ")
    assert "    8. [survey] fourkeysのダッシュボード、チームで毎日見ていますか？ (しろう)" in listed


def test_the_command_line_refuses_with_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    show = tmp_path / "kyash.yaml"
    show.write_text(bundled_show().read_text(encoding="utf-8"), encoding="utf-8")
    csv = write(tmp_path, "enquete.csv", CONNPASS.encode())
    assert main(["questions", "import", str(show), str(csv), "--segment", "nope"]) == 2
    assert "no segment 'nope'; the show has: opening" in capsys.readouterr().err
    assert main(["questions", "import", str(show), str(csv), "--map", "body=1"]) == 2
    assert "FIELD=COLUMN" in capsys.readouterr().err
    assert main(["questions", "import", str(show), str(csv), "--map", "text=本文"]) == 1
    assert f"{csv}:1:1: there is no column '本文'" in capsys.readouterr().err
    broken = write(tmp_path, "broken.csv", '質問\r\n"open\r\n'.encode())
    assert main(["questions", "import", str(show), str(broken)]) == 1
    assert f"{broken}:2:1: broken CSV" in capsys.readouterr().err
    long = write(tmp_path, "long.csv", f"質問\r\n{'x' * 501}\r\nok\r\n".encode())
    assert main(["questions", "import", str(show), str(long), "--segment", "talk-fourkeys"]) == 0
    captured = capsys.readouterr()
    assert f"{long}:2:1: the cell is 501 characters long" in captured.err
    assert "Imported 1 question into 'talk-fourkeys'" in captured.out
    assert "1 row(s) left out" in captured.out
    assert not bank_path(tmp_path / "never.yaml").exists()


CELLS = st.text(
    alphabet=st.sampled_from(list('質問開発環境非同期ポイントabc ,"\n\t、。？?ＥＣ２EC2')),
    max_size=30,
)


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(st.tuples(CELLS, CELLS), max_size=25),
    encoding=st.sampled_from(list(ENCODINGS)),
)
def test_any_survey_is_read_whole_or_refused_with_a_place(
    rows: list[tuple[str, str]], encoding: str
) -> None:
    """Every row is counted once (question, blank, duplicate or left out); every question
    is distinct; nothing but a located CsvError ever comes out of a broken file."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows([("質問", "表示名"), *rows])
    data = ENCODINGS[encoding](buffer.getvalue())
    try:
        table = parse_csv(data, "survey.csv")
    except CsvError as error:
        assert all(e.line >= 1 and e.col >= 1 for e in error.errors)
        return
    result = read_survey(table, ColumnMap(text=1, asker=2), "panel")
    assert result.rows == len(table.records)
    keys = [question_key(q.text) for q in result.questions]
    assert len(keys) == len(set(keys)) and all(keys)
    assert all(q.text == q.text.strip() and len(q.text) <= 500 for q in result.questions)
