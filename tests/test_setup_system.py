"""A fresh machine can run the tests: `scripts/setup-system test` installs the Debian package
of every program the test suite starts, and `scripts/dev run FILE` finds FILE where the
caller is."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from tests.conftest import IN_CI

ROOT = Path(__file__).resolve().parents[1]
SETUP = ROOT / "scripts" / "setup-system"
CALLS = (
    re.compile(r"subprocess\.(?:run|Popen|check_output|check_call|call)\(\s*\[\s*\"([^\"]+)\""),
    re.compile(r"shutil\.which\(\s*\"([^\"]+)\""),
    re.compile(r"\"/usr/bin/([\w.+-]+)\""),
    re.compile(r"\bneed\(\s*\"([^\"]+)\""),  # tests/x_servers.py: need("Xorg")
)
NOT_DEBIAN = {"python", "python3", "sh", "bash", "kill"}  # the venv or the base system
# Where dpkg cannot answer (not a Debian system): the packages the programs come from.
KNOWN = {
    "xdotool": "xdotool", "Xvfb": "xvfb", "Xorg": "xserver-xorg-core", "openbox": "openbox",
    "xrandr": "x11-xserver-utils", "chromium": "chromium", "xauth": "xauth",
    "mount": "mount", "umount": "mount",
}  # fmt: skip


def installed_by_setup() -> set[str]:
    text = SETUP.read_text(encoding="utf-8")
    packages: set[str] = set()
    for name in ("run_pkgs", "test_pkgs"):
        found = re.search(rf"{name}=\(([^)]*)\)", text)
        assert found, f"{name} is not in scripts/setup-system"
        packages.update(found.group(1).split())
    return packages


def programs_the_tests_run() -> dict[str, list[str]]:
    """Program name -> test files that start it (found by grepping the test sources)."""
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if path == Path(__file__):
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in CALLS:
            for program in pattern.findall(text):
                if program.startswith("-") or program in NOT_DEBIAN:
                    continue
                found.setdefault(program, []).append(path.relative_to(ROOT).as_posix())
    return found


def merged_usr_twins(path: str) -> list[str]:
    """The names one file may have on a merged-/usr system (/bin is /usr/bin there, but
    dpkg knows each file by the path its package ships: /bin/umount, /usr/bin/xdotool)."""
    names: list[str] = []
    for name in (path, os.path.realpath(path)):
        if name.startswith(("/usr/bin/", "/usr/sbin/", "/usr/lib/")):
            twin = name.removeprefix("/usr")
        elif name.startswith(("/bin/", "/sbin/", "/lib/")):
            twin = "/usr" + name
        else:
            twin = name
        names += [name, twin]
    return list(dict.fromkeys(names))  # in order, each once


def package_of(program: str) -> str:
    path = shutil.which(program) or f"/usr/bin/{program}"
    if shutil.which("dpkg") is None or not Path(path).exists():
        assert not IN_CI, f"{program} is not installed; scripts/setup-system test must install it"
        return KNOWN[program]
    errors = []
    for name in merged_usr_twins(path):
        result = subprocess.run(["dpkg", "-S", name], capture_output=True, text=True, check=False)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0]
        errors.append(result.stderr.strip())
    raise AssertionError(f"no Debian package owns {path}: {errors}")


def test_a_merged_usr_path_is_also_asked_by_its_twin() -> None:
    assert merged_usr_twins("/usr/bin/umount")[:2] == ["/usr/bin/umount", "/bin/umount"]
    assert merged_usr_twins("/sbin/mkfs")[:2] == ["/sbin/mkfs", "/usr/sbin/mkfs"]
    assert merged_usr_twins("/opt/tool/bin/x") == ["/opt/tool/bin/x"]


def test_the_suite_starts_these_programs() -> None:
    programs = programs_the_tests_run()
    for expected in ("xdotool", "Xvfb", "openbox", "Xorg", "xrandr", "chromium"):
        assert expected in programs, f"the grep no longer finds {expected}: {sorted(programs)}"


def test_setup_system_installs_every_program_the_tests_run() -> None:
    packages = installed_by_setup()
    missing = {
        program: (package_of(program), users)
        for program, users in programs_the_tests_run().items()
        if package_of(program) not in packages
    }
    assert not missing, f"add these packages to test_pkgs in scripts/setup-system: {missing}"


def test_the_dummy_video_driver_of_the_two_screen_tests_is_installed_too() -> None:
    uses_dummy = any(
        'Driver "dummy"' in p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("*.py")
    )
    assert uses_dummy and "xserver-xorg-video-dummy" in installed_by_setup()


def test_dev_run_opens_a_file_relative_to_the_caller(tmp_path: Path) -> None:
    """`scripts/dev run show.yaml` from another directory: the app starts there, so a
    relative path means the caller's file (the script runs in a copy of the checkout with
    a stand-in app that prints where it runs and what it got)."""
    script = (ROOT / "scripts" / "dev").read_text(encoding="utf-8")
    assert "caller=$PWD" in script
    assert 'cd "$caller"; exec "$root/.venv/bin/runofshow" "$@"' in script
    fake_root = tmp_path / "checkout"
    (fake_root / "scripts").mkdir(parents=True)
    (fake_root / ".venv" / "bin").mkdir(parents=True)
    dev = fake_root / "scripts" / "dev"
    dev.write_text(script.replace("setup run;", ":;"), encoding="utf-8")
    dev.chmod(0o755)
    app = fake_root / ".venv" / "bin" / "runofshow"
    app.write_text('#!/bin/sh\nprintf "%s|%s\\n" "$PWD" "$1"\n', encoding="utf-8")
    app.chmod(0o755)
    elsewhere = tmp_path / "shows"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(dev), "run", "my-show.yaml"], cwd=elsewhere, capture_output=True, text=True,
        timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{elsewhere}|my-show.yaml"
