"""The console with no show open: why the named file did not open, and ways to open one.

Shown instead of the show panels when the show named at launch is broken or missing.
The session watches that file and opens it as soon as it validates; meanwhile the
located errors are listed here (in the interface language), with Open… and Recent.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.errors import LocatedError
from runofshow.qt import theme
from runofshow.qt.console.files import RecentFiles, error_lines


class NoShowPanel(QFrame):
    """'No show is open': the file's problems, and Open… / Recent."""

    openRequested = Signal()

    def __init__(self, recent: RecentFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noShowPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._path: str = ""
        self._errors: list[LocatedError] = []
        self.heading = QLabel()
        self.heading.setFont(theme.ui_font(20))
        self.heading.setStyleSheet("font-weight: bold;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setFont(theme.ui_font(13))
        self.errors = QPlainTextEdit()
        self.errors.setReadOnly(True)
        self.errors.setFont(theme.digits_font(14, bold=False))
        self.errors.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.openRequested.emit)
        self.recent_button = QPushButton()
        self.recent_menu = QMenu(self.recent_button)
        self.recent_menu.aboutToShow.connect(lambda: recent.fill_menu(self.recent_menu))
        self.recent_button.setMenu(self.recent_menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.recent_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.errors, 1)
        layout.addLayout(buttons)
        self._retranslate()

    def show_errors(self, path: str, errors: list[LocatedError]) -> None:
        self._path, self._errors = path, list(errors)
        self._retranslate()

    def lines(self) -> list[str]:
        return error_lines(self._errors)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("No show is open"))
        self.open_button.setText(self.tr("Open…"))
        self.recent_button.setText(self.tr("Recent"))
        if self._path:
            text = self.tr(
                "%1 could not be opened (%2 problem(s)). Fix the file: it opens as soon as "
                "it is valid. No other show is opened in its place."
            )
            name = Path(self._path).name
            self.intro.setText(text.replace("%1", name).replace("%2", str(len(self._errors))))
        else:
            self.intro.setText(self.tr("Open a show file (Ctrl+O), or drop one on the window."))
        self.errors.setPlainText("\n".join(self.lines()))
        self.errors.setVisible(bool(self._errors))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "errors"):
            self._retranslate()
