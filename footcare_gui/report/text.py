"""Words and numbers for reports, shared by the PDF, the CSV and the charts (no Qt).

Dates are spelt out through the translation system ("3 Nov", "2 November 2026"; in German
"3. Nov", "2. November 2026") rather than with strftime, whose month names and day padding
depend on the process locale and the platform.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from footcare_gui.core.catalogue import Catalogue, localized
from footcare_gui.core.history import SessionRecord
from footcare_gui.core.i18n import Context

ReportText = Context("ReportText")
DASH = "\u2013"  # en dash, for ranges and missing values


def month_name(month: int) -> str:
    """ "November" for 11, in the user's language."""
    return (
        ReportText.tr("January"),
        ReportText.tr("February"),
        ReportText.tr("March"),
        ReportText.tr("April"),
        ReportText.tr("May", "month"),
        ReportText.tr("June"),
        ReportText.tr("July"),
        ReportText.tr("August"),
        ReportText.tr("September"),
        ReportText.tr("October"),
        ReportText.tr("November"),
        ReportText.tr("December"),
    )[month - 1]


def short_month_name(month: int) -> str:
    """ "Nov" for 11."""
    return (
        ReportText.tr("Jan"),
        ReportText.tr("Feb"),
        ReportText.tr("Mar"),
        ReportText.tr("Apr"),
        ReportText.tr("May", "short month"),
        ReportText.tr("Jun"),
        ReportText.tr("Jul"),
        ReportText.tr("Aug"),
        ReportText.tr("Sep"),
        ReportText.tr("Oct"),
        ReportText.tr("Nov"),
        ReportText.tr("Dec"),
    )[month - 1]


def weekday_name(weekday: int) -> str:
    """ "Mon" for 0 (Monday), as ``date.weekday()`` counts."""
    return (
        ReportText.tr("Mon"),
        ReportText.tr("Tue"),
        ReportText.tr("Wed"),
        ReportText.tr("Thu"),
        ReportText.tr("Fri"),
        ReportText.tr("Sat"),
        ReportText.tr("Sun"),
    )[weekday]


def short_date(day: date) -> str:
    """ "3 Nov" """
    return ReportText.tr("{day} {month}", "short date: 3 Nov").format(
        day=day.day, month=short_month_name(day.month)
    )


def long_date(day: date) -> str:
    """ "3 November 2026" """
    return ReportText.tr("{day} {month} {year}", "long date: 3 November 2026").format(
        day=day.day, month=month_name(day.month), year=day.year
    )


def period_text(first: date, last: date) -> str:
    """'2 November - 29 November 2026' (an en dash); both years when the period spans two."""
    if first.year == last.year:
        start = ReportText.tr("{day} {month}", "date without the year: 2 November").format(
            day=first.day, month=month_name(first.month)
        )
    else:
        start = long_date(first)
    return ReportText.tr("{first} – {last}", "a period of days").format(  # noqa: RUF001
        first=start, last=long_date(last)
    )


def session_time(started: datetime) -> str:
    """ "Mon 3 Nov, 08:15", in the time zone the session started in."""
    return ReportText.tr("{weekday} {date}, {time}", "when a session started").format(
        weekday=weekday_name(started.weekday()),
        date=short_date(started.date()),
        time=f"{started:%H:%M}",
    )


def exercise_name(catalogue: Catalogue, exercise_id: str) -> str:
    """The exercise's name in the user's language, or its id once it is gone from the
    catalogue."""
    try:
        return localized(catalogue.get(exercise_id)).name
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
    if before is not None and after is not None:
        text = ReportText.tr("{before} before and {after} after sessions")
    elif before is not None:
        text = ReportText.tr("{before} before sessions")
    else:
        text = ReportText.tr("{after} after sessions")
    return text.format(
        before=f"{before:.1f}" if before is not None else "",
        after=f"{after:.1f}" if after is not None else "",
    )


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
            return ReportText.tr("Not enough pain ratings to show a trend.")
        return ReportText.tr("Average pain this week (0–10): {averages}.").format(  # noqa: RUF001
            averages=_averages_text(*early)
        )
    if early == (None, None) or late == (None, None):
        return ReportText.tr(
            "Not enough pain ratings to show a trend "
            "(ratings are needed in both the first and the last week)."
        )
    return ReportText.tr(
        "Average pain (0–10) in the first week: {first}; in the last week: {last}."  # noqa: RUF001
    ).format(first=_averages_text(*early), last=_averages_text(*late))
