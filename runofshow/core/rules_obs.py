"""Rules for the ``obs`` sections: at show level (defaults, ``before``, ``after``) and per
segment (scene, text sources with placeholders, transition, automation on/off).

    show:
      obs:
        transition: {name: Fade, duration: 500ms}
        texts: {Lower third name: "{speaker_names}"}     # every segment
        before: {scene: Starting soon, texts: {Countdown: "{until_start}"}}
        after: {scene: Ending}
    segments:
      - id: talk-1
        obs: {scene: Talk, texts: {Talk title: "{title}"}}
"""

from __future__ import annotations

import re

from runofshow.core.errors import Message
from runofshow.core.located import MapValue, ScalarValue, Value
from runofshow.core.obs_plan import (
    ALL_PLACEHOLDERS,
    MAX_TRANSITION_MS,
    PLACEHOLDERS,
    ObsStep,
    ShowObs,
    TemplateError,
    Transition,
    Where,
    parse_template,
)
from runofshow.core.obs_plan import (
    Field as PlaceholderField,
)
from runofshow.core.rules_base import (
    BOOLEAN,
    INTEGER,
    TEXT,
    Checker,
    Field,
    describe,
    is_null,
    quoted,
    suggest,
)
from runofshow.core.rules_timing import duration_ms, fmt

OBS_SHOW_KEYS = ("scene", "texts", "transition", "before", "after")
OBS_STEP_KEYS = ("scene", "texts", "transition", "automation")
TRANSITION_KEYS = ("name", "duration")
_MS = re.compile(r"^\s*(\d{1,6})\s*ms\s*$")

PLACES = {
    Where.BEFORE: Message("before the show"),
    Where.SEGMENT: Message("in a segment"),
    Where.AFTER: Message("after the show"),
}


def show_obs(check: Checker, field: Field) -> ShowObs | None:
    """The show's ``obs`` section; None when it is wrong (each problem reported)."""
    _key, value = field
    if is_null(value):
        return ShowObs()
    found = check.fields(value, "'obs'", OBS_SHOW_KEYS)
    if found is None:
        return None
    problems = len(check.problems)
    scene = _scene(check, found["scene"]) if "scene" in found else None
    texts = _texts(check, found["texts"], Where.SEGMENT) if "texts" in found else ()
    transition = _transition(check, found["transition"]) if "transition" in found else None
    before = _edge(check, found["before"], Where.BEFORE) if "before" in found else None
    after = _edge(check, found["after"], Where.AFTER) if "after" in found else None
    if len(check.problems) > problems or texts is None:
        return None
    return ShowObs(ObsStep(scene, texts, transition), before, after)


def segment_obs(check: Checker, field: Field) -> ObsStep | None:
    """A segment's ``obs`` section; None when it is wrong (reported) and also when empty."""
    _key, value = field
    if is_null(value):
        return ObsStep()
    return _step(check, value, "'obs'", Where.SEGMENT)


def _edge(check: Checker, field: Field, where: Where) -> ObsStep | None:
    key, value = field
    if is_null(value):
        return ObsStep()
    return _step(check, value, quoted(key.text), where)


def _step(check: Checker, value: Value, label: str, where: Where) -> ObsStep | None:
    found = check.fields(value, label, OBS_STEP_KEYS)
    if found is None:
        return None
    problems = len(check.problems)
    scene = _scene(check, found["scene"]) if "scene" in found else None
    texts = _texts(check, found["texts"], where) if "texts" in found else ()
    transition = _transition(check, found["transition"]) if "transition" in found else None
    automation = _switch(check, found["automation"]) if "automation" in found else True
    if len(check.problems) > problems or texts is None or automation is None:
        return None
    return ObsStep(scene, texts, transition, automation)


def _scene(check: Checker, field: Field) -> str | None:
    return check.text(*field, required=True)


def _switch(check: Checker, field: Field) -> bool | None:
    key, value = field
    if isinstance(value, ScalarValue) and value.kind is BOOLEAN:
        return value.text.strip().lower() in ("true", "yes", "on", "y")
    check.value_problem(
        key, value, Message("{key} must be true or false, got {got}", key=quoted(key.text),
                            got=describe(value))
    )  # fmt: skip
    return None


