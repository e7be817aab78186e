"""Opening show files: the open dialog, drag and drop, recent files, and the load-error dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.errors import LocatedError
from runofshow.qt import theme
from runofshow.qt.settings import RECENT_FILES, Settings
from runofshow.qt.validation_messages import translate_error

SHOW_SUFFIXES = (".yaml", ".yml")
MAX_RECENT = 8


def show_paths_from_mime(mime: QMimeData) -> list[Path]:
    """The local .yaml/.yml files in a drag, in order."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in SHOW_SUFFIXES]


def ask_open_path(parent: QWidget | None, start: Path | None) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ConsoleFiles", "Open show"),
        str(start.parent if start else Path.home()),
        QCoreApplication.translate("ConsoleFiles", "Show files (*.yaml *.yml);;All files (*)"),
    )
    return Path(name) if name else None


class RecentFiles(QObject):
    """The most recently opened shows (settings RECENT_FILES), newest first."""

    def __init__(self, settings: Settings, open_path: Callable[[Path], object]) -> None:
        super().__init__()
        self._settings = settings
        self._open = open_path

    def paths(self) -> list[Path]:
        return [Path(str(p)) for p in self._settings.get(RECENT_FILES) if str(p)]

    def add(self, path: Path) -> None:
        resolved = str(Path(path).resolve())
        items = [resolved] + [str(p) for p in self.paths() if str(p) != resolved]
        self._settings.set(RECENT_FILES, items[:MAX_RECENT])

    def fill_menu(self, menu: QMenu) -> None:
        """Rebuild the File > Open Recent menu (connected to aboutToShow)."""
        menu.clear()
        paths = self.paths()
        for number, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{number}  {path.name}  —  {path.parent}")
            action.setToolTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self._open(p))
        if not paths:
            empty = menu.addAction(QCoreApplication.translate("ConsoleFiles", "No recent shows"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(
                QCoreApplication.translate("ConsoleFiles", "Clear recent shows"), self._clear
            )

    def _clear(self) -> None:
        self._settings.set(RECENT_FILES, [])


def error_lines(errors: Iterable[LocatedError | object]) -> list[str]:
    """FILE:LINE:COL: message, one per error, in the interface language."""
    return [translate_error(e) if isinstance(e, LocatedError) else str(e) for e in errors]


class LoadErrorDialog(QDialog):
    """Lists why a show could not be opened; the show that was open stays open."""

    def __init__(self, path: str, errors: list[LocatedError], parent: QWidget | None = None):
        super().__init__(parent)
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._path, self._errors = path, list(errors)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(theme.digits_font(14, bold=False))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self._retranslate()
        self.resize(900, 360)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Show could not be opened"))
        self.lines = error_lines(self._errors)
        self.intro.setText(
            self.tr("%1 has %2 problem(s). The show that was open stays open.")
            .replace("%1", Path(self._path).name)
            .replace("%2", str(len(self.lines)))
        )
        self.text.setPlainText("\n".join(self.lines))
        self.copy_button.setText(self.tr("Copy"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "copy_button"):
            self._retranslate()

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText("\n".join(self.lines))
