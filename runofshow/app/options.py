"""What `runofshow [run]` was asked to do. Light on purpose: the command line imports it
before it knows whether Qt, the web server or nothing at all (`schema`) will be needed;
``runofshow.app.wiring`` checks and uses it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_PORT = 8765


@dataclass(frozen=True)
class RunOptions:
    show: Path
    rehearse: bool = False
    rehearse_segment: str | None = None
    speaker_screen: int | None = None
    port: int = DEFAULT_PORT
    lan: bool = False
    allow_hosts: tuple[str, ...] = ()  # more Host names to answer (a tunnel's, a VPN's)
    headless: bool = False
    serve: bool = True
    lang: str | None = None
    obs: str | None = None  # "HOST:PORT" of OBS's WebSocket server (--obs)
