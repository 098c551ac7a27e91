"""The report's outcomes page: morning pain week by week, the goals table (first, latest, change,
meaningful or not), reasons for sessions stopped early and days missed, and difficulty ratings.

HTML for the report's QTextDocument (report/pdf.py), tables and words only: it reads the same in
black and white, and every figure is text a PDF reader can extract.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from html import escape

from footcare_gui.core.history import SessionRecord
from footcare_gui.core.i18n import Context
from footcare_gui.core.outcomes import (
    DIFFICULTIES,
    REASONS,
    Outcomes,
    SessionFeedback,
    goal_change,
    morning_change,
)
from footcare_gui.report.outcome_text import (
    change_sentence,
    difficulty_text,
    goal_threshold_note,
    number,
    pain_threshold_note,
    reason_text,
    signed,
    verdict_text,
)
from footcare_gui.report.text import long_date
from footcare_gui.services.outcome_thresholds import thresholds

OutcomesPageText = Context("OutcomesPageText")
TABLE = '<table width="100%" cellspacing="0" cellpadding="4" border="0">'


def _cell(text: str, numeric: bool = False, header: bool = False) -> str:
    tag = "th" if header else "td"
    css = ' class="num"' if numeric else ""
    return f"<{tag}{css}>{escape(text)}</{tag}>"


def _table(
    headers: list[str], rows: list[list[str]], numeric_from: int = 1, numeric_to: int = 99
) -> list[str]:
    """Columns numeric_from to numeric_to (exclusive) are figures, aligned right."""

    def numeric(column: int) -> bool:
        return numeric_from <= column < numeric_to

    head = "".join(_cell(h, numeric(n), header=True) for n, h in enumerate(headers))
    body = [
        "<tr>" + "".join(_cell(c, numeric(n)) for n, c in enumerate(row)) + "</tr>" for row in rows
    ]
    return [TABLE, f"<thead><tr>{head}</tr></thead>", *body, "</table>"]


def _p(text: str, css: str = "") -> str:
    return f'<p class="{css}">{escape(text)}</p>' if css else f"<p>{escape(text)}</p>"


def outcomes_page(
    outcomes: Outcomes, records: list[SessionRecord], first: date, last: date
) -> list[str]:
    """The page's HTML parts; it starts on a page of its own."""
    parts = [
        '<h2 style="page-break-before: always;">'
        + escape(OutcomesPageText.tr("Outcomes"))
        + "</h2>",
        _p(
            OutcomesPageText.tr(
                "What the patient reported beside the sessions. Changes compare the first week "
                "of ratings with the latest week."
            )
        ),
    ]
    parts += _morning(outcomes, first, last)
    parts += _goals(outcomes)
    parts += _reasons(outcomes, records, first, last)
    parts += _difficulty(outcomes, records, first, last)
    return parts


def _morning(outcomes: Outcomes, first: date, last: date) -> list[str]:
    parts = [
        "<h3>" + escape(OutcomesPageText.tr("Morning pain on the first steps (0-10)")) + "</h3>"
    ]
    if not outcomes.morning:
        return [*parts, _p(OutcomesPageText.tr("No morning checks recorded."))]
    rows = []
    start = first
    while start <= last:
        end = min(start + timedelta(days=6), last)
        pains = [c.pain for c in outcomes.morning if start <= c.day <= end]
        rows.append(
            [
                OutcomesPageText.tr("{first} to {last}").format(
                    first=long_date(start), last=long_date(end)
                ),
                str(len(pains)),
                number(sum(pains) / len(pains)) if pains else "—",
                f"{min(pains)}–{max(pains)}" if pains else "—",  # noqa: RUF001
            ]
        )
        start = end + timedelta(days=1)
    headers = [
        OutcomesPageText.tr("Week"),
        OutcomesPageText.tr("Mornings rated"),
        OutcomesPageText.tr("Average"),
        OutcomesPageText.tr("Lowest–highest"),  # noqa: RUF001
    ]
    return [
        *parts,
        *_table(headers, rows),
        _p(
            OutcomesPageText.tr("Change: {change}").format(
                change=change_sentence(morning_change(outcomes.morning, thresholds()["pain"]))
            )
        ),
        _p(pain_threshold_note(), "small"),
    ]


def _goals(outcomes: Outcomes) -> list[str]:
    parts = [
        "<h3>"
        + escape(OutcomesPageText.tr("Goals (Patient-Specific Functional Scale, 0-10)"))
        + "</h3>"
    ]
    if not outcomes.goals:
        return [*parts, _p(OutcomesPageText.tr("No goals set."))]
    rows = []
    for goal in outcomes.goals:
        change = goal_change(outcomes.ratings, goal.id, thresholds()["psfs"])
        name = goal.name
        if goal.retired:
            name = OutcomesPageText.tr("{goal} (no longer followed)").format(goal=goal.name)
        rows.append(
            [
                name,
                number(change.first),
                number(change.latest),
                signed(change.difference),
                verdict_text(change.verdict),
            ]
        )
    headers = [
        OutcomesPageText.tr("Activity"),
        OutcomesPageText.tr("First week"),
        OutcomesPageText.tr("Latest week"),
        OutcomesPageText.tr("Change"),
        OutcomesPageText.tr("Meaningful?"),
    ]
    return [*parts, *_table(headers, rows, 1, 4), _p(goal_threshold_note(), "small")]


def _feedback(
    outcomes: Outcomes, records: list[SessionRecord], first: date, last: date
) -> list[SessionFeedback]:
    """The feedback given on the sessions of the period."""
    return [
        f
        for r in records
        if first <= r.day <= last and r.id is not None
        for f in [outcomes.feedback.get(r.id)]
        if f is not None
    ]


def _reasons(
    outcomes: Outcomes, records: list[SessionRecord], first: date, last: date
) -> list[str]:
    stopped = Counter(f.reason for f in _feedback(outcomes, records, first, last) if f.reason)
    missed = Counter(m.reason for m in outcomes.missed if first <= m.day <= last)
    parts = ["<h3>" + escape(OutcomesPageText.tr("Why sessions were stopped or missed")) + "</h3>"]
    if not stopped and not missed:
        return [*parts, _p(OutcomesPageText.tr("No reasons given in this period."))]
    headers = [
        OutcomesPageText.tr("Reason"),
        OutcomesPageText.tr("Sessions stopped early"),
        OutcomesPageText.tr("Days missed"),
    ]
    rows = [
        [reason_text(reason), str(stopped[reason]), str(missed[reason])]
        for reason in REASONS
        if stopped[reason] or missed[reason]
    ]
    return [*parts, *_table(headers, rows)]


def _difficulty(
    outcomes: Outcomes, records: list[SessionRecord], first: date, last: date
) -> list[str]:
    rated = Counter(f.difficulty for f in _feedback(outcomes, records, first, last) if f.difficulty)
    parts = ["<h3>" + escape(OutcomesPageText.tr("How hard the sessions felt")) + "</h3>"]
    if not rated:
        return [*parts, _p(OutcomesPageText.tr("No sessions rated in this period."))]
    headers = [difficulty_text(value) for value in DIFFICULTIES]
    return [*parts, *_table(headers, [[str(rated[value]) for value in DIFFICULTIES]], 0)]
