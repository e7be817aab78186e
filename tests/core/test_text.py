"""What text the app accepts: no lone surrogates, no control characters but line breaks
and tabs; wherever it enters, the same rule (runofshow.core.text)."""

from __future__ import annotations

import pytest

from runofshow.core.text import MAX_MESSAGE_LENGTH, bad_character, is_clean, text_problem


@pytest.mark.parametrize(
    "text",
    ["", "Hello", "手を振って 👋", "two\nlines", "a\ttab", "\u200b zero width", "\u2028", "é"],
)
def test_ordinary_text_is_accepted(text: str) -> None:
    assert text_problem(text) is None and is_clean(text) and bad_character(text) is None


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        ("\ud83d", "surrogate", "U+D83D"),  # half of 👋 as a broken bot sends it
        ("ok \ude00 ok", "surrogate", "U+DE00"),
        ("bell\x07", "control", "U+0007"),
        ("\x00", "control", "U+0000"),
        ("esc \x1b[31m", "control", "U+001B"),
        ("cr\r\n", "control", "U+000D"),
        ("del\x7f", "control", "U+007F"),
        ("nel\x85", "control", "U+0085"),
    ],
)
def test_what_cannot_be_stored_or_shown_is_refused(text: str, kind: str, code: str) -> None:
    assert bad_character(text) == (kind, code)
    problem = text_problem(text)
    assert problem is not None and code in problem and not is_clean(text)
    assert text not in problem  # the reason never repeats the text itself


def test_the_documented_message_length() -> None:
    assert MAX_MESSAGE_LENGTH == 500
