"""Progression: proposed after N finished sessions at a dose, held back while pain is high or
rising, and only for exercises whose catalogue text describes a progression."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.history import SessionRecord
from footcare_gui.core.outcomes import MorningCheck
from footcare_gui.core.plan import Dose
from footcare_gui.core.progression import (
    HeldBack,
    ProgressionSettings,
    Proposal,
    morning_hold_back_reason,
    pain_hold_back_reason,
    progresses,
    propose,
)

START = datetime(2026, 11, 1, 8, 0, tzinfo=timezone(timedelta(hours=1)))
SETTINGS = ProgressionSettings()


def toe_session(
    day: int,
    reps: int = 25,
    finished: bool = True,
    pain_after: int | None = None,
    sides: int = 2,
    exercise_id: str = "toe-pulling",
) -> SessionRecord:
    started = START + timedelta(days=day)
    return SessionRecord(
        exercise_id=exercise_id,
        started_at=started,
        ended_at=started + timedelta(minutes=4),
        active_s=200,
        paused_s=0,
        reps_done=reps * sides if finished else 3,
        reps_planned=reps * sides,
        sets_done=sides if finished else 0,
        sets_planned=sides,
        sides_done=sides if finished else 1,
        sides_planned=sides,
        finished=finished,
        pain_after=pain_after,
    )


def toe_dose(catalogue: Catalogue, reps: int = 25) -> Dose:
    return replace(Dose.default_for(catalogue.get("toe-pulling")), reps=reps)


def test_only_exercises_with_a_progression_and_a_reps_range_progress(
    catalogue: Catalogue,
) -> None:
    assert [e.id for e in catalogue.exercises if progresses(e)] == ["toe-pulling"]


def test_five_finished_sessions_at_the_dose_earn_a_proposal(catalogue: Catalogue) -> None:
    toe = catalogue.get("toe-pulling")
    four = [toe_session(day) for day in range(4)]
    assert propose(toe, toe_dose(catalogue), four, SETTINGS) is None
    stopped = [*four, toe_session(4, finished=False)]
    assert propose(toe, toe_dose(catalogue), stopped, SETTINGS) is None
    proposal = propose(toe, toe_dose(catalogue), [*four, toe_session(5)], SETTINGS)
    assert isinstance(proposal, Proposal)
    assert proposal.message == (
        "You have finished toe pulling 5 times at 25 reps per foot. Try 30 reps per foot?"
    )
    assert proposal.accept_label == "Increase to 30"


def test_sessions_at_another_dose_or_exercise_or_before_the_dose_was_set_do_not_count(
    catalogue: Catalogue,
) -> None:
    toe = catalogue.get("toe-pulling")
    others = [toe_session(d, reps=30) for d in range(5)]
    others += [toe_session(d, exercise_id="calf-stretch") for d in range(5)]
    assert propose(toe, toe_dose(catalogue), others, SETTINGS) is None
    old = [toe_session(d) for d in range(5)]
    since = START + timedelta(days=3)
    assert propose(toe, toe_dose(catalogue), old, SETTINGS, dose_since=since) is None
    one_foot = [toe_session(d, sides=1) for d in range(5)]  # reps per set still 25
    assert isinstance(propose(toe, toe_dose(catalogue), one_foot, SETTINGS), Proposal)


def test_declining_waits_for_n_more_sessions_at_that_dose(catalogue: Catalogue) -> None:
    toe = catalogue.get("toe-pulling")
    records = [toe_session(d) for d in range(5)]
    declined = START + timedelta(days=5)
    assert propose(toe, toe_dose(catalogue), records, SETTINGS, declined_at=declined) is None
    records += [toe_session(d) for d in range(6, 10)]
    assert propose(toe, toe_dose(catalogue), records, SETTINGS, declined_at=declined) is None
    records.append(toe_session(10))
    again = propose(toe, toe_dose(catalogue), records, SETTINGS, declined_at=declined)
    assert isinstance(again, Proposal)
    assert again.sessions == 5


def test_the_step_and_sessions_needed_are_the_users_and_the_top_is_the_catalogues(
    catalogue: Catalogue,
) -> None:
    toe = catalogue.get("toe-pulling")
    settings = ProgressionSettings(step=10, sessions_needed=2)
    records = [toe_session(d, reps=70) for d in range(2)]
    proposal = propose(toe, toe_dose(catalogue, 70), records, settings)
    assert isinstance(proposal, Proposal)
    assert proposal.proposed_reps == 75  # not 80: the source's top
    at_top = [toe_session(d, reps=75) for d in range(9)]
    assert propose(toe, toe_dose(catalogue, 75), at_top, settings) is None


def test_no_proposal_for_an_exercise_without_a_progression(catalogue: Catalogue) -> None:
    calf = catalogue.get("calf-stretch")
    records = [toe_session(d, reps=1, exercise_id="calf-stretch") for d in range(9)]
    assert propose(calf, Dose.default_for(calf), records, SETTINGS) is None


def test_pain_above_the_threshold_after_the_last_session_holds_back(catalogue: Catalogue) -> None:
    toe = catalogue.get("toe-pulling")
    records = [toe_session(d, pain_after=p) for d, p in enumerate([2, 2, 2, 2, 6])]
    held = propose(toe, toe_dose(catalogue), records, SETTINGS)
    assert isinstance(held, HeldBack)
    assert held.message == (
        "Toe pulling stays at 25 reps per foot for now: your pain after the last session was 6, "
        "above your limit of 5."
    )
    at_limit = [*records[:4], toe_session(4, pain_after=5)]
    assert isinstance(propose(toe, toe_dose(catalogue), at_limit, SETTINGS), Proposal)
    stricter = ProgressionSettings(pain_threshold=4)
    assert isinstance(propose(toe, toe_dose(catalogue), at_limit, stricter), HeldBack)


def test_rising_pain_holds_back_and_says_by_how_much(catalogue: Catalogue) -> None:
    toe = catalogue.get("toe-pulling")
    pains = [1, 2, 1, 3, 2, 3]  # means 1.33 then 2.67: up by 1.33
    records = [toe_session(d, pain_after=p) for d, p in enumerate(pains)]
    held = propose(toe, toe_dose(catalogue), records, SETTINGS)
    assert isinstance(held, HeldBack)
    assert held.reason == (
        "your pain after sessions is rising (average 2.7 over the last 3 rated sessions, "
        "up from 1.3)"
    )


@pytest.mark.parametrize(
    ("ratings", "held"),
    [
        ([], False),
        ([2, 2, 2, 3, 3, 3], True),  # up by exactly 1: rising
        ([2, 2, 2, 3, 3, 2], False),  # up by 0.67: not rising
        ([4, 4, 4, 1, 1, 1], False),  # falling
        ([1, 1, 4, 4, 4], False),  # fewer than 6 ratings: no trend to judge
        ([0, 0, 0, 0, 0, 0, 4, 4, 5], True),  # only the last six count
        ([5, 5, 5, 1, 1, 1, 1, 1, 1], False),
        ([3, 3, 3, 3, 3, 6], True),  # above the threshold, whatever the trend
    ],
)
def test_pain_hold_back_rules(ratings: list[int], held: bool) -> None:
    assert bool(pain_hold_back_reason(ratings, 5)) is held


def test_unrated_sessions_do_not_break_the_trend(catalogue: Catalogue) -> None:
    toe = catalogue.get("toe-pulling")
    pains: list[int | None] = [1, None, 1, 1, None, 3, 3, 3]
    records = [toe_session(d, pain_after=p) for d, p in enumerate(pains)]
    assert isinstance(propose(toe, toe_dose(catalogue), records, SETTINGS), HeldBack)


@pytest.mark.parametrize(
    "fields",
    [{"step": 0}, {"sessions_needed": 0}, {"pain_threshold": 11}, {"step": True}],
)
def test_progression_settings_refuse_nonsense(fields: dict[str, int]) -> None:
    with pytest.raises(ValueError, match=next(iter(fields))):
        ProgressionSettings(**fields)


def test_pain_that_rose_with_the_last_increase_holds_the_next_one_back(
    catalogue: Catalogue,
) -> None:
    toe = catalogue.get("toe-pulling")
    before = [toe_session(d, reps=25, pain_after=1) for d in range(5)]
    after = [toe_session(5 + d, reps=30, pain_after=p) for d, p in enumerate([3, 4, 5, 5, 5])]
    dose_since = START + timedelta(days=4, hours=12)
    held = propose(toe, toe_dose(catalogue, 30), before + after, SETTINGS, dose_since=dose_since)
    assert isinstance(held, HeldBack)
    assert "rising" in held.reason


# --- morning pain (issue 17) --------------------------------------------------------------------


def morning(day: int, pain: int) -> MorningCheck:
    at = START + timedelta(days=day) - timedelta(hours=1)  # 7:00, before the day's session
    return MorningCheck(at.date(), pain, at)


def test_morning_pain_higher_than_before_the_last_increase_holds_the_next_one_back(
    catalogue: Catalogue,
) -> None:
    toe = catalogue.get("toe-pulling")
    increased = START + timedelta(days=2)
    sessions = [toe_session(day, reps=30) for day in range(3, 8)]
    checks = [morning(1, 2), morning(4, 2), morning(7, 4)]
    result = propose(toe, toe_dose(catalogue, 30), sessions, SETTINGS, increased, None, checks)
    assert isinstance(result, HeldBack)
    assert result.message == (
        "Toe pulling stays at 30 reps per foot for now: your morning pain is 4, higher than the "
        "2 before the last increase."
    )
    settled = [*checks[:2], morning(7, 2)]
    result = propose(toe, toe_dose(catalogue, 30), sessions, SETTINGS, increased, None, settled)
    assert isinstance(result, Proposal)


def test_morning_pain_rising_over_the_last_week_holds_back(catalogue: Catalogue) -> None:
    toe = catalogue.get("toe-pulling")
    sessions = [toe_session(day) for day in range(5)]
    rising = [morning(day, pain) for day, pain in zip(range(5), (1, 1, 2, 3, 3), strict=True)]
    result = propose(toe, toe_dose(catalogue), sessions, SETTINGS, morning=rising)
    assert isinstance(result, HeldBack)
    assert "morning pain rose over the last week (average 3.0, up from 1.0)" in result.message


@pytest.mark.parametrize(
    ("pains", "held"),
    [
        ((1, 1, 2, 3, 3), True),
        ((3, 3, 2, 1, 1), False),  # falling
        ((2, 2, 3), False),  # too few to judge a week
        ((2, 3, 2, 3), False),  # up by half a point: noise
    ],
)
def test_morning_rise_rule(pains: tuple[int, ...], held: bool) -> None:
    checks = [morning(day, pain) for day, pain in enumerate(pains)]
    assert bool(morning_hold_back_reason(checks, None)) is held


def test_a_rise_more_than_a_week_ago_does_not_hold_back() -> None:
    checks = [morning(day, pain) for day, pain in enumerate((1, 1, 3, 3))]
    checks += [morning(12, 2), morning(13, 2)]
    assert morning_hold_back_reason(checks, None) == ""


def test_a_morning_rise_of_exactly_one_point_holds_back() -> None:
    """Seven mornings: the later three average exactly 1 point above the earlier three (8/3 and
    5/3, which floating point alone puts a hair below 1)."""
    checks = [morning(day, pain) for day, pain in enumerate((1, 2, 2, 9, 2, 3, 3))]
    assert "rose over the last week" in morning_hold_back_reason(checks, None)


def test_after_session_pain_rising_by_exactly_one_point_holds_back() -> None:
    assert "rising" in pain_hold_back_reason([1, 2, 2, 2, 3, 3], threshold=5)


def test_a_morning_rise_in_a_week_long_past_does_not_hold_back_today(
    catalogue: Catalogue,
) -> None:
    """The user stopped answering the morning check weeks ago: "the last week" is the week up to
    now, not the week up to the last answer."""
    rising = [morning(day, pain) for day, pain in enumerate((1, 1, 3, 3))]
    today = START + timedelta(days=30)
    assert morning_hold_back_reason(rising, None, now=today) == ""
    assert morning_hold_back_reason(rising, None, now=START + timedelta(days=4))
    toe = catalogue.get("toe-pulling")
    sessions = [toe_session(day) for day in range(25, 30)]
    result = propose(toe, toe_dose(catalogue), sessions, SETTINGS, morning=rising, now=today)
    assert isinstance(result, Proposal)
