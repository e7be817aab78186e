"""A plain banner across the top of the console: resumed after a crash, rehearsal mode."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from runofshow.core.journal import ResumeInfo
from runofshow.qt import theme
from runofshow.qt.console import formatting as fmt
from runofshow.qt.console.labels import set_style


class NoticeBanner(QFrame):
    """Hidden unless there is something the operator must know."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setFont(theme.ui_font(13))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_notice(self, text: str, colour: str = theme.NOTICE.name()) -> None:
        self.label.setText(text)
        set_style(self, f"NoticeBanner {{ background: {colour}; border-radius: 4px; }}")
        self.show()

    def show_resume(self, info: ResumeInfo, tz: ZoneInfo | None = None) -> None:
        """ "Resumed after a crash at 13:22:05 — 2:13 of downtime counted as elapsed"."""
        when = fmt.time_of_day_seconds(info.saved_at, tz)
        if info.was_running:
            text = self.tr("Resumed after a crash at %1 — %2 of downtime counted as elapsed")
        else:
            text = self.tr("Resumed after a crash at %1 — %2 of downtime; the clock was stopped")
        text = text.replace("%1", when).replace("%2", fmt.duration(info.downtime_ms))
        if info.notes:
            text += "\n" + "\n".join(info.notes)
        self.show_notice(text)
