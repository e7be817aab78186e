"""The countdown panel: the current segment's remaining time, big, with its phase in words.

Paused, the digits turn amber in a dashed frame with PAUSED beside them. Before a hard
start a line says how the segment meets it ("Squeezed: hard start 15:00 · 2:20 to go");
once the hard start is due and the show has not moved on, that line flashes "HARD START
NOW" (once a second, with the displayed second: no timer of its own). A plan more than
12 hours away shows its date instead of counting down to it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from runofshow.core.durations import shown_time
from runofshow.core.snapshot import Fit, HardStart, Snapshot, Status
from runofshow.qt import theme
from runofshow.qt.console import formatting as fmt
from runofshow.qt.console.labels import ElidedLabel, FitLabel, SteadyBox, set_style
from runofshow.qt.console.progress_strip import ProgressStrip

STANDBY_COLOUR = theme.INFO
PAUSED_COLOUR = theme.PAUSED
ENDED_COLOUR = theme.TEXT_DIM
DUE_COLOURS = theme.HARD_START_DUE  # "HARD START NOW", alternating


def _badge_style(colour: QColor) -> str:
    return (
        f"background: {colour.name()}; color: {theme.DARK_TEXT.name()}; border-radius: 6px;"
        " padding: 2px 10px; font-weight: bold;"
    )


class CountdownPanel(QFrame):
    """Remaining time (or time to on-air before the show), phase badge, progress, clock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.phase_badge = QLabel()
        self.phase_badge.setFont(theme.ui_font(15))
        self.phase_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rehearsal_badge = QLabel()
        self.rehearsal_badge.setFont(theme.ui_font(13))
        set_style(self.rehearsal_badge, _badge_style(theme.REHEARSAL))
        self.clock = QLabel()
        self.clock.setFont(theme.digits_font(22, bold=False))
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        top = QHBoxLayout()
        top.addWidget(self.phase_badge)
        top.addWidget(self.rehearsal_badge)
        top.addStretch(1)
        top.addWidget(SteadyBox(self.clock))  # ticking labels: no relayout a second

        self.digits = FitLabel(theme.digits_font(120), max_px=260)
        self.digits.setObjectName("countdownDigits")
        self.paused_mark = QLabel()
        self.paused_mark.setObjectName("pausedMark")
        self.paused_mark.setFont(theme.ui_font(22))
        self.paused_mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_style(
            self.paused_mark,
            f"color: {theme.DARK_TEXT.name()}; background: {PAUSED_COLOUR.name()};"
            " font-weight: bold;"
            " border-radius: 6px; padding: 4px 8px;",
        )
        self.paused_mark.hide()
        digits_row = QHBoxLayout()
        digits_row.addWidget(self.paused_mark, 0, Qt.AlignmentFlag.AlignVCenter)
        digits_row.addWidget(SteadyBox(self.digits), 1)
        self.caption = ElidedLabel()
        self.caption.setFont(theme.ui_font(14))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hard_line = ElidedLabel()
        self.hard_line.setObjectName("hardStartLine")
        self.hard_line.setFont(theme.ui_font(14))
        self.hard_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hard_line.hide()

        self.progress = ProgressStrip(1000)
        self.progress.setFixedHeight(14)

        self.elapsed = ElidedLabel()
        self.elapsed.setFont(theme.digits_font(20, bold=False))
        self.added = ElidedLabel()
        self.added.setFont(theme.ui_font(12))
        self.added.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bottom = QHBoxLayout()
        bottom.addWidget(SteadyBox(self.elapsed), 3)
        bottom.addWidget(self.added, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(top)
        layout.addLayout(digits_row, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.hard_line)
        layout.addWidget(self.progress)
        layout.addLayout(bottom)
        self._retranslate()

    def _retranslate(self) -> None:
        self.rehearsal_badge.setText(self.tr("REHEARSAL"))
        self.rehearsal_badge.setToolTip(
            self.tr("Rehearsal: kept in run history as a rehearsal; live outputs are not touched.")
        )
        self.clock.setToolTip(self.tr("Time of day (show time zone)"))
        self.paused_mark.setText(self.tr("PAUSED"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def flip(self, snap: Snapshot) -> None:
        """The digits first (``stateChangedFirst``): set and painted at once, before the
        speaker display's and the rest of the console (issue 18: the second flips)."""
        if self._show_digits(snap) and self.digits.isVisible():
            self.digits.repaint()

    def show_snapshot(self, snap: Snapshot) -> None:
        self.rehearsal_badge.setVisible(snap.rehearsal)
        self.clock.setText(fmt.time_of_day_seconds(shown_time(snap.now)))
        planned = fmt.duration(snap.planned_ms)
        paused = snap.status is Status.PAUSED
        self.paused_mark.setVisible(paused)
        self._show_digits(snap)
        if snap.status is Status.STANDBY:
            self._standby(snap)
        elif snap.status is Status.ENDED:
            self._set_badge(self.tr("SHOW ENDED"), ENDED_COLOUR)
            self.caption.set_full_text(
                self.tr("Show ended · planned end %1").replace(
                    "%1", fmt.time_of_day(snap.planned_show_end)
                )
            )
            self.progress.setValue(1000)
        else:
            colour = theme.PHASE_COLOURS[snap.phase]
            label = fmt.phase_label(snap.phase, snap.overtime_ms)
            if paused:
                label = self.tr("PAUSED · %1").replace("%1", label)
            self._set_badge(label, PAUSED_COLOUR if paused else colour)
            self.caption.set_full_text(snap.segment.title)
            self.progress.setValue(round(snap.progress * 1000))
        self._hard_start(snap)
        self._progress_colour(PAUSED_COLOUR if paused else theme.PHASE_COLOURS[snap.phase])
        self.elapsed.set_full_text(
            self.tr("Elapsed %1 / %2")
            .replace("%1", fmt.duration(snap.elapsed_ms))
            .replace("%2", planned)
        )
        if snap.added_ms:
            sign = "+" if snap.added_ms > 0 else "−"
            self.added.set_full_text(
                self.tr("%1 added").replace("%1", sign + fmt.magnitude(snap.added_ms))
            )
        else:
            self.added.set_full_text("")

    def _show_digits(self, snap: Snapshot) -> bool:
        """The big digits and their look for ``snap``; True when the text changed."""
        if snap.status is Status.STANDBY:
            counting = not snap.far and snap.until_start_ms > 0  # time to on air
            text = fmt.countdown(snap.until_start_ms if counting else snap.remaining_ms)
            colour, framed = STANDBY_COLOUR, False
        elif snap.status is Status.ENDED:
            text, colour, framed = fmt.time_of_day(snap.now), ENDED_COLOUR, False
        else:
            paused = snap.status is Status.PAUSED
            text = fmt.countdown(snap.remaining_ms)
            colour = PAUSED_COLOUR if paused else theme.PHASE_COLOURS[snap.phase]
            framed = paused
        self._digits_look(colour, framed=framed)
        if text == self.digits.text():
            return False
        self.digits.set_digits(text)
        return True

    def _standby(self, snap: Snapshot) -> None:
        self._set_badge(self.tr("STANDBY"), STANDBY_COLOUR)
        if snap.far:
            start = snap.schedule[snap.index].planned_start
            self.caption.set_full_text(
                self.tr("Planned for %1 · Space goes live").replace("%1", fmt.planned_for(start))
            )
        elif snap.until_start_ms > 0:
            self.caption.set_full_text(
                self.tr("On air in %1").replace("%1", fmt.countdown(snap.until_start_ms))
            )
        else:
            self.caption.set_full_text(self.tr("Ready: press Space to go on air"))
        self.progress.setValue(0)

    def _hard_start(self, snap: Snapshot) -> None:
        """How the current segment meets the hard start right after it, or that it is due."""
        hard = snap.hard_start
        text = self.hard_start_text(hard)
        self.hard_line.setVisible(bool(text))
        if not text or hard is None:
            return
        self.hard_line.set_full_text(text)
        if hard.due:
            on, off = DUE_COLOURS
            background = on if snap.now.second % 2 == 0 else off
            css = f"background: {background.name()}; color: {theme.DARK_TEXT.name()};"
            css += " font-weight: bold;"
            set_style(self.hard_line, css + " border-radius: 4px; padding: 2px;")
        else:
            set_style(self.hard_line, f"color: {theme.HARD_START.name()};")

    def hard_start_text(self, hard: HardStart | None) -> str:
        if hard is None or hard.fit is Fit.NONE:
            return ""
        at = fmt.time_of_day(hard.at)
        to_go = fmt.countdown(hard.in_ms)  # as the digits count: 1:59 with 1:58.4 left
        if hard.due:
            text = self.tr("HARD START NOW: move on to “%1” (→)")
            return text.replace("%1", hard.segment.title)
        texts = {
            Fit.SQUEEZED: self.tr("Squeezed: hard start %1 · %2 to go"),
            Fit.STRETCHED: self.tr("Break until the hard start %1 · %2 to go"),
            Fit.ON_TIME: self.tr("Then hold until the hard start %1 · %2 to go"),
            Fit.HOLD: self.tr("Holding for the hard start %1 · %2 to go"),
        }
        return texts[hard.fit].replace("%1", at).replace("%2", to_go)

    def _digits_look(self, colour: QColor, *, framed: bool) -> None:
        """Digits in ``colour``; paused, in a dashed frame as well."""
        css = f"color: {colour.name()};"
        if framed:
            css += f" border: 4px dashed {colour.name()}; border-radius: 12px;"
        set_style(self.digits, css)

    def _set_badge(self, text: str, colour: QColor) -> None:
        self.phase_badge.setText(text)
        set_style(self.phase_badge, _badge_style(colour))

    def _progress_colour(self, colour: QColor) -> None:
        self.progress.set_colour(colour)

    def phase_text(self) -> str:
        """The phase badge as shown (tests and accessibility)."""
        return self.phase_badge.text()
