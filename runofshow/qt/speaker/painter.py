"""Paints a computed layout. All geometry comes from layout.py; this file only picks colours."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QRegion

from runofshow.core.snapshot import Phase
from runofshow.qt import theme
from runofshow.qt.speaker.content import SpeakerContent, Tone
from runofshow.qt.speaker.layout import SpeakerLayout

TONE_COLOURS: dict[Tone, QColor] = {
    Tone.NORMAL: theme.PHASE_COLOURS[Phase.NORMAL],
    Tone.WARNING: theme.PHASE_COLOURS[Phase.WARNING],
    Tone.DANGER: theme.PHASE_COLOURS[Phase.DANGER],
    Tone.OVERTIME: theme.PHASE_COLOURS[Phase.OVERTIME],
    Tone.STANDBY: theme.ACCENT,
    Tone.PAUSED: theme.PAUSED,
    Tone.HOLD: theme.PHASE_COLOURS[Phase.HOLD],
    Tone.ENDED: theme.TEXT,
    Tone.EMPTY: theme.TEXT_DIM,
}

# Overtime tints the whole screen: it must be obvious from the back of the room.
BACKGROUNDS: dict[Tone, QColor] = {
    Tone.OVERTIME: theme.SPEAKER_OVERTIME_BG,
    Tone.DANGER: theme.SPEAKER_DANGER_BG,
}
BLACK = theme.BLACK
BANNER = theme.WHITE
BANNER_TEXT = theme.BLACK
DARK_TEXT = theme.DARK_TEXT
QUESTION_LABEL = theme.CAUTION  # the panel question's label: not a phase colour


def paint(
    painter: QPainter,
    layout: SpeakerLayout,
    content: SpeakerContent,
    blink_on: bool,
    exposed: QRegion | None = None,
) -> None:
    """Paint what ``exposed`` touches (None: everything); the countdown's digits first."""

    def shown(rect: QRectF) -> bool:
        return exposed is None or exposed.intersects(rect.toAlignedRect())

    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    if content.blackout:
        painter.fillRect(layout.window, BLACK)
        for box in layout.texts:
            painter.setFont(box.font)
            painter.setPen(theme.BLACKOUT_TEXT)
            painter.drawText(box.rect, box.flags, box.text)
        return

    tone_colour = TONE_COLOURS[content.tone]
    painter.fillRect(layout.window, BACKGROUNDS.get(content.tone, theme.BACKGROUND))

    if layout.countdown is not None and shown(layout.countdown.box):
        countdown = layout.countdown
        painter.setFont(countdown.font)
        painter.setPen(tone_colour)
        metrics = painter.fontMetrics()
        top, height = countdown.box.top(), countdown.box.height()
        for ch, left, width in countdown.cells:
            if not shown(QRectF(left, top, width, height)):
                continue  # a tick repaints only the cells that change: the others stay
            advance = metrics.horizontalAdvance(ch)
            painter.drawText(QPointF(left + (width - advance) / 2, countdown.baseline), ch)

    if content.rehearsal:  # a frame all round, besides the badge
        width = max(4.0, layout.window.height() * 0.008)
        pen = QPen(theme.REHEARSAL, width)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(layout.window.adjusted(width / 2, width / 2, -width / 2, -width / 2))

    if layout.pill is not None and shown(layout.pill):
        radius = layout.pill.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tone_colour)
        painter.drawRoundedRect(layout.pill, radius, radius)

    if layout.banner is not None and shown(layout.banner):
        radius = layout.banner.height() * 0.12
        # Flashing alternates inverted and outlined; the text stays readable in both states.
        if blink_on:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BANNER)
        else:
            painter.setPen(QPen(BANNER, max(3.0, layout.banner.height() * 0.04)))
            painter.setBrush(theme.PANEL_RAISED)
        painter.drawRoundedRect(layout.banner, radius, radius)

    if layout.progress is not None and shown(layout.progress):
        bar = layout.progress
        radius = bar.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.PANEL_RAISED)
        painter.drawRoundedRect(bar, radius, radius)
        if layout.progress_px > 0:
            painter.setBrush(tone_colour)
            fill = QRectF(bar.left(), bar.top(), layout.progress_px, bar.height())
            painter.drawRoundedRect(fill, radius, radius)

    for box in layout.texts:
        if shown(box.rect):
            painter.setFont(box.font)
            painter.setPen(_text_colour(box.role, content, tone_colour, blink_on))
            painter.drawText(box.rect, box.flags, box.text)


def _text_colour(role: str, content: SpeakerContent, tone: QColor, blink_on: bool) -> QColor:
    if role == "phase":
        return DARK_TEXT
    if role == "banner":
        return BANNER_TEXT if blink_on else BANNER
    if role == "rehearsal":
        return theme.REHEARSAL
    if role in ("big", "paused"):
        return tone
    if role == "question_label":
        return QUESTION_LABEL
    if role in ("speaker", "cue_index", "next_cue", "next_segment", "time") or (
        role == "cue_title" and content.question
    ):
        return theme.TEXT_DIM
    return theme.TEXT
