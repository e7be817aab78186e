"""The desktop's windows: the QApplication, and the console, speaker display, history,
preferences and browser-views dialog around one session.

Knows nothing of the web server: what the browser-views dialog shows comes through
``BrowserViews`` (``runofshow.desktop`` provides it).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication

from runofshow.app.session import ShowSession
from runofshow.app.wiring import RunOptions
from runofshow.obs.client import Address
from runofshow.obs.service import ObsService
from runofshow.qt.console.window import ConsoleWindow
from runofshow.qt.gc_guard import MainThreadGarbageCollector
from runofshow.qt.i18n import Translations, choose_language
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import Settings
from runofshow.qt.theme import apply_dark_theme
from runofshow.qt.web_links import BrowserViews, WebLinksDialog

__all__ = ["BrowserViews", "DesktopApp", "create_application", "no_server_problem"]


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("runofshow")
    app.setOrganizationName("runofshow")
    apply_dark_theme(app)
    return app


class DesktopApp(QObject):
    """Owns the windows and connects them; the windows themselves stay small."""

    def __init__(
        self,
        options: RunOptions,
        session: ShowSession,
        settings: Settings,
        translations: Translations,
        browser_views: BrowserViews,
    ) -> None:
        super().__init__()
        self.options = options
        self.session = session
        self.settings = settings
        self.translations = translations
        self.browser_views = browser_views
        self.garbage_collector = MainThreadGarbageCollector(self)
        self.signals = SessionSignals(session, self)
        self.console = ConsoleWindow(self.signals, settings)
        self.console.speakerWindowRequested.connect(self.toggle_speaker_window)
        self.console.historyRequested.connect(self.show_history)
        self.console.preferencesRequested.connect(self.show_preferences)
        self.console.browserViewsRequested.connect(self.show_browser_views)
        self._speaker: QObject | None = None
        self._history: QObject | None = None
        self._preferences: QObject | None = None

    def toggle_speaker_window(self) -> None:
        from runofshow.qt.speaker.window import SpeakerWindow

        if self._speaker is None:
            self._speaker = SpeakerWindow(self.signals, self.settings)
            self._speaker.follower.screenGone.connect(self.console.speaker_screen_gone)
            self._speaker.follower.screenBack.connect(self.console.speaker_screen_back)
        speaker = self._speaker
        assert isinstance(speaker, SpeakerWindow)
        if speaker.isVisible():
            speaker.hide()
        else:
            speaker.show_on_screen(self.options.speaker_screen)

    def show_history(self) -> None:
        from runofshow.qt.history.window import HistoryWindow

        if self._history is None:
            self._history = HistoryWindow(self.signals, self.settings)
        history = self._history
        assert isinstance(history, HistoryWindow)
        history.show()
        history.raise_()

    def show_preferences(self) -> None:
        from runofshow.qt.preferences import PreferencesDialog

        if self._preferences is None:
            obs = self.obs_service()
            dialog = PreferencesDialog(
                self.settings, self.switch_language, self.console,
                obs_now=obs.address if obs is not None else None,
            )  # fmt: skip
            dialog.hideSecondsChanged.connect(self._set_speaker_hide_seconds)
            dialog.obsChanged.connect(self._configure_obs)
            self._preferences = dialog
        preferences = self._preferences
        assert isinstance(preferences, PreferencesDialog)
        preferences.show()
        preferences.raise_()

    def obs_service(self) -> ObsService | None:
        return next((s for s in self.session.services if isinstance(s, ObsService)), None)

    def _configure_obs(self, address: Address | None) -> None:
        """Preferences changed the OBS address: connect there now (a worker thread does)."""
        obs = self.obs_service()
        if obs is not None:
            obs.configure(address)

    def show_browser_views(self) -> WebLinksDialog:
        """The ready-made URLs (and the two links in LAN mode), or why there are none."""
        dialog = WebLinksDialog(self.browser_views, self.console)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def switch_language(self, code: str) -> str:
        """Apply a language chosen in the preferences ("" follows the system); open windows
        retranslate themselves on the LanguageChange event, browser pages follow the state."""
        lang = self.translations.switch(code or choose_language(None, None))
        self.session.set_language(lang)
        return lang

    def _set_speaker_hide_seconds(self, hide: bool) -> None:
        from runofshow.qt.speaker.window import SpeakerWindow

        if isinstance(self._speaker, SpeakerWindow):
            self._speaker.set_hide_seconds(hide)

    def shutdown(self) -> None:
        self.signals.close()
        self.garbage_collector.stop()


def no_server_problem(options: RunOptions) -> str:
    """Why the browser views are missing, for the dialog (translated)."""
    if not options.serve:
        return QCoreApplication.translate("App", "It was turned off with --no-server.")
    return QCoreApplication.translate(
        "App", "Port %1 could not be opened; start with --port to choose another."
    ).replace("%1", str(options.port))
