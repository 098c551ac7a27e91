"""Edit one exercise's dose: a spin box per value, a warning under each value outside the
source's range, and Reset to defaults. The spin boxes stop at the hard limits, so a dose the app
refuses cannot be entered; the warnings only inform."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.catalogue import Amount, Exercise, localized
from footcare_gui.core.doses import (
    PACE_SECONDS_MAX,
    PHASE_SECONDS_MAX,
    REPS_MAX,
    REST_SECONDS_MAX,
    SETS_MAX,
    dose_warnings,
    feet_apply,
    normalised,
    phase_minimum,
)
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from footcare_gui.core.plan import DEFAULT_FEET, Dose, FeetChoice
from footcare_gui.ui.plain_text import plain_labels

DoseEditorText = Context("DoseEditorText")
PREFERENCES_HINT = QT_TRANSLATE_NOOP(
    "DoseEditorText", "Say which foot is painful in Preferences, and this will use it."
)


def feet_label(choice: FeetChoice, painful_foot: str) -> str:
    """``painful_foot``: "left", "right", "both" or "" (not said)."""
    if choice is FeetChoice.PAINFUL:
        if painful_foot == "left":
            return DoseEditorText.tr("The painful foot (left)")
        if painful_foot == "right":
            return DoseEditorText.tr("The painful foot (right)")
        if painful_foot == "both":
            return DoseEditorText.tr("The painful feet (both, one after the other)")
        return DoseEditorText.tr("The painful foot")
    if choice is FeetChoice.LEFT:
        return DoseEditorText.tr("Left foot only")
    if choice is FeetChoice.RIGHT:
        return DoseEditorText.tr("Right foot only")
    return DoseEditorText.tr("Both feet, one after the other")


def describe_ok_cancel(buttons: QDialogButtonBox, ok: str) -> None:
    """``ok``: what OK does, already in the user's language."""
    buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
        DoseEditorText.tr("{action} (Enter)").format(action=ok)
    )
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
        DoseEditorText.tr("Close and change nothing (Esc)")
    )


def _range_tip(amount: Amount | None) -> str:
    if amount is None:
        return ""
    if amount.range_from_source:
        tip = DoseEditorText.tr("Suggested {low} to {high}, from the source.")
    elif amount.origin.value == "source":
        tip = DoseEditorText.tr(
            "Suggested {low} to {high}, Footcare's usual range; the source gives {default}."
        )
    else:
        tip = DoseEditorText.tr("Suggested {low} to {high}, from Footcare (the source is silent).")
    tip = tip.format(low=amount.minimum, high=amount.maximum, default=amount.default)
    return f"{tip} {amount.note}" if amount.note else tip


