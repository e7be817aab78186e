"""The state document: the one published state, immutable.

``to_json()`` is the v1 state object (``state_json``: the clock part) plus ``lang``,
``revision`` and one key per service part (``"journal"``, ``"runs"``, later ``"obs"``,
``"questions"``...). ``/api/state`` and ``/ws`` carry exactly this. It is built lazily on
the thread that needs it (the web server's), never per tick on the session thread, and
serialised once per document (``text``, ``data``) however many read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from runofshow.app.state_json import state_json
from runofshow.core.model import Show
from runofshow.core.snapshot import Snapshot
from runofshow.core.text import json_text

# Keys of the v1 state object: no service part may take one of these names.
RESERVED_KEYS = frozenset(
    {
        "api", "show", "state", "running", "rehearsal", "segment", "next_segment",
        "remaining_ms", "elapsed_ms", "planned_ms", "added_ms", "overtime_ms", "countdown",
        "phase", "progress", "offset_ms", "offset", "until_start_ms", "actual_start", "cue",
        "message", "blackout", "planned_show_end", "projected_show_end", "now",
        "server_time_ms", "next_change_ms", "schedule", "lang", "revision",
    }
)  # fmt: skip


@dataclass(frozen=True)
class StateDocument:
    revision: int  # +1 on every applied action, reload and engine swap (not on ticks)
    snapshot: Snapshot
    show: Show  # the engine's show (a rehearsal's is moved to start now)
    lang: str  # the app's interface language: browser pages follow it
    parts: Mapping[str, Any]  # service name -> its JSON-able part

    def to_json(self) -> dict[str, Any]:
        return {
            **state_json(self.snapshot, self.show),
            "lang": self.lang,
            "revision": self.revision,
            **self.parts,
        }

    @cached_property
    def text(self) -> str:
        """``to_json()`` as JSON text, made once for every reader of this document (each
        WebSocket client, /api/state, the reply to the command that made it), by the first
        that needs it: on the web server's thread, never per tick on the session thread."""
        return json_text(self.to_json())

    @cached_property
    def data(self) -> bytes:
        """``text`` in UTF-8: the very bytes every WebSocket client is sent."""
        return self.text.encode("utf-8")
