"""Keep reading a YAML file past the mistakes that need not stop it: tabs used for
indentation and characters YAML does not allow.

Each is reported where it is, then mended in a working copy of the text so that the rest of
the file can be read and checked in the same pass. A tab becomes the indentation the line
most likely meant (the file's indentation step per tab, else the indentation of the line
above); a forbidden character becomes U+FFFD. Positions read from the working copy are
mapped back to the file as written, so every later message still points at the right
column. YAML itself judges: only what libyaml refuses is mended, one read at a time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import yaml

from runofshow.core.errors import LocatedError
from runofshow.core.yamlwords import character_message, tab_message

_BREAK_RE = re.compile("(\r\n|\r|\n|\x85|\u2028|\u2029)")  # YAML's line breaks
_PREFIX_RE = re.compile(r"(?:[ \t]|-(?=[ \t]))*")  # indentation and "- " markers
_DASHES_RE = re.compile(r"-[ \t]+")
_INDENT_RE = re.compile(r"[ \t]*")
_OPENS_RE = re.compile(r":[ \t]*(?:#.*)?$")  # a line that opens a block ("key:")
_NOT_ALLOWED_RE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
MAX_GUESSES = 10
MAX_READS = 100
MAX_WORK_CHARS = 5_000_000
"""Reading again stops after MAX_READS reads, or once this much text has been read (a
huge file with tabs on many lines); at least 8 reads are always allowed."""


@dataclass
class _Fix:
    """One mended line: what it began with, and the prefixes tried in its place."""

    column: int  # 1-based column of the tab reported (or of the first tab)
    original: str
    candidates: list[str]
    choice: int = 0
    reported: bool = True  # False: mended along with a line libyaml reported, unseen itself

    @property
    def prefix(self) -> str:
        return self.candidates[self.choice]


class Repair:
    """A working copy of the text and what was mended in it. Costs nothing until the first
    mend: a file that reads at once is never split into lines."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.fixes: dict[int, _Fix] = {}  # 1-based line -> fix
        self.characters: list[tuple[int, int, int]] = []  # line, col, code in the file
        self.reads = 0  # times the text was read so far
        self._lines: list[str] | None = None  # the file's lines, forbidden characters replaced
        self._breaks: list[str] = []
        self._text: str | None = original
        self._unit = 2
        self._best: tuple[int, dict[int, str]] | None = None  # furthest error, its guesses
        self._exhausted = False  # every guess tried: the furthest-reading ones are kept
        self._indentless: bool | None = None

    @property
    def lines(self) -> list[str]:
        if self._lines is None:
            parts = _BREAK_RE.split(self.original)
            self._lines, self._breaks = parts[0::2], [*parts[1::2], ""]
            self._unit = _indent_step(self._lines)
        return self._lines

    def working_line(self, line: int) -> str:
        row = self.lines[line - 1]
        fix = self.fixes.get(line)
        return row if fix is None else fix.prefix + row[len(fix.original) :]

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(
                self.working_line(number) + brk for number, brk in enumerate(self._breaks, 1)
            )
        return self._text

    def may_read_again(self) -> bool:
        self.reads += 1
        size = max(1, len(self.original))
        return self.reads <= max(8, min(MAX_READS, MAX_WORK_CHARS // size))

    @property
    def mended(self) -> bool:
        return bool(self.fixes or self.characters)

    def position(self, line: int, col: int) -> tuple[int, int]:
        """A working-copy position as a position in the file as written."""
        fix = self.fixes.get(line)
        if fix is None:
            return line, col
        if col <= len(fix.prefix):
            return line, fix.column
        return line, col - len(fix.prefix) + len(fix.original)

    # -- mending

    def mend(
        self, exc: yaml.YAMLError, offset_of: Callable[[yaml.reader.ReaderError, str], int]
    ) -> bool:
        """Mend what ``exc`` complains about; False when it is not a thing this mends.
        ``offset_of`` finds in a text the character a ReaderError refuses."""
        if isinstance(exc, yaml.reader.ReaderError):
            return self._mend_characters(offset_of(exc, self.text))
        if not isinstance(exc, yaml.MarkedYAMLError) or exc.problem_mark is None:
            return False
        line, col = exc.problem_mark.line + 1, exc.problem_mark.column + 1
        tab = self.tab_at(line, col, "tab" in (exc.problem or ""))
        if tab is not None:
            return self._mend_tab(line, tab)
        return self._try_another(line)

    def tab_at(self, line: int, col: int, said_tab: bool) -> int | None:
        """The column of a tab in the indentation of working line ``line`` that YAML refused."""
        if not 1 <= line <= len(self.lines) or line in self.fixes:
            return None
        row = self.lines[line - 1]
        prefix = _PREFIX_RE.match(row).group()  # type: ignore[union-attr]
        if col <= len(prefix) and row[col - 1] == "\t":
            return col
        if said_tab and "\t" in prefix:
            return prefix.index("\t") + 1
        return None

    def artifact(self, line: int) -> bool:
        """Whether a syntax error at working line ``line`` may come from a mended line."""
        return line in self.fixes or line - 1 in self.fixes

    def _mend_tab(self, line: int, col: int) -> bool:
        self._text = None
        fix = self.fixes[line] = self._fix_for(line, col, reported=True)
        if "\t" in fix.original:  # the same tabs further down: mend them in one go,
            for number in range(line + 1, len(self.lines) + 1):  # at the same depth first
                row = self.lines[number - 1]
                if number in self.fixes or _PREFIX_RE.match(row).group() != fix.original:  # type: ignore[union-attr]
                    continue
                same = self.fixes[number] = self._fix_for(number, 1, reported=False)
                same.candidates = list(dict.fromkeys([fix.prefix, *same.candidates]))
        return True

    def _try_another(self, line: int) -> bool:
        """After a syntax error at ``line``, try other guesses for the nearest mended lines
        above it (the nearest first, then the one before, guessing the nearest again);
        when none helps, go back to the guesses that read furthest, once."""
        if self._best is None or line > self._best[0]:
            self._best = (line, {number: fix.prefix for number, fix in self.fixes.items()})
        if self._exhausted:
            return False
        nearest = sorted((number for number in self.fixes if number <= line), reverse=True)[:2]
        for depth, number in enumerate(nearest):
            fix = self.fixes[number]
            if fix.choice + 1 < len(fix.candidates):
                fix.choice += 1
                for lower in nearest[:depth]:  # guessed again, given the new line above
                    old = self.fixes[lower]
                    self.fixes[lower] = self._fix_for(lower, old.column, reported=old.reported)
                self._text = None
                return True
        self._exhausted = True
        return self._back_to_best()

    def _back_to_best(self) -> bool:
        if self._best is None:
            return False
        _line, prefixes = self._best
        for number, fix in self.fixes.items():
            if number in prefixes:
                fix.candidates, fix.choice = [prefixes[number]], 0
        self._text = None
        return True

    def _fix_for(self, line: int, col: int, *, reported: bool) -> _Fix:
        row = self.lines[line - 1]
        original = _PREFIX_RE.match(row).group()  # type: ignore[union-attr]
        dash = original.find("-")
        indent, markers = (original, "") if dash < 0 else (original[:dash], original[dash:])
        guesses = self._guesses(line, indent, dash >= 0) if "\t" in indent else [len(indent)]
        # after a dash, a tab most likely stood for the one space that "- " needs
        marked = [_DASHES_RE.sub("- ", markers), markers.replace("\t", " ")]
        candidates = list(dict.fromkeys(" " * n + m for m in marked for n in guesses))
        return _Fix(col, original, candidates[:MAX_GUESSES], reported=reported)

    def _nearby(self, line: int, step: int) -> str | None:
        """The nearest line above (step -1) or below (+1) with content, as read now."""
        number = line + step
        while 1 <= number <= len(self.lines):
            row = self.working_line(number)
            if row.strip() and not row.lstrip().startswith("#"):
                return row
            number += step
        return None

    def _guesses(self, line: int, indent: str, dashed: bool) -> list[int]:
        """Indentations the line may have meant, the likeliest first: a sibling's, judged
        from the line above (or the first child of the block it opens), then the tabs as
        indentation steps, then the indentations of lines around it."""
        above, below = self._nearby(line, -1), self._nearby(line, +1)
        guesses: list[int] = []
        if above is not None:
            rest = above.lstrip(" \t")
            depth = self._width(above[: len(above) - len(rest)])
            content = self._width(_PREFIX_RE.match(above).group())  # type: ignore[union-attr]
            if _OPENS_RE.search(above):  # the first child of the block the line above opens
                if dashed and self._indentless_lists():
                    guesses.append(content)
                guesses.append(content + self._unit)
            elif rest.startswith("- ") and not dashed:
                guesses.append(content)  # the next key of the same list item
            else:
                guesses.append(depth)
        guesses.append(self._width(indent))
        if below is not None:
            guesses.append(self._width(_INDENT_RE.match(below).group()))  # type: ignore[union-attr]
        if above is not None:
            guesses += [content, depth, content + self._unit]
        guesses += self._like(line, dashed)
        guesses.append(0)
        return guesses

    def _indentless_lists(self) -> bool:
        """Whether this file writes the "- " items of a list at the indentation of its key
        (as PyYAML and many people do) rather than one step deeper."""
        if self._indentless is None:
            same = deeper = 0
            previous: str | None = None
            for number in range(1, len(self.lines) + 1):
                row = self.working_line(number)
                rest = row.lstrip(" ")
                if not rest or rest.startswith(("#", "\t")):
                    continue
                if previous is not None and rest.startswith("- ") and _OPENS_RE.search(previous):
                    key_depth = len(previous) - len(previous.lstrip(" "))
                    item_depth = len(row) - len(rest)
                    same += item_depth == key_depth
                    deeper += item_depth > key_depth
                previous = row
            self._indentless = same > deeper
        return self._indentless

    def _like(self, line: int, dashed: bool, reach: int = 20) -> list[int]:
        """Indentations of nearby lines of the same sort (list items or keys), nearest first."""
        found: list[int] = []
        for distance in range(1, reach + 1):
            for number in (line - distance, line + distance):
                if not 1 <= number <= len(self.lines) or number == line:
                    continue
                row = self.working_line(number)
                rest = row.lstrip(" \t")
                if rest and not rest.startswith("#") and rest.startswith("- ") == dashed:
                    found.append(self._width(row[: len(row) - len(rest)]))
        return list(dict.fromkeys(found))[:4]

    def _width(self, indent: str) -> int:
        """How far an indentation reaches when each tab stands for one indentation step."""
        return len(indent.replace("\t", " " * self._unit))

    def _mend_characters(self, offset: int) -> bool:
        text = self.text
        if not 0 <= offset < len(text):
            return False
        lines = self.lines
        starts = [0, *(m.end() for m in _BREAK_RE.finditer(text))]
        for spot in sorted({offset, *(m.start() for m in _NOT_ALLOWED_RE.finditer(text))}):
            working = bisect_right(starts, spot)
            line, col = self.position(working, spot - starts[working - 1] + 1)
            row = lines[line - 1]
            if row[col - 1 : col] != text[spot]:
                return False  # defensive: the two copies disagree; do not guess
            self.characters.append((line, col, ord(text[spot])))
            lines[line - 1] = row[: col - 1] + "\ufffd" + row[col:]
        self._text = None
        return True

    # -- reporting

    def errors(self, name: str, legal: Iterable[int] | None = None) -> list[LocatedError]:
        """What was mended, as errors. Lines in ``legal`` held tabs that YAML allows there;
        None: the file could not be read to the end, so only what libyaml itself refused."""
        allowed = None if legal is None else set(legal)
        found = [
            LocatedError.at(name, line, fix.column, tab_message())
            for line, fix in self.fixes.items()
            if fix.reported or (allowed is not None and line not in allowed)
        ]
        found += [
            LocatedError.at(name, line, col, character_message(code))
            for line, col, code in self.characters
        ]
        return found

    def unreported_lines(self) -> list[int]:
        return [line for line, fix in self.fixes.items() if not fix.reported]


def _indent_step(lines: list[str]) -> int:
    """The file's indentation step: the smallest indentation of a space-indented line."""
    steps = [
        len(row) - len(row.lstrip(" "))
        for row in lines
        if row.startswith(" ") and row.strip() and not row.lstrip(" ").startswith(("\t", "#"))
    ]
    return min(steps, default=2) or 2
