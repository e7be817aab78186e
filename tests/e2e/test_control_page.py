"""/control in Debian's Chromium (Playwright) against `runofshow --headless` subprocesses.

Every button reaches the engine (checked on the server's state after each press), refusals
show the API's words, a page that saw an older state is refused as stale and shows the
new one, the view token makes the page read-only, and at a desktop, tablet and phone size
the page fits its width, its touch targets are at least 44 px, its text at least 14 px and
nothing is cut off. Screenshots in English and Japanese land in screenshots/.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Request, WebSocketRoute

from runofshow.app.wiring import RunOptions, build_services
from runofshow.core.clock import FakeClocks
from runofshow.web.publisher import WebPublisher
from runofshow.web.security import Role
from runofshow.web.server import WebServer
from tests.app.support import make_session
from tests.e2e.headless_server import HeadlessServer, show_starting_now

pytestmark = [pytest.mark.slow, pytest.mark.browser]

VIEWPORTS = {"desktop": (1920, 1080), "tablet": (1024, 768), "phone": (390, 844)}
MIN_TARGET_PX = 44
MIN_TEXT_PX = 14


@pytest.fixture
def server(tmp_path: Path, isolated_data_dir: Path) -> Iterator[HeadlessServer]:
    instance = HeadlessServer(show_starting_now(tmp_path), isolated_data_dir)
    yield instance
    instance.kill()


def open_control(browser: Browser, url: str, size: tuple[int, int] = (1024, 768)) -> Page:
    context = browser.new_context(
        viewport={"width": size[0], "height": size[1]}, has_touch=size[0] < 800
    )
    page = context.new_page()
    page.goto(url)
    page.wait_for_function(
        "() => document.body.dataset.ready === 'yes' && !!window.runofshowState", timeout=10_000
    )
    return page


def state(server: HeadlessServer) -> dict[str, Any]:
    status, body = server.request("GET", "/api/state")
    assert status == 200
    return dict(body)


def press(page: Page, name: str) -> None:
    """Tap a command's button and wait for the page to hear back from the app."""
    page.eval_on_selector("#feedback", "e => { e.textContent = ''; e.className = 'feedback'; }")
    page.click(f"button[data-command='{name}']")
    page.wait_for_function(
        "() => { const f = document.getElementById('feedback');"
        " return f.textContent !== '' && !f.classList.contains('pending'); }",
        timeout=5000,
    )


def feedback(page: Page) -> tuple[str, str]:
    return (
        str(page.eval_on_selector("#feedback", "e => e.className")),
        str(page.eval_on_selector("#feedback", "e => e.textContent")),
    )


def test_every_button_reaches_the_engine(server: HeadlessServer, browser: Browser) -> None:
    page = open_control(browser, server.base + "/control?lang=en")
    posts: list[Request] = []
    page.on("request", lambda r: posts.append(r) if r.method == "POST" else None)

    def done(name: str) -> dict[str, Any]:
        press(page, name)
        kind, text = feedback(page)
        assert kind == "feedback ok", (name, text)
        return state(server)

    assert done("start")["state"] == "running"
    assert done("pause")["state"] == "paused"
    assert done("resume")["state"] == "running"
    assert done("next")["segment"]["id"] == "talk-dev-env"
    assert done("previous")["segment"]["id"] == "opening"
    page.select_option("#arg-goto-segment", "panel")
    assert done("goto")["segment"]["id"] == "panel"
    planned = state(server)["planned_ms"]
    assert done("add_minute")["planned_ms"] == planned + 60_000
    assert done("remove_minute")["planned_ms"] == planned
    page.fill("#arg-add_time-seconds", "90")
    assert done("add_time")["planned_ms"] == planned + 90_000
    page.fill("#arg-add_time-seconds", "-30")
    assert done("add_time")["planned_ms"] == planned + 60_000
    cue = state(server)["cue"]["index"]
    assert done("next_cue")["cue"]["index"] == cue + 1
    assert done("previous_cue")["cue"]["index"] == cue
    page.fill("#arg-message-text", "あと5分でお願いします")
    page.check("#arg-message-flash")
    message = done("message")["message"]
    assert message["text"] == "あと5分でお願いします" and message["flash"] is True
    assert done("clear_message")["message"] is None
    blackout = "button[data-command='blackout']"
    assert page.get_attribute(blackout, "aria-pressed") == "false"
    assert done("blackout")["blackout"] is True
    page.wait_for_function(
        f"() => document.querySelector(\"{blackout}\").getAttribute('aria-pressed') === 'true'"
    )
    assert page.text_content(blackout) == "Blackout: On"
    assert done("blackout")["blackout"] is False
    assert done("undo")["blackout"] is True  # undo takes back the last action
    assert done("redo")["blackout"] is False
    # What /control leaves out: GO (start/pause/resume say what they do) and End show.
    assert page.query_selector("button[data-command='toggle']") is None
    assert page.query_selector("button[data-command='end']") is None

    # Every press said it came from /control and what it saw.
    assert len(posts) == 18
    for request in posts:
        assert request.headers["x-runofshow-surface"] == "control"
        assert isinstance(json.loads(request.post_data or "{}")["expect"]["revision"], int)
    page.context.close()


