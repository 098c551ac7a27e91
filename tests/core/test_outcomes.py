"""Clinically meaningful change (thresholds from the data file) and when to ask."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from footcare_gui.core.outcomes import (
    Goal,
    GoalRating,
    MorningCheck,
    Verdict,
    change,
    goal_change,
    goal_rating_due,
    morning_change,
    morning_check_due,
    morning_pain_by_day,
)
from footcare_gui.services.outcome_thresholds import thresholds

CET = timezone(timedelta(hours=1))
DAY1 = date(2026, 3, 2)


def checks(*pains: int, every: int = 1) -> list[MorningCheck]:
    found = []
    for n, pain in enumerate(pains):
        day = DAY1 + timedelta(days=n * every)
        found.append(MorningCheck(day, pain, datetime(day.year, day.month, day.day, 7, tzinfo=CET)))
    return found


def test_the_thresholds_are_the_published_ones_with_their_sources() -> None:
    pain, psfs = thresholds()["pain"], thresholds()["psfs"]
    assert (pain.points, pain.percent) == (2.0, 30.0)
    assert "Salaffi F et al., Eur J Pain 2004" in pain.source
    assert (psfs.points, psfs.percent) == (2.0, None)
    assert "Stratford" in psfs.source


@pytest.mark.parametrize(
    ("pains", "verdict"),
    [
        ((6, 4), Verdict.BETTER),  # 2 points
        ((3, 2), Verdict.BETTER),  # 1 point, but 33 %
        ((8, 7), Verdict.UNCHANGED),  # 1 point, 12.5 %
        ((4, 6), Verdict.WORSE),
        ((0, 1), Verdict.UNCHANGED),  # no per cent of nothing
    ],
)
def test_pain_change_from_the_first_week_to_the_latest(
    pains: tuple[int, int], verdict: Verdict
) -> None:
    result = morning_change(checks(*pains, every=14), thresholds()["pain"])
    assert result.verdict is verdict
    assert result.difference == pains[1] - pains[0]


def test_the_first_and_latest_weeks_are_means_and_one_week_is_too_early() -> None:
    result = morning_change(checks(6, 4, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3), thresholds()["pain"])
    assert (result.first, result.latest) == (5.0, pytest.approx(25 / 7))
    assert morning_change(checks(6, 2, 1), thresholds()["pain"]).verdict is Verdict.TOO_EARLY
    assert morning_change([], thresholds()["pain"]).verdict is Verdict.TOO_EARLY


def test_a_goal_is_meaningfully_better_at_two_points() -> None:
    at = datetime(2026, 3, 2, 9, tzinfo=CET)
    ratings = [GoalRating(1, at, 3), GoalRating(2, at, 5)]
    ratings += [
        GoalRating(1, at + timedelta(days=21), 5),
        GoalRating(2, at + timedelta(days=21), 6),
    ]
    assert goal_change(ratings, 1, thresholds()["psfs"]).verdict is Verdict.BETTER
    assert goal_change(ratings, 2, thresholds()["psfs"]).verdict is Verdict.UNCHANGED
    assert change([(at, 5), (at + timedelta(days=7), 3)], thresholds()["psfs"]).verdict is (
        Verdict.WORSE
    )


def test_the_morning_check_is_offered_before_noon_once_a_day() -> None:
    morning = datetime(2026, 3, 3, 8, tzinfo=CET)
    assert morning_check_due(morning, checks(2), asked_on=None)
    assert not morning_check_due(morning.replace(hour=12), [], asked_on=None)
    assert not morning_check_due(morning, [], asked_on=morning.date())  # skipped today
    assert not morning_check_due(morning, checks(2, 3), asked_on=None)  # answered today


def test_goals_are_asked_about_once_a_week() -> None:
    now = datetime(2026, 3, 9, 10, tzinfo=CET)
    goal = Goal(1, "Walking", now)
    rated = [GoalRating(1, now - timedelta(days=6), 4)]
    assert not goal_rating_due(now, [], [], None)
    assert goal_rating_due(now, [goal], [], None)
    assert not goal_rating_due(now, [goal], rated, None)
    assert goal_rating_due(now + timedelta(days=1), [goal], rated, None)
    assert not goal_rating_due(now + timedelta(days=1), [goal], rated, now.date())  # skipped


def test_morning_pain_by_day_leaves_gaps() -> None:
    found = morning_pain_by_day(checks(2, 4, every=2), DAY1, DAY1 + timedelta(days=3))
    assert found == [2, None, 4, None]


def test_the_latest_week_never_shares_days_with_the_first() -> None:
    """Eight mornings: 8 for a week, then 2. The latest week must not re-use the first week's
    days (it would average 7.1 and call a fall of 6 points "no meaningful change")."""
    result = morning_change(checks(8, 8, 8, 8, 8, 8, 8, 2), thresholds()["pain"])
    assert (result.first, result.latest) == (8.0, 2.0)
    assert result.verdict is Verdict.BETTER
    ten = morning_change(checks(1, 1, 1, 1, 1, 1, 1, 5, 5, 5), thresholds()["pain"])
    assert (ten.latest, ten.verdict) == (5.0, Verdict.WORSE)
