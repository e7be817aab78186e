"""The whole show as a horizontal, custom-painted timeline.

Each segment is a block at its planned time of day, coloured by kind. Underneath, the actual
run so far: a bar from actual start to actual end (or to now), hatched red where it ran past
the planned end. A vertical line marks now; markers show the planned and projected end of
the show; a pin (⚑ and its time, on the ruler) marks every hard start. Painting is culled
to the exposed rectangle (bisect on precomputed x positions) and a display tick repaints
only the strips that moved.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRegion,
    QStaticText,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QWidget

from runofshow.app.outcome import Surface
from runofshow.core.model import SegmentKind
from runofshow.core.snapshot import SegmentTimes, Snapshot, Status
from runofshow.core.timestamps import epoch_ms, from_epoch_ms
from runofshow.qt import theme
from runofshow.qt.console import formatting as fmt

BASE_PX_PER_MIN = 16.0
MIN_ZOOM, MAX_ZOOM = 0.05, 12.0
ZOOM_STEP = 1.25
PAD = 24  # px before the first and after the last moment
END_ROOM = 260  # px after the last moment, for the end-of-show labels
RANGE_STEP_MS = 15 * 60_000  # the drawn range grows in quarter hours, not every second
MAX_OVERRUN_MS = 6 * 3_600_000  # the range never grows past this beyond the planned end

RULER_H = 24
LANE_Y = RULER_H + 4
LANE_H = 66
ACTUAL_Y = LANE_Y + LANE_H + 4
ACTUAL_H = 14
LABEL_Y = ACTUAL_Y + ACTUAL_H + 4
LABEL_H = 20
HEIGHT = LABEL_Y + LABEL_H + 6

ACTUAL_COLOUR = theme.ACTUAL
OVERRUN_COLOUR = theme.OVERRUN
NOW_COLOUR = theme.WHITE
PLANNED_END_COLOUR = theme.TEXT_DIM
# Block fill per kind: current, later, done (or the show has ended).
BLOCK_COLOURS = {
    kind: (colour, colour.darker(125), colour.darker(170))
    for kind, colour in theme.KIND_COLOURS.items()
}
TICKS_MIN = (1, 2, 5, 10, 15, 30, 60, 120, 240)


@dataclass(frozen=True)
class PaintedText:
    """A text the timeline drew, for the no-clipping check: what was drawn, in what width."""

    full: str
    drawn: str
    width: int
    font: QFont
    x: int = -1  # left edge, for texts placed freely (end-of-show labels); -1 inside a block


class TimelineCanvas(QWidget):
    """The painted content; lives inside ``Timeline`` (a QScrollArea)."""

    selectionChanged = Signal(int)
    gotoRequested = Signal(str, str)  # segment id, Surface (double click or Enter)
    zoomRequested = Signal(int, int)  # steps (+ in, - out), anchor x in canvas coordinates

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.zoom = 1.0
        self.selected = -1
        self.rows: tuple[SegmentTimes, ...] = ()
        self.snapshot: Snapshot | None = None
        self.painted: list[PaintedText] = []
        self._key: object = None
        self._origin_ms = 0
        self._end_ms = 0
        self._xs0: list[int] = []
        self._xs1: list[int] = []
        self._actual: list[tuple[int, int, int | None, int]] = []  # index, x0, x1|None=now, x_end
        self._now_x: int | None = None
        self._ends: tuple[int, int] = (0, 0)
        self.pins: list[tuple[int, str]] = []  # x and label of every hard start
        self._text_cache: dict[
            tuple[str, int, bool], tuple[str, QStaticText | None, PaintedText]
        ] = {}
        self._clock_cache: dict[datetime, str] = {}
        self._title_font = theme.ui_font(11)
        self._title_font.setBold(True)
        self._small_font = theme.ui_font(9)
        self._title_metrics = QFontMetrics(self._title_font)
        self._small_metrics = QFontMetrics(self._small_font)
        self._min_advance = max(
            1,
            min(
                m.horizontalAdvance(c)
                for m in (self._title_metrics, self._small_metrics)
                for c in "il.,: "
            ),
        )
        self.setMinimumHeight(HEIGHT)

    # ------------------------------------------------------------------ geometry

    @property
    def px_per_ms(self) -> float:
        return BASE_PX_PER_MIN * self.zoom / 60_000

    def x_of(self, when: datetime) -> int:
        return PAD + round((epoch_ms(when) - self._origin_ms) * self.px_per_ms)

    def sizeHint(self) -> QSize:
        return QSize(self._width(), HEIGHT)

    def _width(self) -> int:
        return 2 * PAD + END_ROOM + round((self._end_ms - self._origin_ms) * self.px_per_ms)

    def block_rect(self, index: int) -> QRect:
        if not 0 <= index < len(self._xs0):
            return QRect()
        x0, x1 = self._xs0[index], self._xs1[index]
        return QRect(x0, LANE_Y, max(1, x1 - x0 - 1), LANE_H)

    def index_at(self, pos: QPoint) -> int:
        if not LANE_Y <= pos.y() < ACTUAL_Y + ACTUAL_H:
            return -1
        i = bisect_right(self._xs0, pos.x()) - 1
        return i if i >= 0 and pos.x() < self._xs1[i] else -1

    # ------------------------------------------------------------------ data

    def set_zoom(self, zoom: float) -> None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        if zoom == self.zoom:
            return
        self.zoom = zoom
        self._key = None
        if self.snapshot is not None:
            self.render_snapshot(self.snapshot)

    def render_snapshot(self, snap: Snapshot) -> QRegion | None:
        """Take a new snapshot and schedule a repaint: everything if the layout changed
        (returns None), else only the strips that moved (returned)."""
        rows = snap.schedule
        old = self.snapshot
        self.snapshot, self.rows = snap, rows
        planned_end = epoch_ms(rows[-1].planned_end)
        # A show opened long after its date projects its end that far out: cap the range
        # (the canvas would outgrow Qt's widget size limit); markers past it are not drawn.
        end = min(max(epoch_ms(snap.projected_show_end), planned_end), planned_end + MAX_OVERRUN_MS)
        bucket = -(-end // RANGE_STEP_MS)
        key = (
            self.zoom,
            snap.status,
            snap.index,
            bucket,
            tuple(id(r.segment) for r in rows),
            tuple((r.actual_start, r.actual_end) for r in rows if r.actual_start is not None),
        )
        old_now, old_ends = self._now_x, self._ends
        if key != self._key or old is None:
            self._key = key
            self._layout(snap, bucket * RANGE_STEP_MS)
            self.update()
            return None
        self._now_x = self.x_of(snap.now)
        self._ends = (self.x_of(snap.planned_show_end), self.x_of(snap.projected_show_end))
        dirty = QRegion()
        for x in (old_now, self._now_x):
            if x is not None:
                dirty += QRect(x - 7, 0, 14, HEIGHT)
        if old_now is not None and old_now != self._now_x:  # the running bar grew
            left, right = sorted((old_now, self._now_x))
            dirty += QRect(left - 1, ACTUAL_Y - 1, right - left + 3, ACTUAL_H + 2)
        if self._ends != old_ends:
            dirty += self._ends_rect(old_ends)
            dirty += self._ends_rect(self._ends)
        if not dirty.isEmpty():
            self.update(dirty)
        return dirty

    def _layout(self, snap: Snapshot, end_ms: int) -> None:
        rows = snap.schedule
        starts = [epoch_ms(rows[0].planned_start)]
        starts += [epoch_ms(r.actual_start) for r in rows if r.actual_start is not None]
        self._origin_ms = min(starts) - 2 * 60_000
        self._end_ms = max(end_ms, epoch_ms(rows[-1].planned_end)) + 2 * 60_000
        self._xs0 = [self.x_of(r.planned_start) for r in rows]
        self._xs1 = [self.x_of(r.planned_end) for r in rows]
        live = snap.status in (Status.RUNNING, Status.PAUSED)
        self._actual = [
            (
                r.index,
                self.x_of(r.actual_start),
                None
                if r.actual_end is None and live and r.index == snap.index
                else self.x_of(r.actual_end or r.actual_start),
                self.x_of(r.planned_end),
            )
            for r in rows
            if r.actual_start is not None
        ]
        self._now_x = self.x_of(snap.now)
        self._ends = (self.x_of(snap.planned_show_end), self.x_of(snap.projected_show_end))
        self.pins = [
            (self.x_of(r.planned_start), "⚑ " + fmt.time_of_day(r.planned_start))
            for r in rows
            if r.segment.hard_start is not None
        ]
        self.setFixedWidth(self._width())

    def _ends_rect(self, ends: tuple[int, int]) -> QRegion:
        """The end-of-show marker lines and their labels (labels sit beside the lines)."""
        region = QRegion()
        for x in ends:
            region += QRect(x - 2, LANE_Y, 5, LABEL_Y - LANE_Y)
            region += QRect(x - 320, LABEL_Y, 640, LABEL_H)
        return region

    # ------------------------------------------------------------------ selection

    def select(self, index: int) -> None:
        if not self.rows:
            return
        index = min(max(index, 0), len(self.rows) - 1)
        if index == self.selected:
            return
        old = self.block_rect(self.selected).adjusted(-3, -3, 3, 3)
        self.selected = index
        self.update(QRegion(old) + QRegion(self.block_rect(index).adjusted(-3, -3, 3, 3)))
        self.selectionChanged.emit(index)

    def selected_id(self) -> str | None:
        if 0 <= self.selected < len(self.rows):
            return self.rows[self.selected].segment.id
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if index >= 0:
            self.select(index)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if index >= 0:
            self.select(index)
            self.gotoRequested.emit(self.rows[index].segment.id, Surface.BUTTON.value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id():
            self.gotoRequested.emit(self.selected_id() or "", Surface.KEYBOARD.value)
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = 1 if event.angleDelta().y() > 0 else -1
            self.zoomRequested.emit(steps, round(event.position().x()))
            event.accept()
            return
        event.ignore()  # the scroll area scrolls

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_text(self, index: int) -> str:
        row = self.rows[index]
        lines = [row.segment.title]
        if row.segment.speaker_names:
            lines.append(row.segment.speaker_names)
        planned = self.tr("Planned %1–%2 (%3)")
        planned = planned.replace("%1", fmt.time_of_day(row.planned_start))
        planned = planned.replace("%2", fmt.time_of_day(row.planned_end))
        lines.append(planned.replace("%3", fmt.duration(row.segment.duration_ms)))
        if row.segment.hard_start is not None:
            hard = self.tr("⚑ Hard start %1").replace("%1", fmt.time_of_day(row.planned_start))
            if row.segment.auto_start:
                hard += " · " + self.tr("the show moves on by itself")
            lines.append(hard)
        if row.actual_start is not None:
            actual = self.tr("Actual %1–%2").replace("%1", fmt.time_of_day(row.actual_start))
            lines.append(actual.replace("%2", fmt.time_of_day(row.actual_end)))
        lines.append(self.tr("Double click or Enter: go to this segment"))
        return "\n".join(lines)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        snap = self.snapshot
        area = event.rect()
        painter = QPainter(self)
        painter.fillRect(area, theme.BACKGROUND)
        if snap is None or not self.rows:
            painter.end()
            return
        self.painted = []
        self._paint_ruler(painter, area)
        first = bisect_left(self._xs1, area.left())
        last = bisect_right(self._xs0, area.right())
        last = min(last + 1, len(self.rows))
        self._paint_blocks(painter, first, last, snap)
        self._paint_texts(painter, first, last)
        self._paint_actual(painter, area)
        self._paint_pins(painter, area)
        self._paint_ends(painter, area, snap)
        if self._now_x is not None and area.left() - 8 <= self._now_x <= area.right() + 8:
            painter.setPen(QPen(NOW_COLOUR, 2))
            painter.drawLine(self._now_x, 2, self._now_x, LABEL_Y - 2)
            painter.setBrush(NOW_COLOUR)
            painter.setPen(Qt.PenStyle.NoPen)
            x = self._now_x
            painter.drawPolygon([QPoint(x - 6, 0), QPoint(x + 6, 0), QPoint(x, 8)])
        painter.end()

    def _paint_ruler(self, painter: QPainter, area: QRect) -> None:
        tz = self.rows[0].planned_start.tzinfo
        step_min = next((m for m in TICKS_MIN if m * BASE_PX_PER_MIN * self.zoom >= 64), 240)
        step = step_min * 60_000
        start_ms = self._origin_ms + round((area.left() - PAD - 64) / self.px_per_ms)
        tick = -(-start_ms // step) * step
        painter.setFont(self._small_font)
        while True:
            x = PAD + round((tick - self._origin_ms) * self.px_per_ms)
            if x > area.right() + 64:
                break
            if x < 0:  # a tick before the canvas: its label would be cut off
                tick += step
                continue
            painter.setPen(theme.PANEL_RAISED)
            painter.drawLine(x, RULER_H - 6, x, HEIGHT)
            painter.setPen(theme.TEXT_DIM)
            when = from_epoch_ms(tick, tz)
            painter.drawText(x + 3, RULER_H - 8, self._clock_label(when))
            tick += step

    def _paint_blocks(self, painter: QPainter, first: int, last: int, snap: Snapshot) -> None:
        ended = snap.status is Status.ENDED
        rows, xs0, xs1 = self.rows, self._xs0, self._xs1
        batches: dict[tuple[SegmentKind, int], list[QRect]] = {}  # one drawRects per colour
        for i in range(first, last):
            row = rows[i]
            state = 2 if (row.done or ended) else (0 if i == snap.index else 1)
            x0 = xs0[i]
            rect = QRect(x0, LANE_Y, max(1, xs1[i] - x0 - 1), LANE_H)
            key = (row.segment.kind, state)
            batch = batches.get(key)
            if batch is None:
                batches[key] = [rect]
            else:
                batch.append(rect)
        painter.setPen(Qt.PenStyle.NoPen)
        for (kind, state), rects in batches.items():
            painter.setBrush(BLOCK_COLOURS[kind][state])
            painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if first <= snap.index < last and not ended:
            painter.setPen(QPen(theme.PHASE_COLOURS[snap.phase], 3))
            painter.drawRect(self.block_rect(snap.index).adjusted(1, 1, -2, -2))
        if first <= self.selected < last:
            painter.setPen(QPen(theme.WHITE, 2, Qt.PenStyle.DashLine))
            painter.drawRect(self.block_rect(self.selected).adjusted(-2, -2, 1, 1))

    def _paint_texts(self, painter: QPainter, first: int, last: int) -> None:
        """Block texts, grouped by font; elided and laid out once, then cached."""
        painter.setPen(theme.TEXT)
        for title in (True, False):
            painter.setFont(self._title_font if title else self._small_font)
            for i in range(first, last):
                row = self.rows[i]
                x0, x1 = self._xs0[i], self._xs1[i]
                width = x1 - x0 - 13
                if width < 14:
                    continue
                if title:
                    self._text(painter, row.segment.title, x0 + 6, LANE_Y + 5, width, True)
                    continue
                names = row.segment.speaker_names
                self._text(painter, names, x0 + 6, LANE_Y + 25, width, False)
                start = self._clock_label(row.planned_start)
                self._text(painter, start, x0 + 6, LANE_Y + 43, width, False)

    def clear_caches(self) -> None:
        """Forget elided texts and clock labels (they are rebuilt on the next paint)."""
        self._text_cache.clear()
        self._clock_cache.clear()

    def _clock_label(self, when: datetime) -> str:
        label = self._clock_cache.get(when)
        if label is None:
            if len(self._clock_cache) > 20_000:
                self._clock_cache.clear()
            label = self._clock_cache[when] = fmt.time_of_day(when)
        return label

    def _text(self, painter: QPainter, text: str, x: int, y: int, width: int, title: bool) -> None:
        """Draw ``text`` elided to ``width`` with its top at ``y``.

        The elided text is cached; from its second use on it is a prepared QStaticText.
        """
        if not text:
            return
        key = (text, width, title)
        cached = self._text_cache.get(key)
        font = self._title_font if title else self._small_font
        if cached is None:
            metrics = self._title_metrics if title else self._small_metrics
            # No more characters than could possibly fit: eliding a long title costs less.
            head = text[: width // self._min_advance + 2]
            drawn = metrics.elidedText(head, Qt.TextElideMode.ElideRight, width)
            if drawn == head != text:  # cut exactly at the limit: add the ellipsis
                drawn = metrics.elidedText(head + "…", Qt.TextElideMode.ElideRight, width)
            if len(self._text_cache) > 20_000:
                self._text_cache.clear()
            self._text_cache[key] = (drawn, None, PaintedText(text, drawn, width, font))
            if drawn:
                painter.drawText(x, y + metrics.ascent(), drawn)
                self.painted.append(self._text_cache[key][2])
            return
        drawn, static, painted = cached
        if not drawn:
            return
        if static is None:
            static = QStaticText(drawn)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            self._text_cache[key] = (drawn, static, painted)
        painter.drawStaticText(x, y, static)
        self.painted.append(painted)

    def _paint_actual(self, painter: QPainter, area: QRect) -> None:
        now_x = self._now_x or 0
        hatch = QBrush(OVERRUN_COLOUR, Qt.BrushStyle.BDiagPattern)
        for _i, x0, x1_or_now, end_x in self._actual:
            x1 = now_x if x1_or_now is None else x1_or_now
            if x1 < area.left() or x0 > area.right():
                continue
            ontime = QRect(x0, ACTUAL_Y, max(2, min(x1, end_x) - x0), ACTUAL_H)
            painter.fillRect(ontime, ACTUAL_COLOUR)
            if x1 > end_x:
                over = QRect(max(x0, end_x), ACTUAL_Y, x1 - max(x0, end_x), ACTUAL_H)
                painter.fillRect(over, OVERRUN_COLOUR.darker(200))
                painter.fillRect(over, hatch)

    def _paint_pins(self, painter: QPainter, area: QRect) -> None:
        """A hard start: a line down the lane and "⚑ 15:00" on a dark plate in the ruler."""
        painter.setFont(self._small_font)
        for x, label in self.pins:
            if x < area.left() - 120 or x > area.right() + 4:
                continue
            painter.setPen(QPen(theme.HARD_START, 2))
            painter.drawLine(x, 2, x, ACTUAL_Y + ACTUAL_H)
            advance = self._small_metrics.horizontalAdvance(label)
            plate = QRect(x + 2, 2, advance + 8, RULER_H - 6)
            painter.fillRect(plate, theme.BACKGROUND)
            painter.setPen(theme.HARD_START)
            painter.drawText(plate.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, label)
            self.painted.append(PaintedText(label, label, advance, self._small_font, x + 6))

    def _paint_ends(self, painter: QPainter, area: QRect, snap: Snapshot) -> None:
        planned_x, projected_x = self._ends
        painter.setFont(self._small_font)
        planned = self.tr("Planned end %1").replace("%1", fmt.time_of_day(snap.planned_show_end))
        projected = self.tr("Projected end %1 (%2)").replace(
            "%1", fmt.time_of_day(snap.projected_show_end)
        )
        if snap.far:  # planned for another day: no offset of thousands of hours
            projected = self.tr("Projected end %1").replace(
                "%1", fmt.time_of_day(snap.projected_show_end)
            )
        else:
            projected = projected.replace("%2", fmt.offset(snap.offset_ms))
        later = projected_x > planned_x
        off_colour = theme.BEHIND if later else theme.AHEAD
        for x, text, colour, right_side in (
            (planned_x, planned, PLANNED_END_COLOUR, not later),
            (projected_x, projected, off_colour, later),
        ):
            if x < area.left() - 320 or x > area.right() + 320:
                continue
            painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
            painter.drawLine(x, LANE_Y, x, LABEL_Y + LABEL_H)
            advance = self._small_metrics.horizontalAdvance(text)
            tx = x + 5 if right_side else x - 5 - advance
            painter.setPen(colour)
            painter.drawText(tx, LABEL_Y + 14, text)
            self.painted.append(PaintedText(text, text, advance, self._small_font, tx))
            if planned_x == projected_x:
                break


class Timeline(QScrollArea):
    """Scrollable, zoomable timeline; keeps the current segment in view."""

    def __init__(self, zoom: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = TimelineCanvas()
        self.canvas.zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self.setWidget(self.canvas)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.set_compact(False)
        self.canvas.zoomRequested.connect(self._zoom_at)
        self._index = -1

    @property
    def zoom(self) -> float:
        return self.canvas.zoom

    def set_compact(self, compact: bool) -> None:
        """A short window: no scroll bar (the current block is kept in view; the wheel
        still scrolls), so the panels above get its height."""
        bar = self.horizontalScrollBar().sizeHint().height() + 2
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if compact
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.setFixedHeight(HEIGHT + (0 if compact else bar))

    def show_snapshot(self, snap: Snapshot) -> None:
        self.canvas.render_snapshot(snap)
        if snap.index != self._index:
            self._index = snap.index
            self.ensure_current_visible()

    def ensure_current_visible(self) -> None:
        rect = self.canvas.block_rect(self._index)
        if rect.isValid():
            view = self.viewport().width()
            margin = min(view // 3, max(0, (view - rect.width()) // 2))
            self.ensureVisible(rect.center().x(), rect.center().y(), margin, 0)

    def zoom_in(self) -> None:
        self._zoom_at(1, None)

    def zoom_out(self) -> None:
        self._zoom_at(-1, None)

    def zoom_to_fit(self) -> None:
        canvas = self.canvas
        span = max(1, canvas._end_ms - canvas._origin_ms)
        width = max(100, self.viewport().width() - 2 * PAD - END_ROOM)
        self.set_zoom(width / (span / 60_000 * BASE_PX_PER_MIN))

    def set_zoom(self, zoom: float) -> None:
        self.canvas.set_zoom(zoom)
        self.ensure_current_visible()

    def _zoom_at(self, steps: int, anchor_x: int | None) -> None:
        bar = self.horizontalScrollBar()
        if anchor_x is None:
            anchor_x = bar.value() + self.viewport().width() // 2
        in_view = anchor_x - bar.value()
        before = self.canvas.zoom
        self.canvas.set_zoom(before * ZOOM_STEP**steps)
        ratio = self.canvas.zoom / before
        bar.setValue(round(PAD + (anchor_x - PAD) * ratio - in_view))
