from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from runofshow.qt.theme import apply_dark_theme


@pytest.fixture
def show_copy(tmp_path: Path, bundled_show_path: Path) -> Path:
    """The bundled show copied to a writable folder."""
    path = tmp_path / "show.yaml"
    shutil.copyfile(bundled_show_path, path)
    return path


@pytest.fixture(autouse=True)
def themed(qapp: QApplication) -> None:
    apply_dark_theme(qapp)


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Editor windows closed at the end of a test discard their edits instead of asking;
    a test that needs another answer patches ``ask_unsaved`` itself."""
    from PySide6.QtWidgets import QMessageBox

    from runofshow.qt.editor.window import EditorWindow

    asked: list[str] = []

    def discard(self: EditorWindow) -> QMessageBox.StandardButton:
        asked.append(self.windowTitle())
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(EditorWindow, "ask_unsaved", discard)
    return asked
