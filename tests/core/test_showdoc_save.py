"""Saving edited show files: untouched lines stay byte-identical, each kind of edit changes
only its own lines, YAML 1.1/1.2 traps keep their meaning, the real loader checks the text
first, writes are atomic with a backup, and a file changed behind our back is detected."""

from __future__ import annotations

import copy
import difflib
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from runofshow.core.loader import load_show, load_show_text
from runofshow.core.located import KEY
from runofshow.core.roundtrip import CommentedMap, CommentedSeq, PlainText, restyle
from runofshow.core.showdoc import MISSING, ShowDocument
from runofshow.core.showsave import (
    FileChanged,
    SaveRefused,
    backup_path,
    prepare,
    read_stamp,
    save,
)
from runofshow.paths import bundled_show

ROOT = Path(__file__).resolve().parents[2]
ORDER = ("id", "kind", "title", "speakers", "duration", "thresholds", "starts_at",
         "description", "cues", "notes")  # fmt: skip


def readme_examples() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [b for b in re.findall(r"```yaml\n(.*?)```", text, re.S) if "format:" in b]


def sources() -> list[tuple[str, str]]:
    found = [("bundled", bundled_show().read_text(encoding="utf-8"))]
    found += [(f"readme{i}", text) for i, text in enumerate(readme_examples())]
    return found


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    removed, added = [], []
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        if line.startswith("- "):
            removed.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    return removed, added


@pytest.mark.parametrize(("name", "text"), sources())
def test_unedited_documents_render_byte_identical(name: str, text: str) -> None:
    assert prepare(ShowDocument(text)) == text


@pytest.mark.parametrize(("name", "text"), sources())
def test_each_kind_of_edit_changes_only_its_own_lines(name: str, text: str) -> None:
    doc = ShowDocument(text)
    count = doc.segment_count()
    # a title
    old_title = doc.get(("segments", 0, "title"))
    doc.set(("segments", 0, "title"), restyle(old_title, "新しい題"))
    removed, added = changed_lines(text, prepare(doc))
    assert len(removed) == 1 and "title:" in removed[0]
    assert added == [removed[0].replace(str(old_title), "新しい題")]
    # a duration
    doc = ShowDocument(text)
    doc.set(
        ("segments", count - 1, "duration"),
        restyle(doc.get(("segments", count - 1, "duration")), "7m"),
    )
    removed, added = changed_lines(text, prepare(doc))
    assert [r.strip() for r in removed] == [
        f"duration: {doc.get(('segments', count - 1, 'duration')) and removed[0].split(': ')[1]}"
    ]
    assert [a.strip() for a in added] == ["duration: 7m"]
    # a new optional key goes in the format's order
    doc = ShowDocument(text)
    doc.set(("segments", 0, "description"), "説明", order=ORDER)
    removed, added = changed_lines(text, prepare(doc))
    assert removed == [] and [a.strip() for a in added] == ["description: 説明"]
    # removing a key removes its lines only
    doc = ShowDocument(text)
    doc.set(("segments", 0, "speakers"), MISSING)
    removed, added = changed_lines(text, prepare(doc))
    assert (
        added == []
        and removed
        and all("speakers" in r or r.strip().startswith(("- ", '"')) for r in removed)
    )
    # a cue card's text (multi-line)
    doc = ShowDocument(text)
    cue = ("segments", 1, "cues", 0)
    if doc.get(cue, None) is not None and isinstance(doc.get(cue), dict):
        doc.set((*cue, "text"), restyle(doc.get((*cue, "text"), None), "一行目\n二行目"))
        removed, added = changed_lines(text, prepare(doc))
        assert [a.strip() for a in added][-2:] == ["一行目", "二行目"]
        assert all(not r.strip().startswith(("- ", "title", "at")) for r in removed)


def test_moving_adding_and_removing_segments_keeps_every_segment_text() -> None:
    text = bundled_show().read_text(encoding="utf-8")
    doc = ShowDocument(text)
    blocks = _segment_blocks(text)
    doc.move(("segments",), 5, 0)  # the last one first
    doc.move(("segments",), 3, 4)
    twin = copy.deepcopy(doc.get(("segments", 2)))
    twin["id"] = "twin"
    doc.insert(("segments",), doc.segment_count(), twin)  # duplicate at the end
    doc.pop(("segments",), 1)  # remove what is now the second
    out = prepare(doc)
    after = _segment_blocks(out)
    for block in after:
        if not block.startswith("  - id: twin"):
            assert block in blocks  # every segment's lines are exactly as they were
    assert "\n\n  - id:" in out and "\n\n\n" not in out and not out.endswith("\n\n")
    show = load_show_text(out)
    assert [s.id for s in show.segments][:2] == ["closing", "talk-dev-env"]


