"""The composed desktop app on the bundled show: what the operator sees at start-up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from runofshow.app.wiring import RunOptions
from runofshow.desktop import Desktop, build_desktop
from runofshow.paths import bundled_show

TITLE = "Kyash TechTalk #4 - Serversideと新しい挑戦"
SEGMENT_TITLES = (
    "オープニング・イベントの趣旨",
    "ローカル開発環境をAWSへ移行した話",
    "ポイント付与の非同期化について",
    "開発生産性を可視化するためにfourkeys基盤を整えた話",
    "パネルディスカッション：これまでのチャレンジ、これからのチャレンジ",
    "クロージング",
)


@pytest.fixture
def desktop(qtbot: QtBot) -> Iterator[Desktop]:
    _app, desktop = build_desktop(RunOptions(show=bundled_show(), port=0, lang="en"))
    qtbot.addWidget(desktop.console)
    desktop.console.resize(1920, 1080)
    desktop.console.show()
    qtbot.waitExposed(desktop.console)
    yield desktop
    desktop.shutdown()


def test_the_bundled_show_is_on_screen(qtbot: QtBot, desktop: Desktop) -> None:
    console = desktop.console
    assert TITLE in console.windowTitle()
    labels = [label.text() for label in console.findChildren(QLabel) if label.isVisible()]
    assert any(SEGMENT_TITLES[0] in text for text in labels)  # now
    assert any(SEGMENT_TITLES[1] in text for text in labels)  # next
    canvas = console.timeline.canvas
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32)
    canvas.render(image)
    painted = {text.full: text.drawn for text in canvas.painted}
    for index, title in enumerate(SEGMENT_TITLES):
        drawn = painted.get(title, "")
        assert drawn and title.startswith(drawn.rstrip("…")), (title, drawn)
        assert title in canvas.tooltip_text(index)  # the full title when elided


def test_browser_views_dialog_lists_the_urls(qtbot: QtBot, desktop: Desktop) -> None:
    desktop.start_server()
    assert desktop.server is not None
    port = desktop.server.port
    dialog = desktop.windows.show_browser_views()
    qtbot.addWidget(dialog)
    fields = {name: field.text() for name, field in dialog.fields.items()}
    assert fields["speaker"] == f"http://127.0.0.1:{port}/speaker"
    assert fields["overlay"].startswith(f"http://127.0.0.1:{port}/overlay")
    assert "token" not in fields  # local only: no token needed
    assert "Serving on this computer only" in dialog.intro.text()


def test_browser_views_dialog_says_why_there_is_no_server(qtbot: QtBot) -> None:
    _app, desktop = build_desktop(RunOptions(show=bundled_show(), serve=False, lang="en"))
    qtbot.addWidget(desktop.console)
    try:
        desktop.start_server()
        assert desktop.server is None
        dialog = desktop.windows.show_browser_views()
        qtbot.addWidget(dialog)
        assert dialog.fields == {}
        assert "--no-server" in dialog.intro.text()
    finally:
        desktop.shutdown()


def test_a_broken_show_at_launch_opens_a_console_that_waits_for_the_file(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    show_file = tmp_path / "afternoon.yaml"
    text = bundled_show().read_text(encoding="utf-8")
    show_file.write_text(text.replace("kind: panel", "kind: pannel"), encoding="utf-8")
    _app, desktop = build_desktop(RunOptions(show=show_file, serve=False, lang="en"))
    qtbot.addWidget(desktop.console)
    try:
        err = capsys.readouterr().err
        assert f"{show_file}:" in err and "unknown kind 'pannel'" in err  # as headless says
        console = desktop.console
        console.show()
        assert not desktop.session.has_show  # never the bundled show instead
        assert console.no_show.isVisibleTo(console) and not console.main.isVisibleTo(console)
        assert any("unknown kind 'pannel'" in line for line in console.no_show.lines())
        show_file.write_text(text, encoding="utf-8")  # fixed: it opens by itself
        qtbot.waitUntil(lambda: desktop.session.has_show, timeout=5000)
        assert desktop.session.show_path == show_file.resolve()
        assert console.main.isVisibleTo(console) and not console.no_show.isVisibleTo(console)
    finally:
        desktop.shutdown()


def test_a_missing_show_file_at_launch_waits_too(qtbot: QtBot, tmp_path: Path) -> None:
    missing = tmp_path / "later.yaml"
    _app, desktop = build_desktop(RunOptions(show=missing, serve=False, lang="en"))
    qtbot.addWidget(desktop.console)
    try:
        assert not desktop.session.has_show and desktop.session.waiting_for == missing
        missing.write_text(bundled_show().read_text(encoding="utf-8"), encoding="utf-8")
        qtbot.waitUntil(lambda: desktop.session.has_show, timeout=5000)
    finally:
        desktop.shutdown()
