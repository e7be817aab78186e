"""Screenshots of the console at 1920x1080 and 1366x768 in every state an operator sees,
and a check that no label (nor painted timeline text) is clipped in any of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClocks
from runofshow.core.snapshot import Phase, Status
from runofshow.qt.console.window import ConsoleWindow
from tests.app.support import act
from tests.qt.console.conftest import clipped_labels

MIN = 60_000
SIZES = [(1920, 1080), (1366, 768)]
STAGES = ["standby", "mid-talk", "wrap-up", "overtime", "panel"]


def drive_to(stage: str, window: ConsoleWindow, clocks: FakeClocks) -> None:
    """Bring the bundled show to ``stage`` (the keyboard itself is tested elsewhere)."""
    session = window.session

    def after(ms: int) -> None:
        clocks.advance(ms)
        session.tick()

    if stage == "standby":
        return
    after(10 * MIN)
    act(session, "start")
    after(5 * MIN + 20_000)
    act(session, "next")  # the opening ran 20 s long
    if stage == "panel":
        for minutes in (15, 16, 14):
            after(minutes * MIN)
            act(session, "next")
        after(17 * MIN)
        act(session, "next_cue")
        act(session, "next_cue")
        window.notes.set_mode("stream")
        act(session, "message", text="パネル残り28分です", flash=False)
        return
    elapsed = {"mid-talk": 6 * MIN + 30_000, "wrap-up": 11 * MIN, "overtime": 16 * MIN + 12_000}
    after(elapsed[stage])
    for _ in range({"mid-talk": 2, "wrap-up": 3, "overtime": 4}[stage]):
        act(session, "next_cue")
    if stage == "overtime":
        act(session, "message", text="そろそろまとめをお願いします", flash=True)


def settle(window: ConsoleWindow) -> None:
    for _ in range(6):  # wrapped labels ask for their height; layouts settle in a few passes
        QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("stage", STAGES)
def test_screenshot_and_nothing_clipped(
    qtbot: QtBot,
    window: ConsoleWindow,
    clocks: FakeClocks,
    screenshot_dir: Path,
    stage: str,
    size: tuple[int, int],
) -> None:
    drive_to(stage, window, clocks)
    window.resize(*size)
    settle(window)
    assert (window.width(), window.height()) == size, "the console must fit this screen"
    snap = window.session.snapshot
    expected = {
        "standby": (Status.STANDBY, "STANDBY"),
        "mid-talk": (Status.RUNNING, "TIME LEFT"),
        "wrap-up": (Status.RUNNING, "WRAP UP"),
        "overtime": (Status.RUNNING, "OVER +1:12"),
        "panel": (Status.RUNNING, "TIME LEFT"),
    }[stage]
    assert (snap.status, window.countdown.phase_text()) == expected
    if stage == "wrap-up":
        assert snap.phase is Phase.WARNING

    path = screenshot_dir / f"console-{size[0]}x{size[1]}-{stage}.png"
    image = window.grab()
    assert image.save(str(path))
    assert image.width() == size[0] and image.height() == size[1]

    assert clipped_labels(window) == []
    painted = window.timeline.canvas.painted
    assert painted, "the timeline drew no text"
    canvas_width = window.timeline.canvas.width()
    for text in painted:
        advance = QFontMetrics(text.font).horizontalAdvance(text.drawn)
        assert advance <= text.width, text
        if text.x >= 0:  # placed freely: must stay inside the canvas
            assert text.x + advance <= canvas_width, text
    # The big digits fit their box, vertically too.
    digits = window.countdown.digits
    assert digits.fontMetrics().horizontalAdvance(digits.text()) <= digits.contentsRect().width()
    assert digits.fontMetrics().height() <= digits.contentsRect().height()
