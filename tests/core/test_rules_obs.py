"""The obs sections of the show format: read into plain data, and every mistake reported
at its place with a clear message (an unknown placeholder is an error), in one pass."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from runofshow.core.loader import check_show_text
from runofshow.core.obs_plan import (
    Field,
    ObsStep,
    ShowObs,
    TemplateError,
    Transition,
    Where,
    parse_template,
)
from runofshow.paths import schema_path

HEAD = """\
format: runofshow/1
show:
  title: T
  starts_at: 2022-09-12T13:00:00+09:00
  timezone: Asia/Tokyo
"""


def problems(text: str) -> list[str]:
    _show, errors = check_show_text(text, "show.yaml")
    return [f"{e.line}:{e.col}: {e.message}" for e in errors]


def show_with(show_obs: str = "", segment_obs: str = "") -> str:
    text = HEAD + (f"  obs:\n{show_obs}" if show_obs else "")
    text += "segments:\n  - id: one\n    kind: talk\n    title: One\n    duration: 10m\n"
    text += f"    obs:\n{segment_obs}" if segment_obs else ""
    return text


def test_templates_split_into_text_and_placeholders() -> None:
    assert parse_template("{speaker_names} / {team}") == [
        Field("speaker_names", 0), " / ", Field("team", 18)]  # fmt: skip
    assert parse_template("{{literal}} {title}!") == ["{literal} ", Field("title", 12), "!"]
    for bad, lone in (("a { b", True), ("x}", True), ("{title:>5}", False), ("{Title}", False)):
        with pytest.raises(TemplateError) as caught:
            parse_template(bad)
        assert caught.value.lone is lone


def test_a_full_obs_section_reads_into_steps() -> None:
    text = show_with(
        "    transition: {name: Fade, duration: 500ms}\n"
        "    scene: Talk\n"
        '    texts: {Name: "{speaker_names}"}\n'
        '    before: {scene: Starting soon, texts: {Countdown: "{until_start}"}}\n'
        "    after: {scene: Ending, transition: Cut}\n",
        '      texts: {Timer: "{remaining}", Name: "{speakers}"}\n'
        "      transition: {name: Swipe, duration: 1s}\n"
        "      automation: false\n",
    )
    show, errors = check_show_text(text, "show.yaml")
    assert errors == [] and show is not None and show.obs is not None
    plan = show.obs
    step = plan.for_segment(show.segments[0].obs)
    assert step == ObsStep("Talk", (("Name", "{speakers}"), ("Timer", "{remaining}")),
                           Transition("Swipe", 1000), automation=False)  # fmt: skip
    assert step.ticking()
    assert plan.edge(Where.BEFORE) == ObsStep(
        "Starting soon", (("Countdown", "{until_start}"),), Transition("Fade", 500)
    )
    assert plan.edge(Where.AFTER).transition == Transition("Cut")
    assert ShowObs().edge(Where.AFTER) == ObsStep()


@pytest.mark.parametrize(
    ("show_obs", "segment_obs", "expected"),
    [
        ("", '      texts: {Name: "{titel}"}\n',
         "12:21: unknown placeholder '{titel}' in the text of 'Name', did you mean '{title}'?"),
        ("", '      texts: {Name: "{until_start}"}\n',
         "12:21: placeholder '{until_start}' is not available in a segment; available here: "
         "{show_title}, {show_start}, {title}, {speakers}, {speaker_names}, {team}, "
         "{remaining}, {next_title}, {next_start}"),
        ('    after: {texts: {End: "{remaining}"}}\n', "",
         "7:26: placeholder '{remaining}' is not available after the show; available here: "
         "{show_title}, {show_start}"),
        ('    texts: {Name: "{x} {{ok}} {"}\n', "",
         "7:19: a lone '{' in the text of 'Name'; write '{{' for a brace"),
        ('    texts: {Name: "{name.first}"}\n', "",
         "7:19: '{name.first}' in the text of 'Name' is not a placeholder; use a name like "
         "'{title}'"),
        ("", "      automation: sometimes\n",
         "12:19: 'automation' must be true or false, got the text 'sometimes'"),
        ("", "      transition: {name: Fade, duration: 500}\n",
         "12:42: a transition's 'duration' is milliseconds like 500ms or seconds like 1s, got "
         "the number 500"),
        ("", "      transition: {name: Fade, duration: 30s}\n",
         "12:42: a transition of 30000 ms is too long (at most 20s)"),
        ("    texts: [a, b]\n", "",
         "7:12: 'texts' must be a mapping of text source names to texts, got a list"),
        ("    sceen: Talk\n", "", "7:5: unknown key 'sceen' in 'obs', did you mean 'scene'?"),
        ("", "      scene:\n", "12:7: 'scene' is empty"),
    ],
)  # fmt: skip
def test_mistakes_are_located(show_obs: str, segment_obs: str, expected: str) -> None:
    assert problems(show_with(show_obs, segment_obs)) == [expected]


def test_every_mistake_in_one_pass() -> None:
    text = show_with('    texts: {A: "{nope}"}\n    before: {texts: {B: "{title}"}}\n',
                     '      texts: {C: "{until_start}"}\n      automation: 3\n')  # fmt: skip
    assert len(problems(text)) == 4


def test_the_schema_knows_the_obs_sections() -> None:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    good = yaml.safe_load(show_with(
        "    transition: {name: Fade, duration: 500ms}\n"
        '    before: {scene: Starting soon, texts: {Countdown: "{until_start}"}}\n',
        "      scene: Talk\n      automation: false\n"))  # fmt: skip
    good["show"]["starts_at"] = good["show"]["starts_at"].isoformat()
    assert list(validator.iter_errors(good)) == []
    good["segments"][0]["obs"]["scen"] = "Talk"
    good["show"]["obs"]["transition"]["duration"] = "fast"
    assert len(list(validator.iter_errors(good))) == 2
