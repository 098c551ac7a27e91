"""The catalogue: the shipped file carries the source's numbers, and a broken file says where."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from footcare_gui.core.catalogue import Amount, Catalogue, CatalogueError, Origin, PhaseKind, Sides
from footcare_gui.services.catalogue_file import DEFAULT_CATALOGUE, load_catalogue

# --- the shipped catalogue ------------------------------------------------------------------


def test_the_five_exercises_load_in_order(catalogue: Catalogue) -> None:
    assert catalogue.path == DEFAULT_CATALOGUE
    assert catalogue.ids() == [
        "calf-stretch",
        "achilles-stretch",
        "ankle-extension",
        "ankle-flexion",
        "toe-pulling",
    ]
    for exercise in catalogue.exercises:
        assert exercise.name
        assert exercise.why
        assert exercise.position
        assert exercise.caution
        assert exercise.steps
        assert all(step for step in exercise.steps)


def test_get_unknown_id_raises_key_error(catalogue: Catalogue) -> None:
    with pytest.raises(KeyError):
        catalogue.get("no-such-exercise")


def test_calf_stretch_holds_30_to_60_seconds_twice_a_day_each_foot(catalogue: Catalogue) -> None:
    calf = catalogue.get("calf-stretch")
    hold = calf.phases[0]
    assert hold.kind is PhaseKind.HOLD
    assert not hold.counted
    assert hold.seconds == Amount(30, 30, 60, Origin.SOURCE, hold.seconds.note)
    assert (calf.per_day.default, calf.per_day.origin) == (2, Origin.SOURCE)
    assert calf.sides is Sides.EACH
    assert not calf.counted
    assert calf.pace_seconds is None


def test_achilles_stretch_three_sets_of_12_with_two_app_holds(catalogue: Catalogue) -> None:
    achilles = catalogue.get("achilles-stretch")
    assert (achilles.sets.default, achilles.sets.origin) == (3, Origin.SOURCE)
    assert (achilles.reps.default, achilles.reps.origin) == (12, Origin.SOURCE)
    assert [phase.kind for phase in achilles.phases] == [PhaseKind.HOLD, PhaseKind.HOLD]
    for phase in achilles.phases:
        assert phase.seconds is not None
        # The source only says "a few seconds": the 3 is the app's choice and says so.
        assert (phase.seconds.default, phase.seconds.origin) == (3, Origin.APP)
    assert (achilles.sides, achilles.sides_origin) == (Sides.TOGETHER, Origin.SOURCE)


def test_ankle_extension_hold_5_to_10_relax_10_three_sets_of_8(catalogue: Catalogue) -> None:
    extension = catalogue.get("ankle-extension")
    hold, relax = extension.phases
    assert hold.kind is PhaseKind.HOLD
    assert relax.kind is PhaseKind.RELAX
    assert hold.seconds is not None
    assert relax.seconds is not None
    assert (hold.seconds.default, hold.seconds.minimum, hold.seconds.maximum) == (5, 5, 10)
    assert hold.seconds.origin is Origin.SOURCE
    assert (relax.seconds.default, relax.seconds.origin) == (10, Origin.SOURCE)
    assert (extension.sets.default, extension.reps.default) == (3, 8)
    assert extension.sets.origin is extension.reps.origin is Origin.SOURCE
    assert extension.sides is Sides.AFFECTED


def test_ankle_flexion_reps_and_sets_are_the_apps_choice(catalogue: Catalogue) -> None:
    flexion = catalogue.get("ankle-flexion")
    assert flexion.reps.origin is Origin.APP
    assert flexion.sets.origin is Origin.APP
    assert flexion.per_day.origin is Origin.APP
    hold = flexion.phases[0]
    assert hold.seconds is not None
    assert hold.seconds == Amount(5, 5, 10, Origin.SOURCE, hold.seconds.note)
    assert flexion.sides is Sides.AFFECTED


def test_toe_pulling_is_counted_25_to_75_reps_three_times_a_day(catalogue: Catalogue) -> None:
    toes = catalogue.get("toe-pulling")
    assert toes.counted
    (pull,) = toes.phases
    assert pull.counted
    assert pull.seconds is None
    assert pull.kind is PhaseKind.MOVE
    assert toes.reps == Amount(25, 25, 75, Origin.SOURCE, toes.reps.note)
    assert (toes.per_day.default, toes.per_day.origin) == (3, Origin.SOURCE)
    assert "25" in toes.progression
    assert "75" in toes.progression
    assert toes.pace_seconds is not None
    assert toes.pace_seconds.default == 0
    assert toes.sides is Sides.EACH


# --- broken files ---------------------------------------------------------------------------

VALID = """\
[[exercise]]
id = "heel-raise"
name = "Heel raise"
why = "Strength."
position = "Stand."
steps = ["Rise.", "Lower."]
caution = "Gently."
sides = "each"
sides_origin = "app"
reps = { default = 10, min = 5, max = 20, from = "app" }
sets = { default = 2, min = 1, max = 3, from = "app" }
per_day = { default = 1, min = 1, max = 3, from = "source" }
rest_seconds = { default = 30, min = 0, max = 60, from = "app" }

