"""What the user reports beside the sessions: morning pain, their own goals (the
Patient-Specific Functional Scale), how hard a session felt and why one was cut short or missed;
and whether a change in them is clinically meaningful.

Qt-free. The thresholds are data (data/outcome_thresholds.toml, read by
services/outcome_thresholds.py and parsed here), each with its source, so the app, the report
and the export all quote the same numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any

from footcare_gui.core.history import PAIN_MAX, PAIN_MIN, RecordError
from footcare_gui.core.names import FORBIDDEN

SCORE_MIN, SCORE_MAX = 0, 10  # a PSFS rating: 0 = unable, 10 = as before the problem
MAX_GOALS = 3
GOAL_NAME_MAX_CHARS = 80
REASON_TEXT_MAX_CHARS = 500
WEEK = timedelta(days=7)

# Text that changes what is shown around it (core/names.py: control characters, bidi overrides,
# lone surrogates): a goal's name with one is refused; a reason's own words have them replaced by
# spaces (an answer is never lost for it).
CONTROL_CHARACTERS = FORBIDDEN

# Stored as these words (the database checks them); the app shows them translated.
DIFFICULTIES = ("easy", "about_right", "too_hard")
REASONS = ("no_time", "pain", "forgot", "unwell", "other")


@dataclass(frozen=True)
class MorningCheck:
    """Pain on the first steps of a morning, 0-10, once a day."""

    day: date
    pain: int
    recorded_at: datetime  # time-zone aware

    def __post_init__(self) -> None:
        _check_pain(self.pain, "morning pain")
        _check_aware(self.recorded_at)


@dataclass(frozen=True)
class Goal:
    """An activity the foot makes hard; renaming keeps its id, and so its ratings."""

    id: int
    name: str
    created_at: datetime
    retired: bool = False  # removed by the user; its ratings stay in the history


@dataclass(frozen=True)
class GoalRating:
    goal_id: int
    rated_at: datetime
    score: int

    def __post_init__(self) -> None:
        if not SCORE_MIN <= self.score <= SCORE_MAX:
            raise RecordError(f"a goal rating must be {SCORE_MIN}-{SCORE_MAX}, not {self.score}")
        _check_aware(self.rated_at)

    @property
    def day(self) -> date:
        return self.rated_at.date()


@dataclass(frozen=True)
class SessionFeedback:
    """How hard a session felt, and why it was stopped early; both optional."""

    session_id: int
    difficulty: str | None = None
    reason: str | None = None
    reason_text: str = ""

    def __post_init__(self) -> None:
        _check_choice(self.difficulty, DIFFICULTIES, "difficulty")
        _check_choice(self.reason, REASONS, "reason")
        if len(self.reason_text) > REASON_TEXT_MAX_CHARS:
            raise RecordError("the reason's text is too long")


@dataclass(frozen=True)
class MissedDay:
    """Why a day's target was missed, given the next time the app was opened."""

    day: date
    reason: str
    reason_text: str = ""

    def __post_init__(self) -> None:
        _check_choice(self.reason, REASONS, "reason")
        if len(self.reason_text) > REASON_TEXT_MAX_CHARS:
            raise RecordError("the reason's text is too long")


@dataclass(frozen=True)
class Outcomes:
    """Everything beside the session records that the export (and the report) reads."""

    morning: Sequence[MorningCheck] = ()
    goals: Sequence[Goal] = ()  # retired ones too: their ratings are exported
    ratings: Sequence[GoalRating] = ()
    feedback: Mapping[int, SessionFeedback] = field(default_factory=dict)
    missed: Sequence[MissedDay] = ()


def one_line(text: str) -> str:
    """``text`` as one line of plain text: control characters become spaces, runs of blanks one."""
    return " ".join(CONTROL_CHARACTERS.sub(" ", text).split())


