"""The console's "Browser views and Stream Deck" dialog on the LAN, through the desktop's
real web server: both links with their QR codes, and a new link from the dialog that stops
the old one at once (HTTP and live pages)."""

from __future__ import annotations

import http.client
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from runofshow.app.wiring import RunOptions
from runofshow.desktop import Desktop, build_desktop
from runofshow.paths import bundled_show
from runofshow.qt.qr import qr_image
from runofshow.qt.web_links import WebLinksDialog
from runofshow.web import security
from tests.qt.console.conftest import clipped_labels
from tests.web.conftest import WAIT_MS, WsListener


class Answers:
    """The confirmation: answers from a queue, "No" when empty; records the questions."""

    def __init__(self, *answers: bool) -> None:
        self.queue = list(answers)
        self.asked: list[str] = []

    def __call__(
        self,
        _parent: QWidget | None,
        _title: str,
        question: str,
        _choices: object,
        _default: object,
    ) -> bool:
        self.asked.append(question)
        return self.queue.pop(0) if self.queue else False


@pytest.fixture
def lan_desktop(qtbot: QtBot) -> Iterator[Desktop]:
    _app, desktop = build_desktop(RunOptions(show=bundled_show(), port=0, lan=True, lang="en"))
    qtbot.addWidget(desktop.console)
    desktop.start_server()
    assert desktop.server is not None and desktop.server.tokens is not None
    yield desktop
    desktop.shutdown()


def local_status(desktop: Desktop, url: str) -> int:
    """GET the path and query of a LAN URL on 127.0.0.1 (the same server)."""
    assert desktop.server is not None
    parts = urlsplit(url)
    conn = http.client.HTTPConnection("127.0.0.1", desktop.server.port, timeout=10)
    try:
        conn.request("GET", parts.path + "?" + parts.query)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def open_dialog(qtbot: QtBot, desktop: Desktop, answers: Answers) -> WebLinksDialog:
    dialog = WebLinksDialog(desktop, desktop.console, confirm=answers)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not squeezed(dialog), timeout=WAIT_MS)  # laid out for its texts
    return dialog


def squeezed(dialog: WebLinksDialog) -> list[str]:
    """Rows of links given less height than they need (overlapping buttons and fields)."""
    widgets = [*dialog.fields.values(), *dialog.copy_buttons.values(), *dialog.groups.values()]
    return [
        widget.objectName() or type(widget).__name__
        for widget in widgets
        if widget.height() < widget.minimumSizeHint().height()
    ]


def test_both_links_with_their_qr_codes(
    qtbot: QtBot, lan_desktop: Desktop, screenshot_dir: Path
) -> None:
    assert lan_desktop.server is not None
    tokens = lan_desktop.server.tokens
    assert tokens is not None
    dialog = open_dialog(qtbot, lan_desktop, Answers())
    fields = {name: field.text() for name, field in dialog.fields.items()}
    assert fields["speaker"].endswith(f"/speaker?token={tokens.view}")
    assert fields["agenda"].endswith(f"/agenda?token={tokens.view}")
    assert fields["control"].endswith(f"/control?token={tokens.control}")
    assert fields["view_token"] == tokens.view and fields["control_token"] == tokens.control
    assert "Serving on the network" in dialog.intro.text()
    assert dialog.qr_texts == {"view": fields["speaker"], "control": fields["control"]}
    for role in ("view", "control"):
        shown = dialog.qr_labels[role].pixmap().toImage()
        assert shown == qr_image(dialog.qr_texts[role], 3).convertToFormat(shown.format())
    assert local_status(lan_desktop, fields["speaker"]) == 200
    assert local_status(lan_desktop, fields["control"]) == 200
    assert clipped_labels(dialog) == []
    dialog.grab().save(str(screenshot_dir / "browser-views-lan-en.png"))
    lan_desktop.translations.switch("ja")
    try:
        qtbot.waitUntil(lambda: "閲覧用リンク" in dialog.groups["view"].title(), timeout=WAIT_MS)
        assert dialog.regenerate_buttons["control"].text() == "新しい操作用リンク…"
        qtbot.waitUntil(lambda: not squeezed(dialog) and not clipped_labels(dialog))
        dialog.grab().save(str(screenshot_dir / "browser-views-lan-ja.png"))
    finally:
        lan_desktop.translations.switch("en")


@pytest.mark.parametrize("role", ["view", "control"])
def test_a_new_link_from_the_dialog_stops_the_old_one_at_once(
    qtbot: QtBot, lan_desktop: Desktop, role: str
) -> None:
    server = lan_desktop.server
    assert server is not None and server.tokens is not None
    other = "control" if role == "view" else "view"
    page, other_page = ("speaker", "control") if role == "view" else ("control", "speaker")
    answers = Answers(False, True)  # "No" first: nothing changes
    dialog = open_dialog(qtbot, lan_desktop, answers)
    old_url, other_url = dialog.fields[page].text(), dialog.fields[other_page].text()
    old_token = dialog.fields[f"{role}_token"].text()
    ws_url = f"http://127.0.0.1:{server.port}/ws?token="
    live = WsListener(ws_url + old_token)
    untouched = WsListener(ws_url + dialog.fields[f"{other}_token"].text())
    try:
        qtbot.waitUntil(lambda: bool(live.drain() and untouched.drain()), timeout=WAIT_MS)
        assert not dialog.regenerate(role)
        assert dialog.fields[page].text() == old_url and len(answers.asked) == 1
        assert dialog.regenerate(role)
        assert live.closed.wait(5) and live.close_code == security.CLOSE_REVOKED
        assert not untouched.closed.is_set()
    finally:
        live.close()
        untouched.close()
    new_url = dialog.fields[page].text()
    assert new_url != old_url and dialog.fields[f"{role}_token"].text() != old_token
    assert dialog.qr_texts[role] == new_url
    assert dialog.fields[other_page].text() == other_url
    assert "no longer work" in dialog.notes[role].text()
    assert local_status(lan_desktop, old_url) == 401
    assert local_status(lan_desktop, new_url) == 200
    assert local_status(lan_desktop, other_url) == 200
    assert lan_desktop.tokens() == {
        "view": dialog.fields["view_token"].text(),
        "control": dialog.fields["control_token"].text(),
    }
