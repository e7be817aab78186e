"""The show-day check: which scenes, text sources and transitions named in the show are
missing from the connected OBS. In the console (the OBS panel's Check button) and on the
command line: ``runofshow obs-check SHOW --obs HOST:PORT`` exits 1 if anything is missing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from runofshow.core.model import Show
from runofshow.core.obs_plan import ObsStep, Where
from runofshow.obs.client import Address, Client, ObsFailure
from runofshow.obs.connection import Connect, Inventory, connect_obsws, read_inventory

TEXT_KINDS = ("text_",)  # text_ft2_source_v2 (all systems), text_gdiplus_v2/v3 (Windows)

Uses = dict[str, list[str]]  # name -> where the show uses it ("before", segment ids, "after")


@dataclass(frozen=True)
class Needs:
    scenes: Uses
    texts: Uses
    transitions: Uses


def needs(show: Show) -> Needs:
    """Every scene, text source and transition the show names, with where."""
    scenes: Uses = {}
    texts: Uses = {}
    transitions: Uses = {}
    plan = show.obs
    if plan is None:
        return Needs(scenes, texts, transitions)
    steps: list[tuple[str, ObsStep]] = []
    if plan.before is not None:
        steps.append(("before", plan.edge(Where.BEFORE)))
    steps += [(segment.id, plan.for_segment(segment.obs)) for segment in show.segments]
    if plan.after is not None:
        steps.append(("after", plan.edge(Where.AFTER)))
    for where, step in steps:
        if not step.automation:
            continue
        if step.scene is not None:
            scenes.setdefault(step.scene, []).append(where)
        for source, _template in step.texts:
            texts.setdefault(source, []).append(where)
        if step.transition is not None:
            transitions.setdefault(step.transition.name, []).append(where)
    return Needs(scenes, texts, transitions)


@dataclass(frozen=True)
class Preflight:
    """What is missing (name, where the show uses it); ``not_text`` are inputs that exist
    but are not text sources (name, their kind)."""

    missing_scenes: tuple[tuple[str, tuple[str, ...]], ...]
    missing_texts: tuple[tuple[str, tuple[str, ...]], ...]
    not_text: tuple[tuple[str, str], ...]
    missing_transitions: tuple[tuple[str, tuple[str, ...]], ...]
    counts: tuple[int, int, int]  # scenes, texts, transitions the show names

    @property
    def ok(self) -> bool:
        return not (self.missing_scenes or self.missing_texts or self.not_text
                    or self.missing_transitions)  # fmt: skip

    def as_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "missing_scenes": [{"name": n, "used_in": list(w)} for n, w in self.missing_scenes],
            "missing_texts": [{"name": n, "used_in": list(w)} for n, w in self.missing_texts],
            "not_text": [{"name": n, "kind": k} for n, k in self.not_text],
            "missing_transitions": [
                {"name": n, "used_in": list(w)} for n, w in self.missing_transitions
            ],
            "scenes": self.counts[0], "texts": self.counts[1], "transitions": self.counts[2],
        }  # fmt: skip


def compare(wanted: Needs, found: Inventory) -> Preflight:
    scenes = set(found.scenes)
    kinds = dict(found.inputs)
    transitions = set(found.transitions)
    return Preflight(
        missing_scenes=tuple((n, tuple(w)) for n, w in wanted.scenes.items() if n not in scenes),
        missing_texts=tuple((n, tuple(w)) for n, w in wanted.texts.items() if n not in kinds),
        not_text=tuple(
            (n, kinds[n]) for n in wanted.texts
            if n in kinds and not kinds[n].startswith(TEXT_KINDS)
        ),
        missing_transitions=tuple(
            (n, tuple(w)) for n, w in wanted.transitions.items() if n not in transitions
        ),
        counts=(len(wanted.scenes), len(wanted.texts), len(wanted.transitions)),
    )  # fmt: skip


def report_lines(result: Preflight) -> list[str]:
    """The check in English, one line per problem (the command line's output)."""
    lines = [f"missing scene {name!r} (used in {', '.join(where)})"
             for name, where in result.missing_scenes]  # fmt: skip
    lines += [f"missing text source {name!r} (used in {', '.join(where)})"
              for name, where in result.missing_texts]  # fmt: skip
    lines += [f"{name!r} is not a text source (it is a {kind})" for name, kind in result.not_text]
    lines += [f"missing transition {name!r} (used in {', '.join(where)})"
              for name, where in result.missing_transitions]  # fmt: skip
    return lines


def obs_check(
    show_path: Path,
    address: Address,
    password: str,
    *,
    connect: Connect = connect_obsws,
    out: TextIO | None = None,
    err: TextIO | None = None,
    load: Callable[[Path], Show] | None = None,
) -> int:
    """``runofshow obs-check``: 0 when OBS has everything the show names, 1 when anything
    is missing or OBS cannot be reached, 2 when the show file is broken (its errors)."""
    from runofshow.core.loader import ShowLoadError, load_show
    from runofshow.obs.messages import error_text

    out, err = out or sys.stdout, err or sys.stderr
    try:
        show = (load or load_show)(show_path)
    except ShowLoadError as error:
        for located in error.errors:
            print(located, file=err)
        return 2
    wanted = needs(show)
    if not (wanted.scenes or wanted.texts):
        print(f"{show_path}: the show has no obs section; nothing to check", file=out)
        return 0
    client: Client | None = None
    try:
        client = connect(address, password, 5.0)
        found = read_inventory(client.request)
    except ObsFailure as failure:
        print(f"runofshow: {error_text(failure.error, str(address))}", file=err)
        return 1
    finally:
        if client is not None:
            client.close()
    result = compare(wanted, found)
    print(f"OBS {client.obs_version} at {address} (obs-websocket {client.websocket_version})",
          file=out)  # fmt: skip
    for line in report_lines(result):
        print(line, file=out)
    scenes, texts, transitions = result.counts
    summary = f"{scenes} scenes, {texts} text sources, {transitions} transitions named in the show"
    print(f"{'ok' if result.ok else 'MISSING'}: {summary}", file=out)
    return 0 if result.ok else 1
