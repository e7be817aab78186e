"""The countdown's progress bar: a thin strip that repaints only the pixels a value moves.

QProgressBar repaints itself synchronously on every ``setValue`` that moves its chunk by a
pixel or more (with a style sheet, several milliseconds of the GUI thread, on every tick).
This strip marks only the columns between the old and the new edge as dirty and is painted
in the window's normal paint pass, with the digits.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from runofshow.qt import theme

GROOVE = theme.PANEL
OUTLINE = theme.BACKGROUND.darker(140)


class ProgressStrip(QWidget):
    def __init__(self, maximum: int = 1000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._maximum = maximum
        self._value = 0
        self._colour = theme.ACCENT.toRgb()  # a copy: the theme's colour is shared
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def value(self) -> int:
        return self._value

    def maximum(self) -> int:
        return self._maximum

    def colour(self) -> QColor:
        return self._colour.toRgb()

    def setValue(self, value: int) -> None:  # the name QProgressBar has
        value = min(max(value, 0), self._maximum)
        if value == self._value:
            return
        old, new = self._edge(self._value), self._edge(value)
        self._value = value
        if old != new:
            left = min(old, new) - 1
            self.update(QRect(left, 0, max(old, new) - left + 1, self.height()))

    def set_colour(self, colour: QColor) -> None:
        if colour != self._colour:
            self._colour = colour.toRgb()
            self.update(QRect(0, 0, self._edge(self._value) + 1, self.height()))

    def _edge(self, value: int) -> int:
        """The x where the fill ends."""
        return round(self.width() * value / self._maximum) if self._maximum else 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            rect = self.rect()
            painter.fillRect(rect, self.palette().window())
            painter.setPen(OUTLINE)
            painter.setBrush(GROOVE)
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 2, 2)
            edge = self._edge(self._value)
            if edge > 0:
                painter.fillRect(QRect(0, 0, edge, rect.height()), self._colour)
        finally:
            painter.end()
