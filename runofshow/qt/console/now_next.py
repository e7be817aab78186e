"""Now / Next: the current and next segment, and how the whole show is doing against plan.

Hard starts are marked (⚑) on NOW and NEXT, and the next one further on gets a line of
its own. A plan more than 12 hours away shows its date instead of an offset."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from runofshow.core.model import Segment
from runofshow.core.snapshot import Phase, SegmentTimes, Snapshot, Status
from runofshow.qt import theme
from runofshow.qt.console import formatting as fmt
from runofshow.qt.console.labels import ElidedLabel, WrapLabel, set_style

BEHIND_COLOUR = theme.BEHIND
AHEAD_COLOUR = theme.AHEAD
PIN = "⚑"


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

        self.hard = WrapLabel(theme.ui_font(12))
        self.hard.setObjectName("nextHardStart")
        set_style(self.hard, f"color: {theme.HARD_START.name()};")
        self.offset = ElidedLabel()
        self.offset.setFont(theme.ui_font(18))
        self.show_end = ElidedLabel()
        self.show_end.setFont(theme.ui_font(12))

        self.line = QFrame()
        self.line.setFrameShape(QFrame.Shape.HLine)
        self.line.setStyleSheet(f"color: {theme.PANEL_RAISED.name()};")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(14, 10, 14, 10)
        self.grid.setVerticalSpacing(3)
        self.grid.setHorizontalSpacing(18)
        self.compact: bool | None = None
        self.arrange(False)

    def arrange(self, compact: bool) -> None:
        """Tall: NOW above NEXT above the show's offset. Short and wide (a 1280x720
        window): NOW beside NEXT, and the offset beside the projected end."""
        if compact == self.compact:
            return
        self.compact = compact
        for speakers in (self.now_speakers, self.next_speakers):
            speakers.set_max_lines(1 if compact else 2)  # type: ignore[attr-defined]
        grid = self.grid
        while grid.count():
            grid.takeAt(0)
        now = (self.now_times, self.now_title, self.now_speakers)
        following = (self.next_times, self.next_title, self.next_speakers)
        for column in range(2):
            grid.setColumnStretch(column, 1 if compact or column == 0 else 0)
        for row in range(12):
            grid.setRowStretch(row, 0)
            grid.setRowMinimumHeight(row, 0)
        if compact:
            for row, (left, right) in enumerate(zip(now, following, strict=True)):
                grid.addWidget(left, row, 0)
                grid.addWidget(right, row, 1)
            row = 3
        else:
            for row, widget in enumerate(now):
                grid.addWidget(widget, row, 0, 1, 2)
            grid.setRowMinimumHeight(3, 6)
            for row, widget in enumerate(following, start=4):
                grid.addWidget(widget, row, 0, 1, 2)
            row = 7
        grid.setRowStretch(row, 1)
        grid.addWidget(self.line, row + 1, 0, 1, 2)
        grid.addWidget(self.hard, row + 2, 0, 1, 2)
        if compact:
            grid.addWidget(self.offset, row + 3, 0)
            grid.addWidget(self.show_end, row + 3, 1)
        else:
            grid.addWidget(self.offset, row + 3, 0, 1, 2)
            grid.addWidget(self.show_end, row + 4, 0, 1, 2)

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
            self.next_times.setText(self._next_times(next_row, snap.far))
        self._next_hard_start(snap)
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
        if row.segment.hard_start is not None:
            text += self._pin(row.segment.hard_start) + " · "
        text += self.tr("Planned %1–%2").replace("%1", fmt.time_of_day(row.planned_start))
        text = text.replace("%2", fmt.time_of_day(row.planned_end))
        if row.actual_start is not None:
            text += " · " + self.tr("started %1").replace(
                "%1", fmt.time_of_day_seconds(row.actual_start)
            )
        if row.projected_end is not None and snap.status is not Status.ENDED and not snap.far:
            text += " · " + self.tr("ends ~%1").replace("%1", fmt.time_of_day(row.projected_end))
        return text

    def _next_times(self, row: SegmentTimes | None, far: bool = False) -> str:
        """NEXT with its planned start (and projected, unless the plan is another day's)."""
        if row is None:
            return self.tr("NEXT")
        text = self.tr("NEXT") + " · "
        if row.segment.hard_start is not None:
            text += self._pin(row.segment.hard_start) + " · "
        text += self.tr("Planned %1").replace("%1", fmt.time_of_day(row.planned_start))
        if row.projected_start is not None and not far:
            text += " · " + self.tr("projected %1").replace(
                "%1", fmt.time_of_day(row.projected_start)
            )
        return text

    def _pin(self, when: datetime) -> str:
        return PIN + " " + self.tr("hard start %1").replace("%1", fmt.time_of_day(when))

    def _next_hard_start(self, snap: Snapshot) -> None:
        """The next hard start further on (the one right after NOW is on NEXT already)."""
        hard = snap.hard_start
        if hard is None or hard.index == snap.index + 1 or snap.status is Status.ENDED:
            self.hard.setVisible(False)
            return
        text = self.tr("%1 Next hard start %2: “%3”, in %4")
        text = text.replace("%1", PIN).replace("%2", fmt.time_of_day(hard.at))
        in_time = fmt.countdown(max(hard.in_ms, 0))  # as a countdown shows it
        self.hard.setText(text.replace("%3", hard.segment.title).replace("%4", in_time))
        self.hard.setVisible(True)

    def _offset(self, snap: Snapshot) -> None:
        if snap.far:
            self._far(snap)
            return
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

    def _far(self, snap: Snapshot) -> None:
        """Planned for another day: its date, and when the show would end if run now."""
        start = snap.schedule[snap.index].planned_start
        self.offset.set_full_text(
            self.tr("Show: planned for %1").replace("%1", fmt.planned_for(start))
        )
        set_style(self.offset, f"color: {theme.TEXT_DIM.name()}; font-weight: bold;")
        end = fmt.time_of_day(snap.projected_show_end)
        if snap.status is Status.STANDBY:
            text = self.tr("If it starts now, it ends ~%1")
        else:
            text = self.tr("Ends ~%1")
        self.show_end.set_full_text(text.replace("%1", end))

    def offset_text(self) -> str:
        return self.offset.full_text()
