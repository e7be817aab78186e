"""Now / Next: the current and next segment, and how the whole show is doing against plan."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from runofshow.core.model import Segment
from runofshow.core.snapshot import Phase, SegmentTimes, Snapshot, Status
from runofshow.qt import theme
from runofshow.qt.console import formatting as fmt
from runofshow.qt.console.labels import ElidedLabel, WrapLabel, set_style

BEHIND_COLOUR = theme.BEHIND
AHEAD_COLOUR = theme.AHEAD


def _wrapped(font: QFont) -> QLabel:
    """Long Japanese titles wrap onto more lines instead of being cut short."""
    return WrapLabel(font)


class NowNextPanel(QFrame):
    """NOW and NEXT with speakers, planned and projected starts; the show's offset and end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.now_title = _wrapped(theme.ui_font(17))
        self.now_speakers = _wrapped(theme.ui_font(13))
        self.now_times = _wrapped(theme.ui_font(10.5))
        set_style(self.now_times, f"color: {theme.TEXT_DIM.name()};")

        self.next_title = _wrapped(theme.ui_font(15))
        self.next_speakers = _wrapped(theme.ui_font(12))
        self.next_times = _wrapped(theme.ui_font(10.5))
        set_style(self.next_times, f"color: {theme.TEXT_DIM.name()};")

        self.offset = ElidedLabel()
        self.offset.setFont(theme.ui_font(18))
        self.show_end = ElidedLabel()
        self.show_end.setFont(theme.ui_font(12))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(3)
        for widget in (self.now_times, self.now_title, self.now_speakers):
            layout.addWidget(widget)
        layout.addSpacing(6)
        for widget in (self.next_times, self.next_title, self.next_speakers):
            layout.addWidget(widget)
        layout.addStretch(1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet(f"color: {theme.PANEL_RAISED.name()};")
        layout.addWidget(line)
        layout.addWidget(self.offset)
        layout.addWidget(self.show_end)

    def show_snapshot(self, snap: Snapshot) -> None:
        rows = snap.schedule
        now_row = rows[snap.index] if 0 <= snap.index < len(rows) else None
        next_row = rows[snap.index + 1] if snap.index + 1 < len(rows) else None
        ended = snap.status is Status.ENDED
        self._segment(snap.segment, self.now_title, self.now_speakers)
        self.now_times.setText(self._now_times(now_row, snap))
        if snap.next_segment is None or ended:
            self.next_title.setText(self.tr("(end of show)") if not ended else "")
            self.next_speakers.setText("")
            self.next_times.setText(self.tr("NEXT"))
        else:
            self._segment(snap.next_segment, self.next_title, self.next_speakers)
            self.next_times.setText(self._next_times(next_row))
        self._offset(snap)

    def _segment(self, segment: Segment, title: QLabel, speakers: QLabel) -> None:
        title.setText(segment.title)
        # Teams only for one or two speakers: a panel's line stays short enough to read.
        teams = len(segment.speakers) <= 2
        names = " · ".join(
            f"{s.name} ({s.team})" if s.team and teams else s.name for s in segment.speakers
        )
        speakers.setText(names)

    def _now_times(self, row: SegmentTimes | None, snap: Snapshot) -> str:
        heading = self.tr("LAST") if snap.status is Status.ENDED else self.tr("NOW")
        if row is None:
            return heading
        text = heading + " · "
        text += self.tr("Planned %1–%2").replace("%1", fmt.time_of_day(row.planned_start))
        text = text.replace("%2", fmt.time_of_day(row.planned_end))
        if row.actual_start is not None:
            text += " · " + self.tr("started %1").replace(
                "%1", fmt.time_of_day_seconds(row.actual_start)
            )
        if row.projected_end is not None and snap.status is not Status.ENDED:
            text += " · " + self.tr("ends ~%1").replace("%1", fmt.time_of_day(row.projected_end))
        return text

    def _next_times(self, row: SegmentTimes | None) -> str:
        if row is None:
            return self.tr("NEXT")
        text = self.tr("NEXT") + " · "
        text += self.tr("Planned %1").replace("%1", fmt.time_of_day(row.planned_start))
        if row.projected_start is not None:
            text += " · " + self.tr("projected %1").replace(
                "%1", fmt.time_of_day(row.projected_start)
            )
        return text

    def _offset(self, snap: Snapshot) -> None:
        text = fmt.offset(snap.offset_ms)
        if abs(snap.offset_ms) < 1000:
            colour = theme.PHASE_COLOURS[Phase.NORMAL]
        elif snap.offset_ms > 0:
            colour = BEHIND_COLOUR
        else:
            colour = AHEAD_COLOUR
        self.offset.set_full_text(self.tr("Show: %1").replace("%1", text))
        set_style(self.offset, f"color: {colour.name()}; font-weight: bold;")
        end = self.tr("Ends %1 (planned %2)")
        end = end.replace("%1", fmt.time_of_day(snap.projected_show_end))
        self.show_end.set_full_text(end.replace("%2", fmt.time_of_day(snap.planned_show_end)))

    def offset_text(self) -> str:
        return self.offset.full_text()
