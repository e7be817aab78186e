"""`pip install .` must give a working app: the wheel carries the resources the app needs."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (path,) = out.glob("runofshow-*.whl")
    return path


def test_wheel_carries_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        str(p.relative_to(ROOT)).replace("resources/", "runofshow/resources/", 1)
        for p in (ROOT / "resources").rglob("*")
        if p.is_file()
    }
    assert "runofshow/resources/shows/kyash-techtalk-4.yaml" in shipped
    assert "runofshow/resources/schema/show-v1.json" in shipped
    assert shipped <= names, sorted(shipped - names)
    assert any(n.endswith(".dist-info/entry_points.txt") for n in names)


def test_wheel_carries_compiled_translations(wheel: Path) -> None:
    """hatch_build.py compiles every resources/i18n/*.ts into a .qm inside the wheel."""
    archive = zipfile.ZipFile(wheel)
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        name = f"runofshow/resources/i18n/{ts.stem}.qm"
        assert name in archive.namelist(), name
        assert archive.read(name).startswith(b"\x3c\xb8\x64\x18"), name  # .qm magic number
    assert "runofshow/resources/i18n/runofshow_ja.qm" in archive.namelist()


def test_installed_wheel_runs_without_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    env = {**os.environ, "PYTHONPATH": str(target)}
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import runofshow.paths as p; print(p.__file__); print(p.bundled_show())",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    module_file, show = probe.stdout.splitlines()
    assert module_file.startswith(str(target))
    assert show.startswith(str(target)) and Path(show).is_file()
    validate = subprocess.run(
        [sys.executable, "-m", "runofshow", "validate", show],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert validate.returncode == 0, validate.stdout + validate.stderr
    assert validate.stdout.strip().endswith(": ok")
