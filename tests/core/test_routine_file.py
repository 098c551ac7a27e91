"""Routine files: round trips, one clear message per kind of bad file, and the published schema
agreeing with the validator."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.plan import Dose, FeetChoice
from footcare_gui.core.routine import Routine, default_routine
from footcare_gui.core.routine_file import (
    ENTRY_OPTIONAL,
    ENTRY_REQUIRED,
    MAX_EXERCISES,
    SCHEMA_PATH,
    TOP_OPTIONAL,
    TOP_REQUIRED,
    RoutineFileError,
    parse_routine,
    routine_to_json,
)
from footcare_gui.core.routine_schema import schema_text
from footcare_gui.services.routine_files import read_routine_file, write_routine_file
from tests.core.test_schema_agreement import validator as schema_validator

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "routines"


def routine_json(*exercises: dict[str, Any], **top: Any) -> bytes:
    data = {
        "version": 1,
        "name": "Clinic",
        "exercises": list(exercises) or [{"id": "calf-stretch"}],
    }
    data.update(top)
    return json.dumps(data).encode()


def without(key: str) -> bytes:
    data = json.loads(routine_json())
    del data[key]
    return json.dumps(data).encode()


# (test id, file content, expected message): shared with the RoutineBook and editor tests.
BAD_FILES: list[tuple[str, bytes, str]] = [
    (
        "unknown-id",
        routine_json({"id": "calf-stretch"}, {"id": "heel-raise"}),
        'exercises[2].id: unknown exercise "heel-raise" (known: calf-stretch, achilles-stretch,',
    ),
    (
        "wrong-type",
        routine_json({"id": "calf-stretch"}, {"id": "ankle-flexion", "hold_seconds": "ten"}),
        'exercises[2].hold_seconds: must be a whole number of seconds from 1 to 600, not "ten"',
    ),
    (
        "negative",
        routine_json({"id": "ankle-extension", "relax_seconds": -5}),
        "exercises[1].relax_seconds: must be a whole number of seconds from 0 to 600, not -5",
    ),
    (
        "over-ten-minutes",
        routine_json({"id": "calf-stretch", "hold_seconds": 601}),
        "exercises[1].hold_seconds: must be a whole number of seconds from 1 to 600, not 601",
    ),
    (
        "fraction",
        routine_json({"id": "calf-stretch", "reps": 2.5}),
        "exercises[1].reps: must be a whole number from 1 to 500, not 2.5",
    ),
    (
        "boolean",
        routine_json({"id": "calf-stretch", "sets": True}),
        "exercises[1].sets: must be a whole number from 1 to 20, not true",
    ),
    (
        "one-of-two-holds",
        routine_json({"id": "achilles-stretch", "hold_seconds": [3, 700]}),
        "exercises[1].hold_seconds[2]: must be a whole number of seconds from 1 to 600, not 700",
    ),
    (
        "wrong-list-length",
        routine_json({"id": "achilles-stretch", "hold_seconds": [3, 4, 5]}),
        "exercises[1].hold_seconds: achilles-stretch has 2 such phases: give one number, or a list",
    ),
    (
        "phase-it-lacks",
        routine_json({"id": "toe-pulling", "relax_seconds": 5}),
        "exercises[1].relax_seconds: toe-pulling has no timed relax phase",
    ),
    (
        "feet-for-both-feet-exercise",
        routine_json({"id": "achilles-stretch", "feet": "left"}),
        "exercises[1].feet: achilles-stretch works both feet at once; leave feet out",
    ),
    (
        "bad-feet",
        routine_json({"id": "toe-pulling", "feet": "up"}),
        'exercises[1].feet: must be one of "both", "left", "right", "painful", not "up"',
    ),
    (
        "pace-for-timed",
        routine_json({"id": "calf-stretch", "pace_seconds": 2}),
        "exercises[1].pace_seconds: calf-stretch is timed, so it takes no pace",
    ),
    (
        "unknown-field",
        routine_json({"id": "calf-stretch", "hold_second": 30}),
        "exercises[1].hold_second: unknown field (known: id, reps, sets,",
    ),
    (
        "too-many-steps",
        routine_json({"id": "calf-stretch"}, {"id": "toe-pulling", "reps": 500, "sets": 3}),
        "exercises: the routine would run 3,0",
    ),
    (
        "too-many-exercises",
        routine_json(*[{"id": "calf-stretch"}] * (MAX_EXERCISES + 1)),
        "exercises: lists 21 exercises; a routine has at most 20",
    ),
    (
        "duplicate",
        routine_json({"id": "calf-stretch"}, {"id": "toe-pulling"}, {"id": "calf-stretch"}),
        'exercises[3].id: "calf-stretch" is listed twice (first as exercises[1])',
    ),
    (
        "entry-not-object",
        routine_json("calf-stretch"),  # type: ignore[arg-type]
        'exercises[1]: must be an object like {"id": "calf-stretch"}, not "calf-stretch"',
    ),
    ("missing-id", routine_json({"reps": 3}), "exercises[1].id: is missing"),
    ("no-exercises", routine_json(exercises=[]), "exercises: must list at least one exercise"),
    ("missing-exercises", without("exercises"), "exercises: is missing"),
    ("empty-name", routine_json(name="  "), "name: must be a non-empty text of at most 60"),
    ("long-name", routine_json(name="x" * 61), "name: must be a non-empty text of at most 60"),
    ("name-not-text", routine_json(name=7), "name: must be a non-empty text"),
    ("missing-version", without("version"), 'version: is missing (a routine file says "version"'),
    (
        "newer-version",
        routine_json(version=2),
        "version: the file is version 2, newer than this Footcare reads (1); update Footcare",
    ),
    ("text-version", routine_json(version="1"), 'version: must be a whole number like 1, not "1"'),
    ("unknown-top-field", routine_json(author="Dr X"), "author: unknown field (known: version,"),
    ("not-an-object", b"[1, 2]", "The file must hold a JSON object {...}, not [1, 2]"),
    ("invalid-json", b'{"version": 1,', "The file is not valid JSON: Expecting property name"),
    ("empty-file", b"", "The file is not valid JSON: Expecting value at line 1, column 1"),
    ("nested-too-deep", b"[" * 100_000 + b"]" * 100_000, "The file nests lists or objects too"),
    ("huge-number", b'{"version": ' + b"9" * 5000 + b"}", "The file holds a number too long"),
    ("bad-utf8", b'{"version": 1, "name": "Caf\xe9"}', "The file is not UTF-8 text (byte 0xe9 at"),
    (
        "over-1-mb",
        routine_json(name="x") + b" " * (1024 * 1024),
        "The file is larger than 1 MB",
    ),
]


@pytest.mark.parametrize(
    ("content", "message"), [case[1:] for case in BAD_FILES], ids=[case[0] for case in BAD_FILES]
)
def test_bad_files_are_refused_with_a_message_naming_field_and_problem(
    tmp_path: Path, catalogue: Catalogue, content: bytes, message: str
) -> None:
    path = tmp_path / "routine.json"
    path.write_bytes(content)
    with pytest.raises(RoutineFileError) as raised:
        read_routine_file(path, catalogue)
    assert raised.value.message.startswith(message), raised.value.message


def test_a_missing_file_says_it_cannot_be_read(tmp_path: Path, catalogue: Catalogue) -> None:
    with pytest.raises(RoutineFileError, match="The file cannot be read"):
        read_routine_file(tmp_path / "absent.json", catalogue)


def test_the_clinician_sample_reads_with_defaults_filled_in(catalogue: Catalogue) -> None:
    imported = read_routine_file(SAMPLES / "clinician.json", catalogue)
    assert imported.routine == Routine(
        "From Dr Okafor", ("calf-stretch", "achilles-stretch", "toe-pulling")
    )
    calf = imported.doses["calf-stretch"]
    assert (calf.reps, calf.sets, calf.phase_seconds, calf.rest_seconds) == (2, 1, (45, 10), 15)
    assert calf.feet is None  # "both" is the catalogue's own choice
    assert imported.doses["achilles-stretch"].phase_seconds == (3, 5)
    toe = imported.doses["toe-pulling"]
    assert (toe.reps, toe.feet, toe.phase_seconds) == (30, FeetChoice.PAINFUL, (None,))


def test_a_minimal_file_means_the_catalogue_dose(catalogue: Catalogue) -> None:
    imported = read_routine_file(SAMPLES / "minimal.json", catalogue)
    assert imported.doses == {"ankle-flexion": Dose.default_for(catalogue.get("ankle-flexion"))}


def test_write_then_read_gives_back_the_routine_and_doses(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    routine = Routine("Soirée — clinic", ("toe-pulling", "achilles-stretch", "calf-stretch"))
    doses = {
        "toe-pulling": replace(
            Dose.default_for(catalogue.get("toe-pulling")),
            reps=40,
            pace_seconds=2,
            feet=FeetChoice.LEFT,
        ),
        "achilles-stretch": replace(
            Dose.default_for(catalogue.get("achilles-stretch")), phase_seconds=(4, 6), sets=2
        ),
    }
    path = tmp_path / "out.json"
    write_routine_file(path, routine, doses, catalogue)
    back = read_routine_file(path, catalogue)
    assert back.routine == routine
    assert back.doses["toe-pulling"] == doses["toe-pulling"]
    assert back.doses["achilles-stretch"] == doses["achilles-stretch"]
    assert back.doses["calf-stretch"] == Dose.default_for(catalogue.get("calf-stretch"))
    assert "Soirée" in path.read_text(encoding="utf-8")  # UTF-8, not \\u escapes
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary left behind


def test_the_default_routine_round_trips_through_json(catalogue: Catalogue) -> None:
    routine = default_routine(catalogue)
    data = json.loads(json.dumps(routine_to_json(routine, {}, catalogue)))
    assert parse_routine(data, catalogue).routine == routine


# --- the published schema ------------------------------------------------------------------


def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def test_the_schema_names_the_keys_the_validator_knows(catalogue: Catalogue) -> None:
    top = schema()
    assert top["required"] == list(TOP_REQUIRED)
    assert set(top["properties"]) == {*TOP_REQUIRED, *TOP_OPTIONAL}
    assert top["additionalProperties"] is False
    entry = top["$defs"]["exercise"]
    assert entry["required"] == list(ENTRY_REQUIRED)
    assert set(entry["properties"]) == {*ENTRY_REQUIRED, *ENTRY_OPTIONAL}
    assert entry["properties"]["id"]["enum"] == catalogue.ids()
    assert entry["properties"]["feet"]["enum"] == [choice.value for choice in FeetChoice]
    assert top["properties"]["exercises"]["maxItems"] == MAX_EXERCISES


def _agrees(value: Any) -> bool:
    """The published schema's verdict, by the jsonschema library (no interpreter of our own)."""
    return schema_validator().is_valid(value)


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_sample_files_agree_with_the_schema_and_the_validator(
    sample: Path, catalogue: Catalogue
) -> None:
    data = json.loads(sample.read_text(encoding="utf-8"))
    assert _agrees(data)
    read_routine_file(sample, catalogue)


@pytest.mark.parametrize(
    "case",
    [
        "wrong-type",
        "negative",
        "over-ten-minutes",
        "unknown-field",
        "bad-feet",
        "missing-version",
        "newer-version",
        "empty-name",
    ],
)
def test_the_schema_also_refuses_the_bad_files_it_can_express(case: str) -> None:
    content = next(c for name, c, _ in BAD_FILES if name == case)
    assert not _agrees(json.loads(content))


def test_the_published_schema_is_what_the_catalogue_and_limits_make(catalogue: Catalogue) -> None:
    """Regenerate with: python scripts/write_routine_schema.py"""
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(catalogue)


def test_an_exported_file_agrees_with_the_schema(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / "r.json"
    write_routine_file(path, default_routine(catalogue), {}, catalogue)
    assert _agrees(json.loads(path.read_text(encoding="utf-8")))
