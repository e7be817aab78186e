"""Dates in the interface language: "9月12日(月)" in Japanese, "Mon 12 Sep" in English.

The date pattern is itself a translatable string (QLocale patterns), so each language
chooses its own order; QLocale() (set by Translations.switch) supplies day and month names.
Times of day stay 24-hour "13:00" in every language: that is how run sheets are written.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def format_date(day: date) -> str:
    """The show date, short with the weekday: "9月12日(月)", "Mon 12 Sep"."""
    # A QLocale date pattern: keep the letters d, ddd, M, MMM; translate the rest.
    pattern = QCoreApplication.translate("LocaleFormat", "ddd d MMM")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def format_date_time(when: datetime) -> str:
    """ "9月12日(月) 13:00", "Mon 12 Sep 13:00" (in ``when``'s own time zone)."""
    return f"{format_date(when.date())} {when:%H:%M}"
