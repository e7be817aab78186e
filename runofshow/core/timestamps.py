"""Datetimes as epoch milliseconds, the one way: every part of the app that turns an aware
datetime into milliseconds (the schedule, the state document, the timeline, the run store)
uses these.

Integer arithmetic on timedeltas, never ``timestamp() * 1000`` (a float that loses
microseconds far from 1970) and never ``later - earlier`` on two datetimes of one
``ZoneInfo`` (Python then subtracts wall readings, so a night with a DST change would be an
hour off): both ends go to UTC milliseconds first.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)


def epoch_ms(when: datetime) -> int:
    """An aware datetime as integer epoch milliseconds (sub-millisecond part dropped)."""
    return (when - EPOCH) // _MS


def from_epoch_ms(ms: int, tz: tzinfo | None) -> datetime:
    """Epoch milliseconds as an aware datetime in ``tz`` (None: the machine's zone)."""
    return (EPOCH + timedelta(milliseconds=ms)).astimezone(tz)


def ms_between(earlier: datetime, later: datetime) -> int:
    """Milliseconds from ``earlier`` to ``later`` (negative when ``later`` is before)."""
    return epoch_ms(later) - epoch_ms(earlier)
