"""How doses read in the list, the detail pane and the report."""

from __future__ import annotations

from dataclasses import replace

import pytest

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.describe import dose_details, dose_line
from footcare_gui.core.plan import Dose, FeetChoice


@pytest.mark.parametrize(
    ("exercise_id", "changes", "line"),
    [
        ("toe-pulling", {}, "25 reps per foot · 3 times a day"),
        (
            "toe-pulling",
            {"reps": 40, "feet": FeetChoice.PAINFUL},
            "40 reps · painful foot · 3 times a day",
        ),
        ("calf-stretch", {"feet": FeetChoice.LEFT}, "30 s hold · left foot · twice a day"),
        ("ankle-extension", {"feet": FeetChoice.BOTH, "sets": 2}, "2 × 8 · each foot · once a day"),
        ("achilles-stretch", {"feet": FeetChoice.LEFT}, "3 × 12 · both feet · once a day"),
        # A counted exercise's sets were left out: 2 sets read as "25 reps per foot".
        ("toe-pulling", {"sets": 2}, "2 × 25 · each foot · 3 times a day"),
    ],
)
def test_the_dose_line_follows_the_personal_dose(
    catalogue: Catalogue, exercise_id: str, changes: dict[str, object], line: str
) -> None:
    exercise = catalogue.get(exercise_id)
    dose = replace(Dose.default_for(exercise), **changes)  # type: ignore[arg-type]
    assert dose_line(exercise, dose) == line


def test_the_details_name_the_feet_chosen(catalogue: Catalogue) -> None:
    exercise = catalogue.get("ankle-flexion")
    dose = replace(Dose.default_for(exercise), feet=FeetChoice.RIGHT, reps=10)
    details = dose_details(exercise, dose)
    assert "10 reps × 3 sets" in details
    assert "Right foot" in details
