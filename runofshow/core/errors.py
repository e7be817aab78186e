"""Located errors: every problem in a show file points at FILE:LINE:COL."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class LocatedError:
    """One problem in a file; ``line`` and ``col`` are 1-based."""

    file: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.message}"


class ShowLoadError(Exception):
    """A show file could not be loaded; ``errors`` lists every problem found, by position."""

    def __init__(self, errors: Iterable[LocatedError]) -> None:
        self.errors: list[LocatedError] = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors) or "show could not be loaded")

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors) or "show could not be loaded"
