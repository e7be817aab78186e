"""The one datetime <-> epoch milliseconds helper: exact, and right across a DST change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from runofshow.core.timestamps import epoch_ms, from_epoch_ms, ms_between

BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")


def test_epoch_ms_is_exact_and_drops_microseconds() -> None:
    assert epoch_ms(datetime(1970, 1, 1, tzinfo=UTC)) == 0
    assert epoch_ms(datetime(2022, 9, 12, 13, 0, tzinfo=TOKYO)) == 1_662_955_200_000
    assert epoch_ms(datetime(2022, 9, 12, 4, 0, 0, 999, tzinfo=UTC)) == 1_662_955_200_000
    far = datetime(9999, 12, 31, 23, 59, 59, 999_000, tzinfo=UTC)
    assert epoch_ms(far) % 1000 == 999  # no float rounding far from 1970


def test_ms_between_counts_real_time_across_a_dst_change() -> None:
    before = datetime(2024, 3, 31, 1, 30, tzinfo=BERLIN)  # CET
    after = datetime(2024, 3, 31, 3, 30, tzinfo=BERLIN)  # CEST: one real hour later
    assert after - before == timedelta(hours=2)  # what plain subtraction says (wall clock)
    assert ms_between(before, after) == 3_600_000
    assert ms_between(after, before) == -3_600_000


@given(st.integers(min_value=-(10**13), max_value=10**14))
def test_round_trip(ms: int) -> None:
    for tz in (UTC, TOKYO, BERLIN):
        moment = from_epoch_ms(ms, tz)
        assert moment.tzinfo is tz
        assert epoch_ms(moment) == ms