def test_refusals_show_the_apis_words(server: HeadlessServer, browser: Browser) -> None:
    page = open_control(browser, server.base + "/control?lang=en")
    press(page, "pause")  # in standby
    kind, text = feedback(page)
    api_status, api = server.request("POST", "/api/pause")
    assert api_status == 409 and api["error"]["code"] == "not_running"
    assert kind == "feedback refused" and text == api["error"]["message"]
    assert page.eval_on_selector("#feedback", "e => e.dataset.code") == "not_running"

    page.fill("#arg-add_time-seconds", "abc")  # a bad duration: the API checks it
    press(page, "add_time")
    _status, api = server.request("POST", "/api/time", {"seconds": "abc"})
    assert feedback(page)[1] == api["error"]["message"] == "'seconds' must be a number of seconds."
    page.fill("#arg-add_time-seconds", "0")
    press(page, "add_time")
    assert feedback(page)[1] == "'seconds' must be non-zero and at most a day."

    # Japanese: the same refusal in the page's language, as the API sends it along.
    ja = open_control(browser, server.base + "/control?lang=ja")
    press(ja, "pause")
    assert feedback(ja)[1] == api_ja(server, "/api/pause") == "進行中ではありません。"
    page.context.close()
    ja.context.close()


def api_ja(server: HeadlessServer, path: str) -> str:
    _status, body = server.request("POST", path)
    return str(body["error"]["text"]["ja"])


def test_a_page_that_saw_an_older_state_is_refused_as_stale(
    server: HeadlessServer, browser: Browser
) -> None:
    """Two operators press *next* at once: the second page has not heard of the first
    press yet (its WebSocket is held back), is refused, and then shows the show as it is."""
    server.request("POST", "/api/start")
    context = browser.new_context(viewport={"width": 1024, "height": 768})
    page = context.new_page()
    held: list[str | bytes] = []
    hold = {"on": False}

    def relay(ws: WebSocketRoute) -> None:
        app = ws.connect_to_server()
        app.on_message(lambda message: held.append(message) if hold["on"] else ws.send(message))

    page.route_web_socket("**/ws", relay)
    page.goto(server.base + "/control?lang=en")
    page.wait_for_function("() => document.body.dataset.ready === 'yes' && !!window.runofshowState")
    assert page.text_content("#title") == "オープニング・イベントの趣旨"
    hold["on"] = True
    assert server.request("POST", "/api/next")[0] == 200  # the other operator was quicker
    press(page, "next")
    kind, text = feedback(page)
    assert kind == "feedback refused" and text.startswith("Someone acted first")
    assert page.eval_on_selector("#feedback", "e => e.dataset.code") == "stale"
    assert state(server)["segment"]["id"] == "talk-dev-env"  # one segment, not two
    # the refusal carried the state: the page shows the new segment without its WebSocket
    page.wait_for_function(
        "() => document.getElementById('title').textContent === 'ローカル開発環境をAWSへ移行した話'"
    )
    context.close()


def lan_tokens(server: HeadlessServer) -> tuple[str, str]:
    """The two tokens, from the links headless mode printed."""
    view = next(line for line in server.output if line.strip().startswith("view link"))
    control = next(line for line in server.output if line.strip().startswith("control link"))
    view_url, control_url = view.split()[2], control.split()[2]
    assert "/speaker?token=" in view_url and "/control?token=" in control_url
    return view_url.rsplit("=", 1)[1], control_url.rsplit("=", 1)[1]


def test_the_view_token_makes_the_page_read_only(
    tmp_path: Path, isolated_data_dir: Path, browser: Browser, screenshot_dir: Path
) -> None:
    server = HeadlessServer(show_starting_now(tmp_path), isolated_data_dir, 0, "--lan")
    try:
        view, control = lan_tokens(server)
        page = open_control(browser, f"{server.base}/control?token={view}&lang=ja")
        assert page.eval_on_selector("body", "e => e.dataset.role") == "view"
        assert page.is_visible("#readonly")
        assert page.text_content("#readonly", timeout=2000).startswith("閲覧専用")
        buttons = page.query_selector_all("#groups button, #groups input, #groups select")
        assert buttons and all(b.is_disabled() for b in buttons)
        page.screenshot(path=str(screenshot_dir / "control-view-only-ja.png"))
        page.context.close()
        page = open_control(browser, f"{server.base}/control?token={control}&lang=en")
        assert page.eval_on_selector("body", "e => e.dataset.role") == "control"
        assert page.is_hidden("#readonly")
        press(page, "start")
        assert state_with(server, control)["state"] == "running"
        page.context.close()
    finally:
        server.kill()


