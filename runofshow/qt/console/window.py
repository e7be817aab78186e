"""The operator console: composes the panels and wires actions, session and controller.

Behaviour lives in the panels (what is shown) and in ConsoleCommands (what keys do).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from runofshow.core.engine import ActionResult
from runofshow.core.errors import LocatedError
from runofshow.core.journal import ResumeInfo
from runofshow.core.snapshot import Snapshot, Status
from runofshow.qt import theme
from runofshow.qt.console.banner import NoticeBanner
from runofshow.qt.console.commands import ConsoleCommands, action_name
from runofshow.qt.console.confirm import Confirm, ask
from runofshow.qt.console.controls import Controls
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
from runofshow.qt.console.notes import NotesPanel
from runofshow.qt.console.now_next import NowNextPanel
from runofshow.qt.console.shortcuts_sheet import ShortcutsSheet
from runofshow.qt.console.timeline import Timeline
from runofshow.qt.controller import ShowController
from runofshow.qt.locale_format import format_date
from runofshow.qt.session import ShowSession
from runofshow.qt.settings import NOTES_MODE, TIMELINE_ZOOM, Settings

TOOLBAR = ("go", "previous", "next", "remove_minute", "add_minute", "undo", "redo",
           "previous_cue", "next_cue", "notes", "speaker_window", "end_show")  # fmt: skip
MENUS = {
    "File": ("open", "recent", None, "preferences", None, "quit"),
    "Show": ("go", "next", "previous", None, "goto_selected", "select_next", "select_previous",
             None, "undo", "redo", None, "rehearsal", "rehearse_segment", "end_show", "reset"),
    "Time": ("add_minute", "remove_minute"),
    "Speaker": ("next_cue", "previous_cue", None, "focus_message", "send_message",
                "clear_message", "blackout", None, "speaker_window"),
    "View": ("notes", "next_notes", None, "zoom_in", "zoom_out", "zoom_fit", None, "history",
             "browser_views"),
    "Help": ("shortcuts",),
}  # fmt: skip


class ConsoleWindow(QMainWindow):
    speakerWindowRequested = Signal()
    historyRequested = Signal()
    browserViewsRequested = Signal()
    preferencesRequested = Signal()

    def __init__(
        self,
        session: ShowSession,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        confirm: Confirm = ask,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consoleWindow")
        self.session, self.settings, self.confirm = session, settings, confirm
        self._controller: ShowController | None = None
        self.controls = Controls(self)
        self.commands = ConsoleCommands(self, lambda: self.session.controller, lambda: self.confirm)
        self.recent = RecentFiles(settings, self.open_path)
        self.error_dialog: LoadErrorDialog | None = None
        self.shortcuts_sheet: ShortcutsSheet | None = None

        c = self.controls
        self.banner = NoticeBanner()
        self.countdown = CountdownPanel()
        self.now_next = NowNextPanel()
        self.cues = CueCardsPanel()
        self.notes = NotesPanel(settings.get(NOTES_MODE))
        self.message_bar = MessageBar(c["send_message"], c["clear_message"], c["blackout"])
        self.timeline = Timeline(settings.get(TIMELINE_ZOOM))
        self.file_label = QLabel()
        self.mode_label = QLabel()
        self.mode_label.setStyleSheet(
            f"background: {theme.REHEARSAL.name()}; color: #111; font-weight: bold; padding: 0 8px;"
        )
        self._build_layout()
        self._build_menus()
        self._wire()
        self.setAcceptDrops(True)
        self._restore()
        if session.has_show:
            self._attach(session.controller)

    # ------------------------------------------------------------ composition

    def _build_layout(self) -> None:
        self.top = QSplitter(Qt.Orientation.Horizontal)
        for widget, stretch in ((self.countdown, 5), (self.now_next, 4), (self.cues, 4)):
            self.top.addWidget(widget)
            self.top.setStretchFactor(self.top.count() - 1, stretch)
        self.main = QSplitter(Qt.Orientation.Vertical)
        self.main.addWidget(self.top)
        self.main.addWidget(self.notes)
        self.main.setStretchFactor(0, 3)
        self.main.setStretchFactor(1, 2)
        for splitter in (self.top, self.main):
            splitter.setChildrenCollapsible(False)
        central = QWidget()
        central.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.banner)
        layout.addWidget(self.main, 1)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.timeline)
        self.setCentralWidget(central)
        self.toolbar = toolbar = QToolBar()
        toolbar.setObjectName("controlsToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in TOOLBAR:
            toolbar.addAction(self.controls[name])
        self.addToolBar(toolbar)
        self.statusBar().addPermanentWidget(self.mode_label)
        self.statusBar().addPermanentWidget(self.file_label)

    def _build_menus(self) -> None:
        self.menus: dict[str, QMenu] = {}
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
        self._retranslate()

    def _retranslate(self) -> None:
        self.mode_label.setText(self.tr("REHEARSAL"))
        titles = {"File": self.tr("&File"), "Show": self.tr("&Show"), "Time": self.tr("&Time"),
                  "Speaker": self.tr("S&peaker"), "View": self.tr("&View"),
                  "Help": self.tr("&Help")}  # fmt: skip
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.toolbar.setWindowTitle(self.tr("Controls"))
        self._update_title()

    def _update_title(self) -> None:
        """ "Kyash TechTalk #4 — 9月12日(月) — runofshow": the show and its date."""
        if self._controller is None:
            self.setWindowTitle("runofshow")
            return
        show = self._controller.engine.show
        title = self.tr("%1 — %2 — runofshow").replace("%1", show.title)
        self.setWindowTitle(title.replace("%2", format_date(show.starts_at.astimezone(show.tz))))

    def changeEvent(self, event: QEvent) -> None:
        """A language switch: static texts now, the rest with the next snapshot."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "menus"):
            self._retranslate()
            self.controls.retranslate()
            if self.session.has_show:
                self.show_snapshot(self.session.controller.snapshot)

    def _wire(self) -> None:
        c, cmd, canvas = self.controls, self.commands, self.timeline.canvas
        simple = {
            "go": cmd.go, "next": cmd.next, "previous": cmd.previous, "undo": cmd.undo,
            "redo": cmd.redo, "add_minute": cmd.add_minute, "remove_minute": cmd.remove_minute,
            "next_cue": cmd.next_cue, "previous_cue": cmd.previous_cue,
            "end_show": cmd.end_show, "reset": cmd.reset, "clear_message": cmd.clear_message,
            "notes": self.notes.toggle_mode, "next_notes": self.notes.toggle_preview,
            "speaker_window": self.speakerWindowRequested.emit,
            "history": self.historyRequested.emit, "open": self._open_dialog,
            "browser_views": self.browserViewsRequested.emit,
            "rehearse_segment": self.rehearse_selected_segment,
            "preferences": self.preferencesRequested.emit,
            "shortcuts": self.show_shortcuts, "quit": self.close,
            "goto_selected": lambda: cmd.goto(canvas.selected_id()),
            "select_next": lambda: self._select_step(1),
            "select_previous": lambda: self._select_step(-1),
            "focus_message": self.message_bar.field.setFocus,
            "send_message": self._send_message,
            "zoom_in": self.timeline.zoom_in, "zoom_out": self.timeline.zoom_out,
            "zoom_fit": self.timeline.zoom_to_fit,
        }  # fmt: skip
        for name, slot in simple.items():
            c[name].triggered.connect(slot)
        for name in ("zoom_in", "zoom_out", "zoom_fit"):
            c[name].triggered.connect(self._save_zoom)
        canvas.zoomRequested.connect(self._save_zoom)
        c["blackout"].triggered.connect(cmd.set_blackout)
        c["rehearsal"].triggered.connect(self._toggle_rehearsal)
        canvas.gotoRequested.connect(cmd.goto)
        self.notes.modeChanged.connect(lambda mode: self.settings.set(NOTES_MODE, mode))
        self.message_bar.field.escaped.connect(self.focus_home)
        cmd.statusMessage.connect(self.statusBar().showMessage)
        self.session.controllerChanged.connect(self._attach)
        self.session.loadFailed.connect(self.show_load_errors)
        self.session.reloaded.connect(self._reloaded)

    # ------------------------------------------------------------ controller

    def _attach(self, controller: ShowController) -> None:
        if self._controller is not None:
            try:
                self._controller.stateChanged.disconnect(self.show_snapshot)
                self._controller.actionDone.disconnect(self._action_done)
            except RuntimeError:  # already deleted: Qt dropped the connections itself
                pass
        self._controller = controller
        controller.stateChanged.connect(self.show_snapshot)
        controller.actionDone.connect(self._action_done)
        self.file_label.setText(self.session.show_path.name)
        self._update_title()
        if controller.resumed_from_crash is not None:
            self.show_resume_notice(controller.resumed_from_crash)
        self.show_snapshot(controller.snapshot)

    def show_snapshot(self, snap: Snapshot) -> None:
        """Show one snapshot everywhere (called on every tick and after every action)."""
        for panel in (self.countdown, self.now_next, self.cues, self.notes, self.message_bar):
            panel.show_snapshot(snap)
        self.timeline.show_snapshot(snap)
        self._update_actions(snap)

    def _update_actions(self, snap: Snapshot) -> None:
        c, engine = self.controls, self.session.controller.engine
        go = {Status.STANDBY: self.tr("GO: Start"), Status.RUNNING: self.tr("GO: Pause"),
              Status.PAUSED: self.tr("GO: Resume"), Status.ENDED: self.tr("GO")}  # fmt: skip
        c.set_text("go", go[snap.status])
        undo = engine.undo_label
        c.set_text("undo", self.tr("Undo %1").replace("%1", action_name(undo)) if undo
                   else self.tr("Undo"))  # fmt: skip
        redo = engine.redo_label
        c.set_text("redo", self.tr("Redo %1").replace("%1", action_name(redo)) if redo
                   else self.tr("Redo"))  # fmt: skip
        c["blackout"].setChecked(snap.blackout)
        c["rehearsal"].setChecked(self.session.rehearsal)
        self.mode_label.setVisible(snap.rehearsal)

    def _action_done(self, result: ActionResult) -> None:
        self.commands.report(result)
        self._update_actions(self.session.controller.snapshot)

    def show_resume_notice(self, info: ResumeInfo) -> None:
        self.banner.show_resume(info, self.session.controller.engine.show.tz)

    # ------------------------------------------------------------ small handlers

    def focus_home(self) -> None:
        """Give the keys back to the console shortcuts."""
        central = self.centralWidget()
        if central is not None:
            central.setFocus(Qt.FocusReason.OtherFocusReason)

    def _send_message(self) -> None:
        self.commands.send_message(*self.message_bar.take_message())
        self.focus_home()

    def _select_step(self, step: int) -> None:
        canvas = self.timeline.canvas
        start = canvas.selected if canvas.selected >= 0 else self.session.controller.snapshot.index
        canvas.select(start + step if canvas.selected >= 0 else start)
        self.timeline.ensureVisible(canvas.block_rect(canvas.selected).center().x(), 0, 120, 0)

    def _save_zoom(self) -> None:
        self.settings.set(TIMELINE_ZOOM, self.timeline.zoom)

    def _toggle_rehearsal(self, on: bool) -> None:
        """Rehearsal has its own engine. A live show on air is never abandoned for it (the
        session refuses); a running rehearsal is left only after asking."""
        if getattr(self.session, "live_on_air", False):
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
        segment_id = (
            self.timeline.canvas.selected_id() or self.session.controller.snapshot.segment.id
        )
        if getattr(self.session, "live_on_air", False):
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
        self.top.setSizes([390, 330, 320])  # proportions; a saved layout overrides them
        self.main.setSizes([600, 300])
        restore_layout(self, [self.top, self.main], self.settings)

    def save_layout(self) -> None:
        save_layout(self, [self.top, self.main], self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
