"""Validation in one pass: YAML-level slips (tabs, forbidden characters, duplicate keys) are
reported together with every field and rule problem of the rest of the file, and the
hard-start check runs on every segment whose times are known."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runofshow.core.loader import check_show_text, load_show_text
from tests.core.test_loader_errors import BASE, edit, problems
from tests.core.test_loader_fuzz import REALISTIC, dump

TAB = "5:1: tab character in indentation: YAML indentation must use spaces"


def tab_at(line: int, col: int = 1) -> str:
    return f"{line}:{col}: tab character in indentation: YAML indentation must use spaces"


def test_a_tab_line_and_three_other_errors_are_all_reported(tmp_path: Path) -> None:
    text = edit("  timezone:", "\ttimezone:")
    text = edit("    title: Talk\n", "", text)
    text = edit("duration: 5m", "duration: 5 mins", text)
    text = edit("kind: talk", "kind: tlak", text)
    assert problems(tmp_path, text) == [
        TAB,
        "10:15: 'duration': '5 mins' is not a duration; use seconds (90), 90s, 15m, 1h30m, "
        "'1h 30m 15s', mm:ss or h:mm:ss",
        "11:5: missing required key 'title' in segment 'talk'",
        "12:11: unknown kind 'tlak', did you mean 'talk'? "
        "(one of opening, talk, panel, break, closing, other)",
    ]


def test_columns_after_a_tab_point_at_the_file_as_written(tmp_path: Path) -> None:
    # read as four spaces (under "- "), but the bad kind is still at column 8 of the line
    assert problems(tmp_path, edit("    kind: talk", "\tkind: talks")) == [
        tab_at(12),
        "12:8: unknown kind 'talks', did you mean 'talk'? "
        "(one of opening, talk, panel, break, closing, other)",
    ]


def test_a_file_indented_with_tabs_reports_every_line_and_still_loads_nothing(
    tmp_path: Path,
) -> None:
    text = BASE.replace("    ", "\t\t").replace("  ", "\t")
    tabbed = [n for n, line in enumerate(text.splitlines(), 1) if line.startswith("\t")]
    assert problems(tmp_path, text) == [tab_at(n) for n in tabbed]
    assert check_show_text(text, "t.yaml")[0] is None


def test_a_file_indented_with_tabs_shows_its_other_errors_too(tmp_path: Path) -> None:
    text = edit("kind: talk", "kind: keynote").replace("    ", "\t\t").replace("  ", "\t")
    tabbed = [tab_at(n) for n, line in enumerate(text.splitlines(), 1) if line.startswith("\t")]
    kind = "12:9: unknown kind 'keynote'; use one of opening, talk, panel, break, closing, other"
    assert problems(tmp_path, text) == [*tabbed[:9], kind, *tabbed[9:]]
    assert tabbed[8].startswith("12:1:")


def test_a_four_space_file_with_tab_lines(tmp_path: Path) -> None:
    text = (
        "format: runofshow/1\nshow:\n    title: T\n\tstarts_at: 2022-09-12T13:00:00+09:00\n"
        "    timezone: Asia/Tokio\nsegments:\n    - id: a\n\t  kind: talk\n      title: A\n"
        "      duration: 1m\n"
    )
    assert problems(tmp_path, text) == [
        tab_at(4),
        "5:15: unknown time zone 'Asia/Tokio', did you mean 'Asia/Tokyo'?",
        tab_at(8),
    ]


def test_tabs_that_yaml_allows_are_not_reported(tmp_path: Path) -> None:
    """Inside a flow list and inside a block of text, a tab is content or spacing."""
    text = edit(
        "duration: 15m",
        "duration: 15m\n    cues: [a,\n\tb]\n    notes:\n      slide: |\n        x\n        \ty\n"
        "\tx-mine: 1",
    )
    assert problems(tmp_path, text) == [tab_at(21)]
    fixed = text.replace("\tx-mine: 1", "    x-mine: 1")
    show = load_show_text(fixed, "t.yaml")
    assert show.segments[1].notes.slide == "x\n\ty\n"


def test_a_tab_and_a_real_syntax_error_further_on(tmp_path: Path) -> None:
    text = edit("  timezone:", "\ttimezone:", edit("title: Talk", "title: Talk: more"))
    assert problems(tmp_path, text) == [
        TAB,
        "13:16: YAML syntax error: mapping values are not allowed in this context",
    ]


def test_a_tab_after_a_dash(tmp_path: Path) -> None:
    text = BASE + "  -\tid: extra\n    kind: talk\n    title: X\n    duration: 1m\n"
    assert problems(tmp_path, text) == [tab_at(15, 4)]


def test_a_tab_on_a_comment_line(tmp_path: Path) -> None:
    text = edit("segments:", "\t# the talks\nsegments:", edit("kind: talk", "kind: tlak"))
    assert problems(tmp_path, text) == [
        tab_at(6),
        "13:11: unknown kind 'tlak', did you mean 'talk'? "
        "(one of opening, talk, panel, break, closing, other)",
    ]


def test_forbidden_characters_and_other_errors_together(tmp_path: Path) -> None:
    text = edit("title: Talk", "title: Ta\x01lk\x02", edit("kind: talk", "kind: x"))
    text = edit("title: Opening", "title: Open\x7fing", text)
    assert problems(tmp_path, text) == [
        "9:16: character U+007F is not allowed in a YAML file",
        "12:11: unknown kind 'x'; use one of opening, talk, panel, break, closing, other",
        "13:14: character U+0001 is not allowed in a YAML file",
        "13:17: character U+0002 is not allowed in a YAML file",
    ]


def test_a_duplicate_key_and_field_errors_together(tmp_path: Path) -> None:
    text = edit("    duration: 15m", "    duration: 15m\n    title: Again", edit("5m", "5 m s"))
    assert problems(tmp_path, text) == [
        "10:15: 'duration': '5 m s' is not a duration; use seconds (90), 90s, 15m, 1h30m, "
        "'1h 30m 15s', mm:ss or h:mm:ss",
        "15:5: duplicate key 'title' (first on line 13)",
    ]


SCHEDULE = """\
format: runofshow/1
show:
  title: Test show
  starts_at: 2022-09-12T13:00:00+09:00
  timezone: Asia/Tokyo
