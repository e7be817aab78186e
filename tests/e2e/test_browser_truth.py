"""The browser pages tell the truth too, on a phone as well: hard starts on /agenda with
offsets in words and the wide columns under the title, no text under 14 px on /speaker,
pause and far-off dates in words, and /overlay marks rehearsals. Screenshots are kept."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser, Page

from runofshow.paths import bundled_show
from tests.e2e.headless_server import HeadlessServer, show_starting_now
from tests.e2e.test_browser import _text, _wait_state, browser  # noqa: F401

pytestmark = [pytest.mark.slow, pytest.mark.browser]

PHONE = {"width": 390, "height": 844}
THOUSANDS_OF_HOURS = re.compile(r"\d{3,}:\d\d:\d\d")


def show_with_a_hard_start(folder: Path) -> tuple[Path, str]:
    """Today's show with the panel pinned five minutes after its planned start."""
    path = show_starting_now(folder)
    text = path.read_text(encoding="utf-8")
    start = re.search(r"starts_at: (\S+)", text)
    assert start is not None
    pinned = datetime.fromisoformat(start.group(1)) + timedelta(minutes=55)
    at = pinned.astimezone(ZoneInfo("Asia/Tokyo")).strftime("%H:%M")
    text = text.replace("  - id: panel\n    kind: panel\n",
                        f'  - id: panel\n    kind: panel\n    starts_at: "{at}"\n')  # fmt: skip
    path.write_text(text, encoding="utf-8")
    return path, at


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:  # noqa: F811
    context = browser.new_context(viewport=PHONE, locale="ja-JP", device_scale_factor=2)
    yield context.new_page()
    context.close()


def small_texts(page: Page) -> list[str]:
    """Visible text whose computed font size is under 14 CSS px."""
    return list(
        page.evaluate(
            """() => {
              const out = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const node = walker.currentNode;
                const el = node.parentElement;
                if (!node.textContent.trim() || !el) continue;
                const box = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                if (box.width === 0 || style.display === "none" || style.visibility === "hidden")
                  continue;
                if (parseFloat(style.fontSize) < 14)
                  out.push(node.textContent.trim() + " @ " + style.fontSize);
              }
              return out;
            }"""
        )
    )


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_agenda_on_a_phone_with_a_hard_start(
    tmp_path: Path, isolated_data_dir: Path, phone: Page, screenshot_dir: Path, lang: str
) -> None:
    show, at = show_with_a_hard_start(tmp_path)
    server = HeadlessServer(show, isolated_data_dir)
    try:
        assert server.request("POST", "/api/start")[0] == 200
        server.request("POST", "/api/time", {"seconds": 120})
        phone.goto(f"{server.base}/agenda?lang={lang}")
        _wait_state(phone, "s.state === 'running'")
        phone.wait_for_selector("#rows tr:nth-child(6)", timeout=3000)
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        hidden = phone.eval_on_selector_all(
            "#rows td.wide", "cells => cells.every(c => getComputedStyle(c).display === 'none')"
        )
        assert hidden, "the wide columns must move under the title on a phone"
        panel = phone.eval_on_selector("#rows tr.hard", "r => r.innerText")
        pin = "⚑ hard start " if lang == "en" else "⚑ 固定開始 "
        assert pin + at in panel
        assert phone.is_visible("#next-hard-box") and at in _text(phone, "next-hard")
        subs = phone.eval_on_selector_all("#rows .sub", "s => s.map(e => e.innerText)")
        assert any(("behind" if lang == "en" else "押し") in sub for sub in subs), subs
        assert not any(re.search(r"(^|\s)[+-]\d+:\d\d", sub) for sub in subs), subs  # words
        offset = _text(phone, "offset")
        assert offset.endswith(" behind") if lang == "en" else offset.endswith(" 押し")
        assert small_texts(phone) == []
        phone.screenshot(path=str(screenshot_dir / f"web-agenda-phone-{lang}.png"), full_page=True)
    finally:
        server.kill()


