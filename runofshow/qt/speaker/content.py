"""What the speaker display shows, as plain strings: a pure function of a snapshot.

The window repaints only when this value (or the window size, the blink state or the
progress bar's pixel) changes, so equality here decides whether anything is redrawn.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from runofshow.app.questions import planned_for
from runofshow.core.durations import format_countdown, shown_seconds, shown_time
from runofshow.core.snapshot import Phase, Snapshot, Status
from runofshow.qt.i18n import current_language

# Strings are literal QCoreApplication.translate("SpeakerWindow", ...) calls so that
# pyside6-lupdate finds them.


class Tone(StrEnum):
    """The colour family of the whole display; always paired with a text label."""

    STANDBY = "standby"
    NORMAL = "normal"
    WARNING = "warning"
    DANGER = "danger"
    OVERTIME = "overtime"
    PAUSED = "paused"
    HOLD = "hold"  # the segment's time is up; counting to the next hard start
    ENDED = "ended"
    EMPTY = "empty"


_PHASE_TONE = {
    Phase.NORMAL: Tone.NORMAL,
    Phase.WARNING: Tone.WARNING,
    Phase.DANGER: Tone.DANGER,
    Phase.OVERTIME: Tone.OVERTIME,
    Phase.HOLD: Tone.HOLD,
}

# The countdown box is sized for the widest string of this shape, so the digits keep
# their size from 15:00 down through 0:00 into overtime (+1:12).
BASE_TEMPLATE = "+88:88"
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class SpeakerContent:
    tone: Tone
    phase_label: str  # "WRAP UP", "OVER TIME", "ON AIR IN" ...
    countdown: str  # "14:59", "+1:12", "15 min"; "" when there is none
    big_text: str  # shown instead of the countdown (end of show); "" otherwise
    title: str
    speaker: str
    cue_title: str
    cue_text: str
    cue_index: str  # "Card 2/5"
    next_cue: str
    next_segment: str  # "Next: <title>"
    time_of_day: str  # "13:42" in the show's time zone
    message: str
    message_flashing: bool
    blackout: bool
    rehearsal: bool
    progress: float  # 0..1; the window turns it into a pixel width
    question: str = ""  # the panel question on air (it takes the cue card's place)
    question_label: str = ""  # "QUESTION · survey · asked by たろう"
    paused: bool = False  # "PAUSED" right under the digits, instead of the progress bar

    @property
    def countdown_template(self) -> str:
        """The widest string of the current shape: the box the digits are centred in."""
        shape = _DIGIT.sub("8", self.countdown)
        return shape if len(shape) > len(BASE_TEMPLATE) else BASE_TEMPLATE


def calm_countdown(remaining_ms: int) -> str:
    """Countdown without seconds: "15 min" (rounded up), exact m:ss within the last minute.

    Overtime counts whole minutes down ("+1 min" from +1:00 to +1:59) and shows the
    seconds during its first minute, so the moment it starts is never hidden.
    """
    seconds = shown_seconds(remaining_ms)
    if -60 < seconds <= 60:
        return format_countdown(remaining_ms)
    minutes = math.ceil(seconds / 60) if seconds > 0 else -seconds // 60
    text = QCoreApplication.translate("SpeakerWindow", "%1 min").replace("%1", str(minutes))
    return text if seconds > 0 else "+" + text


def question_strings(on_air: Mapping[str, Any] | None) -> tuple[str, str]:
    """(text, label) of the question on air, from the state document's questions part."""
    if not on_air or not on_air.get("text"):
        return "", ""
    source = {
        "survey": QCoreApplication.translate("SpeakerWindow", "survey"),
        "chat": QCoreApplication.translate("SpeakerWindow", "chat"),
        "prepared": QCoreApplication.translate("SpeakerWindow", "prepared"),
    }.get(str(on_air.get("source")), "")
    label = QCoreApplication.translate("SpeakerWindow", "QUESTION")
    parts = [label, source] if source else [label]
    if on_air.get("asker"):
        asked = QCoreApplication.translate("SpeakerWindow", "asked by %1")
        parts.append(asked.replace("%1", str(on_air["asker"])))
    return str(on_air["text"]), " · ".join(parts)