segments:
  - id: opening
    kind: opening
    title: Opening
  - id: talk
    kind: talk
    title: Talk
    duration: 15m
  - id: break
    kind: break
    title: Break
    duration: 10m
    starts_at: "13:10"
  - id: panel
    kind: panel
    title: Panel
    duration: 30m
    starts_at: "13:15"
"""


def test_an_overlap_is_reported_while_another_segment_lacks_a_duration(tmp_path: Path) -> None:
    assert problems(tmp_path, SCHEDULE) == [
        "7:5: missing required key 'duration' in segment 'opening'",
        "23:16: hard start 13:15:00 is before the previous segment 'break' is planned to end "
        "(13:20:00); move it later or shorten the segments before it",
    ]


def test_an_overlap_after_a_segment_with_other_problems(tmp_path: Path) -> None:
    text = BASE.replace("kind: talk", "kind: tlak").replace("id: talk", "id: Talk_1")
    text += "  - id: late\n    kind: talk\n    title: Late\n    duration: 5m\n"
    text += '    starts_at: "13:10"\n'
    assert problems(tmp_path, text) == [
        "11:9: segment id 'Talk_1' may only use lowercase letters a-z, digits 0-9 and '-'",
        "12:11: unknown kind 'tlak', did you mean 'talk'? "
        "(one of opening, talk, panel, break, closing, other)",
        "19:16: hard start 13:10:00 is before the previous segment 'Talk_1' is planned to end "
        "(13:20:00); move it later or shorten the segments before it",
    ]


def test_an_overlap_after_a_segment_without_an_id(tmp_path: Path) -> None:
    text = BASE.replace("  - id: talk\n", "  - x-id: talk\n")
    text += "  - id: late\n    kind: talk\n    title: Late\n    duration: 5m\n"
    text += '    starts_at: "13:10"\n'
    assert problems(tmp_path, text)[-1] == (
        "19:16: hard start 13:10:00 is before the previous segment number 2 is planned to end "
        "(13:20:00); move it later or shorten the segments before it"
    )


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("    duration: 15m\n", "    duration: fifteen\n"), "the talk's length is unknown"),
        (("duration: 5m", "duration: 5m\n    starts_at: 13:61"), "the opening's start is wrong"),
    ],
)
def test_no_overlap_is_claimed_when_times_are_unknown(
    tmp_path: Path, change: tuple[str, str], why: str
) -> None:
    text = edit(*change) + "  - id: late\n    kind: talk\n    title: Late\n    duration: 5m\n"
    text += '    starts_at: "13:10"\n'
    assert not any("hard start" in line for line in problems(tmp_path, text)), why


def test_every_overlap_is_reported_not_only_the_first(tmp_path: Path) -> None:
    # opening 13:00-13:05, talk -13:20, break pinned 13:15 (runs 13:20-13:30), panel 13:25
    text = SCHEDULE.replace("    title: Opening\n", "    title: Opening\n    duration: 5m\n")
    text = text.replace('"13:15"', '"13:25"').replace('"13:10"', '"13:15"')
    assert problems(tmp_path, text) == [
        "19:16: hard start 13:15:00 is before the previous segment 'talk' is planned to end "
        "(13:20:00); move it later or shorten the segments before it",
        "24:16: hard start 13:25:00 is before the previous segment 'break' is planned to end "
        "(13:30:00); move it later or shorten the segments before it",
    ]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.integers(0, 60), st.sampled_from(["  ", "    ", " "])), max_size=6),
    st.sampled_from(["\n", "\r\n"]),
)
def test_every_position_in_a_file_with_tabs_points_into_the_file(
    tabbed: list[tuple[int, str]], newline: str
) -> None:
    rows = dump(REALISTIC).splitlines()
    for index, spaces in tabbed:
        row = rows[index % len(rows)]
        if row.startswith(spaces):
            rows[index % len(rows)] = "\t" + row[len(spaces) :]
    show, errors = check_show_text(newline.join(rows) + newline, "t.yaml")
    assert (show is None) == bool(errors)
    for error in errors:
        assert 1 <= error.line <= len(rows), error
        row = rows[error.line - 1]
        assert 1 <= error.col <= len(row) + 1, error
        if "tab character" in error.message:
            assert row[error.col - 1] == "\t", error
    opened = next(n for n, row in enumerate(rows, 1) if row.endswith("text: 'docker"))
    quoted = {opened + 1, opened + 2}  # the rest of that quoted text: a tab there is allowed
    assert {e.line for e in errors if "tab character" in e.message} == {
        number for number, row in enumerate(rows, 1) if row.startswith("\t")
    } - quoted


def test_an_overlap_a_day_apart_names_both_days(tmp_path: Path) -> None:
    text = edit("duration: 15m", "duration: 30h")  # the talk ends the next day, 19:05
    text += "  - id: late\n    kind: talk\n    title: Late\n    duration: 5m\n"
    text += '    starts_at: "13:10"\n'
    assert problems(tmp_path, text) == [
        "19:16: hard start 2022-09-12 13:10:00 is before the previous segment 'talk' is planned "
        "to end (2022-09-13 19:05:00); move it later or shorten the segments before it"
    ]
