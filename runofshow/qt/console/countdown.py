"""The countdown panel: the current segment's remaining time, big, with its phase in words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from runofshow.core.durations import shown_time
from runofshow.core.snapshot import Snapshot, Status
from runofshow.qt import theme
from runofshow.qt.console import formatting as fmt
from runofshow.qt.console.labels import ElidedLabel, FitLabel, set_style
from runofshow.qt.console.progress_strip import ProgressStrip

STANDBY_COLOUR = QColor("#8ab4f8")
PAUSED_COLOUR = QColor("#ffb74d")
ENDED_COLOUR = theme.TEXT_DIM


def _badge_style(colour: QColor) -> str:
    return (
        f"background: {colour.name()}; color: #111; border-radius: 6px;"
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
        top.addWidget(self.clock)

        self.digits = FitLabel(theme.digits_font(120), max_px=260)
        self.digits.setObjectName("countdownDigits")
        self.caption = ElidedLabel()
        self.caption.setFont(theme.ui_font(14))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.progress = ProgressStrip(1000)
        self.progress.setFixedHeight(14)

        self.elapsed = ElidedLabel()
        self.elapsed.setFont(theme.digits_font(20, bold=False))
        self.added = ElidedLabel()
        self.added.setFont(theme.ui_font(12))
        self.added.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.elapsed, 3)
        bottom.addWidget(self.added, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(top)
        layout.addWidget(self.digits, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.progress)
        layout.addLayout(bottom)
        self._retranslate()

    def _retranslate(self) -> None:
        self.rehearsal_badge.setText(self.tr("REHEARSAL"))
        self.rehearsal_badge.setToolTip(
            self.tr("Rehearsal: kept in run history as a rehearsal; live outputs are not touched.")
        )
        self.clock.setToolTip(self.tr("Time of day (show time zone)"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def show_snapshot(self, snap: Snapshot) -> None:
        self.rehearsal_badge.setVisible(snap.rehearsal)
        self.clock.setText(fmt.time_of_day_seconds(shown_time(snap.now)))
        planned = fmt.duration(snap.planned_ms)
        if snap.status is Status.STANDBY:
            self._standby(snap)
        elif snap.status is Status.ENDED:
            self._set_badge(self.tr("SHOW ENDED"), ENDED_COLOUR)
            self.digits.set_digits(fmt.time_of_day(snap.now))
            self.digits.set_colour(ENDED_COLOUR)
            self.caption.set_full_text(
                self.tr("Show ended · planned end %1").replace(
                    "%1", fmt.time_of_day(snap.planned_show_end)
                )
            )
            self.progress.setValue(1000)
        else:
            colour = theme.PHASE_COLOURS[snap.phase]
            label = fmt.phase_label(snap.phase, snap.overtime_ms)
            if snap.status is Status.PAUSED:
                label = self.tr("PAUSED · %1").replace("%1", label)
                colour = PAUSED_COLOUR
            self._set_badge(label, colour)
            self.digits.set_digits(fmt.countdown(snap.remaining_ms))
            self.digits.set_colour(theme.PHASE_COLOURS[snap.phase])
            self.caption.set_full_text(snap.segment.title)
            self.progress.setValue(round(snap.progress * 1000))
        self._progress_colour(theme.PHASE_COLOURS[snap.phase])
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

    def _standby(self, snap: Snapshot) -> None:
        self._set_badge(self.tr("STANDBY"), STANDBY_COLOUR)
        self.digits.set_colour(STANDBY_COLOUR)
        if snap.until_start_ms > 0:
            self.digits.set_digits(fmt.countdown(snap.until_start_ms))
            self.caption.set_full_text(
                self.tr("On air in %1").replace("%1", fmt.countdown(snap.until_start_ms))
            )
        else:
            self.digits.set_digits(fmt.countdown(snap.remaining_ms))
            self.caption.set_full_text(self.tr("Ready: press Space to go on air"))
        self.progress.setValue(0)

    def _set_badge(self, text: str, colour: QColor) -> None:
        self.phase_badge.setText(text)
        set_style(self.phase_badge, _badge_style(colour))

    def _progress_colour(self, colour: QColor) -> None:
        self.progress.set_colour(colour)

    def phase_text(self) -> str:
        """The phase badge as shown (tests and accessibility)."""
        return self.phase_badge.text()
