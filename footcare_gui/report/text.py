"""Words and numbers for reports, shared by the PDF, the CSV and the charts (no Qt).

Dates are spelt out in English ("3 Nov", "2 November 2026") rather than with strftime, whose
month names and day padding depend on the locale and the platform.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.history import SessionRecord

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DASH = "\u2013"  # en dash, for ranges and missing values


def short_date(day: date) -> str:
    """ "3 Nov" """
    return f"{day.day} {MONTHS[day.month - 1][:3]}"


def long_date(day: date) -> str:
    """ "3 November 2026" """
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def period_text(first: date, last: date) -> str:
    """'2 November - 29 November 2026' (an en dash); both years when the period spans two."""
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month - 1]} {DASH} {long_date(last)}"
    return f"{long_date(first)} {DASH} {long_date(last)}"


def session_time(started: datetime) -> str:
    """ "Mon 3 Nov, 08:15", in the time zone the session started in."""
    return f"{WEEKDAYS[started.weekday()]} {short_date(started.date())}, {started:%H:%M}"


def exercise_name(catalogue: Catalogue, exercise_id: str) -> str:
    """The exercise's name, or its id once it is gone from the catalogue."""
    try:
        return catalogue.get(exercise_id).name
    except KeyError:
        return exercise_id


def pain_text(before: int | None, after: int | None) -> str:
    """ "6 → 3", a dash for a missing rating, or "" when neither was rated."""
    if before is None and after is None:
        return ""
    return f"{DASH if before is None else before} → {DASH if after is None else after}"


def in_period(records: Iterable[SessionRecord], first: date, last: date) -> list[SessionRecord]:
    """The records that count for days first..last, oldest first."""
    return sorted((r for r in records if first <= r.day <= last), key=lambda r: r.started_at)


def _averages(records: list[SessionRecord]) -> tuple[float | None, float | None]:
    before = [r.pain_before for r in records if r.pain_before is not None]
    after = [r.pain_after for r in records if r.pain_after is not None]
    return (
        sum(before) / len(before) if before else None,
        sum(after) / len(after) if after else None,
    )


def _averages_text(before: float | None, after: float | None) -> str:
    parts = []
    if before is not None:
        parts.append(f"{before:.1f} before")
    if after is not None:
        parts.append(f"{after:.1f} after")
    return " and ".join(parts) + " sessions"


def pain_trend(records: Iterable[SessionRecord], first: date, last: date) -> str:
    """One sentence comparing the average pain ratings (0-10) of the first and the last week.

    Averages are over single ratings, not over daily means, so a day with many sessions weighs
    as much as its ratings do.
    """
    chosen = in_period(records, first, last)
    week_end = first + timedelta(days=6)
    week_start = last - timedelta(days=6)
    early = _averages([r for r in chosen if r.day <= week_end])
    late = _averages([r for r in chosen if r.day >= week_start])
    if week_end >= last:  # a one-week period has no first and last week to compare
        if early == (None, None):
            return "Not enough pain ratings to show a trend."
        return f"Average pain this week (0{DASH}10): {_averages_text(*early)}."
    if early == (None, None) or late == (None, None):
        return (
            "Not enough pain ratings to show a trend "
            "(ratings are needed in both the first and the last week)."
        )
    return (
        f"Average pain (0{DASH}10) in the first week: {_averages_text(*early)}; "
        f"in the last week: {_averages_text(*late)}."
    )
