"""The worker-thread link against the fake OBS: it connects, reports, sets texts before the
scene, coalesces work while OBS stalls, reconnects with backoff after a drop, tries a scene
switch at once while disconnected, and never blocks its callers."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest

from runofshow.core.obs_plan import Transition
from runofshow.obs.client import Address, ErrorKind
from runofshow.obs.connection import (
    BACKOFF_S,
    Applied,
    Apply,
    Connected,
    Disconnected,
    Inventory,
    ObsLink,
    Report,
    Status,
    backoff_s,
)
from tests.obs.fake_obs import FakeObs


class Reports:
    """Collects the link's reports (from its thread) and waits for one."""

    def __init__(self) -> None:
        self.items: list[Report] = []
        self._cond = threading.Condition()

    def __call__(self, report: Report) -> None:
        with self._cond:
            self.items.append(report)
            self._cond.notify_all()

    def wait(self, check: Callable[[Report], bool], timeout: float = 10.0) -> Report:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = next((r for r in self.items if check(r)), None)
                if found is not None:
                    return found
                left = deadline - time.monotonic()
                assert left > 0, f"no such report; the last ones: {self.items[-5:]}"
                self._cond.wait(left)

    def of(self, kind: type) -> list[Report]:
        with self._cond:
            return [r for r in self.items if isinstance(r, kind)]


@pytest.fixture
def reports() -> Reports:
    return Reports()


@pytest.fixture
def make_link(reports: Reports) -> Iterator[Callable[..., ObsLink]]:
    links: list[ObsLink] = []

    def make(password: str = "", **kwargs: object) -> ObsLink:
        link = ObsLink(reports, lambda _address: password, **kwargs)  # type: ignore[arg-type]
        link.start()
        links.append(link)
        return link

    yield make
    for link in links:
        link.close()
        assert link.join(10), "the OBS worker did not stop"


def address(fake: FakeObs) -> Address:
    return Address("127.0.0.1", fake.port)


def test_connects_reports_and_polls(fake_obs: FakeObs, make_link: Callable[..., ObsLink],
                                    reports: Reports) -> None:  # fmt: skip
    link = make_link(poll_s=0.05)
    link.configure(address(fake_obs))
    connected = reports.wait(lambda r: isinstance(r, Connected))
    assert isinstance(connected, Connected) and connected.obs_version == "29.0.2"
    reports.wait(lambda r: isinstance(r, Status) and r.program_scene == "Starting soon")
    fake_obs.state.streaming = True
    reports.wait(lambda r: isinstance(r, Status) and r.streaming)


def test_texts_are_set_before_the_scene_switches(
    fake_obs: FakeObs, make_link: Callable[..., ObsLink], reports: Reports
) -> None:
    link = make_link()
    link.configure(address(fake_obs))
    reports.wait(lambda r: isinstance(r, Status))
    link.apply(Apply(1, "Talk", {"Lower third name": "@yuu26", "Talk title": "AWS"},
                     Transition("Fade", 500)))  # fmt: skip
    done = reports.wait(lambda r: isinstance(r, Applied))
    assert done == Applied(1, "Talk", ())
    order = [s.request for s in fake_obs.seen if s.request.startswith("Set")]
    assert order == ["SetInputSettings", "SetInputSettings", "SetCurrentSceneTransition",
                     "SetCurrentSceneTransitionDuration", "SetCurrentProgramScene"]  # fmt: skip
    assert fake_obs.text("Lower third name") == "@yuu26" and fake_obs.state.transition == "Fade"
    assert fake_obs.state.transition_ms == 500 and fake_obs.state.program_scene == "Talk"


def test_a_missing_scene_or_source_is_reported_and_the_rest_done(
    fake_obs: FakeObs, make_link: Callable[..., ObsLink], reports: Reports
) -> None:
    link = make_link()
    link.configure(address(fake_obs))
    link.apply(Apply(1, "Panel", {"Panel names": "@a, @b", "Talk title": "Panel"}))
    done = reports.wait(lambda r: isinstance(r, Applied))
    assert isinstance(done, Applied) and done.scene is None
    assert [(e.kind, e.subject) for e in done.errors] == [
        (ErrorKind.REQUEST, "Panel names"), (ErrorKind.REQUEST, "Panel")]  # fmt: skip
    assert fake_obs.text("Talk title") == "Panel"


