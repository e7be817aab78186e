"""`runofshow runs SHOW` and `runofshow report SHOW`: run history on the command line.

Both print to stdout and return the exit status; problems go to stderr with status 1, in
one line, never a traceback: a store that is damaged, locked by another program, written
by a newer runofshow or unreadable says so and what to do.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from runofshow.core.durations import format_duration
from runofshow.core.model import SegmentKind
from runofshow.core.question_report import answered_questions
from runofshow.core.reports import ChapterError, run_csv, run_markdown, youtube_chapters
from runofshow.core.runs import (
    STORE_NAME,
    RunInfo,
    RunStore,
    StoreBusy,
    StoreDamaged,
    StoreError,
    UnknownRun,
    store_error,
)
from runofshow.paths import show_data_path

FORMATS = ("csv", "md", "chapters")
KINDS = {kind.value for kind in SegmentKind}


def _error(message: str) -> int:
    sys.stderr.write(f"error: {message}\n")
    return 1


BUSY_TIMEOUT_MS = 2_000  # how long to wait for another program's lock before saying so


def _open_store(show_path: Path) -> RunStore | None:
    """The show's run store, or None (nothing recorded yet) without creating one."""
    path = show_data_path(show_path) / STORE_NAME
    return RunStore(path, busy_timeout_ms=BUSY_TIMEOUT_MS, check=True) if path.is_file() else None


def _store_problem(error: StoreError) -> int:
    text = str(error)
    if isinstance(error, StoreBusy):
        text += "; try again when the other program has let go of it"
    elif isinstance(error, StoreDamaged):
        text += "; runofshow moves it aside and starts a new one the next time the show opens"
    return _error(text)


def _guarded(show_path: Path, body: Callable[[], int]) -> int:
    """Run ``body``; a store problem (also one found while reading) is one line, status 1."""
    try:
        return body()
    except StoreError as error:
        return _store_problem(error)
    except (sqlite3.Error, OSError) as error:
        return _store_problem(store_error(error, show_data_path(show_path) / STORE_NAME))


def _kind(info: RunInfo) -> str:
    return f"{info.kind}/{info.scope}" if info.scope else info.kind


def list_runs(show_path: Path) -> int:
    """Print one line per recorded run: id, kind, start, duration, status, name."""
    if not show_path.is_file():
        return _error(f"{show_path}: no such show file")
    return _guarded(show_path, lambda: _list_runs(show_path))


def _list_runs(show_path: Path) -> int:
    store = _open_store(show_path)
    runs = store.list_runs() if store is not None else []
    if not runs:
        sys.stdout.write(f"No runs recorded yet for {show_path}.\n")
        return 0
    assert store is not None
    rows = [("ID", "KIND", "STARTED", "DURATION", "STATUS", "NAME")]
    for info in runs:
        tz = store.plan(info.id).tz
        rows.append(
            (
                info.id,
                _kind(info),
                info.started.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                format_duration(info.span_ms),
                info.status,
                info.name,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:5], widths, strict=True)]
        sys.stdout.write(("  ".join([*cells, row[5]])).rstrip() + "\n")
    store.close()
    return 0


def report(
    show_path: Path,
    run_id: str | None,
    fmt: str,
    shift_s: int,
    *,
    skip_kinds: Sequence[str] = (),
    speakers: bool = True,
) -> int:
    """Print a run's report (csv, md) or its YouTube chapters (leaving out segments of
    ``skip_kinds``, with or without speakers); default run: the latest."""
    if fmt not in FORMATS:
        return _error(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    unknown = sorted(set(skip_kinds) - KINDS)
    if unknown:
        return _error(f"--chapters-skip {unknown[0]}: a kind is one of {', '.join(sorted(KINDS))}")
    if not show_path.is_file():
        return _error(f"{show_path}: no such show file")
    return _guarded(
        show_path, lambda: _report(show_path, run_id, fmt, shift_s, skip_kinds, speakers)
    )


def _report(
    show_path: Path,
    run_id: str | None,
    fmt: str,
    shift_s: int,
    skip_kinds: Sequence[str],
    speakers: bool,
) -> int:
    store = _open_store(show_path)
    latest = store.latest() if store is not None else None
    if store is None or latest is None:
        return _error(f"no runs recorded yet for {show_path}; rehearse or run the show first")
    try:
        loaded = store.load(run_id if run_id is not None else latest.id)
        scenes = store.scene_switches(loaded.info.id)
        questions = answered_questions(store.question_events(loaded.info.id))
    except UnknownRun:
        return _error(
            f"no run {run_id!r} for {show_path}; list them with: runofshow runs {show_path}"
        )
    finally:
        store.close()
    if fmt == "csv":
        sys.stdout.write(run_csv(loaded.info, loaded.analysis, questions))
    elif fmt == "md":
        sys.stdout.write(run_markdown(loaded.info, loaded.analysis, scenes, questions=questions))
    else:
        try:
            text = youtube_chapters(
                loaded.analysis, shift_s, skip_kinds=skip_kinds, speakers=speakers
            )
            sys.stdout.write(text)
        except ChapterError as error:
            return _error(f"run {loaded.info.id}: {error}")
    return 0
