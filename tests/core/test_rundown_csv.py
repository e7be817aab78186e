"""The rundown as CSV: export then import gives the same show (Japanese text, UTF-8 with
BOM and CP932), broken files and cells get row/column errors, and the command line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from runofshow.cli import main
from runofshow.core.csvsource import parse_csv, read_csv_file
from runofshow.core.loader import load_show
from runofshow.core.rundown_csv import export_csv, import_table
from runofshow.core.showdoc import ShowDocument
from runofshow.paths import bundled_show


def exported() -> bytes:
    path = bundled_show()
    return export_csv(ShowDocument(path.read_text(encoding="utf-8"), path), load_show(path))


def same(a: object, b: object) -> bool:
    return replace(a, source=None) == replace(b, source=None)  # type: ignore[type-var]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp932"])
def test_export_then_import_is_the_same_show(encoding: str) -> None:
    data = exported().decode("utf-8-sig").encode(encoding)
    table = parse_csv(data, "rundown.csv")
    assert table.encoding == encoding
    imported = import_table(table)
    assert imported.errors == [] and imported.text is not None
    assert same(load_show_text_of(imported.text), load_show(bundled_show()))


def load_show_text_of(text: str) -> object:
    from runofshow.core.loader import load_show_text

    return load_show_text(text)


def test_export_has_a_column_per_key_and_read_only_planned_times() -> None:
    table = parse_csv(exported(), "rundown.csv")
    assert table.header[:2] == ("planned_start", "planned_end")
    keys = ("id", "kind", "title", "speakers", "duration", "thresholds.warning",
            "thresholds.danger", "starts_at", "description", "cues", "notes.slide",
            "notes.stream", "show.title", "show.starts_at", "show.timezone",
            "show.links")  # fmt: skip
    for key in keys:
        assert key in table.header
    first = dict(zip(table.header, table.records[0].values, strict=True))
    assert first["planned_start"] == "13:00:00" and first["title"] == "オープニング・イベントの趣旨"
    assert first["speakers"].startswith('[{"name": "@convto"')
    # planned times are never imported: editing them changes nothing
    edited = exported().replace(b'"13:05:00"', b'"23:59:59"')
    assert same(
        load_show_text_of(import_table(parse_csv(edited)).text or ""), load_show(bundled_show())
    )


def test_broken_cells_are_reported_at_their_row_and_column() -> None:
    text = exported().decode("utf-8-sig")
    lines = text.split("\r\n")
    header = lines[0].split(",")
    lines[2] = lines[2].replace('"15m"', '"soon"', 1)
    data = "\r\n".join(lines).replace('"[{""name"": ""@k_omotani""', '"[{""name"" ""@k_omotani""')
    imported = import_table(parse_csv(data.encode("utf-8"), "broken.csv"))
    found = {(e.line, e.col): e.message for e in imported.errors}
    assert imported.text is None
    json_column = header.index('"speakers"') + 1
    assert any(c == json_column and "not valid JSON" in m for (_l, c), m in found.items())
    duration = header.index('"duration"') + 1
    assert any(c == duration and "'soon' is not a duration" in m for (_l, c), m in found.items())


def test_the_command_line_exports_and_imports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path, yaml_path = tmp_path / "rundown.csv", tmp_path / "show.yaml"
    assert main(["export", str(bundled_show()), "--format", "csv", "-o", str(csv_path)]) == 0
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    # a spreadsheet with its own column name for the title, and a column of its own
    table = read_csv_file(csv_path)
    text = csv_path.read_text(encoding="utf-8-sig").replace('"title"', '"Talk title"', 1)
    text = text.replace('"planned_start"', '"Memo"', 1)
    renamed = tmp_path / "renamed.csv"
    renamed.write_text(text, encoding="cp932")
    assert table.records
    assert main(["import", str(renamed), "-o", str(yaml_path), "--map", "Talk title=title"]) == 0
    assert "note: column 'Memo' is not imported" in capsys.readouterr().err
    assert same(load_show(yaml_path), load_show(bundled_show()))
    assert main(["import", str(renamed), "-o", str(yaml_path)]) == 1  # exists, no --force
    bad = tmp_path / "bad.csv"
    bad.write_text('"id","kind","title","duration"\n"a","talk","A","soon"\n', encoding="utf-8")
    assert main(["import", str(bad), "-o", str(tmp_path / "bad.yaml")]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:2:4: 'duration': 'soon' is not a duration" in err
    assert f"{bad}:2:1: missing required key 'title' in 'show'" in err
