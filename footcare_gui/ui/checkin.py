"""The day's check-in: morning pain on the first steps, why yesterday's target was missed, and the
weekly goal ratings; only the parts due are shown, each optional, "Not now" skips them all.

Two taps for the usual morning: a number, then Save (or Enter).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.outcomes import Goal
from footcare_gui.report.text import long_date
from footcare_gui.ui.outcome_widgets import GoalScore, ReasonPicker
from footcare_gui.ui.plain_text import mnemonic_safe, plain_labels
from footcare_gui.ui.widgets.pain_scale import PainScale


class CheckInDialog(QDialog):
    def __init__(
        self,
        morning: bool,
        missed_day: date | None,
        goals: list[Goal],
        parent: QWidget | None = None,
    ):
        super().__init__(parent, objectName="checkIn")
        self.setWindowTitle(self.tr("Footcare check-in"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Everything here is optional; your answers help your physiotherapist."),
            wordWrap=True,
        )
        layout.addWidget(intro)
        self.morning_pain: PainScale | None = None
        if morning:
            self.morning_pain = PainScale(self.tr("Pain on your first steps this morning:"))
            layout.addWidget(self.morning_pain)
        self.missed: ReasonPicker | None = None
        if missed_day is not None:
            box = QGroupBox(
                self.tr("Not all exercises were done on {day}. Why?").format(
                    day=long_date(missed_day)
                )
            )
            self.missed = ReasonPicker(self.tr("Why the exercises were not all done"))
            inner = QVBoxLayout(box)
            inner.addWidget(self.missed)
            layout.addWidget(box)
        self.scores: dict[int, GoalScore] = {}
        if goals:
            box = QGroupBox(self.tr("Your goals this week: how well can you do them? (0-10)"))
            form = QFormLayout(box)
            for goal in goals:
                score = GoalScore()
                score.setAccessibleName(goal.name)
                label = QLabel(mnemonic_safe(goal.name))  # a buddy's "&" is a mnemonic
                label.setTextFormat(Qt.TextFormat.PlainText)  # the user's own words
                label.setBuddy(score)
                form.addRow(label, score)
                self.scores[goal.id] = score
            layout.addWidget(box)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.skip_button.setToolTip(self.tr("Skip these questions today (Esc)"))
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        plain_labels(self)  # the user's goals are shown as typed, never as markup
        # The first question has the keys: a digit, then Enter, is the whole morning check.
        first = self.morning_pain or (self.missed and self.missed.choice)
        if first is None and self.scores:
            first = next(iter(self.scores.values()))
        if first is not None:
            first.setFocus()

    def pain(self) -> int | None:
        return self.morning_pain.value() if self.morning_pain else None

    def missed_reason(self) -> tuple[str | None, str]:
        if self.missed is None:
            return None, ""
        return self.missed.reason(), self.missed.text()

    def goal_scores(self) -> dict[int, int]:
        given = {goal_id: box.score() for goal_id, box in self.scores.items()}
        return {goal_id: score for goal_id, score in given.items() if score is not None}
