"""The console's question queue: the question on air, the queue of one segment, quick-add.

What the operator does goes through the command table like every other action (the keys
come from it: F6 next question, F7 answered, F8 skip, F9 back to queue, Ctrl+Alt+Z the
queue's own undo); this panel only supplies the arguments (the selected question, the
text typed). Q jumps to the quick-add field (paste a chat line, Enter queues it); the
list reorders by drag and drop or Alt+Up / Alt+Down; Enter or a double-click puts the
selected question on air.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from runofshow.app.outcome import Outcome, Surface
from runofshow.app.session import ShowSession
from runofshow.core.durations import format_duration
from runofshow.core.rules_questions import MAX_ASKER, MAX_QUESTION_TEXT
from runofshow.core.snapshot import Snapshot
from runofshow.qt import theme
from runofshow.qt.console.commands import action_name, lower_first
from runofshow.qt.console.controls import Controls
from runofshow.qt.console.labels import ElidedLabel, LinesLabel, set_style
from runofshow.questions.model import Question, Source, Status
from runofshow.questions.service import RESEED, QuestionService

# Commands whose arguments this panel supplies (the console window asks it).
PROVIDED = frozenset(
    {"question_add", "question_on_air", "question_answered", "question_skipped",
     "question_queued"}
)  # fmt: skip
ON_AIR_BG = theme.QUESTION_ON_AIR_BG
ON_AIR_TEXT = theme.QUESTION_ON_AIR
ID_ROLE = Qt.ItemDataRole.UserRole
ROW_CHARS = 70  # a queue row: a long question is cut with "…" so the others stay in view
ON_AIR_LINES = 5  # the question on air: longer ones end in "…" (the full text is the tooltip)


def question_service(session: ShowSession) -> QuestionService | None:
    return next((s for s in session.services if isinstance(s, QuestionService)), None)


class QuickAddField(QLineEdit):
    """Esc clears the field and gives the keys back to the console.

    Like the message field it takes the keys only by its key (Q) or a click, never by Tab,
    so Space and the arrows stay with the show; Tab inside moves to its partner (the
    question and its asker) and never out."""

    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.partner: QuickAddField | None = None

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.partner is None:
            return super().focusNextPrevChild(next)
        self.partner.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class QueueList(QListWidget):
    """The questions of one segment; drag to reorder, Enter puts one on air."""

    activatedQuestion = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionQueue")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setFont(theme.ui_font(12))
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.itemActivated.connect(lambda item: self.activatedQuestion.emit(item.data(ID_ROLE)))

    def selected_id(self) -> str | None:
        items = self.selectedItems()
        return str(items[0].data(ID_ROLE)) if items else None


class QuestionsPanel(QFrame):
    statusMessage = Signal(str, int)
    escaped = Signal()

    def __init__(
        self, session: ShowSession, controls: Controls, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionsPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.session = session
        self.service = question_service(session)
        self.controls = controls
        self._rows: tuple[tuple[object, ...], ...] = ()
        self._rebuilding = False
        self._last_on_air: str | None = None

        self.segment_box = QComboBox()
        self.segment_box.setObjectName("questionSegment")
        self.segment_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.segment_box.setMinimumContentsLength(12)
        self.segment_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.segment_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.counts = ElidedLabel()
        self.counts.setFont(theme.ui_font(11))
        set_style(self.counts, f"color: {theme.TEXT_DIM.name()};")

        self.on_air_box = QFrame()
        self.on_air_box.setObjectName("questionOnAir")
        self.on_air_title = QLabel()
        self.on_air_title.setFont(theme.ui_font(11))
        self.on_air_time = QLabel()
        self.on_air_time.setFont(theme.digits_font(18))
        self.on_air_text = LinesLabel(ON_AIR_LINES)
        self.on_air_text.setFont(theme.ui_font(15))
        self.on_air_asker = ElidedLabel()
        self.on_air_asker.setFont(theme.ui_font(11))
        self.show_asker = QCheckBox()
        self.show_asker.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_asker.clicked.connect(self._asker_clicked)
        head = QHBoxLayout()
        head.addWidget(self.on_air_title, 1)
        head.addWidget(self.on_air_time)
        foot = QHBoxLayout()
        foot.addWidget(self.on_air_asker, 1)
        foot.addWidget(self.show_asker)
        box = QVBoxLayout(self.on_air_box)
        box.setContentsMargins(10, 6, 10, 6)
        box.addLayout(head)
        box.addWidget(self.on_air_text)
        box.addLayout(foot)
        box.addLayout(self._buttons("question_answered", "question_skipped", "question_queued"))

        self.list = QueueList()
        self.list.activatedQuestion.connect(self._put_on_air)
        self.list.model().rowsMoved.connect(self._rows_moved)

        self.quick_add = QuickAddField()
        self.quick_add.setObjectName("questionQuickAdd")
        self.quick_add.setMaxLength(MAX_QUESTION_TEXT)
        self.quick_add.setFont(theme.ui_font(13))
        self.quick_add.setMinimumHeight(32)
        self.quick_add.setClearButtonEnabled(True)
        self.quick_add.returnPressed.connect(
            lambda: self.controls["question_add"].trigger_from(Surface.KEYBOARD)
        )
        self.quick_add.escaped.connect(self.escaped.emit)
        self.asker_field = QuickAddField()
        self.asker_field.setMaxLength(MAX_ASKER)
        self.asker_field.setFont(theme.ui_font(11))
        self.asker_field.setMaximumWidth(140)
        self.asker_field.returnPressed.connect(self.quick_add.returnPressed.emit)
        self.asker_field.escaped.connect(self.escaped.emit)
        self.quick_add.partner, self.asker_field.partner = self.asker_field, self.quick_add
        adding = QHBoxLayout()
        adding.addWidget(self.quick_add, 1)
        adding.addWidget(self.asker_field)
        adding.addWidget(self._button("question_add"))

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setFont(theme.ui_font(10))
        set_style(self.notice, f"color: {theme.CAUTION.name()};")
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.segment_box)
        layout.addWidget(self.counts)
        layout.addWidget(self.on_air_box)
        layout.addWidget(self.list, 1)
        layout.addLayout(self._buttons("question_next", "import_survey"))
        layout.addLayout(self._buttons("question_undo", "question_redo"))
        layout.addLayout(adding)
        layout.addWidget(self.notice)
        self._retranslate()
        self.refresh()

    def sizeHint(self) -> QSize:
        return QSize(360, 640)  # the dock's first width (a 1366 px screen still fits)

    # ------------------------------------------------------------ building

    def _button(self, name: str) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(self.controls[name])
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(30)
        button.setObjectName(f"button_{name}")
        return button

    def _buttons(self, *names: str) -> QHBoxLayout:
        row = QHBoxLayout()
        for name in names:
            row.addWidget(self._button(name))
        row.addStretch(1)
        return row

    def _retranslate(self) -> None:
        self.quick_add.setPlaceholderText(self.tr("Question from the chat (Q)"))
        self.quick_add.setToolTip(
            self.tr("Q: type or paste a question from the chat; Enter adds it to the queue")
        )
        self.asker_field.setPlaceholderText(self.tr("Asker (optional)"))
        self.show_asker.setText(self.tr("Name on overlay"))
        self.show_asker.setToolTip(self.tr("Show who asked on the overlay's lower third"))
        self._fill_segments()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "list"):
            self._rows = ()
            self._retranslate()

    # ------------------------------------------------------------ following the session

    def engine_started(self) -> None:
        self._fill_segments()
        self.refresh()

    def _fill_segments(self) -> None:
        """ "Follow the show" first, then every segment of the engine's show."""
        box = self.segment_box
        chosen = box.currentData() if box.currentIndex() > 0 else None
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("Follow the show"), None)
        if self.session.has_show:
            for index, segment in enumerate(self.session.engine.show.segments, start=1):
                box.addItem(f"{index}. {segment.title}", segment.id)
        found = box.findData(chosen) if chosen is not None else -1
        box.setCurrentIndex(max(0, found))
        box.blockSignals(False)

    def shown_segment(self) -> str | None:
        chosen = self.segment_box.currentData()
        if chosen is not None:
            return str(chosen)
        return self.service.focus_segment() if self.service is not None else None

    def questions(self) -> tuple[Question, ...]:
        segment = self.shown_segment()
        if self.service is None or segment is None:
            return ()
        return self.service.queue.of(segment)

    def refresh(self) -> None:
        """Show the queue as the service has it (after any change, from any surface)."""
        if not hasattr(self, "list"):
            return
        service = self.service
        enabled = service is not None and self.session.has_show
        self.setEnabled(enabled)
        if not enabled or service is None:
            return
        if self.segment_box.currentIndex() == 0:
            focus = self.shown_segment()
            title = next((s.title for s in self.session.engine.show.segments if s.id == focus), "")
            text = self.tr("Follow the show: %1").replace("%1", title) if title else None
            self.segment_box.setItemText(0, text or self.tr("Follow the show"))
        questions = self.questions()
        self._fill_list(questions)
        on_air = next((q for q in questions if q.status is Status.ON_AIR), None)
        if on_air is not None and on_air.id != self._last_on_air:
            self._select(on_air.id)  # the selection follows the air: F8 skips what is on
        self._last_on_air = on_air.id if on_air is not None else None
        counts = {status: sum(q.status is status for q in questions) for status in Status}
        self.counts.set_full_text(
            self.tr("%1 waiting · %2 answered · %3 skipped")
            .replace("%1", str(counts[Status.QUEUED]))
            .replace("%2", str(counts[Status.ANSWERED]))
            .replace("%3", str(counts[Status.SKIPPED]))
        )
        self._show_on_air(on_air)
        self._update_undo_texts()
        problem = service.notice
        if service.unsaved is not None:
            text = self.tr(
                "The queue cannot be written: %1. It is kept and written as soon as the folder works again."  # noqa: E501
            )
            problem = text.replace("%1", service.unsaved)
        self.notice.setText(problem or "")
        self.notice.setVisible(bool(problem))

    def _fill_list(self, questions: tuple[Question, ...]) -> None:
        rows = tuple(
            (q.id, q.text, q.status, q.source, q.asker, q.tags, q.show_asker) for q in questions
        )
        if rows == self._rows:
            return
        self._rows = rows
        selected = self.list.selected_id()
        self._rebuilding = True
        self.list.clear()
        for number, question in enumerate(questions, start=1):
            item = QListWidgetItem(self._item_text(number, question))
            item.setData(ID_ROLE, question.id)
            item.setToolTip(question.text)
            self._style_item(item, question)
            self.list.addItem(item)
            if question.id == selected:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        self._rebuilding = False

    def _select(self, question_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == question_id:
                self.list.setCurrentItem(item)
                item.setSelected(True)
                return

    def _item_text(self, number: int, question: Question) -> str:
        details = [self.status_text(question.status), self.source_text(question.source)]
        if question.asker:
            details.append(question.asker)
        if question.tags:
            details.append(" ".join(f"#{tag}" for tag in question.tags))
        text = " ".join(question.text.split())  # one paragraph; the tooltip has it as written
        if len(text) > ROW_CHARS:
            text = text[: ROW_CHARS - 1] + "…"
        return f"{number}. {text}\n    {' · '.join(details)}"

    def _style_item(self, item: QListWidgetItem, question: Question) -> None:
        font = QFont(self.list.font())
        if question.status is Status.ON_AIR:
            font.setBold(True)
            item.setBackground(ON_AIR_BG)
        elif question.status in (Status.ANSWERED, Status.SKIPPED):
            item.setForeground(theme.TEXT_DIM)
            font.setStrikeOut(question.status is Status.SKIPPED)
        item.setFont(font)

    def status_text(self, status: Status) -> str:
        return {
            Status.QUEUED: self.tr("waiting"),
            Status.ON_AIR: self.tr("ON AIR"),
            Status.ANSWERED: self.tr("answered"),
            Status.SKIPPED: self.tr("skipped"),
        }[status]

    def source_text(self, source: Source) -> str:
        return {
            Source.SURVEY: self.tr("survey"),
            Source.CHAT: self.tr("chat"),
            Source.PREPARED: self.tr("prepared"),
        }[source]

    def _show_on_air(self, question: Question | None) -> None:
        self._on_air = question
        if question is None:
            self.on_air_title.setText(self.tr("No question on air (F6 puts the next one on)"))
            set_style(self.on_air_title, f"color: {theme.TEXT_DIM.name()};")
            self.on_air_text.setText("")
            self.on_air_text.hide()
            self.on_air_asker.set_full_text("")
            self.show_asker.setEnabled(False)
            self.show_asker.setChecked(False)
            self.on_air_time.setText("")
            self.on_air_box.setStyleSheet("")
            return
        self.on_air_title.setText(
            self.tr("ON AIR · %1").replace("%1", self.source_text(question.source))
        )
        set_style(self.on_air_title, f"color: {ON_AIR_TEXT.name()}; font-weight: bold;")
        self.on_air_text.setText(question.text)
        self.on_air_text.show()
        asked = self.tr("Asked by %1").replace("%1", question.asker) if question.asker else ""
        self.on_air_asker.set_full_text(asked)
        self.show_asker.setEnabled(bool(question.asker))
        self.show_asker.setChecked(question.show_asker)
        self.on_air_box.setStyleSheet(
            f"#questionOnAir {{ border: 2px solid {ON_AIR_TEXT.name()}; border-radius: 4px; }}"
        )
        self._show_time()

    def _show_time(self) -> None:
        question = getattr(self, "_on_air", None)
        if question is None or self.service is None:
            return
        aired = question.on_air_ms(self.session.clocks.monotonic_ms())
        self.on_air_time.setText(format_duration(aired))

    def _update_undo_texts(self) -> None:
        if self.service is None:
            return
        state = self.service.state
        for name, steps, word in (
            ("question_undo", state.undo, self.tr("Undo queue: %1")),
            ("question_redo", state.redo, self.tr("Redo queue: %1")),
        ):
            if not steps:
                self.controls.set_text(name, self._plain_label(name))
                continue
            step = steps[-1]
            what = (
                self.tr("start again from the prepared questions")
                if step.command == RESEED
                else lower_first(action_name(self.session.commands, step.command))
            )
            if step.text:
                what += f" “{_short(step.text)}”"
            self.controls.set_text(name, word.replace("%1", what))

    def _plain_label(self, name: str) -> str:
        spec = self.controls.specs[name]
        from runofshow.qt.console.controls import translate

        return translate(spec, spec.text)

    def show_snapshot(self, snap: Snapshot) -> None:
        """Every tick: the time on air counts, and "follow the show" follows."""
        self._show_time()
        if self.segment_box.currentIndex() == 0 and self._rows_segment() != self.shown_segment():
            self.refresh()

    def _rows_segment(self) -> str | None:
        questions = self.questions()
        return questions[0].segment if questions else self.shown_segment()

    # ------------------------------------------------------------ acting

    def args_for(self, command: str) -> dict[str, object] | None:
        """The arguments of a queue command from what the panel shows; None (with a hint
        in the status bar) when something is missing."""
        if command == "question_add":
            text = self.quick_add.text().strip()
            if not text:
                self.statusMessage.emit(self.tr("Type or paste a question first (Q)."), 3000)
                self.quick_add.setFocus()
                return None
            args: dict[str, object] = {"text": text, "asker": self.asker_field.text().strip()}
            segment = self.shown_segment()
            if segment is not None:
                args["segment"] = segment
            return args
        on_air = getattr(self, "_on_air", None)
        selected = self.list.selected_id()
        if command == "question_on_air":
            target = selected
        elif command == "question_answered":
            target = on_air.id if on_air is not None else selected
        else:
            target = selected or (on_air.id if on_air is not None else None)
        if target is None:
            self.statusMessage.emit(self.tr("Select a question in the queue first."), 3000)
            return None
        return {"id": target}

    def done(self, command: str, outcome: Outcome | None) -> None:
        """After the console ran one of the panel's commands."""
        if command == "question_add" and outcome is not None and outcome.ok:
            self.quick_add.clear()
            self.asker_field.clear()
            self.escaped.emit()

    def focus_quick_add(self) -> None:
        self.quick_add.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.quick_add.selectAll()

    def move_selected(self, step: int) -> None:
        selected = self.list.selected_id()
        if selected is None:
            self.statusMessage.emit(self.tr("Select a question in the queue first."), 3000)
            return
        row = self.list.currentRow()
        to = row + step
        if 0 <= to < self.list.count():
            self._execute("question_move", {"id": selected, "to": to}, Surface.KEYBOARD)

    def _put_on_air(self, question_id: str) -> None:
        self._execute("question_on_air", {"id": question_id}, Surface.KEYBOARD)

    def _rows_moved(
        self,
        _parent: QModelIndex | QPersistentModelIndex,
        start: int,
        _end: int,
        _destination: QModelIndex | QPersistentModelIndex,
        row: int,
    ) -> None:
        """A drop in the list: the same move as the API's."""
        if self._rebuilding:
            return
        to = row if row < start else row - 1
        item = self.list.item(to)
        if item is None:
            return
        self._rows = ()  # whatever the outcome, show the queue as the service has it
        self._execute("question_move", {"id": item.data(ID_ROLE), "to": to}, Surface.BUTTON)
        self.refresh()

    def _asker_clicked(self, on: bool) -> None:
        question = getattr(self, "_on_air", None)
        if question is not None:
            self._execute("question_asker", {"id": question.id, "on": on}, Surface.BUTTON)

    def _execute(self, name: str, args: Mapping[str, object], surface: Surface) -> Outcome:
        return self.session.execute(name, args, surface=surface)

    def action(self, name: str) -> QAction:
        return self.controls[name]


def _short(text: str, limit: int = 24) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
