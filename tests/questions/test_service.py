"""The question queue as a session service: commands from the table with the same
validation and refusal codes as every command, its part of the state document, its own
undo, rehearsals kept apart, runs seeded, restarts resumed exactly, faults told and caught
up, and the run report's answered questions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from runofshow.app.outcome import Surface
from runofshow.app.reload import POLL_MS, SETTLE_MS
from runofshow.app.scheduler import ManualScheduler
from runofshow.app.session import ShowSession
from runofshow.cli import main
from runofshow.core.clock import FakeClocks
from runofshow.core.question_report import answered_questions
from runofshow.core.runs import RunStore
from runofshow.core.snapshot import Status as ClockStatus
from runofshow.paths import bundled_show
from runofshow.questions.model import Question, Source, question_id
from runofshow.questions.service import QuestionService
from runofshow.questions.store import bank_path, queue_path, save_bank
from tests.app.support import act, make_session

MIN = 60_000
PANEL = "panel"


@pytest.fixture
def show_path(tmp_path: Path) -> Path:
    path = tmp_path / "kyash.yaml"
    path.write_text(bundled_show().read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.fixture
def session(clocks: FakeClocks, show_path: Path, scheduler: ManualScheduler) -> ShowSession:
    return make_session(clocks, show_path, scheduler=scheduler)


def part(session: ShowSession) -> dict:  # type: ignore[type-arg]
    return session.document.to_json()["questions"]  # type: ignore[no-any-return]


def service(session: ShowSession) -> QuestionService:
    found = next(s for s in session.services if isinstance(s, QuestionService))
    return found


def texts(session: ShowSession, status: str | None = None) -> list[str]:
    listed = session.query("questions", {"segment": PANEL}).body["questions"]
    return [q["text"] for q in listed if status is None or q["status"] == status]


def ids(session: ShowSession) -> list[str]:
    return [q["id"] for q in session.query("questions", {"segment": PANEL}).body["questions"]]


def to_panel(session: ShowSession) -> None:
    assert act(session, "start").ok
    assert act(session, "goto", segment=PANEL, confirm=True).ok  # on air: a jump asks first


def test_the_bundled_panel_starts_with_its_prepared_questions(session: ShowSession) -> None:
    state = part(session)
    assert state["segment"] == PANEL  # in standby the queue follows the coming panel
    assert state["on_air"] is None
    assert state["counts"] == {"queued": 5, "on_air": 0, "answered": 0, "skipped": 0}
    assert [q["text"][:6] for q in state["next"]] == ["開発環境をE", "ポイント付与", "fourke"]
    listed = session.query("questions", {}).body
    assert listed["segment"] == PANEL and len(listed["questions"]) == 5
    assert {q["source"] for q in listed["questions"]} == {"prepared"}
    session.close()


def test_commands_validate_and_refuse_like_every_command(session: ShowSession) -> None:
    too_long = act(session, "question_add", text="x" * 501)
    assert (too_long.code, too_long.http_status) == ("bad_input", 400)
    assert "at most 500" in too_long.message
    assert act(session, "question_add", text="q", asker="a" * 101).code == "bad_input"
    assert act(session, "question_add", text="q", source="twitter").code == "bad_input"
    assert act(session, "question_add", text=5).code == "bad_input"
    assert act(session, "question_add", text="q", segment="nope").http_status == 404
    unknown = act(session, "question_answered", id="s-nope")
    assert (unknown.code, unknown.http_status) == ("unknown_question", 404)
    first = ids(session)[0]
    assert act(session, "question_move", id=first, to=-1).code == "bad_input"
    assert act(session, "question_move", id=first, to="2").ok  # ?to=2 works
    assert ids(session)[2] == first
    assert act(session, "question_queued", id=first).code == "unchanged"
    assert act(session, "question_answered", id="current").code == "no_question_on_air"
    assert session.query("questions", {"segment": "nope"}).code == "unknown_segment"
    assert session.query("questions", {"segment": "nope"}).http_status == 404
    added = act(session, "question_add", text="チャット：EC2のコストは？", asker="@viewer")
    assert added.ok and added.durable
    again = act(session, "question_add", text="チャット： EC2のコストは?")
    assert (again.code, again.http_status) == ("duplicate_question", 409)
    assert texts(session)[-1] == "チャット：EC2のコストは？"
    session.close()


def test_on_air_shows_only_in_its_segment_and_leaving_it_answers_it(
    session: ShowSession, scheduler: ManualScheduler, clocks: FakeClocks
) -> None:
    assert act(session, "question_next").ok  # in standby: on air in the panel's queue
    assert part(session)["on_air"] is None  # ...but the panel is not on air yet
    assert part(session)["counts"]["on_air"] == 1
    to_panel(session)
    on_air = part(session)["on_air"]
    assert on_air["text"].startswith("開発環境をEC2に") and on_air["status"] == "on_air"
    assert on_air["on_air_since"] == int(clocks.now.timestamp() * 1000) or on_air["on_air_since"]
    clocks.advance(2 * MIN)
    assert act(session, "question_next").ok
    state = part(session)
    assert state["on_air"]["text"].startswith("ポイント付与") and state["counts"]["answered"] == 1
    clocks.advance(3 * MIN)
    assert act(session, "next").ok  # the panel ends with a question on air: answered
    assert part(session)["on_air"] is None
    listed = session.query("questions", {"segment": PANEL}).body["questions"]
    assert [q["status"] for q in listed][:2] == ["answered", "answered"]
    assert [q["aired_ms"] for q in listed][:2] == [2 * MIN, 3 * MIN]
    assert part(session)["segment"] == PANEL  # after the panel it still follows the panel
    session.close()


def test_the_queue_has_its_own_undo_apart_from_the_clock(session: ShowSession) -> None:
    to_panel(session)
    assert act(session, "question_next").ok
    assert act(session, "question_answered", id="current").ok
    assert part(session)["undo"]["command"] == "question_answered"
    assert act(session, "add_time", seconds=60).ok
    assert act(session, "undo").ok  # the clock's undo: the minute, not the answer
    assert session.snapshot.added_ms == 0
    assert part(session)["counts"]["answered"] == 1
    assert act(session, "question_undo").ok  # the queue's undo: the answer, not the clock
    assert part(session)["counts"] == {"queued": 4, "on_air": 1, "answered": 0, "skipped": 0}
    assert session.snapshot.segment.id == PANEL
    assert part(session)["redo"]["command"] == "question_answered"
    assert act(session, "question_redo").ok
    assert part(session)["counts"]["answered"] == 1
    assert act(session, "question_redo").code == "nothing_to_redo"
    session.close()


def test_what_a_rehearsal_marks_never_reaches_the_live_show(
    clocks: FakeClocks, show_path: Path
) -> None:
    session = make_session(clocks, show_path)
    first = ids(session)[0]
    assert session.set_rehearsal(True)
    to_panel(session)
    assert act(session, "question_on_air", id=first).ok
    assert act(session, "question_add", text="リハーサルの質問").ok
    assert session.set_rehearsal(False) or session.live_on_air is False
    assert session.set_rehearsal(False)
    assert part(session)["counts"] == {"queued": 5, "on_air": 0, "answered": 0, "skipped": 0}
    assert "リハーサルの質問" not in texts(session)
    session.close()
    assert json.loads(queue_path(show_path, True, None).read_text("utf-8"))["queue"]
    assert queue_path(show_path, False, None).is_file()


def test_a_run_adopts_the_prepared_queue_and_the_next_run_starts_again(
    session: ShowSession, clocks: FakeClocks, show_path: Path
) -> None:
    last = ids(session)[-1]
    assert act(session, "question_move", id=last, to=0).ok  # the operator's plan
    assert act(session, "question_add", text="事前に拾ったチャットの質問").ok
    to_panel(session)
    assert ids(session)[0] == last and "事前に拾ったチャットの質問" in texts(session)
    assert act(session, "question_next").ok
    clocks.advance(90_000)
    assert act(session, "question_answered", id="current").ok
    assert act(session, "end", confirm=True).ok
    assert texts(session, "answered") == [texts(session)[0]]  # after the end: still there
    assert act(session, "reset", confirm=True).ok  # back to standby: the queue starts again
    assert part(session)["counts"] == {"queued": 5, "on_air": 0, "answered": 0, "skipped": 0}
    assert "事前に拾ったチャットの質問" not in texts(session)
    assert part(session)["undo"]["command"] == "reseed"
    assert act(session, "question_undo").ok  # ...and its undo brings the last run's back
    assert texts(session, "answered")
    session.close()


def test_a_restart_resumes_the_queue_exactly(clocks: FakeClocks, show_path: Path) -> None:
    first = make_session(clocks, show_path)
    to_panel(first)
    assert act(first, "question_skipped", id=ids(first)[0]).ok
    assert act(first, "question_add", text="チャットから", asker="@a").ok
    assert act(first, "question_asker", id=ids(first)[-1], on=True).ok
    assert act(first, "question_next").ok
    clocks.advance(30_000)
    before = first.query("questions", {"segment": PANEL}).body
    # no close(): the process died; it comes back 10 s later on another monotonic origin
    clocks.advance(10_000)
    restarted = FakeClocks(mono=5_000, now=clocks.now)
    second = make_session(restarted, show_path)
    assert second.resumed is not None
    after = second.query("questions", {"segment": PANEL}).body
    assert after["questions"] == before["questions"]
    on_air = service(second).queue.on_air(PANEL)
    assert on_air is not None and on_air.on_air_ms(restarted.mono) == 40_000  # downtime counts
    assert part(second)["undo"]["command"] == "question_next"
    assert act(second, "question_undo").ok  # the undo history came back too
    second.close()


def test_a_clean_exit_then_a_new_run_starts_from_the_seed(
    clocks: FakeClocks, show_path: Path
) -> None:
    first = make_session(clocks, show_path)
    to_panel(first)
    assert act(first, "question_next").ok
    first.close()  # the run closes with the app
    second = make_session(clocks, show_path)
    assert second.resumed is None and second.snapshot.status is ClockStatus.STANDBY
    assert part(second)["counts"]["on_air"] == 0
    second.close()


def test_imports_and_their_file_are_followed(
    session: ShowSession, scheduler: ManualScheduler, show_path: Path
) -> None:
    survey = [
        Question(question_id(Source.SURVEY, PANEL, text), PANEL, text, Source.SURVEY, asker)
        for text, asker in (("fourkeysは毎日見ていますか？", "たろう"), ("EC2のコストは？", ""))
    ]
    added, duplicates = service(session).import_questions([survey[0]])
    assert (added, duplicates) == (1, 0)
    assert texts(session)[-1] == "fourkeysは毎日見ていますか？"
    assert service(session).import_questions([survey[0]]) == (0, 1)
    # The command line writes the same file while the app runs: the queue follows.
    save_bank(bank_path(show_path), survey)
    scheduler.advance(POLL_MS + SETTLE_MS + POLL_MS)
    assert texts(session)[-2:] == ["fourkeysは毎日見ていますか？", "EC2のコストは？"]
    session.close()


def test_a_failed_save_is_told_and_caught_up(
    session: ShowSession, scheduler: ManualScheduler, show_path: Path
) -> None:
    path = queue_path(show_path, False, None)
    path.unlink()
    path.mkdir()  # the file cannot be replaced: a real OSError from the disk
    (path / "keep").write_text("x")
    outcome = act(session, "question_next")
    assert outcome.ok and not outcome.durable  # applied, never an error...
    assert "question queue not saved" in (outcome.problem or "")  # ...but the operator knows
    assert part(session)["ok"] is False and part(session)["counts"]["on_air"] == 1
    shutil.rmtree(path)
    scheduler.advance(2_000)  # retried
    assert part(session)["ok"] is True
    saved = json.loads(path.read_text("utf-8"))
    assert saved["queue"]["questions"][0]["status"] == "on_air"
    session.close()


def test_a_damaged_queue_file_is_set_aside(clocks: FakeClocks, show_path: Path) -> None:
    path = queue_path(show_path, False, None)
    path.write_text("{not json", encoding="utf-8")
    session = make_session(clocks, show_path)
    assert part(session)["ok"] is True  # nothing is lost from now on...
    assert "damaged" in part(session)["notice"]  # ...but the operator is told
    assert part(session)["counts"]["queued"] == 5
    assert [p.name.split(".damaged-")[0] for p in path.parent.glob("*.damaged-*")] == [
        "questions-live.json"
    ]
    session.close()


def test_the_run_report_lists_the_answered_questions_in_order(
    session: ShowSession, clocks: FakeClocks, show_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    to_panel(session)
    first, second, third = ids(session)[:3]
    assert act(session, "question_on_air", id=second).ok
    clocks.advance(4 * MIN)
    assert act(session, "question_on_air", id=first).ok  # second: answered, 4:00
    clocks.advance(30_000)
    assert act(session, "question_skipped", id=first).ok  # skipped: not in the report
    assert act(session, "question_add", text="チャット：採用はしていますか？", asker="@v").ok
    assert act(session, "question_on_air", id=ids(session)[-1]).ok
    clocks.advance(2 * MIN)
    assert act(session, "question_answered", id="current").ok
    assert act(session, "question_on_air", id=third).ok
    clocks.advance(MIN)
    assert act(session, "question_answered", id="current").ok
    assert act(session, "question_undo").ok  # undone: third is on air again...
    clocks.advance(MIN)
    assert act(session, "end", confirm=True).ok  # ...and the end answers it: 2:00
    session.close()
    store = RunStore.for_show(show_path)
    run = store.latest()
    assert run is not None
    answered = answered_questions(store.question_events(run.id))
    store.close()
    assert [(q.order, q.text[:6], q.on_air_ms) for q in answered] == [
        (1, "ポイント付与", 4 * MIN), (2, "チャット：採", 2 * MIN), (3, "fourke", 2 * MIN),
    ]  # fmt: skip
    assert main(["report", str(show_path), "--format", "md"]) == 0
    markdown = capsys.readouterr().out
    assert "## Questions answered" in markdown
    assert "| 2 | チャット：採用はしていますか？ | @v | chat | 2:00 |" in markdown
    assert main(["report", str(show_path), "--format", "csv"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("question,")]
    assert (
        len(rows) == 3
        and rows[0].startswith("question,1,panel,ポイント付与")
        and ",4:00," in rows[0]
    )


def test_the_surface_is_not_needed_to_act_and_every_command_has_a_route(
    session: ShowSession,
) -> None:
    routes = {c.name: c.route for c in session.commands if c.name.startswith("question_")}
    assert routes == {
        "question_add": "/api/questions",
        "question_on_air": "/api/questions/{id}/on-air",
        "question_answered": "/api/questions/{id}/answered",
        "question_skipped": "/api/questions/{id}/skipped",
        "question_queued": "/api/questions/{id}/queued",
        "question_move": "/api/questions/{id}/move",
        "question_asker": "/api/questions/{id}/asker",
        "question_next": "/api/questions/next",
        "question_undo": "/api/questions/undo",
        "question_redo": "/api/questions/redo",
    }
    assert [q.route for q in session.commands.queries] == ["/api/questions"]
    keyed = {c.name: c.keys for c in session.commands if c.keys and c.name.startswith("question")}
    assert keyed["question_undo"] == ("Ctrl+Alt+Z",)  # never Ctrl+Z: that is the clock's
    outcome = session.execute("question_next", {}, surface=Surface.CONTROL)
    assert outcome.ok
    session.close()
