"""The desktop started as `runofshow` starts it, telling on stderr when the console is
first painted: run it with ``python -X importtime`` and every import before that line
happened before the operator saw anything.

    python -X importtime -m tests.e2e.first_paint_driver

It imports what `runofshow` imports (the command line, then the desktop wiring), launches
the desktop on the bundled show (``runofshow.desktop.launch``, as ``run`` does), writes
``FIRST_PAINT_MARKER`` to stderr at the console's first paint event, and quits once the
start-up that waits for that paint is done (``STARTED_MARKER``), or after 60 s.
"""

from __future__ import annotations

import sys

from runofshow import (
    cli,  # noqa: F401 - the entry point imports it first
    desktop,
)
from runofshow.app.options import RunOptions
from runofshow.paths import bundled_show

FIRST_PAINT_MARKER = "first-paint-driver: the console is painted"
STARTED_MARKER = "first-paint-driver: start-up done"


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer

    desk = desktop.launch(RunOptions(show=bundled_show(), port=0), settle_garbage=True)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is desk.console:
                watched.removeEventFilter(self)
                print(FIRST_PAINT_MARKER, file=sys.stderr, flush=True)
            return False

    watch = FirstPaint()
    desk.console.installEventFilter(watch)

    def check() -> None:
        if desk.first_paint is not None and desk.first_paint.done:
            print(STARTED_MARKER, file=sys.stderr, flush=True)
            desk.app.quit()
        else:
            QTimer.singleShot(20, check)

    check()
    QTimer.singleShot(60_000, desk.app.quit)
    return desk.app.exec()


if __name__ == "__main__":
    sys.exit(main())
