"""The run sheet as PDF: rendered back to PNG with pdftoppm (saved in screenshots/ to look
at), its page count, and a text layer with every segment's title, on A4 and Letter, portrait
and landscape, from the editor and from `runofshow sheet`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from runofshow.core.loader import load_show
from runofshow.paths import bundled_show
from runofshow.qt.runsheet import write_pdf
from runofshow.qt.theme import apply_dark_theme

TOOLS = ("pdftoppm", "pdftotext", "pdfinfo")
# Glyphs the CJK font shares between code points: the text layer names the first one.
SHARED_GLYPHS = str.maketrans({"\u2027": "\u30fb", "\u2012": "\u2013"})


def need_poppler() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:  # never a skip: the README's test command installs it on a fresh machine
        pytest.fail(f"poppler-utils missing: {missing} (scripts/setup-system test installs it)")


def text_layer(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", out.stdout).translate(SHARED_GLYPHS)


def page_count(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    line = next(line for line in out.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


@pytest.fixture
def dark_app(qapp: QApplication) -> Iterator[QApplication]:
    """The app's dark theme on (white text in its palette), as in the desktop app."""
    before = qapp.palette()
    apply_dark_theme(qapp)
    yield qapp
    qapp.setPalette(before)


def ink_share(png: Path, top: float, bottom: float) -> float:
    """The share of dark pixels (printed ink) in a band of the page (fractions of its height)."""
    image = QImage(str(png))
    assert not image.isNull()
    dark = total = 0
    for y in range(int(image.height() * top), int(image.height() * bottom), 2):
        for x in range(0, image.width(), 2):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 110
    return dark / total


@pytest.mark.parametrize(("page", "landscape"), [("a4", False), ("letter", True)])
def test_run_sheet_pages_titles_and_pictures(
    dark_app: QApplication, tmp_path: Path, screenshot_dir: Path, page: str, landscape: bool
) -> None:
    need_poppler()
    show = load_show(bundled_show())
    pdf = tmp_path / "sheet.pdf"
    pages = write_pdf(show, pdf, page=page, landscape=landscape)
    assert pages >= 2 and page_count(pdf) == pages
    text = text_layer(pdf)
    for segment in show.segments:
        assert unicodedata.normalize("NFKC", segment.title) in text
    assert text.count(unicodedata.normalize("NFKC", show.title)) >= pages  # on every page
    for number in range(1, pages + 1):
        assert f"Page {number} of {pages}" in text
    assert "13:05–13:20".replace("–", "-") in text.replace("–", "-").replace("‒", "-")
    assert "@ 2:30" in text and "Stream notes" in text
    stem = screenshot_dir / f"run-sheet-{page}{'-landscape' if landscape else ''}"
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(stem)], check=True)
    first = Path(f"{stem}-1.png")
    assert first.stat().st_size > 10_000
    # the body prints in black on white although the app's palette has white text
    assert ink_share(first, 0.1, 0.9) > 0.01


def test_the_command_line_prints_the_sheet(tmp_path: Path) -> None:
    need_poppler()
    pdf = tmp_path / "sheet.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "runofshow",
            "sheet",
            str(bundled_show()),
            "-o",
            str(pdf),
            "--page",
            "letter",
            "--landscape",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("pages") and page_count(pdf) >= 2
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "792 x 612 pts" in info  # Letter, landscape
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: runofshow/1\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "runofshow", "sheet", str(broken), "-o", str(pdf)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1 and f"{broken}:1:1: missing required key" in result.stderr


def test_the_print_path_paints_the_same_sheet(qapp: QApplication, tmp_path: Path) -> None:
    """File › Print hands a QPrinter to the same renderer (here one printing to PDF)."""
    need_poppler()
    from PySide6.QtPrintSupport import QPrinter

    from runofshow.qt.runsheet import render

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    show = load_show(bundled_show())
    pages = render(show, printer)
    assert page_count(tmp_path / "printed.pdf") == pages
    text = text_layer(tmp_path / "printed.pdf")
    assert all(unicodedata.normalize("NFKC", s.title) in text for s in show.segments)
