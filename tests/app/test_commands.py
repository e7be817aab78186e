"""The command table: one validation for every surface, unique names and routes, every
refusal code mapped, the API description, and the README's API table."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from runofshow.app.commands import (
    BUILTIN_COMMANDS,
    Arg,
    ArgKind,
    Command,
    CommandTable,
    InvalidArgs,
    Preset,
    api_table_markdown,
    table_json,
)
from runofshow.app.refusals import REFUSALS, http_status, refusal
from runofshow.app.wiring import RunOptions, build_command_table, build_services
from runofshow.core.engine import ActionResult
from runofshow.obs.service import obs_service

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
TABLE_MARKERS = re.compile(r"<!-- api-table:[^>]*-->\n(.*?)<!-- /api-table -->\n", re.S)


def builtin() -> CommandTable:
    return CommandTable(BUILTIN_COMMANDS)


def ok(_target: object, _args: object) -> ActionResult:
    return ActionResult(True, "x", None, "Done.")


def readme_api_table(text: str) -> str:
    found = TABLE_MARKERS.search(text)
    assert found, "the README has no generated API table"
    return found.group(1)


@pytest.mark.parametrize(
    ("name", "raw", "expected"),
    [
        ("add_time", {"seconds": 60}, {"seconds": 60.0}),
        ("add_time", {"seconds": "-30"}, {"seconds": -30.0}),  # ?seconds=-30
        ("add_time", {"seconds": 1.5}, {"seconds": 1.5}),
        ("message", {"text": "あと1分"}, {"text": "あと1分", "flash": False}),
        ("message", {"text": "", "flash": True}, {"text": "", "flash": True}),
        ("blackout", {}, {"on": None}),
        ("blackout", {"on": False}, {"on": False}),
        ("goto", {"segment": "panel"}, {"segment": "panel"}),
        ("next", None, {}),
    ],
)
def test_valid_arguments_are_converted_and_defaulted(
    name: str, raw: dict[str, object] | None, expected: dict[str, object]
) -> None:
    assert builtin().validate(name, raw) == expected


@pytest.mark.parametrize(
    ("name", "raw", "words"),
    [
        ("add_time", {}, "needs 'seconds'"),
        ("add_time", {"seconds": "sixty"}, "number of seconds"),
        ("add_time", {"seconds": True}, "number of seconds"),
        ("add_time", {"seconds": 0}, "non-zero"),
        ("add_time", {"seconds": math.inf}, "non-zero"),
        ("add_time", {"seconds": 1e12}, "at most a day"),
        ("message", {"text": 5}, "must be text"),
        ("message", {"text": "x" * 501}, "at most 500"),
        ("message", {"text": "hi", "flash": "yes"}, "true or false"),
        ("blackout", {"on": "yes"}, "true or false"),
        ("goto", {"segment": ""}, "segment id"),
        ("next", {"segment": "panel"}, "takes no argument 'segment'"),
    ],
)
def test_bad_arguments_are_bad_input_with_one_english_message(
    name: str, raw: dict[str, object], words: str
) -> None:
    with pytest.raises(InvalidArgs) as caught:
        builtin().validate(name, raw)
    assert caught.value.code == "bad_input"
    assert words in caught.value.message


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ok \ud800", "'text' contains half of a character (U+D800"),  # JSON's "\ud800"
        ("ベル \x07", "'text' contains the control character U+0007"),
    ],
)
def test_text_that_cannot_be_stored_or_shown_is_bad_text_naming_the_character(
    text: str, words: str
) -> None:
    with pytest.raises(InvalidArgs) as caught:
        builtin().validate("message", {"text": text})
    assert caught.value.code == "bad_text"
    assert caught.value.message.startswith(words)


def test_names_routes_and_presets_are_unique() -> None:
    dummy = Command("dummy", "Dummy", "Dummy", "/api/next", ok)
    with pytest.raises(ValueError, match="route '/api/next'"):
        CommandTable([*BUILTIN_COMMANDS, dummy])
    with pytest.raises(ValueError, match="'next' is declared twice"):
        CommandTable([*BUILTIN_COMMANDS, Command("next", "N", "N", None, ok)])
    preset = Command(
        "dummy", "Dummy", "Dummy", None, ok, presets=(Preset("add_minute", "A", "A", {}),)
    )
    with pytest.raises(ValueError, match="'add_minute'"):
        CommandTable([*BUILTIN_COMMANDS, preset])
    with pytest.raises(ValueError, match="route argument 'who'"):
        Command("dummy", "D", "D", "/api/dummy/{who}", ok, args=(Arg("who", ArgKind.TEXT, False),))


def test_every_engine_refusal_has_a_status_and_a_text() -> None:
    source = (ROOT / "runofshow" / "core" / "engine.py").read_text(encoding="utf-8")
    codes = set(re.findall(r'Refused\(\s*"(\w+)"', source))
    codes |= set(re.findall(r'ActionResult\(False, "\w+", "(\w+)"', source))
    assert len(codes) >= 19
    assert codes <= set(REFUSALS), codes - set(REFUSALS)
    assert {code: http_status(code) for code in ("bad_input", "unknown_segment", "stale")} == {
        "bad_input": 400,
        "unknown_segment": 404,
        "stale": 409,
    }
    assert http_status("no_show") == 503 and http_status("a_service_code") == 409
    assert refusal("a_service_code") is None
    for entry in REFUSALS.values():
        assert entry.remedy is None or entry.remedy in builtin(), entry


def test_the_api_description_has_every_command_in_every_language() -> None:
    described = {entry["name"]: entry for entry in table_json(builtin())}
    assert list(described) == [command.name for command in BUILTIN_COMMANDS]
    assert described["next"]["label"] == {"en": "Next segment", "ja": "次のセグメント"}
    assert described["next"]["route"] == "/api/next"
    assert described["goto"]["args"] == [
        {"name": "segment", "kind": "segment", "required": True, "default": None, "in_path": True}
    ]
    presets = {p["name"]: p for p in described["add_time"]["presets"]}
    assert presets["add_minute"]["args"] == {"seconds": 60}
    assert presets["remove_minute"]["button"]["ja"] == "−1分"
    assert described["blackout"]["toggles"] == "blackout"
    assert described["reset"]["route"] is None


def test_the_readme_api_table_is_the_command_table() -> None:
    services = build_services(RunOptions(show=Path("show.yaml")), obs=obs_service(None))
    expected = api_table_markdown(build_command_table(services))
    assert readme_api_table(README.read_text(encoding="utf-8")) == expected, (
        "README.md's API table differs from the command table; paste this between the "
        "api-table markers:\n" + expected
    )
