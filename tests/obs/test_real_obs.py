"""The bundled show drives a real OBS Studio (Debian's 29.x, obs-websocket 5) through the
scene collection shipped in resources/obs/, on real clocks: the program scene and the
text sources are read back from OBS (GetCurrentProgramScene, GetInputSettings) after each
segment change. OBS killed mid-show: the show runs on and the service reconnects when OBS
is back. A wrong password says so. The preflight check, in the console's service and on
the command line, with one scene missing. One OBS per module (started once)."""

from __future__ import annotations

import asyncio
import base64
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import obsws_python
import pytest

from runofshow.app.outcome import Outcome, Surface
from runofshow.app.scheduler import AsyncioScheduler
from runofshow.app.session import ShowSession
from runofshow.app.wiring import RunOptions, build_services, start_session
from runofshow.core.clock import SystemClocks
from runofshow.core.loader import load_show
from runofshow.core.runs import RunStore
from runofshow.obs.client import Address, ErrorKind, ObsFailure, ObswsClient
from runofshow.obs.service import ObsService, obs_service
from runofshow.paths import bundled_show
from tests.obs.real_obs import RealObs, Xvfb

pytestmark = [pytest.mark.slow, pytest.mark.xvfb]
TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.fixture(scope="module")
def real_obs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealObs]:
    xvfb = Xvfb()
    obs = RealObs(tmp_path_factory.mktemp("obs"), xvfb.display)
    try:
        obs.start()
        yield obs
    finally:
        obs.stop()
        xvfb.close()


@pytest.fixture
def reader(real_obs: RealObs) -> Iterator[Callable[[], obsws_python.ReqClient]]:
    """A client of the test's own, to read OBS back (reconnects after a restart)."""
    clients: list[obsws_python.ReqClient] = []

    def connect() -> obsws_python.ReqClient:
        clients.append(obsws_python.ReqClient(host="127.0.0.1", port=real_obs.port,
                                              password=real_obs.password, timeout=5))  # fmt: skip
        return clients[-1]

    yield connect
    for client in clients:
        client.base_client.ws.close()


def program(client: obsws_python.ReqClient) -> str:
    return str(client.send("GetCurrentProgramScene", raw=True)["currentProgramSceneName"])


def text(client: obsws_python.ReqClient, source: str) -> str:
    answer = client.send("GetInputSettings", {"inputName": source}, raw=True)
    return str(answer["inputSettings"].get("text", ""))


class Live:
    """A live session on real clocks and a real event loop, with the app's OBS service."""

    def __init__(self, show: Path, address: Address, password: str) -> None:
        options = RunOptions(show=show, serve=False)
        self.loop = asyncio.new_event_loop()
        self.scheduler = AsyncioScheduler(self.loop, SystemClocks())
        services = build_services(options, obs=obs_service(address, lambda _a: password))
        self.session: ShowSession = start_session(
            options, load_show(show), self.scheduler.clocks, self.scheduler, services,
            language="en",
        )  # fmt: skip
        self.service = next(s for s in services if isinstance(s, ObsService))

    @property
    def part(self) -> dict[str, Any]:
        return dict(self.session.document.parts["obs"])

    def act(self, name: str, **args: object) -> Outcome:
        """(How fast actions answer while OBS misbehaves is test_stall's business, with the
        journal on tmpfs; here the disk's fsyncs under a loaded machine would dominate.)"""
        return self.session.execute(name, args, surface=Surface.KEYBOARD)

    def wait(self, check: Callable[[], bool], timeout: float = 15.0) -> None:
        """Run the session's loop until ``check()`` holds."""

        async def poll() -> None:
            deadline = time.monotonic() + timeout
            while not check():
                assert time.monotonic() < deadline, f"not reached in {timeout} s: {self.part}"
                await asyncio.sleep(0.02)

        self.loop.run_until_complete(poll())

    def close(self) -> None:
        self.session.close()
        self.scheduler.close()
        self.loop.close()


