"""PySide6 without its source scan: importing runofshow.qt replaces the check PySide6's
import hook makes for every new module, so no module's source lands in linecache."""

from __future__ import annotations

import subprocess
import sys
from types import ModuleType

from PySide6.QtWidgets import QLabel

import runofshow.qt  # noqa: F401 - what turns the scan off
from runofshow.qt.pyside import FEATURE_MODULE, lean_import_hook, uses_pyside


def test_the_hook_asks_our_question() -> None:
    assert sys.modules[FEATURE_MODULE]._mod_uses_pyside is uses_pyside
    assert lean_import_hook()  # again: harmless


def test_a_module_holding_pyside_objects_uses_it() -> None:
    with_qt, plain, with_module = ModuleType("with_qt"), ModuleType("plain"), ModuleType("m")
    with_qt.QLabel = QLabel  # type: ignore[attr-defined]
    plain.value = 3  # type: ignore[attr-defined]
    with_module.QtCore = sys.modules["PySide6.QtCore"]  # type: ignore[attr-defined]
    assert uses_pyside(with_qt) and uses_pyside(with_module)
    assert not uses_pyside(plain)


def test_imports_after_it_leave_no_source_in_linecache() -> None:
    code = (
        "import linecache, sys\n"
        "import runofshow.qt\n"
        "before = set(linecache.cache)\n"
        "from runofshow.qt.console.window import ConsoleWindow\n"
        "new = set(linecache.cache) - before\n"
        "feature = sys.modules['PySide6.support.feature'].pyside_feature_dict\n"
        "print(len(new), feature['runofshow.qt.console.countdown'],"
        " feature['runofshow.core.engine_state'])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    ).stdout.split()
    # nothing cached; a console panel still counts as using PySide6, the engine does not
    assert out == ["0", "0", "-1"]
