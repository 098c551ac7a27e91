"""Names from anyone: the validator and the published schema refuse the same hostile names, and
accept markup as the plain text it is (it is shown as such: tests/ui/test_plain_text.py)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.names import name_problem, same_name, stored_form, terminal_safe
from footcare_gui.core.routine import Routine, RoutineError
from footcare_gui.core.routine_file import (
    SCHEMA_PATH,
    RoutineFileError,
    parse_routine,
    read_routine_file,
)

HOSTILE = Path(__file__).resolve().parent.parent / "data" / "hostile"
REFUSED_PREFIXES = ("control-", "separator-", "bidi-", "surrogate-", "invisible-")
NAME_FILES = sorted(
    p for p in HOSTILE.glob("*.json") if p.name.startswith((*REFUSED_PREFIXES, "markup-", "plain-"))
)


def _name(path: Path) -> str:
    return json.loads(path.read_text(encoding="utf-8"))["name"]


def _refused(path: Path) -> bool:
    return path.name.startswith(REFUSED_PREFIXES)


@pytest.mark.parametrize("path", NAME_FILES, ids=lambda p: p.stem)
def test_the_validator_refuses_exactly_the_hostile_names(path: Path, catalogue: Catalogue) -> None:
    if _refused(path):
        with pytest.raises(RoutineFileError, match=r"^name: ") as refusal:
            read_routine_file(path, catalogue)
        assert terminal_safe(refusal.value.message) == refusal.value.message  # one clean line
    else:
        assert read_routine_file(path, catalogue).routine.name == _name(path).strip()


@pytest.mark.parametrize("path", NAME_FILES, ids=lambda p: p.stem)
def test_the_published_schema_agrees_with_the_validator(path: Path) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
    assert bool(errors) == _refused(path), [e.message for e in errors]


@pytest.mark.parametrize("name", ["Trailing newline\n", "\tLeading tab", " Blank around "])
def test_the_validator_and_the_schema_judge_the_name_as_the_file_spells_it(
    name: str, catalogue: Catalogue
) -> None:
    data = {"version": 1, "name": name, "exercises": [{"id": "calf-stretch"}]}
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    refused_by_schema = bool(list(jsonschema.Draft202012Validator(schema).iter_errors(data)))
    try:
        parse_routine(data, catalogue)
        refused = False
    except RoutineFileError:
        refused = True
    assert refused == refused_by_schema == (name.strip() != name.strip(" "))


@pytest.mark.parametrize(
    "name",
    ["Ok\u001b[2J", "a\u0000", "two\nlines", "\u202eevil", "x\ud800y", "\u200b", "  \t "],
)
def test_a_typed_name_is_refused_the_same_way(name: str) -> None:
    assert name_problem(name.strip()) is not None
    with pytest.raises(RoutineError):
        Routine(name, ("calf-stretch",))


def test_names_are_compared_as_they_are_stored() -> None:
    assert stored_form("x\ud800y") == "x\ufffdy"
    assert same_name("x\ud800y", "X\ufffdY")
    assert not same_name("Morning", "Evening")


def test_terminal_output_shows_controls_as_escapes() -> None:
    assert terminal_safe("\u001b[31mRed\u202e") == "\\x1b[31mRed\\u202e"
    assert terminal_safe("Café 🦶") == "Café 🦶"


def test_names_that_look_the_same_are_the_same() -> None:
    """ "Café" typed on one keyboard (é) and saved by another program (e + U+0301): imported
    both, two routines looked identical in the list and --start-routine picked either."""
    assert same_name("Caf\u00e9", "Cafe\u0301")
    assert same_name("\u212bngstr\u00f6m", "\u00c5ngstro\u0308m")
