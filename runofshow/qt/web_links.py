"""The "Browser views and Stream Deck" dialog: ready-made URLs for speakers, OBS, the
/control page and Stream Deck, each with a Copy button.

On the LAN there are two links: the **view link** (read-only: speakers, OBS, agendas) and
the **control link** (acts on the show: the crew). Each has a QR code for a phone's camera
and a button that replaces its token; the old links, cookies and live pages stop working at
once. On this computer only (no --lan) there are no tokens and no QR codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from runofshow.qt.console.confirm import Confirm, ask, confirmed
from runofshow.qt.qr import qr_pixmap

ROLES = ("view", "control")
# The rows of each group, in order; "*_token" rows only on the LAN.
ROWS: dict[str, tuple[str, ...]] = {
    "view": ("speaker", "overlay", "agenda", "index", "view_token"),
    "control": ("control", "moderator", "api", "control_token"),
}
QR_OF = {"view": "speaker", "control": "control"}  # the URL a phone most likely wants
QR_MODULE_PX = 3


class BrowserViews(Protocol):
    """What the dialog needs from the web server (``runofshow.desktop`` provides it)."""

    def urls(self) -> dict[str, str] | None:
        """The ready-made URLs (with the tokens in LAN mode), or None without a server."""
        ...

    def tokens(self) -> Mapping[str, str] | None:
        """``{"view": ..., "control": ...}`` in LAN mode, else None."""
        ...

    def regenerate(self, role: str) -> None:
        """Replace the ``role`` token: links, cookies and live pages with the old one stop."""
        ...

    def problem(self) -> str:
        """Why there is no server ("" when there is one)."""
        ...


class WebLinksDialog(QDialog):
    def __init__(
        self,
        views: BrowserViews,
        parent: QWidget | None = None,
        confirm: Confirm = ask,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("webLinksDialog")
        self._views, self._confirm = views, confirm
        self._urls: dict[str, str] = {}
        self._tokens: Mapping[str, str] | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.groups: dict[str, QGroupBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QLineEdit] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        self.qr_labels: dict[str, QLabel] = {}
        self.qr_texts: dict[str, str] = {}  # what each QR code encodes
        self.regenerate_buttons: dict[str, QPushButton] = {}
        self.notes: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        self._read_views()
        for role in ROLES:
            layout.addWidget(self._group(role))
        self.companion = QLabel()
        self.companion.setWordWrap(True)
        self.companion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.companion)
        layout.addWidget(buttons)
        self.retranslate()

    def _read_views(self) -> None:
        self._urls = self._views.urls() or {}
        self._tokens = self._views.tokens() if self._urls else None

    def _values(self, role: str) -> dict[str, str]:
        values = {name: self._urls[name] for name in ROWS[role] if name in self._urls}
        if self._tokens is not None:
            values[f"{role}_token"] = self._tokens[role]
        return values

    def _group(self, role: str) -> QGroupBox:
        box = QGroupBox()
        box.setObjectName(f"{role}Links")
        self.groups[role] = box
        grid = QGridLayout()
        for row, (name, value) in enumerate(self._values(role).items()):
            label, field, button = QLabel(), QLineEdit(value), QPushButton()
            field.setReadOnly(True)
            field.setCursorPosition(0)
            field.setMinimumWidth(380)
            button.clicked.connect(lambda _=False, key=name: self._copy(key))
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(button, row, 2)
            self.labels[name], self.fields[name], self.copy_buttons[name] = label, field, button
        note = QLabel()  # one short line: a wrapped label here would squeeze the rows
        self.notes[role] = note
        left = QVBoxLayout()
        left.addLayout(grid)
        left.addWidget(note)
        row_layout = QHBoxLayout(box)
        row_layout.addLayout(left, 1)
        if self._tokens is not None and QR_OF[role] in self._urls:
            regenerate = QPushButton()
            regenerate.setObjectName(f"regenerate_{role}")
            regenerate.clicked.connect(lambda _=False, which=role: self.regenerate(which))
            self.regenerate_buttons[role] = regenerate
            left.addWidget(regenerate, 0, Qt.AlignmentFlag.AlignLeft)
            qr = QLabel()
            qr.setObjectName(f"qr_{role}")
            qr.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            self.qr_labels[role] = qr
            row_layout.addWidget(qr, 0, Qt.AlignmentFlag.AlignTop)
            self._show_qr(role)
        return box

    def _show_qr(self, role: str) -> None:
        text = self._urls[QR_OF[role]]
        self.qr_texts[role] = text
        self.qr_labels[role].setPixmap(qr_pixmap(text, QR_MODULE_PX))

    def _copy(self, name: str) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.fields[name].text())

    def regenerate(self, role: str) -> bool:
        """Ask, then replace the ``role`` token and show the new links (True if replaced)."""
        if role == "view":
            title = self.tr("New view link")
            question = self.tr(
                "Make a new view link? Speakers, OBS sources and agendas opened with the "
                "current one stop updating at once and need the new link."
            )
        else:
            title = self.tr("New control link")
            question = self.tr(
                "Make a new control link? Control pages and Stream Deck buttons using the "
                "current one stop working at once and need the new link or token."
            )
        if not confirmed(self._confirm, self, title, question):
            return False
        self._views.regenerate(role)
        self._read_views()
        for roles_of in ROLES:
            for name, value in self._values(roles_of).items():
                self.fields[name].setText(value)
                self.fields[name].setCursorPosition(0)
            if roles_of in self.qr_labels:
                self._show_qr(roles_of)
        self.notes[role].setText(
            self.tr("New link made: the old one no longer works.")
            if role == "view"
            else self.tr("New link and token made: the old ones no longer work.")
        )
        return True

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_height()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Never shorter than the wrapped texts need at this width: Qt's minimum for a window
        counts them as one line each and would squeeze the rows of links instead."""
        layout = self.layout()
        if layout is None:
            return
        need = layout.totalHeightForWidth(self.width())
        if need > self.minimumHeight():
            self.setMinimumHeight(need)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Browser views and Stream Deck"))
        if not self._urls:
            self.intro.setText(
                self.tr("The web server is not running. %1").replace("%1", self._views.problem())
            )
        elif self._tokens is not None:
            self.intro.setText(
                self.tr(
                    "Serving on the network. The view link only shows the show: give it to "
                    "speakers and OBS. The control link can run the show: keep it to your "
                    "crew. Scan a code with a phone's camera to open its page."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Serving on this computer only, where every page may also act. Start with "
                    "--lan to reach other devices (each then needs its link)."
                )
            )
        self.groups["view"].setTitle(self.tr("View link: read-only (speakers, OBS, agenda)"))
        self.groups["control"].setTitle(self.tr("Control link: runs the show (your crew only)"))
        names = {
            "speaker": self.tr("Speaker page"),
            "overlay": self.tr("OBS overlay (browser source)"),
            "agenda": self.tr("Agenda"),
            "index": self.tr("All pages"),
            "view_token": self.tr("View token"),
            "control": self.tr("Control page"),
            "moderator": self.tr("Moderator page (panel questions)"),
            "api": self.tr("Control API"),
            "control_token": self.tr("Control token"),
        }
        for name, label in self.labels.items():
            label.setText(names[name])
        for button in self.copy_buttons.values():
            button.setText(self.tr("Copy"))
        for role, button in self.regenerate_buttons.items():
            button.setText(
                self.tr("New view link…") if role == "view" else self.tr("New control link…")
            )
        for role, qr in self.qr_labels.items():
            qr.setToolTip(
                self.tr("The speaker page with the view link")
                if role == "view"
                else self.tr("The control page with the control link")
            )
        api = self._urls.get("api", "")
        token_hint = (
            self.tr("add the header “Authorization: Bearer <control token>”. ")
            if self._tokens is not None
            else ""
        )
        self.companion.setText(
            self.tr(
                "Stream Deck (Bitfocus Companion, Generic HTTP): a POST button to %1/next, "
                '%1/toggle, %1/time with {"seconds": 60}; %2The README lists every endpoint.'
            )
            .replace("%1", api)
            .replace("%2", token_hint)
            if api
            else ""
        )
