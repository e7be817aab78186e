"""The bare PySide6 window programs every desktop measure is compared with.

Run as a child: `python -m bench.baseline startup` shows QLabel("hello") and prints
``painted <monotonic_ns>`` on its first paint, then exits; `python -m bench.baseline
ticking --seconds N` shows a label that a one-second QTimer updates (the minimum a clock
app must do), prints ``ready`` and exits after N seconds. Nothing from runofshow is
imported, so this is the floor any Qt app on this machine pays.
"""

from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class FirstPaint(QObject):
    """Prints the monotonic time of the watched widget's first paint, then quits."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            print(f"painted {time.monotonic_ns()}", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


def startup() -> int:
    app = QApplication(sys.argv[:1])
    label = QLabel("hello")
    watcher = FirstPaint(app)
    label.installEventFilter(watcher)
    label.resize(1280, 800)
    label.show()
    return app.exec()


def ticking(seconds: float) -> int:
    app = QApplication(sys.argv[:1])
    label = QLabel("0")
    label.resize(1280, 800)
    count = 0

    def tick() -> None:
        nonlocal count
        count += 1
        label.setText(str(count))

    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(tick)
    timer.start()
    label.show()
    QTimer.singleShot(round(seconds * 1000), app.quit)
    QTimer.singleShot(0, lambda: print("ready", flush=True))
    return app.exec()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.baseline")
    parser.add_argument("program", choices=("startup", "ticking"))
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args(argv)
    if args.program == "startup":
        return startup()
    return ticking(args.seconds)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
