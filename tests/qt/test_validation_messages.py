"""Every validation message reads in Japanese in the GUI (the CLI keeps the English): the
templates are all translated with the same placeholders, and the error dialog for files
with many different problems shows no English left."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from runofshow.core.loader import validate_file
from runofshow.core.rules import (
    CUE_KEYS,
    KINDS,
    NOTES_KEYS,
    SEGMENT_KEYS,
    SHOW_KEYS,
    SPEAKER_KEYS,
    THRESHOLD_KEYS,
    TOP_KEYS,
)
from runofshow.qt.console.files import LoadErrorDialog
from runofshow.qt.i18n import Translations
from runofshow.qt.validation_messages import TEMPLATES, translate_error

ROOT = Path(__file__).resolve().parents[2]
TS_JA = ROOT / "resources" / "i18n" / "runofshow_ja.ts"
PLACEHOLDER = re.compile(r"\{(\w+)\}")

# Words a Japanese message may keep: the format's own keys and kinds (the user types them),
# and names of standards.
KEEP = {
    *TOP_KEYS, *SHOW_KEYS, *SEGMENT_KEYS, *SPEAKER_KEYS, *CUE_KEYS, *NOTES_KEYS,
    *THRESHOLD_KEYS, *KINDS, "runofshow", "YAML", "UTF", "UTC", "IANA", "Asia", "Tokyo",
    "Europe", "London", "null", "Unicode", "URL", "dev", "env", "key", "value",
}  # fmt: skip

MANY_PROBLEMS = (
    "format: runofshow/1\nshow:\n  title: Broken show\n"
    "  starts_at: 2022-09-12T13:00:00+09:00\n  timezone: Asia/Tokyo\n  links: [a, b]\n"
    "  thresholds: {warning: 1m, danger: 2m}\n  colour: red\nsegments:\n"
    "  - id: Opening_1\n    kind: intro\n    title:\n    duration: 5m\n"
    "\tspeakers: [{team: SRE}, [x]]\n    notes: [x]\n    description: [a]\n"
    "  - id: talk\n    kind: talks\n    title: Talk\n    duration: 0m\n    durtion: 5m\n"
    '    starts_at: "13:01"\n'
    "  - id: talk\n    kind: talk\n    title: Again\n    title: Again twice\n"
    "    duration: 10m\n    thresholds: {warning: 12m, danger: 11m}\n    cues:\n"
    "      - {title: A, at: 11m}\n      - {title: B, at: 1m}\n      - {at: 1m}\n      - [x]\n"
    '  - id: late\n    kind: talk\n    title: "Late \x01 one"\n    duration: 9999h\n'
    "    starts_at: 3pm\n"
    "  - id: later\n    kind: talk\n    title: Later\n    duration: 5 minutes\n"
    '    starts_at: "25:00"\n    x-mine: !!binary aGVsbG8=\n'
    "  - id: last\n    kind: closing\n    title: Last\n    duration: 1m\n"
    "    thresholds: {danger: 30s}\n    starts_at: 2022-02-30T10:00:00+09:00\n"
    "  - coffee\n"
)
SHOW_PROBLEMS = (
    "show:\n  title: [a]\n  starts_at: 2022-09-12\n  timezone: Mars/Base\n"
    "  thresholds: {warning: fast}\n  description: x\nsegments: []\ntimezone: UTC\n"
    "duration: 5m\n"
)
BROKEN_YAML = {
    "syntax.yaml": "format: runofshow/1\nshow:\n  title: Talk: more\n",
    "flow.yaml": "format: runofshow/1\nshow: {title: T\nsegments: [a, b\n",
    "alias.yaml": "a: &a [x]\nb: *a\n",
    "empty.yaml": "",
    "comments.yaml": "# nothing yet\n",
    "quote.yaml": 'format: runofshow/1\nshow:\n  title: "a\n',
    "two.yaml": "format: runofshow/1\n---\na: 1\n",
    "at.yaml": "format: runofshow/1\nshow: @me\n",
}


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.switch("ja")
    yield translations
    translations.switch("en")


def japanese_templates() -> dict[str, str]:
    found = {}
    for context in ET.parse(TS_JA).getroot().iter("context"):
        if context.findtext("name") != "ValidationMessages":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            assert translation.get("type") is None, message.findtext("source")
            found[message.findtext("source") or ""] = translation.text or ""
    return found


def test_every_template_is_translated_with_the_same_placeholders() -> None:
    japanese = japanese_templates()
    for template in TEMPLATES:
        assert template in japanese, template
        translated = japanese[template]
        assert set(PLACEHOLDER.findall(translated)) == set(PLACEHOLDER.findall(template)), template
        english_words = set(re.findall(r"[A-Za-z]{3,}", PLACEHOLDER.sub("", template)))
        if english_words - KEEP:
            assert translated != template, template


def english_left(lines: list[str], keep: set[str]) -> list[str]:
    """Latin words outside quotes that are neither kept words nor the user's own data."""
    left = []
    for line in lines:
        unquoted = re.sub(r"'[^']*'|\"[^\"]*\"", "", line)
        for word in re.findall(r"[A-Za-z]{3,}", unquoted):
            if word not in keep:
                left.append(f"{word!r} in {line!r}")
    return left


