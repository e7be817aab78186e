"""The "Browser views" dialog: ready-made URLs for speakers, OBS and Stream Deck, and the
access token in LAN mode, each with a Copy button."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ROWS = ("speaker", "overlay", "agenda", "index", "api")


class WebLinksDialog(QDialog):
    def __init__(
        self,
        urls: dict[str, str] | None,
        token: str | None,
        problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("webLinksDialog")
        self.setMinimumWidth(640)
        self._urls, self._token, self._problem = urls or {}, token, problem
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QLineEdit] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        values = {name: self._urls[name] for name in ROWS if name in self._urls}
        if token:
            values["token"] = token
        for row, (name, value) in enumerate(values.items()):
            label, field, button = QLabel(), QLineEdit(value), QPushButton()
            field.setReadOnly(True)
            field.setCursorPosition(0)
            button.clicked.connect(lambda _=False, text=value: self._copy(text))
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(button, row, 2)
            self.labels[name], self.fields[name], self.copy_buttons[name] = label, field, button
        self.companion = QLabel()
        self.companion.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.companion)
        layout.addWidget(buttons)
        self.retranslate()

    def _copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Browser views and control API"))
        if not self._urls:
            self.intro.setText(
                self.tr("The web server is not running. %1").replace("%1", self._problem)
            )
        elif self._token:
            self.intro.setText(
                self.tr(
                    "Serving on the network: every link below carries the access token. "
                    "Share it only with your crew."
                )
            )
        else:
            self.intro.setText(
                self.tr("Serving on this computer only. Start with --lan to reach other devices.")
            )
        names = {
            "speaker": self.tr("Speaker page"),
            "overlay": self.tr("OBS overlay (browser source)"),
            "agenda": self.tr("Agenda"),
            "index": self.tr("All pages"),
            "api": self.tr("Control API"),
            "token": self.tr("Access token"),
        }
        for name, label in self.labels.items():
            label.setText(names[name])
        for button in self.copy_buttons.values():
            button.setText(self.tr("Copy"))
        api = self._urls.get("api", "")
        self.companion.setText(
            self.tr(
                "Stream Deck (Bitfocus Companion, Generic HTTP): a POST button to %1/next, "
                '%1/toggle, %1/time with {"seconds": 60}. The README lists every endpoint.'
            ).replace("%1", api)
            if api
            else ""
        )
