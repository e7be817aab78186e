"""/control asks the command table's questions and shows hard starts (Chromium, Playwright).

Against `runofshow --headless` subprocesses: going live on the bundled show (planned for
2022, so the far-date question), ending the show, and a jump into a hard start early each
open a dialog in the page's language with a button per choice, the default one focused;
Esc and "No" send nothing, a choice sends the same command again with the answer and the
same `expect`. Against an in-process server on fake clocks: the next hard start as a line
above everything, and "HARD START NOW" once it is due; a storage problem on the
operator's computer as a red line until it clears. Screenshots (a phone in Japanese, a
tablet in English) land in screenshots/.
"""

from __future__ import annotations

import errno
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Request

from runofshow.app.outcome import Surface
from runofshow.app.storage_service import StorageService
from runofshow.app.wiring import RunOptions, build_services
from runofshow.core.clock import FakeClocks
from runofshow.paths import bundled_show
from runofshow.web.publisher import WebPublisher
from runofshow.web.server import WebServer
from tests.app.faults import FaultyDisk
from tests.app.support import make_session
from tests.e2e.headless_server import HeadlessServer, show_starting_now
from tests.e2e.test_browser_truth import show_with_a_hard_start
from tests.e2e.test_control_page import (
    LAYOUT_PROBLEMS,
    MIN_TARGET_PX,
    MIN_TEXT_PX,
    feedback,
    open_control,
    state,
)

pytestmark = [pytest.mark.slow, pytest.mark.browser]

PHONE = (390, 844)
TABLET = (1024, 768)


class Posts:
    """The commands a page sent: path and JSON body, in order."""

    def __init__(self, page: Page) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []
        page.on("request", self._record)

    def _record(self, request: Request) -> None:
        if request.method == "POST":
            path = "/" + request.url.split("/", 3)[3]
            self.sent.append((path, json.loads(request.post_data or "{}")))


def ask(page: Page, name: str) -> None:
    """Tap a command's button; wait for its question."""
    page.click(f"button[data-command='{name}']")
    page.wait_for_function("() => document.getElementById('question').open", timeout=5000)


def question(page: Page) -> dict[str, Any]:
    """The open dialog as shown: title, text, choices, and which one has the focus."""
    return dict(
        page.evaluate(
            """() => ({
              title: document.getElementById('question-title').textContent,
              text: document.getElementById('question-text').textContent,
              choices: [...document.querySelectorAll('#question-choices button')]
                .map((b) => b.textContent),
              focused: document.activeElement.textContent,
              asking: document.body.dataset.asking,
            })"""
        )
    )


def answered(page: Page) -> None:
    """Wait until the dialog is gone and the page heard back (or gave up)."""
    page.wait_for_function(
        "() => { const f = document.getElementById('feedback');"
        " return !document.getElementById('question').open"
        " && f.textContent !== '' && !f.classList.contains('pending'); }",
        timeout=5000,
    )


