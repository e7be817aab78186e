"""A scrolling form of one object of the show (the show's own fields, or one segment's),
built from the format's schema; shows each field's problem and lock."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QScrollArea, QVBoxLayout, QWidget

from runofshow.core.located import FieldPath
from runofshow.core.showdoc import Problem
from runofshow.core.showschema import FieldSpec
from runofshow.qt.editor.document import EditorDocument
from runofshow.qt.editor.fields import FieldWidget, Host, ObjectField, all_fields
from runofshow.qt.validation_messages import translate_message


class FormPanel(QScrollArea):
    def __init__(self, doc: EditorDocument, spec: FieldSpec) -> None:
        super().__init__()
        self.doc, self.spec = doc, spec
        self.setWidgetResizable(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        # the body's minimum follows its fields, so the scroll area never squeezes them when
        # a field grows without the area being resized (a list's item editor, a lock change)
        self.body_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.body_layout.addStretch(1)
        self.setWidget(self.body)
        self.form: ObjectField | None = None

    def bind(self, path: FieldPath | None) -> None:
        """Edit the object at ``path`` (None: nothing)."""
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
            self.form = None
        if path is None:
            return
        self.form = ObjectField(self.spec, path, Host(self.doc), titled=False)
        self.body_layout.insertWidget(0, self.form)
        self.update_state()

    @property
    def path(self) -> FieldPath | None:
        return self.form.path if self.form is not None else None

    def fields(self) -> list[FieldWidget]:
        return all_fields([self.form]) if self.form is not None else []

    def refresh(self) -> None:
        if self.form is not None:
            self.form.refresh()
        self.update_state()

    def update_state(self) -> None:
        """Problems and locks on every field shown."""
        by_field: dict[FieldPath, list[str]] = {}
        for problem in self.doc.problems:
            by_field.setdefault(problem.field, []).append(translate_message(problem.message))
        for widget in self.fields():
            messages = by_field.get(widget.path)
            widget.set_problem("\n".join(messages) if messages else None)
            if widget is not self.form:
                widget.set_locked(self.doc.locked(widget.path))

    def show_problem(self, problem: Problem) -> FieldWidget | None:
        """Focus the field a problem points at, if it is on this form."""
        for widget in self.fields():
            if widget.path == problem.field:
                self.ensureWidgetVisible(widget)
                widget.setFocus()
                editor = getattr(widget, "editor", None)
                if isinstance(editor, QWidget):
                    editor.setFocus()
                return widget
        return None
