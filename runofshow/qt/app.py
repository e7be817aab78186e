"""The desktop app: builds the QApplication and composes session, windows and server."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from runofshow.cli import RunOptions
from runofshow.core.clock import SystemClocks
from runofshow.core.errors import LocatedError
from runofshow.paths import bundled_show
from runofshow.qt.console.window import ConsoleWindow
from runofshow.qt.gc_guard import MainThreadGarbageCollector
from runofshow.qt.i18n import Translations, choose_language
from runofshow.qt.session import ShowSession
from runofshow.qt.settings import Settings
from runofshow.qt.signals import SignalWaker
from runofshow.qt.theme import apply_dark_theme
from runofshow.qt.web_links import WebLinksDialog

if TYPE_CHECKING:
    from runofshow.web.bridge import WebBridge


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("runofshow")
    app.setOrganizationName("runofshow")
    apply_dark_theme(app)
    return app


class DesktopApp(QObject):
    """Owns the long-lived parts and connects them; the windows themselves stay small."""

    def __init__(self, options: RunOptions, settings: Settings, translations: Translations) -> None:
        super().__init__()
        self.options = options
        self.settings = settings
        self.translations = translations
        self.garbage_collector = MainThreadGarbageCollector(self)
        self.session = ShowSession(SystemClocks(), rehearsal=options.rehearse, parent=self)
        self.session.loadFailed.connect(self._report_start_failure)
        if not self.session.open(options.show) and not self.session.open(bundled_show()):
            raise SystemExit(1)
        self.session.loadFailed.disconnect(self._report_start_failure)
        if options.rehearse_segment is not None:
            self._rehearse_segment(options.rehearse_segment)
        self.console = ConsoleWindow(self.session, settings)
        self.console.speakerWindowRequested.connect(self.toggle_speaker_window)
        self.console.historyRequested.connect(self.show_history)
        self.console.preferencesRequested.connect(self.show_preferences)
        self.console.browserViewsRequested.connect(self.show_browser_views)
        self._speaker: QObject | None = None
        self._history: QObject | None = None
        self._preferences: QObject | None = None
        self.server: WebBridge | None = None

    def _rehearse_segment(self, segment_id: str) -> None:
        known = [segment.id for segment in self.session.show.segments]
        if segment_id not in known:
            print(
                f"runofshow: no segment {segment_id!r}; the show has: {', '.join(known)}",
                file=sys.stderr,
            )
            raise SystemExit(2)
        self.session.rehearse_segment(segment_id)

    def start_server(self) -> None:
        """Start the browser views and control API (after the first paint: aiohttp's
        import costs about 0.4 s that the operator should not wait for)."""
        if not self.options.serve or self.server is not None:
            return
        from runofshow.web.bridge import start_web_server

        self.server = start_web_server(
            self.session, port=self.options.port, lan=self.options.lan, parent=self
        )
        if self.server is not None:
            self.server.set_language(self.translations.language)
            print(f"runofshow: browser views at {self.server.urls()['index']}", flush=True)

    def _report_start_failure(self, path: str, errors: list[LocatedError]) -> None:
        for error in errors:
            print(error, file=sys.stderr)
        details = "\n".join(str(e) for e in errors[:20])
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Cannot open show"),
            QCoreApplication.translate(
                "App", "%1 could not be opened; the bundled show is open instead.\n\n%2"
            )
            .replace("%1", path)
            .replace("%2", details),
        )

    def toggle_speaker_window(self) -> None:
        from runofshow.qt.speaker.window import SpeakerWindow

        if self._speaker is None:
            self._speaker = SpeakerWindow(self.session, self.settings)
        speaker = self._speaker
        assert isinstance(speaker, SpeakerWindow)
        if speaker.isVisible():
            speaker.hide()
        else:
            speaker.show_on_screen(self.options.speaker_screen)

    def show_history(self) -> None:
        from runofshow.qt.history.window import HistoryWindow

        if self._history is None:
            self._history = HistoryWindow(self.session, self.settings)
        history = self._history
        assert isinstance(history, HistoryWindow)
        history.show()
        history.raise_()

    def show_preferences(self) -> None:
        from runofshow.qt.preferences import PreferencesDialog

        if self._preferences is None:
            dialog = PreferencesDialog(self.settings, self.switch_language, self.console)
            dialog.hideSecondsChanged.connect(self._set_speaker_hide_seconds)
            self._preferences = dialog
        preferences = self._preferences
        assert isinstance(preferences, PreferencesDialog)
        preferences.show()
        preferences.raise_()

    def show_browser_views(self) -> WebLinksDialog:
        """The ready-made URLs (and the token in LAN mode), or why there are none."""
        problem = ""
        if self.server is None and not self.options.serve:
            problem = QCoreApplication.translate("App", "It was turned off with --no-server.")
        elif self.server is None:
            problem = QCoreApplication.translate(
                "App", "Port %1 could not be opened; start with --port to choose another."
            ).replace("%1", str(self.options.port))
        urls = self.server.urls() if self.server is not None else None
        token = self.server.token if self.server is not None else None
        dialog = WebLinksDialog(urls, token, problem, self.console)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def switch_language(self, code: str) -> str:
        """Apply a language chosen in the preferences ("" follows the system); open windows
        retranslate themselves on the LanguageChange event."""
        lang = self.translations.switch(code or choose_language(None, None))
        if self.server is not None:
            self.server.set_language(lang)
        return lang

    def _set_speaker_hide_seconds(self, hide: bool) -> None:
        from runofshow.qt.speaker.window import SpeakerWindow

        if isinstance(self._speaker, SpeakerWindow):
            self._speaker.set_hide_seconds(hide)

    def shutdown(self) -> None:
        if self.server is not None:
            self.server.stop()
        self.session.close()
        self.garbage_collector.stop()


def build_desktop(options: RunOptions) -> tuple[QApplication, DesktopApp]:
    """The application and its parts, ready to show (run_gui and the benchmarks use it)."""
    app = create_application()
    settings = Settings()
    translations = Translations(app)
    translations.switch(choose_language(options.lang, settings))
    desktop = DesktopApp(options, settings, translations)
    app.aboutToQuit.connect(desktop.shutdown)
    return app, desktop


def run_gui(options: RunOptions) -> int:
    app, desktop = build_desktop(options)
    desktop.console.show()
    QTimer.singleShot(0, desktop.start_server)
    if options.speaker_screen is not None:
        desktop.toggle_speaker_window()
    waker = SignalWaker(app)  # SIGINT/SIGTERM quit cleanly: the journal says so
    try:
        return app.exec()
    finally:
        waker.close()