class DoseEditorDialog(QDialog):
    def __init__(
        self, exercise: Exercise, dose: Dose, painful_foot: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        shown = localized(exercise)  # the texts; the numbers are the same
        self.setWindowTitle(self.tr("Dose: {exercise}").format(exercise=shown.name))
        self.exercise = exercise
        self._base = dose  # keeps what the editor does not show (prepare and switch times)
        self._painful_foot = painful_foot
        self.spins: dict[str, QSpinBox] = {}  # keyed like DoseWarning.field
        self.warnings: dict[str, QLabel] = {}
        form = QFormLayout()
        for index, phase in enumerate(shown.phases):
            if phase.counted:
                continue
            low = phase_minimum(exercise, index)
            self._add(
                form,
                f"phase_seconds[{index}]",
                self.tr("{phase}:").format(phase=phase.label),
                low,
                PHASE_SECONDS_MAX,
                phase.seconds,
                " s",
            )
        self._add(form, "reps", self.tr("Reps:"), 1, REPS_MAX, shown.reps)
        self._add(form, "sets", self.tr("Sets:"), 1, SETS_MAX, shown.sets)
        self._add(
            form,
            "rest_seconds",
            self.tr("Rest between sets:"),
            0,
            REST_SECONDS_MAX,
            shown.rest_seconds,
            " s",
        )
        if exercise.counted:
            pace = self._add(
                form,
                "pace_seconds",
                self.tr("Pace:"),
                0,
                PACE_SECONDS_MAX,
                shown.pace_seconds,
                self.tr(" s per rep"),
            )
            pace.setSpecialValueText(self.tr("Your own pace (press Space for each rep)"))
        self.feet: QComboBox | None = None
        self.feet_hint: QLabel | None = None
        if feet_apply(exercise):
            self.feet_hint = QLabel(
                translate("DoseEditorText", PREFERENCES_HINT), wordWrap=True, objectName="feetHint"
            )
            self.feet = QComboBox(objectName="feet")
            self.feet.setAccessibleName(self.tr("Which feet"))
            self.feet.setAccessibleDescription(
                self.tr("Both feet in turn, one foot, or the painful foot")
            )
            for choice in FeetChoice:
                self.feet.addItem(feet_label(choice, painful_foot), choice)
            form.addRow(self.tr("Feet:"), self.feet)
            form.addRow("", self.feet_hint)
            self.feet.currentIndexChanged.connect(self._refresh)
        self.reset_button = QPushButton(self.tr("Reset to defaults"), objectName="resetDose")
        self.reset_button.setToolTip(self.tr("Use the catalogue's dose for this exercise"))
        self.reset_button.clicked.connect(self.reset)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        describe_ok_cancel(buttons, self.tr("Use this dose"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        plain_labels(self)  # the exercise's texts may come from a custom catalogue
        self.set_dose(dose)

    def _add(
        self,
        form: QFormLayout,
        field: str,
        label: str,
        low: int,
        high: int,
        amount: Amount | None,
        suffix: str = "",
    ) -> QSpinBox:
        spin = QSpinBox(minimum=low, maximum=high, suffix=suffix, objectName=field)
        spin.setAccessibleName(label.rstrip(": "))
        spin.setToolTip(_range_tip(amount))
        spin.setAccessibleDescription(_range_tip(amount) or self.tr("Up and Down change the value"))
        spin.valueChanged.connect(self._refresh)
        warning = QLabel(wordWrap=True, objectName=f"warning:{field}")
        warning.setStyleSheet("color: palette(link);")  # noticeable, not alarming
        warning.hide()
        form.addRow(label, spin)
        form.addRow("", warning)
        self.spins[field], self.warnings[field] = spin, warning
        return spin

    def set_dose(self, dose: Dose) -> None:
        for index, seconds in enumerate(dose.phase_seconds):
            if seconds is not None:
                self.spins[f"phase_seconds[{index}]"].setValue(seconds)
        self.spins["reps"].setValue(dose.reps)
        self.spins["sets"].setValue(dose.sets)
        self.spins["rest_seconds"].setValue(dose.rest_seconds)
        if "pace_seconds" in self.spins:
            self.spins["pace_seconds"].setValue(dose.pace_seconds)
        if self.feet is not None:
            choice = dose.feet or DEFAULT_FEET[self.exercise.sides]
            self.feet.setCurrentIndex(self.feet.findData(choice))
        self._refresh()

    def reset(self) -> None:
        self.set_dose(Dose.default_for(self.exercise))

    def dose(self) -> Dose:
        seconds = tuple(
            None if phase.counted else self.spins[f"phase_seconds[{index}]"].value()
            for index, phase in enumerate(self.exercise.phases)
        )
        pace = self.spins["pace_seconds"].value() if "pace_seconds" in self.spins else 0
        feet = self.feet.currentData() if self.feet is not None else None
        dose = replace(
            self._base,
            reps=self.spins["reps"].value(),
            sets=self.spins["sets"].value(),
            phase_seconds=seconds,
            rest_seconds=self.spins["rest_seconds"].value(),
            pace_seconds=pace,
            feet=feet,
        )
        return normalised(self.exercise, dose)

    def warning_texts(self) -> list[str]:
        return [label.text() for label in self.warnings.values() if not label.isHidden()]

    def _refresh(self) -> None:
        dose = self.dose()
        found = {warning.field: warning.message for warning in dose_warnings(self.exercise, dose)}
        for field, label in self.warnings.items():
            label.setText(found.get(field, ""))
            label.setVisible(field in found)
        self.spins["rest_seconds"].setEnabled(dose.sets > 1)  # rest only comes between sets
        if self.feet is not None and self.feet_hint is not None:
            painful = self.feet.currentData() is FeetChoice.PAINFUL
            self.feet_hint.setVisible(painful and not self._painful_foot)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Warnings and the hint wrap: the dialog grows (never shrinks under the user's hand)
        until each is whole. A layout's minimum size does not count wrapped lines."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)
