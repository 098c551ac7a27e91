"""The exercise list with a detail pane: what each exercise is for, how to do it, and Start."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.catalogue import Catalogue, Exercise, localized
from footcare_gui.core.describe import clock_text, dose_line
from footcare_gui.core.dose_view import marked_dose_lines, short_marked_dose_line
from footcare_gui.core.figure import Figure
from footcare_gui.core.i18n import Context
from footcare_gui.core.markup import escape
from footcare_gui.core.plan import Dose, Painful, build_plan
from footcare_gui.core.progression import name_in_sentence
from footcare_gui.ui.focus import tab_chain
from footcare_gui.ui.plain_text import mnemonic_safe, tooltip
from footcare_gui.ui.rich_text import RichTextView
from footcare_gui.ui.style import done_colour, safety_note
from footcare_gui.ui.today_panel import TodayPanel
from footcare_gui.ui.widgets.figure_strip import FigureStrip
from footcare_gui.ui.widgets.pain_scale import PainScale

DOSE_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
TODAY_ROLE = Qt.ItemDataRole.UserRole + 3  # (done, target) today, or None before history loads
DOSE_SPOKEN_ROLE = Qt.ItemDataRole.UserRole + 4  # the dose line with its marks in words
Index = QModelIndex | QPersistentModelIndex


BrowserText = Context("BrowserText")


def today_text(done: int, target: int) -> str:
    if done >= target:
        return BrowserText.tr("✓ Done today")
    return BrowserText.tr("{done} of {target} today").format(done=done, target=target)


class TwoLineDelegate(QStyledItemDelegate):
    """Name in bold with the dose line under it, and today's progress on the right."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(220, metrics.height() * 2 + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        name, dose = option.text, index.data(DOSE_ROLE) or ""
        option.text = ""
        style = option.widget.style() if option.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        rect: QRect = option.rect.adjusted(10, 8, -10, -8)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.save()
        painter.setFont(bold)
        top = QRect(rect.left(), rect.top(), rect.width(), rect.height() // 2)
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        today = index.data(TODAY_ROLE)
        if today is not None:
            done, target = today
            badge = today_text(done, target)
            met = done >= target
            painter.setPen(done_colour(palette) if met and not selected else text_colour)
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(top, right, badge)
            top.setRight(top.right() - QFontMetrics(bold).horizontalAdvance(badge) - 8)
        painter.setPen(text_colour)
        elided = QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, top.width())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.setFont(option.font)
        muted = palette.highlightedText() if selected else palette.placeholderText()
        painter.setPen(muted.color())
        bottom = QRect(rect.left(), rect.center().y(), rect.width(), rect.height() // 2)
        shown = elided_dose(dose, QFontMetrics(option.font), bottom.width())
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        painter.restore()


def elided_dose(dose: str, metrics: QFontMetrics, width: int) -> str:
    """The dose line as the list shows it: ending in "…" where it does not fit (the item's
    tooltip and accessible text keep all of it)."""
    return metrics.elidedText(dose, Qt.TextElideMode.ElideRight, width)


class ExerciseBrowser(QWidget):
    start_requested = Signal(str)  # exercise id

    def __init__(
        self,
        catalogue: Catalogue,
        parent: QWidget | None = None,
        figures: Mapping[str, Figure] | None = None,
    ):
        super().__init__(parent)
        self._catalogue = catalogue
        self._figures = dict(figures or {})  # the exercises' pictures, by exercise id
        self._doses: dict[str, Dose] = {}  # personal doses; the catalogue's where absent
        self._painful: Painful = None
        self.list = QListWidget(objectName="exerciseList")
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setAccessibleDescription(
            self.tr(
                "Up and Down choose an exercise; Enter starts it. Each shows its dose and "
                "today's count"
            )
        )
        for exercise in catalogue.exercises:
            name = localized(exercise).name
            item = QListWidgetItem(name)
            item.setData(DOSE_ROLE, dose_line(exercise))
            item.setData(DOSE_SPOKEN_ROLE, dose_line(exercise))
            item.setData(ID_ROLE, exercise.id)
            _describe_item(item)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda item: self.start_requested.emit(item.data(ID_ROLE)))
        self.today = TodayPanel()

        # Rich text a screen reader can read (ui/rich_text.py). No accessible name: a name
        # would stand in for the text; what the pane is goes into the description.
        self.detail = RichTextView(object_name="exerciseDetail")
        self.detail.setAccessibleDescription(self.tr("About this exercise"))
        self.pictures = FigureStrip()  # the starting position and the steps, still
        self.safety = QLabel(safety_note(), objectName="safetyNote", wordWrap=True)
        self.safety.setFrameShape(QFrame.Shape.StyledPanel)
        self.start_button = QPushButton(self.tr("Start"), objectName="startButton")
        self.start_button.setMinimumHeight(44)
        self.start_button.setMinimumWidth(180)
        self.start_button.setToolTip(self.tr("Start a guided session of this exercise (Enter)"))
        self.start_button.setAccessibleDescription(
            self.tr("Start a guided session of this exercise (Enter in the list)")
        )
        self.start_button.clicked.connect(self._start_current)
        self.pain_before = PainScale(self.tr("Pain right now (optional):"))
        self.pain_before.setToolTip(
            self.tr("Rate your foot pain before you start; it goes into your log")
        )

        detail_body = QWidget()
        body = QVBoxLayout(detail_body)
        body.setContentsMargins(20, 12, 20, 12)
        body.addWidget(self.detail)
        body.addWidget(self.safety)
        body.addWidget(self.pictures)  # after the safety note, which stays in first view
        body.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(detail_body)
        scroll.setAccessibleName(self.tr("Exercise details"))
        scroll.setAccessibleDescription(
            self.tr("What the exercise is for and how to do it; arrows scroll")
        )
        start_row = QHBoxLayout()
        start_row.setContentsMargins(20, 4, 20, 16)
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        pain_row = QHBoxLayout()
        pain_row.setContentsMargins(20, 8, 20, 0)
        pain_row.addStretch(1)
        pain_row.addWidget(self.pain_before)
        detail_side = QWidget()
        detail_layout = QVBoxLayout(detail_side)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(scroll, 1)
        detail_layout.addLayout(pain_row)
        detail_layout.addLayout(start_row)

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(6)
        list_layout.addWidget(self.today)
        list_layout.addWidget(self.list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(list_side)
        splitter.addWidget(detail_side)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 570])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.setCurrentRow(0)
        # Today's controls, the list, the details (scrollable by keys), the pain rating, Start:
        # the order they are read in, whatever order they were made in.
        today = self.today
        chain = (
            today.routine_box,
            today.routine_button,
            today.history_button,
            self.list,
            scroll,
            self.pain_before,
            self.start_button,
        )
        tab_chain(*chain)

    def show_doses(self, doses: dict[str, Dose], painful: Painful = None) -> None:
        """The user's own doses, in the list and the detail pane."""
        self._doses, self._painful = dict(doses), painful
        for row in range(self.list.count()):
            item = self.list.item(row)
            exercise = self._catalogue.get(item.data(ID_ROLE))
            line = short_marked_dose_line(exercise, self._doses.get(exercise.id), painful)
            item.setData(DOSE_ROLE, line.shown)
            item.setData(DOSE_SPOKEN_ROLE, line.spoken)  # the marks in words
            _describe_item(item)
        self._show_current()

    def show_today(self, done: dict[str, int], targets: dict[str, int]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            ident = item.data(ID_ROLE)
            target = targets.get(ident, 0)
            done_here = done.get(ident, 0)
            item.setData(TODAY_ROLE, (done_here, target) if target else None)
            _describe_item(item)

    def chosen_routine(self) -> str | None:
        return self.today.routine_box.currentText() or None

    def take_pain_before(self) -> int | None:
        """The rating given on the start screen, for the session now starting (then cleared)."""
        value = self.pain_before.value()
        self.pain_before.set_value(None)
        return value

    def current_exercise(self) -> Exercise | None:
        item = self.list.currentItem()
        return self._catalogue.get(item.data(ID_ROLE)) if item else None

    def select(self, exercise_id: str) -> None:
        self.list.setCurrentRow(self._catalogue.ids().index(exercise_id))

    def focus_list(self) -> None:
        self.list.setFocus()

    def _start_current(self) -> None:
        exercise = self.current_exercise()
        if exercise is not None:
            self.start_requested.emit(exercise.id)

    def _show_current(self) -> None:
        exercise = self.current_exercise()
        if exercise is None:
            return
        self.detail.setText(_detail_html(exercise, self._doses.get(exercise.id), self._painful))
        self.pictures.show_exercise(self._figures.get(exercise.id), localized(exercise))
        name = name_in_sentence(localized(exercise).name)
        self.start_button.setText(
            self.tr("Start {exercise}").format(exercise=mnemonic_safe(name))  # a catalogue's "&"
        )


def _outside_note(spoken: list[str]) -> str:
    """The out-of-range values again in words, so no one has to decode the mark."""
    if not spoken:
        return ""
    text = BrowserText.tr(
        "Outside the suggested range: {values}. Allowed, if your clinician prescribed it."
    ).format(values="; ".join(spoken))
    return f"<p>{escape(text)}</p>"


def _describe_item(item: QListWidgetItem) -> None:
    """What the tooltip shows and a screen reader reads for an item: the name, the whole dose
    line (the list may elide it) and today's count, as the list's description promises."""
    today = item.data(TODAY_ROLE)
    dose = item.data(DOSE_SPOKEN_ROLE) or item.data(DOSE_ROLE)  # any mark said in words
    if today is None:
        text = BrowserText.tr("{exercise}: {dose}").format(exercise=item.text(), dose=dose)
    else:
        text = BrowserText.tr("{exercise}: {dose}. {today}.").format(
            exercise=item.text(), dose=dose, today=today_text(*today)
        )
    item.setToolTip(tooltip(text))
    item.setData(Qt.ItemDataRole.AccessibleTextRole, text)


def _detail_html(exercise: Exercise, dose: Dose | None = None, painful: Painful = None) -> str:
    plan = build_plan(exercise, dose, painful)
    own = dose is not None and dose != Dose.default_for(exercise)
    # Every value, the user's own, with a mark and the range beside any outside it.
    lines = marked_dose_lines(exercise, dose, painful)
    dose_text = "<br>".join(escape(line.shown) for line in lines)
    spoken = [line.spoken for line in lines if line.out_of_range]
    exercise = localized(exercise)
    length = clock_text(plan.total_ms)
    if plan.has_estimates:
        takes = BrowserText.tr("One session takes about {length}.").format(length=length)
    else:
        takes = BrowserText.tr("One session takes {length}.").format(length=length)
    steps = "".join(f"<li>{escape(step)}</li>" for step in exercise.steps)
    dose_title = BrowserText.tr("Your dose") if own else BrowserText.tr("Dose")
    progression = (
        BrowserText.tr("<p><b>Progression:</b> {text}</p>").format(
            text=escape(exercise.progression)
        )
        if exercise.progression
        else ""
    )
    position_title = BrowserText.tr("Starting position")
    steps_title = BrowserText.tr("Steps")
    caution_title = BrowserText.tr("Caution")
    return (
        f"<h1>{escape(exercise.name)}</h1>"
        f"<p>{escape(exercise.why)}</p>"
        f"<h3>{dose_title}</h3><p>{dose_text}<br><i>{escape(takes)}</i></p>"
        f"{_outside_note(spoken)}"
        f"{progression}"
        f"<h3>{position_title}</h3><p>{escape(exercise.position)}</p>"
        f"<h3>{steps_title}</h3><ol>{steps}</ol>"
        f"<h3>{caution_title}</h3><p>{escape(exercise.caution)}</p>"
    )
