"""Questions from the command table: without an answer a command is refused with
``confirmation_required`` (409) and changes nothing; with it, it proceeds. One mechanism
for every command and surface, including a service's own command."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from runofshow.app.commands import Command, CommandTarget, InvalidArgs
from runofshow.app.events import ActionApplied, CommandDone
from runofshow.app.outcome import Surface
from runofshow.app.questions import CONFIRM, NO, YES, Ask, Question, planned_for
from runofshow.app.scheduler import ManualScheduler
from runofshow.app.service import Service
from runofshow.app.session import ShowSession
from runofshow.app.wiring import RunOptions, build_services
from runofshow.core.clock import FakeClocks
from runofshow.core.engine import ActionResult
from runofshow.core.loader import load_show_text
from runofshow.core.runs import RunStore
from runofshow.core.snapshot import Status
from runofshow.paths import show_data_dir
from tests.app.support import act, make_session

AFTERNOON = """\
format: runofshow/1
show:
  title: Afternoon
  starts_at: 2022-09-12T14:47:00+09:00
  timezone: Asia/Tokyo
segments:
  - {id: talk, kind: talk, title: Talk, duration: 10m}
  - {id: pause, kind: break, title: Break, duration: 3m}
  - {id: pinned, kind: talk, title: Pinned talk, duration: 15m, starts_at: "15:00"}
  - {id: closing, kind: closing, title: Closing, duration: 5m}
