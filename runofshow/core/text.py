"""What text the app accepts, wherever it enters (the API, the console, the show file).

Text is stored (journal, run history), sent (JSON, WebSocket) and drawn (speaker screen,
OBS overlay). Two kinds of characters break one of those: a lone surrogate (half of an
emoji, as a broken Stream Deck plugin or chat bot sends it) cannot be encoded as UTF-8 at
all, and control characters (bell, escape, NUL...) are invisible or garble a display.
Line breaks and tabs are the only control characters allowed.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_MESSAGE_LENGTH = 500
"""Characters in one operator message (API, /control, console)."""

_ALLOWED_CONTROLS = "\n\t"
_BAD = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot be accepted (English, without the text itself), or None."""
    found = _BAD.search(text)
    if found is None:
        return None
    code = ord(found.group())
    if 0xD800 <= code <= 0xDFFF:
        return (
            f"contains half of a character (U+{code:04X}, an unpaired surrogate, as a "
            "broken emoji is sent); it cannot be stored or shown"
        )
    return f"contains the control character U+{code:04X}; only line breaks and tabs are allowed"


def bad_character(text: str) -> tuple[str, str] | None:
    """The first character ``text_problem`` objects to: ("control" or "surrogate", its
    code point as "U+0007"), or None."""
    found = _BAD.search(text)
    if found is None:
        return None
    code = ord(found.group())
    return ("surrogate" if 0xD800 <= code <= 0xDFFF else "control"), f"U+{code:04X}"


def is_clean(text: str) -> bool:
    return _BAD.search(text) is None


def json_text(value: Any) -> str:
    """Compact JSON that always encodes as UTF-8: text with a lone surrogate (from a file
    or an older journal) is escaped rather than failing whoever writes or sends it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text
