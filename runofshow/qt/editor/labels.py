"""Words for the format's keys in the editor (the file keeps its English keys).

A key this list does not know (one added to the format later) is shown as written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


LABELS = {
    "format": QT_TRANSLATE_NOOP("FieldLabels", "Format"),
    "title": QT_TRANSLATE_NOOP("FieldLabels", "Title"),
    "starts_at": QT_TRANSLATE_NOOP("FieldLabels", "Starts at"),
    "timezone": QT_TRANSLATE_NOOP("FieldLabels", "Time zone"),
    "links": QT_TRANSLATE_NOOP("FieldLabels", "Links"),
    "thresholds": QT_TRANSLATE_NOOP("FieldLabels", "Thresholds"),
    "description": QT_TRANSLATE_NOOP("FieldLabels", "Description"),
    "id": QT_TRANSLATE_NOOP("FieldLabels", "ID"),
    "kind": QT_TRANSLATE_NOOP("FieldLabels", "Kind"),
    "speakers": QT_TRANSLATE_NOOP("FieldLabels", "Speakers"),
    "duration": QT_TRANSLATE_NOOP("FieldLabels", "Duration"),
    "cues": QT_TRANSLATE_NOOP("FieldLabels", "Cue cards"),
    "notes": QT_TRANSLATE_NOOP("FieldLabels", "Notes"),
    "warning": QT_TRANSLATE_NOOP("FieldLabels", "Warning"),
    "danger": QT_TRANSLATE_NOOP("FieldLabels", "Danger"),
    "name": QT_TRANSLATE_NOOP("FieldLabels", "Name"),
    "team": QT_TRANSLATE_NOOP("FieldLabels", "Team"),
    "role": QT_TRANSLATE_NOOP("FieldLabels", "Role"),
    "at": QT_TRANSLATE_NOOP("FieldLabels", "At"),
    "text": QT_TRANSLATE_NOOP("FieldLabels", "Text"),
    "slide": QT_TRANSLATE_NOOP("FieldLabels", "Slide notes"),
    "stream": QT_TRANSLATE_NOOP("FieldLabels", "Stream notes"),
    "questions": QT_TRANSLATE_NOOP("FieldLabels", "Panel questions"),
    "asker": QT_TRANSLATE_NOOP("FieldLabels", "Asked by"),
    "tags": QT_TRANSLATE_NOOP("FieldLabels", "Tags"),
    "auto_start": QT_TRANSLATE_NOOP("FieldLabels", "Auto start"),
    "chapter": QT_TRANSLATE_NOOP("FieldLabels", "YouTube chapter"),
    "obs": QT_TRANSLATE_NOOP("FieldLabels", "OBS"),
    "scene": QT_TRANSLATE_NOOP("FieldLabels", "Scene"),
    "texts": QT_TRANSLATE_NOOP("FieldLabels", "Text sources"),
    "transition": QT_TRANSLATE_NOOP("FieldLabels", "Transition"),
    "automation": QT_TRANSLATE_NOOP("FieldLabels", "OBS automation"),
    "before": QT_TRANSLATE_NOOP("FieldLabels", "Before the show"),
    "after": QT_TRANSLATE_NOOP("FieldLabels", "After the show"),
}


def field_label(key: str) -> str:
    """The key in words, in the interface language; an unknown key as written."""
    known = LABELS.get(key)
    if known is None:
        return key
    return QCoreApplication.translate("FieldLabels", known)
