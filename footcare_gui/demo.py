"""A believable stretch of simulated history: for screenshots, demos and tests, never real use.

Deterministic (seeded): most days meet every target, a few fall short, pain eases over the weeks
and a session usually leaves the foot a little better than before.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.history import SessionRecord
from footcare_gui.core.plan import Plan, StepKind, build_plan

if TYPE_CHECKING:
    from footcare_gui.services.outcome_store import OutcomeStore

SESSION_HOURS = (8, 13, 19)  # morning, midday, evening: where "times a day" fall
NOTES = (
    "Stiff first thing; easier after the second set.",
    "Long walk yesterday, ball of the foot sore.",
    "Felt a pull in the calf, kept the stretch gentle.",
    "Good day, hardly noticed the foot.",
)


def simulated_sessions(
    catalogue: Catalogue, last_day: date, days: int, zone: tzinfo, seed: int = 7
) -> list[SessionRecord]:
    rng = random.Random(seed)
    records: list[SessionRecord] = []
    for n in range(days):
        day = last_day - timedelta(days=days - 1 - n)
        progress = n / max(1, days - 1)
        pain = 6.5 - 3.5 * progress  # easing from about 6-7 to about 3
        skip_day = rng.random() < 0.12
        for exercise in catalogue.exercises:
            plan = build_plan(exercise)
            for slot in range(exercise.per_day.default):
                if skip_day and rng.random() < 0.6:
                    continue
                start = datetime.combine(
                    day, time(SESSION_HOURS[slot], rng.randrange(0, 50)), zone
                ) + timedelta(minutes=8 * catalogue.exercises.index(exercise))
                finished = rng.random() > 0.07
                seconds = plan.total_ms / 1000 * (1 if finished else rng.uniform(0.3, 0.8))
                paused = rng.choice((0, 0, 0, rng.randrange(5, 60)))
                before = max(0, min(10, round(pain + rng.uniform(-1, 1))))
                after = max(0, before - rng.choice((0, 1, 1, 2)))
                rated = rng.random() < 0.7
                note = rng.choice(NOTES) if rated and rng.random() < 0.08 else ""
                records.append(
                    _record(
                        exercise.id,
                        plan,
                        start,
                        seconds,
                        paused,
                        finished,
                        before if rated else None,
                        after if rated else None,
                        note,
                    )
                )
    return records


def _record(
    exercise_id: str,
    plan: Plan,
    start: datetime,
    seconds: float,
    paused: float,
    finished: bool,
    before: int | None = None,
    after: int | None = None,
    note: str = "",
) -> SessionRecord:
    reps = {
        (s.position.side, s.position.set, s.position.rep)
        for s in plan.steps
        if s.kind in (StepKind.HOLD, StepKind.MOVE)
    }
    sets = {key[:2] for key in reps}
    sides = {key[:1] for key in reps}
    share = 1.0 if finished else seconds / (plan.total_ms / 1000)
    return SessionRecord(
        exercise_id=exercise_id,
        started_at=start,
        ended_at=start + timedelta(seconds=seconds + paused),
        active_s=round(seconds, 1),
        paused_s=float(paused),
        reps_done=len(reps) if finished else int(len(reps) * share),
        reps_planned=len(reps),
        sets_done=len(sets) if finished else int(len(sets) * share),
        sets_planned=len(sets),
        sides_done=len(sides) if finished else 0,
        sides_planned=len(sides),
        finished=finished,
        pain_before=before,
        pain_after=after,
        note=note,
    )


def simulate_outcomes(outcomes: OutcomeStore, records: list[SessionRecord], now: datetime) -> None:
    """Morning checks easing from about 6 to 3, two goals rated weekly and getting easier,
    difficulty and stop reasons on some sessions, a reason for a missed day or two."""
    from footcare_gui.core.outcomes import MissedDay, MorningCheck, SessionFeedback

    rng = random.Random(11)
    first = min((r.day for r in records), default=now.date())
    days = (now.date() - first).days + 1
    for n in range(days):
        day = first + timedelta(days=n)
        if rng.random() < 0.15:
            continue  # no check that morning
        at = datetime.combine(day, time(7, rng.randrange(0, 50)), now.tzinfo)
        if at < now:
            pain = max(0, min(10, round(6.3 - 3.3 * n / max(1, days - 1) + rng.uniform(-0.8, 0.8))))
            outcomes.add_morning_check(MorningCheck(day, pain, at))
    start = datetime.combine(first, time(9), now.tzinfo)
    walking = outcomes.add_goal("Walking to the shops", start)
    standing = outcomes.add_goal("Standing at work", start)
    for week in range(0, days, 7):
        at = start + timedelta(days=week)
        outcomes.rate_goals({walking.id: 3 + week // 7, standing.id: 5 + week // 14}, at)
    feedback = []
    for record in records:
        if record.id is None or rng.random() < 0.5:
            continue
        difficulty = rng.choice(("easy", "about_right", "about_right", "about_right", "too_hard"))
        reason = None if record.finished else rng.choice(("no_time", "pain", "unwell"))
        feedback.append(SessionFeedback(record.id, difficulty, reason))
    outcomes.set_feedback(feedback)
    for days_ago, reason in ((20, "no_time"), (9, "forgot")):
        outcomes.add_missed_day(MissedDay(now.date() - timedelta(days=days_ago), reason), now)
