"""One rule for what a session counts for (issue 13 part 1)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from footcare_gui.core.history import adherence
from footcare_gui.core.outcome import SessionOutcome, outcome_of
from tests.core.test_history import BERLIN_WINTER, session


def test_finished_means_every_planned_rep_done() -> None:
    assert outcome_of(24, 24) is SessionOutcome.FINISHED
    assert outcome_of(8, 24) is SessionOutcome.PARTLY
    assert outcome_of(0, 24) is SessionOutcome.NOTHING
    assert outcome_of(0, 0) is SessionOutcome.NOTHING  # no work planned is no work done
    assert [o.counts for o in SessionOutcome] == [True, False, False]


def test_a_record_cannot_claim_a_finish_its_reps_deny() -> None:
    at = datetime(2026, 11, 2, 8, tzinfo=BERLIN_WINTER)
    claimed = dataclasses.replace(session("calf-stretch", at), reps_done=0, finished=True)
    assert not claimed.finished
    assert claimed.outcome is SessionOutcome.NOTHING


def test_adherence_lists_partly_done_sessions_apart() -> None:
    day = date(2026, 11, 2)
    at = datetime(2026, 11, 2, 8, tzinfo=BERLIN_WINTER)
    records = [session("calf-stretch", at), session("calf-stretch", at, finished=False)]
    (calf,) = adherence(records, {"calf-stretch": 2}, day, day)
    assert (calf.done, calf.target) == (1, 2)
    assert (calf.partly, calf.partly_reps_done, calf.partly_reps_planned) == (1, 1, 2)
