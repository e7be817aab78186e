"""The console's question queue driven by an operator in a real desktop process (offscreen,
real clocks), for kill -9 tests.

    python questions_driver.py drive SHOW CSV   # act through the panel, then idle forever
    python questions_driver.py resume SHOW      # start again and print what came back

``drive`` prints ``ACK <n> <queue json>`` after each action has returned (its write done)
and waits for a line on stdin before the next one (so the test kills it at a known state),
then keeps the app running until it is killed. ``resume`` prints ``RESUMED <queue json>``
and ``PANEL <rows json>`` (what the panel lists), then quits.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from runofshow.app.outcome import Surface  # noqa: E402
from runofshow.app.wiring import RunOptions  # noqa: E402
from runofshow.desktop import Desktop, build_desktop  # noqa: E402

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def queue_json(desktop: Desktop) -> list[dict[str, object]]:
    panel = desktop.console.questions
    assert panel.service is not None
    return [
        {"id": q.id, "text": q.text, "status": q.status.value, "asker": q.asker,
         "show_asker": q.show_asker, "aired_ms": q.aired_ms, "on_air": q.on_air_since is not None}
        for q in panel.service.queue.of("panel")
    ] + [
        {"undo": [s.command for s in panel.service.state.undo],
         "redo": [s.command for s in panel.service.state.redo]}
    ]  # fmt: skip


def start(show: Path) -> tuple[QApplication, Desktop]:
    app, desktop = build_desktop(RunOptions(show=show, serve=False, lang="en"))
    console = desktop.console
    console.resize(1600, 900)
    console.show()
    console.activateWindow()
    QApplication.processEvents()
    console.focus_home()
    return app, desktop


def drive(show: Path, csv: Path) -> None:
    app, desktop = start(show)
    console, session = desktop.console, desktop.session
    panel = console.questions
    count = 0

    def ack() -> None:
        nonlocal count
        count += 1
        print(f"ACK {count} {json.dumps(queue_json(desktop), ensure_ascii=False)}", flush=True)
        sys.stdin.readline()  # the test says when to go on (or kills us here)

    def key(target: object, code: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        QTest.keyClick(target, code, modifiers)  # type: ignore[call-overload]
        QApplication.processEvents()

    dialog = console.open_survey(csv)
    assert dialog is not None and dialog.import_now()
    ack()
    key(console, Qt.Key.Key_Q)
    QApplication.clipboard().setText("チャット：ペアプロはしていますか？")
    key(panel.quick_add, Qt.Key.Key_V, CTRL)
    QTest.keyClicks(panel.asker_field, "@viewer")
    key(panel.quick_add, Qt.Key.Key_Return)
    ack()
    panel.list.setCurrentRow(panel.list.count() - 1)
    key(console, Qt.Key.Key_Up, ALT)
    ack()
    session.execute("start", {}, surface=Surface.KEYBOARD)
    session.execute("goto", {"segment": "panel"}, surface=Surface.KEYBOARD)
    key(console, Qt.Key.Key_F6)  # the first question on air
    ack()
    key(console, Qt.Key.Key_F6)  # the next: the first is answered
    ack()
    key(console, Qt.Key.Key_F7)  # answered
    ack()
    key(console, Qt.Key.Key_Z, CTRL | ALT)  # the queue's undo: on air again
    ack()
    key(console, Qt.Key.Key_F8)  # skipped
    ack()
    panel.list.setCurrentRow(panel.list.count() - 2)
    key(console, Qt.Key.Key_F5)  # the chat question on air
    ack()
    panel.show_asker.click()  # its asker on the overlay
    QApplication.processEvents()
    ack()
    app.exec()  # until killed


def resume(show: Path) -> None:
    app, desktop = start(show)
    print(f"RESUMED {json.dumps(queue_json(desktop), ensure_ascii=False)}", flush=True)
    panel = desktop.console.questions
    rows = [panel.list.item(r).text() for r in range(panel.list.count())]
    print(f"PANEL {json.dumps(rows, ensure_ascii=False)}", flush=True)
    print(f"ONAIR {json.dumps(panel.on_air_text.text(), ensure_ascii=False)}", flush=True)
    desktop.shutdown()
    del app


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "drive":
        drive(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        resume(Path(sys.argv[2]))
