"""Every kind of show-file problem, with the exact FILE:LINE:COL it is reported at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from runofshow.core import yamlsource
from runofshow.core.errors import LocatedError, ShowLoadError
from runofshow.core.loader import load_show, load_show_text, validate_file

# Line numbers of BASE, for reading the expectations below:
#  1 format / 2 show / 3 title / 4 starts_at / 5 timezone / 6 segments
#  7 "  - id: opening" / 8 kind / 9 title / 10 duration
# 11 "  - id: talk"    / 12 kind / 13 title / 14 duration
BASE = """\
format: runofshow/1
show:
  title: Test show
  starts_at: 2022-09-12T13:00:00+09:00
  timezone: Asia/Tokyo
segments:
  - id: opening
    kind: opening
    title: Opening
    duration: 5m
  - id: talk
    kind: talk
    title: Talk
    duration: 15m
"""


def edit(old: str, new: str, text: str = BASE) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def problems(tmp_path: Path, text: str | bytes) -> list[str]:
    """validate_file's errors as "LINE:COL: message", after checking the FILE: prefix."""
    path = tmp_path / "show.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_bytes(text.encode("utf-8"))
    errors = validate_file(path)
    for error in errors:
        assert str(error).startswith(f"{path}:{error.line}:{error.col}: ")
    return [f"{e.line}:{e.col}: {e.message}" for e in errors]


def test_the_base_document_is_valid(tmp_path: Path) -> None:
    assert problems(tmp_path, BASE) == []


def test_located_error_formats_as_file_line_col() -> None:
    error = LocatedError("show.yaml", 3, 7, "bad")
    assert str(error) == "show.yaml:3:7: bad"


def test_load_show_raises_with_every_error(tmp_path: Path) -> None:
    path = tmp_path / "show.yaml"
    path.write_text(edit("kind: talk", "kind: talks", edit("duration: 5m", "duration: 5 mins")))
    with pytest.raises(ShowLoadError) as caught:
        load_show(path)
    assert [(e.line, e.col) for e in caught.value.errors] == [(10, 15), (12, 11)]
    assert str(caught.value).splitlines()[0].startswith(f"{path}:10:15: ")


def test_unknown_key_suggests_the_closest(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("    duration: 15m", "    durtion: 15m")) == [
        "11:5: missing required key 'duration' in segment 'talk'",
        "14:5: unknown key 'durtion' in segment 'talk', did you mean 'duration'?",
    ]


def test_unknown_key_without_a_close_match_lists_the_allowed_ones(tmp_path: Path) -> None:
    text = edit("  timezone: Asia/Tokyo\n", "  timezone: Asia/Tokyo\n  colour: red\n")
    assert problems(tmp_path, text) == [
        "6:3: unknown key 'colour' in 'show'; allowed keys: title, starts_at, timezone, links, "
        "thresholds, description, obs"
    ]


def test_a_key_at_the_wrong_level_says_where_it_belongs(tmp_path: Path) -> None:
    assert problems(tmp_path, BASE + "timezone: UTC\n") == [
        "15:1: unknown key 'timezone' in the show file; it belongs under 'show:'"
    ]


def test_x_keys_are_the_users_own(tmp_path: Path) -> None:
    text = edit("    duration: 15m", "    duration: 15m\n    x-room: B\n") + "x-owner: me\n"
    assert problems(tmp_path, text) == []


def test_wrong_type(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("duration: 15m", "duration: [1, 2]")) == [
        "14:15: 'duration' must be a duration like 15m, got a list"
    ]


def test_wrong_type_of_a_mapping(tmp_path: Path) -> None:
    text = "format: runofshow/1\nshow: [1]\n" + BASE[BASE.index("segments:") :]
    assert problems(tmp_path, text) == [
        "2:7: 'show' must be a mapping (key: value lines), got a list"
    ]


def test_missing_required_key_points_at_the_mapping(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("    kind: talk\n", "")) == [
        "11:5: missing required key 'kind' in segment 'talk'"
    ]


def test_missing_show_keys(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("  timezone: Asia/Tokyo\n", "")) == [
        "3:3: missing required key 'timezone' in 'show'"
    ]


def test_empty_value_points_at_the_key(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("    title: Talk", "    title:")) == ["13:5: 'title' is empty"]


