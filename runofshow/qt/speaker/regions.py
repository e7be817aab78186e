"""Which rectangles of the speaker display a new layout changes.

On a display tick only the countdown's digits, the time of day and the progress bar move;
everything else is the same layout of the same strings. Repainting just those rectangles
(a few per cent of a full-screen window) keeps each tick cheap and gets the digits on the
screen sooner. Anything else that changed gives None: repaint the whole window.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QRegion

from runofshow.qt.speaker.layout import CountdownBox, SpeakerLayout, TextBox

TICKING_ROLES = frozenset({"time"})  # texts that change with the clock, in their own rect
INK_PAD = 0.06  # of the digits' height, around their ink: antialiasing and overhangs


def changed_region(before: SpeakerLayout, after: SpeakerLayout) -> QRegion | None:
    """The region to repaint to go from ``before`` to ``after`` (empty: nothing changed),
    or None when more than the ticking parts changed. The caller has checked that the
    strings and colours other than the countdown, the time and the progress are the same."""
    if (before.window, before.pill, before.banner, before.progress) != (
        after.window,
        after.pill,
        after.banner,
        after.progress,
    ):
        return None
    if _steady(before) != _steady(after):
        return None
    region = QRegion()
    for old, new in zip(_ticking(before), _ticking(after), strict=True):
        if old != new:
            box = old if old is not None else new
            assert box is not None
            region += _aligned(box.rect)
    digits = _countdown(before.countdown, after.countdown)
    if digits is None:
        return None
    region += digits
    if before.progress_px != after.progress_px and after.progress is not None:
        region += _progress_strip(after.progress, before.progress_px, after.progress_px)
    return region


def _progress_strip(bar: QRectF, old_px: int, new_px: int) -> QRect:
    """Where the fill's rounded end was and is now (the rest of the bar stays)."""
    radius = bar.height() / 2
    left = bar.left() + min(old_px, new_px) - 2 * radius
    right = bar.left() + max(old_px, new_px)
    return _aligned(
        QRectF(max(bar.left(), left), bar.top(), right - max(bar.left(), left), bar.height())
    )


def _steady(layout: SpeakerLayout) -> tuple[object, ...]:
    return tuple(box for box in layout.texts if box.role not in TICKING_ROLES)


def _ticking(layout: SpeakerLayout) -> list[TextBox | None]:
    boxes = {box.role: box for box in layout.texts if box.role in TICKING_ROLES}
    return [boxes.get(role) for role in sorted(TICKING_ROLES)]


def _countdown(before: CountdownBox | None, after: CountdownBox | None) -> QRegion | None:
    """The cells whose character changed; both inks when the digits moved; None when the
    box itself changed (another size or shape)."""
    if before is None or after is None:
        return QRegion() if before is after else None
    if (before.font, before.box, before.baseline) != (after.font, after.box, after.baseline):
        return None
    if before.text == after.text:
        return QRegion()
    pad = after.ink.height() * INK_PAD
    top, height = after.ink.top() - pad, after.ink.height() + 2 * pad
    if [(left, width) for _, left, width in before.cells] != [
        (left, width) for _, left, width in after.cells
    ]:
        moved = QRegion(_aligned(before.ink.adjusted(-pad, -pad, pad, pad)))
        return moved + _aligned(after.ink.adjusted(-pad, -pad, pad, pad))
    region = QRegion()
    for (old, left, width), (new, _, _) in zip(before.cells, after.cells, strict=True):
        if old != new:
            region += _aligned(QRectF(left - pad, top, width + 2 * pad, height))
    return region


def _aligned(rect: QRectF) -> QRect:
    return rect.toAlignedRect().adjusted(-1, -1, 1, 1)
