"""The show editor's window: composes the panels (segments, the selected segment, the
show, problems, the on-air bar) and wires the File and Edit menus. The logic lives in
EditorDocument (edits, checks, the running show), FileActions (the File menu) and
runofshow.core (saving, CSV)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from runofshow.app.session import ShowSession
from runofshow.core.showdoc import Problem, ShowDocument
from runofshow.core.showschema import FormatSpec
from runofshow.core.snapshot import Snapshot
from runofshow.qt.editor.document import EditorDocument
from runofshow.qt.editor.file_actions import FileActions
from runofshow.qt.editor.form_panel import FormPanel
from runofshow.qt.editor.live_panel import LivePanel
from runofshow.qt.editor.problems_panel import ProblemsPanel
from runofshow.qt.editor.segments_panel import SegmentsPanel

POLL_MS = 1000
"""How often the editor looks whether its file changed on disk."""


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


class EditorWindow(FileActions):
    closed = Signal()

    def __init__(
        self,
        document: ShowDocument,
        *,
        session: ShowSession | None = None,
        fmt: FormatSpec | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("editorWindow")
        self.session = session
        self.doc = EditorDocument(document, session=session, fmt=fmt, parent=self)
        self.segments = SegmentsPanel(self.doc)
        self.segment_form = FormPanel(self.doc, self.doc.fmt.segment)
        self.segment_form.setObjectName("segmentForm")
        self.show_form = FormPanel(self.doc, self.doc.fmt.show)
        self.show_form.setObjectName("showForm")
        self.problems = ProblemsPanel()
        self.live = LivePanel()
        self.tabs = QTabWidget()
        segment_page = QWidget()
        page_layout = QVBoxLayout(segment_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.live)
        page_layout.addWidget(self.segment_form)
        self.tabs.addTab(segment_page, "")
        self.tabs.addTab(self.show_form, "")
        left = QSplitter()
        left.setOrientation(left.orientation().Vertical)
        left.addWidget(self.segments)
        left.addWidget(self.problems)
        left.setSizes([520, 180])
        main = QSplitter()
        main.addWidget(left)
        main.addWidget(self.tabs)
        main.setSizes([560, 520])
        self.setCentralWidget(main)
        self.resize(1200, 780)
        self._build_menus()
        self._wire()
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.check_disk)
        self.poll.start()
        self._asking = False
        self._document_replaced()
        self.retranslate()

    # ------------------------------------------------------------ composition

    def _build_menus(self) -> None:
        self.actions_: dict[str, QAction] = {}
        specs = {
            "new": ("Ctrl+N", self.new_from_template),
            "open": ("Ctrl+O", self.open_dialog),
            "save": ("Ctrl+S", self.save),
            "save_copy": ("Ctrl+Shift+S", self.save_copy),
            "import_csv": ("", self.import_csv),
            "export_csv": ("", self.export_csv),
            "print": ("Ctrl+P", self.print_sheet),
            "export_pdf": ("", self.export_pdf),
            "close": ("Ctrl+W", self.close),
        }
        for name, (keys, slot) in specs.items():
            action = QAction(self)
            action.setObjectName(f"editor_{name}")
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.actions_[name] = action
        self.undo_action = self.doc.stack.createUndoAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.doc.stack.createRedoAction(self)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.file_menu = self.menuBar().addMenu("")
        for entry in ("new", "open", None, "save", "save_copy", None, "import_csv", "export_csv",
                      None, "print", "export_pdf", None, "close"):  # fmt: skip
            if entry is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(self.actions_[entry])
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

    def retranslate(self) -> None:
        texts = {
            "new": tr("&New from template"),
            "open": tr("&Open…"),
            "save": tr("&Save"),
            "save_copy": tr("Save as a &copy…"),
            "import_csv": tr("&Import CSV…"),
            "export_csv": tr("&Export CSV…"),
            "print": tr("&Print run sheet…"),
            "export_pdf": tr("Export run sheet as &PDF…"),
            "close": tr("Close"),
        }
        for name, text in texts.items():
            self.actions_[name].setText(text)
        self.file_menu.setTitle(tr("&File"))
        self.edit_menu.setTitle(tr("&Edit"))
        self.tabs.setTabText(0, tr("Segment"))
        self.tabs.setTabText(1, tr("Show"))
        self.segments.retranslate()
        self.problems.retranslate()
        self.live.retranslate()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self.retranslate()
            self.problems.show_problems(self.doc.problems)
            self.segment_form.update_state()
            self.show_form.update_state()

    def _wire(self) -> None:
        self.doc.changed.connect(self._changed)
        self.doc.problemsChanged.connect(self._problems)
        self.doc.dirtyChanged.connect(lambda _dirty: self._update_title())
        self.doc.replaced.connect(self._document_replaced)
        self.segments.selected.connect(self._segment_selected)
        self.problems.activated.connect(self.go_to_problem)
        self.live.remainingRequested.connect(self._set_remaining)
        self.live.problem.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self._unsubscribe = (
            self.session.subscribe(self._session_event) if self.session is not None else None
        )

    # ------------------------------------------------------------ reacting

    def _document_replaced(self) -> None:
        self.segments.refresh(self._problem_rows())
        self.segments.select(0)
        self._segment_selected(self.segments.current())
        self.show_form.bind(("show",))
        self.problems.show_problems(self.doc.problems)
        self._update_title()
        self._update_live()

    def _segment_selected(self, row: int) -> None:
        path = ("segments", row) if row >= 0 else None
        if self.segment_form.path != path:
            self.segment_form.bind(path)
        if hasattr(self, "live"):
            self._update_live()

    def _changed(self, paths: list[tuple[object, ...]], structure: bool) -> None:
        if structure and any(p == ("segments",) for p in paths):
            self.segments.refresh(self._problem_rows())
            self._segment_selected(self.segments.current())
            self.segment_form.bind(self.segment_form.path)
        else:
            self.segments.refresh(self._problem_rows())
        self.segment_form.refresh()
        self.show_form.refresh()

    def _problems(self, problems: list[Problem]) -> None:
        self.problems.show_problems(problems)
        self.segment_form.update_state()
        self.show_form.update_state()

    def _problem_rows(self) -> set[int]:
        return {
            p.path[1]
            for p in self.doc.problems
            if len(p.path) > 1 and p.path[0] == "segments" and isinstance(p.path[1], int)
        }

    def go_to_problem(self, problem: Problem) -> None:
        path = problem.field
        if path[:1] == ("segments",) and len(path) > 1 and isinstance(path[1], int):
            self.tabs.setCurrentIndex(0)
            self.segments.select(path[1])
            self._segment_selected(path[1])
            self.segment_form.show_problem(problem)
        elif path[:1] == ("show",):
            self.tabs.setCurrentIndex(1)
            self.show_form.show_problem(problem)

    def _update_title(self) -> None:
        name = self.doc.path.name if self.doc.path is not None else tr("New show")
        assert name is not None
        mark = "*" if self.doc.dirty else ""
        self.setWindowTitle(tr("%1%2 — Show editor").replace("%1", name).replace("%2", mark))

    def _session_event(self, event: object) -> None:
        from runofshow.app.events import SnapshotChanged

        if isinstance(event, SnapshotChanged):
            self._update_live(event.snapshot)

    def _update_live(self, snapshot: Snapshot | None = None) -> None:
        current = self.doc.current_index()
        self.live.setVisible(current is not None and self.segments.current() == current)
        if current is not None and self.session is not None:
            self.live.show_snapshot(snapshot or self.session.snapshot)
        was_locked = getattr(self, "_was_on_air", None)
        on_air = current is not None
        if was_locked != (on_air, current):
            self._was_on_air = (on_air, current)
            self.segment_form.update_state()
            self.show_form.update_state()
            self.segments.refresh(self._problem_rows())

    def _set_remaining(self, ms: int) -> None:
        outcome = self.doc.set_remaining(ms)
        if outcome is not None and not outcome.ok:
            self.statusBar().showMessage(outcome.message, 5000)

    # ------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_discard():
            event.ignore()
            return
        self.doc.discard_live_edits()
        self.poll.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.closed.emit()
        super().closeEvent(event)
