"""Located errors: every problem in a show file points at FILE:LINE:COL."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


class Message(str):
    """An English message that remembers its template and parameters.

    ``str(Message(...))`` is the stable English text the CLI prints (scripts parse it);
    the GUI translates ``template`` and formats ``params`` (which may be Messages too).
    """

    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, **params: object) -> Message:
        text = template.format(**params) if params else template
        message = super().__new__(cls, text)
        message.template = template
        message.params = params
        return message


@dataclass(frozen=True, order=True)
class LocatedError:
    """One problem in a file; ``line`` and ``col`` are 1-based."""

    file: str
    line: int
    col: int
    message: str
    template: str = field(default="", compare=False)
    params: Mapping[str, object] = field(default_factory=dict, compare=False)

    @classmethod
    def at(cls, file: str, line: int, col: int, message: str) -> LocatedError:
        """An error whose template and parameters come from ``message`` if it is a Message."""
        if isinstance(message, Message):
            return cls(file, line, col, str(message), message.template, dict(message.params))
        return cls(file, line, col, message)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.message}"


class ShowLoadError(Exception):
    """A show file could not be loaded; ``errors`` lists every problem found, by position."""

    def __init__(self, errors: Iterable[LocatedError]) -> None:
        self.errors: list[LocatedError] = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors) or "show could not be loaded")

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors) or "show could not be loaded"
