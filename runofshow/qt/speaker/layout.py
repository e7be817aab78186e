"""Pure geometry of the speaker display: window size + content -> rects and font sizes.

Everything scales with the window. Texts shrink to fit their rect and are elided only
below a readable minimum, so nothing is ever clipped; tests check every rect.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from runofshow.qt import theme
from runofshow.qt.speaker.content import SpeakerContent

# Vertical bands as fractions of the inner height (they add up to 1.0).
HEADER = 0.085
TITLE = 0.09
SPEAKER = 0.055
COUNTDOWN = 0.40
PROGRESS = 0.025
CUES = 0.23
FOOTER = 0.06
GAP_SMALL = 0.01
GAP = 0.015
GAP_LARGE = 0.02

SINGLE = Qt.AlignmentFlag.AlignVCenter
WRAP = Qt.TextFlag.TextWordWrap
WRAP_ANYWHERE = Qt.TextFlag.TextWrapAnywhere
LEFT = Qt.AlignmentFlag.AlignLeft
CENTRE = Qt.AlignmentFlag.AlignHCenter
RIGHT = Qt.AlignmentFlag.AlignRight
TOP = Qt.AlignmentFlag.AlignTop
ELLIPSIS = "…"


@dataclass(frozen=True)
class TextBox:
    """One text: ``text`` is what is drawn (maybe elided), in ``font``, inside ``rect``."""

    role: str
    text: str
    rect: QRectF
    font: QFont
    flags: int


@dataclass(frozen=True)
class CountdownBox:
    """The big digits, drawn one character per cell so tabular digits never move."""

    text: str
    font: QFont
    box: QRectF  # the fixed box, sized for the widest string of the shape
    ink: QRectF  # where the digits' ink lands (centred in the box)
    baseline: float
    cells: tuple[tuple[str, float, float], ...]  # (char, left x, cell width)


@dataclass(frozen=True)
class SpeakerLayout:
    window: QRectF
    texts: tuple[TextBox, ...]
    countdown: CountdownBox | None
    progress: QRectF | None
    progress_px: int
    pill: QRectF | None  # background of the phase label
    banner: QRectF | None  # operator message background

    def text(self, role: str) -> TextBox | None:
        return next((t for t in self.texts if t.role == role), None)


@lru_cache(maxsize=1)
def _family() -> str:
    return theme.first_installed(theme.CJK_FAMILIES) or QFont().family()


def make_font(px: int, *, bold: bool = False, tabular: bool = False) -> QFont:
    """A copy of a cached font (fewer setter calls; see the PySide6 6.12 note in the README)."""
    return QFont(_cached_font(max(1, px), bold, tabular))


@lru_cache(maxsize=1024)
def _cached_font(px: int, bold: bool, tabular: bool) -> QFont:
    font = QFont(_family())
    font.setPixelSize(px)
    font.setBold(bold)
    if tabular:
        font.setFeature(QFont.Tag("tnum"), 1)
    return font


def _flags(*parts: Qt.AlignmentFlag | Qt.TextFlag) -> int:
    value = 0
    for part in parts:
        value |= int(part.value)
    return value


def progress_rect(size: QSize) -> QRectF:
    """The progress bar's rect; cheap, so the window can compare pixel widths."""
    inner = _inner(size)
    top = inner.top() + inner.height() * (
        HEADER + GAP_SMALL + TITLE + SPEAKER + GAP_SMALL + COUNTDOWN + GAP
    )
    return QRectF(inner.left(), top, inner.width(), inner.height() * PROGRESS)


def progress_pixels(size: QSize, progress: float) -> int:
    return round(progress_rect(size).width() * min(1.0, max(0.0, progress)))


def _inner(size: QSize) -> QRectF:
    margin = round(0.03 * min(size.width(), size.height()))
    return QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin)


