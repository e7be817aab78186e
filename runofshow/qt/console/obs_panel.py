"""The console's OBS strip: connection, the scene on air and the one the show wants, the
automation switch (paused is unmissable), Apply when the scenes differ, the rehearsal
switch, the preflight check and the last error, in words.

It shows the ``obs`` part of the state document (``runofshow.obs.service``) and acts only
through the command table's actions (``obs_pause``, ``obs_apply``, ``obs_rehearsal``,
``obs_check``), so a key, a button, the API and /control all do the same. Hidden while
OBS is not set up (no address in Preferences and no ``--obs``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from runofshow.obs.client import ErrorKind
from runofshow.obs.messages import CONTEXT as MESSAGES
from runofshow.obs.messages import NOT_SWITCHED, TEMPLATES, fill
from runofshow.qt import theme
from runofshow.qt.console.labels import set_style

ACTIONS = ("obs_pause", "obs_apply", "obs_rehearsal", "obs_check")
GREEN, AMBER, RED, GREY = "#2e9d4f", "#e0a000", "#d23c3c", "#8a8f98"


@dataclass(frozen=True)
class ObsView:
    """What the strip shows, in the interface language (a presenter: no widgets)."""

    visible: bool
    dot: str  # colour of the connection dot
    status: str
    program: str
    expected: str
    paused: bool
    differs: bool
    rehearsal: str  # "" when live
    error: str
    check: str


def error_line(part: Mapping[str, Any]) -> str:
    error = part.get("error")
    if not error:
        return ""
    kind = error.get("kind", "")
    if kind in set(ErrorKind):
        template = QCoreApplication.translate(MESSAGES, TEMPLATES[ErrorKind(kind)])
        text = fill(template, error.get("subject") or part.get("address") or "",
                    error.get("detail", ""))  # fmt: skip
    else:
        text = QCoreApplication.translate(MESSAGES, error.get("text", ""))
    missed = part.get("missed_scene")
    if missed:
        text += " " + QCoreApplication.translate(MESSAGES, NOT_SWITCHED).replace("%1", missed)
    return text


def check_line(part: Mapping[str, Any], tz: ZoneInfo | None) -> str:
    check = part.get("preflight")
    if not check:
        return ""
    when = datetime.fromisoformat(check["checked_at"]).astimezone(tz).strftime("%H:%M:%S")
    if check.get("error"):
        return QCoreApplication.translate("ObsPanel", "Check %1: OBS could not be asked.").replace(
            "%1", when
        )
    if check.get("ok"):
        return (
            QCoreApplication.translate(
                "ObsPanel", "Check %1: OBS has all %2 scenes and %3 text sources of the show."
            )
            .replace("%1", when)
            .replace("%2", str(check.get("scenes", 0)))
            .replace("%3", str(check.get("texts", 0)))
        )
    missing = [
        QCoreApplication.translate("ObsPanel", "scene “%1”").replace("%1", m["name"])
        for m in check["missing_scenes"]
    ]
    missing += [
        QCoreApplication.translate("ObsPanel", "text source “%1”").replace("%1", m["name"])
        for m in check["missing_texts"]
    ]
    missing += [
        QCoreApplication.translate("ObsPanel", "“%1” is not a text source").replace("%1", m["name"])
        for m in check["not_text"]
    ]
    missing += [
        QCoreApplication.translate("ObsPanel", "transition “%1”").replace("%1", m["name"])
        for m in check["missing_transitions"]
    ]
    return (
        QCoreApplication.translate("ObsPanel", "Check %1 — missing in OBS: %2")
        .replace("%1", when)
        .replace("%2", ", ".join(missing))
    )


def present(part: Mapping[str, Any] | None, rehearsing: bool, tz: ZoneInfo | None) -> ObsView:
    if not part or not part.get("enabled"):
        return ObsView(False, GREY, "", "", "", False, False, "", "", "")
    address = str(part.get("address") or "")
    error = error_line(part)
    if part.get("connected"):
        dot = GREEN
        status = QCoreApplication.translate("ObsPanel", "OBS %1 connected (%2)").replace(
            "%1", part.get("obs_version") or ""
        )
        status = status.replace("%2", address)
    elif part.get("error"):
        dot, status = (
            RED,
            QCoreApplication.translate("ObsPanel", "OBS not connected (%1)").replace("%1", address),
        )
    else:
        dot, status = (
            AMBER,
            QCoreApplication.translate("ObsPanel", "Connecting to OBS at %1…").replace(
                "%1", address
            ),
        )
    program = part.get("program_scene")
    expected = part.get("expected_scene")
    rehearsal = ""
    if rehearsing:
        if part.get("rehearsal"):
            rehearsal = QCoreApplication.translate("ObsPanel", "This rehearsal drives OBS.")
        else:
            rehearsal = QCoreApplication.translate("ObsPanel", "Rehearsal: OBS is left alone.")
    return ObsView(
        visible=True,
        dot=dot,
        status=status,
        program=QCoreApplication.translate("ObsPanel", "On air: %1").replace("%1", program)
        if program
        else "",
        expected=QCoreApplication.translate("ObsPanel", "Expected: %1").replace("%1", expected)
        if expected
        else QCoreApplication.translate("ObsPanel", "By hand"),
        paused=bool(part.get("paused")),
        differs=bool(part.get("scene_differs")),
        rehearsal=rehearsal,
        error=error,
        check=check_line(part, tz),
    )


class ObsPanel(QFrame):
    """The strip; ``show_part`` updates it from the state part."""

    def __init__(self, actions: Mapping[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("obsPanel")
        self.actions_ = dict(actions)
        self.dot = QLabel("●")
        self.status = QLabel()
        self.program = QLabel()
        self.expected = QLabel()
        self.paused = QLabel()
        self.differs = QLabel()
        self.rehearsal = QLabel()
        self.error = QLabel()
        self.check = QLabel()
        for label in (self.status, self.program, self.expected):
            label.setFont(theme.ui_font(13))
        for label in (self.paused, self.differs):
            bold = theme.ui_font(13)
            bold.setBold(True)
            label.setFont(bold)
            label.setContentsMargins(8, 2, 8, 2)
        set_style(self.paused, f"background: {AMBER}; color: #111; border-radius: 3px;")
        set_style(self.differs, f"background: {RED}; color: white; border-radius: 3px;")
        for label in (self.error, self.check):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        set_style(self.error, "color: #ff8a80;")
        self.buttons: dict[str, QToolButton] = {}
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(14)
        top.addWidget(self.dot)
        for widget in (self.status, self.program, self.expected, self.paused, self.differs):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.rehearsal)
        for name in ("obs_apply", "obs_pause", "obs_rehearsal", "obs_check"):
            if name not in self.actions_:
                continue  # a session without the OBS service: the strip stays hidden
            button = self.buttons[name] = QToolButton()
            button.setDefaultAction(self.actions_[name])
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.check)
        set_style(self, "ObsPanel { background: #1d2129; border-radius: 4px; }")
        self.view = present(None, False, None)
        self.hide()

    def show_part(
        self, part: Mapping[str, Any] | None, rehearsing: bool, tz: ZoneInfo | None = None
    ) -> None:
        view = self.view = present(part, rehearsing, tz)
        self.setVisible(view.visible)
        if not view.visible or len(self.buttons) < len(ACTIONS):
            self.hide()
            return
        set_style(self.dot, f"color: {view.dot};")
        self.status.setText(view.status)
        self.program.setText(view.program)
        self.program.setVisible(bool(view.program))
        self.expected.setText(view.expected)
        pause = self.actions_["obs_pause"]
        key = pause.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.paused.setText(
            QCoreApplication.translate("ObsPanel", "AUTOMATION PAUSED — %1 resumes").replace(
                "%1", key
            )
        )
        pause.setIconText(
            QCoreApplication.translate("ObsPanel", "Resume OBS")
            if view.paused
            else QCoreApplication.translate("ObsPanel", "Pause OBS")
        )
        self.paused.setVisible(view.paused)
        self.differs.setText(QCoreApplication.translate("ObsPanel", "SCENE DIFFERS"))
        self.differs.setVisible(view.differs)
        self.rehearsal.setText(view.rehearsal)
        self.rehearsal.setVisible(bool(view.rehearsal))
        self.buttons["obs_rehearsal"].setVisible(rehearsing)
        self.buttons["obs_apply"].setVisible(view.differs or not view.program)
        self.error.setText(view.error)
        self.error.setVisible(bool(view.error))
        self.check.setText(view.check)
        self.check.setVisible(bool(view.check))
        if part is not None:
            self.actions_["obs_pause"].setChecked(bool(part.get("paused")))
            self.actions_["obs_rehearsal"].setChecked(bool(part.get("rehearsal")))
