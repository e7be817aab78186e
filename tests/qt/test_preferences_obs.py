"""Preferences: the OBS address and password. The address goes to the settings, the password
to the password store (here, without a keyring daemon, the 0600 file), Connect applies at
once; a bad address is refused with a message. Screenshots in English and Japanese."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from runofshow.obs.client import Address
from runofshow.obs.password import PasswordStore
from runofshow.qt.i18n import Translations
from runofshow.qt.preferences import PreferencesDialog
from runofshow.qt.settings import OBS_ADDRESS, Settings


def fits(dialog: PreferencesDialog) -> bool:
    """The OBS labels get the width they ask for (Japanese ones are longer)."""
    labels = (dialog.obs_address_label, dialog.obs_password_label, dialog.language_label)
    return all(label.width() >= label.sizeHint().width() for label in labels)


def test_obs_address_and_password(qtbot: QtBot, tmp_path: Path, screenshot_dir: Path,
                                  isolated_data_dir: Path) -> None:  # fmt: skip
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    dialog = PreferencesDialog(settings, lambda _code: None)
    qtbot.addWidget(dialog)
    dialog.show()
    chosen: list[Address | None] = []
    dialog.obsChanged.connect(chosen.append)
    dialog.obs_address.setText("studio.local:99999")
    assert dialog.apply_obs() is False and dialog.obs_problem.isVisible()
    assert chosen == [] and settings.get(OBS_ADDRESS) == ""
    dialog.obs_address.setText("127.0.0.1:4455")
    dialog.obs_password.setText("s3cret")
    assert dialog.apply_obs() is True
    assert chosen == [Address("127.0.0.1", 4455)] and settings.get(OBS_ADDRESS) == "127.0.0.1:4455"
    assert dialog.obs_password.text() == ""  # not kept in the widget either
    store = PasswordStore()
    assert store.get(Address("127.0.0.1", 4455)) == "s3cret"
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert "s3cret" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert str(store.path) in dialog.obs_note.text()
    assert fits(dialog)
    assert dialog.grab().save(str(screenshot_dir / "preferences-obs-en.png"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    translations.switch("ja")
    try:
        for _ in range(6):  # the form settles its label column in a few passes
            QApplication.processEvents()
        assert dialog.obs_connect.text() == "接続"
        assert fits(dialog)
        assert dialog.grab().save(str(screenshot_dir / "preferences-obs-ja.png"))
    finally:
        translations.switch("en")
    dialog.obs_address.setText("")
    assert dialog.apply_obs() is True and chosen[-1] is None  # no OBS any more
