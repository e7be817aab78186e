"""Where things live: shipped resources and the user's data directory. No Qt here."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The shipped resources: inside the installed package, or the source checkout's."""
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def bundled_show() -> Path:
    """The default show: Kyash TechTalk #4."""
    return resource("shows", "kyash-techtalk-4.yaml")


def schema_path() -> Path:
    return resource("schema", "show-v1.json")


def data_dir_path() -> Path:
    """Where the user data directory is (RUNOFSHOW_DATA_DIR overrides it, for tests and
    portable use), without creating it."""
    override = os.environ.get("RUNOFSHOW_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir("runofshow", False))


def data_dir() -> Path:
    """The user data directory, created if missing."""
    base = data_dir_path()
    base.mkdir(parents=True, exist_ok=True)
    return base


def show_key(show_path: Path) -> str:
    """A stable, file-name-safe key for a show file: its stem plus a hash of its absolute path."""
    resolved = str(show_path.resolve())
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:12]
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in show_path.stem)[:40]
    return f"{stem}-{digest}"


def show_data_path(show_path: Path) -> Path:
    """Per-show folder in the data directory (journal, runs), without creating it: the
    app's writer thread creates it when it first writes (and reports if it cannot)."""
    return data_dir_path() / "shows" / show_key(show_path)


def show_data_dir(show_path: Path) -> Path:
    """Per-show folder in the data directory (journal, runs), created if missing."""
    folder = show_data_path(show_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
