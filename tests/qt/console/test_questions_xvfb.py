"""The question queue with real keys and a real mouse drag, on a real X server (Xvfb)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.qt.speaker.conftest import xvfb_display  # noqa: F401 (the fixture)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


@pytest.mark.xvfb
@pytest.mark.slow
def test_quick_add_and_drag_under_xvfb(xvfb_display: str) -> None:  # noqa: F811
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb_display)
    env.pop("WAYLAND_DISPLAY", None)
    check = HERE / "xvfb_questions_check.py"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(check)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