def _texts(check: Checker, field: Field, where: Where) -> tuple[tuple[str, str], ...] | None:
    key, value = field
    if is_null(value):
        return ()
    if not isinstance(value, MapValue):
        check.value_problem(
            key,
            value,
            Message(
                "'texts' must be a mapping of text source names to texts, got {got}",
                got=describe(value),
            ),
        )
        return None
    texts: dict[str, str] = {}
    ok = True
    for source_key, item in value.entries:
        if source_key.text in texts:
            continue  # the front-end reports the repeated key
        if not source_key.text.strip():
            check.problem(source_key, Message("a text source needs a name"))
            ok = False
            continue
        template = check.text(source_key, item)
        if template is None or not _template(check, source_key, item, template, where):
            ok = False
            continue
        texts[source_key.text] = template
    return tuple(texts.items()) if ok else None


def _template(check: Checker, key: ScalarValue, value: Value, text: str, where: Where) -> bool:
    """Report a template's unpaired braces and unknown or misplaced placeholders."""
    source = quoted(key.text)
    try:
        parts = parse_template(text)
    except TemplateError as error:
        if error.lone:
            message = Message(
                "a lone {brace} in the text of {source}; write {double} for a brace",
                brace=repr(error.token), source=source, double=repr(error.token * 2),
            )  # fmt: skip
        else:
            message = Message(
                "{token} in the text of {source} is not a placeholder; use a name like {example}",
                token=quoted(error.token), source=source, example="'{title}'",
            )  # fmt: skip
        check.problem(value, message)
        return False
    allowed = PLACEHOLDERS[where]
    ok = True
    for part in parts:
        if not isinstance(part, PlaceholderField) or part.name in allowed:
            continue
        ok = False
        name = "{" + part.name + "}"
        choices = ", ".join("{" + p + "}" for p in allowed)
        if part.name in ALL_PLACEHOLDERS:
            message = Message(
                "placeholder {placeholder} is not available {place}; available here: {choices}",
                placeholder=quoted(name), place=PLACES[where], choices=choices,
            )  # fmt: skip
        else:
            hint = suggest(part.name, allowed)
            if hint is not None:
                message = Message(
                    "unknown placeholder {placeholder} in the text of {source}, did you mean {suggestion}?",  # noqa: E501
                    placeholder=quoted(name), source=source, suggestion=quoted("{" + hint + "}"),
                )  # fmt: skip
            else:
                message = Message(
                    "unknown placeholder {placeholder} in the text of {source}; available here: {choices}",  # noqa: E501
                    placeholder=quoted(name), source=source, choices=choices,
                )  # fmt: skip
        check.problem(value, message)
    return ok


def _transition(check: Checker, field: Field) -> Transition | None:
    key, value = field
    if isinstance(value, ScalarValue):
        name = check.text(key, value, required=True)
        return Transition(name) if name else None
    found = check.fields(value, "'transition'", TRANSITION_KEYS, ("name",))
    if found is None or "name" not in found:
        return None
    name = check.text(*found["name"], required=True)
    length = _transition_ms(check, found["duration"]) if "duration" in found else None
    if not name or ("duration" in found and length is None):
        return None
    return Transition(name, length)


def _transition_ms(check: Checker, field: Field) -> int | None:
    key, value = field
    ms: int | None = None
    if isinstance(value, ScalarValue) and value.kind in (TEXT, INTEGER):
        short = _MS.match(value.text)
        if short is not None:
            ms = int(short.group(1))
        elif value.kind is TEXT:
            parsed = duration_ms(value.text, None, True)
            ms = parsed if isinstance(parsed, int) else None
    if ms is None:
        check.value_problem(
            key,
            value,
            Message(
                "a transition's 'duration' is milliseconds like 500ms or seconds like 1s, got {got}",  # noqa: E501
                got=describe(value),
            ),
        )
        return None
    if ms > MAX_TRANSITION_MS:
        check.problem(
            value,
            Message(
                "a transition of {duration} is too long (at most {limit})",
                duration=f"{ms} ms", limit=fmt(MAX_TRANSITION_MS),
            ),
        )  # fmt: skip
        return None
    return ms
