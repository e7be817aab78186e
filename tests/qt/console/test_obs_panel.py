"""The console's OBS strip in the states an operator meets (connected, paused, scene
differs with Apply, an error, the preflight check, a rehearsal), in English and Japanese,
saved as screenshots to look at; its buttons are the command table's actions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClocks
from runofshow.obs.client import ErrorKind, ObsError
from runofshow.obs.connection import Applied, Connected, Disconnected, Inventory, Status
from runofshow.paths import bundled_show
from runofshow.qt.console.window import ConsoleWindow
from runofshow.qt.i18n import Translations
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import Settings
from runofshow.qt.theme import apply_dark_theme
from tests.app.support import act
from tests.obs.support import ADDRESS, ObsRig, obs_rig
from tests.qt.console.conftest import clipped_labels

INVENTORY = Inventory(
    ("Starting soon", "Opening", "Talk", "Closing", "Ending"),
    tuple((n, "text_ft2_source_v2") for n in ("Countdown", "Show title", "Lower third name",
                                            "Lower third team", "Talk title", "Panel title")),
    ("Cut", "Fade"),
)  # fmt: skip


@pytest.fixture
def console(
    qtbot: QtBot, tmp_path: Path, clocks: FakeClocks
) -> Iterator[tuple[ObsRig, ConsoleWindow]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_dark_theme(app)
    rig = obs_rig(tmp_path, clocks, text=bundled_show().read_text(encoding="utf-8"))
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    signals = SessionSignals(rig.session)
    window = ConsoleWindow(signals, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield rig, window
    signals.close()
    rig.session.close()


def settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def shoot(window: ConsoleWindow, folder: Path, name: str) -> None:
    settle()
    assert clipped_labels(window.obs_panel) == []
    assert window.grab().save(str(folder / f"console-obs-{name}.png"))


def drive(rig: ObsRig, window: ConsoleWindow, folder: Path, lang: str) -> dict[str, str]:
    """Every state, a screenshot each; returns the strip's texts per state."""
    panel = window.obs_panel
    seen: dict[str, str] = {}

    def texts() -> str:
        view = panel.view
        return " | ".join(t for t in (view.status, view.program, view.expected, view.error,
                                      view.check, view.rehearsal) if t)  # fmt: skip

    assert panel.isHidden() is False or not rig.part["enabled"]
    rig.report(Connected(ADDRESS, "29.0.2", "5.1.0"), Status("Starting soon", False, False))
    act(rig.session, "obs_check")
    rig.report(INVENTORY)
    seen["connected"] = texts()
    shoot(window, folder, f"connected-{lang}")
    act(rig.session, "start")
    rig.report(Applied(1, "Opening", ()), Status("Opening", False, False))
    act(rig.session, "obs_pause")
    assert panel.paused.isVisible() and window.controls["obs_pause"].isChecked()
    seen["paused"] = texts()
    shoot(window, folder, f"paused-{lang}")
    act(rig.session, "obs_pause")
    rig.report(Status("Intermission", False, False))  # the operator switched by hand
    assert panel.differs.isVisible() and panel.buttons["obs_apply"].isVisible()
    seen["differs"] = texts()
    shoot(window, folder, f"differs-{lang}")
    wrong = ObsError(ErrorKind.PASSWORD_WRONG, "failed to identify")
    rig.report(Disconnected(wrong, 0.5))  # OBS restarted with another password
    act(rig.session, "next")
    rig.report(Applied(2, None, (wrong,)))
    assert panel.error.isVisible()
    seen["error"] = texts()
    shoot(window, folder, f"error-{lang}")
    return seen


def test_the_strip_in_english(console: tuple[ObsRig, ConsoleWindow], screenshot_dir: Path) -> None:
    rig, window = console
    seen = drive(rig, window, screenshot_dir, "en")
    assert seen["connected"].startswith("OBS 29.0.2 connected (127.0.0.1:4455) | On air: "
                                        "Starting soon | Expected: Starting soon")  # fmt: skip
    assert "missing in OBS: scene “Panel”, text source “Panel names”" in seen["connected"]
    assert "On air: Intermission | Expected: Opening" in seen["differs"]
    assert seen["error"].startswith("OBS not connected (127.0.0.1:4455) | Expected: Talk")
    assert (
        "OBS at 127.0.0.1:4455 refused the password: check it in Preferences and in OBS "
        "(Tools > WebSocket Server Settings). Not switched to “Talk”."
    ) in seen["error"]
    assert window.menus["OBS"].menuAction().isVisible()


def test_the_strip_in_japanese(console: tuple[ObsRig, ConsoleWindow], screenshot_dir: Path) -> None:
    rig, window = console
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    translations.switch("ja")
    try:
        seen = drive(rig, window, screenshot_dir, "ja")
    finally:
        translations.switch("en")
    assert seen["connected"].startswith("OBS 29.0.2 接続済み (127.0.0.1:4455)")
    assert "パスワード" in seen["error"]
    assert window.controls["obs_pause"].text() != "Pause OBS automation"


def test_the_strip_is_hidden_without_obs(qtbot: QtBot, tmp_path: Path, clocks: FakeClocks) -> None:
    rig = obs_rig(tmp_path, clocks, address=None)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    signals = SessionSignals(rig.session)
    window = ConsoleWindow(signals, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.obs_panel.isHidden()
    signals.close()
    rig.session.close()
