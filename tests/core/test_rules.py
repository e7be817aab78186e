"""The show's rules without YAML: plain values with positions a front-end makes up (here the
cells of an imaginary spreadsheet), problems handed back at those positions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from runofshow.core.errors import Message
from runofshow.core.loader import load_show_text
from runofshow.core.rules import (
    KEY,
    FieldPath,
    Kind,
    ListValue,
    MapValue,
    ScalarValue,
    check_show,
    from_plain,
)

TOKYO = ZoneInfo("Asia/Tokyo")


@dataclass(frozen=True)
class Cell:
    """A spreadsheet cell: the kind of position a CSV front-end would give."""

    row: int
    column: str


def cell_of(path: FieldPath) -> Cell:
    """Show fields on row 1, segment i on row i + 2; keys sit in the header row 0."""
    is_key = bool(path) and path[-1] == KEY
    steps = [step for step in path if step != KEY]
    if len(steps) >= 2 and steps[0] == "segments" and isinstance(steps[1], int):
        row, column = steps[1] + 2, "/".join(map(str, steps[2:])) or "segment"
    else:
        row, column = 1, "/".join(map(str, steps)) or "document"
    return Cell(0 if is_key else row, column)


def mention_row(where: object) -> Message:
    assert isinstance(where, Cell)
    return Message("in row {row}", row=where.row)


PLAIN = {
    "format": "runofshow/1",
    "show": {
        "title": "Plain show",
        "starts_at": datetime(2022, 9, 12, 13, 0, tzinfo=TOKYO),
        "timezone": "Asia/Tokyo",
    },
    "segments": [
        {"id": "opening", "kind": "opening", "title": "Opening", "duration": "5m"},
        {
            "id": "talk",
            "kind": "talk",
            "title": "Talk",
            "duration": 900,  # an int: seconds, like a spreadsheet number
            "starts_at": "13:05",
            "speakers": [{"name": "@yuu26", "team": "SRE"}],
            "cues": [{"title": "Intro", "at": "0m"}, "Wrap"],
        },
    ],
}

SAME_AS_YAML = """\
format: runofshow/1
show: {title: Plain show, starts_at: 2022-09-12T13:00:00+09:00, timezone: Asia/Tokyo}
segments:
  - {id: opening, kind: opening, title: Opening, duration: 5m}
  - id: talk
    kind: talk
    title: Talk
    duration: 900
    starts_at: "13:05"
    speakers: [{name: "@yuu26", team: SRE}]
    cues: [{title: Intro, at: 0m}, Wrap]
"""


def test_a_plain_document_builds_the_same_show_as_its_yaml() -> None:
    checked = check_show(from_plain(PLAIN, cell_of), mention=mention_row)
    assert checked.problems == []
    assert checked.show == load_show_text(SAME_AS_YAML, "same.yaml")
    assert checked.show is not None
    assert checked.show.segments[1].hard_start == datetime(2022, 9, 12, 13, 5, tzinfo=TOKYO)


def test_problems_come_back_at_the_front_ends_positions() -> None:
    plain = {**PLAIN, "segments": [dict(s) for s in PLAIN["segments"]]}  # type: ignore[attr-defined]
    plain["segments"][0]["duration"] = "5 minutes"
    plain["segments"][1]["id"] = "opening"
    plain["segments"][1]["colour"] = "red"
    plain["segments"][1]["starts_at"] = "13:01"
    checked = check_show(from_plain(plain, cell_of), mention=mention_row)
    assert checked.show is None
    found = [(p.where, str(p.message)) for p in checked.problems]
    assert found == [
        (
            Cell(2, "duration"),
            "'duration': '5 minutes' is not a duration; use seconds (90), 90s, 15m, 1h30m, "
            "'1h 30m 15s', mm:ss or h:mm:ss",
        ),
        (
            Cell(0, "colour"),
            "unknown key 'colour' in segment 'opening'; allowed keys: id, kind, title, "
            "speakers, duration, thresholds, starts_at, description, cues, notes, obs, questions, "
            "auto_start, chapter",
        ),
        (Cell(3, "id"), "duplicate segment id 'opening' (first used in row 2)"),
    ]
    duplicate = checked.problems[-1].message
    assert duplicate.template == "duplicate segment id {id} (first used {first})"
    assert duplicate.params["first"].template == "in row {row}"  # type: ignore[attr-defined]


def test_positions_already_explained_by_the_front_end_are_left_alone() -> None:
    plain = {**PLAIN, "segments": [{**PLAIN["segments"][0], "kind": "keynote"}]}  # type: ignore[index]
    assert len(check_show(from_plain(plain, cell_of)).problems) == 1
    checked = check_show(from_plain(plain, cell_of), reported={Cell(2, "kind")})
    assert checked.problems == []
    assert checked.show is None  # still refused: the front-end said why


def test_values_built_by_hand_with_kinds_and_typed_values() -> None:
    """A front-end may build values itself, e.g. to keep what the user typed ("yes")."""

    def s(text: str, where: str, kind: Kind = Kind.TEXT, value: object = None) -> ScalarValue:
        return ScalarValue(text, where, kind, value)

    def field(name: str, value: ScalarValue | ListValue | MapValue) -> tuple[ScalarValue, object]:
        return (s(name, f"key:{name}"), value)

    segment = MapValue(
        [
            field("id", s("a", "id")),
            field("kind", s("talk", "kind")),
            field("title", s("yes", "title", Kind.BOOLEAN)),  # kept as written
            field("duration", s("0x3c", "duration", Kind.INTEGER, 60)),  # the typed value counts
        ],  # type: ignore[list-item]
        "segment",
    )
    moment = datetime(2022, 9, 12, 13, 0, tzinfo=TOKYO)
    root = MapValue(
        [
            field("format", s("runofshow/1", "format")),
            field(
                "show",
                MapValue(
                    [
                        field("title", s("T", "title")),
                        field("starts_at", s("13:00", "starts_at", Kind.DATE, moment)),
                        field("timezone", s("Asia/Tokyo", "tz")),
                    ],  # type: ignore[list-item]
                    "show",
                ),
            ),
            field("segments", ListValue([segment], "segments")),
        ],  # type: ignore[list-item]
        "root",
    )
    checked = check_show(root)
    assert checked.problems == []
    assert checked.show is not None
    assert checked.show.segments[0].title == "yes"
    assert checked.show.segments[0].duration_ms == 60_000