[[exercise.phases]]
kind = "hold"
label = "Hold"
instruction = "Hold it."
seconds = { default = 5, min = 1, max = 10, from = "app" }
"""

COUNTED_PHASE = """\
[[exercise.phases]]
kind = "move"
label = "Pull"
instruction = "Pull."
counted = true
"""
PACE = 'pace_seconds = { default = 0, min = 0, max = 10, from = "app" }\n'


def replace(old: str, new: str = "") -> Callable[[str], str]:
    def edit(text: str) -> str:
        assert old in text, f"the template lacks {old!r}"
        return text.replace(old, new, 1)

    return edit


def counted_exercise(with_pace: bool, seconds: str = "") -> Callable[[str], str]:
    def edit(text: str) -> str:
        head = text.split("[[exercise.phases]]")[0]
        return head + (PACE if with_pace else "") + "\n" + COUNTED_PHASE + seconds

    return edit


class Broken(NamedTuple):
    edit: Callable[[str], str]
    field: str
    problem: str
    exercise: str = "heel-raise"


REPS = 'reps = { default = 10, min = 5, max = 20, from = "app" }'
HOLD_SECONDS = 'seconds = { default = 5, min = 1, max = 10, from = "app" }\n'
BROKEN = {
    "missing-name": Broken(replace('name = "Heel raise"\n'), "name", "must be a non-empty text"),
    "missing-reps": Broken(replace(REPS + "\n"), "reps", "is missing"),
    "missing-id": Broken(replace('id = "heel-raise"\n'), "id", "non-empty", exercise="#1"),
    "missing-kind": Broken(replace('kind = "hold"\n'), "phases[1].kind", "must be one of"),
    "reps-not-table": Broken(replace(REPS, "reps = 10"), "reps", "must be a table"),
    "default-text": Broken(replace("default = 10,", 'default = "10",'), "reps.default", "whole"),
    "default-float": Broken(replace("default = 10,", "default = 10.0,"), "reps.default", "whole"),
    "default-bool": Broken(replace("default = 10,", "default = true,"), "reps.default", "whole"),
    "name-number": Broken(replace('name = "Heel raise"', "name = 3"), "name", "text"),
    "steps-text": Broken(replace('["Rise.", "Lower."]', '"Rise."'), "steps", "list of texts"),
    "default-above-max": Broken(
        replace("default = 10,", "default = 30,"), "reps.default", "30 is outside its range 5-20"
    ),
    "default-below-min": Broken(
        replace("default = 10,", "default = 4,"), "reps.default", "4 is outside its range 5-20"
    ),
    "min-above-max": Broken(
        replace("min = 5, max = 20", "min = 25, max = 20"), "reps", "min (25) is greater than max"
    ),
    "reps-min-zero": Broken(replace("min = 5,", "min = 0,"), "reps.min", "at least 1"),
    "rest-min-negative": Broken(replace("min = 0,", "min = -1,"), "rest_seconds.min", "negative"),
    "unknown-origin": Broken(
        replace('max = 20, from = "app"', 'max = 20, from = "guess"'), "reps.from", "'app'"
    ),
    "missing-sides-origin": Broken(replace('sides_origin = "app"\n'), "sides_origin", "'app'"),
    "unknown-kind": Broken(
        replace('kind = "hold"', 'kind = "jump"'), "phases[1].kind", "one of hold, relax, move"
    ),
    "unknown-sides": Broken(
        replace('sides = "each"', 'sides = "both"'), "sides", "one of each, together, affected"
    ),
    "bad-id": Broken(replace('"heel-raise"', '"Heel Raise"'), "id", "lower", exercise="Heel Raise"),
    "timed-phase-without-seconds": Broken(
        replace(HOLD_SECONDS), "phases[1].seconds", "required for a timed phase"
    ),
    "empty-label": Broken(replace('label = "Hold"', 'label = " "'), "phases[1].label", "empty"),
    "only-relax": Broken(replace('kind = "hold"', 'kind = "relax"'), "phases", "hold or move"),
    "counted-not-bool": Broken(
        replace('kind = "hold"', 'kind = "hold"\ncounted = "yes"'), "phases[1].counted", "true"
    ),
    "counted-phase-with-seconds": Broken(
        counted_exercise(True, HOLD_SECONDS), "phases[1].seconds", "paced by pace_seconds"
    ),
    "counted-without-pace": Broken(
        counted_exercise(False), "pace_seconds", "required for a counted exercise"
    ),
    "duplicate-id": Broken(lambda text: text + "\n" + text, "id", "the id is used twice"),
    "second-missing-id": Broken(
        lambda text: text + "\n" + replace('id = "heel-raise"\n')(text), "id", "non-empty", "#2"
    ),
}


@pytest.mark.parametrize("case", [pytest.param(case, id=name) for name, case in BROKEN.items()])
def test_a_broken_exercise_names_file_exercise_and_field(tmp_path: Path, case: Broken) -> None:
    path = tmp_path / "catalogue.toml"
    path.write_text(case.edit(VALID), encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    error = caught.value
    message = str(error)
    assert message.startswith(f"{path}, exercise '{case.exercise}', field '{case.field}': ")
    assert case.problem in message
    assert (error.path, error.exercise, error.field) == (str(path), case.exercise, case.field)


def test_the_broken_file_template_is_otherwise_valid(tmp_path: Path) -> None:
    """Guards the table above: each case fails for its own edit, not for the template."""
    path = tmp_path / "catalogue.toml"
    path.write_text(VALID, encoding="utf-8")
    assert load_catalogue(path).ids() == ["heel-raise"]
    path.write_text(counted_exercise(True)(VALID), encoding="utf-8")
    loaded = load_catalogue(path).get("heel-raise")
    assert loaded.counted
    assert loaded.pace_seconds is not None


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        pytest.param(b'[[exercise]\nid = "x"\n', "not valid TOML", id="not-toml"),
        pytest.param(b'title = "caf\xe9"\n', "not UTF-8", id="not-utf8"),
        pytest.param(b"", "no [[exercise]] entries", id="empty"),
        pytest.param(b'title = "exercises"\n', "no [[exercise]] entries", id="no-exercises"),
        pytest.param(b"exercise = []\n", "no [[exercise]] entries", id="empty-list"),
        pytest.param(b"exercise = [1]\n", "must be a table", id="exercise-not-table"),
        pytest.param(None, "cannot be read", id="missing-file"),
    ],
)
def test_an_unusable_file_names_the_file(
    tmp_path: Path, content: bytes | None, problem: str
) -> None:
    path = tmp_path / "catalogue.toml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    assert str(caught.value).startswith(str(path))
    assert problem in str(caught.value)
    assert caught.value.path == str(path)
