"""QR codes: what is drawn is exactly segno's code for the same text, quiet zone included."""

from __future__ import annotations

import segno
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from runofshow.qt.qr import QUIET_ZONE, qr_image, qr_matrix
from runofshow.qt.theme import QR_DARK, QR_LIGHT

URL = "http://192.168.1.20:8765/control?token=Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4"


def modules_drawn(image: QImage, module_px: int) -> list[list[bool]]:
    """Read the image back: the colour at the centre of every module, quiet zone included."""
    side = image.width() // module_px
    rows = []
    for y in range(side):
        row = []
        for x in range(side):
            colour = QColor(
                image.pixel(x * module_px + module_px // 2, y * module_px + module_px // 2)
            )
            assert colour in (QR_DARK, QR_LIGHT), colour.name()
            row.append(colour == QR_DARK)
        rows.append(row)
    return rows


def test_the_drawn_code_is_segnos_code_for_the_url(qtbot: QtBot) -> None:
    expected = segno.make_qr(URL, error="m", boost_error=False)
    assert not expected.is_micro  # phone cameras read full QR codes
    assert [list(map(bool, row)) for row in expected.matrix] == [list(r) for r in qr_matrix(URL)]
    for module_px in (1, 4):
        image = qr_image(URL, module_px)
        drawn = modules_drawn(image, module_px)
        size = len(expected.matrix) + 2 * QUIET_ZONE
        assert len(drawn) == size and image.width() == size * module_px
        quiet = [drawn[y][x] for y in range(size) for x in range(size)
                 if min(x, y) < QUIET_ZONE or max(x, y) >= size - QUIET_ZONE]  # fmt: skip
        assert not any(quiet)  # the quiet zone is white
        inner = [row[QUIET_ZONE:-QUIET_ZONE] for row in drawn[QUIET_ZONE:-QUIET_ZONE]]
        assert inner == [list(map(bool, row)) for row in expected.matrix]


def test_another_text_gives_another_code() -> None:
    other = URL.replace("control", "speaker")
    assert qr_matrix(other) != qr_matrix(URL)
    assert qr_matrix(other) == qr_matrix(other)  # and the same text the same code
