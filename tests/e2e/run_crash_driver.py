"""Driver for test_run_crash: the real Engine + RunRecorder on SystemClocks.

Usage: python -m tests.e2e.run_crash_driver SHOW_FILE
For each line read from stdin it performs the next scripted action and prints
"ack N ACTION" once the action (and so its recorded event) has returned.
"""

from __future__ import annotations

import sys
from pathlib import Path

from runofshow.core.clock import SystemClocks
from runofshow.core.engine import Engine
from runofshow.core.runs import RunRecorder
from tests.core.run_script import small_show

SCRIPT = (
    ("start", lambda e: e.start()),
    ("next_cue", lambda e: e.next_cue()),
    ("add_time", lambda e: e.add_time(60_000)),
    ("pause", lambda e: e.pause()),
    ("resume", lambda e: e.resume()),
    ("next", lambda e: e.next()),
    ("next_cue", lambda e: e.next_cue()),
    ("message", lambda e: e.set_message("まとめに入ってください")),
    ("next", lambda e: e.next()),
    ("end", lambda e: e.end_show()),
)


def main() -> int:
    engine = Engine(small_show(), SystemClocks(), rehearsal=True)
    RunRecorder.for_show(Path(sys.argv[1])).attach(engine)
    print("ready", flush=True)
    for n, (name, act) in enumerate(SCRIPT, start=1):
        if not sys.stdin.readline():
            return 0
        result = act(engine)
        if not result.ok:
            print(f"refused {name}: {result.message}", flush=True)
            return 2
        print(f"ack {n} {name}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