def test_bad_duration(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("duration: 15m", "duration: 15 minutes")) == [
        "14:15: 'duration': '15 minutes' is not a duration; use seconds (90), 90s, 15m, "
        "1h30m, '1h 30m 15s', mm:ss or h:mm:ss"
    ]


def test_zero_duration(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("duration: 15m", "duration: 0m")) == [
        "14:15: 'duration': duration must be positive, got '0m'"
    ]


def test_absurdly_long_duration(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("duration: 15m", "duration: 9999h")) == [
        "14:15: 'duration' is too long (the limit is 168h)"
    ]


def test_duplicate_segment_id_points_at_the_second(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("id: talk", "id: opening")) == [
        "11:9: duplicate segment id 'opening' (first used on line 7)"
    ]


def test_bad_id_pattern(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("id: talk", "id: Talk_1")) == [
        "11:9: segment id 'Talk_1' may only use lowercase letters a-z, digits 0-9 and '-'"
    ]


def test_id_must_be_text(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("id: talk", "id: 12")) == [
        "11:9: 'id' must be text like talk-dev-env, got the number 12"
    ]


def test_bad_kind_lists_the_allowed_values(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("kind: talk", "kind: keynote")) == [
        "12:11: unknown kind 'keynote'; use one of opening, talk, panel, break, closing, other"
    ]


def test_bad_kind_suggests(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("kind: talk", "kind: Talk")) == [
        "12:11: unknown kind 'Talk', did you mean 'talk'? "
        "(one of opening, talk, panel, break, closing, other)"
    ]


def test_warning_not_above_danger_in_a_segment(tmp_path: Path) -> None:
    text = edit("duration: 15m", "duration: 15m\n    thresholds: {warning: 1m, danger: 2m}")
    assert problems(tmp_path, text) == ["15:27: warning (1m) must be longer than danger (2m)"]


def test_warning_not_above_danger_in_the_show(tmp_path: Path) -> None:
    text = edit(
        "  timezone: Asia/Tokyo\n", "  timezone: Asia/Tokyo\n  thresholds:\n    warning: 1m\n"
    )
    assert problems(tmp_path, text) == [
        "7:14: warning (1m) must be longer than danger (1m) (one is inherited)"
    ]


def test_explicit_threshold_as_long_as_the_segment(tmp_path: Path) -> None:
    text = edit("duration: 5m", "duration: 5m\n    thresholds: {warning: 5m, danger: 6m}")
    assert problems(tmp_path, text) == [
        "11:27: warning (5m) must be longer than danger (6m)",
        "11:27: warning threshold (5m) must be shorter than the segment (5m)",
        "11:39: danger threshold (6m) must be shorter than the segment (5m)",
    ]


def test_hard_start_before_the_previous_segment_ends(tmp_path: Path) -> None:
    text = edit("duration: 15m", 'duration: 15m\n    starts_at: "13:03"')
    assert problems(tmp_path, text) == [
        "15:16: hard start 13:03:00 is before the previous segment 'opening' is planned to end "
        "(13:05:00); move it later or shorten the segments before it"
    ]


def test_hard_start_as_datetime_before_the_previous_end(tmp_path: Path) -> None:
    text = BASE + "  - id: late\n    kind: talk\n    title: Late\n    duration: 5m\n"
    text += "    starts_at: 2022-09-12T04:10:00Z\n"  # 13:10 JST; talk ends 13:20
    assert problems(tmp_path, text) == [
        "19:16: hard start 13:10:00 is before the previous segment 'talk' is planned to end "
        "(13:20:00); move it later or shorten the segments before it"
    ]


HARD_START_FORMS = (
    "a time of day like 13:05 or 13:05:30 (24-hour, in the show's time zone) or a date and "
    "time with a UTC offset like 2022-09-12T13:00:00+09:00"
)


def test_hard_start_that_is_not_a_time(tmp_path: Path) -> None:
    text = edit("duration: 15m", 'duration: 15m\n    starts_at: "25:00"')
    assert problems(tmp_path, text) == [
        f"15:16: 'starts_at': '25:00' is not a time of day (00:00-23:59); write {HARD_START_FORMS}"
    ]


