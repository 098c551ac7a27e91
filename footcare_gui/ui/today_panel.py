"""Today at a glance: sessions done against the day's targets, and the streak."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.history import Streak
from footcare_gui.core.i18n import Context
from footcare_gui.ui.style import relative_font
from footcare_gui.ui.widgets.wrapped_height import at_its_width, rewrap

TodayText = Context("TodayText")


def days(count: int) -> str:
    return TodayText.tr("%n day(s)", None, count)


class TodayPanel(QFrame):
    history_requested = Signal()
    routine_requested = Signal(str)  # routine name

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("todayPanel")
        self.title = title = QLabel(self.tr("Today"), objectName="todayTitle")
        title.setFont(relative_font(self.font(), 1.25, bold=True))
        self.totals = QLabel(objectName="todayTotals", wordWrap=True)
        self.streak = QLabel(objectName="todayStreak", wordWrap=True)
        self.history_button = QPushButton(self.tr("History…"), objectName="historyButton")
        self.history_button.setToolTip(self.tr("Sessions, charts, pain log and report (Ctrl+H)"))
        self.history_button.setAccessibleDescription(
            self.tr("Open your sessions, charts, pain log and report (Ctrl+H)")
        )
        self.history_button.clicked.connect(self.history_requested)
        self.notice = QLabel(objectName="historyNotice", wordWrap=True)
        self.notice.hide()
        self.routine_box = QComboBox(objectName="routineBox")
        self.routine_box.setAccessibleName(self.tr("Routine to start"))
        self.routine_box.setAccessibleDescription(self.tr("The routine that Start routine runs"))
        self.routine_button = QPushButton(self.tr("Start routine"), objectName="startRoutine")
        self.routine_button.setToolTip(
            self.tr("Do every exercise of this routine in one go (Ctrl+Enter)")
        )
        self.routine_button.setAccessibleDescription(
            self.tr("Do every exercise of the chosen routine in one go (Ctrl+Enter)")
        )
        self.routine_button.clicked.connect(
            lambda: self.routine_requested.emit(self.routine_box.currentText())
        )
        routine_row = QHBoxLayout()
        routine_row.addWidget(self.routine_box, 1)
        routine_row.addWidget(self.routine_button)
        self.routine_row = QWidget()
        self.routine_row.setLayout(routine_row)
        routine_row.setContentsMargins(0, 4, 0, 0)
        self.routine_row.hide()

        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addWidget(self.streak)
        layout.addWidget(self.routine_row)
        layout.addWidget(self.notice)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        rewrap(self, event)

    def minimumSizeHint(self) -> QSize:
        """As tall as the totals and the streak need at the panel's width (wrapped_height.py)."""
        return at_its_width(self, super().minimumSizeHint())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the system's text size changed
            self.title.setFont(relative_font(self.font(), 1.25, bold=True))
        super().changeEvent(event)

    def show_routines(self, names: list[str], current: str = "") -> None:
        self.routine_box.clear()
        self.routine_box.addItems(names)
        if current in names:
            self.routine_box.setCurrentText(current)
        self.routine_row.setVisible(bool(names))

    def show_day(self, done: int, target: int, exercises_met: int, exercises: int) -> None:
        if target and done >= target:
            self.totals.setText(
                self.tr("✓ All {target} sessions done. Well done!").format(target=target)
            )
        else:
            self.totals.setText(
                self.tr(
                    "{done} of {target} sessions done · {met} of {exercises} exercises complete"
                ).format(done=done, target=target, met=exercises_met, exercises=exercises)
            )

    def show_streak(self, streak: Streak) -> None:
        best = days(streak.best)
        if streak.current:
            text = self.tr("Streak: {days} in a row with every target met · best {best}").format(
                days=days(streak.current), best=best
            )
        else:
            text = self.tr("Streak: meet every target today to start one · best {best}").format(
                best=best
            )
        self.streak.setText(text)

    def show_notice(self, text: str) -> None:
        """A problem with the history (a file moved aside, saving impossible): said, not hidden."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
