"""One wiring for both modes: the same checks, messages and exit codes; one service list;
one decision of where the server listens. Subprocess tests run the real command line."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from runofshow.app.auto_start import AutoStartService
from runofshow.app.journal_service import JournalService
from runofshow.app.runs_service import RunRecorderService
from runofshow.app.service import Service
from runofshow.app.storage_service import StorageService
from runofshow.app.wiring import (
    RunOptions,
    ServerConfig,
    StartupError,
    build_command_table,
    build_services,
    check_options,
    server_config,
)
from runofshow.questions.service import QuestionService
from tests.shows import NOT_A_SHOW, write

REPO = Path(__file__).resolve().parents[2]
UNKNOWN_SEGMENT = (
    "runofshow: There is no segment 'no-such-id'; the show has: opening, talk-dev-env, "
    "talk-points-async, talk-fourkeys, panel, closing."
)


def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "runofshow", *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("mode", [[], ["--headless"]], ids=["desktop", "headless"])
def test_an_unknown_segment_exits_2_in_both_modes(mode: list[str], isolated_data_dir: Path) -> None:
    result = _run(
        *mode, "--rehearse", "--segment", "no-such-id", "--port", "0", data_dir=isolated_data_dir
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == UNKNOWN_SEGMENT
    assert result.stdout == ""


@pytest.mark.slow
def test_a_broken_show_exits_1_headless_and_the_desktop_waits_for_it(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    """The same located errors on stderr in both modes; headless exits 1, the desktop
    stays up with a console that waits for the file (stopped here with SIGTERM)."""
    bad = tmp_path / "bad.yaml"
    write(bad, NOT_A_SHOW)
    headless = _run("--headless", str(bad), "--port", "0", data_dir=isolated_data_dir)
    assert headless.returncode == 1
    lines = headless.stderr.splitlines()
    assert lines and all(line.startswith(f"{bad}:") for line in lines)
    assert any(line.startswith(f"{bad}:3:") for line in lines)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RUNOFSHOW_DATA_DIR": str(isolated_data_dir),
    }
    with subprocess.Popen(
        [sys.executable, "-m", "runofshow", str(bad), "--no-server"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    ) as desktop:  # fmt: skip
        errors: queue.Queue[str] = queue.Queue()
        reader = threading.Thread(
            target=lambda: [errors.put(line) for line in desktop.stderr or []]
        )
        reader.start()
        printed: list[str] = []
        deadline = time.monotonic() + 60
        while not any(line.startswith("runofshow: no show open; ") for line in printed):
            try:
                printed.append(errors.get(timeout=max(0.0, deadline - time.monotonic())))
            except queue.Empty:
                desktop.kill()
                raise AssertionError(f"the desktop did not say it waits: {printed}") from None
        located = [line.rstrip("\n") for line in printed if line.startswith(f"{bad}:")]
        assert located == lines  # the same located errors as headless
        assert str(bad) in printed[-1]
        assert desktop.poll() is None  # still running: the console waits for the file
        desktop.send_signal(signal.SIGTERM)
        assert desktop.wait(timeout=30) == 0
        reader.join(timeout=10)


def test_check_options_refuses_what_cannot_work(bundled_show_path: Path) -> None:
    cases = {
        "--speaker-screen needs the console; leave out --headless": RunOptions(
            show=bundled_show_path, headless=True, speaker_screen=1
        ),
        "--headless serves the browser views; leave out --no-server": RunOptions(
            show=bundled_show_path, headless=True, serve=False
        ),
        "--port 70000: a port is 0 (any free one) to 65535": RunOptions(
            show=bundled_show_path, port=70_000
        ),
        "--segment rehearses one segment; it needs --rehearse": RunOptions(
            show=bundled_show_path, rehearse_segment="panel"
        ),
        UNKNOWN_SEGMENT.removeprefix("runofshow: "): RunOptions(
            show=bundled_show_path, rehearse=True, rehearse_segment="no-such-id"
        ),
        "--allow-host 'http://relay:8765': a host name or address, without scheme or port": (
            RunOptions(show=bundled_show_path, lan=True, allow_hosts=("http://relay:8765",))
        ),
        "--allow-host answers other devices; it needs --lan": RunOptions(
            show=bundled_show_path, allow_hosts=("relay.example.org",)
        ),
    }
    for message, options in cases.items():
        with pytest.raises(StartupError) as caught:
            check_options(options)
        assert (caught.value.status, caught.value.lines) == (2, (f"runofshow: {message}",))
    show = check_options(
        RunOptions(show=bundled_show_path, rehearse=True, rehearse_segment="panel")
    )
    assert show.segments[4].id == "panel"


def test_a_show_that_cannot_be_loaded_is_status_1(tmp_path: Path) -> None:
    with pytest.raises(StartupError) as caught:
        check_options(RunOptions(show=tmp_path / "missing.yaml"))
    assert caught.value.status == 1
    assert caught.value.lines[0].startswith(f"{tmp_path / 'missing.yaml'}:1:1: ")


def test_the_services_are_listed_once_in_their_order(bundled_show_path: Path) -> None:
    class Web(Service):
        name = "web"

    web = Web()
    options = RunOptions(show=bundled_show_path)
    services = build_services(options, web=web)
    assert [type(s) for s in services] == [
        StorageService, JournalService, RunRecorderService, QuestionService, AutoStartService,
        Web,
    ]  # fmt: skip
    assert services[-1] is web
    no_server = build_services(RunOptions(show=bundled_show_path, serve=False), web=web)
    assert [s.name for s in no_server] == ["storage", "journal", "runs", "questions", "auto_start"]
    assert [c.name for c in build_command_table(services)][:3] == ["start", "pause", "resume"]


def test_where_the_server_listens(bundled_show_path: Path) -> None:
    local = server_config(RunOptions(show=bundled_show_path, port=0))
    lan = server_config(RunOptions(show=bundled_show_path, lan=True))
    assert local == ServerConfig(host="127.0.0.1", port=0, lan=False, require_token=False)
    assert lan == ServerConfig(host="0.0.0.0", port=8765, lan=True, require_token=True)
    assert server_config(RunOptions(show=bundled_show_path, serve=False)) is None
    tunnel = RunOptions(
        show=bundled_show_path, lan=True, allow_hosts=("Laptop.ts.net", "[fd7a::1]")
    )
    check_options(tunnel)
    config = server_config(tunnel)
    assert config is not None and config.allowed_hosts == {"laptop.ts.net", "fd7a::1"}
