"""Text in the show file is checked where it enters, like text from the API and the console:
a lone surrogate or a control character (other than line break and tab) is a located error,
whichever front-end read it."""

from __future__ import annotations

from pathlib import Path

import pytest

from runofshow.core.loader import validate_file
from runofshow.core.rules import check_show, from_plain
from tests.core.test_rules import PLAIN, Cell, cell_of, mention_row

YAML = """\
format: runofshow/1
show:
  title: {title}
  starts_at: 2022-09-12T13:00:00+09:00
  timezone: Asia/Tokyo
segments:
  - {{id: one, kind: talk, title: One, duration: 10m}}
"""


@pytest.mark.parametrize(
    ("title", "code"),
    [('"a\\u0007b"', "U+0007"), ('"x\\x1b[31m"', "U+001B"), ('"del\\x7f"', "U+007F")],
)
def test_escaped_control_characters_in_yaml_are_located(
    tmp_path: Path, title: str, code: str
) -> None:
    path = tmp_path / "show.yaml"
    path.write_text(YAML.format(title=title), encoding="utf-8")
    (error,) = validate_file(path)
    assert (error.line, error.col) == (3, 10)
    assert error.message == (
        f"'title' contains the control character {code}; only line breaks and tabs are allowed"
    )


def test_a_lone_surrogate_escape_in_yaml_is_located(tmp_path: Path) -> None:
    path = tmp_path / "show.yaml"
    path.write_text(YAML.format(title='"broken \\ud83d emoji"'), encoding="utf-8")
    errors = validate_file(path)
    assert [(e.line, e.col) for e in errors] == [(3, 20)]  # the escape, as libyaml reads it
    assert "invalid Unicode character escape" in errors[0].message


@pytest.mark.parametrize("text", ["ok\ttabbed", "two\nlines", "絵文字 👋"])
def test_tabs_line_breaks_and_emoji_are_fine(tmp_path: Path, text: str) -> None:
    plain = {**PLAIN, "show": {**PLAIN["show"], "title": text}}  # type: ignore[dict-item]
    assert check_show(from_plain(plain, cell_of), mention=mention_row).problems == []


def test_a_lone_surrogate_from_another_front_end_is_located() -> None:
    segments = [dict(s) for s in PLAIN["segments"]]  # type: ignore[attr-defined]
    segments[1]["title"] = "half \ud83d"
    segments[0]["id"] = "open\x00ing"
    plain = {**PLAIN, "segments": segments}
    checked = check_show(from_plain(plain, cell_of), mention=mention_row)
    assert checked.show is None
    found = [(p.where, str(p.message)) for p in checked.problems]
    assert (
        Cell(2, "id"),
        "'id' contains the control character U+0000; only line breaks and tabs are allowed",
    ) in found
    assert (
        Cell(3, "title"),
        "'title' contains half of a character (U+D83D, an unpaired surrogate); "
        "write the whole character",
    ) in found
