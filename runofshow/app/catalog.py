"""Translations without Qt: one source of translations for the Qt faces and the web.

Texts of the application layer (command labels, refusal texts) are English and marked
with ``QT_TRANSLATE_NOOP(context, text)`` so Qt's lupdate collects them into
``resources/i18n/runofshow_*.ts``. Qt translates them with ``QCoreApplication.translate``;
the web reads the same ``.ts`` files through ``Catalog`` (plain ElementTree).
"""

from __future__ import annotations

import functools

from runofshow.paths import resource

LANGUAGES = ("en", "ja")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


class Catalog:
    """The translations of one language: (context, English source) -> text."""

    def __init__(self, entries: dict[tuple[str, str], str]) -> None:
        self._entries = entries

    @classmethod
    def from_ts(cls, text: str) -> Catalog:
        from xml.etree import ElementTree  # here: the desktop's first paint never needs it

        entries: dict[tuple[str, str], str] = {}
        for context in ElementTree.fromstring(text).iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None or not translation.text:
                    continue
                if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                entries[(name, source)] = translation.text
        return cls(entries)

    def translate(self, context: str, text: str) -> str:
        return self._entries.get((context, text), text)


@functools.cache
def catalog(lang: str) -> Catalog:
    """The shipped catalog of ``lang`` (English source texts when there is none)."""
    try:
        text = resource("i18n", f"runofshow_{lang}.ts").read_text(encoding="utf-8")
    except OSError:
        return Catalog({})
    return Catalog.from_ts(text)
