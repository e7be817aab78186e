"""QR codes for the browser-views dialog: a phone's camera opens the link.

segno (pure Python, no dependencies) computes the code; it is drawn here module by module
into a QImage, black on white with the quiet zone the standard asks for.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter, QPixmap

from runofshow.qt.theme import QR_DARK, QR_LIGHT

QUIET_ZONE = 4  # modules of white around the code (ISO/IEC 18004)
ERROR_LEVEL = "m"  # medium: about 15 % of the code may be damaged or glared


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The code's modules, True for dark, without the quiet zone. Always a full QR code,
    never a Micro QR code (which many phone cameras do not read)."""
    import segno  # ~0.1 s (with xml.sax and urllib): when a QR code is first drawn

    code = segno.make_qr(text, error=ERROR_LEVEL, boost_error=False)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


def qr_image(text: str, module_px: int = 4) -> QImage:
    """The code drawn with ``module_px`` pixels per module, quiet zone included."""
    matrix = qr_matrix(text)
    side = (len(matrix) + 2 * QUIET_ZONE) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QR_LIGHT)
    painter = QPainter(image)
    try:
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    left, top = (x + QUIET_ZONE) * module_px, (y + QUIET_ZONE) * module_px
                    painter.fillRect(QRect(left, top, module_px, module_px), QR_DARK)
    finally:
        painter.end()
    return image


def qr_pixmap(text: str, module_px: int = 4) -> QPixmap:
    return QPixmap.fromImage(qr_image(text, module_px))