def _segment_blocks(text: str) -> list[str]:
    body = text.split("\nsegments:\n", 1)[1]
    return [("  - id:" + part).rstrip("\n") for part in body.split("  - id:")[1:]]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("no", '"no"'), ("on", '"on"'), ("yes", '"yes"'), ("13:05", '"13:05"'),
        ("012", '"012"'), ("0o12", '"0o12"'), ("1e3", '"1e3"'), ("2022-09-12", '"2022-09-12"'),
        ("~", '"~"'), ("null", '"null"'), ("@me", '"@me"'), ("a #b", '"a #b"'),
        ("1_000", '"1_000"'),
        ("plain words", "plain words"),
    ],
)  # fmt: skip
def test_new_text_that_yaml_11_reads_otherwise_is_quoted(value: str, written: str) -> None:
    text = bundled_show().read_text(encoding="utf-8")
    doc = ShowDocument(text)
    doc.set(("segments", 1, "description"), value)
    doc.set(("segments", 2, "speakers", 0, "name"), value)
    out = prepare(doc)
    assert f"    description: {written}\n" in out
    show = load_show_text(out)
    assert show.segments[1].description == value
    assert show.segments[2].speakers[0].name == value


def test_a_value_typed_over_a_plain_one_stays_plain_when_it_means_the_same() -> None:
    doc = ShowDocument(bundled_show().read_text(encoding="utf-8"))
    old = doc.get(("show", "starts_at"))
    assert isinstance(old, PlainText)
    doc.set(("show", "starts_at"), restyle(old, "2022-09-12T12:00:00+09:00"))
    out = prepare(doc)
    assert "  starts_at: 2022-09-12T12:00:00+09:00\n" in out
    assert load_show_text(out).starts_at.hour == 12


def test_unquoted_traps_in_the_file_keep_the_loaders_meaning() -> None:
    text = (
        "format: runofshow/1\nshow:\n  title: no\n  starts_at: 2022-09-12T13:00:00+09:00\n"
        "  timezone: Asia/Tokyo\nsegments:\n  - id: a\n    kind: talk\n    title: on\n"
        "    duration: 0150\n    starts_at: 13:05\n    cues:\n      - {title: 1e3, at: 1:30}\n"
        "  - id: b\n    kind: talk\n    title: 0o12\n    duration: 1_000\n"
    )
    original = load_show_text(text)
    doc = ShowDocument(text)
    checked, problems = doc.check()
    assert problems == [] and checked.show == original
    doc.set(("segments", 1, "title"), "changed")
    out = prepare(doc)
    again = load_show_text(out)
    assert again.segments[0] == original.segments[0]  # 0150 is 104 s in YAML 1.1, still
    assert again.segments[0].duration_ms == 104_000
    assert out.replace("title: changed", "title: 0o12") == text


def test_editor_problems_point_at_fields_with_the_validate_messages(tmp_path: Path) -> None:
    text = bundled_show().read_text(encoding="utf-8")
    doc = ShowDocument(text)
    doc.set(("segments", 1, "duration"), "soon")
    doc.set(("segments", 2, "id"), "opening")
    doc.set(("segments", 0, "durtion"), "5m")
    _checked, problems = doc.check()
    by_field = {p.path: str(p.message) for p in problems}
    assert by_field[("segments", 1, "duration")].startswith("'duration': 'soon' is not a duration")
    assert (
        by_field[("segments", 2, "id")]
        == "duplicate segment id 'opening' (first used in segment 1)"
    )
    assert "did you mean 'duration'" in by_field[("segments", 0, "durtion", KEY)]
    bad = tmp_path / "bad.yaml"
    bad.write_text(doc.render(), encoding="utf-8")
    from runofshow.core.loader import validate_file

    cli = {e.template for e in validate_file(bad)}
    assert {p.message.template for p in problems} == cli