def show_starting_in(folder: Path, minutes: int) -> Path:
    """The bundled show, planned to start a few minutes from now (a countdown to watch)."""
    start = (datetime.now(TOKYO) + timedelta(minutes=minutes)).replace(microsecond=0)
    source = bundled_show().read_text(encoding="utf-8")
    path = folder / "kyash-techtalk-4.yaml"
    path.write_text(source.replace("2022-09-12T13:00:00+09:00", start.isoformat()), "utf-8")
    return path


@pytest.fixture
def live(real_obs: RealObs, tmp_path: Path) -> Iterator[Live]:
    session = Live(show_starting_in(tmp_path, 3), Address("127.0.0.1", real_obs.port),
                   real_obs.password)  # fmt: skip
    yield session
    session.close()


def on_air(live: Live, reader: obsws_python.ReqClient, scene: str) -> None:
    live.wait(lambda: program(reader) == scene)


def test_the_bundled_show_drives_obs_through_its_scenes(
    live: Live, reader: Callable[[], obsws_python.ReqClient], screenshot_dir: Path
) -> None:
    obs = reader()
    live.wait(lambda: live.part["connected"])
    assert live.part["obs_version"].startswith("29.") and obs.get_version().rpc_version == 1
    obs.set_current_program_scene("Ending")  # someone switched by hand before the show
    live.wait(lambda: live.part["scene_differs"])
    assert program(obs) == "Ending"  # connecting switched nothing
    assert live.act("obs_apply").ok
    on_air(live, obs, "Starting soon")
    assert text(obs, "Show title") == "Kyash TechTalk #4 - Serversideと新しい挑戦"
    first = text(obs, "Countdown")
    assert re.fullmatch(r"[23]:\d\d", first), first
    live.wait(lambda: text(obs, "Countdown") != first, 3)  # it counts down, second by second

    expected = [
        ("start", "Opening", {"Lower third name": "@convto", "Lower third team": "Serverside"}),
        ("next", "Talk", {"Lower third name": "@yuu26", "Lower third team": "SRE",
                          "Talk title": "ローカル開発環境をAWSへ移行した話"}),
        ("next", "Talk", {"Lower third name": "@k_omotani", "Lower third team": "Serverside"}),
        ("next", "Talk", {"Lower third name": "@uncle__ko",
                          "Lower third team": "Serverside (Growth Technology)"}),
        ("next", "Panel", {"Panel names": "@convto, @k_omotani, @uncle__ko, @yuu26",
                           "Panel title": "パネルディスカッション：これまでのチャレンジ、"
                                          "これからのチャレンジ"}),
        ("undo", "Talk", {"Lower third name": "@uncle__ko",
                          "Talk title": "開発生産性を可視化するためにfourkeys基盤を整えた話"}),
        ("redo", "Panel", {"Panel names": "@convto, @k_omotani, @uncle__ko, @yuu26"}),
        ("next", "Closing", {"Lower third name": "@convto", "Lower third team": "Serverside"}),
        ("end", "Ending", {}),
    ]  # fmt: skip
    previous = live.part["last_switch"]
    for action, scene, texts in expected:
        assert live.act(action).ok, action
        live.wait(lambda before=previous: live.part["last_switch"] != before)  # OBS confirmed it
        previous = live.part["last_switch"]
        assert previous["scene"] == scene and program(obs) == scene and not live.part["error"]
        for source, wanted in texts.items():
            assert text(obs, source) == wanted, (action, source)
        if action == "next" and scene == "Talk" and texts["Lower third name"] == "@yuu26":
            shot = obs.send("GetSourceScreenshot", {"sourceName": "Talk", "imageFormat": "png",
                                                    "imageWidth": 960}, raw=True)  # fmt: skip
            data = base64.b64decode(shot["imageData"].split(",", 1)[1])
            (screenshot_dir / "obs-talk-lower-third.png").write_bytes(data)
    live.wait(lambda: live.part["last_switch"]["scene"] == "Ending")
    store = RunStore.for_show(live.session.show_path)
    try:
        run = store.latest()
        assert run is not None
        lines = [(s.scene, s.segment_id) for s in store.scene_switches(run.id)]
    finally:
        store.close()
    assert lines == [
        ("Opening", "opening"), ("Talk", "talk-dev-env"), ("Talk", "talk-points-async"),
        ("Talk", "talk-fourkeys"), ("Panel", "panel"), ("Talk", "talk-fourkeys"),
        ("Panel", "panel"), ("Closing", "closing"), ("Ending", None),
    ]  # fmt: skip


