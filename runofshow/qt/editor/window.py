"""The show editor's window: composes the panels (segments, the selected segment, the
show, problems, the on-air bar) and wires the File and Edit menus. The logic lives in
EditorDocument (edits, checks, the running show) and runofshow.core (saving, CSV)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, QTimeZone, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from runofshow.app.session import ShowSession
from runofshow.core.atomic_write import write_atomic
from runofshow.core.roundtrip import RoundTripError
from runofshow.core.rundown_csv import export_csv
from runofshow.core.showdoc import Problem, ShowDocument
from runofshow.core.showsave import FileChanged, SaveRefused
from runofshow.core.showschema import FormatSpec
from runofshow.core.snapshot import Snapshot
from runofshow.core.templates import talks_and_panel
from runofshow.qt.editor.document import ON_AIR, EditorDocument
from runofshow.qt.editor.form_panel import FormPanel
from runofshow.qt.editor.live_panel import LivePanel
from runofshow.qt.editor.problems_panel import ProblemsPanel
from runofshow.qt.editor.segments_panel import SegmentsPanel
from runofshow.qt.validation_messages import translate_error, translate_message

POLL_MS = 1000
"""How often the editor looks whether its file changed on disk."""


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def template_document() -> ShowDocument:
    """A new, unsaved show: talks and a panel, starting tomorrow at 13:00 here."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    try:
        from zoneinfo import ZoneInfo

        tz = ZoneInfo(zone)
    except Exception:
        zone, tz = "UTC", None
    from datetime import UTC

    now = datetime.now(tz or UTC)
    start = (now + timedelta(days=1)).replace(hour=13, minute=0, second=0, microsecond=0)
    words = {
        "show": tr("New show"),
        "opening": tr("Opening"),
        "talk": tr("Talk"),
        "panel": tr("Panel discussion"),
        "closing": tr("Closing"),
    }
    return ShowDocument(talks_and_panel(start, zone, words))


