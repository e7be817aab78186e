"""The one registry of console actions: text, shortcuts, tooltip and help-sheet group.

The show's commands come from the command table (``runofshow.app.commands``): one
action per command the console can give arguments to, and one per preset (``+1 min``).
The console's own view actions (zoom, notes, open, preferences...) are declared here
with the same ``ActionSpec``. Menus, toolbar buttons, the message bar and Help > Keyboard
shortcuts all use these QAction objects, so a key shown anywhere is the key that works.

Every action knows whether it was triggered by its shortcut or by a click
(``SurfaceAction.surface``), so the run history can say who pressed what.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from runofshow.app.catalog import QT_TRANSLATE_NOOP
from runofshow.app.commands import CONTEXT as COMMANDS_CONTEXT
from runofshow.app.commands import CommandTable
from runofshow.app.outcome import Surface

CONTEXT = "ConsoleControls"


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str  # English source text; translated in ``context``
    keys: tuple[str, ...]  # portable QKeySequence strings; tooltips show the first two
    group: str  # heading on the shortcuts sheet; translated in ``context``
    checkable: bool = False
    context: str = CONTEXT
    short: str | None = None  # toolbar text (QAction.iconText), translated in ``context``
    command: str | None = None  # the table command it runs (None: a console action)
    args: Mapping[str, object] = field(default_factory=dict)  # a preset's fixed arguments


SHOW = QT_TRANSLATE_NOOP("ConsoleControls", "Show")
SPEAKER = QT_TRANSLATE_NOOP("ConsoleControls", "Speaker")
VIEW = QT_TRANSLATE_NOOP("ConsoleControls", "View")
FILE = QT_TRANSLATE_NOOP("ConsoleControls", "File")
QUESTIONS = QT_TRANSLATE_NOOP("ConsoleControls", "Questions")
GROUP_ORDER = ("Show", "Time", "Speaker", "Questions", "View", "File")  # English group names

CONSOLE_SPECS: tuple[ActionSpec, ...] = (
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
        "focus_message", QT_TRANSLATE_NOOP("ConsoleControls", "Write a message"), ("M",), SPEAKER
    ),
    ActionSpec(
        "speaker_window",
        QT_TRANSLATE_NOOP("ConsoleControls", "Speaker window"),
        ("F11", "Ctrl+Shift+S"),
        SPEAKER,
        short=QT_TRANSLATE_NOOP("ConsoleControls", "Speaker"),
    ),
    ActionSpec(
        "notes",
        QT_TRANSLATE_NOOP("ConsoleControls", "Switch slide / stream notes"),
        ("N",),
        VIEW,
        short=QT_TRANSLATE_NOOP("ConsoleControls", "Notes"),
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
    # The question queue's panel (runofshow/qt/console/questions.py)
    ActionSpec(
        "quick_question",
        QT_TRANSLATE_NOOP("ConsoleControls", "Type a question from the chat"),
        ("Q",),
        QUESTIONS,
    ),
    ActionSpec(
        "question_up",
        QT_TRANSLATE_NOOP("ConsoleControls", "Move the selected question up"),
        ("Alt+Up",),
        QUESTIONS,
    ),
    ActionSpec(
        "question_down",
        QT_TRANSLATE_NOOP("ConsoleControls", "Move the selected question down"),
        ("Alt+Down",),
        QUESTIONS,
    ),
    ActionSpec(
        "import_survey",
        QT_TRANSLATE_NOOP("ConsoleControls", "Import survey…"),
        ("Ctrl+Shift+I",),
        QUESTIONS,
        short=QT_TRANSLATE_NOOP("ConsoleControls", "Import…"),
    ),
    ActionSpec(
        "questions_panel",
        QT_TRANSLATE_NOOP("ConsoleControls", "Question queue"),
        (),
        VIEW,
        checkable=True,
    ),
)


def command_specs(table: CommandTable, provided: frozenset[str]) -> list[ActionSpec]:
    """An action for each command whose arguments the console can give (none are
    required, or ``provided`` names it: the console fills them in), and for each preset."""
    specs: list[ActionSpec] = []
    for command in table:
        needs_args = any(arg.required for arg in command.args)
        if not needs_args or command.name in provided:
            specs.append(
                ActionSpec(
                    command.name, command.label, command.keys, command.group,
                    checkable=command.toggles is not None, context=COMMANDS_CONTEXT,
                    short=command.button, command=command.name,
                )
            )  # fmt: skip
        for preset in command.presets:
            specs.append(
                ActionSpec(
                    preset.name, preset.label, preset.keys, command.group,
                    context=COMMANDS_CONTEXT, short=preset.button, command=command.name,
                    args=preset.args,
                )
            )  # fmt: skip
    return specs


def translate(spec: ActionSpec, text: str) -> str:
    return QCoreApplication.translate(spec.context, text)


def native_keys(spec: ActionSpec, limit: int | None = None) -> str:
    """The keys as the user's platform writes them, e.g. "Right, Ctrl+Right"."""
    return ", ".join(
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.keys[:limit]
    )


