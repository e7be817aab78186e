"""The service interface: events in order, parts of the state document, rehearsal modes,
and a failing service that never breaks an action."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from runofshow.app.commands import Command
from runofshow.app.events import (
    ActionApplied,
    EngineStarted,
    EngineStopping,
    RunEnded,
    SessionEvent,
    SnapshotChanged,
)
from runofshow.app.scheduler import ManualScheduler
from runofshow.app.service import RehearsalMode, Service, ServiceContext
from runofshow.app.wiring import build_command_table
from runofshow.core.clock import FakeClocks
from runofshow.core.engine import ActionResult
from tests.app.support import act, make_session
from tests.core.test_engine import default_show


class Listening(Service):
    name = "listening"

    def __init__(self) -> None:
        self.events: list[SessionEvent] = []
        self.stopped = False

    def handle(self, event: SessionEvent) -> None:
        self.events.append(event)

    def stop(self) -> None:
        self.stopped = True

    def kinds(self) -> list[str]:
        return [type(event).__name__ for event in self.events]


class Clapper(Service):
    """The README's example service."""

    name = "clapper"
    rehearsal_mode = RehearsalMode.OFF
    claps = 0

    def start(self, context: ServiceContext) -> None:
        super().start(context)
        context.publish({"claps": 0})

    def handle(self, event: SessionEvent) -> None:
        if isinstance(event, RunEnded) and event.reason == "end":
            self.claps += 1
            self.context.publish({"claps": self.claps})


class Broken(Service):
    name = "broken"

    def handle(self, event: SessionEvent) -> None:
        if isinstance(event, ActionApplied):
            raise RuntimeError("the disk caught fire")


def test_a_service_hears_every_event_in_order_and_stops_once(
    clocks: FakeClocks, scheduler: ManualScheduler
) -> None:
    listening = Listening()
    session = make_session(clocks, show=default_show(), scheduler=scheduler, services=[listening])
    assert listening.kinds() == ["EngineStarted"]
    assert listening.context.session is session and listening.context.active
    act(session, "start")
    scheduler.advance(1_001)
    assert listening.kinds() == [
        "EngineStarted", "ActionApplied", "RunStarted", "SnapshotChanged", "CommandDone",
        "SnapshotChanged",
    ]  # fmt: skip
    session.close()
    assert listening.kinds()[-1] == "EngineStopping" and listening.stopped


def test_a_part_is_published_in_the_state_document(
    clocks: FakeClocks, scheduler: ManualScheduler
) -> None:
    clapper, listening = Clapper(), Listening()
    session = make_session(
        clocks, show=default_show(), scheduler=scheduler, services=[clapper, listening]
    )
    assert session.document.to_json()["clapper"] == {"claps": 0}
    act(session, "start")
    act(session, "end", confirm=True)
    state = session.document.to_json()
    assert state["clapper"] == {"claps": 1} and state["state"] == "ended"
    assert state["revision"] == session.revision == 3
    changed = [e for e in listening.events if type(e).__name__ == "StatePartChanged"]
    assert len(changed) == 1  # an unchanged part is not announced again
    session.close()


def test_an_off_service_hears_only_the_life_cycle_in_rehearsal(
    clocks: FakeClocks, scheduler: ManualScheduler
) -> None:
    class Off(Listening):
        name = "off"
        rehearsal_mode = RehearsalMode.OFF

    class OptIn(Listening):
        name = "opt_in"
        rehearsal_mode = RehearsalMode.OPT_IN

    off, opt_in = Off(), OptIn()
    session = make_session(
        clocks, show=default_show(), scheduler=scheduler, services=[off, opt_in], rehearsal=True
    )
    act(session, "start")
    scheduler.advance(2_000)
    assert not off.context.active and not opt_in.context.active
    assert off.kinds() == opt_in.kinds() == ["EngineStarted"]
    session.allow_in_rehearsal("opt_in", True)
    assert opt_in.context.active
    act(session, "next")
    assert "ActionApplied" in opt_in.kinds() and "ActionApplied" not in off.kinds()
    act(session, "end", confirm=True)
    assert session.set_rehearsal(False)  # live: everyone hears everything
    act(session, "start")
    assert off.context.active and off.kinds()[-4:] == [
        "ActionApplied", "RunStarted", "SnapshotChanged", "CommandDone",
    ]  # fmt: skip
    assert isinstance(off.events[-5], EngineStarted) and isinstance(off.events[-6], EngineStopping)
    session.close()


def test_a_failing_service_never_breaks_an_action(
    clocks: FakeClocks, scheduler: ManualScheduler, caplog: pytest.LogCaptureFixture
) -> None:
    listening = Listening()
    session = make_session(
        clocks, show=default_show(), scheduler=scheduler, services=[Broken(), listening]
    )
    outcome = act(session, "start")
    assert outcome.ok and not outcome.durable
    assert outcome.problem == "broken: the disk caught fire"
    assert "service broken failed on ActionApplied" in caplog.text
    assert any(isinstance(e, SnapshotChanged) for e in listening.events)  # the rest went on
    assert session.snapshot.status.value == "running"
    session.close()


@pytest.mark.parametrize("name", ["state", "revision", "lang", "journal"])
def test_a_service_cannot_take_a_state_key_or_a_name_twice(clocks: FakeClocks, name: str) -> None:
    class Clash(Service):
        pass

    Clash.name = name
    services = make_session(clocks).services  # the journal and the run recorder
    with pytest.raises(ValueError, match="service names"):
        make_session(clocks, services=[*services, Clash()])


def test_a_services_commands_join_the_table(clocks: FakeClocks) -> None:
    class WithCommand(Service):
        name = "with_command"

        def commands(self) -> tuple[Command, ...]:
            return (Command("wave", "Wave", "Wave", None, self.wave),)

        def wave(self, _target: object, _args: object) -> ActionResult:
            return ActionResult(True, "wave", None, "Waved.")

    service = WithCommand()
    table = build_command_table([service])
    assert "wave" in table and "next" in table
    session = make_session(clocks, show=default_show(), services=[service])
    assert act(session, "wave").ok
    session.close()


def test_the_readme_example_service_works_as_written(
    clocks: FakeClocks, scheduler: ManualScheduler
) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    (example,) = [block for block in blocks if "class Clapper(Service)" in block]
    namespace: dict[str, object] = {}
    exec(compile(example, "README.md", "exec"), namespace)
    clapper = namespace["Clapper"]()  # type: ignore[operator]
    assert isinstance(clapper, Service)
    session = make_session(clocks, show=default_show(), scheduler=scheduler, services=[clapper])
    assert session.document.to_json()["clapper"] == {"claps": 0}
    act(session, "start")
    act(session, "end", confirm=True)
    assert session.document.to_json()["clapper"] == {"claps": 1}
    act(session, "reset", confirm=True)
    assert session.set_rehearsal(True)
    act(session, "start")
    act(session, "end", confirm=True)  # a rehearsal: the OFF service does not hear it
    assert session.document.to_json()["clapper"] == {"claps": 1}
    session.close()
