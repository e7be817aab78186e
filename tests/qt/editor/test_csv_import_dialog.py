"""The CSV import dialog: columns mapped by name or by hand, a preview, located problems,
and the imported show taken into the editor."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from runofshow.core.loader import load_show, load_show_text
from runofshow.core.rundown_csv import export_csv
from runofshow.core.showdoc import ShowDocument
from runofshow.paths import bundled_show
from runofshow.qt.editor.csv_import import CsvImportDialog


def test_mapping_preview_problems_and_result(qtbot: QtBot, tmp_path: Path) -> None:
    path = bundled_show()
    data = export_csv(ShowDocument(path.read_text("utf-8"), path), load_show(path))
    text = data.decode("utf-8-sig").replace('"title"', '"題名"', 1)
    csv_path = tmp_path / "rundown.csv"
    csv_path.write_bytes(text.encode("cp932"))
    dialog = CsvImportDialog(csv_path)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.result_text is None and not ok.isEnabled()  # no title column yet
    assert any("missing required key 'title'" in dialog.errors.item(i).text()
               for i in range(dialog.errors.count()))  # fmt: skip
    assert "cp932" in dialog.summary.text()
    combo = dialog.combos[5]  # the fifth column: 題名
    combo.setCurrentIndex(combo.findData("title"))
    assert ok.isEnabled() and dialog.errors.count() == 0
    assert dialog.preview.rowCount() == 6 and dialog.preview.item(1, 2).text().startswith(
        "ローカル"
    )
    assert dialog.result_text is not None
    imported = load_show_text(dialog.result_text)
    assert replace(imported, source=None) == replace(load_show(path), source=None)


def test_an_unreadable_file_says_where(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b'"id","title"\n"a","b","c"\n')
    dialog = CsvImportDialog(bad)
    qtbot.addWidget(dialog)
    assert dialog.errors.count() == 1
    assert dialog.errors.item(0).text().startswith(f"{bad}:2:3: ")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
