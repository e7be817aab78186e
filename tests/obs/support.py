"""A session with the OBS service on a fake link (no thread, no network): what the service
asks of OBS is recorded, and tests play OBS's answers back through the scheduler."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from runofshow.app.options import RunOptions
from runofshow.app.scheduler import ManualScheduler
from runofshow.app.session import ShowSession
from runofshow.app.wiring import build_services
from runofshow.core.clock import FakeClocks
from runofshow.obs.client import Address
from runofshow.obs.connection import Apply, Report
from runofshow.obs.service import ObsService
from tests.app.support import make_session

SHOW = """\
format: runofshow/1
show:
  title: Test show
  starts_at: 2022-09-12T13:00:00+09:00
  timezone: Asia/Tokyo
  obs:
    transition: {name: Fade, duration: 300ms}
    texts: {Lower third name: "{speaker_names}", Lower third team: "{team}"}
    before: {scene: Starting soon, texts: {Countdown: "{until_start}", Title: "{show_title}"}}
    after: {scene: Ending}
segments:
  - id: one
    kind: talk
    title: One
    duration: 10m
    speakers: [{name: Ann, team: SRE}, {name: Bo, team: SRE}]
    obs: {scene: Talk, texts: {Timer: "{remaining}", Next: "{next_title} {next_start}"}}
  - {id: two, kind: talk, title: Two, duration: 10m, obs: {scene: Talk 2, automation: false}}
  - {id: three, kind: closing, title: Three, duration: 5m, obs: {scene: Closing}}
"""
ADDRESS = Address("127.0.0.1", 4455)


@dataclass
class FakeLink:
    """Records what the service asks; ``report`` plays OBS's answers back."""

    clocks: FakeClocks
    report_to: Callable[[Report], None]
    applied: list[Apply] = field(default_factory=list)
    texts: list[tuple[int, dict[str, str]]] = field(default_factory=list)  # (mono ms, texts)
    inventories: int = 0
    addresses: list[Address | None] = field(default_factory=list)
    started: bool = False
    closed: bool = False

    def start(self) -> None:
        self.started = True

    def configure(self, address: Address | None) -> None:
        self.addresses.append(address)

    def apply(self, job: Apply) -> None:
        self.applied.append(job)

    def set_texts(self, texts: Mapping[str, str]) -> None:
        self.texts.append((self.clocks.monotonic_ms(), dict(texts)))

    def inventory(self) -> None:
        self.inventories += 1

    def close(self) -> None:
        self.closed = True


@dataclass
class ObsRig:
    session: ShowSession
    service: ObsService
    link: FakeLink
    scheduler: ManualScheduler

    def report(self, *reports: Report) -> None:
        """OBS answers (from the worker thread, in real life)."""
        for report in reports:
            self.link.report_to(report)
        self.scheduler.run_pending()

    @property
    def part(self) -> dict[str, object]:
        return dict(self.session.document.parts["obs"])


def obs_rig(
    tmp_path: Path,
    clocks: FakeClocks,
    *,
    text: str = SHOW,
    address: Address | None = ADDRESS,
    rehearsal: bool = False,
    defer_link: bool = False,
    before_link: Callable[[ShowSession], None] | None = None,
) -> ObsRig:
    """``defer_link``: the link waits for ``service.open_link()`` (the desktop's first
    paint), called after ``before_link(session)``."""
    path = tmp_path / "show.yaml"
    path.write_text(text, encoding="utf-8")
    scheduler = ManualScheduler(clocks)
    links: list[FakeLink] = []

    def make_link(report: Callable[[Report], None], _password: object) -> FakeLink:
        links.append(FakeLink(clocks, report))
        return links[-1]

    def make_service(log: object) -> ObsService:
        return ObsService(address, lambda _a: "pw", scene_log=log, link=make_link,  # type: ignore[arg-type]
                          defer_link=defer_link)  # fmt: skip

    services = build_services(RunOptions(show=path), obs=make_service)
    session = make_session(clocks, path, scheduler=scheduler, services=services,
                           rehearsal=rehearsal)  # fmt: skip
    service = next(s for s in services if isinstance(s, ObsService))
    if defer_link:
        assert links == [] and service.link is None
        if before_link is not None:
            before_link(session)
        assert links == []
        service.open_link()
    return ObsRig(session, service, links[0], scheduler)
