"""File › Export CSV and File › Export run sheet as PDF from the editor window: they export
the show as edited (saved or not), never touch the show file, and the PDF's paper size and
orientation come from the page set-up dialog."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from runofshow.core.csvsource import read_csv_file
from runofshow.core.rundown_csv import import_table
from runofshow.core.showdoc import ShowDocument
from runofshow.qt.editor.page_dialog import PageDialog
from runofshow.qt.editor.window import EditorWindow
from tests.qt.editor.support import type_into


def save_name(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_exports_take_the_edited_show_and_leave_the_file_alone(
    qtbot: QtBot, show_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if shutil.which("pdfinfo") is None:
        pytest.fail("poppler-utils missing (scripts/setup-system installs it)")
    before = show_copy.read_bytes()
    window = EditorWindow(ShowDocument(show_copy.read_text("utf-8"), show_copy))
    qtbot.addWidget(window)
    window.segments.select(1)
    type_into(window, ("segments", 1, "title"), "Edited, not saved")

    csv_path = tmp_path / "rundown.csv"
    save_name(monkeypatch, csv_path)
    window.actions_["export_csv"].trigger()
    imported = import_table(read_csv_file(csv_path))
    assert imported.show is not None and imported.show.segments[1].title == "Edited, not saved"

    pdf = tmp_path / "sheet.pdf"
    save_name(monkeypatch, pdf)

    def letter_landscape() -> None:  # what a user picks in the page set-up dialog
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PageDialog)
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        dialog.orientation.setCurrentIndex(dialog.orientation.findData(True))
        dialog.accept()

    QTimer.singleShot(0, letter_landscape)
    window.actions_["export_pdf"].trigger()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "792 x 612 pts" in info  # Letter, landscape
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Edited, not saved" in text
    assert show_copy.read_bytes() == before and window.doc.dirty

    # cancelling the page set-up writes nothing
    other = tmp_path / "cancelled.pdf"
    save_name(monkeypatch, other)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    window.actions_["export_pdf"].trigger()
    assert not other.exists()
