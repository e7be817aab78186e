"""The OBS service in a real session on fake clocks, with a fake link: what it asks of OBS
on each show action, the countdown texts on the engine's second flips, pause, rehearsal,
Apply, the preflight check, the state part and the run history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from runofshow.app.session import ShowSession
from runofshow.core.clock import FakeClocks
from runofshow.core.obs_plan import Transition
from runofshow.core.reports import run_markdown
from runofshow.core.runs import RunStore
from runofshow.obs.client import ErrorKind, ObsError
from runofshow.obs.connection import Applied, Apply, Connected, Disconnected, Inventory, Status
from runofshow.obs.service import ObsService
from tests.app.support import act, flush_storage
from tests.obs.support import ADDRESS, ObsRig, obs_rig


@pytest.fixture
def rig(tmp_path: Path, clocks: FakeClocks) -> ObsRig:
    rig = obs_rig(tmp_path, clocks)
    rig.report(Connected(ADDRESS, "29.0.2", "5.1.0"), Status("Starting soon", False, False))
    return rig


def scenes(rig: ObsRig) -> list[str | None]:
    return [job.scene for job in rig.link.applied]


def test_connecting_never_switches_a_scene(tmp_path: Path, clocks: FakeClocks) -> None:
    rig = obs_rig(tmp_path, clocks)
    assert rig.link.started and rig.link.addresses == [ADDRESS]
    rig.report(Connected(ADDRESS, "29.0.2", "5.1.0"), Status("Intermission", False, False))
    assert rig.link.applied == []
    part = rig.part
    assert part["connected"] and part["obs_version"] == "29.0.2"
    assert part["program_scene"] == "Intermission" and part["expected_scene"] == "Starting soon"
    assert part["scene_differs"] is True


def test_segment_changes_switch_scenes_and_set_texts(rig: ObsRig) -> None:
    act(rig.session, "start")
    job = rig.link.applied[-1]
    assert job == Apply(
        1, "Talk",
        {"Lower third name": "Ann, Bo", "Lower third team": "SRE", "Timer": "10:00",
         "Next": "Two 13:00"},
        Transition("Fade", 300),
    )  # fmt: skip
    act(rig.session, "next")  # segment two: automation off in the file
    assert scenes(rig) == ["Talk"]
    assert rig.part["automation"] is False and rig.part["expected_scene"] is None
    act(rig.session, "next")
    act(rig.session, "add_time", seconds=60)  # same segment: nothing to switch
    act(rig.session, "end", confirm=True)  # on air: the end asks first
    assert scenes(rig) == ["Talk", "Closing", "Ending"]
    act(rig.session, "undo")  # the end undone: the closing comes back
    act(rig.session, "reset", confirm=True)
    assert scenes(rig) == ["Talk", "Closing", "Ending", "Closing", "Starting soon"]
    assert rig.link.applied[-1].texts == {"Countdown": "10:00", "Title": "Test show"}


def test_undo_of_a_segment_change_switches_back(rig: ObsRig) -> None:
    act(rig.session, "start")
    act(rig.session, "next")
    act(rig.session, "next")
    act(rig.session, "undo")  # back to two: automation off there, nothing sent
    act(rig.session, "undo")  # back to one
    assert scenes(rig) == ["Talk", "Closing", "Talk"]


def test_countdown_texts_follow_the_shown_second_never_more_often(
    rig: ObsRig, clocks: FakeClocks
) -> None:
    rig.scheduler.advance(337)  # between two wall seconds
    snapshots: list[int] = []
    rig.session.subscribe(lambda e: snapshots.append(1) if type(e).__name__ == "SnapshotChanged"
                          else None)  # fmt: skip
    rig.scheduler.advance(10_000)
    sent = [(at, texts["Countdown"]) for at, texts in rig.link.texts]
    assert [text for _at, text in sent] == [f"9:{s}" for s in range(59, 49, -1)]
    origin = clocks.now.timestamp() * 1000 - clocks.mono
    assert {round(origin + at) % 1000 for at, _ in sent} == {1}  # 1 ms after each flip
    rig.link.texts.clear()
    act(rig.session, "start")
    rig.scheduler.advance(337)
    snapshots.clear()
    rig.scheduler.advance(10_000)
    assert len(snapshots) == 10  # one tick a second: the time of day flips with the countdown
    timer = [texts["Timer"] for _at, texts in rig.link.texts if "Timer" in texts]
    assert timer == [f"9:{s}" for s in range(59, 49, -1)]
    assert all(set(texts) <= {"Timer", "Next"} for _at, texts in rig.link.texts)


def test_no_countdown_texts_while_disconnected_then_again(rig: ObsRig) -> None:
    rig.report(Disconnected(ObsError(ErrorKind.DROPPED, "lost"), 0.5))
    rig.scheduler.advance(3000)
    assert rig.link.texts == []
    assert rig.part["error"]["text"] == "The connection to OBS at 127.0.0.1:4455 was lost."
    rig.report(Connected(ADDRESS, "29.0.2", "5.1.0"), Status("Other", False, False))
    rig.scheduler.advance(1000)
    assert [t for _at, t in rig.link.texts] == [{"Countdown": "9:57"}]
    assert rig.link.applied == [] and rig.part["scene_differs"] is True
    assert rig.part["error"] is None


def test_pause_stops_automation_until_resumed(rig: ObsRig) -> None:
    outcome = act(rig.session, "obs_pause")
    assert outcome.ok and rig.part["paused"] is True and rig.part["automation"] is False
    act(rig.session, "start")
    rig.scheduler.advance(5000)
    assert rig.link.applied == [] and rig.link.texts == []
    act(rig.session, "obs_pause", on=False)
    assert rig.link.applied == []  # resuming switches nothing by itself
    rig.scheduler.advance(1000)
    assert [t for _at, t in rig.link.texts] == [{"Timer": "9:55", "Next": "Two 13:00"}]
    act(rig.session, "next")
    act(rig.session, "next")
    assert scenes(rig) == ["Closing"]


def test_apply_sends_the_current_state_even_when_paused(rig: ObsRig) -> None:
    act(rig.session, "obs_pause", on=True)
    assert act(rig.session, "obs_apply").ok
    assert rig.link.applied[-1].scene == "Starting soon"
    assert rig.link.applied[-1].texts["Countdown"] == "10:00"


def test_without_an_address_obs_commands_are_refused(tmp_path: Path, clocks: FakeClocks) -> None:
    rig = obs_rig(tmp_path, clocks, address=None)
    assert rig.part["enabled"] is False
    for name in ("obs_apply", "obs_check"):
        outcome = act(rig.session, name)
        assert not outcome.ok and outcome.code == "obs_off"
    act(rig.session, "start")
    assert rig.link.applied == []


def test_rehearsals_leave_obs_alone_unless_turned_on(tmp_path: Path, clocks: FakeClocks) -> None:
    rig = obs_rig(tmp_path, clocks, rehearsal=True)
    rig.report(Connected(ADDRESS, "29.0.2", "5.1.0"), Status("Starting soon", False, False))
    act(rig.session, "start")
    rig.scheduler.advance(3000)
    assert rig.link.applied == [] and rig.link.texts == []
    assert rig.part["rehearsal"] is False and rig.part["active"] is False
    refused = act(rig.session, "obs_apply")
    assert refused.code == "obs_not_in_rehearsal"
    assert act(rig.session, "obs_rehearsal", on=True).ok
    assert rig.part["rehearsal"] is True
    act(rig.session, "next")
    act(rig.session, "next")
    assert scenes(rig) == ["Closing"]
    # OBS goes on air during the rehearsal: the rehearsal lets go of it at once.
    rig.report(Status("Closing", True, False))
    assert rig.part["rehearsal"] is False and "went on air" in rig.part["error"]["text"]
    refused = act(rig.session, "obs_rehearsal", on=True)
    assert not refused.ok and refused.code == "obs_on_air"
    # A new rehearsal starts with OBS off again.
    rig.report(Status("Closing", False, False))
    assert act(rig.session, "obs_rehearsal", on=True).ok
    rig.session.rehearse_segment("one")
    assert rig.part["rehearsal"] is False


def test_live_the_rehearsal_switch_is_refused(rig: ObsRig) -> None:
    outcome = act(rig.session, "obs_rehearsal", on=True)
    assert not outcome.ok and outcome.code == "obs_live"


def test_failures_are_said_in_words_and_the_next_change_tries_again(rig: ObsRig) -> None:
    act(rig.session, "start")
    rig.report(Applied(1, None, (ObsError(ErrorKind.PASSWORD_WRONG, "failed to identify"),)))
    part = rig.part
    assert part["missed_scene"] == "Talk"
    assert part["error"]["kind"] == "password_wrong"
    assert part["error"]["text"].startswith("OBS at 127.0.0.1:4455 refused the password")
    act(rig.session, "next")
    act(rig.session, "next")
    assert scenes(rig) == ["Talk", "Closing"]
    rig.report(Applied(2, None, (ObsError(ErrorKind.REQUEST, "No source was found by the "
                                          "name of `Closing`.", "Closing"),)))  # fmt: skip
    assert rig.part["error"]["text"] == (
        "OBS refused “Closing”: No source was found by the name of `Closing`.")  # fmt: skip
    rig.report(Applied(3, "Closing", ()))  # (a later attempt that worked)
    assert rig.part["error"] is None and rig.part["missed_scene"] is None


def test_scene_switches_are_lines_in_the_run_history(rig: ObsRig, clocks: FakeClocks) -> None:
    assert act(rig.session, "obs_apply").ok
    rig.report(Applied(1, "Starting soon", ()))  # before the start: no run yet
    act(rig.session, "start")
    clocks.advance(120)
    rig.report(Applied(2, "Talk", ()))
    rig.scheduler.advance(60_000)
    act(rig.session, "next")
    act(rig.session, "next")
    rig.report(Applied(3, "Closing", ()))
    part = rig.part
    assert part["last_switch"]["scene"] == "Closing" and part["last_switch"]["segment"] == "three"
    flush_storage(rig.session)  # the history is written on the writer thread
    store = RunStore.for_show(rig.session.show_path)
    try:
        run = store.latest()
        assert run is not None
        switches = store.scene_switches(run.id)
        report = run_markdown(run, store.load(run.id).analysis, switches)
    finally:
        store.close()
    section = report.split("## OBS scenes")[1].split("## Action log")[0].strip().splitlines()
    assert section == ["| Time | Scene | Segment |", "|---|---|---|",
                       "| 12:50:00 | Talk | One |", "| 12:51:00 | Closing | Three |"]  # fmt: skip
    assert [(s.scene, s.segment_id) for s in switches] == [("Talk", "one"), ("Closing", "three")]
    assert switches[0].wall == run.started + __import__("datetime").timedelta(milliseconds=120)


def test_the_preflight_check_lists_what_obs_lacks(rig: ObsRig) -> None:
    assert act(rig.session, "obs_check").ok
    assert rig.link.inventories == 1
    rig.report(Inventory(
        ("Starting soon", "Talk", "Ending"),
        (("Countdown", "text_ft2_source_v2"), ("Title", "text_ft2_source_v2"),
         ("Lower third name", "text_ft2_source_v2"), ("Lower third team", "image_source"),
         ("Timer", "text_gdiplus_v2")),
        ("Cut", "Fade"),
    ))  # fmt: skip
    check = rig.part["preflight"]
    assert check["ok"] is False
    assert [m["name"] for m in check["missing_scenes"]] == ["Closing"]
    assert [(m["name"], m["used_in"]) for m in check["missing_texts"]] == [("Next", ["one"])]
    assert check["not_text"] == [{"name": "Lower third team", "kind": "image_source"}]


def test_the_part_is_in_the_state_document(rig: ObsRig) -> None:
    state = json.loads(json.dumps(rig.session.document.to_json()))
    assert set(state["obs"]) >= {"connected", "program_scene", "automation", "paused", "error"}
    assert state["obs"]["address"] == "127.0.0.1:4455"
    assert "obs_pause" in rig.session.commands and rig.session.commands["obs_pause"].keys == ("O",)


def test_a_deferred_link_opens_once_when_asked(tmp_path: Path, clocks: FakeClocks) -> None:
    """The desktop opens the link after the console's first paint: until then OBS is not
    connected, its commands are in the table and a show action switches nothing."""
    before: list[object] = []

    def unlinked(session: ShowSession) -> None:
        before.append(session.document.parts["obs"]["connected"])
        before.append(all(name in session.commands for name in ("obs_apply", "obs_check")))
        before.append(act(session, "start").ok)

    rig = obs_rig(tmp_path, clocks, defer_link=True, before_link=unlinked)
    assert before == [False, True, True]
    assert rig.link.started and rig.link.addresses == [ADDRESS] and rig.link.applied == []
    rig.service.open_link()
    assert rig.service.link is rig.link  # once only
    rig.report(Connected(ADDRESS, "29.0.2", "5.1.0"), Status("Talk", False, False))
    act(rig.session, "next")
    assert scenes(rig) == []  # segment two: automation off in the file
    act(rig.session, "next")
    assert scenes(rig) == ["Closing"]


def test_a_deferred_link_never_opens_after_the_service_stopped() -> None:
    fresh = ObsService(ADDRESS, lambda _a: "pw", defer_link=True)
    fresh.stop()
    fresh.open_link()
    assert fresh.link is None


def test_stopping_the_session_closes_the_link(rig: ObsRig) -> None:
    rig.session.close()
    assert rig.link.closed


def test_another_address_reconnects_at_once_and_forgets_the_old_state(rig: ObsRig) -> None:
    rig.report(Disconnected(ObsError(ErrorKind.PASSWORD_WRONG, "no"), 0.5))
    assert rig.part["error"] is not None
    other = type(ADDRESS)("studio.local", 4460)
    rig.service.configure(other)
    assert rig.link.addresses == [ADDRESS, other]
    part = rig.part
    assert part["address"] == "studio.local:4460" and part["error"] is None
    assert part["connected"] is False
    rig.service.configure(None)
    assert rig.part["enabled"] is False and rig.link.addresses[-1] is None
    act(rig.session, "start")
    assert rig.link.applied == []
