"""Japanese renders: every character of the bundled show's text has a real glyph."""

from __future__ import annotations

from pathlib import Path

import yaml
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QTextLayout
from pytestqt.qtbot import QtBot

from runofshow.qt.theme import CJK_FAMILIES, first_installed, ui_font


def _missing_glyphs(text: str) -> list[str]:
    """Characters that the font (with Qt's fallbacks) draws as .notdef (glyph index 0)."""
    layout = QTextLayout(text, ui_font(24))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    missing: list[str] = []
    for run in layout.glyphRuns():
        raw = run.rawFont()
        for index in run.glyphIndexes():
            if index == 0:
                missing.append(raw.familyName())
    return missing


def test_a_japanese_font_is_installed_and_chosen(qtbot: QtBot) -> None:
    assert isinstance(QGuiApplication.instance(), QGuiApplication)
    family = first_installed(CJK_FAMILIES)
    assert family is not None, "no Japanese font installed (Debian: fonts-noto-cjk)"
    assert ui_font().family() == family


def test_bundled_show_text_has_no_missing_glyph(
    qtbot: QtBot, bundled_show_path: Path, screenshot_dir: Path
) -> None:
    data = yaml.safe_load(bundled_show_path.read_text(encoding="utf-8"))
    texts = [data["show"]["title"]] + [s["title"] for s in data["segments"]]
    texts += [c["title"] for s in data["segments"] for c in s.get("cues", [])]
    for text in texts:
        assert _missing_glyphs(text) == [], text

    image = QImage(1200, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#121417"))
    painter = QPainter(image)
    painter.setFont(ui_font(24))
    painter.setPen(QColor("#e8eaed"))
    painter.drawText(10, 42, data["show"]["title"])
    painter.end()
    image.save(str(screenshot_dir / "font-title.png"))
    lit = sum(
        1 for x in range(0, 1200, 2) for y in range(0, 60, 2) if image.pixelColor(x, y).red() > 128
    )
    assert lit > 200  # the title was actually drawn


def test_a_character_without_a_glyph_is_detected(qtbot: QtBot) -> None:
    assert _missing_glyphs("\U000f0000") != []  # a private-use plane character: no font has it
