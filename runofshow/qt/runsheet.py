"""The printable run sheet: the show on paper for the crew, through Qt's printing.

One block per segment: planned start and end (times of day in the show's time zone),
duration, hard start, kind, title, speakers, cue cards with their target times, stream
notes. The show's title and the page number ("Page 2 of 5") are on every page; Japanese
text uses the CJK font. ``write_pdf`` lays it out with QTextDocument and paints each page
itself (header, body slice, footer) onto a QPdfWriter or a QPrinter.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from runofshow.core.durations import format_duration
from runofshow.core.model import Show
from runofshow.core.schedule import plan_schedule
from runofshow.qt import theme
from runofshow.qt.theme import CJK_FAMILIES

CONTEXT = "RunSheet"
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 12.0


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


LATIN_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial")


def _font(points: float) -> QFont:
    """A Latin font first, the CJK font for Japanese: with the CJK font alone some digits
    and Latin letters reach the PDF's text layer without their characters (a search in
    the PDF would miss "#4"), although they print fine."""
    installed = set(QFontDatabase.families())
    families = [f for f in LATIN_FAMILIES if f in installed][:1]
    families += [f for f in CJK_FAMILIES if f in installed][:1]
    font = QFont()
    if families:
        font.setFamilies(families)
    font.setPointSizeF(points)
    return font


def paper_palette() -> QPalette:
    """Black on white, whatever the app's (dark) theme: the text document would
    otherwise paint with the application's palette, white text on paper."""
    palette = QPalette(theme.PRINT_PAPER)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, theme.PRINT_INK)
    palette.setColor(QPalette.ColorRole.Base, theme.PRINT_PAPER)
    palette.setColor(QPalette.ColorRole.Link, theme.PRINT_LINK)
    return palette


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


def sheet_html(show: Show) -> str:
    """The run sheet's body as HTML for QTextDocument."""
    plan = plan_schedule(show)
    tz = show.tz
    speakers_label = _text(tr("Speakers:"))
    cues_label = _text(tr("Cue cards"))
    notes_label = _text(tr("Stream notes"))
    parts = [
        f"<h1>{_text(show.title)}</h1>",
        "<p>"
        + _text(
            tr("On air %1 (%2) · planned end %3 · %4 segments")
            .replace("%1", f"{show.starts_at.astimezone(tz):%Y-%m-%d %H:%M}")
            .replace("%2", show.timezone)
            .replace("%3", f"{plan.ends[-1]:%H:%M}")
            .replace("%4", str(len(show.segments)))
        )
        + "</p>",
    ]
    for index, segment in enumerate(show.segments):
        start, end = plan.starts[index], plan.ends[index]
        when = f"{start:%H:%M}–{end:%H:%M}"
        hard = ""
        if segment.hard_start is not None:
            hard = (
                "<br><b>"
                + _text(tr("Hard start %1").replace("%1", f"{segment.hard_start:%H:%M:%S}"))
                + "</b>"
            )
        speakers = ", ".join(
            s.name + (f" ({s.team})" if s.team else "") + (f" – {s.role}" if s.role else "")
            for s in segment.speakers
        )
        rows = [
            "<table width='100%' cellspacing='0' cellpadding='4' border='1' "
            f"style='border-collapse: collapse; border-color: {theme.PRINT_RULE.name()};'>",
            f"<tr style='background-color: {theme.PRINT_SEGMENT_HEADER.name()};'>"
            f"<td width='18%'><b>{when}</b>{hard}</td>"
            f"<td width='12%'>{_text(format_duration(segment.duration_ms))}<br>"
            f"<small>{_text(segment.kind.value)}</small></td>"
            f"<td><b>{index + 1}. {_text(segment.title)}</b>"
            + (f"<br>{speakers_label} {_text(speakers)}" if speakers else "")
            + "</td></tr>",
        ]
        if segment.cues:
            cues = "".join(
                "<tr><td>"
                + (_text(f"@ {format_duration(cue.at_ms)}") if cue.at_ms is not None else "")
                + f"</td><td colspan='2'><b>{_text(cue.title)}</b>"
                + (f"<br>{_text(cue.text.rstrip())}" if cue.text.strip() else "")
                + "</td></tr>"
                for cue in segment.cues
            )
            rows.append(f"<tr><td colspan='3'><i>{cues_label}</i></td></tr>" + cues)
        if segment.notes.stream.strip():
            rows.append(
                f"<tr><td><i>{notes_label}</i></td>"
                f"<td colspan='2'>{_text(segment.notes.stream.rstrip())}</td></tr>"
            )
        rows.append("</table><p></p>")
        parts.append("".join(rows))
    return "".join(parts)


def render(show: Show, device: QPagedPaintDevice) -> int:
    """Paint the run sheet on ``device`` (its page size and orientation already set);
    returns the number of pages."""
    resolution = device.logicalDpiY()
    layout = device.pageLayout()
    paint = layout.paintRectPixels(resolution)
    body_font = _font(9.0)
    head_font = _font(8.0)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(body_font)
    document.setDocumentMargin(0)
    document.setHtml(sheet_html(show))
    line = head_font.pointSizeF() * resolution / 72.0
    header_h = int(line * 2.2)
    footer_h = int(line * 2.2)
    width = paint.width()
    body_h = paint.height() - header_h - footer_h
    document.setPageSize(QSizeF(width, body_h))
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.setFont(head_font)
            painter.setPen(Qt.GlobalColor.black)
            top = QRectF(0, 0, width, line * 1.5)
            painter.drawText(
                top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, show.title
            )
            painter.drawText(
                top,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tr("Run sheet"),
            )
            painter.drawLine(0, int(line * 1.7), width, int(line * 1.7))
            bottom = QRectF(0, paint.height() - line * 1.5, width, line * 1.5)
            number = tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(pages))
            painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, number)
            painter.save()
            painter.translate(0, header_h - page * body_h)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette = paper_palette()
            context.clip = QRectF(0, page * body_h, width, body_h)
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
    finally:
        painter.end()
    return pages


def page_layout(page: str, landscape: bool) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(PAGE_SIZES[page]), orientation, margins, QPageLayout.Unit.Millimeter
    )


def default_page() -> str:
    """Letter where the locale measures in US units, A4 elsewhere."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"


def write_pdf(
    show: Show,
    output: Path,
    *,
    page: str = "a4",
    landscape: bool = False,
    layout: QPageLayout | None = None,
) -> int:
    """Write the run sheet as a PDF file (``layout``, when given, instead of ``page`` and
    ``landscape``); returns the page count (OSError if unwritable)."""
    output = Path(output)
    if not output.parent.is_dir() or (output.exists() and not os.access(output, os.W_OK)):
        raise PermissionError(13, "cannot write here", str(output))
    partial = output.with_name(f".{output.name}.partial")
    writer = QPdfWriter(str(partial))
    writer.setResolution(300)
    writer.setPageLayout(layout or page_layout(page, landscape))
    writer.setTitle(show.title)
    writer.setCreator("runofshow")
    pages = render(show, writer)
    del writer  # the file is complete once the writer is gone
    if not partial.is_file():
        raise PermissionError(13, "the PDF could not be written", str(output))
    os.replace(partial, output)
    return pages


def write_pdf_offscreen(
    show_path: Path, output: Path, *, page: str, landscape: bool, lang: str
) -> int:
    """The command line's entry: a GUI application without a screen, translations for
    ``lang``, then ``write_pdf``."""
    from runofshow.core.loader import load_show
    from runofshow.qt.i18n import Translations

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(["runofshow"])
    Translations(app).switch(lang)
    return write_pdf(load_show(show_path), output, page=page, landscape=landscape)
