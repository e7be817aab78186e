"""Paper size and orientation for File › Export run sheet as PDF (Qt's page set-up dialog
works only with a native printer, not with a PDF file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from runofshow.qt.runsheet import PAGE_SIZES, default_page, page_layout


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


class PageDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageDialog")
        self.setWindowTitle(tr("Run sheet paper"))
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        self.paper.addItem(tr("A4"), "a4")
        self.paper.addItem(tr("Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(default_page()))
        self.orientation = QComboBox()
        self.orientation.setObjectName("orientation")
        self.orientation.addItem(tr("Portrait"), False)
        self.orientation.addItem(tr("Landscape"), True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Paper size"), self.paper)
        form.addRow(tr("Orientation"), self.orientation)
        form.addRow(buttons)

    def layout_chosen(self) -> QPageLayout:
        page = str(self.paper.currentData())
        assert page in PAGE_SIZES
        return page_layout(page, bool(self.orientation.currentData()))
