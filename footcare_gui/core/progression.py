"""When to suggest more reps, and when to hold back: never automatic, never while pain climbs.

An exercise progresses when its catalogue text says how (``progression``) and its reps have a
range to climb (min < max), e.g. toe pulling from 25 to 75 reps per foot. After
``sessions_needed`` finished sessions at the current dose (since it was set, or since the user
last said "not now"), the app proposes ``step`` more reps, up to the catalogue's maximum.

Pain holds a proposal back (ratings of sessions at the current dose only):
- after-session pain of the latest rated session is above ``pain_threshold`` (e.g. 6 > 5), or
- pain is rising: the mean after-session pain of the last 3 rated sessions exceeds the mean of
  the 3 rated sessions before them by 1 point or more. With fewer than 6 ratings there is no
  trend to judge, so this rule does not hold anything back.

Morning pain (the 24-hour response: pain on the first steps the next morning) holds it back too:
- the latest morning pain since the last increase is higher than the latest before it, or
- morning pain is rising over the last week: of the checks in the 7 days up to the latest, the
  later half averages ``RISING_BY`` points or more above the earlier half (4 checks at least).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from footcare_gui.core.catalogue import Exercise, Sides, localized
from footcare_gui.core.history import PAIN_MAX, PAIN_MIN, SessionRecord
from footcare_gui.core.i18n import Context
from footcare_gui.core.outcomes import MorningCheck
from footcare_gui.core.plan import Dose

ProgressionText = Context("ProgressionText")

TREND_WINDOW = 3  # rated sessions per half of the rising-pain comparison
RISING_BY = 1.0  # points of mean pain that count as rising
MORNING_MIN_CHECKS = 4  # morning checks in a week before a rise there is judged
STEP_RANGE = (1, 50)
SESSIONS_RANGE = (1, 100)


@dataclass(frozen=True)
class ProgressionSettings:
    step: int = 5  # reps added per accepted proposal
    sessions_needed: int = 5  # finished sessions at a dose before the next proposal
    pain_threshold: int = 5  # after-session pain above this holds a proposal back

    def __post_init__(self) -> None:
        for name, (low, high) in (
            ("step", STEP_RANGE),
            ("sessions_needed", SESSIONS_RANGE),
            ("pain_threshold", (PAIN_MIN, PAIN_MAX)),
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise ValueError(f"{name}: must be a whole number from {low} to {high}")


def progresses(exercise: Exercise) -> bool:
    return bool(exercise.progression) and exercise.reps.minimum < exercise.reps.maximum


def reps_text(exercise: Exercise, reps: int) -> str:
    if exercise.sides is Sides.EACH:
        return ProgressionText.tr("%n rep(s) per foot", None, reps)
    return ProgressionText.tr("%n rep(s)", None, reps)


def name_in_sentence(name: str) -> str:
    """English writes "toe pulling" inside a sentence; German keeps its nouns' capitals. The
    translation of the switch below says which the user's language does."""
    #: Write "keep" if exercise names keep their capital letter inside a sentence (German).
    keep = ProgressionText.tr("lower-case", "or 'keep': names keep their capital mid-sentence")
    return name if keep == "keep" else name[:1].lower() + name[1:]


@dataclass(frozen=True)
class Proposal:
    exercise_id: str
    exercise_name: str
    current_reps: int
    proposed_reps: int
    sessions: int  # finished sessions at the current dose that earned it
    current_text: str  # "25 reps per foot"
    proposed_text: str

    @property
    def message(self) -> str:
        return ProgressionText.tr(
            "You have finished {exercise} %n time(s) at {current}. Try {proposed}?",
            None,
            self.sessions,
        ).format(
            exercise=name_in_sentence(self.exercise_name),
            current=self.current_text,
            proposed=self.proposed_text,
        )

    @property
    def accept_label(self) -> str:
        return ProgressionText.tr("Increase to {reps}").format(reps=self.proposed_reps)


@dataclass(frozen=True)
class HeldBack:
    """A proposal the sessions earned but pain ratings hold back; ``reason`` says why."""

    exercise_id: str
    exercise_name: str
    current_text: str
    reason: str

    @property
    def message(self) -> str:
        return ProgressionText.tr("{exercise} stays at {current} for now: {reason}.").format(
            exercise=self.exercise_name, current=self.current_text, reason=self.reason
        )


def sessions_at_dose(
    records: Iterable[SessionRecord], exercise_id: str, dose: Dose, since: datetime | None
) -> list[SessionRecord]:
    """Sessions of the exercise done at this dose's reps per set, oldest first.

    A record keeps its totals (reps over all sets and feet), so reps per set is their quotient.
    """
    found = [
        r
        for r in records
        if r.exercise_id == exercise_id
        and r.sets_planned > 0
        and r.reps_planned == dose.reps * r.sets_planned
        and (since is None or r.started_at >= since)
    ]
    return sorted(found, key=lambda r: r.started_at)


