"""What the show file asks of OBS Studio: scenes and text sources per state of the show.

Plain data read by ``runofshow.core.rules_obs`` and followed by ``runofshow.obs``. A text
is a template with placeholders in braces ("{speaker_names}"); "{{" and "}}" write a brace.
Which placeholders a text may use depends on where it is (``BEFORE``, ``SEGMENT``, ``AFTER``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple


class Where(StrEnum):
    """When a step applies: before the show starts, during a segment, after the end."""

    BEFORE = "before"
    SEGMENT = "segment"
    AFTER = "after"


SHOW_PLACEHOLDERS = ("show_title", "show_start")
SEGMENT_PLACEHOLDERS = (
    "title", "speakers", "speaker_names", "team", "remaining", "next_title", "next_start",
)  # fmt: skip
BEFORE_PLACEHOLDERS = ("until_start", "next_title", "next_start")
PLACEHOLDERS: dict[Where, tuple[str, ...]] = {
    Where.BEFORE: (*SHOW_PLACEHOLDERS, *BEFORE_PLACEHOLDERS),
    Where.SEGMENT: (*SHOW_PLACEHOLDERS, *SEGMENT_PLACEHOLDERS),
    Where.AFTER: SHOW_PLACEHOLDERS,
}
ALL_PLACEHOLDERS = tuple(dict.fromkeys(p for names in PLACEHOLDERS.values() for p in names))
TICKING = frozenset({"remaining", "until_start", "next_start"})
"""Placeholders whose value moves with the clock: texts using them follow the shown second."""

MAX_TRANSITION_MS = 20_000


class Field(NamedTuple):
    """A placeholder in a template, with its position in the text (for error columns)."""

    name: str
    offset: int


class TemplateError(ValueError):
    """A lone brace (``lone``) or braces around something that is not a plain name;
    ``token`` is what was written, ``offset`` where it is in the text."""

    def __init__(self, lone: bool, token: str, offset: int) -> None:
        what = "a lone brace" if lone else "not a placeholder"
        super().__init__(f"{token!r} at {offset}: {what}")
        self.lone, self.token, self.offset = lone, token, offset


_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_NAME = re.compile(r"^[a-z_]+$")


def parse_template(text: str) -> list[str | Field]:
    """The literal parts and placeholders of a text, in order; TemplateError if a brace is
    unpaired or a placeholder is not a plain name ("{title}", not "{title:>5}")."""
    parts: list[str | Field] = []
    literal: list[str] = []
    position = 0
    for match in _TOKEN.finditer(text):
        literal.append(text[position : match.start()])
        position = match.end()
        token = match.group(0)
        if token in ("{{", "}}"):
            literal.append(token[0])
        elif token in ("{", "}"):
            raise TemplateError(True, token, match.start())
        else:
            name = match.group(1)
            if not _NAME.match(name):
                raise TemplateError(False, token, match.start())
            if "".join(literal):
                parts.append("".join(literal))
            literal = []
            parts.append(Field(name, match.start()))
    literal.append(text[position:])
    if "".join(literal):
        parts.append("".join(literal))
    return parts


def fields_of(text: str) -> list[str]:
    """The placeholder names a (valid) template uses."""
    return [part.name for part in parse_template(text) if isinstance(part, Field)]


@dataclass(frozen=True)
class Transition:
    """The OBS transition for a switch (its name in OBS) and its duration, if given."""

    name: str
    duration_ms: int | None = None


@dataclass(frozen=True)
class ObsStep:
    """What OBS shows in one state: a program scene, text sources (source name, template)
    in the order written, the transition; ``automation`` False leaves OBS to the operator."""

    scene: str | None = None
    texts: tuple[tuple[str, str], ...] = ()
    transition: Transition | None = None
    automation: bool = True

    def ticking(self) -> bool:
        return any(set(fields_of(template)) & TICKING for _source, template in self.texts)


@dataclass(frozen=True)
class ShowObs:
    """The show level: ``defaults`` for every segment (scene, texts, transition),
    ``before`` the start (standby) and ``after`` the end."""

    defaults: ObsStep = ObsStep()
    before: ObsStep | None = None
    after: ObsStep | None = None

    def for_segment(self, own: ObsStep | None) -> ObsStep:
        """A segment's step: its own values over the show's defaults (texts merged, its own
        winning for the same source)."""
        if own is None:
            return self.defaults
        texts = dict(self.defaults.texts)
        texts.update(own.texts)
        return ObsStep(
            scene=own.scene if own.scene is not None else self.defaults.scene,
            texts=tuple(texts.items()),
            transition=own.transition or self.defaults.transition,
            automation=own.automation,
        )

    def edge(self, where: Where) -> ObsStep:
        """The step before the start or after the end, with the show's transition."""
        step = self.before if where is Where.BEFORE else self.after
        if step is None:
            return ObsStep(transition=self.defaults.transition)
        if step.transition is None:
            return ObsStep(step.scene, step.texts, self.defaults.transition, step.automation)
        return step
