"""Hatchling build hook: compile resources/i18n/*.ts into the .qm files the wheel ships.

The .qm files are build output (git-ignored): every wheel compiles them afresh with the
lrelease that PySide6 ships (PySide6-Essentials is a build requirement for this).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        folder = Path(self.root) / "resources" / "i18n"
        sources = sorted(folder.glob("*.ts"))
        if not sources:
            raise RuntimeError(f"no translation sources in {folder}")
        for ts in sources:
            qm = ts.with_suffix(".qm")
            subprocess.run(
                [sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)], check=True
            )
            if not qm.is_file():
                raise RuntimeError(f"lrelease did not write {qm}")