def compute_layout(size: QSize, content: SpeakerContent) -> SpeakerLayout:
    window = QRectF(0, 0, size.width(), size.height())
    inner = _inner(size)
    height = inner.height()
    min_px = max(11, round(0.022 * size.height()))

    if content.blackout:
        mark_h = max(14.0, 0.035 * size.height())
        rect = QRectF(
            inner.right() - inner.width() * 0.3,
            inner.bottom() - mark_h,
            inner.width() * 0.3,
            mark_h,
        )
        mark = fit_line("standby_mark", standby_mark(), rect, min_px, RIGHT)
        return SpeakerLayout(window, (mark,), None, None, 0, None, None)

    bands: dict[str, QRectF] = {}
    y = inner.top()
    for name, fraction in (
        ("header", HEADER),
        ("", GAP_SMALL),
        ("title", TITLE),
        ("speaker", SPEAKER),
        ("", GAP_SMALL),
        ("countdown", COUNTDOWN),
        ("", GAP),
        ("progress", PROGRESS),
        ("", GAP_LARGE),
        ("cues", CUES),
        ("footer", FOOTER),
    ):
        band_h = height * fraction
        if name:
            bands[name] = QRectF(inner.left(), y, inner.width(), band_h)
        y += band_h

    texts: list[TextBox] = []
    header = bands["header"]
    third = header.width() / 3
    if content.time_of_day:
        rect = QRectF(header.left(), header.top(), third * 0.8, header.height())
        texts.append(fit_line("time", content.time_of_day, rect, min_px, LEFT, bold=True))
    pill = QRectF(header.left() + third * 0.9, header.top(), third * 1.2, header.height())
    pad = header.height() * 0.12
    label_rect = pill.adjusted(pad * 2, pad, -pad * 2, -pad)
    texts.append(fit_line("phase", content.phase_label, label_rect, min_px, CENTRE, bold=True))
    if content.rehearsal:
        rect = QRectF(header.right() - third * 0.8, header.top(), third * 0.8, header.height())
        texts.append(fit_line("rehearsal", _rehearsal(), rect, min_px, RIGHT, bold=True))

    banner = None
    top_block = bands["title"].united(bands["speaker"])
    if content.message:
        banner = top_block
        inset = banner.height() * 0.08
        texts.append(
            fit_block(
                "banner",
                content.message,
                banner.adjusted(inset * 2, inset, -inset * 2, -inset),
                min_px,
                CENTRE,
                bold=True,
            )
        )
    else:
        if content.title:
            texts.append(
                fit_line("title", content.title, bands["title"], min_px, CENTRE, bold=True)
            )
        if content.speaker:
            texts.append(fit_line("speaker", content.speaker, bands["speaker"], min_px, CENTRE))

    countdown = None
    if content.countdown:
        countdown = fit_countdown(content.countdown, content.countdown_template, bands["countdown"])
    elif content.big_text:
        rect = bands["countdown"].adjusted(0, height * 0.08, 0, -height * 0.08)
        texts.append(fit_line("big", content.big_text, rect, min_px, CENTRE, bold=True))

    progress: QRectF | None = None  # no bar when there is no countdown (end of show)
    progress_px = 0
    if content.countdown and content.paused:  # PAUSED right under the digits instead
        under = bands["progress"].adjusted(0, -height * GAP, 0, height * GAP_LARGE)
        texts.append(fit_line("paused", _paused(), under, min_px, CENTRE, bold=True))
    elif content.countdown:
        progress = bands["progress"]
        progress_px = round(progress.width() * content.progress)

    cues = bands["cues"]
    left_w = cues.width() * 0.62
    gap_w = cues.width() * 0.03
    left = QRectF(cues.left(), cues.top(), left_w, cues.height())
    right = QRectF(
        cues.left() + left_w + gap_w, cues.top(), cues.width() - left_w - gap_w, cues.height()
    )
    if content.question:
        _question_boxes(texts, content, left, right, min_px)
        if content.next_segment:
            texts.append(
                fit_line("next_segment", content.next_segment, bands["footer"], min_px, LEFT)
            )
        return SpeakerLayout(window, tuple(texts), countdown, progress, progress_px, pill, banner)
    if content.cue_title and content.cue_text:
        title_h = left.height() * 0.42
        texts.append(
            fit_block(
                "cue_title",
                content.cue_title,
                QRectF(left.left(), left.top(), left.width(), title_h),
                min_px,
                LEFT,
                bold=True,
            )
        )
        texts.append(
            fit_block(
                "cue_text",
                content.cue_text,
                QRectF(left.left(), left.top() + title_h, left.width(), left.height() - title_h),
                min_px,
                LEFT,
            )
        )
    elif content.cue_title:
        texts.append(fit_block("cue_title", content.cue_title, left, min_px, LEFT, bold=True))
    elif content.cue_text:
        texts.append(fit_block("cue_text", content.cue_text, left, min_px, LEFT))
    # The next card is always smaller than the current one: it must not compete.
    current = [t.font.pixelSize() for t in texts if t.role == "cue_title"]
    next_max = round(current[0] * 0.7) if current else round(right.height() * 0.2)
    index_h = right.height() * 0.25
    if content.cue_index:
        rect = QRectF(right.left(), right.top(), right.width(), index_h)
        texts.append(fit_line("cue_index", content.cue_index, rect, min_px, LEFT, max_px=next_max))
    if content.next_cue:
        rect = QRectF(right.left(), right.top() + index_h, right.width(), right.height() - index_h)
        texts.append(
            fit_block("next_cue", _next_card(content.next_cue), rect, min_px, LEFT, max_px=next_max)
        )

    if content.next_segment:
        texts.append(fit_line("next_segment", content.next_segment, bands["footer"], min_px, LEFT))
    return SpeakerLayout(window, tuple(texts), countdown, progress, progress_px, pill, banner)


