"""Small pieces shared by the outcome questions: a 0-10 goal score, a reason picker, and the
words for the stored choices (core/outcomes.py) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from footcare_gui.core.outcomes import REASON_TEXT_MAX_CHARS, REASONS, SCORE_MAX, SCORE_MIN
from footcare_gui.report.outcome_text import reason_text


class GoalScore(QSpinBox):
    """0-10, or "not rated" (the spin box's lowest value, shown as words)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(SCORE_MIN - 1, SCORE_MAX)
        self.setSpecialValueText(self.tr("not rated"))
        self.setValue(SCORE_MIN - 1)
        self.setAccessibleDescription(
            self.tr("0 means unable to do it, 10 as well as before the foot problem")
        )

    def score(self) -> int | None:
        return None if self.value() < SCORE_MIN else self.value()

    def set_score(self, score: int | None) -> None:
        self.setValue(SCORE_MIN - 1 if score is None else score)


class ReasonPicker(QWidget):
    """No reason (the default), one of the set, or "Other" with the user's own words."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = QComboBox(objectName="reasonChoice")
        self.choice.addItem(self.tr("No answer"), None)
        for value in REASONS:
            self.choice.addItem(reason_text(value), value)
        self.choice.setAccessibleName(accessible_name)
        self.choice.setAccessibleDescription(
            self.tr("Optional; asked once. “Other” lets you say it in your own words")
        )
        self.other = QLineEdit(objectName="reasonText", maxLength=REASON_TEXT_MAX_CHARS)
        self.other.setPlaceholderText(self.tr("In your own words (optional)"))
        self.other.setAccessibleName(self.tr("Other reason, in your own words"))
        self.other.setAccessibleDescription(self.tr("Optional"))
        self.other.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.other, 1)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.other.editingFinished.connect(self.changed)

    def _chosen(self) -> None:
        self.other.setVisible(self.reason() == "other")
        self.changed.emit()

    def reason(self) -> str | None:
        return self.choice.currentData()

    def text(self) -> str:
        return self.other.text().strip() if self.reason() == "other" else ""

    def clear(self) -> None:
        self.choice.setCurrentIndex(0)
        self.other.clear()
