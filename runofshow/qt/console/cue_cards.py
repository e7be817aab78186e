"""Cue cards of the current segment: the current one highlighted, the next one marked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.model import Cue, Segment
from runofshow.core.snapshot import Pace, Phase, Snapshot
from runofshow.qt import theme
from runofshow.qt.console import formatting as fmt
from runofshow.qt.console.labels import ElidedLabel, WrapLabel, set_style

CURRENT_BG = theme.CUE_CURRENT
NEXT_BG = theme.CUE_NEXT
PACE_COLOURS = {
    Pace.BEHIND: theme.BEHIND,
    Pace.AHEAD: theme.AHEAD,
    Pace.ON_PACE: theme.PHASE_COLOURS[Phase.NORMAL],
    Pace.NONE: theme.TEXT_DIM,
}
# The most width the panel asks for to keep its titles whole: a title longer than that is
# cut with "…" (its tooltip has it all) rather than pushing a 1280 px window off the screen.
WHOLE_TITLES_MAX = 460


def badge_font() -> QFont:
    return theme.ui_font(10)


class CueCardRow(QFrame):
    """One card: number, title (up to two lines), target time, and the first line of its
    text."""

    def __init__(self, number: int, cue: Cue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cueCard")
        self.number = QLabel()
        self.number.setFont(theme.digits_font(18))
        self.number.setFixedWidth(34)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = WrapLabel(theme.ui_font(14))  # two lines before "…": titles fit
        self.target = QLabel()
        self.target.setFont(theme.digits_font(16, bold=False))
        self.badge = QLabel()
        self.badge.setFont(badge_font())
        self.text = ElidedLabel()
        self.text.setFont(theme.ui_font(11))
        set_style(self.text, f"color: {theme.TEXT_DIM.name()};")
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 8, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.number, 0, 0, 2, 1)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.badge, 0, 2)
        grid.addWidget(self.target, 0, 3)
        grid.addWidget(self.text, 1, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        self._grid = grid
        self.set_cue(number, cue)

    def set_cue(self, number: int, cue: Cue) -> None:
        """Show card ``number``: the panel reuses its rows from segment to segment (making
        new ones at every segment change cost the GUI thread ~25 ms)."""
        self.number.setText(str(number))
        self.title.setText(cue.title)
        self.target.setText(fmt.target(cue.at_ms))
        self.text.set_full_text(" ".join(cue.text.split()))
        self.text.setVisible(bool(cue.text))

    def width_for_whole_title(self, badge_width: int) -> int:
        """The row width at which its title fits on its two lines, with a badge this wide."""
        self.ensurePolished()  # the style sheet's border is part of the contents margins
        margins = self._grid.contentsMargins()
        frame = self.contentsMargins()
        chrome = (
            margins.left() + margins.right() + frame.left() + frame.right()
            + 3 * self._grid.horizontalSpacing()
            + self.number.width() + badge_width + self.target.sizeHint().width()
        )  # fmt: skip
        return chrome + self.title.whole_width(WHOLE_TITLES_MAX)

    def set_role(self, role: str, badge: str) -> None:
        colour = {"current": CURRENT_BG, "next": NEXT_BG}.get(role)
        border = theme.ACCENT.name() if role == "current" else "transparent"
        background = colour.name() if colour else "transparent"
        set_style(  # only when the role changes: re-polishing a row is costly
            self,
            f"#cueCard {{ background: {background}; border-left: 4px solid {border};"
            " border-radius: 4px; }",
        )
        self.badge.setText(badge)
        dim = role == "done"
        set_style(self.title, f"color: {theme.TEXT_DIM.name()};" if dim else "")


class CueCardsPanel(QFrame):
    """The list of cards; ] / [ (or Page Down / Page Up) move through them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setFont(theme.ui_font(11))
        set_style(self.heading, f"color: {theme.TEXT_DIM.name()}; letter-spacing: 1px;")
        self.status = ElidedLabel()
        self.status.setFont(theme.ui_font(15))
        self.hint = ElidedLabel()
        self.hint.setFont(theme.ui_font(10))
        set_style(self.hint, f"color: {theme.TEXT_DIM.name()};")
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(4)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setWidget(self._list)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.hint)
        self.rows: list[CueCardRow] = []  # the current segment's, in order
        self._pool: list[CueCardRow] = []  # every row made so far (the rest hidden)
        self._list_layout.addStretch(1)
        self._segment: Segment | None = None
        self._shown_index = -1
        self._whole_titles_width = 0
        self._badge_width = 0
        self._retranslate()

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("CUE CARDS"))
        self.hint.set_full_text(self.tr("] next card · [ previous card"))
        probe = QLabel()  # the widest badge, measured the way a row's label measures it
        probe.setFont(badge_font())
        self._badge_width = 0
        for text in (self.tr("NOW"), self.tr("NEXT")):
            probe.setText(text)
            self._badge_width = max(self._badge_width, probe.sizeHint().width())
        if self._shown_index >= 0:
            self._highlight(self._shown_index)
        self._measure()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def show_snapshot(self, snap: Snapshot) -> None:
        if snap.segment is not self._segment:
            self._rebuild(snap.segment)
        cue = snap.cue
        if cue is None:
            self.status.set_full_text(self.tr("No cue cards for this segment"))
            set_style(self.status, f"color: {theme.TEXT_DIM.name()};")
            return
        text = self.tr("Card %1 of %2").replace("%1", str(cue.index + 1))
        text = text.replace("%2", str(cue.count))
        pace = fmt.pace(cue.pace, cue.pace_ms)
        self.status.set_full_text(f"{text} · {pace}" if pace else text)
        set_style(self.status, f"color: {PACE_COLOURS[cue.pace].name()};")
        if cue.index != self._shown_index:
            self._highlight(cue.index)

    def current_index(self) -> int:
        return self._shown_index

    def _rebuild(self, segment: Segment) -> None:
        """The rows for ``segment``'s cards: the rows already made are refilled, missing
        ones made, the rest hidden (kept for a segment with more cards)."""
        self._segment = segment
        cues = segment.cues
        while len(self._pool) < len(cues):
            row = CueCardRow(len(self._pool) + 1, cues[len(self._pool)])
            self._pool.append(row)
            self._list_layout.insertWidget(len(self._pool) - 1, row)
        for number, (row, cue) in enumerate(zip(self._pool, cues, strict=False), start=1):
            row.set_cue(number, cue)
            row.setVisible(True)
        for row in self._pool[len(cues) :]:
            row.setVisible(False)
        self.rows = self._pool[: len(cues)]
        self._shown_index = -1
        self._measure()

    def _measure(self) -> None:
        """Ask the splitters for the width at which every card's title is whole (two lines)."""
        width = 0
        if self.rows:
            rows = max(row.width_for_whole_title(self._badge_width) for row in self.rows)
            margins = self._layout.contentsMargins()
            scroll_bar = self.scroller.verticalScrollBar().sizeHint().width()
            chrome = margins.left() + margins.right() + 2 * self.frameWidth() + scroll_bar
            width = min(rows + chrome, WHOLE_TITLES_MAX)
        if width != self._whole_titles_width:
            self._whole_titles_width = width
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._whole_titles_width), hint.height())

    def _highlight(self, index: int) -> None:
        self._shown_index = index
        for i, row in enumerate(self.rows):
            if i == index:
                row.set_role("current", self.tr("NOW"))
            elif i == index + 1:
                row.set_role("next", self.tr("NEXT"))
            else:
                row.set_role("done" if i < index else "later", "")
        self._measure()
        self._ensure_visible()
        QTimer.singleShot(0, self, self._ensure_visible)  # again once the list is laid out

    def _ensure_visible(self) -> None:
        """The current card and the next one in view (the current one wins if not both fit)."""
        index = self._shown_index
        if 0 <= index < len(self.rows):
            following = self.rows[min(index + 1, len(self.rows) - 1)]
            self.scroller.ensureWidgetVisible(following, 0, 4)
            self.scroller.ensureWidgetVisible(self.rows[index], 0, 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._ensure_visible)
