"""Routine files: a routine and its doses as JSON, to share with (or receive from) a clinician.

The validator is written out by hand so every refusal names the field and the problem in words
a person can act on, e.g. ``exercises[2].hold_seconds: must be a whole number of seconds from 0
to 600, not "ten"``. Entries are counted from 1, as people count. The same format is described
for other tools in ``footcare_gui/data/routine.schema.json``; tests keep the two in step.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from footcare_gui.core.catalogue import Catalogue, Exercise, PhaseKind
from footcare_gui.core.doses import (
    PACE_SECONDS_MAX,
    PHASE_SECONDS_MAX,
    REPS_MAX,
    REST_SECONDS_MAX,
    SETS_MAX,
    feet_apply,
    normalised,
    phase_minimum,
)
from footcare_gui.core.i18n import Context
from footcare_gui.core.names import name_problem, terminal_safe
from footcare_gui.core.plan import DEFAULT_FEET, Dose, FeetChoice, build_plan
from footcare_gui.core.routine import ROUTINE_NAME_MAX, Routine, RoutineError

RoutineFileText = Context("RoutineFileText")

FORMAT_VERSION = 1
MAX_FILE_BYTES = 1024 * 1024  # 1 MB: a real routine is a few hundred bytes
MAX_EXERCISES = 20
MAX_STEPS = 2000  # more steps than any sensible day's routine; guards against typos like 5000
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "data" / "routine.schema.json"

TOP_REQUIRED = ("version", "name", "exercises")
TOP_OPTIONAL = ("$schema",)
ENTRY_REQUIRED = ("id",)
PHASE_KEYS = {kind: f"{kind.value}_seconds" for kind in PhaseKind}
ENTRY_OPTIONAL = (
    "reps",
    "sets",
    "rest_seconds",
    "pace_seconds",
    "feet",
    *PHASE_KEYS.values(),
)


class RoutineFileError(ValueError):
    """A routine file (or stored routine data) that cannot be used; the message says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ImportedRoutine:
    routine: Routine
    doses: dict[str, Dose]  # one per exercise of the routine, defaults filled in


def shown(value: Any) -> str:
    """A value as the file spelled it, shortened so a message stays one line."""
    text = terminal_safe(json.dumps(value, ensure_ascii=False))  # no raw controls in a message
    return text if len(text) <= 40 else text[:37] + "…"


def _fail(where: str, problem: str) -> RoutineFileError:
    return RoutineFileError(f"{where}: {problem}" if where else problem)


def _unknown_field(known: tuple[str, ...]) -> str:
    return RoutineFileText.tr("unknown field (known: {known})").format(known=", ".join(known))


def _missing() -> str:
    return RoutineFileText.tr("is missing")


