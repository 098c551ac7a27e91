"""What a session counts for: the one rule every record, count and report uses.

A session counts toward the day's target only when every planned rep was done ("finished"). One
with some reps done is "partly done" and is shown with its fraction, never as done; one with none
is "nothing done" and counts for nothing. Only reps count: skipping a rest, a get-ready or a
switch of feet is not skipping work.
"""

from __future__ import annotations

from enum import Enum

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


# The same rule as SQL over a row's columns, for the store's migration and constraint.
FINISHED_SQL = "(reps_planned > 0 AND reps_done >= reps_planned)"