class EditorWindow(QMainWindow):
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

    # ------------------------------------------------------------ files

    def _may_discard(self) -> bool:
        if not self.doc.dirty:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel (the default) for unsaved edits."""
        return QMessageBox.question(
            self,
            tr("Unsaved changes"),
            tr("Save the changes to this show first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )

    def new_from_template(self) -> None:
        if self._may_discard():
            self.doc.replace_document(template_document())

    def open_dialog(self) -> None:
        if not self._may_discard():
            return
        name, _filter = QFileDialog.getOpenFileName(
            self, tr("Open show"), str(self.doc.path or ""), tr("Show files (*.yaml *.yml)")
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        try:
            text = path.read_text(encoding="utf-8")
            document = ShowDocument(text, path)
        except (OSError, UnicodeDecodeError, RoundTripError) as error:
            self._show_error(tr("This file cannot be edited"), str(error))
            return False
        self.doc.replace_document(document)
        return True

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_copy()
        if self.doc.problems and not self._confirm_problems():
            return False
        try:
            self.doc.save()
        except FileChanged:
            return self.resolve_conflict()
        except SaveRefused as refused:
            details = "\n".join(translate_error(e) for e in refused.errors)
            self._show_error(translate_message(refused.message), details)
            return False
        except OSError as error:
            self._show_error(tr("The show could not be saved"), str(error.strerror or error))
            return False
        self.statusBar().showMessage(
            tr("Saved; the previous version is kept as %1").replace(
                "%1", self.doc.path.name + ".bak" if self.doc.path else ""
            ),
            5000,
        )
        return True

    def save_copy(self) -> bool:
        start = self.doc.path.with_name(self.doc.path.stem + "-copy.yaml") if self.doc.path else ""
        name, _filter = QFileDialog.getSaveFileName(
            self, tr("Save show as"), str(start), tr("Show files (*.yaml *.yml)")
        )
        return bool(name) and self.save_as(Path(name))

    def save_as(self, path: Path) -> bool:
        try:
            self.doc.save(path)
        except SaveRefused as refused:
            details = "\n".join(translate_error(e) for e in refused.errors)
            self._show_error(translate_message(refused.message), details)
            return False
        except (OSError, FileChanged) as error:
            self._show_error(tr("The show could not be saved"), str(error))
            return False
        self._update_title()
        return True

    def _confirm_problems(self) -> bool:
        answer = QMessageBox.question(
            self,
            tr("The show has problems"),
            tr(
                "The show has problems (%1); the app cannot run it until they are fixed. Save anyway?"  # noqa: E501
            ).replace("%1", str(len(self.doc.problems))),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def check_disk(self) -> None:
        """The file changed behind the editor's back: take it when nothing is unsaved,
        else ask (never overwrite it silently)."""
        if self._asking or not self.doc.changed_on_disk():
            return
        if not self.doc.dirty:
            try:
                self.doc.reload_from_disk()
            except (OSError, RoundTripError, UnicodeDecodeError):
                return
            self.statusBar().showMessage(tr("The file changed on disk and was read again"), 5000)
            return
        self.resolve_conflict()

    def resolve_conflict(self) -> bool:
        """Ask: reload (discard my edits), or save my edits as a copy."""
        self._asking = True
        try:
            box = QMessageBox(self)
            box.setObjectName("conflictQuestion")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(tr("The file changed on disk"))
            box.setText(
                tr("Someone else changed %1 while you were editing it.").replace(
                    "%1", self.doc.path.name if self.doc.path else ""
                )
            )
            reload = box.addButton(
                tr("Reload (discard my edits)"), QMessageBox.ButtonRole.DestructiveRole
            )
            copy = box.addButton(tr("Save my edits as a copy…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is reload:
                self.doc.reload_from_disk()
                return False
            if box.clickedButton() is copy:
                return self.save_copy()
            return False
        finally:
            self._asking = False

    def _show_error(self, title: str, details: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, title, QMessageBox.StandardButton.Ok, self
        )
        box.setDetailedText(details)
        box.exec()

    # ------------------------------------------------------------ CSV and the run sheet

    def export_csv(self) -> None:
        start = self.doc.path.with_suffix(".csv") if self.doc.path else Path("rundown.csv")
        name, _filter = QFileDialog.getSaveFileName(
            self, tr("Export CSV"), str(start), tr("CSV files (*.csv)")
        )
        if name:
            self.export_csv_to(Path(name))

    def export_csv_to(self, path: Path) -> None:
        try:
            write_atomic(path, export_csv(self.doc.document, self.doc.show))
        except OSError as error:
            self._show_error(tr("The CSV file could not be written"), str(error.strerror or error))

    def import_csv(self) -> None:
        from runofshow.qt.editor.csv_import import CsvImportDialog

        if not self._may_discard():
            return
        name, _filter = QFileDialog.getOpenFileName(
            self, tr("Import CSV"), "", tr("CSV files (*.csv *.txt)")
        )
        if not name:
            return
        dialog = CsvImportDialog(Path(name), self)
        if dialog.exec() and dialog.result_text is not None:
            self.doc.replace_document(ShowDocument(dialog.result_text))

    def print_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from runofshow.qt.runsheet import render

        if self.doc.show is None:
            self._show_error(tr("Fix the show's problems before printing"), "")
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            render(self.doc.show, printer)

    def export_pdf(self) -> None:
        start = self.doc.path.with_suffix(".pdf") if self.doc.path else Path("run-sheet.pdf")
        name, _filter = QFileDialog.getSaveFileName(
            self, tr("Export run sheet as PDF"), str(start), tr("PDF files (*.pdf)")
        )
        if name:
            self.export_pdf_to(Path(name))

    def export_pdf_to(self, path: Path, *, page: str = "a4", landscape: bool = False) -> int:
        from runofshow.qt.runsheet import write_pdf

        if self.doc.show is None:
            self._show_error(tr("Fix the show's problems before printing"), "")
            return 0
        try:
            return write_pdf(self.doc.show, path, page=page, landscape=landscape)
        except OSError as error:
            self._show_error(tr("The PDF file could not be written"), str(error.strerror or error))
            return 0

    # ------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_discard():
            event.ignore()
            return
        if self.doc.dirty and self.doc._runs_this_file() and self.session is not None:
            self.session.reload()  # the running show goes back to what the file says
        self.poll.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.closed.emit()
        super().closeEvent(event)


def on_air(snapshot: Snapshot) -> bool:
    return snapshot.status in ON_AIR
