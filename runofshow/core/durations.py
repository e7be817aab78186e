"""Durations: parse what show files say ("15m", "1:30:00", 90) and format for display.

All durations inside the core are integer milliseconds.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta

_UNIT_MS = {"h": 3_600_000, "m": 60_000, "s": 1_000}
_UNITS_RE = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?\s*$")
_CLOCK_RE = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{2})\s*$")


class DurationError(ValueError):
    """A duration that cannot be understood; the message says what is accepted."""


ACCEPTED = "use seconds (90), 90s, 15m, 1h30m, '1h 30m 15s', mm:ss or h:mm:ss"


def parse_duration(value: object) -> int:
    """Return milliseconds for a duration written in a show file.

    Accepts integer seconds, "90s", "15m", "1h30m", "1h 30m 15s", "mm:ss" and "h:mm:ss".
    Zero and negative durations are refused.
    """
    if isinstance(value, bool):
        raise DurationError(f"{value!r} is not a duration; {ACCEPTED}")
    if isinstance(value, int):
        if value <= 0:
            raise DurationError(f"duration must be positive, got {value}")
        return value * 1000
    if not isinstance(value, str):
        raise DurationError(f"{value!r} is not a duration; {ACCEPTED}")
    text = value.strip()
    if text.startswith("-"):
        raise DurationError(f"duration must be positive, got {value!r}")
    if text.isdigit():
        return parse_duration(int(text))
    ms = _parse_units(text)
    if ms is None:
        ms = _parse_clock(text)
    if ms is None:
        raise DurationError(f"{value!r} is not a duration; {ACCEPTED}")
    if ms <= 0:
        raise DurationError(f"duration must be positive, got {value!r}")
    return ms


def _parse_units(text: str) -> int | None:
    match = _UNITS_RE.match(text)
    if not match or not any(match.groups()):
        return None
    hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    return hours * _UNIT_MS["h"] + minutes * _UNIT_MS["m"] + seconds * _UNIT_MS["s"]


def _parse_clock(text: str) -> int | None:
    match = _CLOCK_RE.match(text)
    if not match:
        return None
    hours = int(match.group(1) or 0)
    minutes, seconds = int(match.group(2)), int(match.group(3))
    if seconds >= 60 or (match.group(1) is not None and minutes >= 60):
        return None
    return ((hours * 60 + minutes) * 60 + seconds) * 1000


def shown_time(now: datetime) -> datetime:
    """The time of day a display shows at ``now``: the nearest whole second.

    While a segment runs, displays change only when its countdown's second flips (one
    tick a second, not a second one for the wall clock), so the time of day is read at
    that moment, wherever the wall clock's second happens to be; rounding keeps what is
    shown within half a second of the truth. Paused, in standby or after the show, the
    displays tick just after the wall clock's second, where this is the plain second.
    """
    return (now + timedelta(milliseconds=500)).replace(microsecond=0)


def shown_seconds(remaining_ms: int) -> int:
    """The whole second a countdown shows for ``remaining_ms``.

    Counting down it rounds up (15:00 shows for the whole first second, 0:00 at zero);
    past zero it keeps rounding towards +inf so overtime shows +0:01 after a full second.
    The shown value changes exactly when ``remaining_ms`` crosses a multiple of 1000.
    """
    return math.ceil(remaining_ms / 1000) if remaining_ms > 0 else -((-remaining_ms) // 1000)


def ms_until_shown_change(remaining_ms: int) -> int:
    """Milliseconds until a running countdown's shown second next changes (1..1000)."""
    rest = remaining_ms % 1000
    return rest if rest else 1000


def format_clock(total_seconds: int, *, force_hours: bool = False) -> str:
    """Format whole seconds as m:ss or h:mm:ss (no sign; callers add one)."""
    total_seconds = abs(total_seconds)
    hours, rest = divmod(total_seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours or force_hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"


def format_countdown(remaining_ms: int) -> str:
    """What a countdown shows: "14:59", "0:00", then "+0:01" in overtime."""
    seconds = shown_seconds(remaining_ms)
    if remaining_ms > 0 or seconds == 0:
        return format_clock(seconds)
    return "+" + format_clock(seconds)


def format_duration(ms: int) -> str:
    """A plain duration for tables: "15:00", "1:02:03"; negative values get a minus sign."""
    sign = "-" if ms < 0 else ""
    return sign + format_clock(abs(ms) // 1000)


def format_signed(ms: int) -> str:
    """A signed difference for plan-versus-actual: "+1:12", "-0:40", "±0:00"."""
    seconds = abs(ms) // 1000
    if seconds == 0:
        return "±0:00"
    return ("+" if ms > 0 else "-") + format_clock(seconds)


def to_yaml_duration(ms: int) -> str:
    """Render milliseconds back as a show-file duration ("15m", "1h30m", "90s")."""
    seconds = ms // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{v}{u}" for v, u in ((hours, "h"), (minutes, "m"), (secs, "s")) if v]
    return "".join(parts) or "0s"