def asked(server: HeadlessServer, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    """The question the API asks for this request (it changes nothing)."""
    status, reply = server.request("POST", path, body or {})
    assert status == 409 and reply["error"]["code"] == "confirmation_required", reply
    return dict(reply["error"]["question"])


def labels(q: dict[str, Any], lang: str) -> list[str]:
    return [choice["label"][lang] for choice in q["choices"]]


def default_label(q: dict[str, Any], lang: str) -> str:
    return next(c["label"][lang] for c in q["choices"] if c["value"] == q["default"])


def layout_problems(page: Page) -> list[str]:
    return list(page.evaluate(LAYOUT_PROBLEMS, [MIN_TARGET_PX, MIN_TEXT_PX]))


def test_going_live_on_the_bundled_show_asks_about_the_plan(
    tmp_path: Path, isolated_data_dir: Path, browser: Browser, screenshot_dir: Path
) -> None:
    """The bundled show is planned for 2022: Start asks whether to move the plan to now
    (the default) or run it as planned, in Japanese on a phone; Esc sends nothing, Enter
    takes the default."""
    server = HeadlessServer(bundled_show(), isolated_data_dir)
    try:
        q = asked(server, "/api/start")
        assert q["answer"] == "plan" and q["default"] == "shift"
        page = open_control(browser, server.base + "/control?lang=ja", PHONE)
        posts = Posts(page)
        assert page.query_selector("#hard-start") is None  # the bundled show has none
        ask(page, "start")
        shown = question(page)
        assert shown == {
            "title": "開始",
            "text": q["text"]["ja"],
            "choices": labels(q, "ja"),
            "focused": default_label(q, "ja"),
            "asking": "plan",
        }
        assert "2022年9月12日(月) 13:00" in shown["text"]
        assert layout_problems(page) == []
        page.screenshot(path=str(screenshot_dir / "control-question-plan-phone-ja.png"))

        page.keyboard.press("Escape")  # cancels: nothing is sent
        answered(page)
        assert feedback(page) == ("feedback cancelled", "取りやめました: 開始")
        assert state(server)["state"] == "standby" and len(posts.sent) == 1
        assert "asking" not in page.evaluate("() => ({...document.body.dataset})")

        ask(page, "start")
        page.keyboard.press("Enter")  # the focused default: move the plan to start now
        answered(page)
        assert feedback(page) == ("feedback ok", "実行しました: 開始")
        now = state(server)
        assert now["state"] == "running" and now["far"] is None  # the plan moved to now
        (first, body1), (_, body2), (again, body3) = posts.sent
        assert first == again == "/api/start"
        assert "plan" not in body1 and "plan" not in body2
        assert body3["plan"] == "shift" and body3["expect"] == body1["expect"]
        page.wait_for_function("() => window.runofshowState.state === 'running'")
        page.screenshot(path=str(screenshot_dir / "control-live-after-question-phone-ja.png"))
        page.context.close()
    finally:
        server.kill()


@pytest.fixture
def server(tmp_path: Path, isolated_data_dir: Path) -> Iterator[HeadlessServer]:
    instance = HeadlessServer(show_starting_now(tmp_path), isolated_data_dir)
    yield instance
    instance.kill()


def test_ending_the_show_asks_first_and_sends_what_the_page_saw(
    server: HeadlessServer, browser: Browser, screenshot_dir: Path
) -> None:
    """End show is on the page now: it asks (default No). No sends nothing; Yes after
    someone else moved the show is refused as stale (the answer goes with what the page
    saw when it was pressed); Yes on the show as seen ends it."""
    assert server.request("POST", "/api/start")[0] == 200
    q = asked(server, "/api/end")
    page = open_control(browser, server.base + "/control?lang=en", TABLET)
    posts = Posts(page)
    page.wait_for_function("() => window.runofshowState.state === 'running'")
    assert page.text_content("button[data-command='end']") == "End"
    ask(page, "end")
    assert question(page) == {
        "title": "End show",
        "text": "End the show now? The clock stops for good.",
        "choices": labels(q, "en"),
        "focused": "No",
        "asking": "confirm",
    }
    assert layout_problems(page) == []
    page.screenshot(path=str(screenshot_dir / "control-question-end-tablet-en.png"))
    page.click("#question-choices button:has-text('No')")
    answered(page)
    assert feedback(page) == ("feedback cancelled", "Cancelled: End show")
    assert len(posts.sent) == 1 and state(server)["state"] == "running"

    ask(page, "end")
    assert server.request("POST", "/api/next")[0] == 200  # another operator, meanwhile
    page.click("#question-choices button:has-text('Yes')")
    answered(page)
    kind, text = feedback(page)
    assert kind == "feedback refused" and text.startswith("Someone acted first"), text
    assert state(server)["state"] == "running"
    assert posts.sent[-1][1]["confirm"] is True
    assert posts.sent[-1][1]["expect"] == posts.sent[-2][1]["expect"]

    ask(page, "end")
    page.click("#question-choices button:has-text('Yes')")
    answered(page)
    assert feedback(page) == ("feedback ok", "Done: End show")
    assert state(server)["state"] == "ended"
    page.context.close()


def test_a_jump_into_a_hard_start_early_asks_and_the_hard_start_is_shown(
    tmp_path: Path, isolated_data_dir: Path, browser: Browser, screenshot_dir: Path
) -> None:
    """The panel is pinned 55 minutes after the start: the line above everything names it,
    its time and how long to go; Go to it now asks (default No) with the API's words, and
    Yes jumps."""
    show, at = show_with_a_hard_start(tmp_path)
    server = HeadlessServer(show, isolated_data_dir)
    try:
        assert server.request("POST", "/api/start")[0] == 200
        q = asked(server, "/api/goto/panel")
        assert q["default"] is False and "hard start at " + at in q["text"]["en"]
        page = open_control(browser, server.base + "/control?lang=en", TABLET)
        posts = Posts(page)
        page.wait_for_selector("#hard-start", timeout=5000)
        title = state(server)["hard_start"]["title"]
        line = page.text_content("#hard-start-text") or ""
        assert re.fullmatch(f"⚑ Hard start {at}: “{re.escape(title)}”, in 5\\d:\\d\\d", line), line
        assert page.get_attribute("#hard-start", "data-due") == "no"

        page.select_option("#arg-goto-segment", "panel")
        ask(page, "goto")
        shown = question(page)
        minutes = re.compile(r"\d+:\d\d from now")  # the API's words, a moment later
        assert minutes.sub("…", shown.pop("text")) == minutes.sub("…", q["text"]["en"])
        assert shown == {
            "title": "Go to segment",
            "choices": ["Yes", "No"],
            "focused": "No",
            "asking": "confirm",
        }
        assert layout_problems(page) == []
        page.screenshot(path=str(screenshot_dir / "control-question-hard-start-tablet-en.png"))
        page.click("#question-choices button:has-text('Yes')")
        answered(page)
        assert feedback(page) == ("feedback ok", "Done: Go to segment")
        assert state(server)["segment"]["id"] == "panel"
        assert posts.sent[-1] == ("/api/goto/panel", {**posts.sent[0][1], "confirm": True})
        page.wait_for_selector("#hard-start", state="detached", timeout=5000)  # none further on
        page.context.close()
    finally:
        server.kill()


PANEL_AT = "13:55"  # the bundled show's panel is planned for 13:50; pinned five minutes later


def test_hard_start_now_flashes_until_the_show_moves_on(
    browser: Browser, tmp_path: Path, isolated_data_dir: Path, screenshot_dir: Path
) -> None:
    """On fake clocks (the bundled show's day, 12:50 in Tokyo): the segment before the
    pinned panel is over early, so the page counts down to the hard start; once it is due
    the line says HARD START NOW and flashes, until someone moves on."""
    text = bundled_show().read_text(encoding="utf-8")
    panel_head = "  - id: panel\n    kind: panel\n"
    text = text.replace(panel_head, panel_head + f'    starts_at: "{PANEL_AT}"\n')
    path = tmp_path / "pinned.yaml"
    path.write_text(text, encoding="utf-8")
    clocks = FakeClocks()
    publisher = WebPublisher()
    session = make_session(
        clocks, path, services=build_services(RunOptions(show=path), web=publisher)
    )
    server = WebServer(host="127.0.0.1", port=0, commands=session.commands)
    server.start()
    publisher.serve(server)
    try:
        assert session.execute("start", {}, surface=Surface.KEYBOARD).ok
        goto = session.execute(
            "goto", {"segment": "talk-fourkeys", "confirm": True}, surface=Surface.KEYBOARD
        )
        assert goto.ok
        clocks.advance(63 * 60_000)  # 13:53 in Tokyo: the talk was over at 13:05
        session.tick()
        page = open_control(browser, f"http://127.0.0.1:{server.port}/control?lang=ja", PHONE)
        page.wait_for_selector("#hard-start", timeout=5000)
        panel = "パネルディスカッション：これまでのチャレンジ、これからのチャレンジ"
        assert session.document.to_json()["hard_start"]["fit"] == "hold"
        line = page.text_content("#hard-start-text") or ""
        # two minutes to go, counted on by the page since the state came (a second at most)
        assert line in (
            f"⚑ 固定開始 {PANEL_AT}: 「{panel}」 あと {left} · 待機中です"
            for left in ("2:00", "1:59")
        ), line
        assert page.text_content("#hard-start-due") == ""
        assert layout_problems(page) == []
        page.screenshot(path=str(screenshot_dir / "control-hard-start-phone-ja.png"))

        clocks.advance(2 * 60_000 + 500)  # the hard start is here, the show still before it
        session.tick()
        page.wait_for_function(
            "() => document.getElementById('hard-start').dataset.due === 'yes'", timeout=5000
        )
        due = page.text_content("#hard-start-due")
        assert due == f"⚑ 固定開始の時刻です: 「{panel}」へ進んでください"
        assert page.text_content("#hard-start-text") == ""
        animation = page.eval_on_selector("#hard-start", "e => getComputedStyle(e).animationName")
        assert animation == "hard-start-due"
        assert layout_problems(page) == []
        page.screenshot(path=str(screenshot_dir / "control-hard-start-now-phone-ja.png"))

        assert session.execute("next", {}, surface=Surface.KEYBOARD).ok  # moved on
        page.wait_for_selector("#hard-start", state="detached", timeout=5000)
        page.context.close()
    finally:
        server.stop()
        session.close()


def test_a_storage_problem_is_a_red_line_until_it_clears(
    browser: Browser, screenshot_dir: Path
) -> None:
    """The data folder refuses writes (an injected full disk) on the operator's computer:
    /control says so above everything, since when and why, as the console's banner does,
    and the line goes once everything is written."""
    clocks = FakeClocks()
    disk = FaultyDisk()
    storage = StorageService(threaded=False, fsync=disk.fsync, store_opener=disk.open_store)
    publisher = WebPublisher()
    path = bundled_show()
    services = build_services(RunOptions(show=path), web=publisher, storage=storage)
    session = make_session(clocks, path, services=services)
    server = WebServer(host="127.0.0.1", port=0, commands=session.commands)
    server.start()
    publisher.serve(server)
    try:
        assert session.execute("start", {"plan": "as_planned"}, surface=Surface.KEYBOARD).ok
        page = open_control(browser, f"http://127.0.0.1:{server.port}/control?lang=ja", PHONE)
        assert page.query_selector("#storage-problem") is None  # all is well: no line
        disk.set(errno.ENOSPC)
        assert session.execute("next", {}, surface=Surface.KEYBOARD).ok  # applied anyway
        session.tick()
        page.wait_for_selector("#storage-problem", timeout=5000)
        title = page.text_content("#storage-title") or ""
        assert title.startswith("⚠ 12:50 から保存の問題: 進行は続いています。")  # the show's time
        detail = page.text_content("#storage-detail") or ""
        assert detail.startswith("オペレーターのパソコンがデータフォルダーに書き込めません")
        assert "No space left on device" in detail  # the system's reason, as the API says it
        assert layout_problems(page) == []
        page.screenshot(path=str(screenshot_dir / "control-storage-problem-phone-ja.png"))
        disk.heal()
        storage.writer.retry()
        session.tick()
        page.wait_for_selector("#storage-problem", state="detached", timeout=5000)
        page.context.close()
    finally:
        server.stop()
        session.close()
