"""Translations: the app's own .qm files plus Qt's qtbase_*.qm shipped with PySide6.

The language comes from --lang, else the preference, else the system locale.
Switching at run time installs new translators; Qt then sends every widget a
LanguageChange event, and widgets retranslate themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from runofshow.paths import resource
from runofshow.qt.settings import LANGUAGE, Settings

SUPPORTED = ("en", "ja")
SOURCE_LANGUAGE = "en"


def choose_language(cli_lang: str | None, settings: Settings | None) -> str:
    if cli_lang in SUPPORTED:
        return cli_lang
    preferred = settings.get(LANGUAGE) if settings is not None else ""
    if preferred in SUPPORTED:
        return preferred
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else SOURCE_LANGUAGE


class Translations:
    """The translators installed on one application; switch() replaces them."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def switch(self, lang: str) -> str:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(QLocale(lang))
        if lang != SOURCE_LANGUAGE:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            app_dir = str(resource("i18n"))
            for name, folder in ((f"qtbase_{lang}", qt_dir), (f"runofshow_{lang}", app_dir)):
                translator = QTranslator(self._app)
                if translator.load(name, folder):
                    self._app.installTranslator(translator)
                    self._installed.append(translator)
        self.language = lang
        return lang


def current_language() -> str:
    """The interface language now ("ja", "en"), as the last switch set QLocale."""
    lang = QLocale().name().split("_")[0]
    return lang if lang in SUPPORTED else SOURCE_LANGUAGE
