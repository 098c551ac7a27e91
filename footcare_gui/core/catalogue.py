"""The exercise catalogue: the data model and the parser that validates the catalogue's data
(the file itself is read by services/catalogue_file.py).

Every number in the catalogue says where it came from: ``source`` when the exercise text gives
it, ``app`` when the text is silent and Footcare chose a sensible default. A broken file raises
:class:`CatalogueError` naming the file, the exercise and the field, so the app never starts
with half a catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Any, NoReturn, overload

from footcare_gui.core.i18n import translate


class CatalogueError(ValueError):
    """The catalogue file cannot be used; the message says where and why."""

    def __init__(self, path: Path | str, problem: str, exercise: str = "", field: str = ""):
        where = f"{path}"
        if exercise:
            where += f", exercise '{exercise}'"
        if field:
            where += f", field '{field}'"
        super().__init__(f"{where}: {problem}")
        self.path, self.exercise, self.field, self.problem = str(path), exercise, field, problem


class Origin(Enum):
    SOURCE = "source"  # the exercise text gives this number
    APP = "app"  # the text is silent; Footcare chose it


class PhaseKind(Enum):
    HOLD = "hold"  # keep a stretch still
    RELAX = "relax"  # let go between holds
    MOVE = "move"  # an active movement, e.g. one toe pull


class Sides(Enum):
    EACH = "each"  # one foot, then the other
    TOGETHER = "together"  # both feet at once
    AFFECTED = "affected"  # the painful foot only


@dataclass(frozen=True)
class Amount:
    """A number of the dose with the range users may set and where the default came from."""

    default: int
    minimum: int
    maximum: int
    origin: Origin  # of the default
    note: str = ""
    # Of each bound, where it differs from the default's: the source may give one number (a
    # default) while Footcare chose the range around it.
    min_origin: Origin | None = None
    max_origin: Origin | None = None

    def __post_init__(self) -> None:
        if self.min_origin is None:
            object.__setattr__(self, "min_origin", self.origin)
        if self.max_origin is None:
            object.__setattr__(self, "max_origin", self.origin)

    @property
    def range_from_source(self) -> bool:
        """Both bounds are the source's (e.g. "hold for 30 to 60 seconds")."""
        return self.min_origin is self.max_origin is Origin.SOURCE


@dataclass(frozen=True)
class Phase:
    """One part of a rep, e.g. "hold the stretch" or "relax"."""

    kind: PhaseKind
    label: str
    instruction: str
    seconds: Amount | None  # None for a counted phase that waits for the user
    counted: bool = False

    @property
    def timed(self) -> bool:
        return self.seconds is not None and self.seconds.default > 0


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    why: str
    position: str
    steps: tuple[str, ...]
    caution: str
    phases: tuple[Phase, ...]
    reps: Amount
    sets: Amount
    per_day: Amount
    sides: Sides
    sides_origin: Origin
    rest_seconds: Amount  # between sets
    progression: str = ""
    pace_seconds: Amount | None = None  # counted exercises: optional seconds per rep, 0 = own pace

    @property
    def counted(self) -> bool:
        return any(phase.counted for phase in self.phases)


@dataclass(frozen=True)
class Catalogue:
    exercises: tuple[Exercise, ...]
    path: Path

    def ids(self) -> list[str]:
        return [exercise.id for exercise in self.exercises]

    def get(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)


CATALOGUE_CONTEXT = "Catalogue"  # footcare_gui/data/catalogue_strings.py marks its texts so


def _catalogue_text(text: str) -> str:
    return translate(CATALOGUE_CONTEXT, text) if text else text


@overload
def _localized_amount(amount: Amount) -> Amount: ...
@overload
def _localized_amount(amount: None) -> None: ...
def _localized_amount(amount: Amount | None) -> Amount | None:
    if amount is None or not amount.note:
        return amount
    return replace(amount, note=_catalogue_text(amount.note))


def localized(exercise: Exercise) -> Exercise:
    """The exercise with every text a user reads in the user's language: name, why, position,
    steps, caution, progression, phase labels and instructions, and the notes of its numbers.

    Ids, numbers and kinds are unchanged. Texts without a translation stay as written, so
    calling it on an exercise already localized changes nothing.
    """
    return replace(
        exercise,
        name=_catalogue_text(exercise.name),
        why=_catalogue_text(exercise.why),
        position=_catalogue_text(exercise.position),
        steps=tuple(_catalogue_text(step) for step in exercise.steps),
        caution=_catalogue_text(exercise.caution),
        progression=_catalogue_text(exercise.progression),
        phases=tuple(
            replace(
                phase,
                label=_catalogue_text(phase.label),
                instruction=_catalogue_text(phase.instruction),
                seconds=_localized_amount(phase.seconds),
            )
            for phase in exercise.phases
        ),
        reps=_localized_amount(exercise.reps),
        sets=_localized_amount(exercise.sets),
        per_day=_localized_amount(exercise.per_day),
        rest_seconds=_localized_amount(exercise.rest_seconds),
        pace_seconds=_localized_amount(exercise.pace_seconds),
    )


