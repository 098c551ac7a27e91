"""A routine: the exercises a user does together, in their order, under a name they choose."""

from __future__ import annotations

from dataclasses import dataclass

from footcare_gui.core.catalogue import Catalogue

ROUTINE_NAME_MAX = 60
# App's choice of order: stretches of the calf and Achilles first loosen what the ankle and
# toe exercises then work.
DEFAULT_ORDER = (
    "calf-stretch",
    "achilles-stretch",
    "ankle-extension",
    "ankle-flexion",
    "toe-pulling",
)
DEFAULT_ROUTINE_NAME = "My routine"


class RoutineError(ValueError):
    pass


@dataclass(frozen=True)
class Routine:
    name: str
    exercise_ids: tuple[str, ...]

    def __post_init__(self) -> None:
        name = self.name.strip()
        if not name:
            raise RoutineError("a routine needs a name")
        if len(name) > ROUTINE_NAME_MAX:
            raise RoutineError(f"a routine name is at most {ROUTINE_NAME_MAX} characters")
        if not self.exercise_ids:
            raise RoutineError(f"routine '{name}' has no exercises")
        if len(set(self.exercise_ids)) != len(self.exercise_ids):
            raise RoutineError(f"routine '{name}' lists an exercise twice")
        object.__setattr__(self, "name", name)

    def check_against(self, catalogue: Catalogue) -> None:
        unknown = [i for i in self.exercise_ids if i not in catalogue.ids()]
        if unknown:
            raise RoutineError(
                f"routine '{self.name}' names unknown exercises: {', '.join(unknown)}"
            )


def default_routine(catalogue: Catalogue) -> Routine:
    ids = [i for i in DEFAULT_ORDER if i in catalogue.ids()]
    ids += [i for i in catalogue.ids() if i not in ids]
    return Routine(DEFAULT_ROUTINE_NAME, tuple(ids))
