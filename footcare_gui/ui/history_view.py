"""History: sessions per day and the pain trend as charts, every session in a sortable table,
delete with undo, and exports (CSV, and a PDF report for the physiotherapist)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.catalogue import Catalogue, localized
from footcare_gui.core.describe import clock_text
from footcare_gui.core.dose_view import short_marked_dose_line
from footcare_gui.core.history import (
    PainDay,
    SessionRecord,
    pain_by_day,
    period,
    sessions_per_day,
    targets_for,
)
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from footcare_gui.core.outcome import SessionOutcome
from footcare_gui.core.plan import Dose, Painful
from footcare_gui.report.charts import ChartColors, paint_pain_chart, paint_sessions_chart
from footcare_gui.report.text import long_date, session_time
from footcare_gui.services.outcome_store import OutcomeStore, read_outcomes
from footcare_gui.services.store import HistoryStore, StoreError
from footcare_gui.ui.file_dialogs import in_start_folder
from footcare_gui.ui.outcomes_panel import OutcomesPanel
from footcare_gui.ui.plain_text import ask, warn
from footcare_gui.ui.style import relative_font

PERIOD_WEEKS = (4, 12)
HistoryText = Context("HistoryText")
# English here; the table's headers show them in the user's language.
COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryText", "Date"),
    QT_TRANSLATE_NOOP("HistoryText", "Exercise"),
    QT_TRANSLATE_NOOP("HistoryText", "Outcome"),
    QT_TRANSLATE_NOOP("HistoryText", "Reps"),
    QT_TRANSLATE_NOOP("HistoryText", "Active"),
    QT_TRANSLATE_NOOP("HistoryText", "Pain before"),
    QT_TRANSLATE_NOOP("HistoryText", "Pain after"),
    QT_TRANSLATE_NOOP("HistoryText", "Note"),
)
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
FileChooser = Callable[[QWidget, str, str, str], str]  # parent, caption, suggested path, filter


def choose_save_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, caption, in_start_folder(suggested), file_filter)
    return path


class ChartView(QWidget):
    """Paints one of the report's charts at the widget's size, in the window's palette.

    Painted in logical coordinates, so a high-DPI screen gets more detail, not a stretched
    bitmap; a palette change (a switch to dark) repaints it in the new colours.
    """

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._first = date.today()
        self._counts: list[int] = []
        self._target = 0
        self._pain: list[PainDay] | None = None

    def show_sessions(self, first: date, counts: list[int], target: int) -> None:
        self._first, self._counts, self._target, self._pain = first, counts, target, None
        self.setAccessibleDescription(
            HistoryText.tr(
                "%n session(s) over {days} days; target {target} a day", None, sum(counts)
            ).format(days=len(counts), target=target)
        )
        self.update()

    def show_pain(self, days: list[PainDay]) -> None:
        self._pain = days
        rated = [d for d in days if d.before is not None or d.after is not None]
        self.setAccessibleDescription(
            HistoryText.tr("Pain ratings on {rated} of {days} days").format(
                rated=len(rated), days=len(days)
            )
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = ChartColors.from_palette(self.palette())
        rect = QRectF(self.rect())
        if self._pain is not None:
            paint_pain_chart(painter, rect, self._pain, colors)
        else:
            paint_sessions_chart(painter, rect, self._first, self._counts, self._target, colors)
        painter.end()


class NumberItem(QTableWidgetItem):
    """Sorts by its number (or its ISO date), not by the text shown."""

    def __init__(self, text: str, key: float | str):
        super().__init__(text)
        self.setData(Qt.ItemDataRole.UserRole, key)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if isinstance(mine, type(theirs)):
            return mine < theirs
        return super().__lt__(other)


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
    ):
        super().__init__(parent)
        self._store = store
        self._catalogue = catalogue
        self._wall_clock = wall_clock
        self._targets = targets_for(catalogue)
        self._names = {exercise.id: localized(exercise).name for exercise in catalogue.exercises}
        self._deleted: list[SessionRecord] = []
        self.choose_file: FileChooser = choose_save_path  # tests answer it without a dialog
        self.doses: Callable[[], Mapping[str, Dose]] | None = None  # the user's, for the report
        self.painful: Callable[[], Painful] | None = None  # the user's painful foot, likewise
        self.patient_name: Callable[[], str] = str  # the name the FHIR export gives, "" for none
        self._outcome_store = OutcomeStore(store)
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
        self.csv_button.clicked.connect(self.export_csv)
        self.report_button = QPushButton(
            self.tr("Report for physio (PDF)…"), objectName="exportReport"
        )
        self.report_button.setToolTip(
            self.tr("Adherence, charts, pain trend and notes for this period")
        )
        self.report_button.clicked.connect(self.export_report)
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
        self.outcomes.fhir_requested.connect(self.export_fhir)

        self.table = QTableWidget(0, len(COLUMNS), objectName="sessionTable")
        self.table.setHorizontalHeaderLabels([translate("HistoryText", c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setAccessibleDescription(
            self.tr("Every session in the period, newest first; Delete removes the selected ones")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # newest first until the user picks a column
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.summary = QLabel(objectName="historySummary", wordWrap=True)  # longer in German
        # The doses these sessions are measured against: the user's own, out-of-range marked.
        self.doses_label = QLabel(objectName="historyDoses", wordWrap=True)
        self.doses_label.setTextFormat(Qt.TextFormat.PlainText)

        self.delete_button = QPushButton(self.tr("Delete…"), objectName="deleteSession")
        self.delete_button.setToolTip(self.tr("Delete the selected sessions (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_bar = QFrame(objectName="undoBar")
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"), objectName="undoDelete")
        self.undo_button.setToolTip(self.tr("Bring the deleted sessions back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_label)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
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
            (QKeySequence.StandardKey.Delete, self.delete_selected),
            (QKeySequence.StandardKey.Undo, self.undo_delete),
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
        today = self._wall_clock().date()
        first, last = period(self.weeks, today)
        try:
            everything = self._store.sessions()
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
        self._fill_table(in_period)
        try:
            self.outcomes.show_outcomes(read_outcomes(self._outcome_store), first, last)
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
            for e in self._catalogue.exercises
        ]
        title = self.tr("Your doses:")
        self.doses_label.setText(
            "\n".join([title, *(f"{name}: {line.shown}" for name, line in lines)])
        )
        self.doses_label.setAccessibleName(
            " ".join([title, *(f"{name}: {line.spoken}." for name, line in lines)])
        )

    def _fill_table(self, records: list[SessionRecord]) -> None:
        self.table.setSortingEnabled(False)  # or rows re-sort while they are filled
        self.table.setRowCount(len(records))
        for row, record in enumerate(reversed(records)):  # newest first
            cells = self._cells(record)
            for column, item in enumerate(cells):
                item.setData(RECORD_ROLE, record.id)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)

    def _cells(self, record: SessionRecord) -> list[QTableWidgetItem]:
        started = record.started_at
        name = self._names.get(record.exercise_id, record.exercise_id)
        if record.reps_planned:
            reps = self.tr("{done} of {planned}").format(
                done=record.reps_done, planned=record.reps_planned
            )
        else:
            reps = "—"
        return [
            NumberItem(f"{session_time(started)} {started.year}", started.timestamp()),
            QTableWidgetItem(name),
            QTableWidgetItem(record.outcome.word()),
            NumberItem(reps, record.reps_done),
            NumberItem(clock_text(round(record.active_s * 1000)), record.active_s),
            _pain_item(record.pain_before),
            _pain_item(record.pain_after),
            self._note_item(record.note),
        ]

    def _note_item(self, note: str) -> QTableWidgetItem:
        item = QTableWidgetItem(note)
        if not note:  # a screen reader says this, not "blank"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("no note"))
        return item

    def selected_ids(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        ids = [self.table.item(row, 0).data(RECORD_ROLE) for row in sorted(rows)]
        return [i for i in ids if i is not None]

    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(bool(self.selected_ids()) and not self._store.read_only)

    # --- changing ------------------------------------------------------------------------
    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self._store.read_only:
            return
        if len(ids) == 1:
            question = self.tr(
                "Delete this session from your history? You can undo this while History is open."
            )
        else:
            question = HistoryText.tr(
                "Delete these %n sessions from your history? You can undo this while History "
                "is open.",
                None,
                len(ids),
            )
        answer = ask(
            self,
            self.tr("Delete sessions?"),
            question,
        )
        if not answer:
            return
        deleted: list[SessionRecord] = []
        try:
            for ident in ids:
                deleted.append(self._store.delete(ident))
        except StoreError as error:
            warn(self, self.tr("Could not delete"), str(error))
        self._deleted = deleted
        if deleted:
            count = len(deleted)
            self.undo_label.setText(HistoryText.tr("Deleted %n session(s).", None, count))
            self.undo_bar.show()
        self.reload()
        self.changed.emit()

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        try:
            while self._deleted:
                self._store.restore(self._deleted[0])
                self._deleted.pop(0)  # only once it is back: a retry must not restore it twice
        except StoreError as error:
            warn(self, self.tr("Could not undo"), str(error))
        else:
            self.undo_bar.hide()
        self.reload()
        self.changed.emit()

    def forget_undo(self) -> None:
        """Undo is offered while History is open; once the user leaves, the deletion stands."""
        self._deleted = []
        self.undo_bar.hide()

    # --- exports -------------------------------------------------------------------------
    def export_csv(self) -> None:
        from footcare_gui.report.csv_export import csv_bytes
        from footcare_gui.services.export_file import write_export

        today = self._wall_clock().date()
        path = self.choose_file(
            self,
            self.tr("Export sessions"),
            f"footcare-sessions-{today}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        try:
            outcomes = read_outcomes(self._outcome_store)
            data, count = csv_bytes(self._store.sessions(), self._catalogue, outcomes)
            write_export(Path(path), data, self._store.path.parent)
        except (OSError, StoreError) as error:
            warn(
                self,
                self.tr("Export failed"),
                self.tr("Could not write {path}: {error}").format(path=path, error=error),
            )
            return
        self.summary.setText(
            HistoryText.tr("Exported %n session(s) to {path}", None, count).format(path=path)
        )

    def export_fhir(self) -> None:
        from footcare_gui.report.fhir_export import bundle_json
        from footcare_gui.services.export_file import write_export

        today = self._wall_clock().date()
        path = self.choose_file(
            self,
            self.tr("Export for your clinic (FHIR)"),
            f"footcare-fhir-{today}.json",
            self.tr("FHIR JSON files (*.json)"),
        )
        if not path:
            return
        try:
            text = bundle_json(
                self._store.sessions(),
                read_outcomes(self._outcome_store),
                self._catalogue,
                self._outcome_store.patient_uuid(),
                self.patient_name(),
                self._wall_clock(),
            )
            write_export(Path(path), text.encode("utf-8"), self._store.path.parent)
        except (OSError, StoreError) as error:
            warn(
                self,
                self.tr("Export failed"),
                self.tr("Could not write {path}: {error}").format(path=path, error=error),
            )
            return
        self.summary.setText(self.tr("Saved the FHIR export to {path}").format(path=path))

    def export_report(self) -> None:
        from footcare_gui.report.pdf import write_report

        today = self._wall_clock().date()
        suggested = f"footcare-report-{today}.pdf"
        path = self.choose_file(
            self, self.tr("Save report"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            doses = self.doses() if self.doses else None
            painful = self.painful() if self.painful else None
            outcomes = read_outcomes(self._outcome_store)
            write_report(
                target,
                self._store.sessions(),
                self._catalogue,
                today,
                self.weeks,
                doses,
                outcomes,
                data_folder=self._store.path.parent,
                painful=painful,
            )
        except (OSError, StoreError, ValueError) as error:
            warn(
                self,
                self.tr("Report failed"),
                self.tr("Could not write {path}: {error}").format(path=target, error=error),
            )
            return
        self.summary.setText(
            HistoryText.tr(
                "Saved the report for the last %n week(s) to {path}", None, self.weeks
            ).format(path=target)
        )


def _pain_item(value: int | None) -> QTableWidgetItem:
    return NumberItem("—" if value is None else str(value), -1 if value is None else value)
