"""The browser pages are complete in Japanese: every text a page can show (its static
``data-i18n`` texts, every ``tr("…")`` of the scripts, the phase and argument labels) has
a Japanese entry in the scripts' tables (common.js ``JA``, control.js ``addTranslations``).
Command labels and refusal texts come translated from the app's .ts files instead."""

from __future__ import annotations

import re

from runofshow.paths import resource

WEB = resource("web")
KEY = re.compile(r'^\s*(?:"((?:[^"\\]|\\.)*)"|([A-Za-z_][A-Za-z0-9_]*))\s*:', re.M)
TR_CALL = re.compile(r'\btr\(\s*"((?:[^"\\]|\\.)*)"')
DATA_I18N = re.compile(r'data-i18n="([^"]*)"')


def block(text: str, start: str, end: str) -> str:
    begin = text.index(start) + len(start)
    return text[begin : text.index(end, begin)]


def japanese_keys() -> set[str]:
    common = (WEB / "common.js").read_text(encoding="utf-8")
    control = (WEB / "control.js").read_text(encoding="utf-8")
    tables = [block(common, "const JA = {", "\n  };"),
              block(control, 'ui.addTranslations("ja", {', "\n  });")]  # fmt: skip
    return {quoted or bare for table in tables for quoted, bare in KEY.findall(table)}


def shown_texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    for page in WEB.glob("*.html"):
        for text in DATA_I18N.findall(page.read_text(encoding="utf-8")):
            texts[text] = page.name
    for script in ("common.js", "control.js"):
        source = (WEB / script).read_text(encoding="utf-8")
        for text in TR_CALL.findall(source):
            texts[text] = script
        for name in ("PHASE_LABELS", "ARG_LABELS"):
            if f"const {name} = {{" in source:
                labels = block(source, f"const {name} = {{", "};")
                for value in re.findall(r':\s*"([^"]+)"', labels):
                    texts[value] = f"{script} {name}"
    return texts


def test_every_text_a_page_shows_has_japanese() -> None:
    keys = japanese_keys()
    texts = shown_texts()
    assert len(texts) > 40 and "Read-only: this link can only watch the show." in " ".join(texts)
    missing = {text: where for text, where in texts.items() if text not in keys}
    assert missing == {}
