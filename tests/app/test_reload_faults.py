"""Hot reload against what editors, git and accidents do to a show file: every replacement
reloads; anything that is not a show (a FIFO, /dev/zero, a broken edit) is reported at once,
never blocks, and keeps the show and its clock; headless mode says so on stderr."""

from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path

import pytest

from runofshow.app.events import LoadFailed, ShowReloaded
from runofshow.app.operator_log import OperatorLog
from runofshow.app.reload import POLL_MS, SETTLE_MS
from runofshow.app.scheduler import ManualScheduler
from runofshow.app.session import ShowSession
from runofshow.core.clock import FakeClocks
from runofshow.core.snapshot import Status
from tests.app.support import GOOD, act, make_session, write
from tests.app.test_session import Recorder

RELOAD_MS = POLL_MS + SETTLE_MS


def _titled(title: str) -> str:
    return GOOD.replace("title: Two", f"title: {title}")


def _next_title(session: ShowSession) -> str:
    nxt = session.snapshot.next_segment
    assert nxt is not None
    return nxt.title


def _advance_without_blocking(scheduler: ManualScheduler, ms: int) -> None:
    """Move time; a reload that blocked (a FIFO opened for reading) would hang here."""
    done = threading.Event()
    failure: list[BaseException] = []

    def run() -> None:
        try:
            scheduler.advance(ms)
        except BaseException as error:  # pragma: no cover - reported below
            failure.append(error)
        finally:
            done.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert done.wait(10), "the session thread blocked on the show file"
    assert not failure, failure


@pytest.fixture
def running(
    clocks: FakeClocks, tmp_path: Path, scheduler: ManualScheduler
) -> tuple[ShowSession, Recorder]:
    session = make_session(clocks, write(tmp_path / "show.yaml", GOOD), scheduler=scheduler)
    events = Recorder()
    session.subscribe(events)
    act(session, "start")
    scheduler.advance(30_000)
    return session, events


def _still_running(session: ShowSession, elapsed: int) -> None:
    snap = session.tick()
    assert snap.status is Status.RUNNING and snap.elapsed_ms == elapsed


def test_a_fifo_in_place_of_the_show_is_reported_at_once(
    running: tuple[ShowSession, Recorder], scheduler: ManualScheduler, tmp_path: Path
) -> None:
    session, events = running
    show = tmp_path / "show.yaml"
    show.unlink()
    os.mkfifo(show)
    _advance_without_blocking(scheduler, RELOAD_MS)
    (failed,) = events.of(LoadFailed)
    assert failed.errors[0].message == "is not a regular file"
    _still_running(session, 30_000 + RELOAD_MS)
    assert act(session, "next").ok  # commands are answered, not stuck behind the FIFO
    show.unlink()
    write(show, _titled("Back"))
    scheduler.advance(RELOAD_MS)
    assert len(events.of(ShowReloaded)) == 1


def test_a_symlink_to_dev_zero_is_reported_and_reload_goes_on(
    running: tuple[ShowSession, Recorder], scheduler: ManualScheduler, tmp_path: Path
) -> None:
    session, events = running
    show = tmp_path / "show.yaml"
    link = tmp_path / "zero-link"
    link.symlink_to("/dev/zero")
    os.replace(link, show)
    _advance_without_blocking(scheduler, RELOAD_MS)
    assert [e.errors[0].message for e in events.of(LoadFailed)] == ["is not a regular file"]
    _still_running(session, 30_000 + RELOAD_MS)
    show.unlink()
    write(show, _titled("Regular again"))
    scheduler.advance(RELOAD_MS)
    assert _next_title(session) == "Regular again"


def test_a_symlink_swapped_to_another_file_reloads(
    clocks: FakeClocks, tmp_path: Path, scheduler: ManualScheduler
) -> None:
    first, second = write(tmp_path / "a.yaml", GOOD), write(tmp_path / "b.yaml", _titled("B"))
    show = tmp_path / "show.yaml"
    show.symlink_to(first)
    session = make_session(clocks, show, scheduler=scheduler)
    swap = tmp_path / "swap"
    swap.symlink_to(second)
    os.replace(swap, show)  # `ln -sfn`: the link itself now points elsewhere
    scheduler.advance(RELOAD_MS)
    assert _next_title(session) == "B"
    session.close()


def test_renamed_away_then_rewritten_reloads(
    running: tuple[ShowSession, Recorder], scheduler: ManualScheduler, tmp_path: Path
) -> None:
    session, _events = running
    show = tmp_path / "show.yaml"
    os.rename(show, tmp_path / "show.yaml~")  # an editor's backup
    scheduler.advance(POLL_MS)
    write(show, _titled("Rewritten"))
    scheduler.advance(RELOAD_MS)
    assert _next_title(session) == "Rewritten"


def test_git_checkout_reloads(
    clocks: FakeClocks, tmp_path: Path, scheduler: ManualScheduler
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                       env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
                            "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"})  # fmt: skip

    git("init", "-q", "-b", "main")
    show = write(repo / "show.yaml", GOOD)
    git("add", "show.yaml")
    git("commit", "-qm", "one")
    git("checkout", "-qb", "other")
    write(show, _titled("From the branch"))
    git("commit", "-qam", "two")
    git("checkout", "-q", "main")
    session = make_session(clocks, show, scheduler=scheduler)
    git("checkout", "-q", "other")
    scheduler.advance(RELOAD_MS)
    assert _next_title(session) == "From the branch"
    git("checkout", "-q", "main")
    scheduler.advance(RELOAD_MS)
    assert _next_title(session) == "Two"
    session.close()


def test_a_broken_edit_keeps_the_show_and_the_clock_and_headless_says_so(
    running: tuple[ShowSession, Recorder], scheduler: ManualScheduler, tmp_path: Path
) -> None:
    session, events = running
    lines: list[str] = []
    log = OperatorLog(session, lines.append)
    engine, revision = session.engine, session.revision
    write(tmp_path / "show.yaml", GOOD + "  - {id: three, kind: talk\n")
    scheduler.advance(RELOAD_MS)
    assert len(events.of(LoadFailed)) == 1
    assert session.engine is engine and session.revision == revision
    _still_running(session, 30_000 + RELOAD_MS)
    assert lines[0].startswith(f"{tmp_path / 'show.yaml'}:")  # FILE:LINE:COL: message
    assert lines[-1] == (
        f"runofshow: {tmp_path / 'show.yaml'} could not be loaded; the show as it was keeps "
        "running (fix the file and save it again)"
    )
    write(tmp_path / "show.yaml", _titled("Fixed"))
    scheduler.advance(RELOAD_MS)
    assert lines[-1] == "runofshow: show file reloaded."
    log.close()
