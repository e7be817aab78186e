"""Engine: accepted actions per second, directly and through the session.

Directly: Engine + FakeClocks, add_time/undo cycles and next/previous cycles. Through the
session (``ShowSession.execute``, no Qt): next/previous, without services and with the
journal service (each accepted action is written atomically and fsynced before it returns -
the data folder is in the bench's scratch directory, on the same disk as the user's data
would be). There is no baseline program: the direct engine is the floor of the session rows.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import Context, Row, run_json_child

NAME = "engine"


def run(ctx: Context) -> list[Row]:
    budget = "0.3" if ctx.smoke else "3"
    data, _rss = run_json_child(
        "bench.engine_rate",
        ["child", budget, str(ctx.scratch / "engine-journal.json")],
        ctx.child_env(QT_QPA_PLATFORM="offscreen"),
        120,
    )
    direct = data["direct_next_previous"]
    return [
        Row(
            "engine.direct_add_undo",
            data["direct_add_undo"],
            None,
            "act/s",
            "",
            "info",
            "Engine.add_time(+60 s) / undo, FakeClocks",
        ),
        Row(
            "engine.direct_next_previous",
            direct,
            None,
            "act/s",
            "",
            "info",
            "Engine.next / previous, FakeClocks",
        ),
        Row(
            "engine.session_no_journal",
            data["session_no_journal"],
            direct,
            "act/s",
            "",
            "info",
            "ShowSession.execute next/previous; baseline = engine directly",
        ),
        Row(
            "engine.session_journal",
            data["session_journal"],
            direct,
            "act/s",
            "",
            "info",
            f"with the journal (fsynced on the writer thread): "
            f"{1000 / data['session_journal']:.2f} ms per action on the session thread",
        ),
    ]


def _rate(actions: list[Callable[[], object]], budget_s: float, tick: Callable[[], None]) -> float:
    """Accepted actions per second, cycling through ``actions`` for ``budget_s`` seconds."""
    done = 0
    t0 = time.perf_counter()
    end = t0 + budget_s
    while time.perf_counter() < end:
        for action in actions:
            result = action()
            if not result.ok:  # type: ignore[attr-defined]
                raise RuntimeError(f"refused: {result}")
            tick()
        done += len(actions)
    return done / (time.perf_counter() - t0)


def child(budget_s: float, journal_path: Path) -> int:
    import os
    import tempfile

    from runofshow.app.commands import BUILTIN_COMMANDS, CommandTable
    from runofshow.app.journal_service import JournalService
    from runofshow.app.outcome import Surface
    from runofshow.app.scheduler import ManualScheduler
    from runofshow.app.service import Service
    from runofshow.app.session import ShowSession
    from runofshow.app.storage_service import StorageService
    from runofshow.core.clock import FakeClocks
    from runofshow.core.engine import Engine
    from runofshow.core.loader import load_show
    from runofshow.paths import bundled_show

    journal_path.parent.mkdir(parents=True, exist_ok=True)  # the journal goes there, fresh
    os.environ["RUNOFSHOW_DATA_DIR"] = tempfile.mkdtemp(dir=journal_path.parent)
    show = load_show(bundled_show())

    def fresh() -> tuple[Engine, FakeClocks]:
        clocks = FakeClocks()
        engine = Engine(show, clocks)
        assert engine.start().ok
        return engine, clocks

    engine, clocks = fresh()
    add_undo = _rate(
        [lambda: engine.add_time(60_000), engine.undo], budget_s, lambda: clocks.advance(1)
    )
    engine, clocks = fresh()
    next_prev = _rate([engine.next, engine.previous], budget_s, lambda: clocks.advance(1))

    def through_session(services: list[Service]) -> float:
        clocks = FakeClocks()
        session = ShowSession(
            clocks, ManualScheduler(clocks), CommandTable(BUILTIN_COMMANDS), services
        )
        session.open(bundled_show(), show=show)
        assert session.execute("start", surface=Surface.AUTOMATION).ok

        def command(name: str) -> Callable[[], object]:
            return lambda: session.execute(name, surface=Surface.AUTOMATION)

        rate = _rate([command("next"), command("previous")], budget_s, lambda: clocks.advance(1))
        session.close()
        return rate

    plain = through_session([])
    storage = StorageService()  # the writer thread, as in the app
    journaled = through_session([storage, JournalService(storage)])
    print(
        "result "
        + json.dumps(
            {
                "direct_add_undo": add_undo,
                "direct_next_previous": next_prev,
                "session_no_journal": plain,
                "session_journal": journaled,
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "child":
    sys.exit(child(float(sys.argv[2]), Path(sys.argv[3])))
