"""Display formatting used by the console (formatting only; numbers come from snapshots)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from runofshow.core.snapshot import Pace, Phase
from runofshow.qt.console import formatting as fmt

TOKYO = ZoneInfo("Asia/Tokyo")


def test_time_of_day_in_the_show_time_zone() -> None:
    moment = datetime(2022, 9, 12, 4, 5, 9, tzinfo=UTC)
    assert fmt.time_of_day(moment, TOKYO) == "13:05"
    assert fmt.time_of_day_seconds(moment, TOKYO) == "13:05:09"
    assert fmt.time_of_day(None) == "–"


@pytest.mark.parametrize(
    ("offset_ms", "text"),
    [(135_000, "2:15 behind"), (-40_000, "0:40 ahead"), (999, "on time"), (0, "on time")],
)
def test_offset(offset_ms: int, text: str) -> None:
    assert fmt.offset(offset_ms) == text


@pytest.mark.parametrize(
    ("phase", "overtime_ms", "text"),
    [
        (Phase.NORMAL, 0, "TIME LEFT"),
        (Phase.WARNING, 0, "WRAP UP"),
        (Phase.DANGER, 0, "DANGER"),
        (Phase.OVERTIME, 72_000, "OVER +1:12"),
        (Phase.OVERTIME, 1, "OVER +0:00"),
        (Phase.OVERTIME, 3_600_000, "OVER +1:00:00"),
    ],
)
def test_phase_label(phase: Phase, overtime_ms: int, text: str) -> None:
    assert fmt.phase_label(phase, overtime_ms) == text


def test_pace_and_targets() -> None:
    assert fmt.pace(Pace.BEHIND, 70_000) == "1:10 behind"
    assert fmt.pace(Pace.AHEAD, 30_000) == "0:30 ahead"
    assert fmt.pace(Pace.ON_PACE, 0) == "on pace"
    assert fmt.pace(Pace.NONE, 0) == ""
    assert fmt.target(300_000) == "@ 5:00"
    assert fmt.target(None) == ""
    assert fmt.countdown(-72_000) == "+1:12"
    assert fmt.duration(900_000) == "15:00"