def test_obs_killed_mid_show_the_show_runs_on_and_reconnects(
    live: Live, real_obs: RealObs, reader: Callable[[], obsws_python.ReqClient]
) -> None:
    live.wait(lambda: live.part["connected"])
    assert live.act("start").ok
    on_air(live, reader(), "Opening")
    real_obs.kill()
    live.wait(lambda: not live.part["connected"])
    assert live.part["error"]["kind"] in ("dropped", "unreachable")
    assert live.act("next").ok  # the show goes on
    live.wait(lambda: live.part["missed_scene"] == "Talk")
    assert "Not switched" not in live.part["error"]["text"]  # (the console adds that line)
    snap = live.session.snapshot
    assert snap.segment.id == "talk-dev-env" and snap.status.value == "running"
    real_obs.start()
    live.wait(lambda: live.part["connected"], 30)
    obs = reader()
    live.wait(lambda: live.part["program_scene"] is not None)
    assert program(obs) != "Talk" or live.part["last_switch"]["scene"] == "Opening"
    assert live.part["scene_differs"] == (program(obs) != "Talk")  # nothing switched by itself
    assert live.act("next").ok  # the next segment change tries again
    on_air(live, obs, "Talk")
    assert text(obs, "Lower third name") == "@k_omotani"


def test_a_wrong_password_says_so(real_obs: RealObs, tmp_path: Path) -> None:
    with pytest.raises(ObsFailure) as caught:
        ObswsClient(Address("127.0.0.1", real_obs.port), "not-the-password", 5.0)
    assert caught.value.error.kind is ErrorKind.PASSWORD_WRONG
    with pytest.raises(ObsFailure) as caught:
        ObswsClient(Address("127.0.0.1", real_obs.port), "", 5.0)
    assert caught.value.error.kind is ErrorKind.PASSWORD_NEEDED
    session = Live(show_starting_in(tmp_path, 3), Address("127.0.0.1", real_obs.port), "wrong")
    try:
        session.wait(lambda: session.part["error"] is not None)
        assert session.part["error"]["text"] == (
            f"OBS at 127.0.0.1:{real_obs.port} refused the password: check it in Preferences "
            "and in OBS (Tools > WebSocket Server Settings).")  # fmt: skip
        assert not session.part["connected"]
    finally:
        session.close()


def obs_check(real_obs: RealObs, show: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RUNOFSHOW_OBS_PASSWORD": real_obs.password}
    return subprocess.run(
        [sys.executable, "-m", "runofshow", "obs-check", str(show), "--obs",
         f"127.0.0.1:{real_obs.port}"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip


def test_preflight_with_one_scene_missing(
    live: Live, real_obs: RealObs, reader: Callable[[], obsws_python.ReqClient]
) -> None:
    fine = obs_check(real_obs, bundled_show())
    assert fine.returncode == 0, fine.stdout + fine.stderr
    assert fine.stdout.splitlines()[-1] == (
        "ok: 6 scenes, 7 text sources, 1 transitions named in the show"
    )
    obs = reader()
    obs.send("SetSceneName", {"sceneName": "Panel", "newSceneName": "Panel (old)"}, raw=True)
    try:
        live.wait(lambda: live.part["connected"])
        assert live.act("obs_check").ok
        live.wait(lambda: live.part["preflight"] is not None)
        check = live.part["preflight"]
        assert [m["name"] for m in check["missing_scenes"]] == ["Panel"]
        assert check["missing_texts"] == [] and check["ok"] is False
        missing = obs_check(real_obs, bundled_show())
        assert missing.returncode == 1
        assert missing.stdout.splitlines()[1:] == [
            "missing scene 'Panel' (used in panel)",
            "MISSING: 6 scenes, 7 text sources, 1 transitions named in the show",
        ]
    finally:
        obs.send("SetSceneName", {"sceneName": "Panel (old)", "newSceneName": "Panel"}, raw=True)
