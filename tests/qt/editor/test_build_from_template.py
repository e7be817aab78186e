"""An organizer builds the bundled show from the template in the editor, through its
fields and buttons; the saved file loads as exactly the bundled show."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from runofshow.core.durations import to_yaml_duration
from runofshow.core.loader import load_show
from runofshow.core.model import Segment, Show
from runofshow.core.showdoc import MISSING
from runofshow.core.showschema import FieldSpec, Shape
from runofshow.qt.editor.fields import object_name
from runofshow.qt.editor.file_actions import template_document
from runofshow.qt.editor.window import EditorWindow
from tests.qt.editor.support import choose, click, set_link, type_into


def duration_text(ms: int) -> str:
    return to_yaml_duration(ms)


def fill_segment(window: EditorWindow, index: int, segment: Segment, show: Show) -> None:
    base = ("segments", index)
    window.segments.select(index)
    type_into(window, (*base, "id"), segment.id)
    choose(window, (*base, "kind"), segment.kind.value)
    type_into(window, (*base, "title"), segment.title)
    type_into(window, (*base, "duration"), duration_text(segment.duration_ms))
    type_into(
        window, (*base, "thresholds", "warning"), duration_text(segment.thresholds.warning_ms)
    )
    type_into(window, (*base, "thresholds", "danger"), duration_text(segment.thresholds.danger_ms))
    if segment.description:
        type_into(window, (*base, "description"), segment.description)
    speakers = (*base, "speakers")
    for number, speaker in enumerate(segment.speakers):
        click(window, object_name(speakers) + ":add")
        item = (*speakers, number)
        type_into(window, (*item, "name"), speaker.name)
        if speaker.team:
            type_into(window, (*item, "team"), speaker.team)
        if speaker.role:
            type_into(window, (*item, "role"), speaker.role)
    cues = (*base, "cues")
    for number, cue in enumerate(segment.cues):
        click(window, object_name(cues) + ":add")
        item = (*cues, number)
        type_into(window, (*item, "title"), cue.title)
        if cue.at_ms is not None:
            type_into(window, (*item, "at"), duration_text(cue.at_ms) if cue.at_ms else "0m")
        if cue.text:
            type_into(window, (*item, "text"), cue.text)
    if segment.notes.slide:
        type_into(window, (*base, "notes", "slide"), segment.notes.slide)
    if segment.notes.stream:
        type_into(window, (*base, "notes", "stream"), segment.notes.stream)


def fill_missing(window: EditorWindow, spec: FieldSpec, path: tuple[Any, ...], wanted: Any) -> None:
    """Through the fields the schema gives, whatever the bundled file has at ``path`` that
    the editor's show lacks: keys other issues add to the format (an OBS section) are
    typed in without this test knowing them."""
    if spec.shape is Shape.OBJECT:
        if not isinstance(wanted, dict):  # the shorthand (``transition: Fade``)
            assert spec.shorthand is not None, path
            wanted = {spec.shorthand: wanted}
        for key, value in wanted.items():
            child = spec.child(str(key))
            assert child is not None, f"the schema has no {(*path, key)}"
            fill_missing(window, child, (*path, key), value)
        return
    if window.doc.get(path) not in (MISSING, ""):  # "": a list item's field, just added
        return
    if spec.shape is Shape.MAP:
        for name, value in wanted.items():
            set_link(window, path, str(name), str(value))
    elif spec.shape is Shape.BOOLEAN:
        choose(window, path, "true" if wanted else "false")
    elif spec.shape is Shape.CHOICE:
        choose(window, path, str(wanted))
    elif spec.shape is Shape.LIST:  # (a panel's prepared questions, their tags)
        assert spec.item is not None, path
        for number, item in enumerate(wanted if isinstance(wanted, list) else [wanted]):
            click(window, object_name(path) + ":add")
            fill_missing(window, spec.item, (*path, number), item)
    else:
        type_into(window, path, str(wanted))


def test_the_bundled_show_built_from_the_template_loads_equal(
    qtbot: QtBot, tmp_path: Path, bundled_show_path: Path
) -> None:
    bundled = load_show(bundled_show_path)
    window = EditorWindow(template_document())
    qtbot.addWidget(window)
    window.show()
    assert window.doc.segment_count() == 6 and window.doc.problems == []
    # the template has three talks; delete one and add a segment back, as a user would
    window.segments.select(3)
    click(window, "removeSegment")
    assert window.doc.segment_count() == 5
    window.segments.select(2)
    click(window, "addSegment")
    assert window.doc.segment_count() == 6 and window.segments.current() == 3

    window.tabs.setCurrentIndex(1)
    type_into(window, ("show", "title"), bundled.title)
    type_into(window, ("show", "starts_at"), bundled.starts_at.isoformat())
    type_into(window, ("show", "timezone"), bundled.timezone)
    type_into(window, ("show", "description"), bundled.description)
    for name, url in bundled.links:
        set_link(window, ("show", "links"), name, url)
    type_into(window, ("show", "thresholds", "warning"), "3m")
    type_into(window, ("show", "thresholds", "danger"), "1m")
    raw = yaml.safe_load(bundled_show_path.read_text(encoding="utf-8"))
    fill_missing(window, window.doc.fmt.show, ("show",), raw["show"])
    window.tabs.setCurrentIndex(0)
    for index, segment in enumerate(bundled.segments):
        fill_segment(window, index, segment, bundled)
        fill_missing(window, window.doc.fmt.segment, ("segments", index), raw["segments"][index])

    assert [str(p.message) for p in window.doc.problems] == []
    target = tmp_path / "built.yaml"
    assert window.save_as(target)
    built = load_show(target)
    assert replace(built, source=None) == replace(bundled, source=None)
    cue_list = window.findChild(QListWidget, object_name(("segments", 5, "cues")) + ":list")
    assert cue_list is not None and cue_list.count() == len(bundled.segments[5].cues)
