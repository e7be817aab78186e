"""Preferences: the interface language, the speaker display's seconds and OBS Studio.

Choices apply at once (no restart): a language change installs new translators and every
open window retranslates itself on the LanguageChange event Qt sends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from runofshow.obs.client import Address, parse_address
from runofshow.obs.password import PasswordStore
from runofshow.qt.settings import LANGUAGE, OBS_ADDRESS, SPEAKER_HIDE_SECONDS, Settings

# Language names are written in their own language, never translated: someone who cannot
# read the current interface still finds their own.
LANGUAGE_NAMES = (("ja", "日本語"), ("en", "English"))


class PreferencesDialog(QDialog):
    """Edits LANGUAGE ("" follows the system) and SPEAKER_HIDE_SECONDS.

    ``switch_language(code)`` applies a language code ("" for the system's); the app
    passes Translations-backed code, tests may pass a fake.
    """

    hideSecondsChanged = Signal(bool)
    obsChanged = Signal(object)  # Address | None: connect to it now (None: no OBS)

    def __init__(
        self,
        settings: Settings,
        switch_language: Callable[[str], object],
        parent: QWidget | None = None,
        *,
        passwords: PasswordStore | None = None,
        obs_now: Address | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self._settings = settings
        self._switch_language = switch_language
        self.language = QComboBox()
        self.language.addItem("", "")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        current = settings.get(LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.hide_seconds = QCheckBox()
        self.hide_seconds.setChecked(settings.get(SPEAKER_HIDE_SECONDS))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.speaker_label = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.passwords = passwords or PasswordStore()
        self.obs_address = QLineEdit(str(obs_now) if obs_now else settings.get(OBS_ADDRESS))
        self.obs_address.setObjectName("obsAddress")
        self.obs_password = QLineEdit()
        self.obs_password.setObjectName("obsPassword")
        self.obs_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.obs_connect = QPushButton()
        self.obs_connect.clicked.connect(self.apply_obs)
        self.obs_address.returnPressed.connect(self.apply_obs)
        self.obs_password.returnPressed.connect(self.apply_obs)
        self.obs_address_label = QLabel()
        self.obs_address_label.setBuddy(self.obs_address)
        self.obs_password_label = QLabel()
        self.obs_password_label.setBuddy(self.obs_password)
        self.obs_note = QLabel()
        self.obs_note.setWordWrap(True)
        self.obs_problem = QLabel()
        self.obs_problem.setStyleSheet("color: #ff8a80;")
        self.obs_problem.hide()
        password_row = QHBoxLayout()
        password_row.addWidget(self.obs_password, 1)
        password_row.addWidget(self.obs_connect)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.speaker_label, self.hide_seconds)
        form.addRow(self.obs_address_label, self.obs_address)
        form.addRow(self.obs_password_label, password_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.obs_problem)
        layout.addWidget(self.obs_note)
        layout.addSpacing(8)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.hide_seconds.toggled.connect(self._hide_seconds_toggled)
        self._retranslate()
        self.resize(560, 320)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setItemText(0, self.tr("System setting"))
        self.speaker_label.setText(self.tr("Speaker display:"))
        self.hide_seconds.setText(self.tr("Hide seconds (show whole minutes)"))
        self.hide_seconds.setToolTip(self.tr("The S key on the speaker display toggles it too."))
        self.note.setText(self.tr("Changes apply at once to every open window."))
        self.obs_address_label.setText(self.tr("&OBS WebSocket:"))
        self.obs_address.setPlaceholderText(
            self.tr("HOST:PORT, e.g. 127.0.0.1:4455 (empty: no OBS)")
        )
        self.obs_password_label.setText(self.tr("OBS &password:"))
        self.obs_password.setPlaceholderText(self.tr("unchanged"))
        self.obs_connect.setText(self.tr("Connect"))
        where = self.passwords.where()
        if where.startswith("keyring"):
            kept = self.tr("The password is kept in the system keyring.")
        else:
            kept = self.tr("The password is kept in %1, readable only by you (no keyring here).")
            kept = kept.replace("%1", str(self.passwords.path))
        self.obs_note.setText(
            self.tr("OBS: Tools > WebSocket Server Settings shows the port and password.")
            + " "
            + kept
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "note"):
            self._retranslate()

    def choose_language(self, code: str) -> None:
        """Select a language ("" = system) as if picked in the list."""
        self.language.setCurrentIndex(max(0, self.language.findData(code)))

    def _language_chosen(self, index: int) -> None:
        code = str(self.language.itemData(index) or "")
        self._settings.set(LANGUAGE, code)
        self._switch_language(code)

    def apply_obs(self) -> bool:
        """Save the OBS address (and a new password) and connect now; False if the address
        is not HOST:PORT."""
        text = self.obs_address.text().strip()
        try:
            address = parse_address(text) if text else None
        except ValueError:
            self.obs_problem.setText(
                self.tr("Write the address as HOST:PORT, e.g. 127.0.0.1:4455.")
            )
            self.obs_problem.show()
            return False
        self.obs_problem.hide()
        self._settings.set(OBS_ADDRESS, str(address) if address is not None else "")
        if address is not None and self.obs_password.text():
            self.passwords.set(address, self.obs_password.text())
            self.obs_password.clear()
        self.obsChanged.emit(address)
        return True

    def _hide_seconds_toggled(self, hide: bool) -> None:
        self._settings.set(SPEAKER_HIDE_SECONDS, hide)
        self.hideSecondsChanged.emit(hide)