def test_hard_start_in_words_lists_the_accepted_forms(tmp_path: Path) -> None:
    text = edit("duration: 15m", "duration: 15m\n    starts_at: 3pm")
    assert problems(tmp_path, text) == [
        f"15:16: 'starts_at' must be {HARD_START_FORMS}, got the text '3pm'"
    ]


def test_every_hard_start_message_lists_the_accepted_forms(tmp_path: Path) -> None:
    cases = {
        "1305": f"15:16: 'starts_at' must be {HARD_START_FORMS}, got the number 1305",
        "yes": f"15:16: 'starts_at' must be {HARD_START_FORMS}, got yes (a true/false value)",
        "[13:05]": f"15:16: 'starts_at' must be {HARD_START_FORMS}, got a list",
        "2022-09-12": f"15:16: 'starts_at' needs a time of day too; write {HARD_START_FORMS}",
        "2022-09-12T13:30:00": f"15:16: 'starts_at' has no UTC offset; write {HARD_START_FORMS}",
        "": f"15:5: 'starts_at' is empty; remove it or write {HARD_START_FORMS}",
    }
    for written, expected in cases.items():
        text = edit("duration: 15m", f"duration: 15m\n    starts_at: {written}".rstrip())
        assert problems(tmp_path, text) == [expected], written


def test_bad_timezone_suggests(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("Asia/Tokyo", "Asia/Tokio")) == [
        "5:13: unknown time zone 'Asia/Tokio', did you mean 'Asia/Tokyo'?"
    ]


def test_bad_timezone_without_suggestion(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("Asia/Tokyo", "Nowhere/Qqqqqqqqqqq")) == [
        "5:13: unknown time zone 'Nowhere/Qqqqqqqqqqq'; use an IANA name like Asia/Tokyo, "
        "Europe/London or UTC"
    ]


def test_datetime_without_offset(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("13:00:00+09:00", "13:00:00")) == [
        "4:14: 'starts_at' has no UTC offset; write it like 2022-09-12T13:00:00+09:00"
    ]


def test_datetime_string_without_offset(tmp_path: Path) -> None:
    text = edit("2022-09-12T13:00:00+09:00", '"2022-09-12T13:00"')
    assert problems(tmp_path, text) == [
        "4:14: 'starts_at' has no UTC offset; write it like 2022-09-12T13:00:00+09:00"
    ]


def test_date_without_time(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("2022-09-12T13:00:00+09:00", "2022-09-12")) == [
        "4:14: 'starts_at' needs a time of day too; write it like 2022-09-12T13:00:00+09:00"
    ]


def test_unsupported_format(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("runofshow/1", "runofshow/2")) == [
        "1:9: unsupported format 'runofshow/2'; this version reads runofshow/1"
    ]


def test_missing_format(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("format: runofshow/1\n", "")) == [
        "1:1: missing required key 'format'; begin the file with 'format: runofshow/1'"
    ]


def test_cue_at_beyond_the_segment(tmp_path: Path) -> None:
    text = edit("duration: 5m", "duration: 5m\n    cues:\n      - {title: Late, at: 5m}")
    assert problems(tmp_path, text) == ["12:27: cue at 5m is not within the segment (5m)"]


def test_cues_out_of_order(tmp_path: Path) -> None:
    text = edit(
        "duration: 5m",
        "duration: 5m\n    cues:\n      - {title: B, at: 3m}\n      - {title: A, at: 1m}",
    )
    assert problems(tmp_path, text) == [
        "13:24: cue at 1m comes before the previous cue (at 3m); list cues in time order"
    ]


def test_cue_without_title(tmp_path: Path) -> None:
    text = edit("duration: 5m", "duration: 5m\n    cues:\n      - at: 1m")
    assert problems(tmp_path, text) == ["12:9: missing required key 'title' in cue"]


def test_speaker_without_name(tmp_path: Path) -> None:
    text = edit("duration: 5m", "duration: 5m\n    speakers:\n      - team: SRE")
    assert problems(tmp_path, text) == ["12:9: missing required key 'name' in speaker"]


def test_no_segments(tmp_path: Path) -> None:
    text = BASE.split("segments:")[0] + "segments: []\n"
    assert problems(tmp_path, text) == [
        "6:11: 'segments' is empty; a show needs at least one segment"
    ]


