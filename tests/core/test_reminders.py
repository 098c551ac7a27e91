"""Reminder times: defaults, the next one, which are due, DST days and waking from sleep."""

from __future__ import annotations

import itertools
import os
import time as time_module
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.reminders import (
    DEFAULT_TIMES,
    Reminder,
    ReminderPlan,
    default_times,
    due_now,
    instant,
    next_reminder,
    notification,
    plans_for,
)

LONDON = ZoneInfo("Europe/London")
CALF = ReminderPlan("calf-stretch", "Calf stretch", (time(18), time(9)))
TOES = ReminderPlan("toe-pulling", "Toe pulling", (time(9), time(13), time(18)))
TARGETS = {"calf-stretch": 2, "toe-pulling": 3}


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=LONDON)


def test_defaults_spread_each_days_sessions() -> None:
    assert default_times(1) == (time(9),)
    assert default_times(2) == (time(9), time(18))
    assert default_times(3) == (time(9), time(13), time(18))
    assert default_times(4) == (time(9), time(12), time(15), time(18))
    assert default_times(0) == DEFAULT_TIMES[1]
    five = default_times(5)
    assert (len(five), five[0], five[-1]) == (5, time(9), time(18))


def test_plans_follow_each_exercises_times_a_day_unless_chosen(catalogue: Catalogue) -> None:
    plans = {p.exercise_id: p for p in plans_for(catalogue, {"ankle-flexion": [time(7, 30)]})}
    assert plans["calf-stretch"].times == (time(9), time(18))
    assert plans["toe-pulling"].times == (time(9), time(13), time(18))
    assert plans["ankle-flexion"].times == (time(7, 30),)
    assert plans["calf-stretch"].name == "Calf stretch"


def test_plan_times_are_sorted_unique_and_to_the_minute() -> None:
    plan = ReminderPlan("x", "X", (time(18), time(9, 0, 30), time(9)))
    assert plan.times == (time(9), time(18))


def test_next_reminder_is_the_first_time_after_now() -> None:
    assert next_reminder(at(27, 8), [CALF, TOES], LONDON) == at(27, 9).astimezone(UTC)
    assert next_reminder(at(27, 9), [CALF, TOES], LONDON) == at(27, 13).astimezone(UTC)
    assert next_reminder(at(27, 19), [CALF, TOES], LONDON) == at(28, 9).astimezone(UTC)
    assert next_reminder(at(27, 19), [], LONDON) is None
    assert next_reminder(at(27, 19), [ReminderPlan("x", "X", ())], LONDON) is None


def test_next_reminder_follows_the_zone_not_the_offset_of_now() -> None:
    # Saturday evening in October is BST (+1); Sunday's 09:00 is GMT after the clocks go back.
    now = datetime(2026, 10, 24, 20, tzinfo=LONDON)
    assert next_reminder(now, [CALF], LONDON) == datetime(2026, 10, 25, 9, tzinfo=UTC)


def test_a_time_the_clocks_skip_comes_as_long_after_the_jump() -> None:
    # 29 March 2026: 01:00 GMT becomes 02:00 BST, so 01:30 does not exist that day.
    moment = instant(date(2026, 3, 29), time(1, 30), LONDON)
    assert moment.astimezone(LONDON).replace(tzinfo=None) == datetime(2026, 3, 29, 2, 30)


def test_a_time_the_clocks_repeat_comes_once_at_its_first_occurrence() -> None:
    # 25 October 2026: 02:00 BST becomes 01:00 GMT, so 01:30 happens twice.
    early = ReminderPlan("calf-stretch", "Calf stretch", (time(1, 30),))
    first = instant(date(2026, 10, 25), time(1, 30), LONDON)
    assert first == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    before = datetime(2026, 10, 25, 0, 0, tzinfo=UTC)
    assert next_reminder(before, [early], LONDON) == first
    # Walk through the repeated hour: the reminder is due once, not twice.
    steps = [before + timedelta(minutes=15 * n) for n in range(12)]
    shown = [due_now(a, b, [early], {}, TARGETS, LONDON) for a, b in itertools.pairwise(steps)]
    assert sum(len(s) for s in shown) == 1


@pytest.fixture
def system_zone_london() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/London"
    time_module.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time_module.tzset()


