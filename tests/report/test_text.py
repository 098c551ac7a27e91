"""Dates, periods and the pain-trend sentence, as the report words them."""

from __future__ import annotations

from datetime import date, timedelta

from footcare_gui.report.text import pain_text, pain_trend, period_text, short_date
from tests.report.sample import TODAY, record

FIRST = TODAY - timedelta(days=27)


def test_periods_and_dates_read_naturally() -> None:
    assert (
        period_text(date(2026, 11, 2), date(2026, 11, 29)) == "2 November \u2013 29 November 2026"
    )
    assert period_text(date(2026, 12, 7), date(2027, 1, 3)) == (
        "7 December 2026 \u2013 3 January 2027"
    )
    assert short_date(date(2026, 11, 3)) == "3 Nov"
    assert pain_text(6, 3) == "6 → 3"
    assert pain_text(None, 3) == "\u2013 → 3"
    assert pain_text(None, None) == ""


def test_the_trend_compares_the_first_and_the_last_week() -> None:
    records = [
        record("calf-stretch", FIRST, pain_before=6, pain_after=4),
        record("calf-stretch", FIRST + timedelta(days=1), pain_before=5, pain_after=4),
        record("calf-stretch", TODAY, pain_before=3, pain_after=1),
    ]
    sentence = pain_trend(records, FIRST, TODAY)
    assert "first week: 5.5 before and 4.0 after" in sentence
    assert "last week: 3.0 before and 1.0 after" in sentence


def test_the_trend_needs_ratings_in_both_weeks() -> None:
    records = [record("calf-stretch", TODAY, pain_before=3, pain_after=1)]
    assert pain_trend(records, FIRST, TODAY).startswith("Not enough pain ratings")
    assert pain_trend([], FIRST, TODAY).startswith("Not enough pain ratings")
