"""Editing while the show is on air (fake clocks): future segments and the current
segment's cue cards and notes change at once for every view; the clock does not move;
the remaining time is an add_time on the clock's undo, recorded as a button press."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from runofshow.app.outcome import Surface
from runofshow.app.scheduler import ManualScheduler
from runofshow.app.session import ShowSession
from runofshow.core.clock import FakeClocks
from runofshow.core.showdoc import ShowDocument
from runofshow.core.snapshot import Snapshot
from runofshow.qt.editor.fields import object_name
from runofshow.qt.editor.window import EditorWindow
from tests.app.support import make_session
from tests.qt.editor.support import click, editor_of, type_into


@pytest.fixture
def session(
    clocks: FakeClocks, show_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ShowSession]:
    monkeypatch.setenv("RUNOFSHOW_DATA_DIR", str(tmp_path / "data"))
    session = make_session(clocks, show_copy, scheduler=ManualScheduler(clocks))
    yield session
    session.close()


def clock_of(snapshot: Snapshot) -> tuple[object, ...]:
    return (snapshot.status, snapshot.segment.id, snapshot.elapsed_ms, snapshot.remaining_ms,
            snapshot.added_ms, snapshot.offset_ms)  # fmt: skip


def test_live_edits_reach_the_show_and_never_move_the_clock(
    qtbot: QtBot, session: ShowSession, show_copy: Path, clocks: FakeClocks, screenshot_dir: Path
) -> None:
    scheduler = session.scheduler
    assert isinstance(scheduler, ManualScheduler)
    session.execute("start", surface=Surface.KEYBOARD)
    scheduler.advance(5 * 60_000 + 10_000)  # 5:10 in: the second segment runs
    session.execute("next", surface=Surface.KEYBOARD)
    scheduler.advance(95_000)
    seen: list[object] = []
    session.subscribe(lambda event: seen.append(event))
    window = EditorWindow(ShowDocument(show_copy.read_text("utf-8"), show_copy), session=session)
    qtbot.addWidget(window)
    window.show()
    before = clock_of(session.tick())
    revision = session.revision

    # the past is locked, the current segment's identity and time are locked
    window.segments.select(0)
    assert editor_of(window, ("segments", 0, "title")).isReadOnly()  # type: ignore[attr-defined]
    assert window.doc.set_value(("segments", 0, "title"), "x", "x") is False
    window.segments.select(1)
    assert window.live.isVisibleTo(window)
    window.resize(1400, 860)
    qtbot.waitUntil(lambda: editor_of(window, ("segments", 1, "title")).isVisible())  # type: ignore[attr-defined]
    window.grab().save(str(screenshot_dir / "editor-on-air-en.png"))
    body = window.segment_form.body  # the form scrolls; its fields are never squeezed
    assert body.height() >= body.minimumSizeHint().height()
    assert editor_of(window, ("segments", 1, "speakers", 0, "name")).height() >= 20  # type: ignore[attr-defined]
    assert editor_of(window, ("segments", 1, "duration")).isReadOnly()  # type: ignore[attr-defined]
    assert window.doc.remove_item(("segments",), 1, "x") is False
    assert window.doc.move_item(("segments",), 3, 1, "x") is False

    # the current segment's cue cards and notes, and a future segment, change at once
    type_into(window, ("segments", 1, "notes", "stream"), "新しい配信メモ")
    click(window, object_name(("segments", 1, "cues")) + ":add")
    type_into(window, ("segments", 1, "cues", 5, "title"), "追加のカード")
    window.segments.select(4)
    type_into(window, ("segments", 4, "title"), "パネル(改)")
    type_into(window, ("segments", 4, "duration"), "40m")
    assert window.doc.problems  # a cue card at 42m no longer fits: not taken live
    assert session.show.segments[4].duration_ms == 45 * 60_000
    type_into(window, ("segments", 4, "duration"), "44m")
    window.segments.select(3)
    click(window, "segmentDown")  # a future segment moves after the panel
    assert session.revision > revision
    assert session.show.segments[1].notes.stream == "新しい配信メモ"
    assert session.show.segments[1].cues[-1].title == "追加のカード"
    assert [s.id for s in session.show.segments][3:5] == ["panel", "talk-fourkeys"]
    snap = session.tick()
    assert snap.next_segment is not None and snap.next_segment.id == "talk-points-async"
    assert snap.schedule[3].segment.title == "パネル(改)"
    assert session.document.to_json()["schedule"][3]["title"] == "パネル(改)"  # the pages
    assert clock_of(snap) == before  # the clock did not move
    assert "パネル(改)" not in show_copy.read_text("utf-8")  # nothing saved yet

    # the remaining time: add_time with surface button, on the clock's undo
    window.live.field.setText("12:00")
    window.live.apply.click()
    after = session.tick()
    assert after.remaining_ms == 12 * 60_000 and after.elapsed_ms == before[2]
    applied = [e for e in seen if type(e).__name__ == "ActionApplied"]
    assert applied and applied[-1].command == "add_time" and applied[-1].surface == Surface.BUTTON  # type: ignore[attr-defined]
    assert session.engine.undo_label == "add_time"
    # the editor's undo never touches the clock, the clock's undo never touches the edits
    window.undo_action.trigger()
    assert [s.id for s in session.show.segments][3] == "talk-fourkeys"
    assert session.tick().remaining_ms == 12 * 60_000
    session.execute("undo", surface=Surface.KEYBOARD)
    assert session.tick().remaining_ms == before[3]
    assert session.show.segments[4].title == "パネル(改)"

    # closing without saving (discard) puts the running show back to the file; the clock stays
    still = clock_of(session.tick())
    window.close()
    assert (
        session.show.segments[4].title
        == "パネルディスカッション：これまでのチャレンジ、これからのチャレンジ"
    )
    assert session.show.segments[1].notes.stream != "新しい配信メモ"
    assert clock_of(session.tick()) == still


def test_the_past_cannot_be_changed_through_its_lists(
    qtbot: QtBot, session: ShowSession, show_copy: Path
) -> None:
    scheduler = session.scheduler
    assert isinstance(scheduler, ManualScheduler)
    session.execute("start", surface=Surface.KEYBOARD)
    session.execute("next", surface=Surface.KEYBOARD)
    session.execute("next", surface=Surface.KEYBOARD)
    window = EditorWindow(ShowDocument(show_copy.read_text("utf-8"), show_copy), session=session)
    qtbot.addWidget(window)
    doc = window.doc
    assert doc.current_index() == 2
    assert doc.remove_item(("segments", 0, "cues"), 0, "x") is False
    assert doc.insert_item(("segments", 1, "speakers"), 0, "x", "x") is False
    assert doc.remove_item(("segments", 2, "speakers"), 0, "x") is False  # on air: locked
    assert doc.remove_item(("segments", 2, "cues"), 0, "x") is True  # its cue cards: free
    assert doc.insert_item(("segments",), 2, {"id": "x"}, "x") is False  # before the current
    assert doc.insert_item(("segments",), 3, doc.get(("segments", 5)), "x") is True
    assert doc.set_value(("show", "starts_at"), "2022-09-12T14:00:00+09:00", "x") is False
    assert doc.set_value(("show", "title"), "新しい題", "x") is True
    session.execute("end", {"confirm": True}, surface=Surface.KEYBOARD)  # live: it asks
    assert doc.current_index() is None  # after the show, everything is editable again
    assert doc.set_value(("segments", 0, "title"), "振り返り", "x") is True
