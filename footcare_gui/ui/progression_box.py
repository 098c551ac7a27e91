"""The routine editor's "Working up" choices: how many reps a proposal adds, after how many
finished sessions, and above which pain after a session none is made (core/progression.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QSpinBox

from footcare_gui.core.history import PAIN_MAX, PAIN_MIN
from footcare_gui.core.progression import SESSIONS_RANGE, STEP_RANGE, ProgressionSettings


class ProgressionBox(QGroupBox):
    changed = Signal(ProgressionSettings)  # as each value changes

    def __init__(self, progression: ProgressionSettings):
        super().__init__(self.tr("Working up (exercises with a progression, such as toe pulling)"))
        self.step_spin = QSpinBox(
            minimum=STEP_RANGE[0], maximum=STEP_RANGE[1], suffix=self.tr(" reps")
        )
        self.sessions_spin = QSpinBox(
            minimum=SESSIONS_RANGE[0], maximum=SESSIONS_RANGE[1], suffix=self.tr(" sessions")
        )
        self.pain_spin = QSpinBox(minimum=PAIN_MIN, maximum=PAIN_MAX)
        self.step_spin.setValue(progression.step)
        self.sessions_spin.setValue(progression.sessions_needed)
        self.pain_spin.setValue(progression.pain_threshold)
        rows = (
            (
                self.step_spin,
                self.tr("Suggest more reps by:"),
                self.tr("How many reps each proposal adds"),
            ),
            (
                self.sessions_spin,
                self.tr("After finishing:"),
                self.tr("Finished sessions at a dose first"),
            ),
            (
                self.pain_spin,
                self.tr("Not while pain after a session is above:"),
                self.tr("0 to 10"),
            ),
        )
        form = QFormLayout(self)
        for spin, label, description in rows:
            spin.setAccessibleName(label.rstrip(": "))
            spin.setAccessibleDescription(description)
            form.addRow(label, spin)
        for spin in (self.step_spin, self.sessions_spin, self.pain_spin):
            spin.valueChanged.connect(lambda _value: self.changed.emit(self.settings()))

    def settings(self) -> ProgressionSettings:
        return ProgressionSettings(
            self.step_spin.value(), self.sessions_spin.value(), self.pain_spin.value()
        )