def test_segments_left_empty(tmp_path: Path) -> None:
    text = BASE.split("segments:")[0] + "segments:\n"
    assert problems(tmp_path, text) == [
        "6:1: 'segments' is empty; a show needs at least one segment"
    ]


def test_every_problem_is_reported_in_order(tmp_path: Path) -> None:
    text = edit("Asia/Tokyo", "Mars/Base")
    text = edit("kind: opening", "kind: intro", text)
    text = edit("duration: 15m", "duration: -3m", text)
    text = edit("runofshow/1", "runofshow/9", text)
    lines = problems(tmp_path, text)
    assert [line.split(": ")[0] for line in lines] == ["1:9", "5:13", "8:11", "14:15"]


def test_yaml_syntax_error_at_the_parser_mark(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("title: Talk", "title: Talk: more")) == [
        "13:16: YAML syntax error: mapping values are not allowed in this context"
    ]


def test_unclosed_flow_list(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("duration: 15m", "duration: [15m")) == [
        "15:1: YAML syntax error: did not find expected ',' or ']' "
        "(while parsing a flow sequence started on line 14)"
    ]


def test_tab_indentation(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("  timezone:", "\ttimezone:")) == [
        "5:1: tab character in indentation: YAML indentation must use spaces"
    ]


def test_duplicate_key_in_a_segment(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("    duration: 15m", "    duration: 15m\n    title: Again")) == [
        "15:5: duplicate key 'title' (first on line 13)"
    ]


def test_duplicate_key_at_the_top(tmp_path: Path) -> None:
    assert problems(tmp_path, BASE + "format: runofshow/1\n") == [
        "15:1: duplicate key 'format' (first on line 1)"
    ]


def test_duplicate_key_in_a_flow_mapping(tmp_path: Path) -> None:
    text = edit("duration: 5m", "duration: 5m\n    notes: {slide: a, slide: b}")
    assert problems(tmp_path, text) == ["11:23: duplicate key 'slide' (first on line 11)"]


def test_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    data = edit("title: Talk", "title: 日本X").encode("utf-8").replace(b"X", b"\xff")
    assert problems(tmp_path, data) == [
        "13:14: not UTF-8 text: byte 0xff cannot be decoded; save the file as UTF-8"
    ]


def test_shift_jis_file(tmp_path: Path) -> None:
    data = edit("title: Talk", "title: 日本語").encode("shift_jis")
    assert problems(tmp_path, data) == [
        "13:12: not UTF-8 text: byte 0x93 cannot be decoded; save the file as UTF-8"
    ]


def test_control_character(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("title: Talk", "title: 日本\x01")) == [
        "13:14: character U+0001 is not allowed in a YAML file"
    ]


def test_empty_file(tmp_path: Path) -> None:
    assert problems(tmp_path, "") == ["1:1: file is empty"]


def test_only_comments(tmp_path: Path) -> None:
    assert problems(tmp_path, "# nothing yet\n") == ["1:1: file has no content, only comments"]


def test_not_a_mapping(tmp_path: Path) -> None:
    assert problems(tmp_path, "- a\n- b\n") == [
        "1:1: the show file must be a mapping (key: value lines), got a list"
    ]


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(52_400_000)  # sparse: costs nothing on disk
    assert [str(e) for e in validate_file(path)] == [
        f"{path}:1:1: file is too large (52.4 MB; the limit is 5 MB)"
    ]


def test_directory(tmp_path: Path) -> None:
    assert [str(e) for e in validate_file(tmp_path)] == [
        f"{tmp_path}:1:1: is a directory, not a show file"
    ]


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    assert [str(e) for e in validate_file(path)] == [f"{path}:1:1: file not found"]


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.yaml"
    path.write_text(BASE)

    def refuse(_path: Path) -> object:
        raise PermissionError(13, "Permission denied")

    # Tests may run as root, where chmod 000 does not stop reading: simulate the refusal.
    monkeypatch.setattr(yamlsource, "_open_readonly", refuse)
    assert [str(e) for e in validate_file(path)] == [
        f"{path}:1:1: permission denied: cannot read the file"
    ]


