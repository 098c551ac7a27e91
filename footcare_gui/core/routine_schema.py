"""The published JSON Schema of routine files, made from the catalogue and the importer's limits.

footcare_gui/data/routine.schema.json is this module's output (a test checks that it is): the
schema says, per exercise, exactly which fields the importer (core/routine_file.py) takes and
which values, so that the two cannot drift apart. Rewrite the file with
``python scripts/write_routine_schema.py``.
"""

from __future__ import annotations

import json
from typing import Any

from footcare_gui.core import doses  # the limits of a dose, as the importer checks them
from footcare_gui.core.catalogue import Catalogue, Exercise
from footcare_gui.core.plan import FeetChoice
from footcare_gui.core.routine import ROUTINE_NAME_MAX
from footcare_gui.core.routine_file import (
    ENTRY_OPTIONAL,
    FORMAT_VERSION,
    MAX_EXERCISES,
    MAX_FILE_BYTES,
    MAX_STEPS,
    PHASE_KEYS,
    phase_groups,
)

# What core/names.py refuses, as an ECMA-262 pattern (tests/core/test_names.py keeps them in step).
NAME_PATTERN = (
    # no control, bidi or separator character, nor a lone surrogate; and a visible one
    "^(?![\\s\\S]*(?:"
    "[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]"
    "|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]))"
    "(?=[\\s\\S]*[^\\s\\u00ad\\u034f\\u115f\\u1160\\u180e\\u200b-\\u200f\\u2060-\\u2064"
    "\\u2800\\u3164\\ufeff\\uffa0])"
)

DESCRIPTION = (
    "A routine and the dose of each of its exercises. Footcare validates files itself "
    "(footcare_gui/core/routine_file.py) and names the field and the problem; this schema "
    "describes the same format for other tools and agrees with it on every rule it can express "
    "(tests/core/test_schema_agreement.py checks both with the jsonschema library). "
    "Reading the file: UTF-8 JSON of at most {size} MB, standard JSON only (no NaN or "
    "Infinity); a UTF-8 byte-order mark at the start is ignored. "
    "A whole number may be written 2 or 2.0. "
    "Rules this schema cannot express, which Footcare also applies: "
    "duplicate ids (each exercise at most once in a routine); "
    "total session length (at most {steps:,} steps in the whole routine: lower the reps or sets)."
)


def _seconds(minimum: int, maximum: int = doses.PHASE_SECONDS_MAX) -> dict[str, Any]:
    return {"type": "integer", "minimum": minimum, "maximum": maximum}


def _phase_seconds(exercise: Exercise, indexes: list[int]) -> dict[str, Any]:
    """One number for every phase of the kind, or a list of exactly one number per phase."""
    minimums = [doses.phase_minimum(exercise, index) for index in indexes]
    return {
        "oneOf": [
            _seconds(max(minimums)),
            {
                "type": "array",
                "minItems": len(indexes),
                "maxItems": len(indexes),
                "prefixItems": [_seconds(low) for low in minimums],
            },
        ]
    }


def _fields_of(exercise: Exercise) -> dict[str, Any]:
    """The fields this exercise takes; `true` where the general rule for the field applies."""
    fields: dict[str, Any] = {"id": True, "reps": True, "sets": True, "rest_seconds": True}
    for key, indexes in phase_groups(exercise).items():
        fields[key] = _phase_seconds(exercise, indexes)
    if exercise.counted:
        fields["pace_seconds"] = True
    if doses.feet_apply(exercise):
        fields["feet"] = True
    return fields


def _per_exercise(exercise: Exercise) -> dict[str, Any]:
    return {
        "if": {"properties": {"id": {"const": exercise.id}}, "required": ["id"]},
        "then": {"properties": _fields_of(exercise), "additionalProperties": False},
    }


def routine_schema(catalogue: Catalogue) -> dict[str, Any]:
    ids = catalogue.ids()
    kinds = ", ".join(key for key in PHASE_KEYS.values())
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://footcare.example/routine.schema.json",
        "title": "Footcare routine file",
        "description": DESCRIPTION.format(size=MAX_FILE_BYTES // (1024 * 1024), steps=MAX_STEPS),
        "type": "object",
        "required": ["version", "name", "exercises"],
        "additionalProperties": False,
        "properties": {
            "$schema": {"type": "string"},
            "version": {
                "description": f"The format's version. This Footcare reads version "
                f"{FORMAT_VERSION}.",
                "type": "integer",
                "const": FORMAT_VERSION,
            },
            "name": {"$ref": "#/$defs/name"},
            "exercises": {
                "description": "The exercises in the order they are done.",
                "type": "array",
                "minItems": 1,
                "maxItems": MAX_EXERCISES,
                "items": {"$ref": "#/$defs/exercise"},
            },
        },
        "$defs": {
            "name": {
                "description": "The routine's name, as shown in Footcare: one line of visible "
                f"text of at most {ROUTINE_NAME_MAX} characters, spaces included. Refused: "
                "control characters (C0, DEL, C1, line and paragraph separators), bidirectional "
                "embeddings, overrides and isolates, lone surrogates, and names of only blanks "
                "or invisible characters (footcare_gui/core/names.py).",
                "type": "string",
                "minLength": 1,
                "maxLength": ROUTINE_NAME_MAX,
                "pattern": NAME_PATTERN,
            },
            "exercise": {
                "description": "One exercise and its dose; a field left out is the catalogue's "
                f"default. Which of {kinds}, pace_seconds and feet an exercise takes depends on "
                "the exercise (the allOf below): a hold or a move lasts at least 1 s, a relax of "
                "0 is left out.",
                "type": "object",
                "required": ["id"],
                "additionalProperties": False,
                "properties": {
                    "id": {"description": "An exercise of Footcare's catalogue.", "enum": ids},
                    "reps": {"type": "integer", "minimum": 1, "maximum": doses.REPS_MAX},
                    "sets": {"type": "integer", "minimum": 1, "maximum": doses.SETS_MAX},
                    **{key: _any_phase() for key in PHASE_KEYS.values()},
                    "rest_seconds": {
                        "description": "Rest between sets.",
                        **_seconds(0, doses.REST_SECONDS_MAX),
                    },
                    "pace_seconds": {
                        "description": "Counted exercises only (toe pulling): seconds per rep; "
                        "0 is your own pace.",
                        **_seconds(0, doses.PACE_SECONDS_MAX),
                    },
                    "feet": {
                        "description": "Exercises done one foot at a time only. 'painful' is "
                        "the foot set in Preferences.",
                        "enum": [choice.value for choice in FeetChoice],
                    },
                },
                "allOf": [_per_exercise(exercise) for exercise in catalogue.exercises],
            },
        },
    }


def _any_phase() -> dict[str, Any]:
    return {
        "description": "Seconds of each phase of this kind: one number for all, or a list with "
        "one number per phase, in order. Only exercises with such a timed phase take it.",
        "oneOf": [
            _seconds(0),
            {"type": "array", "minItems": 1, "items": _seconds(0)},
        ],
    }


def schema_text(catalogue: Catalogue) -> str:
    return json.dumps(routine_schema(catalogue), indent=2, ensure_ascii=False) + "\n"


assert set(ENTRY_OPTIONAL) >= set(PHASE_KEYS.values())
