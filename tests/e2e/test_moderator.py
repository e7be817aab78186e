"""/moderator on a tablet, in Debian's Chromium through Playwright (nothing downloaded):
the question on air large, the next ones, the panel's time; taps mark answered, skip and
take the next; the access token rules; a question marked answered on the tablet shows in
the console; and the automatic checks (fits the viewport, 44 px targets, 14 px text)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from pytestqt.qtbot import QtBot

from runofshow.app.outcome import Surface
from runofshow.app.wiring import RunOptions
from runofshow.desktop import build_desktop
from tests.e2e.headless_server import HeadlessServer, show_starting_now
from tests.e2e.page_checks import overflow, small_targets, small_text
from tests.e2e.test_browser import CHROMIUM, CHROMIUM_ARGS

pytestmark = [pytest.mark.slow, pytest.mark.browser]

TABLETS = {"landscape": (1024, 768), "portrait": (768, 1024)}  # a 10-inch tablet
CHAT = "チャット：EC2の開発環境、月額コストはどのくらい変わりましたか？"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def tablet(browser: Browser, orientation: str = "landscape") -> Page:
    width, height = TABLETS[orientation]
    context = browser.new_context(
        viewport={"width": width, "height": height},
        device_scale_factor=2,
        has_touch=True,
        locale="ja-JP",
    )
    return context.new_page()


def wait_for_queue(page: Page) -> None:
    page.wait_for_function(
        "() => window.runofshowState && document.querySelector('#md-list li[data-id]')",
        timeout=10_000,
    )


def text(page: Page, element_id: str) -> str:
    return str(page.eval_on_selector(f"#{element_id}", "e => e.textContent"))


def questions(server: HeadlessServer) -> list[dict[str, Any]]:
    status, body = server.request("GET", "/api/questions?segment=panel")
    assert status == 200
    return list(body["questions"])


@pytest.fixture
def server(tmp_path: Path, isolated_data_dir: Path) -> Iterator[HeadlessServer]:
    instance = HeadlessServer(show_starting_now(tmp_path), isolated_data_dir)
    yield instance
    instance.kill()


def test_the_moderator_runs_the_panel_from_a_tablet(
    server: HeadlessServer, browser: Browser, screenshot_dir: Path
) -> None:
    server.request("POST", "/api/start")
    server.request("POST", "/api/goto/panel")
    status, _ = server.request("POST", "/api/questions", {"text": CHAT, "asker": "@viewer"})
    assert status == 200
    page = tablet(browser)
    page.goto(server.base + "/moderator?lang=ja")  # from localhost: the buttons work
    wait_for_queue(page)
    assert page.is_hidden("#md-readonly")
    assert text(page, "md-label") == "オンエア中の質問はありません"
    assert text(page, "md-time-label") == "残り時間"
    assert page.eval_on_selector_all("#md-list li", "items => items.length") == 6
    assert page.is_disabled("#md-answered") and page.is_enabled("#md-next")

    page.tap("#md-next")  # take the next question
    page.wait_for_function("() => document.body.dataset.onair === 'yes'", timeout=5_000)
    first = questions(server)[0]
    assert first["status"] == "on_air"
    assert text(page, "md-text") == first["text"]
    assert text(page, "md-label") == "オンエア中 · 事前準備"
    assert page.eval_on_selector_all("#md-list li", "items => items.length") == 5
    page.tap("#md-next")  # the next one: the first is answered
    page.wait_for_function(
        "([id]) => document.getElementById('md-text').textContent !== id",
        arg=[first["text"]],
        timeout=5_000,
    )
    page.tap("#md-answered")
    page.wait_for_function("() => document.body.dataset.onair === 'no'", timeout=5_000)
    assert [q["status"] for q in questions(server)][:2] == ["answered", "answered"]
    page.tap("#md-skip")  # nothing on air: the first waiting one is skipped
    page.wait_for_function(
        "() => document.getElementById('md-counts').textContent.includes('スキップ 1')",
        timeout=5_000,
    )
    assert questions(server)[2]["status"] == "skipped"
    status, _ = server.request("POST", "/api/questions/next")
    assert status == 200
    page.wait_for_function("() => document.body.dataset.onair === 'yes'", timeout=5_000)

    # A long queue scrolls inside its box; the page itself still fits the tablet.
    for _ in range(10):
        server.request("POST", "/api/questions", {"text": f"チャットの質問 {_ + 1}"})
    page.wait_for_function(
        "() => document.querySelectorAll('#md-list li[data-id]').length === 12", timeout=5_000
    )
    for orientation, (width, height) in TABLETS.items():
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(100)  # one layout pass
        assert overflow(page) == [], orientation
        assert small_targets(page) == [], orientation
        assert small_text(page) == [], orientation
        page.screenshot(path=str(screenshot_dir / f"moderator-{orientation}-ja.png"))


def test_the_access_token_rules(tmp_path: Path, isolated_data_dir: Path, browser: Browser) -> None:
    server = HeadlessServer(show_starting_now(tmp_path), isolated_data_dir, 0, "--lan")
    try:
        token = (isolated_data_dir / "token").read_text(encoding="utf-8").strip()
        page = tablet(browser, "portrait")
        refused = page.goto(server.base + "/moderator")
        assert refused is not None and refused.status == 401  # no token: nothing at all
        page.goto(server.base + f"/moderator?token={token}&lang=ja")
        wait_for_queue(page)
        assert page.is_hidden("#md-readonly") and page.is_enabled("#md-next")
        page.tap("#md-next")  # the token (then its cookie) lets the tablet act
        page.wait_for_function("() => document.body.dataset.onair === 'yes'", timeout=5_000)
        assert overflow(page) == [] and small_targets(page) == [] and small_text(page) == []
    finally:
        server.kill()


def _tablet_session(url: str, steps: queue.Queue[str], results: queue.Queue[object]) -> None:
    """The moderator's tablet, on its own thread (the console's event loop keeps running)."""
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = tablet(browser)
                page.goto(url)
                wait_for_queue(page)
                on_air = "() => document.body.dataset.onair === 'yes'"
                page.wait_for_function(on_air, timeout=10_000)
                results.put(text(page, "md-text"))
                assert steps.get(timeout=30) == "answer"
                page.tap("#md-answered")
                page.wait_for_function("() => document.body.dataset.onair === 'no'", timeout=10_000)
                results.put(text(page, "md-counts"))
            finally:
                browser.close()
    except Exception as error:  # reported to the test on the main thread
        results.put(error)


def test_answered_on_the_tablet_shows_in_the_console(
    qtbot: QtBot, tmp_path: Path, isolated_data_dir: Path
) -> None:
    _app, desktop = build_desktop(RunOptions(show=show_starting_now(tmp_path), port=0, lang="ja"))
    try:
        console, session = desktop.console, desktop.session
        console.resize(1600, 900)
        console.show()
        desktop.start_server()
        assert desktop.server is not None
        for name, args in (("start", {}), ("goto", {"segment": "panel"}), ("question_next", {})):
            assert session.execute(name, args, surface=Surface.KEYBOARD).ok
        panel = console.questions
        on_air = panel.questions()[0]
        steps: queue.Queue[str] = queue.Queue()
        results: queue.Queue[object] = queue.Queue()
        url = desktop.server.urls()["moderator"]
        thread = threading.Thread(target=_tablet_session, args=(url, steps, results))
        thread.start()
        try:
            qtbot.waitUntil(lambda: not results.empty(), timeout=30_000)
            shown = results.get()
            assert shown == on_air.text, shown
            steps.put("answer")
            qtbot.waitUntil(lambda: panel.questions()[0].status.value == "answered", timeout=15_000)
            assert panel.on_air_text.isHidden()  # the console shows it at once
            assert "回答済み" in panel.list.item(0).text()
            qtbot.waitUntil(lambda: not results.empty(), timeout=15_000)
            counts = results.get()
            assert counts == "待ち 4 · 回答済み 1 · スキップ 0", counts
        finally:
            steps.put("stop")
            qtbot.waitUntil(lambda: not thread.is_alive(), timeout=30_000)  # serving it meanwhile
            thread.join()
    finally:
        desktop.shutdown()
        desktop.translations.switch("en")  # the next tests in this process read English


def test_a_view_only_link_says_so_and_has_no_buttons(
    server: HeadlessServer, browser: Browser, screenshot_dir: Path
) -> None:
    """The page asks GET /api/access ("view" or "control", the two LAN roles); until this
    server has that endpoint, the answer the view token gets is stood in for here."""
    server.request("POST", "/api/start")
    server.request("POST", "/api/goto/panel")
    server.request("POST", "/api/questions/next")
    page = tablet(browser)
    page.route(
        "**/api/access*",
        lambda route: route.fulfill(json={"role": "view", "token_required": True}),
    )
    page.goto(server.base + "/moderator?lang=ja")
    wait_for_queue(page)
    page.wait_for_selector("#md-readonly:not(.hidden)", timeout=5_000)
    assert text(page, "md-readonly").startswith("閲覧専用")
    assert page.is_hidden("#md-actions")
    assert text(page, "md-label").startswith("オンエア中")  # it still shows everything
    assert overflow(page) == [] and small_targets(page) == [] and small_text(page) == []
    page.screenshot(path=str(screenshot_dir / "moderator-view-only-ja.png"))

    # A server that refuses a tap (403 read_only) turns the page read-only as well.
    other = tablet(browser)
    other.route(
        "**/api/questions/next",
        lambda route: route.fulfill(
            status=403,
            json={"error": {"code": "read_only", "message": "This link can only view."}},
        ),
    )
    other.goto(server.base + "/moderator?lang=ja")
    wait_for_queue(other)
    assert other.is_visible("#md-actions")
    other.tap("#md-next")
    other.wait_for_selector("#md-readonly:not(.hidden)", timeout=5_000)
    assert other.is_hidden("#md-actions")
    assert questions(server)[1]["status"] == "queued"  # nothing was done
