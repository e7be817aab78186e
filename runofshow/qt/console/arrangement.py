"""Where the console's panels go: two rows on a tall window, and on a short one (a 1280x720
laptop) the cue cards move down beside the notes.

Tall: countdown | NOW/NEXT | cue cards on top, the notes underneath. Short: countdown |
NOW/NEXT on top, so NOW/NEXT is wide enough for its titles on one line, and cue cards |
notes underneath, so the notes keep at least four lines. The same widgets move between
splitters; nothing is rebuilt. Whatever the arrangement, the cue cards ask for the width
that keeps their titles whole (CueCardsPanel.minimumSizeHint), and on a short window the
console narrows the question dock to its minimum so that width is there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from runofshow.qt.console.notes import NotesPanel
from runofshow.qt.console.now_next import NowNextPanel

COMPACT_BELOW = 800  # window height in px under which the short arrangement is used
MAIN_MIN_HEIGHT = 240
NOTES_LINES = 4  # in the short arrangement the current notes keep at least this many lines


class PanelArrangement:
    def __init__(
        self, countdown: QWidget, now_next: NowNextPanel, cues: QWidget, notes: NotesPanel
    ) -> None:
        self._cues, self._notes, self._now_next = cues, notes, now_next
        self.top = QSplitter(Qt.Orientation.Horizontal)
        self.bottom = QSplitter(Qt.Orientation.Horizontal)
        self.main = QSplitter(Qt.Orientation.Vertical)
        for splitter in (self.top, self.bottom, self.main):
            splitter.setChildrenCollapsible(False)
        # The window may shrink below what the tall arrangement needs: once it is short
        # enough, the short arrangement takes over (and needs less).
        self.main.setMinimumHeight(MAIN_MIN_HEIGHT)
        self.top.addWidget(countdown)
        self.top.addWidget(now_next)
        self.main.addWidget(self.top)
        self.main.addWidget(self.bottom)
        self.compact: bool | None = None
        self.arrange(False)

    def arrange(self, compact: bool) -> bool:
        """Switch arrangement; True when anything moved."""
        if compact == self.compact:
            return False
        self.compact = compact
        cues, notes = self._cues, self._notes
        self._now_next.arrange(compact)
        if compact:
            self.bottom.insertWidget(0, cues)
            self.bottom.insertWidget(1, notes)
            notes.set_min_lines(NOTES_LINES)
            self.bottom.show()
            _stretch(self.top, (5, 6))
            _stretch(self.bottom, (2, 3))
            _stretch(self.main, (1, 1))
            self.top.setSizes([520, 640])
            self.bottom.setSizes([420, 780])
            self.main.setSizes([420, 200])  # the notes keep their four lines (minimum)
        else:
            self.top.insertWidget(2, cues)
            self.main.insertWidget(1, notes)
            notes.set_min_lines(1)  # a tall window has room; a short one switches to compact
            self.bottom.hide()
            _stretch(self.top, (5, 4, 4))
            _stretch(self.main, (3, 2, 0))
            self.top.setSizes([390, 330, 320])
            self.main.setSizes([600, 300, 0])
        return True


def _stretch(splitter: QSplitter, factors: tuple[int, ...]) -> None:
    for index, factor in enumerate(factors):
        if index < splitter.count():
            splitter.setStretchFactor(index, factor)
