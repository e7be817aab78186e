"""Message to the speaker: a text field, a flash checkbox, send / clear, and blackout.

The field is the one place in the console where keys type text instead of running the
show. It is entered with M (or a click), left with Enter (which sends) or Esc, and it
looks unmistakably different while it has the keys: a bright frame, a light background
and "TYPING" beside it. Nothing else in the bar takes the keyboard focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from runofshow.app.outcome import Surface
from runofshow.core.snapshot import Snapshot
from runofshow.qt import theme
from runofshow.qt.console.controls import SurfaceAction
from runofshow.qt.console.labels import ElidedLabel, set_style

MAX_MESSAGE = 200
IDLE_STYLE = (
    f"QLineEdit {{ background: {theme.PANEL.name()}; border: 1px solid #3c4043;"
    " border-radius: 4px; padding: 2px 8px; }"
)
TYPING_STYLE = (
    "QLineEdit { background: #fff6cc; color: #111; border: 3px solid #ffcc00;"
    " border-radius: 4px; padding: 0px 6px; }"
)


class MessageField(QLineEdit):
    """Esc clears the field and hands the keys back to the console. Only a click or the
    M key gives it the focus (never Tab, never opening the window)."""

    escaped = Signal()
    typingChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setStyleSheet(IDLE_STYLE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.escaped.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setStyleSheet(TYPING_STYLE)
        self.typingChanged.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.setStyleSheet(IDLE_STYLE)
        self.typingChanged.emit(False)


def _button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setMinimumHeight(34)
    return button


class MessageBar(QFrame):
    """Send with Enter in the field or Ctrl+Enter anywhere; Esc leaves the field."""

    def __init__(
        self,
        send: SurfaceAction,
        clear: QAction,
        blackout: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.field = MessageField()
        self.field.setMaxLength(MAX_MESSAGE)
        self.field.setFont(theme.ui_font(14))
        self.field.setMinimumHeight(34)
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(lambda: send.trigger_from(Surface.KEYBOARD))
        self.typing = QLabel()
        self.typing.setObjectName("typingMark")
        self.typing.setFont(theme.ui_font(11))
        self.typing.setStyleSheet(
            "background: #ffcc00; color: #111; font-weight: bold; border-radius: 4px;"
            " padding: 2px 6px;"
        )
        self.typing.hide()
        self.field.typingChanged.connect(self.typing.setVisible)
        self.flash = QCheckBox()
        self.flash.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.on_screen = ElidedLabel()
        self.on_screen.setFont(theme.ui_font(12))
        self.blackout_button = _button(blackout)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.typing)
        layout.addWidget(self.field, 4)
        layout.addWidget(self.flash)
        layout.addWidget(_button(send))
        layout.addWidget(_button(clear))
        layout.addWidget(self.on_screen, 3)
        layout.addWidget(self.blackout_button)
        self._retranslate()

    def _retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Message to the speaker (M to write, Enter to send)"))
        self.flash.setText(self.tr("Flash"))
        self.typing.setText(self.tr("TYPING · Enter sends · Esc leaves"))
        self.flash.setToolTip(self.tr("Flash the message on the speaker screen for 3 seconds"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def take_message(self) -> tuple[str, bool]:
        """The text and flash choice to send; the field empties and gives keys back."""
        text = self.field.text().strip()
        flash = self.flash.isChecked()
        self.field.clear()
        self.flash.setChecked(False)
        return text, flash

    def show_snapshot(self, snap: Snapshot) -> None:
        if snap.message is None:
            self.on_screen.set_full_text(self.tr("No message on screen"))
            set_style(self.on_screen, f"color: {theme.TEXT_DIM.name()};")
        else:
            self.on_screen.set_full_text(self.tr("On screen: %1").replace("%1", snap.message.text))
            colour = (theme.FLASHING if snap.message_flashing else theme.TEXT).name()
            set_style(self.on_screen, f"color: {colour};")
        style = (
            f"background: {theme.BLACKOUT_BAR.name()}; color: {theme.WHITE.name()}; "
            "font-weight: bold;"
            if snap.blackout
            else ""
        )
        if self.blackout_button.styleSheet() != style:
            set_style(self.blackout_button, style)
