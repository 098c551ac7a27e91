"""Days, targets and streaks: what the Today panel, the History view and the report show."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.clock import ManualClock
from footcare_gui.core.history import (
    Adherence,
    RecordError,
    SessionRecord,
    Streak,
    adherence,
    all_met,
    done_by_exercise,
    pain_by_day,
    period,
    record_from_summary,
    sessions_per_day,
    streak,
    targets_for,
)
from footcare_gui.core.plan import build_plan
from footcare_gui.core.session import Session

BERLIN_WINTER = timezone(timedelta(hours=1))
BERLIN_SUMMER = timezone(timedelta(hours=2))
NEW_YORK = timezone(timedelta(hours=-5))
TARGETS = {"calf-stretch": 2, "toe-pulling": 1}


def session(
    exercise_id: str,
    start: datetime,
    minutes: int = 5,
    finished: bool = True,
    pain_before: int | None = None,
    pain_after: int | None = None,
) -> SessionRecord:
    return SessionRecord(
        exercise_id=exercise_id,
        started_at=start,
        ended_at=start + timedelta(minutes=minutes),
        active_s=minutes * 60.0,
        paused_s=0.0,
        reps_done=2 if finished else 1,
        reps_planned=2,
        sets_done=1,
        sets_planned=1,
        sides_done=2,
        sides_planned=2,
        finished=finished,
        pain_before=pain_before,
        pain_after=pain_after,
    )


def full_day(day: date, tz: timezone = BERLIN_WINTER) -> list[SessionRecord]:
    at = datetime(day.year, day.month, day.day, 8, tzinfo=tz)
    return [
        session("calf-stretch", at),
        session("calf-stretch", at + timedelta(hours=9)),
        session("toe-pulling", at + timedelta(hours=1)),
    ]


def test_targets_are_the_catalogue_times_a_day(catalogue: Catalogue) -> None:
    assert targets_for(catalogue) == {
        "calf-stretch": 2,
        "achilles-stretch": 1,
        "ankle-extension": 1,
        "ankle-flexion": 1,
        "toe-pulling": 3,
    }


def test_a_session_past_midnight_counts_for_the_day_it_started() -> None:
    late = session("calf-stretch", datetime(2026, 11, 2, 23, 55, tzinfo=BERLIN_WINTER), minutes=10)
    assert late.ended_at.date() == date(2026, 11, 3)
    assert done_by_exercise([late], date(2026, 11, 2)) == {"calf-stretch": 1}
    assert done_by_exercise([late], date(2026, 11, 3)) == {}


def test_stopped_sessions_do_not_count_toward_the_target() -> None:
    at = datetime(2026, 11, 2, 9, tzinfo=BERLIN_WINTER)
    records = [session("calf-stretch", at), session("calf-stretch", at, finished=False)]
    assert done_by_exercise(records, date(2026, 11, 2)) == {"calf-stretch": 1}
    assert not all_met(done_by_exercise(records, date(2026, 11, 2)), {"calf-stretch": 2})


def test_streak_runs_to_yesterday_while_today_is_still_open() -> None:
    today = date(2026, 11, 27)
    records = [r for n in (1, 2, 3) for r in full_day(today - timedelta(days=n))]
    assert streak(records, TARGETS, today) == Streak(current=3, best=3)
    assert streak(records + full_day(today), TARGETS, today) == Streak(current=4, best=4)


def test_a_missed_day_ends_the_current_streak_but_not_the_best() -> None:
    today = date(2026, 11, 27)
    met = [1, 2, 3, 4, 5, 6, 8]  # nothing on day 7
    records = [r for n in met for r in full_day(today - timedelta(days=n + 1))]
    assert streak(records, TARGETS, today) == Streak(current=0, best=6)


def test_a_partly_done_day_breaks_the_streak() -> None:
    today = date(2026, 11, 27)
    records = full_day(today - timedelta(days=1)) + full_day(today - timedelta(days=3))
    two_days_ago = datetime.combine(today - timedelta(days=2), datetime.min.time(), BERLIN_WINTER)
    records.append(session("calf-stretch", two_days_ago + timedelta(hours=9)))
    assert streak(records, TARGETS, today) == Streak(current=1, best=1)


def test_clock_change_weekend_neither_doubles_nor_drops_a_day() -> None:
    # Europe left summer time on 25 Oct 2026: the Sunday had 25 hours.
    days = [date(2026, 10, 24), date(2026, 10, 25), date(2026, 10, 26)]
    records = full_day(days[0], BERLIN_SUMMER)
    records += [
        session("calf-stretch", datetime(2026, 10, 25, 1, 30, tzinfo=BERLIN_SUMMER)),
        session("calf-stretch", datetime(2026, 10, 25, 23, 30, tzinfo=BERLIN_WINTER)),
        session("toe-pulling", datetime(2026, 10, 25, 12, tzinfo=BERLIN_WINTER)),
    ]
    records += full_day(days[2], BERLIN_WINTER)
    assert streak(records, TARGETS, days[2]) == Streak(current=3, best=3)
    assert sessions_per_day(records, days[0], days[2]) == [3, 3, 3]


def test_travel_across_time_zones_keeps_each_session_on_its_local_day() -> None:
    # Evening in New York is already the next day in Berlin: it still counts for the 2nd.
    evening_in_new_york = datetime(2026, 11, 2, 21, tzinfo=NEW_YORK)
    records = full_day(date(2026, 11, 1))
    records += [
        session("calf-stretch", datetime(2026, 11, 2, 8, tzinfo=BERLIN_WINTER)),
        session("calf-stretch", evening_in_new_york),
        session("toe-pulling", evening_in_new_york + timedelta(minutes=10)),
    ]
    assert streak(records, TARGETS, date(2026, 11, 2)) == Streak(current=2, best=2)


def test_sessions_per_day_covers_every_day_of_the_period() -> None:
    first, last = period(weeks=1, today=date(2026, 11, 27))
    assert (first, last) == (date(2026, 11, 21), date(2026, 11, 27))
    records = full_day(date(2026, 11, 22)) + full_day(date(2026, 11, 10))
    assert sessions_per_day(records, first, last) == [0, 3, 0, 0, 0, 0, 0]


def test_adherence_does_not_let_extra_sessions_make_up_for_a_missed_day() -> None:
    first, last = date(2026, 11, 1), date(2026, 11, 2)
    at = datetime(2026, 11, 1, 8, tzinfo=BERLIN_WINTER)
    records = [session("toe-pulling", at + timedelta(hours=h)) for h in range(3)]
    result = adherence(records, {"toe-pulling": 1}, first, last)
    assert result == [Adherence("toe-pulling", done=1, target=2)]
    assert result[0].fraction == 0.5


def test_pain_by_day_averages_each_day_and_leaves_gaps() -> None:
    at = datetime(2026, 11, 1, 8, tzinfo=BERLIN_WINTER)
    records = [
        session("calf-stretch", at, pain_before=6, pain_after=4),
        session("calf-stretch", at + timedelta(hours=8), pain_before=5),
        session("calf-stretch", at + timedelta(days=2), pain_after=2),
    ]
    days = pain_by_day(records, date(2026, 11, 1), date(2026, 11, 3))
    assert [(d.before, d.after) for d in days] == [(5.5, 4.0), (None, None), (None, 2.0)]


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"pain_before": 11}, "pain_before must be 0-10"),
        ({"pain_after": -1}, "pain_after must be 0-10"),
        ({"started_at": datetime(2026, 11, 1, 8)}, "started_at must carry a time zone"),
        ({"ended_at": datetime(2026, 11, 1, 7, tzinfo=BERLIN_WINTER)}, "ended_at is before"),
        ({"note": "x" * 2001}, "note is longer than 2000"),
    ],
)
def test_impossible_records_are_refused(changes: dict[str, object], problem: str) -> None:
    good = session("calf-stretch", datetime(2026, 11, 1, 8, tzinfo=BERLIN_WINTER))
    fields = {**good.__dict__, **changes}
    with pytest.raises(RecordError, match=problem):
        SessionRecord(**fields)  # type: ignore[arg-type]


def test_a_record_is_made_from_the_summary_of_a_stopped_session(
    catalogue: Catalogue, clock: ManualClock
) -> None:
    session = Session(build_plan(catalogue.get("calf-stretch")), clock)
    session.start()
    clock.advance(20_000)
    session.tick()
    session.pause()
    clock.advance(4_000)
    session.stop()
    started = datetime(2026, 11, 2, 23, 59, 50, tzinfo=BERLIN_WINTER)
    record = record_from_summary(session.summary(), started, pain_before=4)
    assert record.exercise_id == "calf-stretch"
    assert not record.finished
    assert (record.active_s, record.paused_s) == (20.0, 4.0)
    assert record.ended_at == started + timedelta(seconds=24)
    assert record.day == date(2026, 11, 2)
    assert (record.reps_done, record.reps_planned, record.sides_planned) == (0, 2, 2)
    assert (record.pain_before, record.pain_after, record.note) == (4, None, "")
