"""The show file's validation messages, translated for the GUI.

The loader (runofshow/core, no Qt) builds each message from an English template and
parameters (runofshow.core.errors.Message); the CLI prints the English text unchanged.
The GUI translates the template in the "ValidationMessages" context and fills in the
parameters, translating parameters that are themselves Messages ("a list", "segment 2").
TEMPLATES marks every template for pyside6-lupdate; a test keeps it complete.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from runofshow.core.errors import LocatedError

CONTEXT = "ValidationMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation (lupdate finds it by this name); returns it as is."""
    return text


TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "missing required key 'format'; begin the file with 'format: {format}'",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "'format' is empty; write 'format: {format}'"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages", "unsupported format {value}; this version reads {format}"
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "'format' must be {format}, got {got}"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages", "'segments' is empty; a show needs at least one segment"
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "a list"),
    QT_TRANSLATE_NOOP("ValidationMessages", "a mapping"),
    QT_TRANSLATE_NOOP("ValidationMessages", "an IANA time zone name like Asia/Tokyo"),
    QT_TRANSLATE_NOOP("ValidationMessages", "cue"),
    QT_TRANSLATE_NOOP("ValidationMessages", "duplicate segment id {id} (first used {first})"),
    QT_TRANSLATE_NOOP("ValidationMessages", "on line {line}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "at {where}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "file is empty"),
    QT_TRANSLATE_NOOP("ValidationMessages", "file not found"),
    QT_TRANSLATE_NOOP("ValidationMessages", "is a directory, not a show file"),
    QT_TRANSLATE_NOOP("ValidationMessages", "is not a regular file"),
    QT_TRANSLATE_NOOP("ValidationMessages", "it belongs to a segment under 'segments:'"),
    QT_TRANSLATE_NOOP("ValidationMessages", "it belongs under 'show:'"),
    QT_TRANSLATE_NOOP("ValidationMessages", "missing required key {key} in {where}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "nothing"),
    QT_TRANSLATE_NOOP("ValidationMessages", "one of {kinds}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "permission denied: cannot read the file"),
    QT_TRANSLATE_NOOP("ValidationMessages", "segment {id}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "segment {index}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "speaker"),
    QT_TRANSLATE_NOOP("ValidationMessages", "text like talk-dev-env"),
    QT_TRANSLATE_NOOP("ValidationMessages", "the date {value}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "the number {value}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "the show file"),
    QT_TRANSLATE_NOOP("ValidationMessages", "the text {value}"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages", "unknown key {key} in {where}, did you mean {suggestion}?"
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages", "unknown key {key} in {where}; allowed keys: {choices}"
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "unknown key {key} in {where}; {hint}"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages", "unknown kind {kind}, did you mean {suggestion}? (one of {kinds})"
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "unknown kind {kind}; use one of {kinds}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "unknown time zone {zone}, did you mean {suggestion}?"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "unknown time zone {zone}; use an IANA name like Asia/Tokyo, Europe/London or UTC",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key} is empty"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key} must be a duration like 15m, got {got}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key} must be text, got {got}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key} must be {what}, got {got}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{value} (a true/false value)"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{value} (null)"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages", "{where} must be a mapping (key: value lines), got {got}"
    ),
)


def translate_message(message: object) -> str:
    """A Message in the current language; any other value as text."""
    template = getattr(message, "template", None)
    if not isinstance(template, str):
        return str(message)
    return _translate(template, getattr(message, "params", {}), str(message))


def translate_error(error: LocatedError) -> str:
    """FILE:LINE:COL: message, the message in the current language."""
    if not error.template:
        return str(error)
    message = _translate(error.template, error.params, error.message)
    return f"{error.file}:{error.line}:{error.col}: {message}"


def _translate(template: str, params: Mapping[str, object], english: str) -> str:
    translated = QCoreApplication.translate(CONTEXT, template)
    values = {key: translate_message(value) for key, value in params.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English text
        return english
