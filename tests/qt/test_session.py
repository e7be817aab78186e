"""The session: opening, failing to open, hot reload, rehearsal switching, clean exit."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClocks
from runofshow.core.snapshot import Status
from runofshow.qt.session import ShowSession

GOOD = """\
format: runofshow/1
show:
  title: Test show
  starts_at: 2022-09-12T13:00:00+09:00
  timezone: Asia/Tokyo
segments:
  - {id: one, kind: talk, title: One, duration: 10m}
  - {id: two, kind: talk, title: Two, duration: 10m}
"""


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_open_builds_a_controller_and_announces_it(
    qtbot: QtBot, clocks: FakeClocks, bundled_show_path: Path
) -> None:
    session = ShowSession(clocks)
    with qtbot.waitSignal(session.controllerChanged) as blocker:
        assert session.open(bundled_show_path)
    assert blocker.args[0] is session.controller
    assert session.show.segments[0].id == "opening"
    session.close()


def test_a_broken_file_keeps_the_open_show(
    qtbot: QtBot, clocks: FakeClocks, tmp_path: Path
) -> None:
    session = ShowSession(clocks)
    assert session.open(_write(tmp_path / "good.yaml", GOOD))
    controller = session.controller
    controller.start()
    broken = _write(tmp_path / "broken.yaml", "format: runofshow/1\nshow: [\n")
    before = broken.read_bytes()
    with qtbot.waitSignal(session.loadFailed) as blocker:
        assert not session.open(broken)
    path, errors = blocker.args
    assert path.endswith("broken.yaml") and errors
    assert str(errors[0]).startswith(str(broken))
    assert session.controller is controller
    assert session.controller.snapshot.status is Status.RUNNING
    assert broken.read_bytes() == before
    session.close()


def test_hot_reload_keeps_the_running_clock(
    qtbot: QtBot, clocks: FakeClocks, tmp_path: Path
) -> None:
    show_file = _write(tmp_path / "show.yaml", GOOD)
    session = ShowSession(clocks)
    session.open(show_file)
    controller = session.controller
    controller.start()
    clocks.advance(65_000)
    _write(show_file, GOOD.replace("title: One", "title: Uno"))
    with qtbot.waitSignal(session.reloaded, timeout=5000):
        pass  # the file watcher fires, then the settle timer reloads
    snap = session.controller.snapshot
    assert session.controller is controller
    assert snap.segment.title == "Uno"
    assert snap.elapsed_ms == 65_000
    _write(show_file, "segments: {")
    with qtbot.waitSignal(session.loadFailed, timeout=5000):
        pass
    assert session.controller.snapshot.segment.title == "Uno"
    session.close()


def test_rehearsal_has_its_own_engine_and_journal(
    qtbot: QtBot, clocks: FakeClocks, tmp_path: Path
) -> None:
    session = ShowSession(clocks)
    session.open(_write(tmp_path / "show.yaml", GOOD))
    live = session.controller
    live.start()
    with qtbot.assertNotEmitted(session.controllerChanged):
        assert not session.set_rehearsal(True)  # the live show is on air
        assert not session.rehearse_segment("two")
    assert session.controller is live and not session.rehearsal
    live.end_show()
    with qtbot.waitSignal(session.controllerChanged):
        assert session.set_rehearsal(True)
    assert session.controller is not live
    assert session.controller.snapshot.rehearsal
    assert session.controller.snapshot.status is Status.STANDBY
    assert session.rehearse_segment("two")
    snap = session.controller.snapshot
    assert [s.id for s in session.controller.engine.show.segments] == ["two"]
    assert snap.rehearsal
    session.close()


def test_restart_after_a_crash_resumes_but_not_after_a_clean_exit(
    qtbot: QtBot, clocks: FakeClocks, tmp_path: Path
) -> None:
    show_file = _write(tmp_path / "show.yaml", GOOD)
    first = ShowSession(clocks)
    first.open(show_file)
    first.controller.start()
    clocks.advance(30_000)
    # no close(): the process "died" here
    clocks.advance(10_000)
    second = ShowSession(clocks)
    second.open(show_file)
    assert second.controller.resumed_from_crash is not None
    assert second.controller.snapshot.status is Status.RUNNING
    assert second.controller.snapshot.elapsed_ms == 40_000
    second.close()
    third = ShowSession(clocks)
    third.open(show_file)
    assert third.controller.resumed_from_crash is None
    assert third.controller.snapshot.status is Status.STANDBY
    third.close()