def test_save_is_atomic_keeps_a_backup_and_detects_changes_behind_our_back(tmp_path: Path) -> None:
    path = tmp_path / "show.yaml"
    original = bundled_show().read_bytes()
    path.write_bytes(original)
    os.chmod(path, 0o640)
    stamp = read_stamp(path)
    doc = ShowDocument(path.read_text(encoding="utf-8"), path)
    doc.set(("show", "title"), restyle(doc.get(("show", "title")), "New title"))
    stamp = save(doc, path, expected=stamp)
    assert backup_path(path).read_bytes() == original
    assert load_show(path).title == "New title"
    assert os.stat(path).st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    # someone else edits the file: the next save is refused and nothing is written
    path.write_text(path.read_text(encoding="utf-8").replace("New title", "Theirs"), "utf-8")
    doc.set(("show", "title"), "Mine")
    with pytest.raises(FileChanged):
        save(doc, path, expected=stamp)
    assert load_show(path).title == "Theirs"


def test_a_text_that_would_read_back_differently_is_never_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "show.yaml"
    path.write_bytes(bundled_show().read_bytes())
    doc = ShowDocument(path.read_text(encoding="utf-8"), path)
    doc.set(("segments", 0, "title"), "yes")
    rendered = ShowDocument.render

    def unfaithful(self: ShowDocument, *, tidy: bool = True) -> str:
        # what a writer that ignored YAML 1.1 would produce: the title read as a boolean
        return (
            rendered(self, tidy=tidy)
            .replace('title: "yes"', "title: yes")
            .replace("id: opening", "id: no")
        )

    monkeypatch.setattr(ShowDocument, "render", unfaithful)
    with pytest.raises(SaveRefused) as refused:
        save(doc, path, expected=read_stamp(path))
    assert (
        refused.value.errors and "must be text like talk-dev-env" in refused.value.errors[0].message
    )
    assert path.read_bytes() == bundled_show().read_bytes()
    assert not backup_path(path).exists()


def test_bom_and_crlf_are_kept() -> None:
    text = "\ufeff" + readme_examples()[0].replace("\n", "\r\n")
    doc = ShowDocument(text)
    assert prepare(doc) == text
    doc.set(("segments", 0, "title"), "x")
    out = prepare(doc)
    assert out.startswith("\ufeff") and "\r\n    title: x\r\n" in out


TRAPS = ["no", "No", "OFF", "on", "y", "n", "~", "null", "13:05", "1:30:00", "012", "0o12",
         "0x1F", "1e3", ".5", "1_000", "2022-09-12", "2022-09-12T13:00:00+09:00", "=", "-",
         "- x", "? x", "a: b", "a #b", "#x", "@me", "`x", "!tag", "&a", "*a", "%x", "|", ">",
         "'q'", '"q"', "[x]", "{x}", "x,", " lead", "trail ", "", "\t", "あ: い", "ー"]  # fmt: skip
SCALARS = st.one_of(
    st.sampled_from(TRAPS),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
        max_size=30,
    ),
)


@settings(max_examples=300, deadline=None)
@given(title=SCALARS, name=SCALARS, description=SCALARS)
def test_any_text_typed_into_a_field_reads_back_exactly(
    title: str, name: str, description: str
) -> None:
    doc = ShowDocument(_SMALL)
    doc.set(("segments", 0, "title"), restyle(doc.get(("segments", 0, "title")), title or "t"))
    doc.set(("segments", 0, "speakers", 0, "name"), restyle(None, name or "n"))
    doc.set(("segments", 0, "description"), restyle(None, description), order=ORDER)
    show = load_show_text(prepare(doc))
    segment = show.segments[0]
    assert segment.title == (title or "t")
    assert segment.speakers[0].name == (name or "n")
    assert segment.description == description


_SMALL = (
    "format: runofshow/1\nshow:\n  title: T\n  starts_at: 2022-09-12T13:00:00+09:00\n"
    "  timezone: Asia/Tokyo\nsegments:\n  - id: a\n    kind: talk\n    title: x\n"
    '    speakers:\n      - {name: "@a", team: SRE}\n    duration: 5m\n'
)


@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(
        st.text(
            alphabet=st.characters(
                blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff\u2028\u2029\x85"
            ),
            max_size=20,
        ),
        min_size=2,
        max_size=4,
    ).map("\n".join)
)
def test_any_multi_line_text_reads_back_exactly(text: str) -> None:
    doc = ShowDocument(_SMALL)
    doc.set(("segments", 0, "cues"), CommentedSeq([CommentedMap([("title", "c")])]), order=ORDER)
    doc.set(("segments", 0, "cues", 0, "text"), restyle(None, text))
    assert load_show_text(prepare(doc)).segments[0].cues[0].text == text
