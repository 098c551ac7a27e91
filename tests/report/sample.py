"""Made-up session records for report tests: four weeks of a routine, with pain easing off."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.history import SessionRecord

TODAY = date(2026, 11, 29)  # a Sunday: four weeks end here and start on Monday 2 November


def berlin() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Berlin")
    except Exception:  # no tzdata on this machine: Berlin's winter offset will do
        return timezone(timedelta(hours=1))


def record(
    exercise_id: str,
    day: date,
    hour: int = 8,
    minute: int = 0,
    *,
    finished: bool = True,
    pain_before: int | None = None,
    pain_after: int | None = None,
    note: str = "",
    routine: str = "",
    active_s: float = 95.0,
    paused_s: float = 0.0,
) -> SessionRecord:
    start = datetime(day.year, day.month, day.day, hour, minute, tzinfo=berlin())
    return SessionRecord(
        exercise_id=exercise_id,
        started_at=start,
        ended_at=start + timedelta(seconds=active_s + paused_s),
        active_s=active_s,
        paused_s=paused_s,
        reps_done=8 if finished else 3,
        reps_planned=8,
        sets_done=1,
        sets_planned=1,
        sides_done=2 if finished else 1,
        sides_planned=2,
        finished=finished,
        pain_before=pain_before,
        pain_after=pain_after,
        note=note,
        routine=routine,
    )


NOTES = (
    "Calf tight in the morning, easier after.",
    "Stopped: sharp pain under the second toe.",
    "Walked 5 km yesterday; the ball of the foot ached.",
    "New shoes with a rocker sole — much better.",
)


def month_of_sessions(
    catalogue: Catalogue, today: date = TODAY, weeks: int = 4
) -> list[SessionRecord]:
    """Every exercise at its daily target on most days, skipped days, pain from ~6 to ~2."""
    first = today - timedelta(days=7 * weeks - 1)
    records = []
    for n in range(7 * weeks):
        day = first + timedelta(days=n)
        if n % 9 == 4:
            continue  # a day off
        ease = n * 4 // (7 * weeks)
        for index, exercise in enumerate(catalogue.exercises):
            times = exercise.per_day.default - (1 if n % 5 == 2 and index == 0 else 0)
            for time in range(times):
                rated = index == 0 and time == 0 and n % 6 != 5  # some days without a rating
                records.append(
                    record(
                        exercise.id,
                        day,
                        (8, 13, 18, 21)[time % 4],
                        5 * index,
                        pain_before=6 - ease if rated else None,
                        pain_after=4 - ease // 2 if rated else None,
                        note=NOTES[n // 4 % len(NOTES)] if rated and n % 4 == 0 else "",
                        routine="Morning routine",
                    )
                )
        if n % 7 == 3:
            records.append(record("toe-pulling", day, 20, finished=False, pain_before=7))
    return records
