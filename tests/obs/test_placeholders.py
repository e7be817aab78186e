"""Placeholders filled in from snapshots: before the show, during a segment, after it."""

from __future__ import annotations

from pathlib import Path

from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.loader import load_show_text
from runofshow.core.obs_plan import Where
from runofshow.obs.placeholders import render, target_for, texts_for, values
from runofshow.paths import bundled_show
from tests.obs.support import SHOW


def test_values_before_during_and_after(clocks: FakeClocks) -> None:
    show = load_show_text(SHOW, "show.yaml")
    engine = Engine(show, clocks)
    snap = engine.snapshot()
    assert target_for(show.obs, snap).key == ("before",)  # type: ignore[arg-type]
    before = values(show, snap, Where.BEFORE)
    assert before == {"show_title": "Test show", "show_start": "13:00", "until_start": "10:00",
                      "next_title": "One", "next_start": "13:00"}  # fmt: skip
    clocks.advance(11 * 60_000)  # past the planned start: the countdown stays at zero
    assert values(show, engine.snapshot(), Where.BEFORE)["until_start"] == "0:00"
    engine.start()
    clocks.advance(10 * 60_000 + 5_000)  # five seconds over
    during = values(show, engine.snapshot(), Where.SEGMENT)
    assert during["remaining"] == "+0:05" and during["speakers"] == "Ann (SRE), Bo (SRE)"
    assert during["speaker_names"] == "Ann, Bo" and during["team"] == "SRE"
    assert during["next_title"] == "Two" and during["next_start"] == "13:11"
    engine.end_show()
    after = engine.snapshot()
    assert target_for(show.obs, after).key == ("after",)  # type: ignore[arg-type]
    assert values(show, after, Where.AFTER) == {"show_title": "Test show", "show_start": "13:00"}


def test_render_keeps_literal_braces() -> None:
    assert render("{{{title}}} – {team}", {"title": "T", "team": ""}) == "{T} – "


def test_the_bundled_show_texts(clocks: FakeClocks, tmp_path: Path) -> None:
    show = load_show_text(bundled_show().read_text(encoding="utf-8"), "show.yaml")
    engine = Engine(show, clocks)
    engine.start()
    for _ in range(4):
        engine.next()
    snap = engine.snapshot()
    assert show.obs is not None
    texts = texts_for(target_for(show.obs, snap), show, snap)
    assert texts["Panel names"] == "@convto, @k_omotani, @uncle__ko, @yuu26"
    assert texts["Panel title"].startswith("パネルディスカッション")
