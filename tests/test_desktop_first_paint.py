"""What waits for the console's first paint (issue 18): the run store (SQLite), the OBS
link and the web server. ``launch`` composes the desktop as ``run`` does; the journal is
written from the start, so an action is never less safe for it (a kill -9 in that window:
tests/e2e/test_desktop_kill.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from runofshow.app.outcome import Surface
from runofshow.app.storage_service import StorageService
from runofshow.app.wiring import RunOptions
from runofshow.core.runs import RunStore
from runofshow.desktop import Desktop, build_desktop, launch
from runofshow.paths import bundled_show

OBS = "127.0.0.1:9"  # nobody answers there: the link keeps trying, quietly


@pytest.fixture
def launched(qtbot: QtBot, isolated_data_dir: Path) -> Iterator[Desktop]:
    desktop = launch(RunOptions(show=bundled_show(), port=0, lang="en", obs=OBS))
    qtbot.addWidget(desktop.console)
    yield desktop
    desktop.shutdown()


def test_the_run_store_obs_link_and_server_wait_for_the_first_paint(
    qtbot: QtBot, launched: Desktop
) -> None:
    desktop = launched
    obs = desktop.windows.obs_service()
    store = StorageService.store_path(bundled_show())
    assert desktop.first_paint is not None and not desktop.first_paint.done
    assert desktop.storage.writer.history_held
    assert obs is not None and obs.link is None and obs.address is not None
    assert desktop.server is None
    desktop.storage.flush()
    assert not store.exists()  # the writer ran, and left the run store alone

    qtbot.waitUntil(lambda: desktop.first_paint is not None and desktop.first_paint.done)
    assert desktop.first_paint.painted  # by the paint, not the fallback timer
    assert not desktop.storage.writer.history_held
    assert obs.link is not None
    assert desktop.server is not None
    result = desktop.session.execute("start", {"plan": "as_planned"}, surface=Surface.API)
    assert result.ok, result.message
    assert desktop.storage.flush()
    runs = RunStore(store)
    try:
        (run,) = runs.list_runs()
        assert [e.action for e in runs.events(run.id)] == ["start"]
    finally:
        runs.close()


def test_a_desktop_composed_without_launch_opens_everything_at_once(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    """Nobody calls ``after_first_paint`` there: nothing may wait for it."""
    _app, desktop = build_desktop(RunOptions(show=bundled_show(), port=0, lang="en", obs=OBS))
    qtbot.addWidget(desktop.console)
    try:
        obs = desktop.windows.obs_service()
        assert not desktop.storage.writer.history_held
        assert obs is not None and obs.link is not None
        assert desktop.storage.flush()
        assert StorageService.store_path(bundled_show()).exists()  # opened early, as it was
    finally:
        desktop.shutdown()
