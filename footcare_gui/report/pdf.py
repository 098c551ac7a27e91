"""The PDF report for the physiotherapist: routine, adherence, charts, pain trend and notes.

The text is a QTextDocument built from HTML, so tables wrap and the layout breaks pages between
lines (never through one) and repeats table headers; the charts are painted into the page as
vectors and text by the same code as on screen (so their words are searchable and the file small).
Fonts have ligatures turned off, so "fi" in "finished" stays two letters for search and pdftotext.
The PDF is made in memory and written in one go, so a failed write leaves no half file.
Needs a QGuiApplication (fonts and painting do); the caller makes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QObject, QRectF, QSize, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from footcare_gui import __version__
from footcare_gui.core.catalogue import Catalogue, localized
from footcare_gui.core.dose_view import MARK, marked_dose_line
from footcare_gui.core.history import (
    SessionRecord,
    adherence,
    pain_by_day,
    period,
    sessions_per_day,
    targets_for,
)
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from footcare_gui.core.outcome import SessionOutcome
from footcare_gui.core.outcomes import Outcomes
from footcare_gui.core.plan import Dose, Painful
from footcare_gui.report.charts import ChartColors, paint_pain_chart, paint_sessions_chart
from footcare_gui.report.outcomes_page import outcomes_page
from footcare_gui.report.text import (
    exercise_name,
    in_period,
    long_date,
    pain_text,
    pain_trend,
    period_text,
    session_time,
)
from footcare_gui.services.export_file import write_export

PdfText = Context("PdfText")
TITLE = QT_TRANSLATE_NOOP("PdfText", "Footcare report")  # shown through title()
FONT_FAMILY = "DejaVu Sans"  # installed with the app's Linux dependencies; Qt falls back if not
RESOLUTION_DPI = 300
CHART_SIZE = QSize(640, 240)  # logical pixels, as on screen
# The charts are text objects (below), painted by the same code as on screen.
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_NAME = QTextFormat.Property.UserProperty + 1
CHART_WIDTH_ON_PAGE = 600  # in the document's 96-dpi pixels; A4's text width is about 616

STYLE = """
body { color: #212121; }
h1 { font-size: 20pt; color: #0d47a1; margin-bottom: 0; }
h2 { font-size: 13pt; color: #0d47a1; margin-top: 18px; margin-bottom: 6px; }
p { margin-top: 0; margin-bottom: 6px; }
p.sub { color: #424242; font-size: 11pt; margin-bottom: 2px; }
p.small { color: #616161; font-size: 8.5pt; }
h3 { font-size: 11pt; color: #0d47a1; margin-top: 12px; margin-bottom: 4px; }
table { border-collapse: collapse; }
th { background-color: #e3eaf2; text-align: left; font-weight: bold;
     border-bottom: 1px solid #90a4ae; }
td { border-bottom: 1px solid #cfd8dc; }
td.num, th.num { text-align: right; }
p.total { font-weight: bold; margin-top: 6px; }
"""
TABLE = '<table width="100%" cellspacing="0" cellpadding="4" border="0">'


def title() -> str:
    """The report's title in the user's language."""
    return translate("PdfText", TITLE)


class ReportError(OSError):
    """The report could not be written; the message names the file and the reason."""


def write_report(
    path: Path,
    records: list[SessionRecord],
    catalogue: Catalogue,
    today: date,
    weeks: int = 4,
    doses: Mapping[str, Dose] | None = None,
    outcomes: Outcomes | None = None,
    data_folder: Path | None = None,
    painful: Painful = None,
) -> None:
    """Writes the report on the last `weeks` weeks, ending `today`, as an A4 PDF at `path`.

    ``doses``: the user's own doses; the catalogue's where one is missing.
    ``outcomes``: morning pain, goals, reasons and ratings; their page is left out without them.
    ``data_folder``: the history's folder, which no report may be written into
    (services/export_file.py).
    ``painful``: the foot the user said is painful, named in the doses.
    """
    data = report_bytes(records, catalogue, today, weeks, doses, outcomes, painful)
    _write_atomically(Path(path), data, data_folder)


def report_bytes(
    records: list[SessionRecord],
    catalogue: Catalogue,
    today: date,
    weeks: int = 4,
    doses: Mapping[str, Dose] | None = None,
    outcomes: Outcomes | None = None,
    painful: Painful = None,
) -> bytes:
    """The report of :func:`write_report` as the bytes of a PDF file."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_report needs a QGuiApplication to lay out text and paint")
    first, last = period(weeks, today)
    document = build_document(records, catalogue, first, last, doses, outcomes, painful)
    data = _pdf_bytes(document, f"{title()}, {period_text(first, last)}")
    subject = PdfText.tr(
        "Foot-rehabilitation exercises from {period}: doses, adherence, pain and notes"
    ).format(period=period_text(first, last))
    return with_subject(data, subject)


def build_document(
    records: list[SessionRecord],
    catalogue: Catalogue,
    first: date,
    last: date,
    doses: Mapping[str, Dose] | None = None,
    outcomes: Outcomes | None = None,
    painful: Painful = None,
) -> QTextDocument:
    """The report as a text document; its charts are objects painted as vectors when drawn."""
    document = QTextDocument()
    document.setDefaultFont(report_font(10))
    document.setDefaultStyleSheet(STYLE)
    colors = ChartColors.for_print()
    targets = targets_for(catalogue)
    daily_target = sum(targets.values())

    def sessions(painter: QPainter, rect: QRectF) -> None:
        counts = sessions_per_day(records, first, last)
        paint_sessions_chart(painter, rect, first, counts, daily_target, colors)

    def pain(painter: QPainter, rect: QRectF) -> None:
        paint_pain_chart(painter, rect, pain_by_day(records, first, last), colors)

    charts = {"sessions": sessions, "pain": pain}
    handler = _ChartObject(charts, document)
    document.documentLayout().registerHandler(CHART_OBJECT, handler)
    html = report_html(records, catalogue, first, last, doses, painful)
    if outcomes is not None:  # a page of its own, after everything else
        page = "\n".join(outcomes_page(outcomes, records, first, last))
        html = html.replace("</body></html>", page + "</body></html>")
    document.setHtml(html)
    for name in charts:  # each placeholder becomes the chart object
        cursor = document.find(_placeholder(name))
        if not cursor.isNull():
            chart = QTextCharFormat()
            chart.setObjectType(CHART_OBJECT)
            chart.setProperty(CHART_NAME, name)
            cursor.insertText("\N{OBJECT REPLACEMENT CHARACTER}", chart)
    return document


def report_font(point_size: float) -> QFont:
    """DejaVu Sans without ligatures: "fi" stays two letters, so that a search of the PDF (or a
    screen reader, or pdftotext) finds "finished" and "flexion"."""
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(point_size)
    for feature in ("liga", "clig", "dlig", "hlig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


PaintChart = Callable[[QPainter, QRectF], None]


class _ChartObject(QPyTextObject):
    """Paints a chart into whatever draws the document: in a PDF, as vectors and text (its
    title and axes searchable), not as a picture of them."""

    def __init__(self, charts: Mapping[str, PaintChart], parent: QObject):
        super().__init__(parent)
        self._charts = dict(charts)

    def intrinsicSize(self, document: QTextDocument, position: int, format: QTextFormat) -> QSizeF:
        # In the units of the device the layout is for: the PDF writer's dots when printing,
        # where an <img width=...> would be 96-dpi pixels.
        device = document.documentLayout().paintDevice()
        scale = device.logicalDpiX() / 96 if device is not None else 1.0
        width = CHART_WIDTH_ON_PAGE * scale
        return QSizeF(width, width * CHART_SIZE.height() / CHART_SIZE.width())

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF,
        document: QTextDocument,
        position: int,
        format: QTextFormat,
    ) -> None:
        paint = self._charts.get(str(format.property(CHART_NAME)))
        if paint is None:
            return
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / CHART_SIZE.width(), rect.height() / CHART_SIZE.height())
        painter.setFont(report_font(10))
        area = QRectF(0, 0, CHART_SIZE.width(), CHART_SIZE.height())
        painter.fillRect(area, ChartColors.for_print().background)
        paint(painter, area)
        painter.restore()


def _placeholder(name: str) -> str:
    return f"[chart:{name}]"


def _chart(name: str) -> str:
    return f'<p style="margin-top: 24px;">{_placeholder(name)}</p>'


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
        f'<td class="num">{escape(_partly(a.partly, a.partly_reps_done, a.partly_reps_planned))}'
        "</td></tr>"
        for a in results
    ]
    done, target = sum(a.done for a in results), sum(a.target for a in results)
    share = round(100 * done / target) if target else 100
    partly = sum(a.partly for a in results)
    # The total as a sentence under the table, not as its last row: a PDF reader (or pdftotext)
    # puts a row's cells in an order of its own guessing, and read the totals before their label.
    total = PdfText.tr(
        "All exercises: %n finished session(s) of a target of {target} ({share}%); "
        "{partly} partly done ({reps_done} of {reps_planned} reps).",
        None,
        done,
    ).format(
        target=target,
        share=share,
        partly=partly,
        reps_done=sum(a.partly_reps_done for a in results),
        reps_planned=sum(a.partly_reps_planned for a in results),
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


def _partly(sessions: int, reps_done: int, reps_planned: int) -> str:
    """ "2 (8/24 reps)": partly done sessions and their reps, or a dash for none."""
    if not sessions:
        return "\N{EN DASH}"
    return PdfText.tr("{sessions} ({done}/{planned} reps)").format(
        sessions=sessions, done=reps_done, planned=reps_planned
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


def _pdf_bytes(document: QTextDocument, title: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setAuthor("Footcare")
    writer.setCreator(f"Footcare {__version__}")
    document.print_(writer)  # lays out for the page, breaks pages, numbers them
    del writer  # the PDF is finished when the writer goes
    data = bytes(buffer.data().data())
    buffer.close()
    if not data.startswith(b"%PDF"):
        raise ReportError("Qt made no PDF (is there a QGuiApplication?)")
    return data


def with_subject(data: bytes, subject: str) -> bytes:
    """The PDF with a Subject in its document information (QPdfWriter has no setter for one),
    added as an incremental update: the original bytes are kept and a new information
    dictionary, cross-reference section and trailer are appended. Unchanged if Qt's PDF is
    not laid out as expected."""
    info = re.search(rb"\n(\d+) 0 obj\n(<<\n/Title .*?)>>\nendobj", data, re.DOTALL)
    trailer = re.search(
        rb"trailer\n<<\n/Size (\d+) \n/Info (\d+) 0 R\n/Root (\d+) 0 R\n(/ID [^\n]*)\n>>\n"
        rb"startxref\n(\d+) ?\n%%EOF\s*$",
        data,
    )
    if info is None or trailer is None or info.group(1) != trailer.group(2):
        return data
    number = int(info.group(1))
    encoded = "<" + ("\ufeff" + subject).encode("utf-16-be").hex().upper() + ">"
    obj = (
        f"{number} 0 obj\n".encode() + info.group(2) + f"/Subject {encoded}\n>>\nendobj\n".encode()
    )
    start = len(data) + (0 if data.endswith(b"\n") else 1)
    xref_at = start + len(obj)
    size, root, ids, previous = (trailer.group(i).decode() for i in (1, 3, 4, 5))
    tail = (
        f"xref\n{number} 1\n{start:010d} 00000 n \ntrailer\n<<\n/Size {size}\n"
        f"/Info {number} 0 R\n/Root {root} 0 R\n{ids}\n/Prev {previous}\n>>\n"
        f"startxref\n{xref_at}\n%%EOF\n"
    )
    return data + (b"" if data.endswith(b"\n") else b"\n") + obj + tail.encode()


def _write_atomically(path: Path, data: bytes, data_folder: Path | None = None) -> None:
    try:
        write_export(path, data, data_folder)  # whole or not at all; the umask, never wider
    except OSError as error:
        reason = error.strerror or str(error)
        raise ReportError(
            PdfText.tr("Cannot write the report to {path}: {reason}").format(
                path=path, reason=reason
            )
        ) from error
