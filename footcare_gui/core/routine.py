"""A routine: the exercises a user does together, in their order, under a name they choose."""

from __future__ import annotations

from dataclasses import dataclass

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from footcare_gui.core.names import name_problem

RoutineText = Context("RoutineText")

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
# The first routine's name, in English; default_routine() names it in the user's language.
DEFAULT_ROUTINE_NAME = QT_TRANSLATE_NOOP("RoutineText", "My routine")


class RoutineError(ValueError):
    pass


@dataclass(frozen=True)
class Routine:
    name: str
    exercise_ids: tuple[str, ...]

    def __post_init__(self) -> None:
        name = self.name.strip()
        if not name:
            raise RoutineError(RoutineText.tr("a routine needs a name"))
        if problem := name_problem(name):
            raise RoutineError(
                RoutineText.tr("the routine's name {problem}").format(problem=problem)
            )
        if len(name) > ROUTINE_NAME_MAX:
            raise RoutineError(
                RoutineText.tr("a routine name is at most {count} characters").format(
                    count=ROUTINE_NAME_MAX
                )
            )
        if not self.exercise_ids:
            raise RoutineError(
                RoutineText.tr("routine '{name}' has no exercises").format(name=name)
            )
        if len(set(self.exercise_ids)) != len(self.exercise_ids):
            raise RoutineError(
                RoutineText.tr("routine '{name}' lists an exercise twice").format(name=name)
            )
        object.__setattr__(self, "name", name)

    def check_against(self, catalogue: Catalogue) -> None:
        unknown = [i for i in self.exercise_ids if i not in catalogue.ids()]
        if unknown:
            raise RoutineError(
                RoutineText.tr("routine '{name}' names unknown exercises: {ids}").format(
                    name=self.name, ids=", ".join(unknown)
                )
            )


def default_routine(catalogue: Catalogue) -> Routine:
    ids = [i for i in DEFAULT_ORDER if i in catalogue.ids()]
    ids += [i for i in catalogue.ids() if i not in ids]
    return Routine(translate("RoutineText", DEFAULT_ROUTINE_NAME), tuple(ids))