def state_with(server: HeadlessServer, token: str) -> dict[str, Any]:
    status, body = server.request("GET", "/api/state", headers={"Authorization": f"Bearer {token}"})
    assert status == 200
    return dict(body)


def test_a_new_control_link_stops_an_open_control_page(
    browser: Browser, bundled_show_path: Path, clocks: FakeClocks
) -> None:
    """The operator makes a new control link in the console's dialog (what it calls): the
    page opened with the old one says so at once, and its buttons get 401."""
    publisher = WebPublisher()
    services = build_services(RunOptions(show=bundled_show_path), web=publisher)
    session = make_session(clocks, bundled_show_path, services=services)
    server = WebServer(host="127.0.0.1", port=0, require_token=True, commands=session.commands)
    server.start()
    publisher.serve(server)
    try:
        assert server.tokens is not None
        url = f"http://127.0.0.1:{server.port}/control?lang=en&token="
        page = open_control(browser, url + server.tokens.control)
        assert page.eval_on_selector("body", "e => e.dataset.role") == "control"
        assert page.is_hidden("#conn")
        fresh = server.regenerate(Role.CONTROL)
        page.wait_for_function("() => document.body.dataset.revoked === 'yes'", timeout=5000)
        assert page.text_content("#conn") == (
            "This link was replaced. Ask the operator for the new one."
        )
        assert page.is_visible("#conn")
        press(page, "start")
        assert feedback(page) == ("feedback refused", "A valid access token is required.")
        assert session.snapshot.status == "standby"
        assert page.reload().status == 401  # the old link, and the cookie it left, are dead
        page.context.close()
        page = open_control(browser, url + fresh.control)
        assert page.eval_on_selector("body", "e => e.dataset.role") == "control"
        page.context.close()
    finally:
        server.stop()
        session.close()


# The layout checks, run in the page: what does not fit a phone, a tablet or a desktop.
LAYOUT_PROBLEMS = """
([minTarget, minText]) => {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth) {
    problems.push(`page ${doc.scrollWidth}px wide in ${window.innerWidth}px`);
  }
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + (el.dataset && el.dataset.command ? "[" + el.dataset.command + "]" : "");
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
  };
  document.querySelectorAll("button, select, input, label.ctl-check").forEach((el) => {
    if (!visible(el) || (el.type === "checkbox")) return;
    const r = el.getBoundingClientRect();
    if (r.width < minTarget || r.height < minTarget) {
      problems.push(`${name(el)} is ${Math.round(r.width)}x${Math.round(r.height)}px`);
    }
  });
  document.querySelectorAll("body *").forEach((el) => {
    if (!visible(el)) return;
    const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())
      || (el.tagName === "SELECT" && el.value) || (el.type === "text" && el.value);
    if (!text) return;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < minText) problems.push(`${name(el)} text is ${size}px`);
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`${name(el)} clipped: ${el.scrollWidth}px in ${el.clientWidth}px`);
    }
    const r = el.getBoundingClientRect();
    if (r.right > window.innerWidth + 1 || r.left < -1) {
      problems.push(`${name(el)} sticks out: ${Math.round(r.left)}..${Math.round(r.right)}`);
    }
  });
  return problems;
}
"""


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_it_fits_a_desktop_a_tablet_and_a_phone(
    server: HeadlessServer, browser: Browser, screenshot_dir: Path, lang: str
) -> None:
    server.request("POST", "/api/start")
    server.request("POST", "/api/next")
    server.request("POST", "/api/message", {"text": "あと5分でお願いします"})
    for device, size in VIEWPORTS.items():
        page = open_control(browser, f"{server.base}/control?lang={lang}", size)
        page.wait_for_function("() => window.runofshowState.segment.id === 'talk-dev-env'")
        problems = page.evaluate(LAYOUT_PROBLEMS, [MIN_TARGET_PX, MIN_TEXT_PX])
        assert problems == [], (device, lang, problems)
        if lang == "ja":
            assert page.text_content("button[data-command='next']") == "次へ ▶"
        name = f"control-{device}-{lang}.png"
        page.screenshot(path=str(screenshot_dir / name), full_page=device == "phone")
        page.context.close()
