"""Fuzzing: whatever the input, the loader answers with a Show or located errors, never a crash."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runofshow.core.errors import ShowLoadError
from runofshow.core.loader import (
    CUE_KEYS,
    INTERNAL_ERROR,
    SEGMENT_KEYS,
    SHOW_KEYS,
    TOP_KEYS,
    check_show_text,
    load_show_text,
)
from runofshow.core.model import Show

REALISTIC: dict[str, Any] = {
    "format": "runofshow/1",
    "show": {
        "title": "Kyash TechTalk #4 - Serversideと新しい挑戦",
        "starts_at": dt.datetime(2022, 9, 12, 13, 0, tzinfo=dt.timezone(dt.timedelta(hours=9))),
        "timezone": "Asia/Tokyo",
        "links": {"stream": "https://www.youtube.com/live/x", "event": "https://connpass.com/"},
        "thresholds": {"warning": "3m", "danger": "1m"},
    },
    "segments": [
        {"id": "opening", "kind": "opening", "title": "オープニング", "duration": "5m",
         "speakers": [{"name": "@convto", "team": "Serverside", "role": "司会"}]},
        {"id": "talk-dev-env", "kind": "talk", "title": "ローカル開発環境をAWSへ移行した話",
         "speakers": [{"name": "@yuu26", "team": "SRE"}], "duration": "15m",
         "thresholds": {"warning": "5m", "danger": "2m"}, "starts_at": "13:05",
         "cues": [{"title": "背景", "at": "0m", "text": "docker\n"}, {"title": "課題", "at": "3m"}],
         "notes": {"slide": "スライド", "stream": "配信"}},
        {"id": "panel", "kind": "panel", "title": "パネル", "duration": "45m",
         "speakers": ["@k_omotani", "@uncle__ko"], "cues": ["お題1", {"title": "お題2"}]},
    ],
}  # fmt: skip

KEYS = st.sampled_from(
    sorted({*TOP_KEYS, *SHOW_KEYS, *SEGMENT_KEYS, *CUE_KEYS, "name", "warning", "danger"})
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["runofshow/1", "15m", "0m", "13:05", "Asia/Tokyo", "talk", "1:30:00"]),
    st.datetimes(
        timezones=st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=9, minutes=30))])
    ),
    st.dates(),
)
TREES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(KEYS | st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=15,
)


def assert_located(data: str | bytes) -> None:
    show, errors = check_show_text(data, "fuzz.yaml")
    if show is not None:
        assert isinstance(show, Show)
        assert errors == []
        return
    assert errors, "no Show and no errors"
    for error in errors:
        assert error.line >= 1 and error.col >= 1, error
        assert error.message
        assert INTERNAL_ERROR not in error.message, error  # the safety net must stay unused
        assert str(error).startswith(f"fuzz.yaml:{error.line}:{error.col}: ")
    try:
        load_show_text(data, "fuzz.yaml")
    except ShowLoadError as exc:
        assert exc.errors == errors
    else:  # pragma: no cover - would contradict check_show_text
        raise AssertionError("load_show_text accepted what check_show_text refused")


def dump(tree: object) -> str:
    return yaml.safe_dump(tree, allow_unicode=True, sort_keys=False)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TREES)
def test_random_yaml_trees(tree: object) -> None:
    assert_located(dump(tree))


def _paths(node: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _parent(tree: Any, path: tuple[object, ...]) -> Any:
    for step in path[:-1]:
        tree = tree[step]
    return tree


@st.composite
def mutated_documents(draw: st.DrawFn) -> bytes:
    tree = copy.deepcopy(REALISTIC)
    for _ in range(draw(st.integers(0, 3))):
        paths = _paths(tree)
        path = draw(st.sampled_from(paths))
        parent = _parent(tree, path)
        action = draw(st.sampled_from(["delete", "swap", "rename"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "swap":
            parent[path[-1]] = draw(TREES)
        elif isinstance(parent, dict):
            parent[draw(KEYS | st.text(max_size=8))] = parent.pop(path[-1])
    data = dump(tree).encode("utf-8")
    for _ in range(draw(st.integers(0, 3))):
        action = draw(st.sampled_from(["truncate", "insert", "tab", "crlf"]))
        where = draw(st.integers(0, len(data)))
        if action == "truncate":
            data = data[:where]
        elif action == "insert":
            data = data[:where] + draw(st.binary(min_size=1, max_size=6)) + data[where:]
        elif action == "tab":
            data = data[:where] + b"\t" + data[where:]
        else:
            data = data.replace(b"\n", b"\r\n")
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    return data


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents())
def test_mutated_realistic_documents(data: bytes) -> None:
    assert_located(data)


def test_the_unmutated_document_loads() -> None:
    show = load_show_text(dump(REALISTIC), "realistic.yaml")
    assert [s.id for s in show.segments] == ["opening", "talk-dev-env", "panel"]
