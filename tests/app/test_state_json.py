"""Snapshot -> JSON state object: pure, checked against a real engine on fake clocks."""

from __future__ import annotations

import json
from pathlib import Path

from runofshow.app.state_json import state_json
from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.loader import load_show


def _engine(path: Path, clocks: FakeClocks) -> Engine:
    return Engine(load_show(path), clocks)


def test_running_state_counts_and_offsets(bundled_show_path: Path, clocks: FakeClocks) -> None:
    engine = _engine(bundled_show_path, clocks)
    engine.start()
    clocks.advance(61_500)
    state = state_json(engine.snapshot(), engine.show)
    assert state["state"] == "running"
    assert state["running"] is True
    assert state["elapsed_ms"] == 61_500
    assert state["remaining_ms"] == 300_000 - 61_500
    assert state["countdown"] == "3:59"
    assert state["progress"] == round(61_500 / 300_000, 4)
    assert state["actual_start"] is not None
    assert state["actual_start"].endswith("+09:00")
    assert state["now"].endswith("+09:00")
    assert state["schedule"][0]["actual_start"] == state["actual_start"]
    assert state["schedule"][0]["done"] is False
    # the fake wall clock says 12:50 JST: started 10 minutes before the planned 13:00
    assert state["offset_ms"] == -600_000
    assert state["offset"] == "-10:00"
    assert state["schedule"][1]["offset_ms"] == -600_000
    json.dumps(state)  # serialisable as is


def test_phase_and_overtime(bundled_show_path: Path, clocks: FakeClocks) -> None:
    engine = _engine(bundled_show_path, clocks)
    engine.start()
    clocks.advance(300_000 + 2_000)
    state = state_json(engine.snapshot(), engine.show)
    assert state["phase"] == "overtime"
    assert state["overtime_ms"] == 2_000
    assert state["countdown"] == "+0:02"


def test_last_segment_has_no_next_and_done_rows(
    bundled_show_path: Path, clocks: FakeClocks
) -> None:
    engine = _engine(bundled_show_path, clocks)
    engine.start()
    clocks.advance(5_000)
    assert engine.goto("closing").ok
    state = state_json(engine.snapshot(), engine.show)
    assert state["next_segment"] is None
    assert state["segment"]["index"] == 5
    assert state["schedule"][0]["done"] is True
    assert state["schedule"][0]["actual_end"] is not None
    assert state["schedule"][0]["offset_ms"] is not None


def test_message_flash_window(bundled_show_path: Path, clocks: FakeClocks) -> None:
    engine = _engine(bundled_show_path, clocks)
    engine.set_message("  巻きでお願いします ", flash=True)
    clocks.advance(1_000)
    state = state_json(engine.snapshot(), engine.show)
    assert state["message"]["text"] == "巻きでお願いします"
    assert state["message"]["flash"] is True
    assert state["message"]["flash_left_ms"] == 2_000
    clocks.advance(5_000)
    assert state_json(engine.snapshot(), engine.show)["message"]["flash_left_ms"] == 0
    engine.set_message("steady", flash=False)
    assert state_json(engine.snapshot(), engine.show)["message"]["flash_left_ms"] == 0


def test_the_next_hard_start_and_whether_the_current_segment_is_squeezed() -> None:
    from datetime import UTC, datetime

    from runofshow.core.loader import load_show_text
    from tests.app.test_questions import AFTERNOON

    clocks = FakeClocks(now=datetime(2022, 9, 12, 5, 47, tzinfo=UTC))  # 14:47 JST
    show = load_show_text(AFTERNOON, "afternoon.yaml")
    engine = Engine(show, clocks)
    data = state_json(engine.snapshot(), show)
    assert data["hard_start"] == {
        "segment": "pinned", "index": 2, "title": "Pinned talk",
        "at": "2022-09-12T15:00:00+09:00", "in_ms": 13 * 60_000, "fit": "none",
        "squeezed": False, "pinned": False, "due": False, "auto": False,
    }  # fmt: skip
    assert data["schedule"][2]["hard_start"] == "2022-09-12T15:00:00+09:00"
    assert data["schedule"][1]["hard_start"] is None and data["far"] is None
    engine.start()
    clocks.advance(10 * 60_000 + 40_000)
    engine.next()
    data = state_json(engine.snapshot(), show)
    assert data["hard_start"]["squeezed"] and data["hard_start"]["pinned"]
    assert data["remaining_ms"] == 140_000 and data["countdown"] == "2:20"
    assert data["schedule"][2]["projected_start"] == "2022-09-12T15:00:00+09:00"


def test_a_far_off_plan_has_its_date_and_no_offset_of_thousands_of_hours(
    bundled_show_path: Path,
) -> None:
    from datetime import UTC, datetime

    show = load_show(bundled_show_path)
    engine = Engine(show, FakeClocks(now=datetime(2025, 3, 1, tzinfo=UTC)))
    data = state_json(engine.snapshot(), show)
    assert data["far"] == {
        "planned_start": "2022-09-12T13:00:00+09:00",
        "text": {"en": "Mon 12 Sep 2022 13:00 JST", "ja": "2022年9月12日(月) 13:00 JST"},
    }
    assert data["offset"] == "planned for Mon 12 Sep 2022 13:00 JST"
    assert data["hard_start"] is None
