"""The browser views in Debian's Chromium (Playwright, sync API) against a headless subprocess.

Nothing is downloaded: Playwright drives /usr/bin/chromium. Waits are condition waits
(wait_for_function with a timeout); the countdown needs real seconds to pass.
"""

from __future__ import annotations

import signal
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.e2e.headless_server import HeadlessServer, show_starting_now

pytestmark = [pytest.mark.slow, pytest.mark.browser]

UPDATE_BUDGET_S = 0.200  # POST /api/next -> new title on the page


@pytest.fixture
def server(tmp_path: Path, isolated_data_dir: Path) -> Iterator[HeadlessServer]:
    instance = HeadlessServer(show_starting_now(tmp_path), isolated_data_dir)
    yield instance
    instance.kill()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="ja-JP")
    yield context.new_page()
    context.close()


def _text(page: Page, element_id: str) -> str:
    return str(page.eval_on_selector(f"#{element_id}", "e => e.textContent"))


def _wait_state(page: Page, condition: str, timeout: float = 5000) -> None:
    page.wait_for_function(
        f"() => {{ const s = window.runofshowState; return !!s && ({condition}); }}",
        timeout=timeout,
    )


def _wait_text_change(page: Page, element_id: str, before: str, timeout: float = 3000) -> None:
    page.wait_for_function(
        "([id, before]) => document.getElementById(id).textContent !== before",
        arg=[element_id, before],
        timeout=timeout,
    )


def test_speaker_ticks_and_follows_the_api_within_200_ms(
    server: HeadlessServer, page: Page, screenshot_dir: Path
) -> None:
    assert server.request("POST", "/api/start")[0] == 200
    page.goto(server.base + "/speaker")
    _wait_state(page, "s.state === 'running'")
    assert _text(page, "title") == "オープニング・イベントの趣旨"
    assert _text(page, "phase-label") == "TIME LEFT"
    before = _text(page, "countdown")
    assert before.startswith("4:5") or before == "5:00"
    _wait_text_change(page, "countdown", before)  # it ticks
    font_variant = page.eval_on_selector(
        "#countdown", "e => getComputedStyle(e).fontVariantNumeric"
    )
    assert "tabular-nums" in font_variant
    assert page.is_hidden("#conn")

    latencies = []
    for _ in range(4):  # opening -> the panel; the closing still comes next
        current = _text(page, "title")
        started = time.perf_counter()
        status, body = server.request("POST", "/api/next")
        assert status == 200
        expected = body["state"]["segment"]["title"]
        page.wait_for_function(
            "([before]) => document.getElementById('title').textContent !== before",
            arg=[current],
            polling="raf",
            timeout=2000,
        )
        latencies.append(time.perf_counter() - started)
        assert _text(page, "title") == expected
    print(f"POST /api/next -> page updated: {[round(x * 1000, 1) for x in latencies]} ms")
    # The median must meet the budget; one scheduling hiccup on a loaded 2-core machine may
    # take it to twice that, never more.
    assert statistics.median(latencies) < UPDATE_BUDGET_S, latencies
    assert max(latencies) < 2 * UPDATE_BUDGET_S, latencies

    # cue card, next segment and a message banner, then the screenshot
    assert _text(page, "cue-head").startswith("Card 1/")
    assert _text(page, "next").startswith("Next: ")
    status, _ = server.request("POST", "/api/message", {"text": "あと5分でお願いします"})
    assert status == 200
    page.wait_for_selector("#banner:not(.hidden)", timeout=2000)
    assert _text(page, "banner") == "あと5分でお願いします"
    page.screenshot(path=str(screenshot_dir / "web-speaker.png"))
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(screenshot_dir / "web-speaker-phone.png"))

    # blackout hides everything
    server.request("POST", "/api/blackout", {"on": True})
    page.wait_for_selector("#blackout:not(.hidden)", timeout=2000)


