"""The published routine schema and the importer agree (issue 13 part 4).

The schema is read by an outside tool, the `jsonschema` library (Draft 2020-12), never by a
hand-made interpreter; files reach it by the reading rules the schema's description gives
(UTF-8, a byte-order mark ignored, at most 1 MB, standard JSON). Every file of the corpus in
tests/data/routine_corpus and every generated one must get the same verdict from both, except
for the rules the schema's description names as beyond it (duplicate ids, the routine's length).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.routine_file import (
    MAX_FILE_BYTES,
    SCHEMA_PATH,
    RoutineFileError,
    parse_routine,
    read_routine_file,
)

CORPUS = Path(__file__).resolve().parent.parent / "data" / "routine_corpus"
# The importer's words for the rules the schema's description says it cannot express.
BEYOND_THE_SCHEMA = {
    "duplicate ids": "is listed twice",
    "total session length": "the routine would run",
}


@cache
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def schema_accepts_bytes(raw: bytes) -> bool:
    """The file read by the rules the schema's description states, then judged by jsonschema."""
    if len(raw) > MAX_FILE_BYTES:
        return False
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constant)
    except (ValueError, RecursionError):
        return False
    return validator().is_valid(data)


def importer_verdict(path: Path, catalogue: Catalogue) -> str:
    """ "" when the importer takes the file, else its message."""
    try:
        read_routine_file(path, catalogue)
    except RoutineFileError as error:
        return error.message
    return ""


def beyond_the_schema(message: str) -> bool:
    return any(words in message for words in BEYOND_THE_SCHEMA.values())


def disagreements(catalogue: Catalogue, folder: Path = CORPUS) -> list[str]:
    found = []
    for path in sorted(folder.glob("*.json")):
        schema_says = schema_accepts_bytes(path.read_bytes())
        message = importer_verdict(path, catalogue)
        if schema_says != (message == "") and not (schema_says and beyond_the_schema(message)):
            found.append(f"{path.name}: schema {'accepts' if schema_says else 'refuses'}, "
                         f"importer {'refuses: ' + message if message else 'accepts'}")  # fmt: skip
    return found


def test_the_schema_is_valid_draft_2020_12_and_names_what_it_cannot_express() -> None:
    description = validator().schema["description"]
    for rule in BEYOND_THE_SCHEMA:
        assert rule in description
    assert "byte-order mark" in description


def test_the_corpus_is_large_and_mixed() -> None:
    names = [path.name for path in CORPUS.glob("*.json")]
    assert len(names) >= 50
    assert sum(name.startswith("valid-") for name in names) >= 15
    assert sum(name.startswith("invalid-") for name in names) >= 30
    assert sum(name.startswith("exception-") for name in names) == len(BEYOND_THE_SCHEMA)


def test_schema_and_importer_agree_on_every_corpus_file(catalogue: Catalogue) -> None:
    assert disagreements(catalogue) == []


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.json")), ids=lambda p: p.stem)
def test_each_corpus_file_gets_the_verdict_its_name_says(path: Path, catalogue: Catalogue) -> None:
    schema_says = schema_accepts_bytes(path.read_bytes())
    message = importer_verdict(path, catalogue)
    if path.name.startswith("valid-"):
        assert (schema_says, message) == (True, "")
    elif path.name.startswith("invalid-"):
        assert not schema_says
        assert message
    else:  # an exception the schema's description names
        assert schema_says
        assert beyond_the_schema(message), message


# --- generated files --------------------------------------------------------------------------

IDS = ["calf-stretch", "achilles-stretch", "ankle-extension", "ankle-flexion", "toe-pulling"]
# Mostly sensible files with a few things wrong, where disagreements hide; each st.one_of
# branch is equally likely, so the plausible ones are listed more than once.
SENSIBLE = st.integers(1, 40)
ODD_NUMBERS = st.one_of(
    st.integers(-2, 3),
    st.integers(58, 62),
    st.integers(498, 502),
    st.integers(598, 602),
    st.sampled_from([2.0, 2.5, 0.0, 1e400, -0.0, 30.0]),
)
VALUES = st.one_of(
    SENSIBLE,
    SENSIBLE,
    SENSIBLE,
    ODD_NUMBERS,
    st.lists(SENSIBLE, min_size=1, max_size=3),
    st.lists(ODD_NUMBERS, max_size=3),
    st.sampled_from(["left", "both", "painful", "right"]),
    st.sampled_from(["ten", "up", "", None, True]),
)
ENTRY_KEYS = ["reps", "sets", "rest_seconds", "pace_seconds", "feet", "hold_seconds",
              "relax_seconds", "move_seconds", "hold_second"]  # fmt: skip
ENTRIES = st.one_of(
    *[
        st.fixed_dictionaries(
            {"id": st.sampled_from(IDS)},
            optional={key: VALUES for key in ENTRY_KEYS},
        )
    ]
    * 4,
    st.fixed_dictionaries({"id": st.sampled_from(["heel-raise", 3])}),
    st.sampled_from(["calf-stretch", 3, None]),
)
NAMES = st.one_of(
    st.just("Clinic"),
    st.just("Clinic"),
    st.text(alphabet=st.sampled_from("ab ✓\t\n\u00a0\u2003"), max_size=64),
    st.integers(0, 3),
)
VERSIONS = st.one_of(
    st.just(1), st.just(1), st.just(1), st.just(1.0), st.integers(0, 2), st.just("1")
)
ROUTINES = st.one_of(
    *[
        st.fixed_dictionaries(
            {"version": VERSIONS, "name": NAMES, "exercises": st.lists(ENTRIES, max_size=4)},
            optional={
                "$schema": st.one_of(
                    st.just("https://footcare.example/routine.schema.json"), ODD_NUMBERS
                ),
            },
        )
    ]
    * 4,
    st.fixed_dictionaries(
        {},
        optional={
            "version": VERSIONS,
            "name": NAMES,
            "exercises": st.one_of(st.lists(ENTRIES, max_size=4), st.none()),
            "author": st.just("Dr X"),
        },
    ),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routine=ROUTINES, bom=st.booleans())
def test_schema_and_importer_agree_on_generated_files(
    tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue, routine: Any, bom: bool
) -> None:
    raw = (b"\xef\xbb\xbf" if bom else b"") + json.dumps(routine, ensure_ascii=False).encode()
    path = tmp_path_factory.mktemp("generated") / "routine.json"
    path.write_bytes(raw)
    schema_says = schema_accepts_bytes(raw)
    message = importer_verdict(path, catalogue)
    if schema_says and beyond_the_schema(message):
        return
    assert schema_says == (message == ""), (routine, message)


def test_a_valid_routine_is_parsed_the_same_from_data(catalogue: Catalogue) -> None:
    data = json.loads((CORPUS / "valid-every-key-all-five.json").read_text(encoding="utf-8"))
    assert validator().is_valid(data)
    assert parse_routine(data, catalogue).routine.name == "Clinic"
