"""The dose editor, driven by keys: warnings appear for values outside the source's range, the
hard limits cannot be typed past, Reset to defaults, and the feet choice only where it applies."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.plan import Dose, FeetChoice
from footcare_gui.ui.dose_editor import PREFERENCES_HINT, DoseEditorDialog


def make(qtbot: QtBot, catalogue: Catalogue, ident: str, painful: str = "") -> DoseEditorDialog:
    exercise = catalogue.get(ident)
    dialog = DoseEditorDialog(exercise, Dose.default_for(exercise), painful)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot: QtBot, spin: QSpinBox, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def test_a_hold_beyond_the_source_is_allowed_with_a_warning(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    dialog = make(qtbot, catalogue, "calf-stretch")
    assert dialog.warning_texts() == []
    type_into(qtbot, dialog.spins["phase_seconds[0]"], "90")
    assert dialog.warning_texts() == ["Hold the stretch: 90 s is outside the source's 30\u201360 s"]
    assert dialog.warnings["phase_seconds[0]"].isVisible()
    assert dialog.dose().phase_seconds == (90, 10)
    type_into(qtbot, dialog.spins["phase_seconds[0]"], "45")
    assert dialog.warning_texts() == []


def test_an_app_range_says_it_is_footcares_suggestion(qtbot: QtBot, catalogue: Catalogue) -> None:
    dialog = make(qtbot, catalogue, "toe-pulling")
    type_into(qtbot, dialog.spins["sets"], "5")
    type_into(qtbot, dialog.spins["reps"], "80")
    assert dialog.warning_texts() == [
        "Reps: 80 is outside the source's 25\u201375",
        "Sets: 5 is outside Footcare's suggested 1\u20133 (the source gives no number)",
    ]


def test_hard_limits_cannot_be_typed_past(qtbot: QtBot, catalogue: Catalogue) -> None:
    dialog = make(qtbot, catalogue, "calf-stretch")
    type_into(qtbot, dialog.spins["phase_seconds[0]"], "9999")
    type_into(qtbot, dialog.spins["reps"], "0")
    dose = dialog.dose()
    assert dose.phase_seconds[0] <= 600  # type: ignore[operator]
    assert dose.reps >= 1
    assert dialog.spins["phase_seconds[1]"].minimum() == 0  # a relax may be left out
    assert dialog.spins["phase_seconds[0]"].minimum() == 1


def test_reset_to_defaults_clears_values_and_warnings(qtbot: QtBot, catalogue: Catalogue) -> None:
    exercise = catalogue.get("ankle-extension")
    dose = replace(Dose.default_for(exercise), reps=20, phase_seconds=(12, 3), sets=2)
    dialog = DoseEditorDialog(exercise, dose, "right")
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.warning_texts()) == 3
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.dose() == Dose.default_for(exercise)
    assert dialog.warning_texts() == []
    assert dialog.isVisible()  # reset does not close the dialog


def test_rest_is_only_editable_with_more_than_one_set(qtbot: QtBot, catalogue: Catalogue) -> None:
    dialog = make(qtbot, catalogue, "toe-pulling")
    assert not dialog.spins["rest_seconds"].isEnabled()
    type_into(qtbot, dialog.spins["sets"], "2")
    assert dialog.spins["rest_seconds"].isEnabled()


def test_pace_shows_own_pace_at_zero(qtbot: QtBot, catalogue: Catalogue) -> None:
    dialog = make(qtbot, catalogue, "toe-pulling")
    assert dialog.spins["pace_seconds"].text().startswith("Your own pace")
    assert "pace_seconds" not in make(qtbot, catalogue, "calf-stretch").spins


def test_feet_are_offered_only_for_one_foot_at_a_time(qtbot: QtBot, catalogue: Catalogue) -> None:
    assert make(qtbot, catalogue, "achilles-stretch").feet is None
    dialog = make(qtbot, catalogue, "ankle-extension", painful="left")
    assert dialog.feet is not None
    assert dialog.feet.currentText() == "The painful foot (left)"
    assert dialog.feet_hint is not None
    assert not dialog.feet_hint.isVisible()
    dialog.feet.setFocus()
    qtbot.keyClick(dialog.feet, Qt.Key.Key_Home)  # first choice: both feet
    assert dialog.dose().feet is FeetChoice.BOTH


def test_without_a_painful_foot_the_editor_points_to_preferences(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    dialog = make(qtbot, catalogue, "toe-pulling")
    assert dialog.feet is not None
    assert dialog.feet_hint is not None
    assert not dialog.feet_hint.isVisible()  # toe pulling defaults to both feet
    dialog.feet.setCurrentIndex(dialog.feet.findData(FeetChoice.PAINFUL))
    assert dialog.feet.currentText() == "The painful foot"
    assert dialog.feet_hint.isVisible()
    assert dialog.feet_hint.text() == PREFERENCES_HINT
    assert dialog.dose().feet is FeetChoice.PAINFUL


def test_ok_and_cancel(qtbot: QtBot, catalogue: Catalogue) -> None:
    dialog = make(qtbot, catalogue, "calf-stretch")
    type_into(qtbot, dialog.spins["reps"], "3")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.dose().reps == 3
