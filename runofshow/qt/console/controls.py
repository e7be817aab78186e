"""The one registry of console actions: text, shortcuts, tooltip and help-sheet group.

Menus, toolbar buttons, the message bar and Help > Keyboard shortcuts all use these
QAction objects, so a key shown anywhere is the key that works.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

CONTEXT = "ConsoleControls"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation (lupdate finds it by this name); returns it as is."""
    return text


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str  # English source text; translated in CONTEXT
    keys: tuple[str, ...]  # portable QKeySequence strings; tooltips show the first two
    group: str  # heading on the shortcuts sheet; translated in CONTEXT
    checkable: bool = False


# Short texts for toolbar buttons (QAction.iconText); the menus show the full text.
SHORT = {
    "previous": QT_TRANSLATE_NOOP("ConsoleControls", "◀ Prev"),
    "next": QT_TRANSLATE_NOOP("ConsoleControls", "Next ▶"),
    "remove_minute": QT_TRANSLATE_NOOP("ConsoleControls", "−1 min"),
    "add_minute": QT_TRANSLATE_NOOP("ConsoleControls", "+1 min"),
    "undo": QT_TRANSLATE_NOOP("ConsoleControls", "Undo"),
    "redo": QT_TRANSLATE_NOOP("ConsoleControls", "Redo"),
    "previous_cue": QT_TRANSLATE_NOOP("ConsoleControls", "[ Card"),
    "next_cue": QT_TRANSLATE_NOOP("ConsoleControls", "Card ]"),
    "notes": QT_TRANSLATE_NOOP("ConsoleControls", "Notes"),
    "speaker_window": QT_TRANSLATE_NOOP("ConsoleControls", "Speaker"),
    "end_show": QT_TRANSLATE_NOOP("ConsoleControls", "End"),
    "send_message": QT_TRANSLATE_NOOP("ConsoleControls", "Send"),
    "clear_message": QT_TRANSLATE_NOOP("ConsoleControls", "Clear"),
    "blackout": QT_TRANSLATE_NOOP("ConsoleControls", "Blackout"),
}


SHOW = QT_TRANSLATE_NOOP("ConsoleControls", "Show")
TIME = QT_TRANSLATE_NOOP("ConsoleControls", "Time")
SPEAKER = QT_TRANSLATE_NOOP("ConsoleControls", "Speaker")
VIEW = QT_TRANSLATE_NOOP("ConsoleControls", "View")
FILE = QT_TRANSLATE_NOOP("ConsoleControls", "File")

SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "go", QT_TRANSLATE_NOOP("ConsoleControls", "GO: start / pause / resume"), ("Space",), SHOW
    ),
    ActionSpec(
        "next", QT_TRANSLATE_NOOP("ConsoleControls", "Next segment"), ("Right", "Ctrl+Right"), SHOW
    ),
    ActionSpec(
        "previous",
        QT_TRANSLATE_NOOP("ConsoleControls", "Previous segment"),
        ("Left", "Ctrl+Left"),
        SHOW,
    ),
    ActionSpec(
        "goto_selected",
        QT_TRANSLATE_NOOP("ConsoleControls", "Go to selected segment"),
        ("Ctrl+G",),
        SHOW,
    ),
    ActionSpec(
        "select_next",
        QT_TRANSLATE_NOOP("ConsoleControls", "Select next block"),
        ("Alt+Right",),
        SHOW,
    ),
    ActionSpec(
        "select_previous",
        QT_TRANSLATE_NOOP("ConsoleControls", "Select previous block"),
        ("Alt+Left",),
        SHOW,
    ),
    ActionSpec("undo", QT_TRANSLATE_NOOP("ConsoleControls", "Undo"), ("Ctrl+Z",), SHOW),
    ActionSpec(
        "redo", QT_TRANSLATE_NOOP("ConsoleControls", "Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), SHOW
    ),
    ActionSpec("end_show", QT_TRANSLATE_NOOP("ConsoleControls", "End show…"), ("Ctrl+E",), SHOW),
    ActionSpec(
        "reset", QT_TRANSLATE_NOOP("ConsoleControls", "Reset show…"), ("Ctrl+Shift+R",), SHOW
    ),
    ActionSpec(
        "rehearsal", QT_TRANSLATE_NOOP("ConsoleControls", "Rehearsal mode"), ("Ctrl+R",), SHOW, True
    ),
    ActionSpec(
        "rehearse_segment",
        QT_TRANSLATE_NOOP("ConsoleControls", "Rehearse the selected segment alone"),
        ("Ctrl+Alt+R",),
        SHOW,
    ),
    ActionSpec(
        "add_minute",
        QT_TRANSLATE_NOOP("ConsoleControls", "Add a minute"),
        ("+", "=", "Shift++", "Num++"),
        TIME,
    ),
    ActionSpec(
        "remove_minute",
        QT_TRANSLATE_NOOP("ConsoleControls", "Remove a minute"),
        ("-", "Num+-"),
        TIME,
    ),
    ActionSpec(
        "next_cue", QT_TRANSLATE_NOOP("ConsoleControls", "Next cue card"), ("]", "PgDown"), SPEAKER
    ),
    ActionSpec(
        "previous_cue",
        QT_TRANSLATE_NOOP("ConsoleControls", "Previous cue card"),
        ("[", "PgUp"),
        SPEAKER,
    ),
    ActionSpec(
        "focus_message", QT_TRANSLATE_NOOP("ConsoleControls", "Write a message"), ("M",), SPEAKER
    ),
    ActionSpec(
        "send_message",
        QT_TRANSLATE_NOOP("ConsoleControls", "Send message"),
        ("Ctrl+Return", "Ctrl+Enter"),
        SPEAKER,
    ),
    ActionSpec(
        "clear_message",
        QT_TRANSLATE_NOOP("ConsoleControls", "Clear message on screen"),
        ("Ctrl+Shift+M",),
        SPEAKER,
    ),
    ActionSpec("blackout", QT_TRANSLATE_NOOP("ConsoleControls", "Blackout"), ("B",), SPEAKER, True),
    ActionSpec(
        "speaker_window",
        QT_TRANSLATE_NOOP("ConsoleControls", "Speaker window"),
        ("F11", "Ctrl+Shift+S"),
        SPEAKER,
    ),
    ActionSpec(
        "notes", QT_TRANSLATE_NOOP("ConsoleControls", "Switch slide / stream notes"), ("N",), VIEW
    ),
    ActionSpec(
        "next_notes",
        QT_TRANSLATE_NOOP("ConsoleControls", "Show next stream notes"),
        ("Shift+N",),
        VIEW,
    ),
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("ConsoleControls", "Zoom timeline in"),
        ("Ctrl+=", "Ctrl++"),
        VIEW,
    ),
    ActionSpec(
        "zoom_out", QT_TRANSLATE_NOOP("ConsoleControls", "Zoom timeline out"), ("Ctrl+-",), VIEW
    ),
    ActionSpec(
        "zoom_fit",
        QT_TRANSLATE_NOOP("ConsoleControls", "Fit timeline to window"),
        ("Ctrl+0",),
        VIEW,
    ),
    ActionSpec("history", QT_TRANSLATE_NOOP("ConsoleControls", "Run history"), ("Ctrl+H",), VIEW),
    ActionSpec(
        "browser_views",
        QT_TRANSLATE_NOOP("ConsoleControls", "Browser views and Stream Deck…"),
        ("Ctrl+L",),
        VIEW,
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("ConsoleControls", "Keyboard shortcuts"),
        ("F1", "Ctrl+/"),
        VIEW,
    ),
    ActionSpec("open", QT_TRANSLATE_NOOP("ConsoleControls", "Open show…"), ("Ctrl+O",), FILE),
    ActionSpec(
        "preferences", QT_TRANSLATE_NOOP("ConsoleControls", "Preferences…"), ("Ctrl+,",), FILE
    ),
    ActionSpec("quit", QT_TRANSLATE_NOOP("ConsoleControls", "Quit"), ("Ctrl+Q",), FILE),
)


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def native_keys(spec: ActionSpec, limit: int | None = None) -> str:
    """The keys as the user's platform writes them, e.g. "Right, Ctrl+Right"."""
    return ", ".join(
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.keys[:limit]
    )


class Controls(QObject):
    """Creates every console QAction once; ``controls["go"]`` returns one."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.specs = {spec.name: spec for spec in SPECS}
        self.actions: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(translate(spec.text), window)
            action.setObjectName(f"action_{spec.name}")
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setCheckable(spec.checkable)
            self.actions[spec.name] = action
            self.set_text(spec.name, translate(spec.text))
            window.addAction(action)  # active even when not in a visible menu or toolbar

    def retranslate(self) -> None:
        """Texts in the current language (after a LanguageChange); dynamic texts such as
        "Undo next segment" are set again by the window right after."""
        for spec in SPECS:
            self.set_text(spec.name, translate(spec.text))

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def set_text(self, name: str, text: str) -> None:
        """Change an action's text; the tooltip keeps showing its keys."""
        action = self.actions[name]
        action.setText(text)
        if name in SHORT:
            action.setIconText(translate(SHORT[name]))
        keys = native_keys(self.specs[name], 2)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys})")
