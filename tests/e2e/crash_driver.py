"""A scripted operator for crash tests, run as a subprocess with the real clocks.

    python crash_driver.py show DATA_DIR SEED   # resume (or start fresh), then act forever
    python crash_driver.py hammer DATA_DIR SEED # save ever-growing states as fast as possible

``show`` prints ``RESUMED <downtime_ms> <state json>`` or ``FRESH`` first, then after every
action has returned (so after the journal write) ``ACK <n> <action> <ok> <state json>``.
``hammer`` prints ``SAVED <n>`` after each save. Both run until killed.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from runofshow.core.clock import SystemClocks  # noqa: E402
from runofshow.core.engine import Engine  # noqa: E402
from runofshow.core.engine_state import to_dict  # noqa: E402
from runofshow.core.journal import JOURNAL_NAME, Journal  # noqa: E402
from runofshow.core.model import Cue, Segment, SegmentKind, Show, Thresholds  # noqa: E402

TZ = ZoneInfo("Asia/Tokyo")


def crash_show() -> Show:
    def seg(seg_id: str, seconds: int, cues: tuple[Cue, ...] = ()) -> Segment:
        return Segment(
            id=seg_id,
            kind=SegmentKind.TALK,
            title=f"Segment {seg_id}",
            duration_ms=seconds * 1000,
            thresholds=Thresholds(warning_ms=2_000, danger_ms=1_000),
            cues=cues,
        )

    return Show(
        title="Crash test show",
        starts_at=datetime.now(TZ) + timedelta(minutes=1),
        timezone="Asia/Tokyo",
        segments=(
            seg("a", 5, (Cue("one"), Cue("two"), Cue("three"))),
            seg("b", 3),
            seg("c", 4, (Cue("x", at_ms=0), Cue("y", at_ms=1_000))),
            seg("d", 2),
        ),
    )


ACTIONS = [
    ("start", ()),
    ("start", ()),
    ("next", ()),
    ("next", ()),
    ("previous", ()),
    ("pause", ()),
    ("resume", ()),
    ("resume", ()),
    ("toggle", ()),
    ("add_time", (1_500,)),
    ("add_time", (-700,)),
    ("next_cue", ()),
    ("previous_cue", ()),
    ("set_message", ("手を振って",)),
    ("set_message", ("", False)),
    ("set_message", ("Flash!", True)),
    ("set_blackout", (True,)),
    ("set_blackout", (False,)),
    ("goto", ("c",)),
    ("undo", ()),
    ("undo", ()),
    ("redo", ()),
    ("end_show", ()),
    ("reset", ()),
]


def compact(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def emit(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run_show(data_dir: Path, seed: int) -> None:
    clocks = SystemClocks()
    show = crash_show()
    journal = Journal(data_dir / JOURNAL_NAME, clocks)
    engine = Engine(show, clocks)
    info = journal.load(show)
    if info is None:
        emit("FRESH")
    else:
        engine.restore(info.state)
        emit(f"RESUMED {info.downtime_ms} {compact(to_dict(engine.state()))}")
    journal.attach(engine)
    rng = random.Random(seed)
    n = 0
    while True:
        name, args = rng.choice(ACTIONS)
        result = getattr(engine, name)(*args)
        n += 1
        state = compact(to_dict(engine.state()))
        emit(f"ACK {n} {result.action} {int(result.ok)} {state}")


def run_hammer(data_dir: Path, seed: int) -> None:
    clocks = SystemClocks()
    show = crash_show()
    journal = Journal(data_dir / JOURNAL_NAME, clocks)
    engine = Engine(show, clocks)
    rng = random.Random(seed)
    n = 0
    while True:
        name, args = rng.choice(ACTIONS)
        getattr(engine, name)(*args)
        engine.set_message("x" * rng.randint(1, 5_000))  # journals of varying size
        journal.save(engine.state())
        n += 1
        emit(f"SAVED {n}")


def main() -> None:
    mode, data_dir, seed = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    if mode == "show":
        run_show(data_dir, seed)
    elif mode == "hammer":
        run_hammer(data_dir, seed)
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main()
