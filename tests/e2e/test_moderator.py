"""/moderator on a tablet, in Debian's Chromium through Playwright (nothing downloaded):
the question on air large, the next ones, the panel's time; taps mark answered, skip and
take the next; the access token rules; a question marked answered on the tablet shows in
the console; and the automatic checks (fits the viewport, 44 px targets, 14 px text).
Also the stream's lower third, /overlay?question=1, and its asker opt-in."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Route, sync_playwright
from pytestqt.qtbot import QtBot

from runofshow.app.outcome import Surface
from runofshow.app.wiring import RunOptions
from runofshow.desktop import build_desktop
from tests.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.e2e.headless_server import HeadlessServer, show_starting_now
from tests.e2e.page_checks import overflow, small_targets, small_text
from tests.e2e.test_control_page import lan_tokens

pytestmark = [pytest.mark.slow, pytest.mark.browser]

TABLETS = {"landscape": (1024, 768), "portrait": (768, 1024)}  # a 10-inch tablet
CHAT = "チャット：EC2の開発環境、月額コストはどのくらい変わりましたか？"


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


def next_frame(page: Page) -> None:
    """Wait until the page has painted twice (a layout pass), not for a time."""
    page.evaluate(
        "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
    )


def questions(server: HeadlessServer, token: str | None = None) -> list[dict[str, Any]]:
    headers = {"Authorization": f"Bearer {token}"} if token else None
    status, body = server.request("GET", "/api/questions?segment=panel", headers=headers)
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
    server.request("POST", "/api/goto/panel", {"confirm": True})  # on air, a jump asks
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
        next_frame(page)  # laid out at the new size
        assert overflow(page) == [], orientation
        assert small_targets(page) == [], orientation
        assert small_text(page) == [], orientation
        page.screenshot(path=str(screenshot_dir / f"moderator-{orientation}-ja.png"))


def test_the_access_token_rules(tmp_path: Path, isolated_data_dir: Path, browser: Browser) -> None:
    server = HeadlessServer(show_starting_now(tmp_path), isolated_data_dir, 0, "--lan")
    try:
        _view, token = lan_tokens(server)
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
        qtbot.addWidget(console)  # closed after the test, as the leak watch wants
        console.resize(1600, 900)
        console.show()
        desktop.start_server()
        assert desktop.server is not None
        for name, args in (
            ("start", {}),
            ("goto", {"segment": "panel", "confirm": True}),  # on air, a jump asks
            ("question_next", {}),
        ):
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
    tmp_path: Path, isolated_data_dir: Path, browser: Browser, screenshot_dir: Path
) -> None:
    """On the LAN, the view link (the real view token): the page asks GET /api/access, hears
    "view", says so and shows no buttons, and still shows the question on air and the queue.
    Where it cannot ask (a server without /api/access), the first tap the server refuses
    (403 read_only, from the real server) turns it read-only, and nothing changes."""
    server = HeadlessServer(show_starting_now(tmp_path), isolated_data_dir, 0, "--lan")
    try:
        view, control = lan_tokens(server)
        bearer = {"Authorization": f"Bearer {control}"}
        for path, body in (
            ("/api/start", {}),
            ("/api/goto/panel", {"confirm": True}),  # on air, a jump asks
            ("/api/questions/next", {}),
        ):
            assert server.request("POST", path, body, headers=bearer)[0] == 200, path
        status, refused = server.request(
            "POST", "/api/questions/next", {}, headers={"Authorization": f"Bearer {view}"}
        )
        assert status == 403 and refused["error"]["code"] == "read_only"
        page = tablet(browser)
        roles: list[str] = []
        page.on(
            "response",
            lambda r: roles.append(r.json()["role"]) if "/api/access" in r.url else None,
        )
        page.goto(server.base + f"/moderator?token={view}&lang=ja")
        wait_for_queue(page)
        page.wait_for_selector("#md-readonly:not(.hidden)", timeout=5_000)
        assert roles == ["view"]  # the server's own answer, nothing stood in
        assert page.eval_on_selector("body", "e => e.dataset.readonly") == "yes"
        assert text(page, "md-readonly").startswith("閲覧専用")
        assert page.is_hidden("#md-actions")
        assert text(page, "md-label").startswith("オンエア中")  # it still shows everything
        assert page.eval_on_selector_all("#md-list li[data-id]", "items => items.length") == 4
        assert overflow(page) == [] and small_targets(page) == [] and small_text(page) == []
        page.screenshot(path=str(screenshot_dir / "moderator-view-only-ja.png"))
        page.context.close()

        # No answer from GET /api/access (an older server): the buttons show; a tap with
        # the view token is refused by the server (403), and the page turns read-only.
        other = tablet(browser)

        def unreachable(route: Route) -> None:
            route.abort()

        other.route("**/api/access*", unreachable)
        other.goto(server.base + f"/moderator?token={view}&lang=ja")
        wait_for_queue(other)
        assert other.is_visible("#md-actions")
        other.tap("#md-next")
        other.wait_for_selector("#md-readonly:not(.hidden)", timeout=5_000)
        assert other.is_hidden("#md-actions")
        assert questions(server, control)[1]["status"] == "queued"  # nothing was done
        other.context.close()
    finally:
        server.kill()


def test_the_overlay_names_the_asker_only_when_ticked(
    server: HeadlessServer, browser: Browser, screenshot_dir: Path
) -> None:
    server.request("POST", "/api/start")
    assert server.request("POST", "/api/goto/panel", {"confirm": True})[0] == 200  # it asks
    status, _ = server.request("POST", "/api/questions", {"text": CHAT, "asker": "@viewer"})
    assert status == 200
    chat_id = next(q["id"] for q in questions(server) if q["text"] == CHAT)
    pages: list[Page] = []
    for query in ("?question=1&lang=ja", "?lang=ja"):  # an OBS browser source, with and without
        page = browser.new_page(viewport={"width": 1920, "height": 1080}, locale="ja-JP")
        page.goto(server.base + "/overlay" + query)
        page.wait_for_function("() => window.runofshowState", timeout=10_000)
        pages.append(page)
    lower_third, plain = pages
    assert lower_third.is_hidden("#ov-question")  # nothing on air yet

    assert server.request("POST", f"/api/questions/{chat_id}/on-air")[0] == 200
    lower_third.wait_for_selector("#ov-question:not(.hidden)", timeout=5_000)
    assert text(lower_third, "ov-q-text") == CHAT
    assert "@viewer" not in text(lower_third, "ov-q-label")  # not ticked: no name on stream
    assert server.request("POST", f"/api/questions/{chat_id}/asker", {"on": True})[0] == 200
    lower_third.wait_for_function(
        "() => document.getElementById('ov-q-label').textContent.includes('@viewer')",
        timeout=5_000,
    )
    lower_third.screenshot(path=str(screenshot_dir / "overlay-question-ja.png"))
    plain.wait_for_function(  # the same state reached the other page...
        "() => (window.runofshowState.questions.on_air || {}).show_asker === true",
        timeout=5_000,
    )
    next_frame(plain)  # ...and was drawn
    assert plain.is_hidden("#ov-question")  # without ?question=1 the overlay never shows it

    assert server.request("POST", f"/api/questions/{chat_id}/asker", {"on": False})[0] == 200
    lower_third.wait_for_function(
        "() => !document.getElementById('ov-q-label').textContent.includes('@viewer')",
        timeout=5_000,
    )
    assert server.request("POST", "/api/questions/current/answered")[0] == 200
    lower_third.wait_for_selector("#ov-question", state="hidden", timeout=5_000)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_speaker_page_shows_the_question_on_air(
    server: HeadlessServer, browser: Browser, screenshot_dir: Path, size: tuple[int, int]
) -> None:
    server.request("POST", "/api/start")
    assert server.request("POST", "/api/goto/panel", {"confirm": True})[0] == 200  # it asks
    server.request("POST", "/api/questions", {"text": CHAT, "asker": "@viewer"})
    chat_id = next(q["id"] for q in questions(server) if q["text"] == CHAT)
    width, height = size
    page = browser.new_page(viewport={"width": width, "height": height}, locale="ja-JP")
    page.goto(server.base + "/speaker?lang=ja")
    page.wait_for_function("() => window.runofshowState", timeout=10_000)
    assert page.is_hidden("#question")
    assert server.request("POST", f"/api/questions/{chat_id}/on-air")[0] == 200
    page.wait_for_selector("#question:not(.hidden)", timeout=5_000)
    assert text(page, "question-text") == CHAT
    label = text(page, "question-label")
    assert "@viewer" in label and "チャット" in label  # the speaker always sees who asks
    next_frame(page)
    assert overflow(page) == []  # the question fits beside the clock, nothing scrolls
    box = page.eval_on_selector("#question-text", "e => e.getBoundingClientRect().bottom")
    assert box <= height
    page.screenshot(path=str(screenshot_dir / f"web-speaker-question-{width}x{height}-ja.png"))
    # A long survey answer (five lines' worth) still leaves the page unscrolled.
    themes = "開発環境の移行、非同期化、fourkeysの可視化、"
    long = "皆さんに伺います。" + themes * 8 + "どうですか？"
    server.request("POST", "/api/questions", {"text": long})
    long_id = next(q["id"] for q in questions(server) if q["text"] == long)
    assert server.request("POST", f"/api/questions/{long_id}/on-air")[0] == 200
    page.wait_for_function(
        "(t) => document.getElementById('question-text').textContent === t", arg=long
    )
    next_frame(page)
    assert overflow(page) == [], len(long)
    fit = page.eval_on_selector(
        "#question-text",
        "e => ({font: parseFloat(getComputedStyle(e).fontSize), scroll: e.scrollHeight,"
        " box: e.clientHeight, clamp: getComputedStyle(e).webkitLineClamp})",
    )
    assert fit["font"] >= 14, fit  # smaller type, never under 14 px...
    assert fit["scroll"] <= fit["box"] + 1 or fit["clamp"] not in ("none", ""), fit  # ...or "…"
    page.screenshot(path=str(screenshot_dir / f"web-speaker-long-question-{width}x{height}.png"))
    assert server.request("POST", "/api/questions/current/answered")[0] == 200
    page.wait_for_selector("#question", state="hidden", timeout=5_000)


def test_a_long_question_is_readable_to_the_end_on_the_tablet(
    server: HeadlessServer, browser: Browser, screenshot_dir: Path
) -> None:
    server.request("POST", "/api/start")
    assert server.request("POST", "/api/goto/panel", {"confirm": True})[0] == 200  # it asks
    themes = "移行の判断、非同期化の設計、fourkeysの運用について。"
    long = ("アンケートより：" + themes * 19)[:499] + "？"  # 500 characters, the limit
    assert server.request("POST", "/api/questions", {"text": long})[0] == 200
    long_id = next(q["id"] for q in questions(server) if q["text"] == long)
    assert server.request("POST", f"/api/questions/{long_id}/on-air")[0] == 200
    page = tablet(browser)
    page.goto(server.base + "/moderator?lang=ja")
    wait_for_queue(page)
    page.wait_for_function("(t) => document.getElementById('md-text').textContent === t", arg=long)
    for orientation, (width, height) in TABLETS.items():
        page.set_viewport_size({"width": width, "height": height})
        next_frame(page)
        page.wait_for_function(
            "() => parseFloat(document.getElementById('md-text').style.maxHeight) > 0"
        )
        assert overflow(page) == [], orientation
        assert small_targets(page) == [] and small_text(page) == [], orientation
        box = page.eval_on_selector(
            "#md-text",
            "e => ({font: parseFloat(getComputedStyle(e).fontSize), scroll: e.scrollHeight,"
            " box: e.clientHeight, y: getComputedStyle(e).overflowY})",
        )
        assert box["font"] >= 20, box  # smaller type for a long question, still large...
        assert box["scroll"] <= box["box"] + 1 or box["y"] == "auto", box  # ...the rest scrolls
        page.screenshot(path=str(screenshot_dir / f"moderator-long-{orientation}-ja.png"))
    page.eval_on_selector("#md-text", "e => { e.scrollTop = e.scrollHeight; }")
    bottom = page.eval_on_selector(
        "#md-text", "e => Math.abs(e.scrollTop + e.clientHeight - e.scrollHeight) <= 1"
    )
    assert bottom  # scrolled to the end, the last line is in the box
