"""History: sessions per day and the pain trend as charts (ui/history_charts.py), every session
in a sortable table (ui/history_table.py), delete with undo, and exports (CSV, FHIR and a PDF
report for the physiotherapist: ui/history_exports.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.catalogue import Catalogue, localized
from footcare_gui.core.dose_view import short_marked_dose_line
from footcare_gui.core.history import (
    pain_by_day,
    period,
    sessions_per_day,
    targets_for,
)
from footcare_gui.core.i18n import Context
from footcare_gui.core.outcome import SessionOutcome
from footcare_gui.core.plan import Dose, Painful
from footcare_gui.report.text import long_date
from footcare_gui.services.outcome_store import OutcomeStore, read_outcomes
from footcare_gui.services.store import HistoryStore, StoreError
from footcare_gui.ui.file_dialogs import SaveChooser, choose_save_path
from footcare_gui.ui.history_charts import ChartView
from footcare_gui.ui.history_deletion import SessionDeletion
from footcare_gui.ui.history_exports import HistoryExports
from footcare_gui.ui.history_table import SessionTable
from footcare_gui.ui.outcomes_panel import OutcomesPanel
from footcare_gui.ui.prompts import DialogPrompts, Prompts
from footcare_gui.ui.style import relative_font

PERIOD_WEEKS = (4, 12)
HistoryText = Context("HistoryText")


class HistoryView(QWidget):
    back_requested = Signal()
    changed = Signal()  # a session was deleted or restored
    goals_requested = Signal()

    def __init__(
        self,
        store: HistoryStore,
        catalogue: Catalogue,
        wall_clock: Callable[[], datetime],
        parent: QWidget | None = None,
        prompts: Prompts | None = None,
    ):
        super().__init__(parent)
        self.prompts: Prompts = prompts or DialogPrompts()  # tests answer without a dialog
        self.store = store
        self.catalogue = catalogue
        self.wall_clock = wall_clock
        self._targets = targets_for(catalogue)
        self._names = {exercise.id: localized(exercise).name for exercise in catalogue.exercises}
        self.choose_file: SaveChooser = choose_save_path  # tests answer it without a dialog
        self.doses: Callable[[], Mapping[str, Dose]] | None = None  # the user's, for the report
        self.painful: Callable[[], Painful] | None = None  # the user's painful foot, likewise
        self.patient_name: Callable[[], str] = str  # the name the FHIR export gives, "" for none
        self.outcome_store = OutcomeStore(store)
        self.exports = HistoryExports(self, self)
        self._build()
        self.reload()

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = title = QLabel(self.tr("History"), objectName="historyTitle")
        title.setFont(relative_font(self.font(), 1.5, bold=True))
        self.period_box = QComboBox(objectName="periodBox")
        for weeks in PERIOD_WEEKS:
            self.period_box.addItem(HistoryText.tr("Last %n week(s)", None, weeks), weeks)
        self.period_box.setAccessibleName(self.tr("Period shown"))
        self.period_box.setAccessibleDescription(
            self.tr("How many weeks the charts and table show")
        )
        self.period_box.currentIndexChanged.connect(self.reload)
        self.csv_button = QPushButton(self.tr("Export CSV…"), objectName="exportCsv")
        self.csv_button.setToolTip(self.tr("Save every session as a spreadsheet file"))
        self.csv_button.clicked.connect(self.exports.csv)
        self.report_button = QPushButton(
            self.tr("Report for physio (PDF)…"), objectName="exportReport"
        )
        self.report_button.setToolTip(
            self.tr("Adherence, charts, pain trend and notes for this period")
        )
        self.report_button.clicked.connect(self.exports.report)
        self.back_button = QPushButton(self.tr("Back to exercises"), objectName="historyBack")
        self.back_button.setToolTip(self.tr("Return to the exercise list (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.period_box)
        header.addStretch(1)
        for button in (self.csv_button, self.report_button, self.back_button):
            header.addWidget(button)

        self.sessions_chart = ChartView(self.tr("Sessions per day"))
        self.pain_chart = ChartView(self.tr("Pain before and after sessions"))
        charts = QHBoxLayout()
        charts.addWidget(self.sessions_chart)
        charts.addWidget(self.pain_chart)
        self.outcomes = OutcomesPanel()
        self.outcomes.goals_requested.connect(self.goals_requested)
        self.outcomes.fhir_requested.connect(self.exports.fhir)

        self.table = SessionTable(self._names)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.summary = QLabel(objectName="historySummary", wordWrap=True)  # longer in German
        # The doses these sessions are measured against: the user's own, out-of-range marked.
        self.doses_label = QLabel(objectName="historyDoses", wordWrap=True)
        self.doses_label.setTextFormat(Qt.TextFormat.PlainText)

        self.deletion = SessionDeletion(self, self.store, self.selected_ids, lambda: self.prompts)
        self.deletion.changed.connect(self._deleted_or_restored)
        self.delete_button = self.deletion.delete_button
        self.undo_bar = self.deletion.undo_bar
        self.undo_button = self.deletion.undo_button
        table_footer = QHBoxLayout()
        table_footer.addWidget(self.summary, 1)
        table_footer.addWidget(self.undo_bar)
        table_footer.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addLayout(charts, 2)
        layout.addWidget(self.doses_label)
        layout.addWidget(self.outcomes, 2)
        layout.addWidget(self.table, 3)
        layout.addLayout(table_footer)

        for key, slot in (
            (QKeySequence.StandardKey.Delete, self.deletion.delete_selected),
            (QKeySequence.StandardKey.Undo, self.deletion.undo),
            (QKeySequence(Qt.Key.Key_Escape), self.back_requested.emit),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the system's text size changed
            self.title.setFont(relative_font(self.font(), 1.5, bold=True))
        super().changeEvent(event)

    # --- showing -------------------------------------------------------------------------
    @property
    def weeks(self) -> int:
        return int(self.period_box.currentData())

    def reload(self) -> None:
        today = self.wall_clock().date()
        first, last = period(self.weeks, today)
        try:
            everything = self.store.sessions()
        except StoreError as error:
            self.summary.setText(
                self.tr("The history could not be read. {error}").format(error=error)
            )
            return
        in_period = [r for r in everything if first <= r.day <= last]
        self.sessions_chart.show_sessions(
            first, sessions_per_day(in_period, first, last), sum(self._targets.values())
        )
        self.pain_chart.show_pain(pain_by_day(in_period, first, last))
        self.table.fill(in_period)
        try:
            self.outcomes.show_outcomes(read_outcomes(self.outcome_store), first, last)
        except StoreError as error:
            self.outcomes.summary.setText(str(error))
        finished = sum(r.outcome is SessionOutcome.FINISHED for r in in_period)
        partly = sum(r.outcome is SessionOutcome.PARTLY for r in in_period)
        self.summary.setText(
            HistoryText.tr(
                "%n session(s) from {first} to {last} ({finished} finished, {partly} partly done)",
                None,
                len(in_period),
            ).format(first=long_date(first), last=long_date(last), finished=finished, partly=partly)
        )
        self.csv_button.setEnabled(bool(everything))
        self._show_doses()
        self._selection_changed()

    def _show_doses(self) -> None:
        doses = self.doses() if self.doses else {}
        painful = self.painful() if self.painful else None
        lines = [
            (self._names[e.id], short_marked_dose_line(e, doses.get(e.id), painful))
            for e in self.catalogue.exercises
        ]
        title = self.tr("Your doses:")
        self.doses_label.setText(
            "\n".join([title, *(f"{name}: {line.shown}" for name, line in lines)])
        )
        self.doses_label.setAccessibleName(
            " ".join([title, *(f"{name}: {line.spoken}." for name, line in lines)])
        )

    def selected_ids(self) -> list[int]:
        return self.table.selected_ids()

    def _selection_changed(self) -> None:
        self.deletion.selection_changed()

    def _deleted_or_restored(self) -> None:
        self.reload()
        self.changed.emit()

    def forget_undo(self) -> None:
        """Undo is offered while History is open; once the user leaves, the deletion stands."""
        self.deletion.forget()
