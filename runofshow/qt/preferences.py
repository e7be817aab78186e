"""Preferences: the interface language and the speaker display's seconds.

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
    QLabel,
    QVBoxLayout,
    QWidget,
)

from runofshow.qt.settings import LANGUAGE, SPEAKER_HIDE_SECONDS, Settings

# Language names are written in their own language, never translated: someone who cannot
# read the current interface still finds their own.
LANGUAGE_NAMES = (("ja", "日本語"), ("en", "English"))


class PreferencesDialog(QDialog):
    """Edits LANGUAGE ("" follows the system) and SPEAKER_HIDE_SECONDS.

    ``switch_language(code)`` applies a language code ("" for the system's); the app
    passes Translations-backed code, tests may pass a fake.
    """

    hideSecondsChanged = Signal(bool)

    def __init__(
        self,
        settings: Settings,
        switch_language: Callable[[str], object],
        parent: QWidget | None = None,
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
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.speaker_label, self.hide_seconds)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.hide_seconds.toggled.connect(self._hide_seconds_toggled)
        self._retranslate()
        self.resize(460, 200)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setItemText(0, self.tr("System setting"))
        self.speaker_label.setText(self.tr("Speaker display:"))
        self.hide_seconds.setText(self.tr("Hide seconds (show whole minutes)"))
        self.hide_seconds.setToolTip(self.tr("The S key on the speaker display toggles it too."))
        self.note.setText(self.tr("Changes apply at once to every open window."))

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

    def _hide_seconds_toggled(self, hide: bool) -> None:
        self._settings.set(SPEAKER_HIDE_SECONDS, hide)
        self.hideSecondsChanged.emit(hide)
