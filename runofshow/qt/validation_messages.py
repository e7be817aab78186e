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
        "a cue must be a mapping with 'title' (and 'at', 'text'), got {got}",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "a key must be plain text, not a list or mapping"),
    QT_TRANSLATE_NOOP("ValidationMessages", "a list"),
    QT_TRANSLATE_NOOP("ValidationMessages", "a mapping"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "a show file holds one YAML document; remove the second one (from '---' on)",
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "a speaker must be a name or a mapping with 'name', got {got}",
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "a time of day like 13:05 or 13:05:30 (24-hour, in the show's time zone) or a date and time with a UTC offset like {example}",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "a value starting with {character} must be quoted, like {example}",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "an IANA time zone name like Asia/Tokyo"),
    QT_TRANSLATE_NOOP("ValidationMessages", "at {where}"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "block sequence entries are not allowed in this context",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "cannot read the file: {reason}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "character {code} is not allowed in a YAML file"),
    QT_TRANSLATE_NOOP("ValidationMessages", "could not find expected ':'"),
    QT_TRANSLATE_NOOP("ValidationMessages", "cue"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "cue at {at} comes before the previous cue (at {previous}); list cues in time order",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "cue at {at} is not within the segment ({duration})"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "danger threshold ({threshold}) must be shorter than the segment ({duration})",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "did not find expected ',' or ']'"),
    QT_TRANSLATE_NOOP("ValidationMessages", "did not find expected ',' or '}'"),
    QT_TRANSLATE_NOOP("ValidationMessages", "did not find expected '-' indicator"),
    QT_TRANSLATE_NOOP("ValidationMessages", "did not find expected <document start>"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "did not find expected alphabetic or numeric character",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "did not find expected comment or line break"),
    QT_TRANSLATE_NOOP("ValidationMessages", "did not find expected hexdecimal number"),
    QT_TRANSLATE_NOOP("ValidationMessages", "did not find expected key"),
    QT_TRANSLATE_NOOP("ValidationMessages", "did not find expected node content"),
    QT_TRANSLATE_NOOP("ValidationMessages", "did not find expected whitespace or line break"),
    QT_TRANSLATE_NOOP("ValidationMessages", "duplicate key {key} (first on line {line})"),
    QT_TRANSLATE_NOOP("ValidationMessages", "duplicate segment id {id} (first used {first})"),
    QT_TRANSLATE_NOOP("ValidationMessages", "exceeded maximum nesting depth"),
    QT_TRANSLATE_NOOP("ValidationMessages", "file has no content, only comments"),
    QT_TRANSLATE_NOOP("ValidationMessages", "file is empty"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "file is too large ({size} MB; the limit is {limit} MB)",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "file not found"),
    QT_TRANSLATE_NOOP("ValidationMessages", "'format' is empty; write 'format: {format}'"),
    QT_TRANSLATE_NOOP("ValidationMessages", "'format' must be {format}, got {got}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "found an indentation indicator equal to 0"),
    QT_TRANSLATE_NOOP("ValidationMessages", "found character that cannot start any token"),
    QT_TRANSLATE_NOOP("ValidationMessages", "found invalid Unicode character escape code"),
    QT_TRANSLATE_NOOP("ValidationMessages", "found undefined tag handle"),
    QT_TRANSLATE_NOOP("ValidationMessages", "found unexpected ':'"),
    QT_TRANSLATE_NOOP("ValidationMessages", "found unexpected document indicator"),
    QT_TRANSLATE_NOOP("ValidationMessages", "found unexpected end of stream"),
    QT_TRANSLATE_NOOP("ValidationMessages", "found unknown escape character"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "hard start {time} is before the previous segment {segment} is planned to end ({end}); move it later or shorten the segments before it",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "hard start {time} is before the show starts ({end}); move it later or shorten the segments before it",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "internal error while reading the show ({error}); please report it",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "is a directory, not a show file"),
    QT_TRANSLATE_NOOP("ValidationMessages", "is not a regular file"),
    QT_TRANSLATE_NOOP("ValidationMessages", "it belongs to a segment under 'segments:'"),
    QT_TRANSLATE_NOOP("ValidationMessages", "it belongs under 'show:'"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "{key} contains half of a character ({code}, an unpaired surrogate); write the whole character",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "{key} contains the control character {code}; only line breaks and tabs are allowed",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key} has no UTC offset; write it like {example}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key} has no UTC offset; write {forms}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key} is empty"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key} is too long (the limit is {limit})"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "{key} must be a date and time with a UTC offset, like {example}, got {got}",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key} must be a duration like 15m, got {got}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key} must be text, got {got}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key} must be true or false, got {got}"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "'auto_start' needs 'starts_at': a segment starts by itself only at its hard start",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key} must be {forms}, got {got}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key} must be {what}, got {got}"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "{key} needs a time of day too; write it like {example}",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key} needs a time of day too; write {forms}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key}: duration must be positive, got {value}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key}: {problem}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key}: {value} is not a duration; {accepted}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key}: {value} is not a valid date"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "'links' must be a mapping of names to URLs, got {got}",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "mapping values are not allowed in this context"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "missing required key 'format'; begin the file with 'format: {format}'",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "missing required key {key} in {where}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "not a file path"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "not UTF-8 text: byte {byte} cannot be decoded; save the file as UTF-8",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "nothing"),
    QT_TRANSLATE_NOOP("ValidationMessages", "number {index}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "on line {line}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "one of {kinds}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "permission denied: cannot read the file"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "segment id {id} may only use lowercase letters a-z, digits 0-9 and '-'",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "segment {id}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "segment {index}"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "'segments' is empty; a show needs at least one segment",
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "'segments' must be a list of segments (each starting with '- '), got {got}",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "speaker"),
    QT_TRANSLATE_NOOP("ValidationMessages", "'starts_at' is empty; remove it or write {forms}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "'starts_at' is out of range"),
    QT_TRANSLATE_NOOP("ValidationMessages", "'starts_at' must be {forms}, got {got}"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "'starts_at': {value} is not a time of day (00:00-23:59); write {forms}",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "syntax error"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "tab character in indentation: YAML indentation must use spaces",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "text like talk-dev-env"),
    QT_TRANSLATE_NOOP("ValidationMessages", "the date {value}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "the document is nested too deeply"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "the inherited danger threshold ({threshold}) is not shorter than the segment ({duration}); set 'danger' here",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "the inherited warning threshold ({threshold}) is not shorter than the segment ({duration}); set 'warning' here",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "the number {value}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "the schedule runs past the year 9999"),
    QT_TRANSLATE_NOOP("ValidationMessages", "the show could not be read"),
    QT_TRANSLATE_NOOP("ValidationMessages", "the show file"),
    QT_TRANSLATE_NOOP("ValidationMessages", "the text {value}"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "unknown key {key} in {where}, did you mean {suggestion}?",
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "unknown key {key} in {where}; allowed keys: {choices}",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "unknown key {key} in {where}; {hint}"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "unknown kind {kind}, did you mean {suggestion}? (one of {kinds})",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "unknown kind {kind}; use one of {kinds}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "unknown time zone {zone}, did you mean {suggestion}?"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "unknown time zone {zone}; use an IANA name like Asia/Tokyo, Europe/London or UTC",
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "unsupported format {value}; this version reads {format}",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "unsupported YAML tag {tag}"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "use seconds (90), 90s, 15m, 1h30m, '1h 30m 15s', mm:ss or h:mm:ss",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "{value} (a true/false value)"),
    QT_TRANSLATE_NOOP("ValidationMessages", "{value} (null)"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "warning ({warning}) must be longer than danger ({danger})",
    ),
    # CSV files (runofshow/core/csvsource.py)
    QT_TRANSLATE_NOOP("ValidationMessages", "is a directory, not a file"),
    QT_TRANSLATE_NOOP("ValidationMessages", "file is too large; the limit is {limit} MB"),
    QT_TRANSLATE_NOOP("ValidationMessages", "NUL byte in the file"),
    QT_TRANSLATE_NOOP("ValidationMessages", "column {column} has no name"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages", "this row has {count} cells but the header has {width} columns"
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "byte 0x{byte} cannot be read as {expected}; save the file as CSV UTF-8",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "broken CSV: {reason}"),
    # Prepared questions (runofshow/core/rules_questions.py)
    QT_TRANSLATE_NOOP("ValidationMessages", "the same question is listed twice (first {first})"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "a question must be text or a mapping with 'text' (and 'asker', 'tags'), got {got}",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "question"),
    QT_TRANSLATE_NOOP("ValidationMessages", "a question"),
    QT_TRANSLATE_NOOP("ValidationMessages", "a tag"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages", "{key} is {length} characters long; the limit is {limit}"
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "at most {limit} tags per question, got {count}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "a tag must be a word or short text, got {got}"),
    # The survey import (runofshow/questions/survey.py)
    QT_TRANSLATE_NOOP(
        "ValidationMessages", "there is no column {column}; the columns are {columns}"
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "the cell is {length} characters long; the limit is {limit} (row left out)",
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages", "the cell holds the control character {code} (row left out)"
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "warning ({warning}) must be longer than danger ({danger}) (one is inherited)",
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "warning threshold ({threshold}) must be shorter than the segment ({duration})",
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "{where} must be a mapping (key: value lines), got {got}",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "while increasing block level"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while increasing flow level"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while parsing a block collection"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while parsing a block mapping"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while parsing a block node"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while parsing a flow mapping"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while parsing a flow node"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while parsing a flow sequence"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while parsing a node"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while scanning a block scalar"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while scanning a plain scalar"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while scanning a quoted scalar"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while scanning a simple key"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while scanning a tag"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while scanning an alias"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while scanning an anchor"),
    QT_TRANSLATE_NOOP("ValidationMessages", "while scanning for the next token"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "YAML aliases are not supported ({alias}); write the value out instead",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "YAML error: {error}"),
    QT_TRANSLATE_NOOP("ValidationMessages", "YAML syntax error: {problem}"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "YAML syntax error: {problem} ({context} started on line {line})",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "YAML syntax error: {problem} ({context})"),
    # The obs sections (runofshow/core/rules_obs.py).
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "'texts' must be a mapping of text source names to texts, got {got}",
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "a lone {brace} in the text of {source}; write {double} for a brace",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "in a segment"),
    QT_TRANSLATE_NOOP("ValidationMessages", "a text source needs a name"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages", "a transition of {duration} is too long (at most {limit})"
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "a transition's 'duration' is milliseconds like 500ms or seconds like 1s, got {got}",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "after the show"),
    QT_TRANSLATE_NOOP("ValidationMessages", "before the show"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "placeholder {placeholder} is not available {place}; available here: {choices}",
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "unknown placeholder {placeholder} in the text of {source}, did you mean {suggestion}?",
    ),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "unknown placeholder {placeholder} in the text of {source}; available here: {choices}",
    ),
    QT_TRANSLATE_NOOP("ValidationMessages", "{key} must be true or false, got {got}"),
    QT_TRANSLATE_NOOP(
        "ValidationMessages",
        "{token} in the text of {source} is not a placeholder; use a name like {example}",
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
    if not params:  # like Message: a template without parameters is the text itself
        return translated
    values = {key: translate_message(value) for key, value in params.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English text
        return english
