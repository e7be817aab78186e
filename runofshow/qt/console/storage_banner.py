"""The storage banner: red, across the top of the console, for as long as the data folder
cannot be written. It names what cannot be written, the system's reason, the folder and
since when, and says the show goes on. It cannot be dismissed; it goes when the problem
does (the status bar then says everything was written).

It reads the ``storage`` part of the state document (runofshow.app.storage_service), the
same part the API and /control show.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from runofshow.qt import theme
from runofshow.qt.console.labels import ElidedLabel, set_style


class StorageBanner(QFrame):
    """Hidden while storage is fine."""

    def __init__(
        self, tz: Callable[[], tzinfo | None] = lambda: None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("storageBanner")
        self._tz = tz
        self.title = QLabel()
        title_font = theme.ui_font(13)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.detail = QLabel()
        self.detail.setFont(theme.ui_font(11))
        self.folder = ElidedLabel()  # one line; the whole path in its tooltip
        self.folder.setFont(theme.ui_font(11))
        for label in (self.title, self.detail):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.title, self.detail, self.folder):
            set_style(label, "color: white;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 5, 12, 5)
        layout.setSpacing(1)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addWidget(self.folder)
        background = theme.STORAGE_PROBLEM.name()
        set_style(self, f"StorageBanner {{ background: {background}; border-radius: 4px; }}")
        self._part: Mapping[str, Any] | None = None
        self.hide()

    def show_part(self, part: Mapping[str, Any] | None) -> None:
        """Show the ``storage`` part (hidden when it says all is well)."""
        self._part = part
        if part is None or part.get("ok", True):
            self.hide()
            return
        since = _time_of_day(part.get("since"), self._tz()) or "?"
        title = self.tr(
            "Storage problem since %1: the show goes on and nothing is lost while the app runs"
        )
        self.title.setText(title.replace("%1", since))
        self.detail.setText(" ".join(self._problems(part)))
        advice = self.tr(
            "It is all written as soon as the folder works again: free some space or make it writable. Folder: %1"  # noqa: E501
        )
        self.folder.set_full_text(advice.replace("%1", str(part.get("path") or "?")))
        self.show()

    def _problems(self, part: Mapping[str, Any]) -> list[str]:
        """What cannot be written, and why."""
        problems = []
        journal = part.get("journal")
        if journal:
            text = self.tr("The crash journal cannot be written: %1.")
            problems.append(text.replace("%1", str(journal)))
        history = part.get("history")
        waiting = str(part.get("history_pending", 0))
        if isinstance(history, Mapping):
            if history.get("locked"):
                text = self.tr(
                    "The run history is locked by another program; %1 event(s) are waiting."
                )
            else:
                text = self.tr("The run history cannot be written: %2; %1 event(s) are waiting.")
            problems.append(text.replace("%1", waiting).replace("%2", str(history.get("reason"))))
        return problems

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "detail"):
            self.show_part(self._part)


def _time_of_day(iso: object, tz: tzinfo | None) -> str:
    """ "13:22:05" in the show's time zone (else the computer's)."""
    if not isinstance(iso, str):
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone(tz).strftime("%H:%M:%S")
    except ValueError:
        return ""
