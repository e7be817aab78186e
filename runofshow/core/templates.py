"""New shows from a template: the shape of the bundled show (an opening, three talks, a
panel, a closing) with placeholder titles, ready to fill in."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

TEMPLATE_SEGMENTS = (
    # id, kind, title key, duration, thresholds
    ("opening", "opening", "opening", "5m", None),
    ("talk-1", "talk", "talk", "15m", ("5m", "2m")),
    ("talk-2", "talk", "talk", "15m", ("5m", "2m")),
    ("talk-3", "talk", "talk", "15m", ("5m", "2m")),
    ("panel", "panel", "panel", "45m", ("10m", "5m")),
    ("closing", "closing", "closing", "5m", None),
)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def talks_and_panel(starts_at: datetime, timezone: str, words: Mapping[str, str]) -> str:
    """The template's text. ``words``: the placeholder titles in the interface language
    (keys: show, opening, talk, panel, closing); talks are numbered."""
    lines = [
        "format: runofshow/1",
        "",
        "show:",
        f"  title: {_quoted(words['show'])}",
        f"  starts_at: {starts_at.isoformat(timespec='seconds')}",
        f"  timezone: {timezone}",
        "  thresholds: {warning: 3m, danger: 1m}",
        "",
        "segments:",
    ]
    talk = 0
    for index, (segment_id, kind, word, duration, thresholds) in enumerate(TEMPLATE_SEGMENTS):
        title = words[word]
        if kind == "talk":
            talk += 1
            title = f"{title} {talk}"
        if index:
            lines.append("")
        lines += [
            f"  - id: {segment_id}",
            f"    kind: {kind}",
            f"    title: {_quoted(title)}",
            f"    duration: {duration}",
        ]
        if thresholds is not None:
            lines.append(f"    thresholds: {{warning: {thresholds[0]}, danger: {thresholds[1]}}}")
    return "\n".join(lines) + "\n"
