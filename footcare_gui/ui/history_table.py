"""History's table: every session of the period, one row each, newest first until the user
sorts by a column; numbers and dates sort as numbers and dates, not as the text shown."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from footcare_gui.core.describe import clock_text
from footcare_gui.core.history import SessionRecord
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.report.text import session_time

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


class NumberItem(QTableWidgetItem):
    """Sorts by its number (or its ISO date), not by the text shown."""

    def __init__(self, text: str, key: float | str):
        super().__init__(text)
        self.setData(Qt.ItemDataRole.UserRole, key)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if isinstance(mine, type(theirs)):
            return bool(mine < theirs)
        return super().__lt__(other)


class SessionTable(QTableWidget):
    def __init__(self, names: Mapping[str, str]):
        """``names``: each exercise's name by id (an unknown id is shown as it is)."""
        super().__init__(0, len(COLUMNS))
        self.setObjectName("sessionTable")
        self._names = names
        self.setHorizontalHeaderLabels([translate("HistoryText", c) for c in COLUMNS])
        self.setAccessibleName(self.tr("Sessions"))
        self.setAccessibleDescription(
            self.tr("Every session in the period, newest first; Delete removes the selected ones")
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.setSortingEnabled(True)  # newest first until the user picks a column

    def fill(self, records: list[SessionRecord]) -> None:
        self.setSortingEnabled(False)  # or rows re-sort while they are filled
        self.setRowCount(len(records))
        for row, record in enumerate(reversed(records)):  # newest first
            cells = self._cells(record)
            for column, item in enumerate(cells):
                item.setData(RECORD_ROLE, record.id)
                self.setItem(row, column, item)
        self.setSortingEnabled(True)

    def selected_ids(self) -> list[int]:
        """The ids of the sessions in the selected rows, top to bottom."""
        rows = {index.row() for index in self.selectionModel().selectedRows()}
        items = [self.item(row, 0) for row in sorted(rows)]
        ids = [item.data(RECORD_ROLE) for item in items if item is not None]
        return [i for i in ids if i is not None]

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


def _pain_item(value: int | None) -> QTableWidgetItem:
    return NumberItem("—" if value is None else str(value), -1 if value is None else value)
