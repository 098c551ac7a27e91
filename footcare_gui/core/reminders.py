"""When to remind the user of an exercise, and which reminders are due (no Qt).

A reminder time is a wall-clock time of day (09:00), turned into an instant on each local date.
On a DST day a time that does not exist (02:30 when clocks jump 02:00 -> 03:00) comes at the
same distance past the jump (03:30), and a time that happens twice (01:30 when clocks fall back)
comes once, at its first occurrence. All instants are compared in UTC.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from footcare_gui.core.catalogue import Catalogue, localized
from footcare_gui.core.i18n import Context

RemindersText = Context("RemindersText")

# The app's choice (the exercise text only says how often): a session after breakfast, one
# after work, and the others spread between them.
DEFAULT_TIMES: dict[int, tuple[time, ...]] = {
    1: (time(9),),
    2: (time(9), time(18)),
    3: (time(9), time(13), time(18)),
    4: (time(9), time(12), time(15), time(18)),
}
FIRST, LAST = time(9), time(18)
MAX_TIMES = 12  # a day's reminders for one exercise; more is a damaged file, not a wish


@dataclass(frozen=True)
class ReminderPlan:
    """The times of day one exercise is reminded of; an empty plan reminds of nothing."""

    exercise_id: str
    name: str
    times: tuple[time, ...]

    def __post_init__(self) -> None:
        # Sorted and unique: slot k is then "the k+1-th session of the day".
        object.__setattr__(self, "times", normalised(self.times))


@dataclass(frozen=True)
class Reminder:
    exercise_id: str
    text: str  # "Calf stretch: 1 of 2 done today"


def normalised(times: Iterable[time]) -> tuple[time, ...]:
    return tuple(sorted({t.replace(second=0, microsecond=0, tzinfo=None) for t in times}))


def default_times(per_day: int) -> tuple[time, ...]:
    """Reminder times for an exercise done ``per_day`` times a day (see DEFAULT_TIMES).

    Beyond the table the sessions are spread evenly from 09:00 to 18:00.
    """
    count = max(1, per_day)
    if count in DEFAULT_TIMES:
        return DEFAULT_TIMES[count]
    span = (LAST.hour - FIRST.hour) * 60
    return normalised(
        time(FIRST.hour + minutes // 60, minutes % 60)
        for minutes in (span * n // (count - 1) for n in range(count))
    )


def plans_for(
    catalogue: Catalogue, chosen: Mapping[str, Sequence[time]] | None = None
) -> list[ReminderPlan]:
    """One plan per exercise: the user's times where chosen, else the defaults for its target."""
    chosen = chosen or {}
    return [
        ReminderPlan(
            exercise.id,
            localized(exercise).name,
            tuple(chosen[exercise.id])
            if exercise.id in chosen
            else default_times(exercise.per_day.default),
        )
        for exercise in catalogue.exercises
    ]


def local_date(moment: datetime, zone: tzinfo | None = None) -> date:
    """The date on the user's calendar at ``moment`` (``zone`` None: the system's time zone)."""
    return moment.astimezone(zone).date()


def instant(day: date, at: time, zone: tzinfo | None = None) -> datetime:
    """The moment ``at`` o'clock on ``day``, in UTC.

    Both readings of the wall time (fold 0 and 1, PEP 495) are tried: of those that exist the
    first is taken (a repeated time); if neither does (a skipped time) the later, which lies
    as far past the jump as the time was meant to. Python's system zone and zoneinfo disagree
    on which fold means what in a gap, so the rule is stated here instead of relied on.
    """
    local = datetime.combine(day, at)
    readings = [_utc(local.replace(fold=fold), zone) for fold in (0, 1)]
    real = [u for u in readings if _wall(u, zone) == local]
    return min(real) if real else max(readings)


def _utc(local: datetime, zone: tzinfo | None) -> datetime:
    # A naive time is read in the system's zone.
    return (local if zone is None else local.replace(tzinfo=zone)).astimezone(UTC)


def _wall(moment: datetime, zone: tzinfo | None) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None, fold=0)


def next_reminder(
    now: datetime, plans: Sequence[ReminderPlan], zone: tzinfo | None = None
) -> datetime | None:
    """The first reminder time after ``now`` (aware), in UTC; None when no plan has a time."""
    today = local_date(now, zone)
    after = now.astimezone(UTC)
    upcoming = [
        moment
        for day in (today, today + timedelta(days=1), today + timedelta(days=2))
        for plan in plans
        for at in plan.times
        if (moment := instant(day, at, zone)) > after
    ]
    return min(upcoming, default=None)


def due_now(
    previous_check: datetime,
    now: datetime,
    plans: Sequence[ReminderPlan],
    done_today: Mapping[str, int],
    targets: Mapping[str, int],
    zone: tzinfo | None = None,
) -> list[Reminder]:
    """Reminders for today's times in (previous_check, now], at most one per exercise.

    Slot k (0-based, in time order) asks for k+1 sessions by then: it is shown only while fewer
    are done and the day's target is not met. After a sleep several slots may have passed; only
    the latest counts, so a wake brings one reminder per exercise rather than a burst. Times
    before today (a sleep across midnight) are not made up: today's counts are all there is.
    A clock set back (previous_check after now) shows nothing.
    """
    since, until = previous_check.astimezone(UTC), now.astimezone(UTC)
    today = local_date(now, zone)
    reminders = []
    for plan in plans:
        passed = [k for k, at in enumerate(plan.times) if since < instant(today, at, zone) <= until]
        if not passed:
            continue
        target = targets.get(plan.exercise_id, len(plan.times))
        done = done_today.get(plan.exercise_id, 0)
        if done < min(max(passed) + 1, target):
            reminders.append(Reminder(plan.exercise_id, reminder_text(plan.name, done, target)))
    return reminders


def reminder_text(name: str, done: int, target: int) -> str:
    return RemindersText.tr("{exercise}: {done} of {target} done today").format(
        exercise=name, done=done, target=target
    )


def notification(reminders: Sequence[Reminder]) -> tuple[str, str, str]:
    """One desktop notification for reminders due together: (title, text, exercise to open).

    With the defaults every exercise is due at 09:00; five notifications at once would be noise.
    A click opens the first exercise named.
    """
    if not reminders:
        raise ValueError("no reminders to show")
    if len(reminders) > 1:
        title = RemindersText.tr("Time for your foot exercises")
    else:
        title = RemindersText.tr("Time for a foot exercise")
    return title, "\n".join(r.text for r in reminders), reminders[0].exercise_id