def test_work_is_coalesced_while_obs_stalls(
    fake_obs: FakeObs, make_link: Callable[..., ObsLink], reports: Reports
) -> None:
    link = make_link(timeout_s=5.0, poll_s=30.0)
    link.configure(address(fake_obs))
    reports.wait(lambda r: isinstance(r, Status))
    fake_obs.stall_answers_s = 1.0
    link.set_texts({"Countdown": "9:59"})  # the worker is now stuck on this for a second
    fake_obs.wait_for(lambda: len(fake_obs.requests("SetInputSettings")) == 1)
    started = time.monotonic()
    for second in range(58, 48, -1):
        link.set_texts({"Countdown": f"9:{second}"})
    link.apply(Apply(1, "Talk", {"Talk title": "one"}))
    link.apply(Apply(2, "Ending", {"Talk title": "two"}))
    assert time.monotonic() - started < 0.05  # handing work over never waits
    fake_obs.stall_answers_s = 0
    reports.wait(lambda r: isinstance(r, Applied))
    sent = [s.data for s in fake_obs.requests("SetInputSettings")]
    assert [d["inputSettings"]["text"] for d in sent] == ["9:59", "9:49", "two"]
    assert [s.data["sceneName"] for s in fake_obs.requests("SetCurrentProgramScene")] == ["Ending"]
    assert [r.seq for r in reports.of(Applied)] == [2]  # type: ignore[attr-defined]


def test_a_dropped_connection_reconnects_with_backoff_and_never_switches_by_itself(
    make_fake_obs: Callable[..., FakeObs], make_link: Callable[..., ObsLink], reports: Reports
) -> None:
    fake = make_fake_obs()
    link = make_link(poll_s=0.05)
    link.configure(address(fake))
    reports.wait(lambda r: isinstance(r, Status))
    port = fake.port
    fake.stop()
    lost = reports.wait(lambda r: isinstance(r, Disconnected))
    assert isinstance(lost, Disconnected) and lost.error is not None
    assert lost.retry_s is not None and lost.retry_s <= BACKOFF_S[0]
    reports.wait(lambda r: isinstance(r, Disconnected) and r.error is not None
                 and r.error.kind is ErrorKind.UNREACHABLE)  # fmt: skip
    back = FakeObs()
    back.start(port)
    try:
        reports.wait(lambda _r: len(reports.of(Connected)) == 2, 20)
        back.wait_for(lambda: bool(back.requests("GetCurrentProgramScene")))
        assert back.requests("SetCurrentProgramScene") == []
        assert back.requests("SetInputSettings") == []
    finally:
        link.close()
        link.join(10)
        back.stop()


def test_a_scene_switch_while_disconnected_tries_at_once(
    fake_obs: FakeObs, make_link: Callable[..., ObsLink], reports: Reports
) -> None:
    link = make_link(password="")
    fake_obs.password = "needed"
    link.configure(address(fake_obs))
    first = reports.wait(lambda r: isinstance(r, Disconnected))
    assert isinstance(first, Disconnected) and first.error is not None
    assert first.error.kind is ErrorKind.PASSWORD_NEEDED
    fake_obs.password = None  # the operator fixed OBS; the backoff has not run out
    link.apply(Apply(7, "Talk", {}))
    done = reports.wait(lambda r: isinstance(r, Applied))
    assert done == Applied(7, "Talk", ())


def test_texts_alone_do_not_open_a_connection(
    fake_obs: FakeObs, make_link: Callable[..., ObsLink], reports: Reports
) -> None:
    link = make_link(password="")
    fake_obs.password = "needed"
    link.configure(address(fake_obs))
    reports.wait(lambda r: isinstance(r, Disconnected))
    attempts = fake_obs.refused_auth + len(reports.of(Disconnected))
    for second in range(10):
        link.set_texts({"Countdown": f"0:0{second}"})
    link.inventory()  # a check does connect
    failed = reports.wait(lambda r: isinstance(r, Inventory))
    assert isinstance(failed, Inventory) and failed.error is not None
    assert len(reports.of(Disconnected)) == attempts + 1


def test_inventory_lists_scenes_inputs_and_transitions(
    fake_obs: FakeObs, make_link: Callable[..., ObsLink], reports: Reports
) -> None:
    link = make_link()
    link.configure(address(fake_obs))
    link.inventory()
    found = reports.wait(lambda r: isinstance(r, Inventory))
    assert isinstance(found, Inventory) and found.error is None
    assert set(found.scenes) == {"Starting soon", "Talk", "Ending"}
    assert ("Countdown", "text_ft2_source_v2") in found.inputs
    assert found.transitions == ("Cut", "Fade")


def test_turned_off_and_closed_quickly_even_when_obs_stalls(
    fake_obs: FakeObs, reports: Reports
) -> None:
    link = ObsLink(reports, lambda _a: "", timeout_s=10.0)
    link.start()
    link.configure(address(fake_obs))
    reports.wait(lambda r: isinstance(r, Status))
    fake_obs.stall_answers_s = 10
    link.set_texts({"Countdown": "1:00"})
    fake_obs.wait_for(lambda: bool(fake_obs.requests("SetInputSettings")))
    started = time.monotonic()
    link.close()
    assert time.monotonic() - started < 0.05
    assert link.join(5)


def test_backoff_doubles_up_to_its_cap_with_jitter() -> None:
    first, cap = BACKOFF_S
    assert [backoff_s(n, lambda: 1.0) for n in range(3)] == [first, 2 * first, 4 * first]
    assert backoff_s(0, lambda: 0.0) == first / 2
    assert backoff_s(50, lambda: 1.0) == cap and backoff_s(50, lambda: 0.0) == cap / 2
