"""The speaker display's layout at three sizes in every state: nothing overflows or clips,
the countdown is big enough to read from five metres, and digits never move."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from runofshow.core.clock import FakeClocks
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import Settings
from runofshow.qt.speaker import SpeakerWindow
from runofshow.qt.speaker.content import build_content
from runofshow.qt.speaker.layout import SpeakerLayout, compute_layout, fit_countdown
from tests.qt.speaker.scenarios import LONG_CUE, LONG_TITLE, PHASES, engine_in, session_in

SIZES = ((1920, 1080), (1280, 720), (800, 480))
TOLERANCE = 0.5  # sub-pixel rounding of font metrics


def _signals(phase: str) -> SessionSignals:
    return SessionSignals(session_in(phase, FakeClocks()))


def _inside(inner: QRectF, outer: QRectF) -> bool:
    return (
        inner.left() >= outer.left() - TOLERANCE
        and inner.top() >= outer.top() - TOLERANCE
        and inner.right() <= outer.right() + TOLERANCE
        and inner.bottom() <= outer.bottom() + TOLERANCE
    )


def assert_nothing_clipped(layout: SpeakerLayout) -> None:
    for box in layout.texts:
        assert box.text, f"{box.role} is empty"
        assert _inside(box.rect, layout.window), f"{box.role} rect leaves the window"
        bound = QFontMetricsF(box.font).boundingRect(box.rect, box.flags, box.text)
        assert bound.width() <= box.rect.width() + TOLERANCE, f"{box.role} too wide: {box.text}"
        assert bound.height() <= box.rect.height() + TOLERANCE, f"{box.role} too tall"
        assert _inside(bound, box.rect), f"{box.role} text leaves its rect"
    for rect in (layout.progress, layout.pill, layout.banner):
        if rect is not None:
            assert _inside(rect, layout.window)
    if layout.countdown is not None:
        assert _inside(layout.countdown.ink, layout.window)
        assert layout.countdown.ink.width() <= layout.countdown.box.width() + TOLERANCE
        assert _inside(layout.countdown.box, layout.window)
    # no two texts overlap
    boxes = list(layout.texts)
    for i, first in enumerate(boxes):
        for second in boxes[i + 1 :]:
            overlap = first.rect.intersected(second.rect)
            assert overlap.width() < 1 or overlap.height() < 1, (first.role, second.role)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("phase", PHASES)
def test_every_state_fits_and_screenshot(
    qtbot: QtBot, settings: Settings, screenshot_dir: Path, phase: str, size: tuple[int, int]
) -> None:
    window = SpeakerWindow(_signals(phase), settings)
    qtbot.addWidget(window)
    window.resize(*size)
    layout = window.current_layout()
    assert_nothing_clipped(layout)
    width, height = size
    if phase == "blackout":
        assert window.rendered_texts() == ["● standby"]
        assert layout.texts[0].rect.height() <= height * 0.05  # a small mark only
    elif phase == "ended":
        assert "Thank you!" in window.rendered_texts()
        assert "SHOW ENDED" in window.rendered_texts()
        assert layout.countdown is None and layout.progress is None
    elif phase == "far":  # the date it is planned for, never thousands of hours
        texts = window.rendered_texts()
        assert "PLANNED FOR" in texts and "Mon 12 Sep 2022 13:00 JST" in texts
        assert not any(re.search(r"\d{3,}:\d\d", text) for text in texts)
        assert layout.countdown is None
    else:
        countdown = layout.countdown
        assert countdown is not None
        if width * 9 == height * 16:  # 16:9: the digits' ink is at least a third of the height
            assert countdown.ink.height() >= height / 3, countdown.ink.height()
        else:
            assert countdown.ink.height() >= height / 3.5
        if phase == "hold":
            # the talk's own time was up at 13:10; the panel is pinned at 13:25
            assert countdown.text == "14:00" and "HOLD" in window.rendered_texts()
        if phase == "paused":  # PAUSED stands right under the digits, not just in the pill
            under = layout.text("paused")
            assert under is not None and under.text == "PAUSED"
            assert under.rect.top() >= countdown.box.bottom() - TOLERANCE
    image = window.grab().toImage()
    assert image.width() == width and image.height() == height
    assert image.save(str(screenshot_dir / f"speaker-{width}x{height}-{phase}.png"))


def test_long_japanese_title_is_shown_whole_at_full_hd(settings: Settings, qtbot: QtBot) -> None:
    window = SpeakerWindow(_signals("normal"), settings)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    title = window.current_layout().text("title")
    assert title is not None and title.text == LONG_TITLE  # shrunk, not elided
    assert title.font.pixelSize() >= 30


def test_long_title_is_elided_not_clipped_when_tiny(settings: Settings, qtbot: QtBot) -> None:
    window = SpeakerWindow(_signals("normal"), settings)
    qtbot.addWidget(window)
    window.resize(400, 240)
    layout = window.current_layout()
    title = layout.text("title")
    assert title is not None and title.text.endswith("…") and len(title.text) < len(LONG_TITLE)
    assert_nothing_clipped(layout)


def test_cue_card_wraps_and_next_card_is_smaller(settings: Settings, qtbot: QtBot) -> None:
    window = SpeakerWindow(_signals("normal"), settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    layout = window.current_layout()
    cue_text, cue_title, next_cue = (layout.text(r) for r in ("cue_text", "cue_title", "next_cue"))
    assert cue_text is not None and cue_title is not None and next_cue is not None
    assert cue_text.text == LONG_CUE  # word-wrapped and shrunk, nothing dropped
    lines = QFontMetricsF(cue_text.font).boundingRect(cue_text.rect, cue_text.flags, LONG_CUE)
    assert lines.height() > QFontMetricsF(cue_text.font).height() * 1.5  # really wrapped
    assert next_cue.font.pixelSize() < cue_title.font.pixelSize()


def test_message_that_cannot_fit_is_truncated_with_ellipsis(settings: Settings) -> None:
    engine = engine_in("normal", FakeClocks())
    assert engine.set_message("とても長いメッセージ " * 80).ok
    content = build_content(engine.snapshot(), hide_seconds=False)
    layout = compute_layout(QSize(800, 480), content)
    banner = layout.text("banner")
    assert banner is not None and banner.text.endswith("…")
    assert_nothing_clipped(layout)


def test_digits_do_not_move_as_they_change() -> None:
    rect = QRectF(0, 0, 1800, 430)
    boxes = [fit_countdown(text, "+88:88", rect) for text in ("14:59", "11:11", "10:00", "88:88")]
    positions = {tuple((x, w) for _ch, x, w in box.cells) for box in boxes}
    assert len(positions) == 1  # every digit keeps its cell
    assert len({box.font.pixelSize() for box in boxes}) == 1
    overtime = fit_countdown("+1:12", "+88:88", rect)
    assert overtime.font.pixelSize() == boxes[0].font.pixelSize()  # same size into overtime
    assert boxes[0].font.featureValue(QFont.Tag("tnum")) == 1  # tabular digits


QUESTION = {
    "text": "EC2の開発環境に移して、オンボーディングや日々の開発体験、月額のコストはそれぞれ"
    "どう変わりましたか？うまくいかなかったことも聞きたいです。",
    "source": "survey",
    "asker": "たろう",
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("phase", ["normal", "message", "rehearsal", "overtime"])
def test_a_panel_question_on_air_fits_and_reads_first(
    qapp: QApplication, phase: str, size: tuple[int, int]
) -> None:
    """The question takes the cue card's place: whole (wrapped, shrunk if it must), larger
    than the card, under its label; nothing overlaps at any size."""
    content = build_content(
        engine_in(phase, FakeClocks()).snapshot(), hide_seconds=False, question=QUESTION
    )
    assert content.question_label == "QUESTION · survey · asked by たろう"
    layout = compute_layout(QSize(*size), content)
    assert_nothing_clipped(layout)
    question, label = layout.text("question"), layout.text("question_label")
    assert question is not None and label is not None
    if size[0] >= 1280:
        assert question.text == QUESTION["text"]  # nothing dropped
    card = layout.text("cue_title")
    if card is not None:
        assert card.font.pixelSize() <= question.font.pixelSize()
    assert layout.text("cue_text") is None and layout.text("next_cue") is None
    without = build_content(engine_in(phase, FakeClocks()).snapshot(), hide_seconds=False)
    assert without.question == "" and compute_layout(QSize(*size), without).text("question") is None
