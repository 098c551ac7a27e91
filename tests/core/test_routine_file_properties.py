"""The routine-file reader under any input: a routine or a clean message for the user, never
another exception; and what it reads, exported and read again, is the same routine. Generated
files judged against the published schema: tests/core/test_schema_agreement.py."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.plan import FeetChoice
from footcare_gui.core.routine_file import (
    ImportedRoutine,
    RoutineFileError,
    parse_routine,
    parse_routine_bytes,
    routine_file_text,
)
from tests.core.test_schema_agreement import ENTRY_KEYS, IDS, ROUTINES

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
ANY_JSON = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
# A routine's shape with any JSON where its values go, to reach the checks deep inside.
SHAPED = st.fixed_dictionaries(
    {},
    optional={
        "version": st.one_of(st.just(1), ANY_JSON),
        "name": st.one_of(st.text(max_size=70), ANY_JSON),
        "exercises": st.one_of(
            st.lists(
                st.fixed_dictionaries(
                    {"id": st.one_of(st.sampled_from(IDS), ANY_JSON)},
                    optional={key: ANY_JSON for key in ENTRY_KEYS},
                ),
                max_size=5,
            ),
            ANY_JSON,
        ),
        "$schema": ANY_JSON,
    },
)
# Routines as a clinician writes them: mostly valid, so the round trip has plenty to carry.
PLAUSIBLE = st.fixed_dictionaries(
    {
        "version": st.just(1),
        "name": st.tuples(
            st.sampled_from(["Morning", "Clinic", "Soirée", "✓"]),
            st.text(alphabet=st.sampled_from("Ab z9-éß✓·\u00a0"), max_size=40),
        ).map("".join),
        "exercises": st.lists(
            st.fixed_dictionaries(
                {"id": st.sampled_from(IDS)},
                optional={
                    "reps": st.integers(1, 6),
                    "sets": st.integers(1, 3),
                    "feet": st.sampled_from([choice.value for choice in FeetChoice]),
                    "rest_seconds": st.integers(0, 60),
                },
            ),
            min_size=1,
            max_size=5,
            unique_by=lambda entry: entry["id"],
        ),
    }
)
RARELY_SLOW = [HealthCheck.too_slow]


def read(data: Any, catalogue: Catalogue) -> ImportedRoutine | str:
    """The routine, or the message the user would read."""
    try:
        return parse_routine(data, catalogue)
    except RoutineFileError as error:
        return error.message


def assert_clean_message(message: str) -> None:
    assert message.strip(), "an empty message"
    assert "\n" not in message, f"a message of more than one line: {message!r}"
    assert "Traceback" not in message, message
    assert "Error" not in message.split(":")[0], f"an exception's name, not words: {message}"


@settings(max_examples=300, deadline=None, suppress_health_check=RARELY_SLOW)
@given(data=st.one_of(ANY_JSON, SHAPED, ROUTINES, PLAUSIBLE))
def test_any_json_gives_a_routine_or_a_clean_message(data: Any, catalogue: Catalogue) -> None:
    verdict = read(data, catalogue)  # any other exception fails the test
    if isinstance(verdict, str):
        assert_clean_message(verdict)
    else:
        assert verdict.routine.exercise_ids
        assert set(verdict.doses) == set(verdict.routine.exercise_ids)


@settings(max_examples=200, deadline=None, suppress_health_check=RARELY_SLOW)
@given(raw=st.one_of(st.binary(max_size=200), ANY_JSON.map(lambda d: json.dumps(d).encode())))
def test_any_bytes_give_a_routine_or_a_clean_message(raw: bytes, catalogue: Catalogue) -> None:
    try:
        parse_routine_bytes(raw, catalogue)
    except RoutineFileError as error:
        assert_clean_message(error.message)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[*RARELY_SLOW, HealthCheck.filter_too_much],
)
@given(data=PLAUSIBLE, bom=st.booleans())
def test_export_then_import_gives_the_same_routine(
    data: Any, bom: bool, catalogue: Catalogue
) -> None:
    imported = read(data, catalogue)
    assume(isinstance(imported, ImportedRoutine))
    assert isinstance(imported, ImportedRoutine)
    text = routine_file_text(imported.routine, imported.doses, catalogue)
    again = parse_routine_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(), catalogue)
    assert again == imported
    assert routine_file_text(again.routine, again.doses, catalogue) == text
