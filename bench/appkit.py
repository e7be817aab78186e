"""Builds the real desktop app for the child programs, the way runofshow.desktop.run does.

Only ever imported inside a child process (it imports Qt and the whole app), and first:
the children import it before anything from PySide6.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# The app's modules first, as `runofshow` imports them: the Qt-free layers before PySide6
# (whose import hook runofshow.qt quietens; see runofshow/qt/pyside.py). The children
# call ``gc.disable()`` before importing this, as `runofshow`'s command line does before
# it imports the desktop (``build_desktop`` settles the collector after the first paint).
from runofshow import desktop as desktop_module
from runofshow.app.wiring import RunOptions
from runofshow.desktop import Desktop
from runofshow.paths import bundled_show

# isort: split
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


def build_desktop(
    show: Path | None = None, *, serve: bool = True, speaker: bool = False
) -> tuple[QApplication, Desktop]:
    """QApplication + Desktop launched as runofshow.desktop.run does it: the console shown
    (and the speaker display when asked), the web server started after the console's first
    paint (``when_started``).

    The web server listens on a free loopback port (port 0), as the app would on 8765."""
    options = RunOptions(show=show or bundled_show(), port=0, serve=serve)
    desktop = desktop_module.launch(options, settle_garbage=True)
    desktop.console.resize(1600, 900)
    if speaker:
        desktop.windows.toggle_speaker_window()
    return desktop.app, desktop


def when_started(desktop: Desktop, fn: Callable[[], None]) -> None:
    """Call ``fn`` once the start-up that waits for the first paint (the server) is done."""
    first_paint = desktop.first_paint
    if first_paint is None or first_paint.done:
        fn()
    else:
        QTimer.singleShot(20, lambda: when_started(desktop, fn))


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
