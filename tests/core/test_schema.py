"""The JSON Schema and the loader agree: on the bundled show, on README examples, on mistakes."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from runofshow.core.durations import DurationError, parse_duration
from runofshow.core.loader import check_show_text, load_show_text
from runofshow.paths import bundled_show, schema_path
from tests.shows import ONE_TALK

REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"
FENCE = re.compile(r"^```ya?ml[^\n]*\n(.*?)^```", re.S | re.M)


def schema() -> dict[str, Any]:
    return json.loads(schema_path().read_text(encoding="utf-8"))


def as_json(node: Any) -> Any:
    """What an editor sees: YAML timestamps become ISO strings."""
    if isinstance(node, dict):
        return {str(k): as_json(v) for k, v in node.items()}
    if isinstance(node, list):
        return [as_json(v) for v in node]
    if isinstance(node, dt.date | dt.datetime):
        return node.isoformat()
    return node


def schema_errors(text: str) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema())
    document = as_json(yaml.safe_load(text))
    return [e.message for e in validator.iter_errors(document)]


def readme_examples() -> list[tuple[str, str]]:
    examples = []
    for index, match in enumerate(FENCE.finditer(README.read_text(encoding="utf-8"))):
        block = match.group(1)
        content = [ln for ln in block.splitlines() if ln.strip() and not ln.startswith("#")]
        if content and content[0].startswith("format: runofshow/1"):
            examples.append((f"README.md#{index}", block))
    return examples


def test_the_schema_is_a_valid_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_bundled_show_passes_schema_and_loader() -> None:
    text = bundled_show().read_text(encoding="utf-8")
    assert schema_errors(text) == []
    assert load_show_text(text, str(bundled_show())).segments


def test_the_bundled_show_asks_editors_for_the_schema() -> None:
    first = bundled_show().read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/show-v1.json"
    assert (bundled_show().parent / "../schema/show-v1.json").resolve() == schema_path().resolve()


def test_the_readme_has_examples() -> None:
    assert len(readme_examples()) >= 1


@pytest.mark.parametrize(("where", "text"), readme_examples())
def test_readme_examples_pass_schema_and_loader(where: str, text: str) -> None:
    assert schema_errors(text) == [], where
    show, errors = check_show_text(text, where)
    assert [str(e) for e in errors] == []
    assert show is not None


GOOD = ONE_TALK

ACCEPTED_BY_BOTH = {
    "x-keys": GOOD + "x-owner: me\n",
    "integer duration": GOOD.replace("15m", "900"),
    "clock duration": GOOD.replace("15m", '"15:00"'),
    "unit duration": GOOD.replace("15m", "1h 30m 15s"),
    "speaker string": GOOD + "    speakers: '@yuu26'\n",
    "speaker list": GOOD + "    speakers: ['@a', {name: '@b', team: SRE, role: host}]\n",
    "cue strings": GOOD + "    cues: [背景, {title: 課題, at: 0m}, {title: 結論, at: '14:00'}]\n",
    "hard start time": GOOD + '    starts_at: "13:00"\n',
    "hard start moment": GOOD + "    starts_at: 2022-09-12T13:00:00+09:00\n",
    "thresholds": GOOD + "    thresholds: {warning: 5m, danger: 2m}\n",
    "links": GOOD.replace("segments:", "  links: {stream: 'https://y'}\nsegments:"),
    "notes": GOOD + "    notes: {slide: s, stream: t}\n",
    "null optionals": GOOD + "    cues:\n    notes:\n    speakers:\n    description:\n",
    "questions": GOOD
    + "    questions:\n      - EC2の開発環境は？\n"
    + "      - {text: 非同期化は？, asker: たろう, tags: [設計, 非同期化]}\n"
    + "      - {text: 一つのタグ, tags: fourkeys}\n",
    "null questions": GOOD + "    questions:\n",
    "auto start": GOOD + '    starts_at: "13:00"\n    auto_start: true\n',
    "no auto start": GOOD + "    auto_start: false\n",
    "no chapter": GOOD + "    chapter: false\n",
}

REFUSED_BY_BOTH = {
    "unknown key": GOOD + "    durtion: 5m\n",
    "bad kind": GOOD.replace("kind: talk", "kind: keynote"),
    "bad id": GOOD.replace("id: a", "id: A_1"),
    "missing duration": GOOD.replace("    duration: 15m\n", ""),
    "wrong format": GOOD.replace("runofshow/1", "runofshow/2"),
    "bad duration": GOOD.replace("15m", "15 minutes"),
    "zero duration": GOOD.replace("15m", "0"),
    "list duration": GOOD.replace("15m", "[15]"),
    "no segments": GOOD.split("segments:")[0] + "segments: []\n",
    "no offset": GOOD.replace("+09:00", ""),
    "bad hard start": GOOD + '    starts_at: "25:00"\n',
    "unknown show key": GOOD.replace("  timezone:", "  zone: x\n  timezone:"),
    "speaker without name": GOOD + "    speakers: [{team: SRE}]\n",
    "cue without title": GOOD + "    cues: [{at: 1m}]\n",
    "auto start without hard start": GOOD + "    auto_start: true\n",
    "auto start not a flag": GOOD + '    starts_at: "13:00"\n    auto_start: at 13:00\n',
    "chapter not a flag": GOOD + "    chapter: maybe\n",
    "missing show": "format: runofshow/1\nsegments: [{id: a, kind: talk, title: A, duration: 1}]\n",
    "question without text": GOOD + "    questions: [{asker: たろう}]\n",
    "question too long": GOOD + f"    questions: ['{'長' * 501}']\n",
    "question key typo": GOOD + "    questions: [{text: q, askr: x}]\n",
    "question list as text": GOOD + "    questions: [[q]]\n",
    "too many tags": GOOD + f"    questions: [{{text: q, tags: {list('abcdefghijk')}}}]\n",
}


@pytest.mark.parametrize("name", sorted(ACCEPTED_BY_BOTH))
def test_accepted_by_schema_and_loader(name: str) -> None:
    text = ACCEPTED_BY_BOTH[name]
    assert schema_errors(text) == []
    assert [str(e) for e in check_show_text(text, name)[1]] == []


@pytest.mark.parametrize("name", sorted(REFUSED_BY_BOTH))
def test_refused_by_schema_and_loader(name: str) -> None:
    text = REFUSED_BY_BOTH[name]
    assert schema_errors(text) != []
    assert check_show_text(text, name)[1] != []


DURATION_SAMPLES = [
    "15m", "1h30m", "1h 30m 15s", "90s", "90", "15:00", "1:30:00", "05:00", " 2m ", "0", "0m",
    "15 minutes", "1.5h", "m", "", "-5m", "1:60", "1:2:3", "h1", "15m30", "3s2m",
]  # fmt: skip


@pytest.mark.parametrize("sample", DURATION_SAMPLES)
def test_the_duration_pattern_agrees_with_parse_duration(sample: str) -> None:
    pattern = schema()["$defs"]["duration"]["oneOf"][1]["pattern"]
    try:
        parse_duration(sample)
        accepted = True
    except DurationError:
        accepted = False
    assert bool(re.search(pattern, sample)) == accepted
