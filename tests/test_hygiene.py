"""The development rules, checked on the source instead of hoped for (README: Development):
files are written only through ``core/atomic.py``, datetimes become milliseconds only
through ``core/timestamps.py``, colours live only in ``qt/theme.py``, and the checkout
holds no link out of itself."""

from __future__ import annotations

import io
import re
import subprocess
import tokenize
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "runofshow"
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b")
WRITES = re.compile(
    r"\.write_text\(|\.write_bytes\(|os\.replace\(|os\.rename\(|shutil\.(?:move|copy)"
    r"|\bopen\([^)]*['\"][wax]b?\+?['\"]|os\.fdopen\([^)]*['\"][wax]"
)
EPOCH_MS = re.compile(r"\.timestamp\(\)|fromtimestamp\(|total_seconds\(\)\s*\*\s*1000")

# A line may break a rule only for a reason written here: (file, what it does) -> why.
ALLOWED_WRITES = {
    ("core/journal.py", "os.replace(self._path, str(copy))"):
        "moves a damaged journal aside: a rename, nothing is written",
    ("core/runs.py", "os.replace(path, target)"):
        "moves a damaged run store aside: a rename, nothing is written",
    ("core/runs.py", 'os.replace(f"{path}{suffix}", f"{target}{suffix}")'):
        "moves the damaged store's -wal and -shm files aside with it",
    ("questions/store.py", "os.replace(self.path, target)"):
        "moves a damaged question file aside: a rename, nothing is written",
    ("app/writer.py", 'with open(probe, "wb") as handle:'):
        "the writability probe: a throwaway file that tests the folder, removed at once",
    ("qt/runsheet.py", "os.replace(partial, output)"):
        "QPdfWriter writes the PDF itself (to a partial file); this rename completes it",
}  # fmt: skip
HELPERS = {"core/atomic.py", "core/timestamps.py"}  # where the rules' own code lives


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def code_lines(path: Path) -> list[tuple[int, str]]:
    """The lines of code, without comments and docstrings (which may name the rules)."""
    text = path.read_text(encoding="utf-8")
    hidden: set[int] = set()
    previous = tokenize.NEWLINE
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == tokenize.STRING and previous in (tokenize.NEWLINE, tokenize.INDENT):
            hidden.update(range(token.start[0], token.end[0] + 1))  # a docstring
        if token.type not in (tokenize.NL, tokenize.COMMENT):
            previous = token.type
    lines = []
    for number, line in enumerate(text.splitlines(), 1):
        if number not in hidden:
            lines.append((number, line.split("  #")[0].split(" # ")[0]))
    return lines


def test_files_are_written_only_through_the_atomic_helper() -> None:
    found = []
    for path in sources():
        if relative(path) in HELPERS:
            continue
        for number, line in code_lines(path):
            allowed = any(
                relative(path) == where and what in line for where, what in ALLOWED_WRITES
            )
            if WRITES.search(line) and not allowed:
                found.append(f"{relative(path)}:{number}: {line.strip()}")
    assert found == [], "write files with runofshow.core.atomic.write_atomically"


def test_datetimes_become_milliseconds_only_through_the_helper() -> None:
    found = [
        f"{relative(path)}:{number}: {line.strip()}"
        for path in sources()
        if relative(path) not in HELPERS
        for number, line in code_lines(path)
        if EPOCH_MS.search(line)
    ]
    assert found == [], "use runofshow.core.timestamps (epoch_ms, ms_between)"


def test_colours_live_only_in_the_theme() -> None:
    found = []
    for path in sources():
        if relative(path) == "qt/theme.py":
            continue
        text = path.read_text(encoding="utf-8")
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            colour = token.type == tokenize.STRING and HEX_COLOUR.search(token.string)
            constructed = token.type == tokenize.NAME and token.string == "QColor"
            if colour or (constructed and "QColor(" in token.line):
                found.append(f"{relative(path)}:{token.start[0]}: {token.line.strip()}")
    assert found == [], "name the colour in runofshow/qt/theme.py"


def test_the_checks_catch_what_they_are_for(tmp_path: Path) -> None:
    """The patterns match the mistakes (a check that cannot fail is no check)."""
    assert WRITES.search('path.write_text("x")') and WRITES.search("open(p, 'w')")
    assert WRITES.search('open(tmp, "wb")') and WRITES.search("os.replace(a, b)")
    assert not WRITES.search('open(p, encoding="utf-8")')
    assert EPOCH_MS.search("int(moment.timestamp() * 1000)")
    assert EPOCH_MS.search("(b - a).total_seconds() * 1000")
    assert HEX_COLOUR.search('"#ff3b30"') and HEX_COLOUR.search("'color: #111;'")
    assert not HEX_COLOUR.search('"issue #12"')
    sample = tmp_path / "sample.py"
    sample.write_text('"""Docs may say path.write_text(x)."""\nx = 1  # or os.replace(a, b)\n')
    assert [line for _n, line in code_lines(sample) if WRITES.search(line)] == []


def test_every_declared_setting_is_used() -> None:
    """A setting nothing reads is a promise nothing keeps (qt/settings.py declares them)."""
    declared = re.findall(
        r"^([A-Z_]+) = Setting\[", (PACKAGE / "qt/settings.py").read_text(encoding="utf-8"), re.M
    )
    assert declared
    others = [p.read_text(encoding="utf-8") for p in sources() if relative(p) != "qt/settings.py"]
    unused = [name for name in declared if not any(re.search(rf"\b{name}\b", t) for t in others)]
    assert unused == []


def test_no_tracked_file_links_out_of_the_checkout() -> None:
    """A committed ``.venv`` symlink to one engineer's folder once made every fresh clone's
    set-up build its virtualenv there (``.venv/`` in .gitignore matches folders only)."""
    root = PACKAGE.parent
    listed = subprocess.run(
        ["git", "ls-files", "-s"], cwd=root, capture_output=True, text=True, check=True
    ).stdout
    links = [line.split("\t", 1)[1] for line in listed.splitlines() if line.startswith("120000")]
    outside = [link for link in links if not (root / link).resolve().is_relative_to(root.resolve())]
    assert outside == []
    assert ".venv" not in links
