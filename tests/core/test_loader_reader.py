"""The YAML reader without libyaml: PyYAML built without its C extension falls back to the
pure-Python composer, which must give the same show and the same located problems (only
the wording of YAML syntax errors is PyYAML's own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from runofshow.core import yamlsource
from runofshow.core.loader import check_show_text, load_show_text
from tests.core.test_loader_errors import BASE, edit
from tests.core.test_loader_fuzz import REALISTIC, dump, mutated_documents

YAML_LEVEL = ("YAML", "tab character", "character U+", "not UTF-8")


@pytest.fixture
def pure_python(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As if PyYAML had been built without libyaml (yamlsource's ImportError branch)."""
    monkeypatch.setattr(yamlsource, "_Loader", yaml.SafeLoader)
    monkeypatch.setattr(yamlsource, "_C_MARKS", False)
    yield


def outcome(text: str | bytes) -> tuple[str, list[str]]:
    show, errors = check_show_text(text, "t.yaml")
    return repr(show), [str(e) for e in errors]


def both(text: str | bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    with_libyaml = outcome(text)
    with monkeypatch.context() as patch:
        patch.setattr(yamlsource, "_Loader", yaml.SafeLoader)
        patch.setattr(yamlsource, "_C_MARKS", False)
        without = outcome(text)
    return with_libyaml, without


def test_libyaml_is_what_this_machine_uses() -> None:
    assert yaml.__with_libyaml__
    assert yamlsource._C_MARKS


def test_the_same_show_without_libyaml(
    pure_python: None, bundled_show_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = bundled_show_path.read_text(encoding="utf-8")
    without = load_show_text(text, "bundled.yaml")
    monkeypatch.undo()
    assert without == load_show_text(text, "bundled.yaml")
    assert load_show_text(dump(REALISTIC), "r.yaml").segments


PROBLEMS = {
    "fields": edit("Asia/Tokyo", "Asia/Tokio", edit("kind: talk", "kind: keynote")),
    "tab line": edit("  timezone:", "\ttimezone:", edit("duration: 5m", "duration: 5 mins")),
    "control character": edit("title: Talk", "title: Ta\x01lk", edit("kind: talk", "kind: x")),
    "duplicate key": BASE + "format: runofshow/1\n",
    "alias": BASE + "x-a: &a [1]\nx-b: *a\n",
    "tag": edit("title: Talk", "title: !!binary aGVsbG8="),
    "overlap": edit("duration: 15m", 'duration: 15m\n    starts_at: "13:01"'),
    "not utf-8": edit("title: Talk", "title: 日本X").encode("utf-8").replace(b"X", b"\xff"),
}


@pytest.mark.parametrize("name", sorted(PROBLEMS))
def test_the_same_problems_at_the_same_places_without_libyaml(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_libyaml, without = both(PROBLEMS[name], monkeypatch)
    assert with_libyaml == without
    assert with_libyaml[1]  # every case has a problem


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated_documents())
def test_fuzzed_documents_read_alike_without_libyaml(data: bytes) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        with_libyaml, without = both(data, monkeypatch)
    for errors in (with_libyaml[1], without[1]):
        assert all("internal error" not in e for e in errors)
    if not any(word in e for e in with_libyaml[1] + without[1] for word in YAML_LEVEL):
        assert with_libyaml == without
