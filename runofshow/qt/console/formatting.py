"""Qt-side display formatting for the console: times of day, durations, offsets, phases.

Only formatting: every number comes from a Snapshot; no time arithmetic happens here.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from runofshow.app.questions import planned_for as date_words
from runofshow.core import durations
from runofshow.core.snapshot import Pace, Phase
from runofshow.qt.i18n import current_language

_CONTEXT = "ConsoleFormatting"


def time_of_day(when: datetime | None, tz: ZoneInfo | None = None) -> str:
    """ "13:05" (24-hour, in the show's time zone); an en dash for an unknown moment."""
    if when is None:
        return "–"
    return (when.astimezone(tz) if tz else when).strftime("%H:%M")


def time_of_day_seconds(when: datetime | None, tz: ZoneInfo | None = None) -> str:
    """ "13:22:05"."""
    if when is None:
        return "–"
    return (when.astimezone(tz) if tz else when).strftime("%H:%M:%S")


def countdown(remaining_ms: int) -> str:
    """ "14:59", "0:00", "+0:12" in overtime."""
    return durations.format_countdown(remaining_ms)


def duration(ms: int) -> str:
    """ "15:00", "1:02:03"."""
    return durations.format_duration(ms)


def magnitude(ms: int) -> str:
    """An unsigned amount of time, "2:15"."""
    return durations.format_clock(abs(ms) // 1000)


def offset(offset_ms: int) -> str:
    """The show's offset from plan: "2:15 behind", "0:40 ahead" or "on time"."""
    if abs(offset_ms) < 1000:
        return QCoreApplication.translate("ConsoleFormatting", "on time")
    if offset_ms > 0:
        return QCoreApplication.translate("ConsoleFormatting", "%1 behind").replace(
            "%1", magnitude(offset_ms)
        )
    return QCoreApplication.translate("ConsoleFormatting", "%1 ahead").replace(
        "%1", magnitude(offset_ms)
    )


def pace(pace_value: Pace, pace_ms: int) -> str:
    """A cue card's pace: "1:10 behind", "0:30 ahead", "on pace" or "" without targets."""
    if pace_value is Pace.NONE:
        return ""
    if pace_value is Pace.ON_PACE or abs(pace_ms) < 1000:
        return QCoreApplication.translate("ConsoleFormatting", "on pace")
    if pace_value is Pace.BEHIND:
        return QCoreApplication.translate("ConsoleFormatting", "%1 behind").replace(
            "%1", magnitude(pace_ms)
        )
    return QCoreApplication.translate("ConsoleFormatting", "%1 ahead").replace(
        "%1", magnitude(pace_ms)
    )


def phase_label(phase: Phase, overtime_ms: int) -> str:
    """The words that always go with a phase colour: "TIME LEFT", "WRAP UP", "OVER +1:12",
    "HOLD". They speak of the segment only ("Show: 0:12 behind" speaks of the show), so
    the two never read as a contradiction."""
    if phase is Phase.OVERTIME:
        shown = durations.format_countdown(-overtime_ms)
        return QCoreApplication.translate("ConsoleFormatting", "OVER %1").replace(
            "%1", shown if shown.startswith("+") else "+" + shown
        )
    if phase is Phase.DANGER:
        return QCoreApplication.translate("ConsoleFormatting", "DANGER")
    if phase is Phase.WARNING:
        return QCoreApplication.translate("ConsoleFormatting", "WRAP UP")
    if phase is Phase.HOLD:
        return QCoreApplication.translate("ConsoleFormatting", "HOLD")
    return QCoreApplication.translate("ConsoleFormatting", "TIME LEFT")


def planned_for(when: datetime) -> str:
    """ "Mon 12 Sep 2022 13:00 JST" in the interface language, for a far-off plan."""
    return date_words(when, current_language())


def target(at_ms: int | None) -> str:
    """A cue card's target elapsed time, "@ 5:00"; empty when it has none."""
    if at_ms is None:
        return ""
    return "@ " + durations.format_clock(at_ms // 1000)