def test_speaker_on_a_phone_has_no_text_under_14_px_and_pause_is_plain(
    tmp_path: Path, isolated_data_dir: Path, phone: Page, screenshot_dir: Path
) -> None:
    server = HeadlessServer(show_starting_now(tmp_path), isolated_data_dir)
    try:
        server.request("POST", "/api/start")
        server.request("POST", "/api/next")  # a talk with cue cards
        phone.goto(server.base + "/speaker?lang=ja")
        _wait_state(phone, "s.segment.index === 1")
        phone.wait_for_selector("#cue:not(.hidden)", timeout=3000)
        assert _text(phone, "cue-next").startswith("次のカード: ")
        assert small_texts(phone) == []
        phone.screenshot(path=str(screenshot_dir / "web-speaker-phone-ja.png"))
        server.request("POST", "/api/pause")
        _wait_state(phone, "s.state === 'paused'")
        assert _text(phone, "phase-label") == "一時停止中"
        outline = phone.eval_on_selector("#countdown", "e => getComputedStyle(e).outlineStyle")
        assert outline == "dashed"
        assert small_texts(phone) == []
        phone.screenshot(path=str(screenshot_dir / "web-speaker-phone-paused-ja.png"))
    finally:
        server.kill()


def test_a_show_far_from_its_date_shows_the_date_on_every_page(
    isolated_data_dir: Path, phone: Page, screenshot_dir: Path
) -> None:
    server = HeadlessServer(bundled_show(), isolated_data_dir)  # dated 2022-09-12
    try:
        phone.goto(server.base + "/speaker?lang=en")
        _wait_state(phone, "s.far !== null")
        assert _text(phone, "phase-label") == "PLANNED FOR"
        assert _text(phone, "countdown") == "Mon 12 Sep 2022 13:00 JST"
        phone.screenshot(path=str(screenshot_dir / "web-speaker-phone-far.png"))
        phone.goto(server.base + "/agenda?lang=ja")
        _wait_state(phone, "s.far !== null")
        phone.wait_for_selector("#rows tr:nth-child(6)", timeout=3000)
        assert _text(phone, "offset") == "予定 2022年9月12日(月) 13:00 JST"
        body = phone.evaluate("document.body.innerText")
        assert not THOUSANDS_OF_HOURS.search(body), body
        phone.screenshot(path=str(screenshot_dir / "web-agenda-phone-far-ja.png"), full_page=True)
        status, reply = server.request("POST", "/api/start", {"plan": "as_planned"})
        assert status == 200 and reply["state"]["far"] is not None
        phone.goto(server.base + "/speaker?lang=en")
        _wait_state(phone, "s.state === 'running'")
        assert _text(phone, "offset") == "planned for Mon 12 Sep 2022 13:00 JST"
        assert not THOUSANDS_OF_HOURS.search(phone.evaluate("document.body.innerText"))
    finally:
        server.kill()


def test_the_overlay_marks_a_rehearsal_unless_asked_not_to(
    tmp_path: Path, isolated_data_dir: Path, phone: Page, screenshot_dir: Path
) -> None:
    server = HeadlessServer(show_starting_now(tmp_path), isolated_data_dir, 0, "--rehearse")
    try:
        server.request("POST", "/api/start")
        page = phone
        page.set_viewport_size({"width": 1280, "height": 200})
        page.goto(server.base + "/overlay?layout=bar&show=title,countdown")
        _wait_state(page, "s.rehearsal && s.state === 'running'")
        assert page.is_visible("#ov-rehearsal") and _text(page, "ov-rehearsal") == "REHEARSAL"
        page.screenshot(
            path=str(screenshot_dir / "web-overlay-rehearsal.png"), omit_background=True
        )
        page.goto(server.base + "/overlay?layout=bar&show=title,countdown&rehearsal=hide")
        _wait_state(page, "s.rehearsal")
        assert page.is_hidden("#ov-rehearsal")
        server.request("POST", "/api/pause")
        _wait_state(page, "s.state === 'paused'")
        assert page.is_visible("#ov-status") and _text(page, "ov-status") == "PAUSED"
    finally:
        server.kill()
