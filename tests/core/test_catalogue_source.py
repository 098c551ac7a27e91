"""Every number the catalogue marks as the source's is in the source's text (issue 13 part 3).

tests/data/metatarsalgia-exercises.txt is a copy of the exercise text the catalogue is built
from (shared/source/); numbers in it are read whether written as digits ("10") or words ("five",
"three times", "each day").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from footcare_gui.core.catalogue import Amount, Catalogue, Exercise, Origin

SOURCE_TEXT = Path(__file__).resolve().parent.parent / "data" / "metatarsalgia-exercises.txt"
HEADINGS = {
    "calf-stretch": "Stretching the Calf",
    "achilles-stretch": "Achilles Tendon Stretch",
    "ankle-extension": "Ankle Extension",
    "ankle-flexion": "Ankle Flexion",
    "toe-pulling": "Toe Pullling",  # sic: the source's spelling
}
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "once": 1, "twice": 2}  # fmt: skip


def section(exercise_id: str) -> str:
    text = SOURCE_TEXT.read_text(encoding="utf-8")
    start = text.index(HEADINGS[exercise_id])
    later = [text.find(h, start + 1) for h in HEADINGS.values() if text.find(h, start + 1) > 0]
    return text[start : min(later, default=len(text))]


def numbers_in(text: str) -> set[int]:
    found = {int(digits) for digits in re.findall(r"\d+", text)}
    found |= {WORDS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in WORDS}
    if re.search(r"\beach day\b|\bper day\b|\ba day\b", text, re.IGNORECASE):
        found.add(1)  # "each day": once a day
    return found


def source_numbers(exercise: Exercise) -> list[tuple[str, int]]:
    """(field, value) for every number the catalogue says the source gives."""
    amounts: list[tuple[str, Amount | None]] = [
        ("reps", exercise.reps),
        ("sets", exercise.sets),
        ("per_day", exercise.per_day),
        ("rest_seconds", exercise.rest_seconds),
        ("pace_seconds", exercise.pace_seconds),
        *((f"phases[{n}].seconds", p.seconds) for n, p in enumerate(exercise.phases, start=1)),
    ]
    found = []
    for field, amount in amounts:
        if amount is None:
            continue
        for part, value, origin in (
            ("default", amount.default, amount.origin),
            ("min", amount.minimum, amount.min_origin),
            ("max", amount.maximum, amount.max_origin),
        ):
            if origin is Origin.SOURCE:
                found.append((f"{field}.{part}", value))
    return found


def test_the_copy_is_the_source_the_catalogue_names() -> None:
    shared = Path("/work/shared/source/metatarsalgia-exercises.txt")
    if shared.is_file():
        assert shared.read_bytes() == SOURCE_TEXT.read_bytes()
    assert set(HEADINGS) <= {"calf-stretch", "achilles-stretch", "ankle-extension",
                             "ankle-flexion", "toe-pulling"}  # fmt: skip


@pytest.mark.parametrize("exercise_id", list(HEADINGS))
def test_every_number_marked_source_is_in_the_source_text(
    catalogue: Catalogue, exercise_id: str
) -> None:
    exercise = catalogue.get(exercise_id)
    given = numbers_in(section(exercise_id))
    missing = [(field, value) for field, value in source_numbers(exercise) if value not in given]
    assert missing == [], f"{exercise_id}: marked source but not in the text: {missing}"
    assert source_numbers(exercise), "each exercise takes at least one number from the source"


def test_a_range_around_one_source_number_is_marked_as_footcares(catalogue: Catalogue) -> None:
    relax = catalogue.get("ankle-extension").phases[1].seconds
    assert relax is not None
    assert (relax.default, relax.origin) == (10, Origin.SOURCE)  # "then relax for 10"
    assert (relax.min_origin, relax.max_origin) == (Origin.APP, Origin.APP)
    hold = catalogue.get("calf-stretch").phases[0].seconds
    assert hold is not None
    assert hold.range_from_source  # "30 to 60 seconds"
