"""The report's text, section by section, as the HTML its QTextDocument is built from
(report/pdf.py): the title and summary, routine and doses, adherence, where the charts go,
the pain trend and the session notes. Words only: tables read the same in pdftotext."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from html import escape

from footcare_gui import __version__
from footcare_gui.core.catalogue import Catalogue, localized
from footcare_gui.core.dose_view import MARK, marked_dose_line
from footcare_gui.core.history import SessionRecord, adherence, targets_for
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from footcare_gui.core.outcome import SessionOutcome, Tally
from footcare_gui.core.plan import Dose, Painful
from footcare_gui.report.text import (
    exercise_name,
    in_period,
    long_date,
    pain_text,
    pain_trend,
    period_text,
    session_time,
)

PdfText = Context("PdfText")
TITLE = QT_TRANSLATE_NOOP("PdfText", "Footcare report")  # shown through title()
TABLE = '<table width="100%" cellspacing="0" cellpadding="4" border="0">'


def title() -> str:
    """The report's title in the user's language."""
    return translate("PdfText", TITLE)


def placeholder(name: str) -> str:
    return f"[chart:{name}]"


def _chart(name: str) -> str:
    return f'<p style="margin-top: 24px;">{placeholder(name)}</p>'


def report_html(
    records: list[SessionRecord],
    catalogue: Catalogue,
    first: date,
    last: date,
    doses: Mapping[str, Dose] | None = None,
    painful: Painful = None,
) -> str:
    chosen = in_period(records, first, last)
    weeks = ((last - first).days + 1) // 7
    finished = sum(r.outcome is SessionOutcome.FINISHED for r in chosen)
    partly = sum(r.outcome is SessionOutcome.PARTLY for r in chosen)
    active_days = len({r.day for r in chosen if r.outcome.counts})
    days = (last - first).days + 1
    sub = PdfText.tr("{period} · %n week(s)", None, weeks).format(period=period_text(first, last))
    made = PdfText.tr("Made on {date} by Footcare {version}.").format(
        date=long_date(last), version=__version__
    )
    summary = PdfText.tr(
        "%n session(s) finished (every planned rep done) on {active} of {days} days; "
        "{partly} partly done; {nothing} with nothing done.",
        None,
        finished,
    ).format(
        active=active_days,
        days=days,
        partly=partly,
        nothing=len(chosen) - finished - partly,
    )
    parts = [
        f"<h1>{escape(title())}</h1>",
        f'<p class="sub">{escape(sub)}</p>',
        f'<p class="small">{escape(made)}</p>',
        f"<p>{escape(summary)}</p>",
        *_routine(catalogue, doses or {}, painful),
        *_adherence(chosen, catalogue, _tracked_from(records, first), last),
        # The charts carry their own titles: a heading of ours could be left alone at the foot
        # of a page while its chart moves on to the next.
        _chart("sessions"),
        _chart("pain"),
        _tag(
            "p",
            _tag("b", PdfText.tr("Pain trend.")) + " " + escape(pain_trend(chosen, first, last)),
            escaped=True,
        ),
        *_notes(chosen, catalogue),
    ]
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def _tag(name: str, text: str, attributes: str = "", escaped: bool = False) -> str:
    """``<name attributes>text</name>``, the text escaped unless it already is. (Translated
    texts are never inside f-strings: lupdate does not look into them.)"""
    opening = f"<{name} {attributes}>" if attributes else f"<{name}>"
    return f"{opening}{text if escaped else escape(text)}</{name}>"


def marks_key() -> str:
    """What the out-of-range mark means, for a printed page that shows one."""
    return PdfText.tr(
        "{mark} marks a value outside the suggested range, given beside it: "
        '"source" is the exercise text\'s range, "usual" Footcare\'s where the '
        "text gives none or one number."
    ).format(mark=MARK)


def _routine(catalogue: Catalogue, doses: Mapping[str, Dose], painful: Painful = None) -> list[str]:
    rows = [
        f"<tr><td>{escape(localized(e).name)}</td>"
        f"<td>{escape(marked_dose_line(e, doses.get(e.id), painful).shown)}</td></tr>"
        for e in catalogue.exercises
    ]
    outside = sum(
        marked_dose_line(e, doses.get(e.id), painful).out_of_range for e in catalogue.exercises
    )
    key = [_tag("p", marks_key())] if outside else []
    return [
        _tag("h2", PdfText.tr("Routine and doses")),
        *key,
        TABLE,
        "<thead><tr>"
        + _tag("th", PdfText.tr("Exercise"), 'width="42%"')
        + _tag("th", PdfText.tr("Dose"))
        + "</tr></thead>",
        *rows,
        "</table>",
    ]


def _tracked_from(records: list[SessionRecord], first: date) -> date:
    """Adherence counts from the first day Footcare recorded anything, not from before it."""
    return max([first, min(r.day for r in records)]) if records else first


def _adherence(
    records: list[SessionRecord], catalogue: Catalogue, first: date, last: date
) -> list[str]:
    results = adherence(records, targets_for(catalogue), first, last)
    rows = [
        f"<tr><td>{escape(exercise_name(catalogue, a.exercise_id))}</td>"
        f'<td class="num">{a.done}</td><td class="num">{a.target}</td>'
        f'<td class="num">{round(a.fraction * 100)}%</td>'
        f'<td class="num">{escape(_partly(a.partly, a.partly_reps))}'
        "</td></tr>"
        for a in results
    ]
    done, target = sum(a.done for a in results), sum(a.target for a in results)
    share = round(100 * done / target) if target else 100
    partly = sum(a.partly for a in results)
    # The total as a sentence under the table, not as its last row: a PDF reader (or pdftotext)
    # puts a row's cells in an order of its own guessing, and read the totals before their label.
    partly_reps = sum((a.partly_reps for a in results), Tally())
    total = PdfText.tr(
        "All exercises: %n finished session(s) of a target of {target} ({share}%); "
        "{partly} partly done ({reps_done} of {reps_planned} reps).",
        None,
        done,
    ).format(
        target=target,
        share=share,
        partly=partly,
        reps_done=partly_reps.done,
        reps_planned=partly_reps.planned,
    )
    explained = PdfText.tr(
        "Done: finished sessions, those with every planned rep done, against the target from "
        "{first} (the start of the period, or the first day with a recorded session) to {last}, "
        "the day the report was made, which counts in full. Extra sessions on one day do not "
        "make up for a missed day. Partly done sessions are listed apart, with the reps done of "
        "those planned, and do not count toward the target; sessions with nothing done count "
        "for nothing."
    ).format(first=long_date(first), last=long_date(last))
    return [
        _tag("h2", PdfText.tr("Adherence")),
        f"<p>{escape(explained)}</p>",
        TABLE,
        "<thead><tr>"
        + _tag("th", PdfText.tr("Exercise"), 'width="42%"')
        + _tag("th", PdfText.tr("Done"), 'class="num"')
        + _tag("th", PdfText.tr("Target"), 'class="num"')
        + _tag("th", PdfText.tr("%", "column of percentages"), 'class="num"')
        + _tag("th", PdfText.tr("Partly done"), 'class="num"')
        + "</tr></thead>",
        *rows,
        "</table>",
        f'<p class="total">{escape(total)}</p>',
    ]


def _partly(sessions: int, reps: Tally) -> str:
    """ "2 (8/24 reps)": partly done sessions and their reps, or a dash for none."""
    if not sessions:
        return "\N{EN DASH}"
    return PdfText.tr("{sessions} ({done}/{planned} reps)").format(
        sessions=sessions, done=reps.done, planned=reps.planned
    )


def _notes(records: list[SessionRecord], catalogue: Catalogue) -> list[str]:
    noted = [r for r in records if r.note.strip()]
    if not noted:
        return [
            _tag("h2", PdfText.tr("Session notes")),
            _tag("p", PdfText.tr("No notes in this period.")),
        ]
    rows = [
        f'<tr><td width="24%">{escape(session_time(r.started_at))}</td>'
        f'<td width="20%">{escape(exercise_name(catalogue, r.exercise_id))}</td>'
        f'<td width="9%">{escape(pain_text(r.pain_before, r.pain_after))}</td>'
        f"<td>{escape(r.note.strip()).replace(chr(10), '<br>')}</td></tr>"
        for r in noted
    ]
    headers = (
        PdfText.tr("Date"),
        PdfText.tr("Exercise"),
        PdfText.tr("Pain"),
        PdfText.tr("Note"),
    )
    return [
        _tag("h2", PdfText.tr("Session notes")),
        TABLE,
        "<thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in headers) + "</tr></thead>",
        *rows,
        "</table>",
    ]
