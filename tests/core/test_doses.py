"""Personal doses: hard limits are refused, values outside the source's range are only warned."""

from __future__ import annotations

from dataclasses import replace

import pytest

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.doses import DoseError, check_dose, dose_warnings, is_default, normalised
from footcare_gui.core.plan import Dose, FeetChoice


def default(catalogue: Catalogue, ident: str) -> Dose:
    return Dose.default_for(catalogue.get(ident))


def test_every_default_dose_passes_and_warns_of_nothing(catalogue: Catalogue) -> None:
    for exercise in catalogue.exercises:
        dose = Dose.default_for(exercise)
        check_dose(exercise, dose)
        assert dose_warnings(exercise, dose) == []


@pytest.mark.parametrize(
    ("ident", "change", "problem"),
    [
        ("calf-stretch", {"reps": 0}, "Reps: must be from 1 to 500, not 0"),
        ("calf-stretch", {"reps": 501}, "Reps: must be from 1 to 500, not 501"),
        ("calf-stretch", {"sets": 21}, "Sets: must be from 1 to 20, not 21"),
        ("calf-stretch", {"phase_seconds": (601, 10)}, "Hold the stretch: must be from 1 to 600 s"),
        ("calf-stretch", {"phase_seconds": (0, 10)}, "Hold the stretch: must be from 1 to 600 s"),
        ("calf-stretch", {"phase_seconds": (30, -1)}, "Relax: must be from 0 to 600 s, not -1 s"),
        ("calf-stretch", {"phase_seconds": (30,)}, "expected 2 phase times, not 1"),
        ("calf-stretch", {"rest_seconds": 601}, "Rest: must be from 0 to 600 s"),
        ("toe-pulling", {"pace_seconds": 61}, "Pace: must be from 0 to 60 s, not 61 s"),
        ("toe-pulling", {"phase_seconds": (5,)}, "Pull: a counted phase has no seconds"),
        ("achilles-stretch", {"feet": FeetChoice.LEFT}, "works both feet at once"),
    ],
)
def test_hard_limits_are_refused(
    catalogue: Catalogue, ident: str, change: dict[str, object], problem: str
) -> None:
    with pytest.raises(DoseError, match=problem.replace("(", r"\(")):
        check_dose(catalogue.get(ident), replace(default(catalogue, ident), **change))  # type: ignore[arg-type]


def test_a_relax_of_zero_is_allowed_and_the_limits_themselves_pass(catalogue: Catalogue) -> None:
    exercise = catalogue.get("calf-stretch")
    check_dose(exercise, replace(Dose.default_for(exercise), phase_seconds=(600, 0), reps=500))
    toe = catalogue.get("toe-pulling")
    check_dose(toe, replace(Dose.default_for(toe), pace_seconds=60, sets=20))


def test_values_outside_the_range_are_warned_with_the_range_and_its_origin(
    catalogue: Catalogue,
) -> None:
    exercise = catalogue.get("calf-stretch")
    dose = replace(Dose.default_for(exercise), phase_seconds=(90, 10), sets=4, rest_seconds=200)
    messages = [warning.message for warning in dose_warnings(exercise, dose)]
    assert messages == [
        "Hold the stretch: 90 s is outside the source's 30\u201360 s",
        "Sets: 4 is outside Footcare's suggested 1\u20133 (the source gives no number)",
        "Rest: 200 s is outside Footcare's suggested 0\u2013120 s (the source gives no number)",
    ]
    assert [w.field for w in dose_warnings(exercise, dose)] == [
        "phase_seconds[0]",
        "sets",
        "rest_seconds",
    ]


def test_rest_is_not_warned_with_one_set_and_reps_beyond_the_source_are(
    catalogue: Catalogue,
) -> None:
    exercise = catalogue.get("toe-pulling")
    dose = replace(Dose.default_for(exercise), reps=80, rest_seconds=500)
    assert [w.message for w in dose_warnings(exercise, dose)] == [
        "Reps: 80 is outside the source's 25\u201375"
    ]


def test_normalised_writes_the_catalogue_feet_as_none(catalogue: Catalogue) -> None:
    toe = catalogue.get("toe-pulling")
    both = replace(Dose.default_for(toe), feet=FeetChoice.BOTH)
    assert normalised(toe, both).feet is None
    assert is_default(toe, both)
    assert not is_default(toe, replace(both, feet=FeetChoice.LEFT))
    extension = catalogue.get("ankle-extension")
    assert is_default(extension, replace(Dose.default_for(extension), feet=FeetChoice.PAINFUL))


def test_warnings_are_worded_by_where_each_number_comes_from(catalogue: Catalogue) -> None:
    """The source gives the ankle extension's relax as one number (10 s); the 10-30 s range
    around it is Footcare's, and the warning says so (issue 13 part 3)."""
    extension = catalogue.get("ankle-extension")
    dose = Dose.default_for(extension)
    seconds = list(dose.phase_seconds)
    seconds[1] = 40
    (warning,) = dose_warnings(extension, replace(dose, phase_seconds=tuple(seconds)))
    assert warning.message == (
        "Relax: 40 s is outside Footcare's usual range 10\u201330 s; the source gives 10 s"
    )
    achilles = catalogue.get("achilles-stretch")
    (reps,) = dose_warnings(achilles, replace(Dose.default_for(achilles), reps=25))
    expected = "Reps: 25 is outside Footcare's usual range 6\u201320; the source gives 12"
    assert reps.message == expected
