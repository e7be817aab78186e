"""Shows for tests: the few variants many tests need, each named for what it is. The
bundled show (Kyash TechTalk #4) is the ``bundled_show_path`` fixture.

Tests whose meaning is one exact text (the loader's messages with their line and column,
the JSON Schema's edge cases) keep their YAML inline, next to the asserts that read it.
"""

from __future__ import annotations

from pathlib import Path

# Two ten-minute talks at 13:00 JST: the smallest show with a "next".
TWO_TALKS = """\
format: runofshow/1
show:
  title: Test show
  starts_at: 2022-09-12T13:00:00+09:00
  timezone: Asia/Tokyo
segments:
  - {id: one, kind: talk, title: One, duration: 10m}
  - {id: two, kind: talk, title: Two, duration: 10m}
"""

# One fifteen-minute talk, written out key by key (variants replace "15m").
ONE_TALK = """\
format: runofshow/1
show:
  title: T
  starts_at: 2022-09-12T13:00:00+09:00
  timezone: Asia/Tokyo
segments:
  - id: a
    kind: talk
    title: A
    duration: 15m
"""

# Valid YAML, not a show: the title is a number (an error on line 3) and keys are missing.
NOT_A_SHOW = "format: runofshow/1\nshow:\n  title: 5\n"

# Not even YAML: a flow sequence that never ends.
BROKEN_YAML = "format: runofshow/1\nshow: [\n"

# Two misspellings with a suggestion each: time zone 'Asia/Tokio', key 'titel'.
MISSPELT = (
    "format: runofshow/1\nshow:\n  title: T\n  starts_at: 2022-09-12T13:00:00+09:00\n"
    "  timezone: Asia/Tokio\n  titel: x\nsegments: []\n"
)

# A segment with "durtion" for "duration": errors at 7:5 (missing) and 10:5 (unknown key).
TYPO_IN_SEGMENT = (
    "format: runofshow/1\nshow:\n  title: x\n  starts_at: 2022-09-12T13:00:00+09:00\n"
    "  timezone: Asia/Tokyo\nsegments:\n  - id: a\n    kind: talk\n    title: A\n"
    "    durtion: 15m\n"
)

# A show missing most of what it needs, and with a negative duration.
NEGATIVE_DURATION = (
    "format: runofshow/1\nshow:\n  title: x\nsegments:\n  - id: a\n    duration: -5m\n"
)


def write(path: Path, text: str) -> Path:
    """``text`` as the UTF-8 file ``path``; returns the path."""
    path.write_text(text, encoding="utf-8")
    return path
