"""The list's short dose line: a marked value first, then the rest, each value said once."""

from __future__ import annotations

from dataclasses import replace

import pytest

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.dose_view import MARK, short_marked_dose_line
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
