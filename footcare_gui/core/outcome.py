"""What a session counts for: the one rule every record, count and report uses.

A session counts toward the day's target only when every planned rep was done ("finished"). One
with some reps done is "partly done" and is shown with its fraction, never as done; one with none
is "nothing done" and counts for nothing. Only reps count: skipping a rest, a get-ready or a
switch of feet is not skipping work.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TypedDict

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate


class SessionOutcome(Enum):
    # The values are the CSV's words (English in every language, for scripts).
    FINISHED = "finished"
    PARTLY = "partly done"
    NOTHING = "nothing done"

    @property
    def counts(self) -> bool:
        """True when the session counts toward the day's target (and streaks, progression)."""
        return self is SessionOutcome.FINISHED

    def word(self) -> str:
        """The outcome in the user's language: "Finished", "Partly done", "Nothing done"."""
        return translate("OutcomeText", _WORDS[self])


_WORDS = {
    SessionOutcome.FINISHED: QT_TRANSLATE_NOOP("OutcomeText", "Finished"),
    SessionOutcome.PARTLY: QT_TRANSLATE_NOOP("OutcomeText", "Partly done"),
    SessionOutcome.NOTHING: QT_TRANSLATE_NOOP("OutcomeText", "Nothing done"),
}


def outcome_of(reps_done: int, reps_planned: int) -> SessionOutcome:
    """The outcome of a session with `reps_done` of `reps_planned` reps done."""
    if reps_planned > 0 and reps_done >= reps_planned:
        return SessionOutcome.FINISHED
    return SessionOutcome.PARTLY if reps_done > 0 else SessionOutcome.NOTHING


@dataclass(frozen=True)
class Tally:
    """``done`` of ``planned``: the reps, sets or sides of a session."""

    done: int = 0
    planned: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.done + other.done, self.planned + other.planned)


@dataclass(frozen=True)
class Counts:
    """What a session did of its dose. A rep is done when each of its holds or moves was, a set
    when each of its reps was, a side (a foot) when each of its sets was."""

    reps: Tally
    sets: Tally
    sides: Tally

    @property
    def outcome(self) -> SessionOutcome:
        return outcome_of(self.reps.done, self.reps.planned)

    def fields(self) -> CountFields:
        """As the records' and summaries' columns (reps_done, reps_planned, ...)."""
        return CountFields(
            reps_done=self.reps.done,
            reps_planned=self.reps.planned,
            sets_done=self.sets.done,
            sets_planned=self.sets.planned,
            sides_done=self.sides.done,
            sides_planned=self.sides.planned,
        )


class CountFields(TypedDict):
    """The six count columns as keyword arguments: ``Summary(..., **counts.fields())``."""

    reps_done: int
    reps_planned: int
    sets_done: int
    sets_planned: int
    sides_done: int
    sides_planned: int


@dataclass(frozen=True)
class Counted:
    """The six count columns a summary or record carries, with their :class:`Counts` and
    outcome."""

    reps_done: int  # reps whose every hold or move was completed, counted per foot and set
    reps_planned: int  # of the plan (or dose), counted the same way
    sets_done: int  # sets whose every rep was done, counted per foot
    sets_planned: int  # of the plan
    sides_done: int  # feet whose every set was done
    sides_planned: int  # feet in the plan: one, or both

    @property
    def counts(self) -> Counts:
        return Counts(
            Tally(self.reps_done, self.reps_planned),
            Tally(self.sets_done, self.sets_planned),
            Tally(self.sides_done, self.sides_planned),
        )

    @property
    def outcome(self) -> SessionOutcome:
        """What it counts for: finished only when every planned rep was done."""
        return self.counts.outcome


# The same rule as SQL over a row's columns, for the store's migration and constraint.
FINISHED_SQL = "(reps_planned > 0 AND reps_done >= reps_planned)"
