"""Screens come and go safely, on two real monitors (Xorg with the dummy driver; Xvfb
cannot give Qt two monitors on one desktop): when the speaker screen is unplugged the
display hides and the console says so; plugged back, the display returns full screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.x_servers import MODE, openbox, run_check, xorg_two_screens

HERE = Path(__file__).resolve().parent


@pytest.mark.xvfb
@pytest.mark.slow
def test_unplug_and_replug_the_speaker_screen(tmp_path: Path) -> None:
    with xorg_two_screens(tmp_path) as display, openbox(display):
        output = run_check(HERE / "x_two_screens_check.py", display, {"RUNOFSHOW_TEST_MODE": MODE})
    assert "1 passed" in output
