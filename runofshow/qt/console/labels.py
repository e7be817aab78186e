"""Small label widgets shared by the console panels: elided text and fit-to-box digits."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def fit_lines(text: str, font: QFont, width: int, max_lines: int) -> str:
    """``text`` wrapped at ``width`` and cut after ``max_lines`` lines, the last ending in
    "…" when something was cut."""
    if width <= 0 or not text:
        return text
    layout = QTextLayout(text.replace("\n", "\u2028"), font)  # same indices, a line break
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[int] = []
    layout.beginLayout()
    while len(starts) <= max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    if len(starts) <= max_lines:
        return text
    start = starts[max_lines - 1]
    last = " ".join(text[start:].split())
    elided = QFontMetrics(font).elidedText(last, Qt.TextElideMode.ElideRight, max(1, width - 2))
    return text[:start] + elided


class LinesLabel(QLabel):
    """Wrapped text of at most ``max_lines`` lines at the width it gets, the last ending in
    "…" when cut; the full text is the tooltip (a 500-character question never pushes the
    rest of a panel away)."""

    def __init__(self, max_lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._max_lines = max_lines
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        shown = fit_lines(self._full, self.font(), self.contentsRect().width(), self._max_lines)
        if shown != super().text():
            super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class ElidedLabel(QLabel):
    """One line of text elided with "…" to the width it gets; the full text is the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        if text == self._full and self.text():
            return
        self._full = text
        self._elide()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(20, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        room = max(0, self.contentsRect().width())
        metrics = QFontMetrics(self.font())
        shown, width = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, room), room
        while shown != self._full and width > 0 and metrics.horizontalAdvance(shown) > room:
            width -= 1  # elidedText may round a pixel over what horizontalAdvance measures
            shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class FitLabel(QLabel):
    """Digits as large as the box allows (up to ``max_px``); refits when the text gets longer."""

    def __init__(self, font: QFont, *, max_px: int = 400, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = QFont(font)
        self._max_px = max_px
        self._fitted_for = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(40, 30)

    def set_digits(self, text: str) -> None:
        """Set the text; the font is refitted when its shape (length) changes."""
        shape = self._shape(text)
        self.setText(text)
        if shape != self._fitted_for:
            self._fit()

    def set_colour(self, colour: QColor) -> None:
        set_style(self, f"color: {colour.name()};")

    @staticmethod
    def _shape(text: str) -> str:
        # Fit for the widest digit in every place, so the size stays put as seconds tick.
        return "".join("8" if c.isdigit() else c for c in text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        sample = self._shape(self.text()) or "88:88"
        rect = self.contentsRect()
        if rect.width() <= 0 or rect.height() <= 0:
            return
        font = QFont(self._base)
        low, high = 6, self._max_px
        while low < high:  # the largest pixel size whose text still fits
            mid = (low + high + 1) // 2
            font.setPixelSize(mid)
            metrics = QFontMetrics(font)
            fits = metrics.horizontalAdvance(sample) <= rect.width() * 0.96
            if fits and metrics.height() <= rect.height():
                low = mid
            else:
                high = mid - 1
        font.setPixelSize(low)
        self._fitted_for = self._shape(self.text())
        super().setFont(font)


def set_style(widget: QWidget, css: str) -> None:
    """Set a style sheet only when it differs: re-polishing every tick is costly."""
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)


def _wrapped_height(metrics: QFontMetrics, text: str, width: int) -> int:
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
    return metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height()


@lru_cache(maxsize=512)  # a segment's card titles come back at every change: measured once
def whole_text_width(text: str, font: str, max_lines: int, cap: int) -> int:
    """The narrowest width (at most ``cap``) at which ``text`` in ``font`` (``QFont``'s
    ``toString``) wraps into at most ``max_lines`` lines."""
    qfont = QFont()
    qfont.fromString(font)
    metrics = QFontMetrics(qfont)
    limit = metrics.lineSpacing() * max_lines + 2
    low, high = 1, max(1, min(cap, metrics.horizontalAdvance(text) + 1))
    if not text or _wrapped_height(metrics, text, high) > limit:
        return high if text else 0
    while low < high:  # word wrap: the needed height never grows with the width
        mid = (low + high) // 2
        if _wrapped_height(metrics, text, mid) <= limit:
            high = mid
        else:
            low = mid + 1
    return low


class WrapLabel(QLabel):
    """A word-wrapped label (at most ``max_lines``, then "…") that asks its layout for the
    height its text needs at its width; the full text is the tooltip when it was cut.

    Splitters and box layouts do not propagate height-for-width, so without this a wrapped
    Japanese title gets squeezed into one line's height and cut off.
    """

    def __init__(self, font: QFont, max_lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._max_lines = max_lines
        self.setFont(font)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

    def full_text(self) -> str:
        return self._full

    def set_max_lines(self, lines: int) -> None:
        if lines != self._max_lines:
            self._max_lines = lines
            self._fit()

    def setText(self, text: str) -> None:
        if text != self._full:
            self._full = text
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def whole_width(self, cap: int) -> int:
        """The narrowest contents width (at most ``cap``) at which the whole text fits in
        ``max_lines`` lines."""
        return whole_text_width(self._full, self.font().toString(), self._max_lines, cap)

    def _height(self, text: str, width: int) -> int:
        # Measured directly: QLabel.heightForWidth can lag behind setText.
        return _wrapped_height(self.fontMetrics(), text, width)

    def _fit(self) -> None:
        width = self.contentsRect().width()
        text = self._full
        if width > 0 and text:
            limit = self.fontMetrics().lineSpacing() * self._max_lines + 2
            if self._height(text, width) > limit:
                low, high = 0, len(text)
                while low < high:  # the longest prefix that fits with an ellipsis
                    mid = (low + high + 1) // 2
                    if self._height(text[:mid].rstrip() + "…", width) <= limit:
                        low = mid
                    else:
                        high = mid - 1
                text = text[:low].rstrip() + "…"
        if text != super().text():
            super().setText(text)
        self.setToolTip(self._full if text != self._full else "")
        if width <= 0:
            return
        need = (
            (self._height(text, width) if text else 0)
            + self.height()
            - self.contentsRect().height()
        )
        if need != self.minimumHeight():
            self.setMinimumHeight(need)


class SteadyBox(QWidget):
    """Holds one label whose text changes every tick, so that the change does not lay out
    the whole window again.

    Qt answers every ``QLabel.setText`` by invalidating the layouts of every parent up to
    the window (``QLayout.activate`` always calls ``updateGeometry`` on its widget): a
    second paint pass each tick (the main window's dock separators). This box has no
    layout: its label fills it, and a geometry request from the label goes further only
    when the label's size hints outgrow what the box asked for (never when they shrink:
    a few pixels to spare are harmless, a relayout a second is not).
    """

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        # Opaque: its repaint at each tick paints the label alone, not the panel, the
        # splitter and the window behind it as well.
        label.setAutoFillBackground(True)
        self.setSizePolicy(label.sizePolicy())
        self._hint = QSize(0, 0)  # the largest the label asked for: what the box asks for
        self._minimum = QSize(0, 0)

    def sizeHint(self) -> QSize:  # read by a layout only when it was invalidated
        self._hint = self._hint.expandedTo(self.label.sizeHint())
        return self._hint

    def minimumSizeHint(self) -> QSize:
        self._minimum = self._minimum.expandedTo(self.label.minimumSizeHint())
        return self._minimum

    def _outgrown(self) -> bool:
        label = self.label
        return (
            self._hint.expandedTo(label.sizeHint()) != self._hint
            or self._minimum.expandedTo(label.minimumSizeHint()) != self._minimum
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # posted by the label's setText
            if self._outgrown():
                self.updateGeometry()
            return True
        if event.type() == QEvent.Type.Show and self._outgrown():
            self.updateGeometry()  # text set while hidden posts nothing
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.label.setGeometry(QRect(0, 0, self.width(), self.height()))