def test_permission_denied_for_real_when_not_root(tmp_path: Path) -> None:
    path = tmp_path / "secret.yaml"
    path.write_text(BASE)
    path.chmod(0)
    try:
        errors = [str(e) for e in validate_file(path)]
    finally:
        path.chmod(0o644)
    if os.geteuid() == 0:  # root reads anyway; the file must then simply load
        assert errors == []
    else:
        assert errors == [f"{path}:1:1: permission denied: cannot read the file"]


def test_aliases_are_refused(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    assert problems(tmp_path, bomb) == [
        f"2:{col}: YAML aliases are not supported (*a); write the value out instead"
        for col in range(8, 44, 4)
    ]


def test_recursive_alias_is_refused(tmp_path: Path) -> None:
    assert problems(tmp_path, "a: &a [*a]\n") == [
        "1:8: YAML aliases are not supported (*a); write the value out instead"
    ]


def test_unsafe_tags_are_refused(tmp_path: Path) -> None:
    text = edit("title: Talk", 'title: !!python/object/apply:os.system ["true"]')
    assert problems(tmp_path, text) == [
        "13:12: unsupported YAML tag '!!python/object/apply:os.system'"
    ]


def test_multiple_documents(tmp_path: Path) -> None:
    assert problems(tmp_path, BASE + "---\na: 1\n") == [
        "15:1: a show file holds one YAML document; remove the second one (from '---' on)"
    ]


def test_crlf_file_errors_keep_their_positions(tmp_path: Path) -> None:
    text = edit("kind: talk", "kind: tlak").replace("\n", "\r\n")
    assert problems(tmp_path, "\ufeff" + text) == [
        "12:11: unknown kind 'tlak', did you mean 'talk'? "
        "(one of opening, talk, panel, break, closing, other)"
    ]


def test_load_show_text_accepts_bytes_and_names_the_source() -> None:
    with pytest.raises(ShowLoadError) as caught:
        load_show_text(b"format: runofshow/1\n", "memory.yaml")
    assert [str(e) for e in caught.value.errors] == [
        "memory.yaml:1:1: missing required key 'show' in the show file",
        "memory.yaml:1:1: missing required key 'segments' in the show file",
    ]


def test_lone_surrogate_in_text_is_located() -> None:
    with pytest.raises(ShowLoadError) as caught:
        load_show_text("format: runofshow/1\nshow: \ud800\n", "s.yaml")
    assert [str(e) for e in caught.value.errors] == [
        "s.yaml:2:7: not UTF-8 text: byte 0xed cannot be decoded; save the file as UTF-8"
    ]


def test_unquoted_at_sign(tmp_path: Path) -> None:
    text = edit("duration: 15m", "duration: 15m\n    speakers: @yuu26")
    assert problems(tmp_path, text) == [
        "15:15: a value starting with '@' must be quoted, like \"@name\""
    ]


def test_partial_override_with_an_inherited_warning_too_long(tmp_path: Path) -> None:
    text = edit("duration: 5m", "duration: 1m\n    thresholds: {danger: 10s}")
    assert problems(tmp_path, text) == [
        "11:17: the inherited warning threshold (2m) is not shorter than the segment (1m); "
        "set 'warning' here"
    ]


def test_a_short_segment_scales_inherited_thresholds_instead_of_failing(tmp_path: Path) -> None:
    assert problems(tmp_path, edit("duration: 5m", "duration: 30s")) == []


def test_segments_written_as_a_mapping(tmp_path: Path) -> None:
    text = BASE.split("segments:")[0] + "segments:\n  id: a\n  kind: talk\n"
    assert problems(tmp_path, text) == [
        "7:3: 'segments' must be a list of segments (each starting with '- '), got a mapping"
    ]


def test_a_segment_that_is_not_a_mapping(tmp_path: Path) -> None:
    assert problems(tmp_path, BASE + "  - coffee\n") == [
        "15:5: segment 3 must be a mapping (key: value lines), got the text 'coffee'"
    ]


def test_a_bug_in_the_reader_is_still_a_located_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from runofshow.core import loader

    def broken(*_args: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(loader._Reader, "read", broken)
    with pytest.raises(ShowLoadError) as caught:
        load_show_text(BASE, "bug.yaml")
    assert [str(e) for e in caught.value.errors] == [
        "bug.yaml:1:1: internal error while reading the show (ZeroDivisionError: boom); "
        "please report it"
    ]
