"""A display tick repaints only the rectangles that change (the digits, the time of day, the
progress bar), and what it paints there is exactly what a full repaint would show; the
speaker display's digits are on screen before the console's slots run."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter, QRegion
from pytestqt.qtbot import QtBot

from runofshow.app.driver import TICK_MARGIN_MS
from runofshow.app.session import ShowSession
from runofshow.core.clock import FakeClocks
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import Settings
from runofshow.qt.speaker import SpeakerWindow
from runofshow.qt.speaker.content import SpeakerContent, build_content
from runofshow.qt.speaker.layout import compute_layout
from runofshow.qt.speaker.painter import paint
from runofshow.qt.speaker.regions import INK_PAD, changed_region
from tests.app.support import act
from tests.qt.speaker.scenarios import session_in

SIZE = QSize(1280, 720)


def render(
    content: SpeakerContent, base: QImage | None = None, region: QRegion | None = None
) -> QImage:
    image = base.copy() if base is not None else QImage(SIZE, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    if region is not None:
        painter.setClipRegion(region)
    paint(painter, compute_layout(SIZE, content), content, True, region)
    painter.end()
    return image


def next_tick(session: ShowSession, clocks: FakeClocks) -> SpeakerContent:
    clocks.advance(session.snapshot.next_change_ms + TICK_MARGIN_MS)
    return build_content(session.tick(), hide_seconds=False)


def area(region: QRegion) -> int:
    return sum(rect.width() * rect.height() for rect in region)


@pytest.mark.parametrize(
    ("phase", "ticks"),
    [("normal", 65), ("overtime", 65), ("rehearsal", 3), ("standby", 3), ("message", 3)],
)
def test_a_tick_repaints_a_small_region_equal_to_a_full_repaint(
    qtbot: QtBot, phase: str, ticks: int
) -> None:
    clocks = FakeClocks()
    session = session_in(phase, clocks)
    before = build_content(session.snapshot, hide_seconds=False)
    image = render(before)
    parts: set[str] = set()
    for _ in range(ticks):
        after = next_tick(session, clocks)
        old, new = compute_layout(SIZE, before), compute_layout(SIZE, after)
        region = changed_region(old, new)
        assert region is not None, "a tick must not repaint the whole window"
        time_box = new.text("time")
        ticking = {"progress": new.progress, "time": time_box.rect if time_box else None}
        assert new.countdown is not None
        pad = new.countdown.ink.height() * INK_PAD + 2  # antialiasing around the ink
        allowed = QRegion(new.countdown.box.adjusted(-pad, -pad, pad, pad).toAlignedRect())
        for name, rect in ticking.items():
            if rect is not None:
                allowed += rect.toAlignedRect().adjusted(-2, -2, 2, 2)
                if region.intersects(rect.toAlignedRect()):
                    parts.add(name)
        assert not region.isEmpty() and region.subtracted(allowed).isEmpty()
        if before.countdown[:-1] == after.countdown[:-1]:  # most ticks: one digit changes
            assert area(region) < 0.12 * SIZE.width() * SIZE.height()  # a digit of 40 % height
        image = render(after, base=image, region=region)
        assert image == render(after), f"{before.countdown} -> {after.countdown}"
        before = after
    if ticks > 60:  # a minute of ticks: the time of day and the bar moved too
        assert parts == {"time", "progress"}


def test_anything_else_repaints_the_whole_window() -> None:
    clocks = FakeClocks()
    session = session_in("normal", clocks)
    before = compute_layout(SIZE, build_content(session.snapshot, hide_seconds=False))
    act(session, "next_cue")  # another card: other texts
    after = compute_layout(SIZE, build_content(session.snapshot, hide_seconds=False))
    assert changed_region(before, after) is None
    assert changed_region(before, before) == QRegion()


def test_the_speaker_digits_are_painted_before_the_console_hears_the_tick(
    qtbot: QtBot, settings: Settings
) -> None:
    clocks = FakeClocks()
    session = session_in("normal", clocks)
    signals = SessionSignals(session)
    seen: list[int] = []
    signals.stateChanged.connect(lambda _snapshot: seen.append(window.paint_count))  # the console
    window = SpeakerWindow(signals, settings)
    qtbot.addWidget(window)
    window.resize(SIZE)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.paint_count > 0)
    painted = window.paint_count
    next_tick(session, clocks)
    assert seen == [painted + 1]  # already painted when the console's slot ran
    signals.close()
