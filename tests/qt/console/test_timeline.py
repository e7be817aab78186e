"""The painted timeline: culling speed, small repaints per tick, hit-testing, tooltips."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics, QImage, QPainter, QRegion
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.model import DEFAULT_THRESHOLDS, Segment, SegmentKind, Show, Speaker
from runofshow.qt.console.timeline import ACTUAL_Y, HEIGHT, Timeline, TimelineCanvas

KINDS = [SegmentKind.TALK, SegmentKind.BREAK, SegmentKind.PANEL, SegmentKind.OTHER]


def big_show(count: int, minutes: int = 5) -> Show:
    segments = tuple(
        Segment(
            id=f"s{i}",
            kind=KINDS[i % len(KINDS)],
            title=f"セグメント {i}: とても長い日本語のタイトルがここに入ります",
            duration_ms=minutes * 60_000,
            thresholds=DEFAULT_THRESHOLDS,
            speakers=(Speaker(name=f"登壇者 {i}"),),
        )
        for i in range(count)
    )
    return Show(
        title="Big",
        starts_at=datetime(2022, 9, 12, 4, 0, tzinfo=UTC),
        timezone="Asia/Tokyo",
        segments=segments,
    )


def paint(canvas: TimelineCanvas, rect: QRect) -> None:
    """Paint the exposed ``rect`` into an image, first with no cached texts, then cached."""
    image = QImage(rect.size(), QImage.Format.Format_ARGB32_Premultiplied)
    canvas.clear_caches()
    for _ in range(2):
        painter = QPainter(image)
        canvas.render(painter, QPoint(0, 0), QRegion(rect))
        painter.end()


def test_a_2000_segment_show_paints_elided_text_at_any_zoom(
    qtbot: QtBot, clocks: FakeClocks
) -> None:
    """Correctness only: how fast this paints is measured in bench/scale.py, not here."""
    clocks.set_wall(datetime(2022, 9, 12, 4, 0, tzinfo=UTC))
    engine = Engine(big_show(2000), clocks)
    engine.start()
    for _ in range(300):  # part of the show has run, so actual bars exist too
        clocks.advance(300_000)
        engine.next()
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.resize(1920, HEIGHT + 20)
    timeline.show_snapshot(engine.snapshot())
    canvas = timeline.canvas
    assert canvas.width() > 100_000  # 10,000 minutes at 16 px/min
    visible = QRect(timeline.horizontalScrollBar().value(), 0, 1920, HEIGHT)
    paint(canvas, visible)
    # Text is elided to fit each block.
    assert len(canvas.painted) > 20, "nothing was painted in the visible area"
    for text in canvas.painted:
        assert QFontMetrics(text.font).horizontalAdvance(text.drawn) <= text.width, text
    assert any(p.drawn.endswith("…") for p in canvas.painted)
    # Zoomed out, the whole show is a few thousand pixels; blocks too narrow for text get none.
    timeline.set_zoom(0.05)
    assert canvas.width() < 10_000
    paint(canvas, QRect(0, 0, 1920, HEIGHT))
    for text in canvas.painted:
        assert QFontMetrics(text.font).horizontalAdvance(text.drawn) <= text.width, text


def test_a_tick_repaints_only_small_strips(qtbot: QtBot, clocks: FakeClocks) -> None:
    clocks.set_wall(datetime(2022, 9, 12, 4, 0, tzinfo=UTC))
    engine = Engine(big_show(6, minutes=15), clocks)
    engine.start()
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    assert canvas.render_snapshot(engine.snapshot()) is None  # first layout: full repaint
    clocks.advance(1_000)
    region = canvas.render_snapshot(engine.snapshot())
    assert region is not None
    bounds = region.boundingRect()
    assert bounds.width() <= 40, bounds  # the now-marker moved by a quarter pixel
    assert bounds.height() <= HEIGHT
    # After a real action the layout changes and everything is repainted once.
    engine.next()
    assert canvas.render_snapshot(engine.snapshot()) is None


def test_overrun_is_drawn_hatched_past_the_planned_end(qtbot: QtBot, clocks: FakeClocks) -> None:
    clocks.set_wall(datetime(2022, 9, 12, 4, 0, tzinfo=UTC))
    engine = Engine(big_show(3, minutes=15), clocks)
    engine.start()
    clocks.advance(20 * 60_000)  # five minutes over
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.render_snapshot(engine.snapshot())
    image = canvas.grab().toImage()
    end_x = canvas.x_of(engine.snapshot().schedule[0].planned_end)
    now_x = canvas.x_of(engine.snapshot().now)
    y = ACTUAL_Y + 5
    reds = [image.pixelColor(x, y) for x in range(end_x + 3, now_x - 3)]
    assert reds and all(c.red() > c.green() + 30 for c in reds if c.red() + c.green() > 60)
    assert any(c.red() > 150 for c in reds)
    on_time = image.pixelColor(
        (end_x + canvas.x_of(engine.snapshot().schedule[0].planned_start)) // 2, y
    )
    assert on_time.green() > on_time.red()


def test_hit_test_selection_and_tooltip(qtbot: QtBot, clocks: FakeClocks) -> None:
    clocks.set_wall(datetime(2022, 9, 12, 4, 0, tzinfo=UTC))
    engine = Engine(big_show(4, minutes=15), clocks)
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.render_snapshot(engine.snapshot())
    centre = canvas.block_rect(2).center()
    assert canvas.index_at(centre) == 2
    assert canvas.index_at(QPoint(centre.x(), 2)) == -1  # the ruler is not a block
    with qtbot.waitSignal(canvas.selectionChanged) as signal:
        canvas.select(2)
    assert signal.args == [2]
    text = canvas.tooltip_text(2)
    assert "とても長い日本語のタイトル" in text  # the full title, not the elided one
    assert "Planned 13:30–13:45 (15:00)" in text


def test_zoom_keeps_time_under_the_cursor(qtbot: QtBot, clocks: FakeClocks) -> None:
    clocks.set_wall(datetime(2022, 9, 12, 4, 0, tzinfo=UTC))
    engine = Engine(big_show(40, minutes=15), clocks)
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.resize(1000, HEIGHT + 20)
    timeline.show()
    timeline.show_snapshot(engine.snapshot())
    bar = timeline.horizontalScrollBar()
    bar.setValue(2000)
    anchor = bar.value() + 300
    minute = timeline.canvas.px_per_ms * 60_000
    moment = (anchor - 24) / minute
    timeline.canvas.zoomRequested.emit(1, anchor)
    new_anchor = 24 + moment * timeline.canvas.px_per_ms * 60_000
    assert abs((new_anchor - bar.value()) - 300) <= 2
    assert timeline.zoom == 1.25


def test_tooltip_event_shows_the_full_title(qtbot: QtBot, clocks: FakeClocks) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    clocks.set_wall(datetime(2022, 9, 12, 4, 0, tzinfo=UTC))
    engine = Engine(big_show(4, minutes=5), clocks)
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.render_snapshot(engine.snapshot())
    canvas.show()
    pos = canvas.block_rect(1).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, canvas.mapToGlobal(pos))
    QCoreApplication.sendEvent(canvas, event)
    assert QToolTip.isVisible()
    assert "セグメント 1: とても長い日本語のタイトルがここに入ります" in QToolTip.text()
    QToolTip.hideText()
