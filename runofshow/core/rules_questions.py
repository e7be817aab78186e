"""Rules for a segment's prepared panel questions (``questions:``): text, optional asker and
tags, no question twice in one segment. The limits are the ones every surface uses for a
question (the command table, the survey import), so a prepared question always fits."""

from __future__ import annotations

import unicodedata

from runofshow.core.errors import Message
from runofshow.core.located import ListValue, MapValue, ScalarValue, Value
from runofshow.core.model import PreparedQuestion
from runofshow.core.rules_base import (
    NULL,
    TEXT_KINDS,
    Checker,
    Field,
    describe,
    is_blank,
    quoted,
)

QUESTION_KEYS = ("text", "asker", "tags")
MAX_QUESTION_TEXT = 500  # characters, like an operator message
MAX_ASKER = 100
MAX_TAG = 40
MAX_TAGS = 10
A_QUESTION = Message("a question")
A_TAG = Message("a tag")
_QUESTION = Message("question")  # wording, made once


def question_key(text: str) -> str:
    """What makes two questions the same: width (NFKC), case and spaces ignored (Japanese
    puts none between words, so a space is never what tells two questions apart)."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def questions(check: Checker, field: Field) -> tuple[PreparedQuestion, ...] | None:
    """The prepared questions of one segment, in order; None if any is wrong."""
    key, value = field
    read: list[PreparedQuestion] = []
    first: dict[str, Value] = {}
    ok = True
    for item in check.items(value):
        question = _one(check, key, item)
        if question is None:
            ok = False
            continue
        seen = first.setdefault(question_key(question.text), item)
        if seen is not item:
            check.problem(
                item,
                Message(
                    "the same question is listed twice (first {first})",
                    first=check.mention(seen.where),
                ),
            )
            ok = False
            continue
        read.append(question)
    return tuple(read) if ok else None


def _one(check: Checker, key: ScalarValue, item: Value) -> PreparedQuestion | None:
    if isinstance(item, ScalarValue) and item.kind in TEXT_KINDS:
        text = _limited(check, key, item, MAX_QUESTION_TEXT, required=True, name=A_QUESTION)
        return PreparedQuestion(text=text) if text is not None else None
    if isinstance(item, ScalarValue) and item.kind is not NULL:
        return None  # unreadable, already reported
    if not isinstance(item, MapValue):
        check.problem(
            key if is_blank(item) else item,
            Message(
                "a question must be text or a mapping with 'text' (and 'asker', 'tags'), got {got}",
                got=describe(item),
            ),
        )
        return None
    found = check.fields(item, _QUESTION, QUESTION_KEYS, ("text",))
    if found is None or "text" not in found:
        return None
    text = _limited(check, *found["text"], MAX_QUESTION_TEXT, required=True)
    asker = _limited(check, *found["asker"], MAX_ASKER) if "asker" in found else ""
    tags = _tags(check, found["tags"]) if "tags" in found else ()
    if text is None or asker is None or tags is None:
        return None
    return PreparedQuestion(text=text, asker=asker, tags=tags)


def _limited(
    check: Checker,
    key: ScalarValue,
    value: Value,
    limit: int,
    *,
    required: bool = False,
    name: str | None = None,
) -> str | None:
    """Text of at most ``limit`` characters; ``name`` is how messages call it (the key)."""
    text = check.text(key, value, required=required)
    if text is None:
        return None
    text = text.strip()
    called = name if name is not None else quoted(key.text)
    if required and not text:
        check.value_problem(key, value, Message("{key} is empty", key=called))
        return None
    if len(text) > limit:
        check.problem(
            value,
            Message(
                "{key} is {length} characters long; the limit is {limit}",
                key=called,
                length=len(text),
                limit=limit,
            ),
        )
        return None
    return text


def _tags(check: Checker, field: Field) -> tuple[str, ...] | None:
    key, value = field
    items = check.items(value)
    if isinstance(value, ListValue) and len(items) > MAX_TAGS:
        check.problem(
            value, Message("at most {limit} tags per question, got {count}", limit=MAX_TAGS,
                           count=len(items))
        )  # fmt: skip
        return None
    tags: list[str] = []
    ok = True
    for item in items:
        if isinstance(item, ScalarValue) and item.kind in TEXT_KINDS:
            tag = _limited(check, key, item, MAX_TAG, required=True, name=A_TAG)
            if tag is None:
                ok = False
            elif tag not in tags:
                tags.append(tag)
        elif isinstance(item, ScalarValue) and item.kind is not NULL:
            ok = False  # unreadable, already reported
        else:
            check.problem(
                key if is_blank(item) else item,
                Message("a tag must be a word or short text, got {got}", got=describe(item)),
            )
            ok = False
    return tuple(tags) if ok else None
