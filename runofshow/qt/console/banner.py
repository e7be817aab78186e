"""A plain banner across the top of the console: resumed after a crash, a damaged journal or
run store set aside, history off."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
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

    def show_storage_notices(self, notices: Sequence[Mapping[str, Any]]) -> None:
        """What happened to the data folder at start (the storage part's notices)."""
        lines = [self._notice_text(n) for n in notices]
        if self.isVisible() and self.label.text():
            lines.insert(0, self.label.text())
        self.show_notice("\n".join(lines))

    def _notice_text(self, notice: Mapping[str, Any]) -> str:
        kind, reason = notice.get("kind"), str(notice.get("reason") or "")
        path, copy = str(notice.get("path") or ""), notice.get("copy")
        if kind == "journal_damaged" and copy:
            text = self.tr(
                "The crash journal was damaged (%1), so the show starts in standby. The damaged file was kept as %2."  # noqa: E501
            )
            return text.replace("%1", reason).replace("%2", str(copy))
        if kind == "journal_damaged":
            text = self.tr("The crash journal %2 was damaged (%1), so the show starts in standby.")
            return text.replace("%1", reason).replace("%2", path)
        if kind == "store_damaged":
            text = self.tr(
                "The run history was damaged (%1). It was kept as %2 and a new one was started."
            )
            return text.replace("%1", reason).replace("%2", str(copy))
        if kind == "history_off":
            return self.tr("No run history is recorded this session: %1").replace("%1", reason)
        return str(notice.get("text", ""))
