"""Sessions for tests: the real services on a ManualScheduler (nothing runs by itself)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from runofshow.app.outcome import Outcome, Surface
from runofshow.app.scheduler import ManualScheduler, Scheduler
from runofshow.app.service import Service
from runofshow.app.session import ShowSession
from runofshow.app.storage_service import StorageService
from runofshow.app.wiring import RunOptions, build_command_table, build_services
from runofshow.core.clock import FakeClocks
from runofshow.core.model import Show
from tests.shows import TWO_TALKS as GOOD
from tests.shows import write

__all__ = ["GOOD", "act", "make_session", "write"]


def make_session(
    clocks: FakeClocks,
    path: Path | None = None,
    *,
    show: Show | None = None,
    scheduler: Scheduler | None = None,
    services: Sequence[Service] | None = None,
    rehearsal: bool = False,
) -> ShowSession:
    """A session with the app's services (storage, journal, run recorder; the writer works
    inline, so files are written when a command returns); opened on ``path`` (or on
    ``show``, as if read from ``path``) when given."""
    if services is None:
        services = build_services(
            RunOptions(show=path or Path("show.yaml")), storage=StorageService(threaded=False)
        )
    session = ShowSession(
        clocks,
        scheduler if scheduler is not None else ManualScheduler(clocks),
        build_command_table(services),
        services,
        rehearsal=rehearsal,
    )
    if path is not None or show is not None:
        assert session.open(path or Path("test-show.yaml").resolve(), show=show)
    return session


def act(session: ShowSession, name: str, /, **args: object) -> Outcome:
    """Run a command as the app itself would (surface: automation)."""
    return session.execute(name, args, surface=Surface.AUTOMATION)


def flush_storage(session: ShowSession, timeout: float = 10.0) -> None:
    """Wait until the writer thread wrote everything staged (journal and run history)."""
    storage = next(s for s in session.services if isinstance(s, StorageService))
    assert storage.flush(timeout), "the writer thread did not finish in time"
