"""Start-up imports what the first paint needs and nothing else (issue 18).

``python -X importtime`` on the desktop start (tests/e2e/first_paint_driver.py) lists every
module imported, in order, on stderr; the driver marks the console's first paint there.
Nothing on the list before the mark may belong to the packages below: they load after the
first paint (the web server) or when their window or panel is opened. Prefixes, so that a
package written later is covered the day it lands.

Two packages are there before the first paint by design, and only their session services:
the OBS service (``runofshow.obs.service``; its link, the worker thread and its messages,
opens after the first paint: ``Desktop.after_first_paint``) and the question
queue (``runofshow.questions.service``) are services of the session, which must see the
engine start and whose commands are in the one command table the console's menus come
from. What they need only once used waits: OBS's client library, its pre-flight check and
its password store (keyring), the survey import and its CSV reader.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.e2e.first_paint_driver import FIRST_PAINT_MARKER, STARTED_MARKER

ROOT = Path(__file__).resolve().parents[2]

NOT_BEFORE_FIRST_PAINT = {
    "aiohttp": "the web server's library: the server starts after the first paint",
    "runofshow.web.server": "the web server",
    "runofshow.qt.history": "the history window and its chart",
    "runofshow.qt.preferences": "the preferences dialog",
    "runofshow.qt.editor": "the show editor",
    "runofshow.qt.runsheet": "the printed run sheet",
    "ruamel": "the editor's round-trip YAML",
    "obsws_python": "the OBS WebSocket client library: loaded when OBS is first reached",
    "websocket": "the WebSocket library under the OBS client",
    "runofshow.obs.preflight": "the OBS pre-flight check: when OBS first answers",
    "runofshow.obs.password": "the OBS password store: when OBS first needs a password",
    "runofshow.obs.connection": "the OBS link and its worker thread: opened after the paint",
    "sqlite3": "the run store's database: opened after the first paint",
    "runofshow.core.runs": "the run store: opened after the first paint",
    "runofshow.core.run_analysis": "a run's actuals: the history window and the reports",
    "keyring": "the password store's keyring",
    "runofshow.questions.survey": "panel questions: the survey import",
    "runofshow.qt.console.survey_dialog": "panel questions: the survey import dialog",
    "csv": "the CSV reader (survey import, rundown export)",
    "segno": "the QR codes of the browser views dialog (with xml.sax, urllib, http)",
}

# The session's services of these packages and what they import (see the docstring):
# anything else of theirs before the first paint fails the test.
SESSION_SERVICES = {
    "runofshow.obs", "runofshow.obs.service", "runofshow.obs.client",
    "runofshow.obs.messages", "runofshow.obs.placeholders",
    "runofshow.questions", "runofshow.questions.service", "runofshow.questions.model",
    "runofshow.questions.commands", "runofshow.questions.store",
}  # fmt: skip


def imported_modules(stderr: str) -> tuple[list[str], list[str]]:
    """(modules imported before the first paint, after it) from -X importtime output."""
    before: list[str] = []
    after: list[str] = []
    seen = before
    for line in stderr.splitlines():
        if line.startswith(FIRST_PAINT_MARKER):
            seen = after
        elif line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name != "imported package":  # the header line
                seen.append(name)
    return before, after


def forbidden(modules: list[str]) -> dict[str, str]:
    return {
        module: why
        for module in modules
        for prefix, why in NOT_BEFORE_FIRST_PAINT.items()
        if module == prefix or module.startswith(prefix + ".")
    }


def test_the_first_paint_comes_before_the_server_history_editor_obs_and_questions(
    isolated_data_dir: Path, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RUNOFSHOW_DATA_DIR": str(isolated_data_dir),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(ROOT),
    }
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tests.e2e.first_paint_driver"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert FIRST_PAINT_MARKER in proc.stderr and STARTED_MARKER in proc.stderr, proc.stderr[-3000:]
    before, after = imported_modules(proc.stderr)
    assert "runofshow.qt.console.window" in before  # the console itself is there
    assert forbidden(before) == {}
    services = {m for m in before if m.startswith(("runofshow.obs.", "runofshow.questions."))}
    assert services - SESSION_SERVICES == set()
    # the web server, the OBS link and the run store did start, after the first paint
    assert {"runofshow.web.server", "aiohttp", "runofshow.obs.connection"} <= set(after)
    assert {"sqlite3", "runofshow.core.runs"} <= set(after)


def test_the_check_sees_a_forbidden_import() -> None:
    """The parser and the prefixes catch what they must (and only that)."""
    stderr = "\n".join(
        [
            "import time: self [us] | cumulative | imported package",
            "import time:       100 |        100 | runofshow.qt.console.window",
            "import time:       100 |        100 |   aiohttp.web",
            "import time:       100 |        100 | runofshow.obsolete_name",
            "import time:       100 |        100 | runofshow.qt.editor.window",
            FIRST_PAINT_MARKER,
            "import time:       100 |        100 | runofshow.qt.history.window",
        ]
    )
    before, after = imported_modules(stderr)
    assert before == [
        "runofshow.qt.console.window",
        "aiohttp.web",
        "runofshow.obsolete_name",
        "runofshow.qt.editor.window",
    ]
    assert after == ["runofshow.qt.history.window"]
    assert set(forbidden(before)) == {"aiohttp.web", "runofshow.qt.editor.window"}