def localized_catalogue(catalogue: Catalogue) -> Catalogue:
    """The catalogue with every exercise :func:`localized`."""
    return replace(catalogue, exercises=tuple(localized(e) for e in catalogue.exercises))


def catalogue_texts(catalogue: Catalogue) -> list[tuple[str, str]]:
    """(where, text) for every text :func:`localized` translates, in file order, each text once.

    ``where`` is a hint for translators, e.g. "calf-stretch: steps[2]".
    """
    found: dict[str, str] = {}

    def add(where: str, text: str) -> None:
        if text and text not in found:
            found[text] = where

    for e in catalogue.exercises:
        add(f"{e.id}: name", e.name)
        add(f"{e.id}: why", e.why)
        add(f"{e.id}: position", e.position)
        for number, step in enumerate(e.steps, start=1):
            add(f"{e.id}: steps[{number}]", step)
        add(f"{e.id}: caution", e.caution)
        add(f"{e.id}: progression", e.progression)
        for number, phase in enumerate(e.phases, start=1):
            add(f"{e.id}: phases[{number}].label", phase.label)
            add(f"{e.id}: phases[{number}].instruction", phase.instruction)
            if phase.seconds is not None:
                add(f"{e.id}: phases[{number}].seconds.note", phase.seconds.note)
        for name in ("reps", "sets", "per_day", "rest_seconds", "pace_seconds"):
            amount = getattr(e, name)
            if amount is not None:
                add(f"{e.id}: {name}.note", amount.note)
    return [(where, text) for text, where in found.items()]


def parse_catalogue(raw: dict[str, Any], path: Path | str = "<catalogue>") -> Catalogue:
    entries = raw.get("exercise")
    if not isinstance(entries, list) or not entries:
        raise CatalogueError(path, "has no [[exercise]] entries", field="exercise")
    exercises = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        exercise = _ExerciseReader(path, entry, number).read()
        if exercise.id in seen:
            raise CatalogueError(path, "the id is used twice", exercise.id, "id")
        seen.add(exercise.id)
        exercises.append(exercise)
    return Catalogue(tuple(exercises), Path(path))


