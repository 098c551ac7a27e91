"""What was done, and when: session records and the day-by-day arithmetic over them.

Days are calendar dates, never 24-hour spans: a session belongs to the local date on which it
started (in the time zone in force at that moment), so a session running past midnight, a DST
change or a trip across time zones never moves, doubles or drops a day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.outcome import Counted, SessionOutcome, Tally

if TYPE_CHECKING:  # the session engine is loaded with the first session, not at start-up
    from footcare_gui.core.session import Summary

PAIN_MIN, PAIN_MAX = 0, 10
NOTE_MAX_CHARS = 2000


class RecordError(ValueError):
    """A session record that cannot be right (a programming or data error, named precisely)."""


@dataclass(frozen=True)
class SessionRecord(Counted):
    """One session that ended, finished or stopped early."""

    exercise_id: str
    started_at: datetime  # time-zone aware, in the offset in force when it started
    ended_at: datetime
    active_s: float  # time spent in steps, pauses excluded
    paused_s: float
    # reps_done ... sides_planned: the six count columns (Counted)
    # Always what the reps say (core/outcome.py): the value passed in is replaced, so no record
    # can claim a session finished that was not.
    finished: bool
    pain_before: int | None = None
    pain_after: int | None = None
    note: str = ""
    routine: str = ""  # name of the routine the session was part of, if any
    id: int | None = field(default=None, compare=False)  # given by the store

    def __post_init__(self) -> None:
        object.__setattr__(self, "finished", self.outcome.counts)
        for name in ("started_at", "ended_at"):
            if getattr(self, name).utcoffset() is None:
                raise RecordError(f"{name} must carry a time zone")
        if self.ended_at < self.started_at:
            raise RecordError("ended_at is before started_at")
        for name in ("pain_before", "pain_after"):
            value = getattr(self, name)
            if value is not None and not PAIN_MIN <= value <= PAIN_MAX:
                raise RecordError(f"{name} must be {PAIN_MIN}-{PAIN_MAX}, not {value}")
        if len(self.note) > NOTE_MAX_CHARS:
            raise RecordError(f"note is longer than {NOTE_MAX_CHARS} characters")

    @property
    def day(self) -> date:
        """The day the session counts for: the local date it started on."""
        return self.started_at.date()


def record_from_summary(
    summary: Summary, started_at: datetime, pain_before: int | None = None, routine: str = ""
) -> SessionRecord:
    """The record of a session that ended; its end follows from the monotonic clock's span, so a
    wall-clock change during the session cannot make it end before it began."""
    span = timedelta(milliseconds=max(0, summary.ended_at_ms - summary.started_at_ms))
    return SessionRecord(
        exercise_id=summary.exercise_id,
        started_at=started_at,
        ended_at=started_at + span,
        active_s=summary.active_ms / 1000,
        paused_s=summary.paused_ms / 1000,
        **summary.counts.fields(),
        finished=summary.outcome.counts,
        pain_before=pain_before,
        routine=routine,
    )


def targets_for(catalogue: Catalogue) -> dict[str, int]:
    """Sessions a day each exercise asks for (the catalogue's 'times a day')."""
    return {exercise.id: exercise.per_day.default for exercise in catalogue.exercises}


def done_by_exercise(records: Iterable[SessionRecord], day: date) -> dict[str, int]:
    """Finished sessions per exercise on one day; stopped sessions do not count toward targets."""
    counts: dict[str, int] = {}
    for record in records:
        if record.finished and record.day == day:
            counts[record.exercise_id] = counts.get(record.exercise_id, 0) + 1
    return counts


def finished_per_day(records: Iterable[SessionRecord]) -> dict[date, dict[str, int]]:
    days: dict[date, dict[str, int]] = {}
    for record in records:
        if record.finished:
            day = days.setdefault(record.day, {})
            day[record.exercise_id] = day.get(record.exercise_id, 0) + 1
    return days


def all_met(done: Mapping[str, int], targets: Mapping[str, int]) -> bool:
    return bool(targets) and all(done.get(ident, 0) >= need for ident, need in targets.items())


@dataclass(frozen=True)
class Streak:
    current: int  # days in a row with all targets met, to today (or yesterday while today is open)
    best: int


def streak(records: Iterable[SessionRecord], targets: Mapping[str, int], today: date) -> Streak:
    """Days in a row with every target met.

    Today still counts as open: a streak that ran to yesterday is current until today ends.
    """
    met = sorted(d for d, done in finished_per_day(records).items() if all_met(done, targets))
    best = run = 0
    previous: date | None = None
    for day in met:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    met_days = set(met)
    current = 0
    day = today if today in met_days else today - timedelta(days=1)
    while day in met_days:
        current += 1
        day -= timedelta(days=1)
    return Streak(current=current, best=best)


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def period(weeks: int, today: date) -> tuple[date, date]:
    """The last `weeks` whole weeks of days, ending today."""
    if weeks < 1:
        raise ValueError("a period is at least one week")
    return today - timedelta(days=7 * weeks - 1), today


def sessions_per_day(records: Iterable[SessionRecord], first: date, last: date) -> list[int]:
    """Finished sessions (all exercises) on each day from first to last."""
    per_day = finished_per_day(records)
    return [sum(per_day.get(day, {}).values()) for day in days_between(first, last)]


@dataclass(frozen=True)
class PainDay:
    day: date
    before: float | None  # mean of the day's ratings, None when there were none
    after: float | None


def pain_by_day(records: Iterable[SessionRecord], first: date, last: date) -> list[PainDay]:
    before: dict[date, list[int]] = {}
    after: dict[date, list[int]] = {}
    for record in records:
        if first <= record.day <= last:
            if record.pain_before is not None:
                before.setdefault(record.day, []).append(record.pain_before)
            if record.pain_after is not None:
                after.setdefault(record.day, []).append(record.pain_after)
    return [
        PainDay(day, _mean(before.get(day)), _mean(after.get(day)))
        for day in days_between(first, last)
    ]


@dataclass(frozen=True)
class Adherence:
    exercise_id: str
    done: int  # finished sessions that count toward the target (at most the target a day)
    target: int  # sessions asked for over the period
    partly: int = 0  # partly done sessions over the period: listed, never counted as done
    partly_reps: Tally = field(default_factory=Tally)  # the reps of those sessions

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.target) if self.target else 1.0


def adherence(
    records: Iterable[SessionRecord], targets: Mapping[str, int], first: date, last: date
) -> list[Adherence]:
    """Finished sessions against target per exercise; extra sessions on one day don't make up
    for a missed day."""
    records = list(records)
    days = days_between(first, last)
    per_day = finished_per_day(records)
    partly: dict[str, list[SessionRecord]] = {}
    for record in records:
        if record.outcome is SessionOutcome.PARTLY and first <= record.day <= last:
            partly.setdefault(record.exercise_id, []).append(record)
    return [
        Adherence(
            exercise_id=ident,
            done=sum(min(per_day.get(day, {}).get(ident, 0), need) for day in days),
            target=need * len(days),
            partly=len(partly.get(ident, [])),
            partly_reps=sum((r.counts.reps for r in partly.get(ident, [])), Tally()),
        )
        for ident, need in targets.items()
    ]


def _mean(values: list[int] | None) -> float | None:
    return sum(values) / len(values) if values else None