def _question_boxes(
    texts: list[TextBox], content: SpeakerContent, left: QRectF, right: QRectF, min_px: int
) -> None:
    """A panel question on air takes the cue card's place: its label, then its text as
    large as fits; the card (smaller) stays on the right."""
    label_h = left.height() * 0.2
    label_rect = QRectF(left.left(), left.top(), left.width(), label_h)
    texts.append(fit_line("question_label", content.question_label, label_rect, min_px, LEFT,
                          bold=True))  # fmt: skip
    text_rect = QRectF(left.left(), left.top() + label_h, left.width(), left.height() - label_h)
    texts.append(fit_block("question", content.question, text_rect, min_px, LEFT, bold=True))
    card_max = round(texts[-1].font.pixelSize() * 0.7)
    index_h = right.height() * 0.25
    if content.cue_index:
        rect = QRectF(right.left(), right.top(), right.width(), index_h)
        texts.append(fit_line("cue_index", content.cue_index, rect, min_px, LEFT, max_px=card_max))
    if content.cue_title:
        rect = QRectF(right.left(), right.top() + index_h, right.width(), right.height() - index_h)
        texts.append(fit_block("cue_title", content.cue_title, rect, min_px, LEFT, max_px=card_max))


def standby_mark() -> str:
    return "● " + QCoreApplication.translate("SpeakerWindow", "standby")


def _paused() -> str:
    return QCoreApplication.translate("SpeakerWindow", "PAUSED")


def _rehearsal() -> str:
    return QCoreApplication.translate("SpeakerWindow", "REHEARSAL")


def _next_card(title: str) -> str:
    return QCoreApplication.translate("SpeakerWindow", "Next card: %1").replace("%1", title)


# --- fitting -------------------------------------------------------------------------


def fit_line(
    role: str,
    text: str,
    rect: QRectF,
    min_px: int,
    align: Qt.AlignmentFlag,
    *,
    bold: bool = False,
    max_px: int = 10_000,
) -> TextBox:
    """One line: the largest font that fits; below ``min_px`` elide at ``min_px``."""
    px, shown = _fit_line(text, bold, rect.width(), rect.height(), min_px, max_px)
    return TextBox(role, shown, QRectF(rect), make_font(px, bold=bold), _flags(align, SINGLE))


def fit_block(
    role: str,
    text: str,
    rect: QRectF,
    min_px: int,
    align: Qt.AlignmentFlag,
    *,
    bold: bool = False,
    max_px: int = 10_000,
) -> TextBox:
    """Word-wrapped text: the largest font whose wrapped lines fit; else truncate with …"""
    px, shown, wrap = _fit_block(text, bold, rect.width(), rect.height(), min_px, max_px)
    return TextBox(role, shown, QRectF(rect), make_font(px, bold=bold), _flags(align, TOP, wrap))


def _max_px(height: float) -> int:
    line = QFontMetricsF(make_font(100)).height() / 100
    return max(1, int(height / line))


@lru_cache(maxsize=512)
def _fit_line(
    text: str, bold: bool, width: float, height: float, min_px: int, max_px: int
) -> tuple[int, str]:
    high = min(_max_px(height), max_px)
    low = min(min_px, high)

    def fits(px: int) -> bool:
        metrics = QFontMetricsF(make_font(px, bold=bold))
        return metrics.horizontalAdvance(text) <= width and metrics.height() <= height

    if fits(high):
        return high, text
    if not fits(low):
        metrics = QFontMetricsF(make_font(low, bold=bold))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        while shown and metrics.horizontalAdvance(shown) > width:  # paranoia: rounding
            shown = shown[:-2] + ELLIPSIS if len(shown) > 1 else ""
        return low, shown
    while high - low > 1:
        mid = (low + high) // 2
        if fits(mid):
            low = mid
        else:
            high = mid
    return low, text