def whole_number(value: Any) -> int | None:
    """The value as a whole number if it is one; 2.0 is (as in JSON Schema), true is not."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value if isinstance(value, int) else None


def _whole(value: Any, where: str, low: int, high: int, seconds: bool = False) -> int:
    number = whole_number(value)
    if number is None or not low <= number <= high:
        if seconds:
            text = RoutineFileText.tr(
                "must be a whole number of seconds from {low} to {high}, not {value}"
            )
        else:
            text = RoutineFileText.tr("must be a whole number from {low} to {high}, not {value}")
        raise _fail(where, text.format(low=low, high=high, value=shown(value)))
    return number


def phase_groups(exercise: Exercise) -> dict[str, list[int]]:
    """Timed phases by their key in the file ("hold_seconds" → phase indexes, in order)."""
    groups: dict[str, list[int]] = {}
    for index, phase in enumerate(exercise.phases):
        if not phase.counted:
            groups.setdefault(PHASE_KEYS[phase.kind], []).append(index)
    return groups


def dose_from_json(exercise: Exercise, entry: dict[str, Any], where: str) -> Dose:
    """A dose from a file entry (or a stored one); absent fields take the catalogue's default.

    ``where`` prefixes messages, e.g. "exercises[2]". A key "id" is allowed and ignored here.
    """
    allowed = (*ENTRY_REQUIRED, *ENTRY_OPTIONAL)
    for key in entry:
        if key not in allowed:
            raise _fail(f"{where}.{key}", _unknown_field(allowed))
    default = Dose.default_for(exercise)
    reps = _whole(entry.get("reps", default.reps), f"{where}.reps", 1, REPS_MAX)
    sets = _whole(entry.get("sets", default.sets), f"{where}.sets", 1, SETS_MAX)
    rest = _whole(
        entry.get("rest_seconds", default.rest_seconds),
        f"{where}.rest_seconds",
        0,
        REST_SECONDS_MAX,
        seconds=True,
    )
    pace = default.pace_seconds
    if "pace_seconds" in entry:
        if not exercise.counted:
            raise _fail(
                f"{where}.pace_seconds",
                RoutineFileText.tr("{exercise} is timed, so it takes no pace").format(
                    exercise=exercise.id
                ),
            )
        pace = _whole(entry["pace_seconds"], f"{where}.pace_seconds", 0, PACE_SECONDS_MAX, True)
    feet = None
    if "feet" in entry:
        if not feet_apply(exercise):
            raise _fail(
                f"{where}.feet",
                RoutineFileText.tr("{exercise} works both feet at once; leave feet out").format(
                    exercise=exercise.id
                ),
            )
        choices = [choice.value for choice in FeetChoice]
        if entry["feet"] not in choices:
            names = ", ".join(f'"{c}"' for c in choices)
            raise _fail(
                f"{where}.feet",
                RoutineFileText.tr("must be one of {choices}, not {value}").format(
                    choices=names, value=shown(entry["feet"])
                ),
            )
        feet = FeetChoice(entry["feet"])
    seconds = list(default.phase_seconds)
    groups = phase_groups(exercise)
    for key in PHASE_KEYS.values():
        if key not in entry:
            continue
        if key not in groups:
            kind = key.removesuffix("_seconds")
            raise _fail(
                f"{where}.{key}",
                RoutineFileText.tr("{exercise} has no timed {kind} phase").format(
                    exercise=exercise.id, kind=kind
                ),
            )
        indexes, value = groups[key], entry[key]
        values = value if isinstance(value, list) else [value] * len(indexes)
        if len(values) != len(indexes):
            raise _fail(
                f"{where}.{key}",
                RoutineFileText.tr(
                    "{exercise} has {count} such phases: give one number, or a list of {count}, "
                    "not {value}"
                ).format(exercise=exercise.id, count=len(indexes), value=shown(value)),
            )
        for number, (index, item) in enumerate(zip(indexes, values, strict=True), start=1):
            place = f"{where}.{key}[{number}]" if isinstance(value, list) else f"{where}.{key}"
            low = phase_minimum(exercise, index)
            seconds[index] = _whole(item, place, low, PHASE_SECONDS_MAX, seconds=True)
    dose = Dose(reps, sets, tuple(seconds), rest, pace, feet=feet)
    return normalised(exercise, dose)


def dose_to_json(exercise: Exercise, dose: Dose) -> dict[str, Any]:
    """Every field written out, so a reader needs no catalogue to know the dose."""
    entry: dict[str, Any] = {"reps": dose.reps, "sets": dose.sets}
    for key, indexes in phase_groups(exercise).items():
        values = [dose.phase_seconds[i] for i in indexes]
        entry[key] = values[0] if len(set(values)) == 1 else values
    entry["rest_seconds"] = dose.rest_seconds
    if exercise.counted:
        entry["pace_seconds"] = dose.pace_seconds
    if feet_apply(exercise):
        entry["feet"] = (dose.feet or DEFAULT_FEET[exercise.sides]).value
    return entry


def parse_routine(data: Any, catalogue: Catalogue) -> ImportedRoutine:
    """Validates parsed JSON fully; raises :class:`RoutineFileError` at the first problem."""
    if not isinstance(data, dict):
        raise _fail(
            "",
            RoutineFileText.tr("The file must hold a JSON object {{...}}, not {value}").format(
                value=shown(data)
            ),
        )
    if "version" not in data:
        raise _fail(
            "version",
            RoutineFileText.tr('is missing (a routine file says "version": {version})').format(
                version=FORMAT_VERSION
            ),
        )
    version = whole_number(data["version"])
    if version is None or version < 1:
        raise _fail(
            "version",
            RoutineFileText.tr("must be a whole number like {version}, not {value}").format(
                version=FORMAT_VERSION, value=shown(data["version"])
            ),
        )
    if version > FORMAT_VERSION:
        raise _fail(
            "version",
            RoutineFileText.tr(
                "the file is version {version}, newer than this Footcare reads "
                "({supported}); update Footcare to import it"
            ).format(version=version, supported=FORMAT_VERSION),
        )
    for key in data:
        if key not in (*TOP_REQUIRED, *TOP_OPTIONAL):
            raise _fail(key, _unknown_field((*TOP_REQUIRED, *TOP_OPTIONAL)))
    for key in TOP_REQUIRED:
        if key not in data:
            raise _fail(key, _missing())
    if "$schema" in data and not isinstance(data["$schema"], str):
        raise _fail(
            "$schema",
            RoutineFileText.tr("must be a text (the schema's address), not {value}").format(
                value=shown(data["$schema"])
            ),
        )
    name = data["name"]
    # The length as written, spaces included, as the schema counts it.
    if not isinstance(name, str) or not name.strip() or len(name) > ROUTINE_NAME_MAX:
        raise _fail(
            "name",
            RoutineFileText.tr(
                "must be a non-empty text of at most {count} characters, not {value}"
            ).format(count=ROUTINE_NAME_MAX, value=shown(name)),
        )
    if problem := name_problem(name):  # as the file spells it: the schema sees the same
        raise _fail("name", problem)
    entries = data["exercises"]
    if not isinstance(entries, list):
        raise _fail(
            "exercises",
            RoutineFileText.tr("must be a list of exercises, not {value}").format(
                value=shown(entries)
            ),
        )
    if not entries:
        raise _fail("exercises", RoutineFileText.tr("must list at least one exercise"))
    if len(entries) > MAX_EXERCISES:
        raise _fail(
            "exercises",
            RoutineFileText.tr("lists {count} exercises; a routine has at most {max}").format(
                count=len(entries), max=MAX_EXERCISES
            ),
        )
    ids: list[str] = []
    doses: dict[str, Dose] = {}
    for number, entry in enumerate(entries, start=1):
        where = f"exercises[{number}]"
        if not isinstance(entry, dict):
            raise _fail(
                where,
                RoutineFileText.tr(
                    'must be an object like {{"id": "calf-stretch"}}, not {value}'
                ).format(value=shown(entry)),
            )
        if "id" not in entry:
            raise _fail(f"{where}.id", _missing())
        ident = entry["id"]
        if not isinstance(ident, str) or ident not in catalogue.ids():
            raise _fail(
                f"{where}.id",
                RoutineFileText.tr("unknown exercise {value} (known: {known})").format(
                    value=shown(ident), known=", ".join(catalogue.ids())
                ),
            )
        if ident in ids:
            raise _fail(
                f"{where}.id",
                RoutineFileText.tr('"{id}" is listed twice (first as exercises[{first}])').format(
                    id=ident, first=ids.index(ident) + 1
                ),
            )
        ids.append(ident)
        doses[ident] = dose_from_json(catalogue.get(ident), entry, where)
    _check_length(ids, doses, catalogue)
    try:
        routine = Routine(name, tuple(ids))
    except RoutineError as error:  # already checked above; kept so no RoutineError leaks
        raise _fail("name", str(error)) from error
    return ImportedRoutine(routine, doses)


def _check_length(ids: list[str], doses: dict[str, Dose], catalogue: Catalogue) -> None:
    lengths = [len(build_plan(catalogue.get(i), doses[i])) for i in ids]
    if sum(lengths) > MAX_STEPS:
        longest = max(range(len(ids)), key=lengths.__getitem__)
        raise _fail(
            "exercises",
            RoutineFileText.tr(
                "the routine would run {steps} steps (exercises[{number}], {exercise}, alone "
                "{alone}); at most {max} are allowed, so lower the reps or sets"
            ).format(
                steps=f"{sum(lengths):,}",
                number=longest + 1,
                exercise=ids[longest],
                alone=f"{lengths[longest]:,}",
                max=f"{MAX_STEPS:,}",
            ),
        )


def routine_to_json(
    routine: Routine, doses: dict[str, Dose], catalogue: Catalogue
) -> dict[str, Any]:
    exercises = []
    for ident in routine.exercise_ids:
        exercise = catalogue.get(ident)
        dose = doses.get(ident) or Dose.default_for(exercise)
        exercises.append({"id": ident, **dose_to_json(exercise, dose)})
    return {"version": FORMAT_VERSION, "name": routine.name, "exercises": exercises}


def read_routine_file(path: Path | str, catalogue: Catalogue) -> ImportedRoutine:
    path = Path(path)
    try:
        raw = _read_regular_file(path, MAX_FILE_BYTES + 1)  # never more than the limit
    except OSError as error:
        raise _fail(
            "",
            RoutineFileText.tr("The file cannot be read ({reason})").format(
                reason=error.strerror or error
            ),
        ) from error
    if len(raw) > MAX_FILE_BYTES:
        raise _fail(
            "",
            RoutineFileText.tr(
                "The file is larger than 1 MB; a routine file is a few kilobytes at most"
            ),
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _fail(
            "",
            RoutineFileText.tr("The file is not UTF-8 text (byte 0x{byte} at {position})").format(
                byte=f"{raw[error.start]:02x}", position=error.start
            ),
        ) from error
    try:
        data = json.loads(text, parse_constant=_not_json)
    except RecursionError as error:
        raise _fail(
            "", RoutineFileText.tr("The file nests lists or objects too deeply to be a routine")
        ) from error
    except json.JSONDecodeError as error:
        raise _fail(
            "",
            RoutineFileText.tr(
                "The file is not valid JSON: {problem} at line {line}, column {column}"
            ).format(problem=error.msg, line=error.lineno, column=error.colno),
        ) from error
    except _NotJsonError as error:
        raise _fail(
            "",
            RoutineFileText.tr("The file is not valid JSON: {value} is not a JSON value").format(
                value=error
            ),
        ) from error
    except ValueError as error:  # e.g. a number with thousands of digits
        raise _fail(
            "", RoutineFileText.tr("The file holds a number too long to be a routine value")
        ) from error
    return parse_routine(data, catalogue)


class _NotJsonError(ValueError):
    """NaN or Infinity: Python reads them, JSON (and so every other tool) does not."""


def _not_json(constant: str) -> Any:
    raise _NotJsonError(constant)


def _read_regular_file(path: Path, limit: int) -> bytes:
    """Up to ``limit`` bytes of ``path``; a FIFO, device, socket or folder is refused at once.

    Opened without blocking (a FIFO with no writer would wait forever), then checked on the
    open file itself, so it cannot be swapped between the check and the read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags)
    with os.fdopen(handle, "rb") as file:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise _fail("", RoutineFileText.tr("It is not a regular file, so it is not a routine"))
        if hasattr(os, "set_blocking"):
            os.set_blocking(handle, True)
        return file.read(limit)


def write_routine_file(
    path: Path | str, routine: Routine, doses: dict[str, Dose], catalogue: Catalogue
) -> None:
    """Writes the file whole or not at all (a temporary file renamed over the target)."""
    path = Path(path)
    text = json.dumps(routine_to_json(routine, doses, catalogue), ensure_ascii=False, indent=2)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text + "\n")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
