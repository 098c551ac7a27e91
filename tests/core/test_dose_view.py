"""The list's short dose line: a marked value first, then the rest, each value said once."""

from __future__ import annotations

from dataclasses import replace

import pytest

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.dose_view import MARK, marked_dose_line, short_marked_dose_line
from footcare_gui.core.doses import dose_warnings
from footcare_gui.core.plan import Dose


@pytest.mark.parametrize(
    ("ident", "change", "value", "kept"),
    [
        # Found in History's "Your doses" and `footcare --list`: "Hold the stretch: 90 s
        # (⚠ source 30-60 s) · 90 s hold · each foot · twice a day".
        ("calf-stretch", {"phase_seconds": (90, 0)}, "90 s", ["each foot", "twice a day"]),
        ("ankle-extension", {"reps": 20}, "20", ["3", "painful foot", "once a day"]),
        ("ankle-extension", {"sets": 6}, "6", ["8", "painful foot", "once a day"]),
        ("toe-pulling", {"reps": 80}, "80", ["each foot", "3 times a day"]),
        ("toe-pulling", {"sets": 5}, "5 sets", ["25", "each foot", "3 times a day"]),
        # A marked step the short line never gives: the amount stays.
        ("ankle-extension", {"phase_seconds": (60, 10)}, "60 s", ["3 × 8", "painful foot"]),
    ],
)
def test_the_short_line_says_a_marked_value_once_and_keeps_the_rest(
    catalogue: Catalogue, ident: str, change: dict[str, object], value: str, kept: list[str]
) -> None:
    exercise = catalogue.get(ident)
    dose = replace(Dose.default_for(exercise), **change)  # type: ignore[arg-type]
    line = short_marked_dose_line(exercise, dose)
    assert line.out_of_range == 1
    assert line.shown.startswith(next(p for p in line.shown.split(" · ") if MARK in p))
    assert line.shown.count(value) == 1, line.shown
    assert all(words in line.shown for words in kept), line.shown
    assert line.spoken.count(value) == 1, line.spoken


@pytest.mark.parametrize(
    ("ident", "change", "marks"),
    [
        # A relax of 0 s (none between holds) was warned on import but left out of every dose
        # line, the PDF's included: the clinician could not see the source's 10 s was gone.
        ("ankle-extension", {"phase_seconds": (5, 0)}, 1),
        ("ankle-flexion", {"phase_seconds": (5, 0)}, 1),
        ("calf-stretch", {"phase_seconds": (30, 0), "reps": 2}, 1),
        # With one rep no relax runs (as no rest runs with one set): nothing to warn of.
        ("calf-stretch", {"phase_seconds": (30, 0)}, 0),
        ("calf-stretch", {"phase_seconds": (90, 0)}, 1),
        ("toe-pulling", {"reps": 80, "sets": 4, "rest_seconds": 500}, 3),
    ],
)
def test_every_value_warned_of_is_marked_in_the_full_line(
    catalogue: Catalogue, ident: str, change: dict[str, object], marks: int
) -> None:
    exercise = catalogue.get(ident)
    dose = replace(Dose.default_for(exercise), **change)  # type: ignore[arg-type]
    warnings = dose_warnings(exercise, dose)
    line = marked_dose_line(exercise, dose)
    assert (len(warnings), line.out_of_range, line.shown.count(MARK)) == (marks, marks, marks)
    for warning in warnings:
        if warning.field.startswith("phase_seconds"):
            assert f"{warning.label}: {warning.value} s (" in line.shown, line.shown
