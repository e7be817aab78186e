"""The look: a dark palette for a dim control room, phase and kind colours, fonts.

Phase is never shown by colour alone; these colours always go with a text label.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from runofshow.core.model import SegmentKind
from runofshow.core.snapshot import Phase

BACKGROUND = QColor("#121417")
PANEL = QColor("#1b1e23")
PANEL_RAISED = QColor("#252a31")
TEXT = QColor("#e8eaed")
TEXT_DIM = QColor("#9aa0a6")
ACCENT = QColor("#4f8cff")
REHEARSAL = QColor("#b388ff")
STORAGE_PROBLEM = QColor("#b00020")  # the console's storage banner: the folder cannot be written
PAUSED = QColor("#ffb74d")  # paused: amber digits in a dashed frame, "PAUSED" beside them
HARD_START = QColor("#ffd54f")  # hard-start pins and lines
WHITE = QColor("#ffffff")
BLACK = QColor("#000000")
DARK_TEXT = QColor("#111111")  # on light or coloured chips (badges, the speaker's banner)
INFO = QColor("#8ab4f8")  # calm blue: standby and paused tones, "ahead", slide notes
CAUTION = QColor("#ffb74d")  # orange: a paused countdown, stream notes
BEHIND = QColor("#ff8a65")  # later than planned (with a + and the word "behind")
AHEAD = INFO
ACTUAL = QColor("#7fd18b")  # what really happened, on the timeline
BLACKOUT_BAR = QColor("#b00020")  # the console's message bar while the speaker is blacked out
NOTICE = QColor("#7a4d00")  # the console's notice banner (a resume after a crash, ...)
CUE_CURRENT = QColor("#1f3b66")  # the current cue card's background
CUE_NEXT = QColor("#232a33")  # the next cue card's background
SPEAKER_OVERTIME_BG = QColor("#3a0b0b")  # overtime tints the whole speaker screen
SPEAKER_DANGER_BG = QColor("#220d0d")
BLACKOUT_TEXT = QColor("#3c4043")  # what the speaker display keeps barely visible in blackout
SPEAKER_SCREEN_GONE = QColor("#8a1c1c")  # the console's banner: the speaker screen unplugged
MESSAGE_FIELD_BORDER = QColor("#3c4043")  # the console's message field, at rest
TYPING_FIELD = QColor("#fff6cc")  # the message field while the operator types (pale yellow)
TYPING_MARK = QColor("#ffcc00")  # its border and the "typing" chip beside it
QUESTION_ON_AIR_BG = QColor("#5a1f24")  # the question on air, in the console's queue
QUESTION_ON_AIR = QColor("#ff6b6b")  # its "ON AIR" title and frame
SURVEY_MAPPED = QColor("#1f3b66")  # a survey column mapped to a question field
PROBLEM_TEXT = QColor("#ff6b6b")  # a problem in words on a dark window (the history window)
# The console's OBS strip (with words beside every colour) and the OBS preferences.
OBS_CONNECTED = QColor("#2e9d4f")
OBS_CONNECTING = QColor("#e0a000")  # also the "switching paused" chip
OBS_NOT_CONNECTED = QColor("#d23c3c")  # also the "OBS differs from the plan" chip
OBS_OFF = QColor("#8a8f98")
OBS_PROBLEM_TEXT = QColor("#ff8a80")  # what went wrong with OBS, in words
OBS_PANEL_BG = QColor("#1d2129")
# The show editor.
FIELD_ERROR = QColor("#e0504a")  # the frame of a field with a problem
PROBLEM_ROW = QColor(224, 80, 74, 90)  # FIELD_ERROR, see-through: a segment with a problem
LOCKED_ROW = QColor(128, 128, 128, 60)  # grey, see-through: a segment locked on air
LIVE_EDIT_BAR = QColor("#5b2a86")  # the on-air bar that changes the running segment
PLAN_FILL = QColor(154, 160, 166, 50)  # TEXT_DIM, see-through: the plan behind the runs
RUN_COLOURS = (  # runs A, B, C... in the history chart: distinct on a dark background
    QColor("#4f8cff"),
    QColor("#ff9f43"),
    QColor("#2ed3b7"),
    QColor("#e056fd"),
    QColor("#feca57"),
    QColor("#ff6b81"),
)

# The printed run sheet is black on white paper whatever the theme.
PRINT_PAPER = QColor("#ffffff")
PRINT_INK = QColor("#000000")
PRINT_LINK = QColor("#1a4fa0")
PRINT_RULE = QColor("#888888")  # the segment tables' lines
PRINT_SEGMENT_HEADER = QColor("#e8e8e8")  # the shaded first row of each segment's table

# QR codes stay black on white whatever the theme: phone cameras expect that contrast.
QR_DARK = QColor("#000000")
QR_LIGHT = QColor("#ffffff")

PHASE_COLOURS: dict[Phase, QColor] = {
    Phase.NORMAL: QColor("#34c759"),
    Phase.WARNING: QColor("#ffcc00"),
    Phase.DANGER: QColor("#ff3b30"),
    Phase.OVERTIME: QColor("#ff3b30"),
    Phase.HOLD: QColor("#64d2ff"),
}

OVERRUN = PHASE_COLOURS[Phase.OVERTIME]  # time beyond the plan, on the timeline
HARD_START_DUE = (PHASE_COLOURS[Phase.DANGER], HARD_START)  # "HARD START NOW", alternating
FLASHING = PHASE_COLOURS[Phase.WARNING]  # a flashing message, in the console

KIND_COLOURS: dict[SegmentKind, QColor] = {
    SegmentKind.OPENING: QColor("#5e6ad2"),
    SegmentKind.TALK: QColor("#2f80ed"),
    SegmentKind.PANEL: QColor("#9b51e0"),
    SegmentKind.BREAK: QColor("#6b7280"),
    SegmentKind.CLOSING: QColor("#5e6ad2"),
    SegmentKind.OTHER: QColor("#8d6e63"),
}

# Preferred UI families, Japanese-capable first; the first one installed wins.
CJK_FAMILIES = (
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Source Han Sans JP",
    "IPAexGothic",
    "IPAGothic",
    "Hiragino Sans",
    "Yu Gothic UI",
    "Meiryo",
    "TakaoGothic",
)
MONO_FAMILIES = ("Noto Sans Mono CJK JP", "DejaVu Sans Mono", "Menlo", "Consolas")


_installed: frozenset[str] = frozenset()


def first_installed(families: tuple[str, ...]) -> str | None:
    """The first of ``families`` the system has. The font database is listed once (that
    costs more than a millisecond, and every font the console makes asks)."""
    global _installed
    if not _installed:
        _installed = frozenset(QFontDatabase.families())
    return next((f for f in families if f in _installed), None)


def ui_font(point_size: float = 11.0) -> QFont:
    font = QFont(first_installed(CJK_FAMILIES) or QApplication.font().family())
    font.setPointSizeF(point_size)
    return font


def digits_font(pixel_size: int = 48, *, bold: bool = True) -> QFont:
    """A font for countdowns: tabular (fixed-width) digits so numbers never jump."""
    font = QFont(first_installed(CJK_FAMILIES) or QApplication.font().family())
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    font.setFeature(QFont.Tag("tnum"), 1)
    return font


def apply_dark_theme(app: QApplication) -> None:
    """Dark Fusion palette and a Japanese-capable default font."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
    palette.setColor(QPalette.ColorRole.WindowText, TEXT)
    palette.setColor(QPalette.ColorRole.Base, PANEL)
    palette.setColor(QPalette.ColorRole.AlternateBase, PANEL_RAISED)
    palette.setColor(QPalette.ColorRole.Text, TEXT)
    palette.setColor(QPalette.ColorRole.Button, PANEL_RAISED)
    palette.setColor(QPalette.ColorRole.ButtonText, TEXT)
    palette.setColor(QPalette.ColorRole.ToolTipBase, PANEL_RAISED)
    palette.setColor(QPalette.ColorRole.ToolTipText, TEXT)
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, WHITE)
    palette.setColor(QPalette.ColorRole.PlaceholderText, TEXT_DIM)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, TEXT_DIM)
    app.setPalette(palette)
    app.setFont(ui_font())