def test_flash_is_at_most_3_hz_and_stops_within_3_s(server: HeadlessServer, page: Page) -> None:
    server.request("POST", "/api/start")
    page.goto(server.base + "/speaker")
    _wait_state(page, "s.state === 'running'")
    server.request("POST", "/api/message", {"text": "巻きで！", "flash": True})
    page.wait_for_selector("#banner.flash", timeout=2000)
    duration = page.eval_on_selector("#banner", "e => getComputedStyle(e).animationDuration")
    assert float(duration.rstrip("s")) >= 1 / 3  # one flash per period: <= 3 per second
    page.wait_for_selector("#banner:not(.flash)", timeout=4500)  # stops after <= 3 s
    assert page.is_visible("#banner")


def test_overlay_options_and_transparency(
    server: HeadlessServer, page: Page, screenshot_dir: Path
) -> None:
    server.request("POST", "/api/start")
    server.request("POST", "/api/next")
    page.goto(server.base + "/overlay?layout=box&show=title,countdown,speaker")
    _wait_state(page, "s.segment.id === 'talk-dev-env'")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.is_visible("#ov-title")
    assert page.is_visible("#ov-speaker")
    assert page.is_hidden("#ov-cue")
    assert _text(page, "ov-title") == "ローカル開発環境をAWSへ移行した話"
    before = _text(page, "ov-countdown")
    _wait_text_change(page, "ov-countdown", before)
    page.screenshot(path=str(screenshot_dir / "web-overlay-box.png"), omit_background=True)
    page.goto(server.base + "/overlay?layout=bar&show=countdown,cue&theme=light")
    _wait_state(page, "true")
    assert page.is_hidden("#ov-title")
    assert page.is_visible("#ov-cue")
    assert page.eval_on_selector("body", "e => e.classList.contains('light')")
    page.screenshot(path=str(screenshot_dir / "web-overlay-bar.png"), omit_background=True)


def test_agenda_shows_plan_actual_and_projection(
    server: HeadlessServer, page: Page, screenshot_dir: Path
) -> None:
    server.request("POST", "/api/start")
    server.request("POST", "/api/time", {"seconds": 120})
    server.request("POST", "/api/next")
    page.goto(server.base + "/agenda")
    _wait_state(page, "s.segment.index === 1")
    page.wait_for_selector("#rows tr:nth-child(6)", timeout=2000)
    rows = page.eval_on_selector_all("#rows tr", "rows => rows.map(r => r.innerText)")
    assert len(rows) == 6
    assert "パネルディスカッション" in rows[4]
    assert page.eval_on_selector("#rows tr:nth-child(2)", "e => e.className") == "current"
    assert page.eval_on_selector("#rows tr:nth-child(1)", "e => e.className") == "done"
    assert _text(page, "projected-end")
    page.screenshot(path=str(screenshot_dir / "web-agenda.png"), full_page=True)


def test_page_says_reconnecting_keeps_counting_and_recovers(
    tmp_path: Path, isolated_data_dir: Path, page: Page
) -> None:
    show = show_starting_now(tmp_path)
    first = HeadlessServer(show, isolated_data_dir)
    port = first.port
    try:
        first.request("POST", "/api/start")
        first.request("POST", "/api/goto/panel", {"confirm": True})
        page.goto(first.base + "/speaker")
        _wait_state(page, "s.segment.id === 'panel'")
        assert page.is_hidden("#conn")
    finally:
        first.kill()  # a crash: no clean exit, so the restarted app resumes the show
    page.wait_for_selector("#conn:not(.hidden)", timeout=5000)
    assert "reconnecting" in _text(page, "conn")
    before = _text(page, "countdown")
    _wait_text_change(page, "countdown", before)  # still counting locally while disconnected
    second = HeadlessServer(show, isolated_data_dir, port)
    try:
        assert second.port == port
        page.wait_for_selector("#conn.hidden", state="attached", timeout=15_000)
        assert page.evaluate("document.body.dataset.connected") == "yes"
        _wait_state(page, "s.segment.id === 'panel' && s.state === 'running'")
        assert second.request("POST", "/api/next")[0] == 200
        _wait_state(page, "s.segment.id === 'closing'", timeout=2000)
    finally:
        assert second.stop(signal.SIGTERM) == 0
