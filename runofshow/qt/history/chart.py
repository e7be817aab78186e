"""Plan-versus-actual bar chart, painted with QPainter: one group of bars per segment.

In each group the first bar is the plan (hollow), then one filled bar per selected run.
The bar geometry is computed in ``bar_model()`` (also used by tests), painting only
draws it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from runofshow.core.durations import format_duration
from runofshow.core.run_analysis import Comparison
from runofshow.qt.theme import (
    PANEL,
    PANEL_RAISED,
    PLAN_FILL,
    RUN_COLOURS,
    TEXT,
    TEXT_DIM,
    ui_font,
)

PLAN_COLOUR = TEXT_DIM

MARGIN_LEFT = 56
MARGIN_RIGHT = 16
MARGIN_TOP = 36  # legend
MARGIN_BOTTOM = 44  # segment titles


def run_colour(index: int) -> QColor:
    return RUN_COLOURS[index % len(RUN_COLOURS)]


@dataclass(frozen=True)
class Bar:
    segment_id: str
    series: int  # -1 = plan, else the run's position in the comparison
    value_ms: int
    rect: QRectF


class ComparisonChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFont(ui_font(9.5))

    def sizeHint(self) -> QSize:
        return QSize(800, 300)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self._comparison = comparison
        self.update()

    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    # ------------------------------------------------------------ geometry

    def _plot(self) -> QRectF:
        return QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(1.0, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
            max(1.0, self.height() - MARGIN_TOP - MARGIN_BOTTOM),
        )

    def scale_max_ms(self) -> int:
        """The value at the top of the plot: the longest bar plus headroom, whole minutes."""
        c = self._comparison
        if c is None:
            return 60_000
        values = [r.planned_ms for r in c.rows]
        values += [v for r in c.rows for v in r.actual_ms if v is not None]
        longest = max(values, default=60_000)
        return max(60_000, -(-int(longest * 1.08) // 60_000) * 60_000)

    def bar_model(self) -> list[Bar]:
        """Every bar with its value and rectangle in widget coordinates."""
        c = self._comparison
        if c is None or not c.rows:
            return []
        plot = self._plot()
        top = self.scale_max_ms()
        series = 1 + len(c.labels)
        group_w = plot.width() / len(c.rows)
        bar_w = min(28.0, group_w * 0.8 / series)
        bars: list[Bar] = []
        for g, row in enumerate(c.rows):
            left = plot.left() + g * group_w + (group_w - bar_w * series) / 2
            values: list[int | None] = [row.planned_ms, *row.actual_ms]
            for s, value in enumerate(values):
                if value is None:
                    continue
                height = plot.height() * max(0, value) / top
                rect = QRectF(left + s * bar_w, plot.bottom() - height, bar_w - 2, height)
                bars.append(Bar(row.segment.id, s - 1, value, rect))
        return bars

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), PANEL)
        c = self._comparison
        if c is None or not c.rows:
            painter.setPen(TEXT_DIM)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Select runs to compare")
            )
            painter.end()
            return
        self._paint_grid(painter)
        for bar in self.bar_model():
            if bar.series < 0:
                painter.setPen(QPen(PLAN_COLOUR, 1.5, Qt.PenStyle.DashLine))
                painter.setBrush(PLAN_FILL)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(run_colour(bar.series))
            painter.drawRect(bar.rect)
        self._paint_labels(painter)
        self._paint_legend(painter)
        painter.end()

    def _paint_grid(self, painter: QPainter) -> None:
        plot = self._plot()
        top = self.scale_max_ms()
        step = 60_000
        while top / step > 6:
            step *= 5 if step in (60_000, 600_000) else 2
        metrics = QFontMetricsF(self.font())
        value = 0
        while value <= top:
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(PANEL_RAISED if value else TEXT_DIM, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(TEXT_DIM)
            text = format_duration(value)
            x = plot.left() - metrics.horizontalAdvance(text) - 6
            painter.drawText(QPointF(x, y + metrics.ascent() / 3), text)
            value += step

    def _paint_labels(self, painter: QPainter) -> None:
        c = self._comparison
        assert c is not None
        plot = self._plot()
        group_w = plot.width() / len(c.rows)
        metrics = QFontMetricsF(self.font())
        painter.setPen(TEXT)
        for g, row in enumerate(c.rows):
            rect = QRectF(plot.left() + g * group_w + 2, plot.bottom() + 6, group_w - 4, 36)
            title = metrics.elidedText(row.segment.title, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, title)

    def _paint_legend(self, painter: QPainter) -> None:
        c = self._comparison
        assert c is not None
        metrics = QFontMetricsF(self.font())
        x = float(MARGIN_LEFT)
        y = 12.0
        entries = [(self.tr("Plan"), -1), *((label, i) for i, label in enumerate(c.labels))]
        for label, series in entries:
            swatch = QRectF(x, y, 14, 12)
            if series < 0:
                painter.setPen(QPen(PLAN_COLOUR, 1.5, Qt.PenStyle.DashLine))
                painter.setBrush(PLAN_FILL)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(run_colour(series))
            painter.drawRect(swatch)
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 20, y + 11), label)
            x += 20 + metrics.horizontalAdvance(label) + 18
