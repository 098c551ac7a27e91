"""History's outcomes: morning pain and goal trends beside the session charts, the change since
the first week and whether it is clinically meaningful, with the thresholds and their sources."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from footcare_gui.core.outcomes import Outcomes, goal_change, morning_change, morning_pain_by_day
from footcare_gui.report.charts import ChartColors
from footcare_gui.report.outcome_charts import goals_chart, morning_chart, paint_series_chart
from footcare_gui.report.outcome_text import (
    change_sentence,
    goal_threshold_note,
    pain_threshold_note,
)
from footcare_gui.services.outcome_thresholds import thresholds

Painter = Callable[[QPainter, QRectF, ChartColors], None]


class OutcomeChart(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._paint: Painter | None = None

    def show_chart(self, paint: Painter, description: str) -> None:
        self._paint = paint
        self.setAccessibleDescription(description)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._paint is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint(painter, QRectF(self.rect()), ChartColors.from_palette(self.palette()))
        painter.end()


def goal_series(outcomes: Outcomes, first: date, last: date) -> list[tuple[str, list[int | None]]]:
    """Each followed goal's ratings per day from first to last (the day's latest rating)."""
    days = (last - first).days + 1
    found = []
    for goal in outcomes.goals:
        if goal.retired:
            continue
        values: list[int | None] = [None] * days
        for rating in outcomes.ratings:
            index = (rating.day - first).days
            if rating.goal_id == goal.id and 0 <= index < days:
                values[index] = rating.score
        found.append((goal.name, values))
    return found


class OutcomesPanel(QWidget):
    goals_requested = Signal()
    fhir_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outcomesPanel")
        self.morning_chart = OutcomeChart(self.tr("Morning pain"))
        self.goals_chart = OutcomeChart(self.tr("Your goals"))
        charts = QHBoxLayout()
        charts.addWidget(self.morning_chart)
        charts.addWidget(self.goals_chart)
        self.summary = QLabel(objectName="outcomeSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # goal names are the user's words
        # Not selectable: a selectable label whose text changes makes Qt's AT-SPI bridge warn
        # "Received text event for invalid interface" (tests/a11y); screen readers read it whole.
        self.goals_button = QPushButton(self.tr("Goals…"), objectName="goalsButton")
        self.goals_button.setToolTip(self.tr("Name your goals and rate them"))
        self.goals_button.clicked.connect(self.goals_requested)
        self.fhir_button = QPushButton(self.tr("Export FHIR…"), objectName="exportFhir")
        self.fhir_button.setToolTip(
            self.tr("Save your history as an HL7 FHIR file for your clinic's systems")
        )
        self.fhir_button.clicked.connect(self.fhir_requested)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.goals_button)
        buttons.addWidget(self.fhir_button)
        buttons.addStretch(1)
        footer.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(charts, 1)
        layout.addLayout(footer)

    def show_outcomes(self, outcomes: Outcomes, first: date, last: date) -> None:
        pains = morning_pain_by_day(outcomes.morning, first, last)
        morning = morning_chart(pains)
        self.morning_chart.show_chart(
            lambda p, r, c: paint_series_chart(p, r, first, morning, c),
            self.tr("Morning pain on {rated} of {days} days").format(
                rated=sum(v is not None for v in pains), days=len(pains)
            ),
        )
        series = goal_series(outcomes, first, last)
        goals = goals_chart(series)
        self.goals_chart.show_chart(
            lambda p, r, c: paint_series_chart(p, r, first, goals, c),
            self.tr("Goals followed: {count}").format(count=len(series)),
        )
        self.morning_chart.setVisible(bool(outcomes.morning))
        self.goals_chart.setVisible(bool(series))
        self.summary.setText("\n".join(self.lines(outcomes)))

    def lines(self, outcomes: Outcomes) -> list[str]:
        lines = []
        if outcomes.morning:
            lines.append(
                self.tr("Morning pain: {change}").format(
                    change=change_sentence(morning_change(outcomes.morning, thresholds()["pain"]))
                )
            )
        for goal in outcomes.goals:
            if not goal.retired:
                lines.append(
                    self.tr("{goal}: {change}").format(
                        goal=goal.name,
                        change=change_sentence(
                            goal_change(outcomes.ratings, goal.id, thresholds()["psfs"])
                        ),
                    )
                )
        if not lines:
            lines.append(
                self.tr(
                    "No morning checks or goals yet. Set your goals with “Goals…”; Footcare asks "
                    "about morning pain when you open it before noon."
                )
            )
        if outcomes.morning:
            lines.append(pain_threshold_note())
        if any(not g.retired for g in outcomes.goals):
            lines.append(goal_threshold_note())
        return lines
