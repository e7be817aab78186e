"""Notes: the current segment's slide notes or stream notes (N switches), and a preview of
the NEXT segment's stream notes so the operator can prepare the next scene."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from runofshow.core.model import Segment
from runofshow.core.snapshot import Snapshot
from runofshow.qt import theme
from runofshow.qt.console.labels import ElidedLabel, set_style

SLIDE = "slide"
STREAM = "stream"
SLIDE_COLOUR = theme.INFO
STREAM_COLOUR = theme.CAUTION


def _notes_view(point_size: float) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setFont(theme.ui_font(point_size))
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the console shortcuts
    view.setFrameShape(QFrame.Shape.NoFrame)
    set_min_lines(view, 1)
    return view


def set_min_lines(view: QPlainTextEdit, lines: int) -> None:
    """The view is never shorter than ``lines`` lines of its text."""
    margins = 2 * (view.frameWidth() + round(view.document().documentMargin())) + 2
    view.setMinimumHeight(max(44, lines * view.fontMetrics().lineSpacing() + margins))


class NotesPanel(QSplitter):
    """Left: current segment notes (slide or stream). Right: next segment's stream notes."""

    modeChanged = Signal(str)

    def __init__(self, mode: str = SLIDE, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._mode = mode if mode in (SLIDE, STREAM) else SLIDE
        self._segment: Segment | None = None
        self._next: Segment | None = None

        current = QFrame()
        current.setFrameShape(QFrame.Shape.StyledPanel)
        self.mode_label = ElidedLabel()
        self.mode_label.setFont(theme.ui_font(12))
        self.current_view = _notes_view(15)
        box = QVBoxLayout(current)
        box.setContentsMargins(12, 8, 12, 8)
        box.addWidget(self.mode_label)
        box.addWidget(self.current_view, 1)

        self.preview = QFrame()
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_label = ElidedLabel()
        self.preview_label.setFont(theme.ui_font(11))
        set_style(self.preview_label, f"color: {STREAM_COLOUR.name()};")
        self.preview_view = _notes_view(12)
        pbox = QVBoxLayout(self.preview)
        pbox.setContentsMargins(10, 8, 10, 8)
        pbox.addWidget(self.preview_label)
        pbox.addWidget(self.preview_view, 1)

        self.addWidget(current)
        self.addWidget(self.preview)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(False)
        self._show_mode()

    @property
    def mode(self) -> str:
        return self._mode

    def toggle_mode(self) -> None:
        self.set_mode(STREAM if self._mode == SLIDE else SLIDE)

    def set_mode(self, mode: str) -> None:
        if mode == self._mode or mode not in (SLIDE, STREAM):
            return
        self._mode = mode
        self._show_mode()
        self.modeChanged.emit(mode)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._show_mode()
            self._show_preview()

    def set_min_lines(self, lines: int) -> None:
        """Keep at least ``lines`` lines of the current notes in view (a short window)."""
        set_min_lines(self.current_view, lines)

    def toggle_preview(self) -> None:
        self.preview.setVisible(not self.preview.isVisible())

    def show_snapshot(self, snap: Snapshot) -> None:
        if snap.segment is not self._segment:
            self._segment = snap.segment
            self._show_mode()
        if snap.next_segment is not self._next or not self.preview_label.full_text():
            self._next = snap.next_segment
            self._show_preview()

    def shown_text(self) -> str:
        return self.current_view.toPlainText()

    def _show_mode(self) -> None:
        stream = self._mode == STREAM
        if stream:
            label = self.tr("STREAM NOTES · operator only (N: slide notes)")
        else:
            label = self.tr("SLIDE NOTES · the speaker's notes (N: stream notes)")
        colour = STREAM_COLOUR if stream else SLIDE_COLOUR
        self.mode_label.set_full_text(label)
        set_style(self.mode_label, f"color: {colour.name()}; font-weight: bold;")
        notes = self._segment.notes if self._segment else None
        text = (notes.stream if stream else notes.slide) if notes else ""
        self.current_view.setPlainText(text or self.tr("(no notes)"))
        set_style(
            self.current_view,
            f"QPlainTextEdit {{ border-left: 4px solid {colour.name()}; padding-left: 6px; }}",
        )

    def _show_preview(self) -> None:
        if self._next is None:
            self.preview_label.set_full_text(self.tr("NEXT · end of show"))
            self.preview_view.setPlainText("")
            return
        self.preview_label.set_full_text(
            self.tr("NEXT · %1 · stream notes").replace("%1", self._next.title)
        )
        self.preview_view.setPlainText(self._next.notes.stream or self.tr("(no stream notes)"))