def _block_fits(text: str, px: int, bold: bool, width: float, height: float, wrap: int) -> bool:
    metrics = QFontMetricsF(make_font(px, bold=bold))
    flags = _flags(LEFT, TOP) | wrap
    bound = metrics.boundingRect(QRectF(0, 0, width, height), flags, text)
    return bound.width() <= width and bound.height() <= height


@lru_cache(maxsize=512)
def _fit_block(
    text: str, bold: bool, width: float, height: float, min_px: int, max_px: int
) -> tuple[int, str, Qt.TextFlag]:
    high = min(_max_px(height), max_px)
    low = min(min_px, high)
    for wrap in (WRAP, WRAP_ANYWHERE):
        if _block_fits(text, low, bold, width, height, int(wrap.value)):
            if _block_fits(text, high, bold, width, height, int(wrap.value)):
                return high, text, wrap
            while high - low > 1:
                mid = (low + high) // 2
                if _block_fits(text, mid, bold, width, height, int(wrap.value)):
                    low = mid
                else:
                    high = mid
            return low, text, wrap
    # Too long even at the smallest size: keep as much as fits and end with an ellipsis.
    keep_low, keep_high = 0, len(text)
    while keep_high - keep_low > 1:
        mid = (keep_low + keep_high) // 2
        candidate = text[:mid].rstrip() + ELLIPSIS
        if _block_fits(candidate, low, bold, width, height, int(WRAP_ANYWHERE.value)):
            keep_low = mid
        else:
            keep_high = mid
    return low, text[:keep_low].rstrip() + ELLIPSIS, WRAP_ANYWHERE


# --- the countdown -------------------------------------------------------------------

DIGITS = "0123456789"


def fit_countdown(text: str, template: str, rect: QRectF) -> CountdownBox:
    """The biggest digits whose template fits ``rect``; centred, one cell per character."""
    px = _countdown_px(template, rect.width(), rect.height())
    font = make_font(px, bold=True, tabular=True)
    digit_w, ink, advance = _countdown_metrics(px)

    def cell(ch: str) -> float:
        return digit_w if ch.isdigit() else advance(ch)

    box_w = sum(cell(ch) for ch in template)
    text_w = sum(cell(ch) for ch in text)
    box = QRectF(rect.center().x() - box_w / 2, rect.top(), box_w, rect.height())
    baseline = rect.center().y() - (ink.top() + ink.bottom()) / 2
    x = rect.center().x() - text_w / 2
    cells = []
    for ch in text:
        cells.append((ch, x, cell(ch)))
        x += cell(ch)
    ink_rect = QRectF(rect.center().x() - text_w / 2, baseline + ink.top(), text_w, ink.height())
    return CountdownBox(text, font, box, ink_rect, baseline, tuple(cells))


@lru_cache(maxsize=16)
def _countdown_metrics(px: int) -> tuple[float, QRectF, Callable[[str], float]]:
    """The digits' cell width, their ink and other characters' advances at ``px`` (every
    tick asks again for the same size: measured once)."""
    metrics = QFontMetricsF(make_font(px, bold=True, tabular=True))
    digit_w = max(metrics.horizontalAdvance(d) for d in DIGITS)
    return (
        digit_w,
        metrics.tightBoundingRect(DIGITS),
        lru_cache(maxsize=32)(metrics.horizontalAdvance),
    )


@lru_cache(maxsize=64)
def _countdown_px(template: str, width: float, height: float) -> int:
    shape = re.sub(r"\d", "8", template)

    def size(px: int) -> tuple[float, float]:
        metrics = QFontMetricsF(make_font(px, bold=True, tabular=True))
        digit_w = max(metrics.horizontalAdvance(d) for d in DIGITS)
        w = sum(digit_w if ch.isdigit() else metrics.horizontalAdvance(ch) for ch in shape)
        return w, metrics.tightBoundingRect(DIGITS).height()

    ref_w, ref_h = size(1000)
    px = int(min(width / ref_w, height / ref_h) * 1000)
    while px > 1:
        w, h = size(px)
        if w <= width and h <= height:
            break
        px -= 1
    return max(1, px)
