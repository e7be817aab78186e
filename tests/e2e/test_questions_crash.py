"""kill -9 the desktop app while an operator works the question queue: the app that starts
again shows exactly the queue that was acknowledged (statuses, order, live additions, the
asker tick, the queue's own undo history), in the panel too."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from runofshow.paths import bundled_show

DRIVER = Path(__file__).resolve().parent / "questions_driver.py"
ROOT = Path(__file__).resolve().parents[2]
DEADLINE_S = 60.0
ACTIONS = 10
SURVEY = (
    "表示名,パネルで聞きたいこと\r\n"
    "たろう,EC2の開発環境で困ったことは？\r\n"
    "じろう,非同期化でリトライはどう設計しましたか？\r\n"
)

pytestmark = pytest.mark.slow


class Process:
    def __init__(self, data_dir: Path, *args: str) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_DATA_DIR": str(data_dir)}
        self.proc = subprocess.Popen(
            [sys.executable, str(DRIVER), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
            env=env,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def close(self) -> int:
        """Wait for the process to end (killed after the deadline) and close its pipes."""
        try:
            status = self.proc.wait(timeout=DEADLINE_S)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            status = self.proc.wait(timeout=DEADLINE_S)
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                pipe.close()
        return status

    def go(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()

    def expect(self, prefix: str) -> str:
        while True:
            try:
                line = self.lines.get(timeout=DEADLINE_S)
            except queue.Empty:
                line = None
            if line is None:
                self.proc.kill()
                errors = self.proc.stderr.read() if self.proc.stderr else ""
                self.close()
                raise AssertionError(f"no {prefix!r} line; stderr:\n{errors[-3000:]}")
            if line.startswith(prefix):
                return line[len(prefix) :]


# After the quick-add; with a question on air; after the queue's undo; after the asker tick.
@pytest.mark.parametrize("kill_after", [2, 5, 7, ACTIONS])
def test_kill_9_resumes_the_queue_exactly(tmp_path: Path, kill_after: int) -> None:
    show = tmp_path / "kyash.yaml"
    show.write_text(bundled_show().read_text(encoding="utf-8"), encoding="utf-8")
    csv = tmp_path / "enquete.csv"
    csv.write_bytes(SURVEY.encode("cp932"))
    data = tmp_path / "data"
    driver = Process(data, "drive", str(show), str(csv))
    acked = None
    try:
        for n in range(1, kill_after + 1):
            number, payload = driver.expect("ACK ").split(" ", 1)
            assert int(number) == n
            acked = json.loads(payload)
            if n < kill_after:
                driver.go()
    finally:
        driver.proc.send_signal(signal.SIGKILL)
        assert driver.close() == -signal.SIGKILL
    assert acked is not None

    again = Process(data, "resume", str(show))
    try:
        resumed = json.loads(again.expect("RESUMED "))
        rows = json.loads(again.expect("PANEL "))
        on_air_text = json.loads(again.expect("ONAIR "))
    finally:
        assert again.close() == 0
    assert resumed == acked, f"killed after action {kill_after}"
    questions = [q for q in acked if "id" in q]
    assert len(rows) == len(questions) == 8  # 5 prepared, 2 imported, 1 from the chat
    for row, question in zip(rows, questions, strict=True):
        assert question["text"] in row
    on_air = [q for q in questions if q["on_air"]]
    assert on_air_text == (on_air[0]["text"] if on_air else "")
    assert any(q["asker"] == "@viewer" for q in questions)
