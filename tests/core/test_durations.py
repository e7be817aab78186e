from __future__ import annotations

import pytest

from runofshow.core.durations import (
    DurationError,
    format_countdown,
    format_signed,
    ms_until_shown_change,
    parse_duration,
    shown_seconds,
)


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        (90, 90_000),
        ("90", 90_000),
        ("90s", 90_000),
        ("15m", 900_000),
        ("1h30m", 5_400_000),
        ("1h 30m 15s", 5_415_000),
        ("2:30", 150_000),
        ("1:30:00", 5_400_000),
        ("0:00:05", 5_000),
    ],
)
def test_accepted_forms(text: object, ms: int) -> None:
    assert parse_duration(text) == ms


@pytest.mark.parametrize(
    "bad", [0, -5, "0m", "-5m", "", "abc", "1:75", "1:60:00", True, 1.5, None, "15 minutes"]
)
def test_refused_forms(bad: object) -> None:
    with pytest.raises(DurationError):
        parse_duration(bad)


@pytest.mark.parametrize(
    ("remaining", "shown", "text"),
    [
        (900_000, 900, "15:00"),
        (899_001, 900, "15:00"),
        (899_000, 899, "14:59"),
        (1, 1, "0:01"),
        (0, 0, "0:00"),
        (-999, 0, "0:00"),
        (-1000, -1, "+0:01"),
        (-72_500, -72, "+1:12"),
    ],
)
def test_shown_countdown(remaining: int, shown: int, text: str) -> None:
    assert shown_seconds(remaining) == shown
    assert format_countdown(remaining) == text


@pytest.mark.parametrize(
    ("remaining", "wait"), [(900_000, 1000), (899_400, 400), (1, 1), (0, 1000), (-300, 700)]
)
def test_next_change(remaining: int, wait: int) -> None:
    assert ms_until_shown_change(remaining) == wait
    assert shown_seconds(remaining - wait) != shown_seconds(remaining)
    assert shown_seconds(remaining - wait + 1) == shown_seconds(remaining)


def test_signed() -> None:
    assert format_signed(135_000) == "+2:15"
    assert format_signed(-40_000) == "-0:40"
    assert format_signed(400) == "±0:00"