"""
FAR_AWAY = datetime(2025, 3, 1, 0, 30, tzinfo=UTC)


class Recorder:
    def __init__(self) -> None:
        self.events: list[object] = []

    def __call__(self, event: object) -> None:
        self.events.append(event)


def session_at(when: datetime) -> tuple[ShowSession, FakeClocks, ManualScheduler]:
    clocks = FakeClocks(now=when)
    scheduler = ManualScheduler(clocks)
    show = load_show_text(AFTERNOON, "afternoon.yaml")
    return make_session(clocks, show=show, scheduler=scheduler), clocks, scheduler


def test_going_live_far_from_the_date_asks_whether_to_move_the_plan() -> None:
    session, _clocks, _ = session_at(FAR_AWAY)
    recorder = Recorder()
    session.subscribe(recorder)
    revision = session.revision
    for name in ("toggle", "start"):
        outcome = act(session, name)
        assert not outcome.ok and outcome.code == "confirmation_required"
        assert outcome.http_status == 409
        question = outcome.question
        assert question is not None and question.answer.key == "plan"
        assert question.default == "shift"
        assert [c.value for c in question.choices] == ["shift", "as_planned"]
        assert "Mon 12 Sep 2022 14:47 JST" in outcome.message
    assert session.revision == revision and session.snapshot.status is Status.STANDBY
    assert not [e for e in recorder.events if isinstance(e, ActionApplied)]
    assert [type(e) for e in recorder.events] == [CommandDone, CommandDone]
    outcome = act(session, "toggle", plan="shift")
    assert outcome.ok and not session.snapshot.far
    applied = [e for e in recorder.events if isinstance(e, ActionApplied)]
    assert applied[-1].args == {"plan": "shift"}
    assert applied[-1].event.args == {"plan": "shift"}  # what the run history records
    act(session, "reset", confirm=True)
    assert act(session, "start", plan="as_planned").ok
    assert session.snapshot.far
    applied = [e for e in recorder.events if isinstance(e, ActionApplied)]
    assert applied[-1].event.args == {"plan": "as_planned"}
    store = RunStore(show_data_dir(session.show_path) / "runs.sqlite3")
    runs = [store.load(info.id) for info in store.list_runs()]
    starts = [e.args for run in runs for e in run.analysis.events if e.action == "start"]
    assert sorted(str(a) for a in starts) == ["{'plan': 'as_planned'}", "{'plan': 'shift'}"]
    store.close()
    session.close()


def test_the_question_has_a_json_form_in_every_language() -> None:
    session, _, _ = session_at(FAR_AWAY)
    question = act(session, "toggle").question
    assert question is not None
    data = question.to_json()
    assert data["answer"] == "plan" and data["default"] == "shift"
    assert set(data["text"]) == {"en", "ja"}
    assert "2022年9月12日(月) 14:47 JST" in data["text"]["ja"]
    assert [c["value"] for c in data["choices"]] == ["shift", "as_planned"]
    session.close()


def test_moving_into_a_hard_start_early_asks_and_defaults_to_no() -> None:
    session, clocks, _ = session_at(datetime(2022, 9, 12, 5, 47, tzinfo=UTC))  # 14:47 JST
    assert act(session, "start").ok
    clocks.advance(2 * 60_000)
    assert act(session, "next").ok  # into the break: no hard start there
    outcome = act(session, "next")
    assert outcome.code == "confirmation_required" and outcome.question is not None
    assert outcome.question.default is False
    assert outcome.message == "“Pinned talk” has a hard start at 15:00, 11:00 from now. " \
        "Start it now anyway?"  # fmt: skip
    assert session.snapshot.segment.id == "pause"
    assert act(session, "next", confirm=False).code == "declined"
    assert act(session, "goto", segment="pinned").code == "confirmation_required"
    assert act(session, "next", confirm=True).ok
    assert session.snapshot.segment.id == "pinned"
    session.close()


def test_within_a_minute_of_the_hard_start_nothing_is_asked() -> None:
    session, clocks, _ = session_at(datetime(2022, 9, 12, 5, 47, tzinfo=UTC))
    act(session, "start")
    clocks.advance(12 * 60_000 + 1)  # 14:59:00.001
    assert act(session, "goto", segment="pinned", confirm=True).ok
    assert act(session, "previous").ok  # back into the break: no hard start
    session.close()


def test_an_answer_nobody_asked_for_is_fine_and_a_wrong_one_is_bad_input() -> None:
    session, _, _ = session_at(datetime(2022, 9, 12, 5, 47, tzinfo=UTC))
    assert act(session, "start", confirm=True, plan="shift").ok  # near: no shift
    assert not session.snapshot.far and session.engine.state().live.plan_shift_ms == 0
    outcome = act(session, "next", confirm="yes")
    assert outcome.code == "bad_input" and outcome.http_status == 400
    assert act(session, "end", plan="later").code == "bad_input"
    assert act(session, "pause", confirm=True).code == "bad_input"  # pause never asks
    session.close()


@pytest.mark.parametrize(("name", "args"), [("end", {}), ("reset", {})])
def test_losing_information_asks_on_every_surface(name: str, args: dict[str, object]) -> None:
    session, _, _ = session_at(datetime(2022, 9, 12, 5, 47, tzinfo=UTC))
    act(session, "start")
    for surface in Surface:
        outcome = session.execute(name, args, surface=surface)
        assert outcome.code == "confirmation_required"
    assert session.snapshot.status is Status.RUNNING
    assert session.execute(name, {"confirm": True}, surface=Surface.API).ok
    session.close()


def test_a_jump_on_air_asks_but_choosing_in_standby_does_not() -> None:
    session, _, _ = session_at(datetime(2022, 9, 12, 5, 47, tzinfo=UTC))
    assert act(session, "goto", segment="closing").ok
    assert act(session, "goto", segment="talk").ok
    act(session, "start")
    outcome = act(session, "goto", segment="closing")
    assert outcome.message.startswith("Jump to “Closing” now?")
    assert act(session, "goto", segment="talk").code == "already_current"  # nothing to ask
    assert act(session, "goto", segment="nowhere").code == "unknown_segment"
    session.close()


def test_a_services_command_asks_through_the_same_mechanism(tmp_path: Path) -> None:
    asked: list[Mapping[str, Any]] = []

    def question(_target: CommandTarget, args: Mapping[str, Any]) -> Question | None:
        asked.append(dict(args))
        return Question(CONFIRM, "Clap?", (), (YES, NO), True) if "confirm" not in args else None

    def clap(target: CommandTarget, _args: Mapping[str, Any]) -> ActionResult:
        return target.engine.set_message("👏")

    class Claps(Service):
        name = "claps"

        def commands(self) -> list[Command]:
            return [
                Command(
                    "clap", "Clap", "Clap", "/api/clap", clap, asks=Ask(question, (CONFIRM,), "")
                )
            ]

    clocks = FakeClocks()
    services = [*build_services(RunOptions(show=tmp_path / "s.yaml")), Claps()]
    session = make_session(clocks, show=load_show_text(AFTERNOON, "a.yaml"), services=services)
    assert act(session, "clap").code == "confirmation_required"
    assert act(session, "clap", confirm=True).ok
    assert asked == [{}, {"confirm": True}]
    with pytest.raises(InvalidArgs):
        session.commands.validate("clap", {"confirm": 1})
    session.close()


def test_planned_for_reads_naturally_in_both_languages() -> None:
    from zoneinfo import ZoneInfo

    when = datetime(2022, 9, 12, 13, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert planned_for(when, "en") == "Mon 12 Sep 2022 13:00 JST"
    assert planned_for(when, "ja") == "2022年9月12日(月) 13:00 JST"