def dialog_lines(qtbot: QtBot, path: Path) -> tuple[LoadErrorDialog, list[str]]:
    dialog = LoadErrorDialog(str(path), validate_file(path))
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.windowTitle(), dialog.copy_button.text()]
    texts += [label.text() for label in dialog.findChildren(QLabel)]
    texts += dialog.findChild(QPlainTextEdit).toPlainText().splitlines()  # type: ignore[union-attr]
    return dialog, [t.replace(str(path), "").replace(path.name, "") for t in texts if t]


def test_the_error_dialog_for_files_with_many_problems_is_japanese(
    qtbot: QtBot, tmp_path: Path, japanese: Translations, screenshot_dir: Path
) -> None:
    files = {"many.yaml": MANY_PROBLEMS, "show.yaml": SHOW_PROBLEMS, **BROKEN_YAML}
    lines: list[str] = []
    for name, text in {**files, "sjis.yaml": "title: 日本語\n", "big.yaml": ""}.items():
        path = tmp_path / name
        if name == "sjis.yaml":
            path.write_bytes(text.encode("shift_jis"))
        elif name == "big.yaml":
            with path.open("wb") as handle:
                handle.truncate(6_000_000)  # sparse: refused as too large before reading
        else:
            path.write_text(text, encoding="utf-8")
        dialog, shown = dialog_lines(qtbot, path)
        lines += shown
        if name == "many.yaml":
            errors = validate_file(path)
            assert len(errors) >= 30  # one pass: every kind of problem at once
            assert len({e.template for e in errors}) >= 25
            dialog.resize(1400, 900)
            assert dialog.grab().save(str(screenshot_dir / "load-errors-ja.png"))
    keep = KEEP | set(re.findall(r"[A-Za-z]+", MANY_PROBLEMS + SHOW_PROBLEMS))
    assert english_left(lines, keep) == []
    assert any("インデントにタブ文字があります" in line for line in lines)
    assert any("UTF-8 のテキストではありません" in line for line in lines)
    assert any("ファイルが大きすぎます" in line for line in lines)
    assert any("13:05 や 13:05:30 のような時刻" in line for line in lines)


def test_the_cli_text_stays_english(tmp_path: Path, japanese: Translations) -> None:
    path = tmp_path / "many.yaml"
    path.write_text(MANY_PROBLEMS, encoding="utf-8")
    errors = validate_file(path)
    translated = [translate_error(e) for e in errors]
    assert all(str(e).isascii() for e in errors if "Late" not in e.message)
    assert sum(t != str(e) for t, e in zip(translated, errors, strict=True)) == len(errors)
