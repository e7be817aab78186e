"""The GO key and the show keys work whatever has focus: real key events (xdotool) on a real
X server (Xvfb) with a window manager (openbox), from the moment the console opens, and
again right after a command's question (a real dialog) is answered by a key."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.x_servers import openbox, run_check, xvfb

HERE = Path(__file__).resolve().parent


@pytest.mark.xvfb
@pytest.mark.slow
def test_show_keys_on_a_real_x_server_with_a_window_manager(tmp_path: Path) -> None:
    with xvfb() as display, openbox(display):
        output = run_check(HERE / "x_keys_check.py", display)
    assert "2 passed" in output
