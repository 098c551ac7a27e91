"""Your goals (Patient-Specific Functional Scale): up to three activities the foot makes hard,
each rated 0-10. Renaming keeps an activity's history; clearing a name stops following it (its
ratings stay in the history and the exports)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.outcomes import GOAL_NAME_MAX_CHARS, MAX_GOALS, Goal
from footcare_gui.ui.outcome_widgets import GoalScore
from footcare_gui.ui.plain_text import plain_labels


@dataclass(frozen=True)
class GoalEdit:
    goal_id: int | None  # None: a new goal
    name: str  # "" : stop following it
    score: int | None


class GoalsDialog(QDialog):
    def __init__(self, goals: list[Goal], latest: dict[int, int], parent: QWidget | None = None):
        """``latest``: each goal's latest rating, shown for reference."""
        super().__init__(parent, objectName="goalsDialog")
        self.setWindowTitle(self.tr("Your goals"))
        self._goals = goals[:MAX_GOALS]
        intro = QLabel(
            self.tr(
                "Name up to three activities your foot makes hard, e.g. “walking to the shops” "
                "or “standing at work”, and rate how well you can do each now: 0 = unable, "
                "10 = as well as before the problem. Footcare asks again once a week."
            ),
            wordWrap=True,
        )
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Activity")), 0, 0)
        grid.addWidget(QLabel(self.tr("Now (0-10)")), 0, 1)
        grid.addWidget(QLabel(self.tr("Last time")), 0, 2)
        self.names: list[QLineEdit] = []
        self.scores: list[GoalScore] = []
        for row in range(MAX_GOALS):
            goal = self._goals[row] if row < len(self._goals) else None
            name = QLineEdit(goal.name if goal else "", maxLength=GOAL_NAME_MAX_CHARS)
            name.setObjectName(f"goalName{row + 1}")
            name.setAccessibleName(self.tr("Activity {number}").format(number=row + 1))
            name.setPlaceholderText(self.tr("An activity (optional)"))
            score = GoalScore()
            score.setObjectName(f"goalScore{row + 1}")
            score.setAccessibleName(self.tr("Rating of activity {number}").format(number=row + 1))
            last = latest.get(goal.id) if goal else None
            previous = QLabel("—" if last is None else str(last))
            previous.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(name, row + 1, 0)
            grid.addWidget(score, row + 1, 1)
            grid.addWidget(previous, row + 1, 2)
            self.names.append(name)
            self.scores.append(score)
        grid.setColumnStretch(0, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        plain_labels(self)  # the user's goals are shown as typed, never as markup

    def edits(self) -> list[GoalEdit]:
        """What changed: renamed, removed, new, or rated goals."""
        found = []
        for row, (name_box, score_box) in enumerate(zip(self.names, self.scores, strict=True)):
            goal = self._goals[row] if row < len(self._goals) else None
            name = " ".join(name_box.text().split())
            if goal is None and not name:
                continue
            if goal is not None and name == goal.name and score_box.score() is None:
                continue
            found.append(GoalEdit(goal.id if goal else None, name, score_box.score()))
        return found
