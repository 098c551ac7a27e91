"""One rule for what a session counts for (issue 13 part 1)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.clock import ManualClock
from footcare_gui.core.history import adherence, record_from_summary
from footcare_gui.core.outcome import Counts, SessionOutcome, Tally, outcome_of
from footcare_gui.core.plan import build_plan
from footcare_gui.core.session import Session
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
    assert (calf.partly, calf.partly_reps) == (1, Tally(1, 2))


def test_a_session_counts_by_name_the_same_from_summary_to_record(catalogue: Catalogue) -> None:
    """Reps, sets and sides as value types: the summary, its record and the outcome agree."""
    clock = ManualClock()
    live = Session(build_plan(catalogue.get("calf-stretch")), clock)  # 1 rep x 1 set x 2 feet
    live.start()
    while live.step.position.side == 1:  # the first foot, to its end
        clock.advance(live.remaining_ms() or 1000)
        live.tick()
    live.stop()
    summary = live.summary()
    counts = summary.counts
    assert counts.reps == Tally(1, 2)
    assert counts.sets == Tally(1, 2)
    assert counts.sides == Tally(1, 2)
    assert counts.outcome is SessionOutcome.PARTLY
    at = datetime(2026, 11, 2, 8, tzinfo=BERLIN_WINTER)
    record = record_from_summary(summary, at)
    assert record.counts == counts
    whole = Counts(Tally(2, 2), Tally(2, 2), Tally(2, 2))
    assert dataclasses.replace(record, **whole.fields()).finished
    assert Tally(1, 2) + Tally(3, 4) == Tally(4, 6)