@pytest.mark.usefixtures("system_zone_london")
def test_the_system_zone_follows_the_same_dst_rules() -> None:
    gap = instant(date(2026, 3, 29), time(1, 30))
    repeat = instant(date(2026, 10, 25), time(1, 30))
    assert gap == instant(date(2026, 3, 29), time(1, 30), LONDON)
    assert repeat == instant(date(2026, 10, 25), time(1, 30), LONDON)
    # datetime.now().astimezone() gives a fixed offset; the next day's time still uses the rules.
    now = datetime(2026, 10, 24, 20, tzinfo=timezone(timedelta(hours=1)))
    assert next_reminder(now, [CALF]) == datetime(2026, 10, 25, 9, tzinfo=UTC)


def test_a_time_that_passes_reminds_when_fewer_sessions_are_done() -> None:
    due = due_now(at(27, 8, 59), at(27, 9), [CALF, TOES], {}, TARGETS, LONDON)
    assert due == [
        Reminder("calf-stretch", "Calf stretch: 0 of 2 done today"),
        Reminder("toe-pulling", "Toe pulling: 0 of 3 done today"),
    ]


def test_a_slot_already_covered_by_sessions_done_is_not_shown() -> None:
    # 13:00 is toe pulling's second slot: with two done it is covered; with one it is not.
    assert due_now(at(27, 12), at(27, 13), [TOES], {"toe-pulling": 2}, TARGETS, LONDON) == []
    assert due_now(at(27, 12), at(27, 13), [TOES], {"toe-pulling": 1}, TARGETS, LONDON) == [
        Reminder("toe-pulling", "Toe pulling: 1 of 3 done today")
    ]


def test_a_met_target_is_never_reminded() -> None:
    many = ReminderPlan("calf-stretch", "Calf stretch", (time(9), time(12), time(15), time(18)))
    assert due_now(at(27, 17), at(27, 18), [many], {"calf-stretch": 2}, TARGETS, LONDON) == []
    assert due_now(at(27, 17), at(27, 18), [many], {"calf-stretch": 1}, TARGETS, LONDON) == [
        Reminder("calf-stretch", "Calf stretch: 1 of 2 done today")
    ]


def test_times_outside_the_window_are_not_due() -> None:
    assert due_now(at(27, 9), at(27, 12), [CALF, TOES], {}, TARGETS, LONDON) == []
    assert due_now(at(27, 9, 1), at(27, 9, 2), [CALF], {}, TARGETS, LONDON) == []


def test_waking_after_several_times_brings_one_reminder_per_exercise() -> None:
    # Asleep from 08:00 to 19:00: toe pulling's 09:00, 13:00 and 18:00 all passed.
    due = due_now(at(27, 8), at(27, 19), [CALF, TOES], {"toe-pulling": 1}, TARGETS, LONDON)
    assert due == [
        Reminder("calf-stretch", "Calf stretch: 0 of 2 done today"),
        Reminder("toe-pulling", "Toe pulling: 1 of 3 done today"),
    ]


def test_sleeping_across_midnight_does_not_remind_of_yesterday() -> None:
    assert due_now(at(27, 17), at(28, 8), [CALF], {}, TARGETS, LONDON) == []
    assert due_now(at(27, 17), at(28, 9, 30), [CALF], {}, TARGETS, LONDON) == [
        Reminder("calf-stretch", "Calf stretch: 0 of 2 done today")
    ]


def test_a_clock_set_back_shows_nothing() -> None:
    assert due_now(at(27, 10), at(27, 8), [CALF], {}, TARGETS, LONDON) == []


def test_an_exercise_without_a_target_uses_its_number_of_times() -> None:
    assert due_now(at(27, 8), at(27, 9), [CALF], {}, {}, LONDON) == [
        Reminder("calf-stretch", "Calf stretch: 0 of 2 done today")
    ]


def test_reminders_due_together_make_one_notification() -> None:
    one = [Reminder("calf-stretch", "Calf stretch: 0 of 2 done today")]
    assert notification(one) == (
        "Time for a foot exercise",
        "Calf stretch: 0 of 2 done today",
        "calf-stretch",
    )
    two = [*one, Reminder("toe-pulling", "Toe pulling: 1 of 3 done today")]
    title, text, exercise = notification(two)
    assert title == "Time for your foot exercises"
    assert text.splitlines() == [one[0].text, two[1].text]
    assert exercise == "calf-stretch"
    with pytest.raises(ValueError, match="no reminders"):
        notification([])