class SurfaceAction(QAction):
    """A QAction that knows whether its shortcut or a click triggered it: ``surface`` is
    valid while ``triggered`` is being handled."""

    def __init__(self, text: str, parent: QObject) -> None:
        super().__init__(text, parent)
        self.surface = Surface.BUTTON

    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Shortcut:
            return super().event(event)
        self.surface = Surface.KEYBOARD
        try:
            return super().event(event)
        finally:
            self.surface = Surface.BUTTON

    def trigger_from(self, surface: Surface) -> None:
        """Trigger on behalf of ``surface`` (Enter in the message field is the keyboard)."""
        self.surface = surface
        try:
            self.trigger()
        finally:
            self.surface = Surface.BUTTON


class Controls(QObject):
    """Creates every console QAction once; ``controls["toggle"]`` returns one."""

    def __init__(
        self, window: QWidget, table: CommandTable, provided: frozenset[str] = frozenset()
    ) -> None:
        super().__init__(window)
        specs = [*command_specs(table, provided), *CONSOLE_SPECS]
        self.specs = {spec.name: spec for spec in specs}
        if len(self.specs) != len(specs):
            raise ValueError("a command and a console action share a name")
        self.actions: dict[str, SurfaceAction] = {}
        for spec in self.specs.values():
            action = SurfaceAction(translate(spec, spec.text), window)
            action.setObjectName(f"action_{spec.name}")
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setCheckable(spec.checkable)
            self.actions[spec.name] = action
            self.set_text(spec.name, translate(spec, spec.text))
            window.addAction(action)  # active even when not in a visible menu or toolbar

    def retranslate(self) -> None:
        """Texts in the current language (after a LanguageChange); dynamic texts such as
        "Undo next segment" are set again by the window right after."""
        for spec in self.specs.values():
            self.set_text(spec.name, translate(spec, spec.text))

    def __getitem__(self, name: str) -> SurfaceAction:
        return self.actions[name]

    def __contains__(self, name: object) -> bool:
        return name in self.actions

    def ordered(self) -> list[ActionSpec]:
        """Every spec, grouped as the shortcuts sheet shows them."""
        rank = {group: index for index, group in enumerate(GROUP_ORDER)}
        return sorted(self.specs.values(), key=lambda s: rank.get(s.group, len(rank)))

    def set_text(self, name: str, text: str, *, icon_text: str | None = None) -> None:
        """Change an action's text (and its toolbar text, when given; else the short
        label); the tooltip keeps showing its keys."""
        action, spec = self.actions[name], self.specs[name]
        action.setText(text)
        if icon_text is not None:
            action.setIconText(icon_text)
        elif spec.short is not None:
            action.setIconText(translate(spec, spec.short))
        keys = native_keys(spec, 2)
        plain = text.replace("&", "").rstrip("…")
        action.setToolTip(f"{plain} ({keys})" if keys else plain)
