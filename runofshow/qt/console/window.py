"""The operator console: composes the panels and wires actions to the session.

Behaviour lives in the panels (what is shown) and in ConsoleCommands (what keys do). The
show's commands come from the command table; the window only supplies the arguments a
command needs from the panels (the selected segment, the message being written).

The keys always reach the show, from the moment the window opens: no widget but the
message field ever takes the keyboard focus from the console's shortcuts (toolbar buttons,
check boxes and panels never do), and the field only by M or a click.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from runofshow.app.outcome import Outcome, Surface
from runofshow.core.errors import LocatedError
from runofshow.core.journal import ResumeInfo
from runofshow.core.snapshot import Snapshot, Status
from runofshow.qt import theme
from runofshow.qt.console.arrangement import COMPACT_BELOW, PanelArrangement
from runofshow.qt.console.banner import NoticeBanner
from runofshow.qt.console.commands import ConsoleCommands, action_name, lower_first
from runofshow.qt.console.confirm import Confirm, ask
from runofshow.qt.console.controls import ActionSpec, Controls, native_keys
from runofshow.qt.console.countdown import CountdownPanel
from runofshow.qt.console.cue_cards import CueCardsPanel
from runofshow.qt.console.files import (
    LoadErrorDialog,
    RecentFiles,
    ask_open_path,
    show_paths_from_mime,
)
from runofshow.qt.console.layout_state import restore_layout, save_layout
from runofshow.qt.console.message_bar import MessageBar
from runofshow.qt.console.no_show import NoShowPanel
from runofshow.qt.console.notes import NotesPanel
from runofshow.qt.console.now_next import NowNextPanel
from runofshow.qt.console.obs_panel import ACTIONS as OBS_ACTIONS
from runofshow.qt.console.obs_panel import ObsPanel
from runofshow.qt.console.questions import PROVIDED as QUESTION_ARGS
from runofshow.qt.console.questions import QuestionsPanel
from runofshow.qt.console.shortcuts_sheet import ShortcutsSheet
from runofshow.qt.console.storage_banner import StorageBanner
from runofshow.qt.console.timeline import Timeline
from runofshow.qt.locale_format import format_date
from runofshow.qt.session_signals import SessionSignals
from runofshow.qt.settings import NOTES_MODE, TIMELINE_ZOOM, Settings

if TYPE_CHECKING:
    from runofshow.qt.console.survey_dialog import SurveyImportDialog

TOOLBAR = ("toggle", "previous", "next", "remove_minute", "add_minute", "undo", "redo",
           "previous_cue", "next_cue", "notes", "speaker_window", "end")  # fmt: skip
MENUS = {
    "File": ("open", "recent", None, "edit_show", "new_show", None, "preferences", None, "quit"),
    "Show": ("toggle", "next", "previous", None, "goto", "select_next", "select_previous",
             None, "undo", "redo", None, "rehearsal", "rehearse_segment", "end", "reset"),
    "Time": ("add_minute", "remove_minute"),
    "Speaker": ("next_cue", "previous_cue", None, "focus_message", "message",
                "clear_message", "blackout", None, "speaker_window"),
    "Questions": ("question_next", "question_on_air", "question_answered", "question_skipped",
                  "question_queued", None, "quick_question", "question_add", "question_up",
                  "question_down", None, "question_undo", "question_redo", None,
                  "import_survey"),
    "View": ("notes", "next_notes", "questions_panel", None, "zoom_in", "zoom_out", "zoom_fit",
             None, "history", "browser_views"),
    "OBS": (),  # the OBS service's commands (runofshow.obs), by their group
    "Help": ("shortcuts",),
}  # fmt: skip
QUESTIONS_WIDTH = 360  # the question dock's width on a tall window until the operator drags it
IN_NO_MENU = ("start", "pause", "resume", "add_time")  # GO and the presets cover them
PROVIDED = frozenset({"goto", "message"}) | QUESTION_ARGS  # arguments the panels supply


class ConsoleWindow(QMainWindow):
    speakerWindowRequested = Signal()
    historyRequested = Signal()
    browserViewsRequested = Signal()
    preferencesRequested = Signal()
    editorRequested = Signal(bool)  # True: a new show from the template

    def __init__(
        self,
        signals: SessionSignals,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        confirm: Confirm = ask,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consoleWindow")
        self.signals, self.session = signals, signals.session
        self.settings, self.confirm = settings, confirm
        self.controls = Controls(self, self.session.commands, PROVIDED)
        self.commands = ConsoleCommands(self, self.session, lambda: self.confirm, self._first_key)
        self.recent = RecentFiles(settings, self.open_path)
        self.error_dialog: LoadErrorDialog | None = None
        self.shortcuts_sheet: ShortcutsSheet | None = None
        self._notices_shown = 0
        self._unsent: str | None = None  # the message just sent, until it is answered

        c = self.controls
        self.storage_banner = StorageBanner(self._show_tz)
        self.banner = NoticeBanner()
        self.countdown = CountdownPanel()
        self.now_next = NowNextPanel()
        self.cues = CueCardsPanel()
        self.notes = NotesPanel(settings.get(NOTES_MODE))
        self.message_bar = MessageBar(c["message"], c["clear_message"], c["blackout"])
        self.timeline = Timeline(settings.get(TIMELINE_ZOOM))
        self.questions = QuestionsPanel(self.session, c)
        self.obs_panel = ObsPanel({n: c[n] for n in OBS_ACTIONS if n in c})
        self.no_show = NoShowPanel(self.recent)
        self.file_label = QLabel()
        self.mode_label = QLabel()
        self.mode_label.setStyleSheet(
            f"background: {theme.REHEARSAL.name()}; color: {theme.DARK_TEXT.name()}; "
            "font-weight: bold; padding: 0 8px;"
        )
        self._build_layout()
        self._build_menus()
        self._wire()
        self.setAcceptDrops(True)
        self._restore()
        if self.session.has_show:
            self._engine_started(self.session.resumed)
            self.show_storage()
        else:
            self._show_panels(False)

    # ------------------------------------------------------------ composition

    def _build_layout(self) -> None:
        self.panels = PanelArrangement(self.countdown, self.now_next, self.cues, self.notes)
        self.top, self.main = self.panels.top, self.panels.main
        central = QWidget()
        central.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.storage_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.main, 1)
        layout.addWidget(self.obs_panel)
        layout.addWidget(self.no_show, 1)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.timeline)
        self.setCentralWidget(central)
        self.toolbar = toolbar = QToolBar()
        toolbar.setObjectName("controlsToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in TOOLBAR:
            toolbar.addAction(self.controls[name])
            button = toolbar.widgetForAction(self.controls[name])
            if button is not None:  # a click runs it; the keys stay with the shortcuts
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        toolbar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.addToolBar(toolbar)
        self.statusBar().addPermanentWidget(self.mode_label)
        self.statusBar().addPermanentWidget(self.file_label)
        self.questions_dock = QDockWidget()
        self.questions_dock.setObjectName("questionsDock")
        self.questions_dock.setWidget(self.questions)
        self.questions_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.questions_dock)
        self._questions_width = QUESTIONS_WIDTH  # on a tall window (a short one: its minimum)
        self.resizeDocks([self.questions_dock], [QUESTIONS_WIDTH], Qt.Orientation.Horizontal)

    def _build_menus(self) -> None:
        self.menus: dict[str, QMenu] = {}
        placed = {name for names in (*MENUS.values(), TOOLBAR) for name in names}
        for key, names in MENUS.items():
            menu = self.menus[key] = self.menuBar().addMenu("")
            for name in names:
                if name is None:
                    menu.addSeparator()
                elif name == "recent":
                    self.recent_menu = menu.addMenu("")
                    self.recent_menu.aboutToShow.connect(
                        lambda: self.recent.fill_menu(self.recent_menu)
                    )
                else:
                    menu.addAction(self.controls[name])
        for spec in self.controls.specs.values():  # a service's commands: under their group
            if spec.command is not None and spec.name not in placed | set(IN_NO_MENU):
                menu = self.menus.get(spec.group, self.menus["Show"])
                menu.addAction(self.controls[spec.name])
        self._retranslate()

    def _retranslate(self) -> None:
        self.mode_label.setText(self.tr("REHEARSAL"))
        titles = {"File": self.tr("&File"), "Show": self.tr("&Show"), "Time": self.tr("&Time"),
                  "Speaker": self.tr("S&peaker"), "Questions": self.tr("&Questions"),
                  "View": self.tr("&View"), "OBS": self.tr("&OBS"),
                  "Help": self.tr("&Help")}  # fmt: skip
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
            menu.menuAction().setVisible(not menu.isEmpty())
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.toolbar.setWindowTitle(self.tr("Controls"))
        self.questions_dock.setWindowTitle(self.tr("Questions"))
        self._update_title()

    def _update_title(self) -> None:
        """ "Kyash TechTalk #4 — 9月12日(月) — runofshow": the show and its date."""
        if not self.session.has_show:
            waiting = self.session.waiting_for
            title = "runofshow"
            if waiting is not None:
                title = self.tr("%1 (not open) — runofshow").replace("%1", waiting.name)
            self.setWindowTitle(title)
            return
        show = self.session.engine.show
        title = self.tr("%1 — %2 — runofshow").replace("%1", show.title)
        self.setWindowTitle(title.replace("%2", format_date(show.starts_at.astimezone(show.tz))))

    def changeEvent(self, event: QEvent) -> None:
        """A language switch: static texts now, the rest with the next snapshot."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "menus"):
            self._retranslate()
            self.controls.retranslate()
            if self.session.has_show:
                self.show_snapshot(self.session.snapshot)
                self.show_obs()

    def _wire(self) -> None:
        c, canvas = self.controls, self.timeline.canvas
        console = {
            "notes": self.notes.toggle_mode, "next_notes": self.notes.toggle_preview,
            "speaker_window": self.speakerWindowRequested.emit,
            "history": self.historyRequested.emit, "open": self._open_dialog,
            "browser_views": self.browserViewsRequested.emit,
            "rehearse_segment": self.rehearse_selected_segment,
            "preferences": self.preferencesRequested.emit,
            "edit_show": lambda: self.editorRequested.emit(False),
            "new_show": lambda: self.editorRequested.emit(True),
            "shortcuts": self.show_shortcuts, "quit": self.close,
            "select_next": lambda: self._select_step(1),
            "select_previous": lambda: self._select_step(-1),
            "focus_message": self.message_bar.field.setFocus,
            "zoom_in": self.timeline.zoom_in, "zoom_out": self.timeline.zoom_out,
            "zoom_fit": self.timeline.zoom_to_fit,
            "quick_question": self.show_quick_add, "import_survey": self.import_survey,
            "question_up": lambda: self.questions.move_selected(-1),
            "question_down": lambda: self.questions.move_selected(1),
        }  # fmt: skip
        for name, slot in console.items():
            c[name].triggered.connect(slot)
        for spec in c.specs.values():
            if spec.command is not None:
                c[spec.name].triggered.connect(lambda _=False, s=spec: self._run(s))
        for name in ("zoom_in", "zoom_out", "zoom_fit"):
            c[name].triggered.connect(self._save_zoom)
        canvas.zoomRequested.connect(self._save_zoom)
        c["rehearsal"].triggered.connect(self._toggle_rehearsal)
        c["questions_panel"].triggered.connect(self.questions_dock.setVisible)
        self.questions_dock.visibilityChanged.connect(c["questions_panel"].setChecked)
        self.questions.statusMessage.connect(self.statusBar().showMessage)
        self.questions.escaped.connect(self.focus_home)
        canvas.gotoRequested.connect(self._goto)
        self.notes.modeChanged.connect(lambda mode: self.settings.set(NOTES_MODE, mode))
        self.message_bar.field.escaped.connect(self.focus_home)
        self.commands.statusMessage.connect(self.statusBar().showMessage)
        # The digits first (the cheapest paint, ~1 ms), then the speaker display's, then the rest.
        self.signals.stateChangedFirst.connect(self.countdown.flip)
        self.signals.stateChanged.connect(self.show_snapshot)
        self.signals.commandDone.connect(self._command_done)
        self.signals.engineStarted.connect(lambda event: self._engine_started(event.resumed))
        self.signals.loadFailed.connect(self.show_load_errors)
        self.signals.showReloaded.connect(self._reloaded)
        self.signals.partChanged.connect(self._part_changed)
        self.no_show.openRequested.connect(self._open_dialog)

    # ------------------------------------------------------------ commands

    def _run(self, spec: ActionSpec) -> None:
        """A table command's action was triggered: give it its arguments and run it."""
        assert spec.command is not None
        surface = self.controls[spec.name].surface
        args: dict[str, object] | None = dict(spec.args)
        if spec.command == "goto":
            args = self._selected_segment()
        elif spec.command == "message" and not spec.args:
            args = self._message_to_send()
        elif spec.command in QUESTION_ARGS:
            args = self.questions.args_for(spec.command)
        elif spec.checkable:
            args = {"on": self.controls[spec.name].isChecked()}
        if args is not None:
            outcome = self.commands.run(spec.command, args, surface)
            if spec.command in QUESTION_ARGS:
                self.questions.done(spec.command, outcome)

    def _goto(self, segment_id: str, surface: str) -> None:
        self.commands.run("goto", {"segment": segment_id}, Surface(surface))

    def _selected_segment(self) -> dict[str, object] | None:
        segment_id = self.timeline.canvas.selected_id()
        if not segment_id:
            self.statusBar().showMessage(self.tr("Select a segment in the timeline first."), 4000)
            return None
        return {"segment": segment_id}

    def _message_to_send(self) -> dict[str, object] | None:
        text, flash = self.message_bar.take_message()
        self.focus_home()
        if not text:
            self.statusBar().showMessage(self.tr("Type a message first (M)."), 3000)
            return None
        self._unsent = text
        return {"text": text, "flash": flash}

    def _first_key(self, name: str) -> str:
        spec = self.controls.specs.get(name)
        return native_keys(spec, 1) if spec is not None else ""

    # ------------------------------------------------------------ session

    def _show_panels(self, has_show: bool) -> None:
        """The show's panels, or (no show open) why not and how to open one."""
        for widget in (self.main, self.message_bar, self.timeline):
            widget.setVisible(has_show)
        self.no_show.setVisible(not has_show)
        if not has_show:
            self.file_label.setText("")
            self.mode_label.setVisible(False)

    def _engine_started(self, resumed: ResumeInfo | None) -> None:
        self.questions.engine_started()
        self._show_panels(True)
        self.file_label.setText(self.session.show_path.name)
        self._update_title()
        if resumed is not None:
            self.show_resume_notice(resumed)
        self.show_snapshot(self.session.snapshot)
        self.show_obs()

    def show_snapshot(self, snap: Snapshot) -> None:
        """Show one snapshot everywhere (called on every tick and after every action)."""
        for panel in (self.countdown, self.now_next, self.cues, self.notes, self.message_bar,
                      self.questions):  # fmt: skip
            panel.show_snapshot(snap)
        self.timeline.show_snapshot(snap)
        self._update_actions(snap)

    def _update_actions(self, snap: Snapshot) -> None:
        c, engine, table = self.controls, self.session.engine, self.session.commands
        go = {Status.STANDBY: self.tr("GO: Start"), Status.RUNNING: self.tr("GO: Pause"),
              Status.PAUSED: self.tr("GO: Resume"), Status.ENDED: self.tr("GO")}  # fmt: skip
        c.set_text("toggle", go[snap.status], icon_text=go[snap.status])  # the toolbar too
        undo = engine.undo_label
        c.set_text("undo", self.tr("Undo %1").replace("%1", lower_first(action_name(table, undo)))
                   if undo else self.tr("Undo"))  # fmt: skip
        redo = engine.redo_label
        c.set_text("redo", self.tr("Redo %1").replace("%1", lower_first(action_name(table, redo)))
                   if redo else self.tr("Redo"))  # fmt: skip
        c["blackout"].setChecked(snap.blackout)
        c["rehearsal"].setChecked(self.session.rehearsal)
        self.mode_label.setVisible(snap.rehearsal)

    def showEvent(self, event: QShowEvent) -> None:
        """Opening the window gives the keys to the show at once (never to the field)."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._focus_home_unless_typing)

    def _focus_home_unless_typing(self) -> None:
        if not self.message_bar.field.hasFocus():
            self.focus_home()

    def _command_done(self, outcome: Outcome) -> None:
        if outcome.command == "message" and self._unsent is not None:
            if outcome.code in ("bad_text", "bad_input") and not self.message_bar.field.text():
                self.message_bar.field.setText(self._unsent)  # refused: fix it and send again
            self._unsent = None
        self.commands.report(outcome)
        if self.session.has_show:
            self._update_actions(self.session.snapshot)

    def _part_changed(self, name: str) -> None:
        if name == "obs":
            self.show_obs()
        elif name == "storage":
            self.show_storage()
        elif name == "questions":
            self.questions.refresh()

    def show_obs(self) -> None:
        """The OBS strip from the state document (hidden while OBS is not set up)."""
        if not self.session.has_show:
            return
        document = self.session.document
        self.obs_panel.show_part(
            document.parts.get("obs"), self.session.rehearsal, document.show.tz
        )

    def speaker_screen_gone(self, name: str) -> None:
        """The speaker display's screen was unplugged: it hides, the console says so."""
        text = self.tr(
            "The speaker screen %1 is gone: the speaker display is hidden and comes back "
            "there when the screen does (F11 shows it elsewhere)."
        )
        self.banner.show_notice(text.replace("%1", name), theme.SPEAKER_SCREEN_GONE.name())

    def speaker_screen_back(self, name: str) -> None:
        self.banner.hide()
        text = self.tr("The speaker screen %1 is back: the speaker display is on it again.")
        self.statusBar().showMessage(text.replace("%1", name), 8000)

    def show_resume_notice(self, info: ResumeInfo) -> None:
        self.banner.show_resume(info, self.session.engine.show.tz)

    def _show_tz(self) -> ZoneInfo | None:
        return self.session.engine.show.tz if self.session.has_show else None

    def show_storage(self) -> None:
        """The storage part: the red banner while something cannot be written, and the
        notices (a damaged journal or run store set aside, history off) once each."""
        if not self.session.has_show:
            return
        part = self.session.document.parts.get("storage")
        was_showing = self.storage_banner.isVisible()
        self.storage_banner.show_part(part)
        if was_showing and not self.storage_banner.isVisible():
            self.statusBar().showMessage(
                self.tr("Storage works again: everything is written."), 8000
            )
        notices = list(part.get("notices", [])) if isinstance(part, dict) else []
        if len(notices) > self._notices_shown:
            self.banner.show_storage_notices(notices[self._notices_shown :])
            self._notices_shown = len(notices)

    # ------------------------------------------------------------ the question queue

    def show_quick_add(self) -> None:
        """Q: the quick-add field, the panel shown first if it was closed."""
        self.questions_dock.show()
        self.questions_dock.raise_()
        self.questions.focus_quick_add()

    def import_survey(self) -> SurveyImportDialog | None:
        """Questions > Import survey…: choose a CSV file, preview and map its columns."""
        service = self.questions.service
        if service is None or not self.session.has_show:
            return None
        from runofshow.qt.console.survey_dialog import ask_survey_path  # the CSV reader with it

        path = ask_survey_path(self)
        if path is None:
            return None
        return self.open_survey(path)

    def open_survey(self, path: Path) -> SurveyImportDialog | None:
        service = self.questions.service
        if service is None or not self.session.has_show:
            return None
        segments = [
            (s.id, f"{i}. {s.title}")
            for i, s in enumerate(self.session.engine.show.segments, start=1)
        ]
        from runofshow.qt.console.survey_dialog import SurveyImportDialog

        dialog = SurveyImportDialog(path, service, segments, self.questions.shown_segment(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._survey_imported(dialog))
        dialog.show()
        return dialog

    def _survey_imported(self, dialog: SurveyImportDialog) -> None:
        if dialog.imported is None:
            return
        added, duplicates = dialog.imported
        self.statusBar().showMessage(
            self.tr("Imported %1 questions (%2 already there).")
            .replace("%1", str(added))
            .replace("%2", str(duplicates)),
            6000,
        )

    # ------------------------------------------------------------ small handlers

    def focus_home(self) -> None:
        """Give the keys back to the console shortcuts."""
        central = self.centralWidget()
        if central is not None:
            central.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_step(self, step: int) -> None:
        if not self.session.has_show:
            return
        canvas = self.timeline.canvas
        start = canvas.selected if canvas.selected >= 0 else self.session.snapshot.index
        canvas.select(start + step if canvas.selected >= 0 else start)
        self.timeline.ensureVisible(canvas.block_rect(canvas.selected).center().x(), 0, 120, 0)

    def _save_zoom(self) -> None:
        self.settings.set(TIMELINE_ZOOM, self.timeline.zoom)

    def _toggle_rehearsal(self, on: bool) -> None:
        """Rehearsal has its own engine. A live show on air is never abandoned for it (the
        session refuses); a running rehearsal is left only after asking."""
        if self.session.live_on_air:
            self.statusBar().showMessage(
                self.tr("The live show is on air: end it (Ctrl+E) or reset it to rehearse."), 5000
            )
        elif (
            self.commands.may_replace_engine(self.tr("Leave rehearsal"))
            and self.session.set_rehearsal(on) is False
        ):
            self.statusBar().showMessage(self.tr("Cannot switch rehearsal mode now."), 5000)
        self.controls["rehearsal"].setChecked(self.session.rehearsal)

    def rehearse_selected_segment(self) -> None:
        """A speaker practises one talk: the selected timeline block (else the current
        segment) becomes a rehearsal of its own, with a lap per cue card."""
        segment_id = self.timeline.canvas.selected_id() or self.session.snapshot.segment.id
        if self.session.live_on_air:
            self.statusBar().showMessage(
                self.tr("The live show is on air: end it (Ctrl+E) or reset it to rehearse."), 5000
            )
        elif self.commands.may_replace_engine(self.tr("Rehearse one segment")):
            self.session.rehearse_segment(segment_id)
        self.controls["rehearsal"].setChecked(self.session.rehearsal)

    def show_shortcuts(self) -> None:
        self.shortcuts_sheet = ShortcutsSheet(self.controls, self)
        self.shortcuts_sheet.show()

    # ------------------------------------------------------------ files

    def open_path(self, path: Path) -> bool:
        if not self.commands.may_replace_engine(self.tr("Open another show")):
            return False
        if not self.session.open(path):
            return False
        self.recent.add(Path(path))
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", Path(path).name), 4000)
        return True

    def _open_dialog(self) -> None:
        current = self.session.show_path if self.session.has_show else None
        path = ask_open_path(self, current)
        if path is not None:
            self.open_path(path)

    def show_load_errors(self, path: str, errors: list[LocatedError]) -> None:
        if not self.session.has_show:  # nothing open: the console itself shows why
            self.no_show.show_errors(path, errors)
            self._show_panels(False)
            self._update_title()
            return
        if self.error_dialog is not None:
            self.error_dialog.close()
        self.error_dialog = LoadErrorDialog(path, errors, self)
        self.error_dialog.destroyed.connect(lambda: setattr(self, "error_dialog", None))
        self.error_dialog.show()

    def _reloaded(self, notes: list[str]) -> None:
        text = self.tr("Show file reloaded.")
        self.statusBar().showMessage(" ".join([text, *notes]), 8000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if show_paths_from_mime(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = show_paths_from_mime(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.open_path(paths[0])

    # ------------------------------------------------------------ geometry

    def _restore(self) -> None:
        # The tall arrangement's proportions (PanelArrangement); a saved layout overrides them.
        restore_layout(self, [self.top, self.main], self.settings)
        self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """A short window (1280x720): cue cards down beside the notes, the toolbar down the
        left side and no timeline scroll bar, so the countdown keeps its size."""
        compact = self.height() < COMPACT_BELOW
        if not self.panels.arrange(compact):
            return
        area = Qt.ToolBarArea.LeftToolBarArea if compact else Qt.ToolBarArea.TopToolBarArea
        if self.toolBarArea(self.toolbar) != area:
            self.removeToolBar(self.toolbar)
            self.addToolBar(area, self.toolbar)
            self.toolbar.show()
        self.timeline.set_compact(compact)
        self._fit_questions_dock(compact)
        if self.session.has_show:
            self.timeline.ensure_current_visible()

    def _fit_questions_dock(self, compact: bool) -> None:
        """The question dock follows the panels' rule: on a short window it keeps only the
        width it needs, so the cue cards keep whole titles beside four lines of notes; a
        tall window gives it back the width it had."""
        dock = self.questions_dock
        if dock.isFloating():
            return
        if compact:
            if dock.isVisible():  # laid out: its width is the operator's
                self._questions_width = dock.width()
            width = dock.minimumSizeHint().width()
        else:
            width = self._questions_width
        # Once the window's own layout has taken the new size, or the dock gets a share of it.
        QTimer.singleShot(
            0, self, lambda: self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        )

    def save_layout(self) -> None:
        if not self.panels.compact:  # the short arrangement is derived, not remembered
            save_layout(self, [self.top, self.main], self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