def pain_hold_back_reason(rated: list[int], threshold: int) -> str:
    """Why pain ratings (oldest first) hold an increase back; "" when they do not."""
    if not rated:
        return ""
    if rated[-1] > threshold:
        return ProgressionText.tr(
            "your pain after the last session was {pain}, above your limit of {limit}"
        ).format(pain=rated[-1], limit=threshold)
    if len(rated) >= 2 * TREND_WINDOW:
        recent = sum(rated[-TREND_WINDOW:]) / TREND_WINDOW
        before = sum(rated[-2 * TREND_WINDOW : -TREND_WINDOW]) / TREND_WINDOW
        if _rose(rated[-2 * TREND_WINDOW : -TREND_WINDOW], rated[-TREND_WINDOW:]):
            return ProgressionText.tr(
                "your pain after sessions is rising (average {recent} over the last "
                "{window} rated sessions, up from {before})"
            ).format(recent=f"{recent:.1f}", window=TREND_WINDOW, before=f"{before:.1f}")
    return ""


def _rose(earlier: Sequence[int], later: Sequence[int]) -> bool:
    """The later values average ``RISING_BY`` points or more above the earlier ones (compared
    as whole sums: 8/3 - 5/3 is a hair below 1 in floating point)."""
    return sum(later) * len(earlier) - sum(earlier) * len(later) >= (
        RISING_BY * len(earlier) * len(later)
    )


def morning_hold_back_reason(
    checks: Sequence[MorningCheck], increased_at: datetime | None, now: datetime | None = None
) -> str:
    """Why morning pain holds an increase back; "" when it does not.

    ``increased_at``: when the current dose was set (the last increase), if ever.
    ``now``: the last week is the 7 days up to now (up to the latest check without it).
    """
    checks = sorted(checks, key=lambda c: c.recorded_at)
    if not checks:
        return ""
    latest = checks[-1]
    if increased_at is not None:
        before = [c for c in checks if c.recorded_at < increased_at]
        if before and latest.recorded_at >= increased_at and latest.pain > before[-1].pain:
            return ProgressionText.tr(
                "your morning pain is {now}, higher than the {before} before the last increase"
            ).format(now=latest.pain, before=before[-1].pain)
    end = now.date() if now is not None else latest.day
    week = [c.pain for c in checks if end - timedelta(days=7) < c.day <= end]
    if len(week) >= MORNING_MIN_CHECKS:
        half = len(week) // 2
        earlier, later = sum(week[:half]) / half, sum(week[-half:]) / half
        if _rose(week[:half], week[-half:]):
            return ProgressionText.tr(
                "your morning pain rose over the last week (average {recent}, up from {before})"
            ).format(recent=f"{later:.1f}", before=f"{earlier:.1f}")
    return ""


def propose(
    exercise: Exercise,
    dose: Dose,
    records: Iterable[SessionRecord],
    settings: ProgressionSettings,
    dose_since: datetime | None = None,
    declined_at: datetime | None = None,
    morning: Sequence[MorningCheck] = (),
    now: datetime | None = None,
) -> Proposal | HeldBack | None:
    """The proposal due now, a held-back one with its reason, or None when nothing is due.

    ``dose_since``: when the current dose was set (older sessions were at another dose).
    ``declined_at``: when the user last said "not now" at this dose; only later sessions count.
    ``morning``: the morning checks (pain on the first steps), any order.
    ``now``: when the proposal is made; morning pain "over the last week" is judged up to it.
    """
    if not progresses(exercise) or dose.reps >= exercise.reps.maximum:
        return None
    exercise = localized(exercise)
    records = list(records)
    at_dose = sessions_at_dose(records, exercise.id, dose, dose_since)
    asked_since = max((t for t in (dose_since, declined_at) if t is not None), default=None)
    earned = [
        r for r in at_dose if r.finished and (asked_since is None or r.started_at >= asked_since)
    ]
    if len(earned) < settings.sessions_needed:
        return None
    current = reps_text(exercise, dose.reps)
    # Pain is judged over this exercise's latest ratings at any dose: the first proposal after
    # an increase must see pain that rose with it.
    mine = sorted((r for r in records if r.exercise_id == exercise.id), key=lambda r: r.started_at)
    rated = [r.pain_after for r in mine if r.pain_after is not None]
    reason = pain_hold_back_reason(rated, settings.pain_threshold) or morning_hold_back_reason(
        morning, dose_since, now
    )
    if reason:
        return HeldBack(exercise.id, exercise.name, current, reason)
    target = min(dose.reps + settings.step, exercise.reps.maximum)
    return Proposal(
        exercise.id,
        exercise.name,
        dose.reps,
        target,
        len(earned),
        current,
        reps_text(exercise, target),
    )
