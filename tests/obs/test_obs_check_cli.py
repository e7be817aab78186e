"""`runofshow obs-check SHOW --obs HOST:PORT`: what the show names and OBS lacks, exit 1
when anything is missing or OBS cannot be asked; `--obs` is checked like every option."""

from __future__ import annotations

from pathlib import Path

import pytest

from runofshow.cli import build_parser, main
from runofshow.obs.password import ENV
from runofshow.paths import bundled_show
from tests.obs.fake_obs import FakeObs
from tests.obs.support import SHOW

ALL_SCENES = ["Starting soon", "Talk", "Talk 2", "Closing", "Ending"]
ALL_TEXTS = ["Countdown", "Title", "Lower third name", "Lower third team", "Timer", "Next"]


def check(fake: FakeObs, show: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["obs-check", str(show), "--obs", f"127.0.0.1:{fake.port}"])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_everything_there_then_something_missing(
    fake_obs: FakeObs, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    show = tmp_path / "show.yaml"
    show.write_text(SHOW, encoding="utf-8")
    fake_obs.state.scenes = list(ALL_SCENES)
    for name in ALL_TEXTS:
        fake_obs.add_text_source(name)
    status, out = check(fake_obs, show, capsys)
    assert status == 0, out
    assert out.splitlines() == [
        f"OBS 29.0.2 at 127.0.0.1:{fake_obs.port} (obs-websocket 5.1.0)",
        "ok: 4 scenes, 6 text sources, 1 transitions named in the show",
    ]
    fake_obs.state.scenes.remove("Closing")
    del fake_obs.state.inputs["Timer"]
    fake_obs.state.transitions = ["Cut"]
    status, out = check(fake_obs, show, capsys)
    assert status == 1
    assert out.splitlines()[1:] == [
        "missing scene 'Closing' (used in three)",
        "missing text source 'Timer' (used in one)",
        "missing transition 'Fade' (used in before, one, three, after)",
        "MISSING: 4 scenes, 6 text sources, 1 transitions named in the show",
    ]


def test_a_password_from_the_environment(
    make_fake_obs: object, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    fake = make_fake_obs(password="pw")  # type: ignore[operator]
    status, out = check(fake, bundled_show(), capsys)
    assert status == 1 and "asks for a password: set it in Preferences." in out
    monkeypatch.setenv(ENV, "wrong")
    status, out = check(fake, bundled_show(), capsys)
    assert status == 1 and "refused the password" in out
    monkeypatch.setenv(ENV, "pw")
    status, out = check(fake, bundled_show(), capsys)
    assert status == 1 and "missing scene 'Opening' (used in opening)" in out


def test_a_broken_show_and_a_show_without_obs(
    fake_obs: FakeObs, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: runofshow/1\nshow: {}\n", encoding="utf-8")
    status, out = check(fake_obs, broken, capsys)
    assert status == 2 and "broken.yaml:2:" in out
    plain = tmp_path / "plain.yaml"
    plain.write_text(SHOW.split("  obs:")[0] + "segments:\n  - {id: a, kind: talk, title: A, "
                     "duration: 5m}\n", encoding="utf-8")  # fmt: skip
    status, out = check(fake_obs, plain, capsys)
    assert status == 0 and "nothing to check" in out


@pytest.mark.parametrize("bad", ["nohost:", "host:99999", "a b"])
def test_a_bad_obs_address_is_a_usage_error(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        build_parser().parse_args(["run", "--obs", bad])
    assert caught.value.code == 2
    assert "--obs" in capsys.readouterr().err


def test_run_takes_obs() -> None:
    args = build_parser().parse_args(["run", "--obs", "studio:4460"])
    assert args.obs == "studio:4460"
