"""The wording of YAML-level problems, as Messages so the GUI can translate them: tabs,
forbidden characters, and libyaml's own words in syntax errors. Only the problems and
contexts a show file can run into are listed; anything else stays as libyaml says it (the
CLI prints libyaml's English either way). Imported only when a file has such a problem.
"""

from __future__ import annotations

from runofshow.core.errors import Message

_KNOWN = (
    Message("block sequence entries are not allowed in this context"),
    Message("could not find expected ':'"),
    Message("did not find expected ',' or ']'"),
    Message("did not find expected ',' or '}'"),
    Message("did not find expected '-' indicator"),
    Message("did not find expected <document start>"),
    Message("did not find expected alphabetic or numeric character"),
    Message("did not find expected comment or line break"),
    Message("did not find expected hexdecimal number"),
    Message("did not find expected key"),
    Message("did not find expected node content"),
    Message("did not find expected whitespace or line break"),
    Message("exceeded maximum nesting depth"),
    Message("found an indentation indicator equal to 0"),
    Message("found character that cannot start any token"),
    Message("found invalid Unicode character escape code"),
    Message("found undefined tag handle"),
    Message("found unexpected ':'"),
    Message("found unexpected document indicator"),
    Message("found unexpected end of stream"),
    Message("found unknown escape character"),
    Message("mapping values are not allowed in this context"),
    Message("syntax error"),
    Message("while increasing block level"),
    Message("while increasing flow level"),
    Message("while parsing a block collection"),
    Message("while parsing a block mapping"),
    Message("while parsing a block node"),
    Message("while parsing a flow mapping"),
    Message("while parsing a flow node"),
    Message("while parsing a flow sequence"),
    Message("while parsing a node"),
    Message("while scanning a block scalar"),
    Message("while scanning a plain scalar"),
    Message("while scanning a quoted scalar"),
    Message("while scanning a simple key"),
    Message("while scanning a tag"),
    Message("while scanning an alias"),
    Message("while scanning an anchor"),
    Message("while scanning for the next token"),
)
_BY_TEXT = {str(message): message for message in _KNOWN}


def libyaml_words(text: str) -> str:
    """``text`` as a Message when it is one of libyaml's known phrases, else as it is."""
    return _BY_TEXT.get(text, text)


def tab_message() -> Message:
    return Message("tab character in indentation: YAML indentation must use spaces")


def character_message(code: int) -> Message:
    return Message("character {code} is not allowed in a YAML file", code=f"U+{code:04X}")
