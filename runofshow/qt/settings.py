"""Every persistent setting declared once, with its type and default (QSettings-backed).

Modules never call QSettings with string keys directly: they read and write through
``Settings`` so a typo is a mypy error and a default lives in exactly one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T


# The declared settings. Add new ones here, nowhere else.
NOTES_MODE = Setting[str]("console/notes_mode", "slide")  # "slide" or "stream"
CONSOLE_GEOMETRY = Setting[QByteArray]("console/geometry", QByteArray())
CONSOLE_STATE = Setting[QByteArray]("console/window_state", QByteArray())
TIMELINE_ZOOM = Setting[float]("console/timeline_zoom", 1.0)
RECENT_FILES = Setting[list]("files/recent", [])
SPEAKER_SCREEN = Setting[str]("speaker/screen_name", "")
SPEAKER_HIDE_SECONDS = Setting[bool]("speaker/hide_seconds", False)
LANGUAGE = Setting[str]("ui/language", "")  # "" follows the system locale
CHAPTER_SHIFT_S = Setting[int]("history/chapter_shift_s", 0)
OBS_ADDRESS = Setting[str]("obs/address", "")  # HOST:PORT of OBS's WebSocket; "" = not used
CHAPTER_SKIP_BREAKS = Setting[bool]("history/chapter_skip_breaks", False)
CHAPTER_SPEAKERS = Setting[bool]("history/chapter_speakers", True)


class Settings:
    """Typed access to QSettings. Pass a QSettings (tests use an INI file in tmp)."""

    def __init__(self, backend: QSettings | None = None) -> None:
        self._q = backend if backend is not None else QSettings("runofshow", "runofshow")
        if self._q.value("meta/version") is None:
            self._q.setValue("meta/version", SETTINGS_VERSION)

    def get(self, setting: Setting[T]) -> T:
        raw: Any = self._q.value(setting.key)
        if raw is None:
            return setting.default
        return _coerce(raw, setting.default)

    def set(self, setting: Setting[T], value: T) -> None:
        self._q.setValue(setting.key, value)
        self._q.sync()

    @property
    def backend(self) -> QSettings:
        return self._q


def _coerce(raw: Any, default: Any) -> Any:
    """QSettings' INI backend returns strings; turn them back into the declared type."""
    if isinstance(default, bool):
        return raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
    if isinstance(default, int):
        try:
            return int(raw)
        except (TypeError, ValueError):
            return default
    if isinstance(default, float):
        try:
            return float(raw)
        except (TypeError, ValueError):
            return default
    if isinstance(default, list):
        if raw in ("", None):
            return []
        return list(raw) if isinstance(raw, (list, tuple)) else [raw]
    if isinstance(default, QByteArray):
        return raw if isinstance(raw, QByteArray) else default
    return str(raw)
