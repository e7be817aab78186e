"""Hypothesis: thousands of damaged journals, each either resumed to a state the engine can
show and act on, or cleanly set aside as damaged. Never an exception.

JOURNAL_FUZZ_EXAMPLES sets how many (2,000 by default, every CI run; the closing note of
issue 13 reports a run of 10,000).
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from runofshow.core.clock import FakeClocks
from runofshow.core.engine import Engine
from runofshow.core.history_log import RunLog
from runofshow.core.journal import JOURNAL_NAME, Journal, JournalHistory, ResumeInfo
from runofshow.core.snapshot import Status
from tests.core.test_engine import MIN, default_show

EXAMPLES = int(os.environ.get("JOURNAL_FUZZ_EXAMPLES", "2000"))


def _journals() -> list[dict[str, Any]]:
    """Valid journals of every kind: standby with a message, running, paused, ended, with
    undo and redo stacks, with history waiting for the run store."""
    found = []
    show = default_show()
    for steps in (
        ("set_message",),
        ("start",),
        ("start", "next", "add_time", "next_cue", "pause"),
        ("start", "next", "set_blackout", "undo", "end_show"),
        ("start", "goto", "set_message", "next", "undo", "undo", "redo"),
    ):
        clocks = FakeClocks()
        engine = Engine(show, clocks)
        log = RunLog(Path("show.yaml"))
        log.started(engine.snapshot(), show, clocks.mono, clocks.now)
        ops: list[Any] = []
        engine.subscribe(lambda event, ops=ops, log=log: ops.extend(log.record(event, "api")))
        for step in steps:
            clocks.advance(MIN)
            if step == "set_message":
                engine.set_message("手を振って", flash=True)
            elif step == "add_time":
                engine.add_time(30_000)
            elif step == "set_blackout":
                engine.set_blackout(True)
            elif step == "goto":
                engine.goto(show.segments[-1].id)
            else:
                getattr(engine, step)()
        folder = Path(os.environ.get("TMPDIR", "/tmp"))
        journal = Journal(folder / f"fuzz-seed-{os.getpid()}.json", clocks)
        journal.save(engine.state(), history=JournalHistory(log.open, tuple(ops)))
        found.append(json.loads(journal.path.read_text(encoding="utf-8")))
        journal.path.unlink()
    return found


SEEDS = _journals()

ODD = ["\ud83d", "\x07", "running", "ended", "2024-01-01T10:00:00", "9999-12-31T23:59:59+00:00",
       "opening", ""]  # fmt: skip
json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, -1, 1, 10**13, -(10**13), 10**30]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(ODD),
)
PLAUSIBLE = [
    "standby", "running", "paused", "ended", "opening", "closing", "talk-dev-env", "next",
    "2022-09-12T03:40:00+00:00", "2022-09-12T12:50:00+09:00", "2199-12-31T00:00:00+00:00",
    "手を振って", "", "fake-boot", "other-boot", "runofshow-journal",
]  # fmt: skip
json_value = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=8,
)


def _paths(value: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield here
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*here, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*here, index))


@st.composite
def damaged_journals(draw: st.DrawFn) -> bytes:
    data = copy.deepcopy(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p]
        path = draw(st.sampled_from(paths))
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        how = draw(
            st.sampled_from(["tweak", "tweak", "tweak", "replace", "delete", "nest", "copy"])
        )
        if how == "tweak":  # near misses: the engine must cope with what the checks let by
            old = parent[path[-1]]
            if isinstance(old, int) and not isinstance(old, bool):
                parent[path[-1]] = old + draw(st.integers(-(10**8), 10**8))
            elif isinstance(old, str):
                parent[path[-1]] = draw(st.sampled_from(PLAUSIBLE))
            elif isinstance(old, bool):
                parent[path[-1]] = not old
            else:
                parent[path[-1]] = draw(json_leaf)
        elif how == "replace":
            parent[path[-1]] = draw(json_value)
        elif how == "delete":
            del parent[path[-1]]
        elif how == "nest":
            parent[path[-1]] = [parent[path[-1]]] * draw(st.integers(1, 3))
        else:
            other = draw(st.sampled_from(paths))
            source = data
            try:
                for key in other:
                    source = source[key]
            except (KeyError, IndexError, TypeError):
                continue
            parent[path[-1]] = copy.deepcopy(source)
    text = json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 5)) == 0:  # a power cut mid-write
        text = text[: draw(st.integers(0, len(text)))]
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 3]))):  # bits flipped on the disk
        if text:
            at = draw(st.integers(0, len(text) - 1))
            text = text[:at] + bytes([draw(st.integers(0, 255))]) + text[at + 1 :]
    return text


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=damaged_journals())
def test_a_damaged_journal_resumes_sanely_or_is_set_aside(tmp_path: Path, text: bytes) -> None:
    path = tmp_path / JOURNAL_NAME
    for old in tmp_path.iterdir():
        old.unlink()
    path.write_bytes(text)
    clocks = FakeClocks(mono=9_000_000)
    journal = Journal(path, clocks)
    show = default_show()
    info = journal.load(show)  # must not raise
    event("damaged" if journal.damaged else "fresh start" if info is None else "resumed")
    if journal.damaged is not None:
        assert info is None and journal.damaged.reason
        assert journal.damaged.copy is not None and journal.damaged.copy.exists()
        return
    if info is None:
        return  # a clean exit, or nothing worth resuming
    assert isinstance(info, ResumeInfo) and info.downtime_ms >= 0
    engine = Engine(show, clocks, state=info.state)
    snap = engine.snapshot()
    assert snap.status in tuple(Status)
    clocks.advance(1_500)
    for act in (engine.toggle, engine.next, engine.next_cue, engine.undo, engine.redo):
        act()  # applied or refused, never an exception
    engine.snapshot()