class _ExerciseReader:
    """Reads one ``[[exercise]]`` table; every error names the exercise and the field."""

    def __init__(self, path: Path | str, entry: Any, number: int):
        self.path = path
        self.name = f"#{number}"
        if not isinstance(entry, dict):
            self.fail("exercise", "must be a table")
        self.entry: dict[str, Any] = entry
        if isinstance(entry.get("id"), str) and entry["id"]:
            self.name = entry["id"]

    def fail(self, field: str, problem: str) -> NoReturn:
        raise CatalogueError(self.path, problem, self.name, field)

    def read(self) -> Exercise:
        # Fields are checked in the order a person reads the file, so the first error reported
        # is the first one they would meet.
        exercise_id = self.text("id")
        if not exercise_id.replace("-", "").isalnum() or exercise_id != exercise_id.lower():
            self.fail("id", "must be lower-case letters, digits and dashes")
        name, why, position = self.text("name"), self.text("why"), self.text("position")
        steps, caution = self.text_list("steps"), self.text("caution")
        sides_value = self.text("sides")
        try:
            sides = Sides(sides_value)
        except ValueError:
            self.fail("sides", f"must be one of {', '.join(s.value for s in Sides)}")
        sides_origin = self.origin("sides_origin", self.entry.get("sides_origin"))
        reps, sets = self.required_amount("reps"), self.required_amount("sets")
        per_day = self.required_amount("per_day")
        rest = self.required_amount("rest_seconds", allow_zero=True)
        progression = self.text("progression", required=False)
        pace = self.amount("pace_seconds", self.entry.get("pace_seconds"), allow_zero=True)
        phases = self.phases()
        counted = any(phase.counted for phase in phases)
        if counted and pace is None:
            self.fail("pace_seconds", "is required for a counted exercise")
        return Exercise(
            id=exercise_id,
            name=name,
            why=why,
            position=position,
            steps=steps,
            caution=caution,
            phases=phases,
            reps=reps,
            sets=sets,
            per_day=per_day,
            sides=sides,
            sides_origin=sides_origin,
            rest_seconds=rest,
            progression=progression,
            pace_seconds=pace if counted else None,
        )

    def text(self, field: str, required: bool = True) -> str:
        value = self.entry.get(field, None if required else "")
        if not isinstance(value, str) or (required and not value.strip()):
            self.fail(field, "must be a non-empty text" if required else "must be a text")
        return value.strip()

    def text_list(self, field: str) -> tuple[str, ...]:
        value = self.entry.get(field)
        if not isinstance(value, list) or not value:
            self.fail(field, "must be a list of texts")
        for item in value:
            if not isinstance(item, str) or not item.strip():
                self.fail(field, "must be a list of non-empty texts")
        return tuple(item.strip() for item in value)

    def origin(self, field: str, value: Any) -> Origin:
        try:
            return Origin(value)
        except ValueError:
            self.fail(field, "must say where the number comes from: 'source' or 'app'")
        raise AssertionError  # unreachable: fail() raises

    def required_amount(self, field: str, allow_zero: bool = False) -> Amount:
        amount = self.amount(field, self.entry.get(field), allow_zero)
        if amount is None:
            self.fail(field, "is missing")
        assert amount is not None
        return amount

    def amount(self, field: str, value: Any, allow_zero: bool = False) -> Amount | None:
        if value is None:
            return None
        if not isinstance(value, dict):
            self.fail(field, "must be a table like { default = 3, min = 1, max = 5, from = 'app' }")
        numbers = {}
        for key in ("default", "min", "max"):
            number = value.get(key)
            if not isinstance(number, int) or isinstance(number, bool):
                self.fail(f"{field}.{key}", "must be a whole number")
            numbers[key] = number
        low, high, default = numbers["min"], numbers["max"], numbers["default"]
        if low < 0 or (low == 0 and not allow_zero):
            self.fail(
                f"{field}.min", "must be at least 1" if not allow_zero else "must not be negative"
            )
        if low > high:
            self.fail(field, f"min ({low}) is greater than max ({high})")
        if not low <= default <= high:
            self.fail(f"{field}.default", f"{default} is outside its range {low}-{high}")
        note = value.get("note", "")
        if not isinstance(note, str):
            self.fail(f"{field}.note", "must be a text")
        origins = value.get("from")
        if isinstance(origins, dict):  # from = { default = "source", min = "app", max = "app" }
            unknown = set(origins) - {"default", "min", "max"}
            if unknown or len(origins) != 3:
                self.fail(f"{field}.from", "must name the origin of default, min and max")
            default_from, low_from, high_from = (
                self.origin(f"{field}.from.{key}", origins.get(key))
                for key in ("default", "min", "max")
            )
        else:  # one origin for the default and both bounds
            default_from = low_from = high_from = self.origin(f"{field}.from", origins)
        return Amount(default, low, high, default_from, note, low_from, high_from)

    def phases(self) -> tuple[Phase, ...]:
        entries = self.entry.get("phases")
        if not isinstance(entries, list) or not entries:
            self.fail("phases", "must list at least one phase")
        phases = []
        for number, entry in enumerate(entries, start=1):
            field = f"phases[{number}]"
            if not isinstance(entry, dict):
                self.fail(field, "must be a table")
            try:
                kind = PhaseKind(entry.get("kind"))
            except ValueError:
                self.fail(
                    f"{field}.kind", f"must be one of {', '.join(k.value for k in PhaseKind)}"
                )
            counted = entry.get("counted", False)
            if not isinstance(counted, bool):
                self.fail(f"{field}.counted", "must be true or false")
            for key in ("label", "instruction"):
                if not isinstance(entry.get(key), str) or not entry[key].strip():
                    self.fail(f"{field}.{key}", "must be a non-empty text")
            seconds = self.amount(f"{field}.seconds", entry.get("seconds"))
            if seconds is None and not counted:
                self.fail(f"{field}.seconds", "is required for a timed phase")
            if seconds is not None and counted:
                self.fail(f"{field}.seconds", "a counted phase is paced by pace_seconds instead")
            phases.append(
                Phase(kind, entry["label"].strip(), entry["instruction"].strip(), seconds, counted)
            )
        if all(phase.kind is PhaseKind.RELAX for phase in phases):
            self.fail("phases", "need at least one hold or move")
        return tuple(phases)
