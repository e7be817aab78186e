"""`runofshow --lang ja` reaches the app: the state the browser pages read says "ja"."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.e2e.test_gui_process import DEADLINE_S, _read_line_with


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_lang_option_reaches_the_app_and_the_pages(isolated_data_dir: Path, lang: str) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RUNOFSHOW_DATA_DIR": str(isolated_data_dir),
    }
    with subprocess.Popen(
        [sys.executable, "-m", "runofshow", "--lang", lang, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as proc:
        try:
            line = _read_line_with(proc, "browser views at ")
            base = line.split("browser views at ", 1)[1].rstrip("/")
            deadline = time.monotonic() + DEADLINE_S
            state: dict[str, object] = {}
            while time.monotonic() < deadline:  # the language follows the first publish
                with urllib.request.urlopen(f"{base}/api/state", timeout=10) as response:
                    state = json.load(response)
                if state.get("lang") == lang:
                    break
            assert state.get("lang") == lang
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=DEADLINE_S) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