def build_content(
    snapshot: Snapshot | None,
    *,
    hide_seconds: bool,
    question: Mapping[str, Any] | None = None,
) -> SpeakerContent:
    """Turn a snapshot (and the panel question on air, if any) into the strings the
    speaker sees."""
    if snapshot is None:
        return _empty()
    segment = snapshot.segment
    tone: Tone
    countdown = ""
    big_text = ""
    progress = snapshot.progress
    if snapshot.status is Status.STANDBY:
        tone = Tone.STANDBY
        if snapshot.far:  # planned for another day: its date, not thousands of hours
            label = QCoreApplication.translate("SpeakerWindow", "PLANNED FOR")
            start = snapshot.schedule[snapshot.index].planned_start
            big_text = planned_for(start, current_language())
        elif snapshot.until_start_ms > 0:
            label = QCoreApplication.translate("SpeakerWindow", "ON AIR IN")
            countdown = format_countdown(snapshot.until_start_ms)
        else:
            label = QCoreApplication.translate("SpeakerWindow", "STARTING SOON")
            countdown = "0:00"
        progress = 0.0
    elif snapshot.status is Status.ENDED:
        tone = Tone.ENDED
        label = QCoreApplication.translate("SpeakerWindow", "SHOW ENDED")
        big_text = QCoreApplication.translate("SpeakerWindow", "Thank you!")
        progress = 1.0
    else:
        tone = _PHASE_TONE[snapshot.phase]
        label = {
            Phase.NORMAL: QCoreApplication.translate("SpeakerWindow", "TIME LEFT"),
            Phase.WARNING: QCoreApplication.translate("SpeakerWindow", "WRAP UP"),
            Phase.DANGER: QCoreApplication.translate("SpeakerWindow", "FINISH UP"),
            Phase.OVERTIME: QCoreApplication.translate("SpeakerWindow", "OVER TIME"),
            Phase.HOLD: QCoreApplication.translate("SpeakerWindow", "HOLD"),
        }[snapshot.phase]
        if snapshot.status is Status.PAUSED:
            tone = Tone.PAUSED
            label = QCoreApplication.translate("SpeakerWindow", "PAUSED")
        remaining = snapshot.remaining_ms
        countdown = calm_countdown(remaining) if hide_seconds else format_countdown(remaining)

    ended = snapshot.status is Status.ENDED
    cue_title = cue_text = cue_index = next_cue = ""
    if snapshot.cue is not None and not ended:
        position = snapshot.cue
        cue_title = position.cue.title
        cue_text = position.cue.text
        cue_index = QCoreApplication.translate("SpeakerWindow", "Card %1/%2")
        cue_index = cue_index.replace("%1", str(position.index + 1))
        cue_index = cue_index.replace("%2", str(position.count))
        if position.next_cue is not None:
            next_cue = position.next_cue.title
    elif not ended:
        cue_text = segment.notes.slide
    next_segment = ""
    if snapshot.next_segment is not None and not ended:
        next_segment = QCoreApplication.translate("SpeakerWindow", "Next: %1")
        next_segment = next_segment.replace("%1", snapshot.next_segment.title)
    message = snapshot.message.text if snapshot.message is not None else ""
    question_text, question_label = question_strings(None if ended else question)
    return SpeakerContent(
        tone=tone,
        phase_label=label,
        countdown=countdown,
        big_text=big_text,
        title="" if ended else segment.title,
        speaker="" if ended else segment.speaker_names,
        cue_title=cue_title,
        cue_text=cue_text,
        cue_index=cue_index,
        next_cue=next_cue,
        next_segment=next_segment,
        time_of_day=shown_time(snapshot.now).strftime("%H:%M"),
        message=message,
        message_flashing=snapshot.message_flashing and bool(message),
        blackout=snapshot.blackout,
        rehearsal=snapshot.rehearsal,
        progress=min(1.0, max(0.0, progress)),
        question=question_text,
        question_label=question_label,
        paused=snapshot.status is Status.PAUSED,
    )


def _empty() -> SpeakerContent:
    return SpeakerContent(
        tone=Tone.EMPTY,
        phase_label=QCoreApplication.translate("SpeakerWindow", "NO SHOW"),
        countdown="",
        big_text=QCoreApplication.translate("SpeakerWindow", "No show loaded"),
        title="",
        speaker="",
        cue_title="",
        cue_text="",
        cue_index="",
        next_cue="",
        next_segment="",
        time_of_day="",
        message="",
        message_flashing=False,
        blackout=False,
        rehearsal=False,
        progress=0.0,
    )
