"""Builds the real desktop app for the child programs, the way runofshow.qt.app.run_gui does.

Only ever imported inside a child process (it imports Qt and the whole app).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from runofshow.cli import RunOptions
from runofshow.paths import bundled_show
from runofshow.qt.app import DesktopApp, create_application
from runofshow.qt.settings import Settings


def build_desktop(
    show: Path | None = None, *, serve: bool = True, speaker: bool = False
) -> tuple[QApplication, DesktopApp]:
    """QApplication + DesktopApp with the console shown (and the speaker display when asked),
    composed step by step as run_gui does it.

    The web server listens on a free loopback port (port 0), as the app would on 8765."""
    import inspect

    from runofshow.qt import app as app_module

    options = RunOptions(show=show or bundled_show(), port=0, serve=serve)
    try:
        app = create_application()
    except Exception as error:  # the app module is still being written: same steps by hand
        print(
            f"bench: create_application failed ({error!r}); building it directly", file=sys.stderr
        )
        app = _plain_application()
    settings = Settings()
    extra = []
    if "translations" in inspect.signature(DesktopApp).parameters:
        translations = app_module.Translations(app)
        translations.switch(app_module.choose_language(options.lang, settings))
        extra.append(translations)
    desktop = DesktopApp(options, settings, *extra)
    desktop.console.resize(1600, 900)
    desktop.console.show()
    if speaker:
        desktop.toggle_speaker_window()
    app.aboutToQuit.connect(desktop.shutdown)
    return app, desktop


def _plain_application() -> QApplication:
    from runofshow.qt.theme import apply_dark_theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("runofshow")
    app.setOrganizationName("runofshow")
    apply_dark_theme(app)
    return app


class PaintWatch(QObject):
    """Calls ``fn(widget, monotonic_ns)`` at the start of every paint of a watched widget."""

    def __init__(self, fn: Callable[[Any, int], None]) -> None:
        super().__init__()
        self._fn = fn

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._fn(watched, time.monotonic_ns())
        return False


def quit_after(app: QApplication, seconds: float) -> None:
    """Every child program stops by itself."""
    QTimer.singleShot(round(seconds * 1000), app.quit)


def emit(line: str) -> None:
    print(line, flush=True)
    sys.stdout.flush()