def _check_pain(value: int, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not PAIN_MIN <= value <= PAIN_MAX:
        raise RecordError(f"{name} must be {PAIN_MIN}-{PAIN_MAX}, not {value!r}")


def _check_aware(moment: datetime) -> None:
    if moment.utcoffset() is None:
        raise RecordError("a time must carry a time zone")


def _check_choice(value: str | None, allowed: Sequence[str], name: str) -> None:
    if value is not None and value not in allowed:
        raise RecordError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")


# --- clinically meaningful change ---------------------------------------------------------------


class Direction(Enum):
    LOWER_IS_BETTER = "lower"  # pain
    HIGHER_IS_BETTER = "higher"  # a goal's rating


@dataclass(frozen=True)
class Threshold:
    points: float
    percent: float | None  # of the first week's value, when a relative change also counts
    source: str
    direction: Direction


def parse_thresholds(raw: Mapping[str, Any]) -> dict[str, Threshold]:
    """{"pain": ..., "psfs": ...} from the data file's tables."""
    directions = {"pain": Direction.LOWER_IS_BETTER, "psfs": Direction.HIGHER_IS_BETTER}
    return {
        key: Threshold(
            points=float(raw[key]["points"]),
            percent=float(raw[key]["percent"]) if "percent" in raw[key] else None,
            source=str(raw[key]["source"]),
            direction=direction,
        )
        for key, direction in directions.items()
    }


class Verdict(Enum):
    BETTER = "better"  # a meaningful improvement
    WORSE = "worse"  # a meaningful worsening
    UNCHANGED = "unchanged"  # a change smaller than the threshold
    TOO_EARLY = "too_early"  # no second week to compare with yet


@dataclass(frozen=True)
class Change:
    """The first week's mean against the latest week's, judged by a threshold."""

    first: float | None
    latest: float | None
    verdict: Verdict

    @property
    def difference(self) -> float | None:
        if self.first is None or self.latest is None:
            return None
        return self.latest - self.first


def change(points: Iterable[tuple[datetime | date, int]], threshold: Threshold) -> Change:
    """Mean of the values in the first week (7 days from the first) against the mean of those in
    the latest week (7 days up to the latest, none of them in the first week: overlapping weeks
    would hide a change); too early while there is only the first week."""
    values = sorted((_as_date(when), value) for when, value in points)
    if not values:
        return Change(None, None, Verdict.TOO_EARLY)
    start, end = values[0][0], values[-1][0]
    first = _mean([v for d, v in values if d < start + WEEK])
    if end < start + WEEK:  # one week so far: its mean is the latest too
        return Change(first, _mean([v for d, v in values if d > end - WEEK]), Verdict.TOO_EARLY)
    latest = _mean([v for d, v in values if d > end - WEEK and d >= start + WEEK])
    gain = latest - first if threshold.direction is Direction.HIGHER_IS_BETTER else first - latest
    size = abs(gain)
    meaningful = size >= threshold.points - 1e-9 or (
        threshold.percent is not None and first > 0 and size / first * 100 >= threshold.percent
    )
    if not meaningful:
        return Change(first, latest, Verdict.UNCHANGED)
    return Change(first, latest, Verdict.BETTER if gain > 0 else Verdict.WORSE)


def _as_date(when: datetime | date) -> date:
    return when.date() if isinstance(when, datetime) else when


def _mean(values: list[int]) -> float:
    return sum(values) / len(values)


def morning_change(checks: Iterable[MorningCheck], pain: Threshold) -> Change:
    """``pain``: the pain threshold (``thresholds["pain"]``)."""
    return change(((c.day, c.pain) for c in checks), pain)


def goal_change(ratings: Iterable[GoalRating], goal_id: int, psfs: Threshold) -> Change:
    """``psfs``: a goal's threshold (``thresholds["psfs"]``)."""
    mine = ((r.rated_at, r.score) for r in ratings if r.goal_id == goal_id)
    return change(mine, psfs)


# --- what to ask, when --------------------------------------------------------------------------

MORNING_ENDS_HOUR = 12  # the morning check is offered on the first open before noon


def morning_check_due(now: datetime, checks: Iterable[MorningCheck], asked_on: date | None) -> bool:
    """Before noon, once a day: not when answered or skipped today."""
    today = now.date()
    if now.hour >= MORNING_ENDS_HOUR or asked_on == today:
        return False
    return all(check.day != today for check in checks)


def goal_rating_due(
    now: datetime, goals: Iterable[Goal], ratings: Iterable[GoalRating], asked_on: date | None
) -> bool:
    """Once a week, gently: a week after the last rating, and not again for a week when skipped."""
    if not any(not goal.retired for goal in goals):
        return False
    today = now.date()
    if asked_on is not None and today - asked_on < WEEK:
        return False
    latest = max((r.day for r in ratings), default=None)
    return latest is None or today - latest >= WEEK


def morning_pain_by_day(
    checks: Iterable[MorningCheck], first: date, last: date
) -> list[int | None]:
    """Each day's morning pain from first to last; None where there was no check."""
    by_day = {check.day: check.pain for check in checks}
    return [by_day.get(first + timedelta(days=n)) for n in range((last - first).days + 1)]
