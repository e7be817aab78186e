"""Shared fixtures: offscreen Qt, an isolated data directory, fake clocks, settings in a
temporary file, Debian's Chromium; shows for tests come from tests/shows.py."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from runofshow.core.clock import FakeClocks
from runofshow.paths import bundled_show

if TYPE_CHECKING:
    from playwright.sync_api import Browser

    from runofshow.qt.settings import Settings

pytest_plugins = [
    "tests.qt_leaks"
]  # no_qt_leftovers: fails a test that leaves Qt timers or windows

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
CHROMIUM = "/usr/bin/chromium"  # Debian's: Playwright never downloads a browser here
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(autouse=True)
def isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own user data directory; nothing touches the real one."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("RUNOFSHOW_DATA_DIR", str(folder))
    yield folder


@pytest.fixture(autouse=True)
def garbage_collected_on_the_main_thread() -> Iterator[None]:
    """Qt objects left in reference cycles by one test are collected here, on the Qt
    thread, not by a later test's server thread (runofshow.qt.gc_guard explains why)."""
    gc.collect()
    yield
    gc.collect()


@pytest.fixture
def clocks() -> FakeClocks:
    return FakeClocks()


@pytest.fixture
def bundled_show_path() -> Path:
    return bundled_show()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The app's settings in a temporary INI file: never the user's own."""
    from PySide6.QtCore import QSettings

    from runofshow.qt.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium through Playwright, one per test module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def screenshot_dir() -> Path:
    """Screenshots land in ./screenshots (git-ignored) so a person can look at them."""
    folder = Path(__file__).resolve().parent.parent / "screenshots"
    folder.mkdir(exist_ok=True)
    return folder
