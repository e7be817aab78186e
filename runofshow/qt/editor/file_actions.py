"""The editor's file actions: new from the template, open, save (checked by the loader,
atomic, with a backup), save as a copy, a file changed behind the editor's back, CSV
import and export, the run sheet. A mixin of EditorWindow, which supplies ``doc`` and the
dialogs' parent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimeZone
from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from runofshow.core.atomic import write_atomically
from runofshow.core.roundtrip import RoundTripError
from runofshow.core.rundown_csv import export_csv
from runofshow.core.showdoc import ShowDocument
from runofshow.core.showsave import FileChanged, SaveRefused
from runofshow.core.templates import talks_and_panel
from runofshow.qt.editor.document import EditorDocument
from runofshow.qt.validation_messages import translate_error, translate_message


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


class FileActions(QMainWindow):
    """File menu behaviour for the editor window."""

    doc: EditorDocument

    def _update_title(self) -> None:  # the window's
        raise NotImplementedError

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
            write_atomically(path, export_csv(self.doc.document, self.doc.show), keep_mode=True)
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
        if not name:
            return
        layout = self.ask_page_layout()
        if layout is not None:
            self.export_pdf_to(Path(name), layout=layout)

    def ask_page_layout(self) -> QPageLayout | None:
        """Paper size and orientation for the PDF (A4 or Letter first, by the locale)."""
        from runofshow.qt.editor.page_dialog import PageDialog

        dialog = PageDialog(self)
        return dialog.layout_chosen() if dialog.exec() else None

    def export_pdf_to(self, path: Path, *, layout: QPageLayout | None = None) -> int:
        from runofshow.qt.runsheet import default_page, write_pdf

        if self.doc.show is None:
            self._show_error(tr("Fix the show's problems before printing"), "")
            return 0
        try:
            return write_pdf(self.doc.show, path, page=default_page(), layout=layout)
        except OSError as error:
            self._show_error(tr("The PDF file could not be written"), str(error.strerror or error))
            return 0
