"""The PDF report for the physiotherapist: routine, adherence, charts, pain trend and notes.

The text is a QTextDocument built from HTML, so tables wrap and the layout breaks pages between
lines (never through one) and repeats table headers; the charts are painted into images at about
300 dpi. The PDF is made in memory and written in one go, so a failed write leaves no half file.
Needs a QGuiApplication (fonts and painting do); the caller makes it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from footcare_gui import __version__
from footcare_gui.core.catalogue import Catalogue, localized
from footcare_gui.core.describe import dose_line
from footcare_gui.core.history import (
    SessionRecord,
    adherence,
    pain_by_day,
    period,
    sessions_per_day,
    targets_for,
)
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from footcare_gui.core.outcomes import Outcomes
from footcare_gui.core.plan import Dose
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
CHART_SCALE = 4  # 640 px × 4 over ~16 cm of page is about 400 dpi: sharp in print
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
tr.total td { font-weight: bold; }
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
) -> None:
    """Writes the report on the last `weeks` weeks, ending `today`, as an A4 PDF at `path`.

    ``doses``: the user's own doses; the catalogue's where one is missing.
    ``outcomes``: morning pain, goals, reasons and ratings; their page is left out without them.
    ``data_folder``: the history's folder, which no report may be written into
    (services/export_file.py).
    """
    data = report_bytes(records, catalogue, today, weeks, doses, outcomes)
    _write_atomically(Path(path), data, data_folder)


def report_bytes(
    records: list[SessionRecord],
    catalogue: Catalogue,
    today: date,
    weeks: int = 4,
    doses: Mapping[str, Dose] | None = None,
    outcomes: Outcomes | None = None,
) -> bytes:
    """The report of :func:`write_report` as the bytes of a PDF file."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_report needs a QGuiApplication to lay out text and paint")
    first, last = period(weeks, today)
    document = build_document(records, catalogue, first, last, doses, outcomes)
    return _pdf_bytes(document, f"{title()}, {period_text(first, last)}")


def build_document(
    records: list[SessionRecord],
    catalogue: Catalogue,
    first: date,
    last: date,
    doses: Mapping[str, Dose] | None = None,
    outcomes: Outcomes | None = None,
) -> QTextDocument:
    """The report as a text document with its charts attached as image resources."""
    document = QTextDocument()
    document.setDefaultFont(QFont(FONT_FAMILY, 10))
    document.setDefaultStyleSheet(STYLE)
    colors = ChartColors.for_print()
    targets = targets_for(catalogue)
    daily_target = sum(targets.values())

    def sessions(painter: QPainter, rect: QRectF) -> None:
        counts = sessions_per_day(records, first, last)
        paint_sessions_chart(painter, rect, first, counts, daily_target, colors)

    def pain(painter: QPainter, rect: QRectF) -> None:
        paint_pain_chart(painter, rect, pain_by_day(records, first, last), colors)

    for name, paint in (("sessions", sessions), ("pain", pain)):
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), chart_image(paint)
        )
    html = report_html(records, catalogue, first, last, doses)
    if outcomes is not None:  # a page of its own, after everything else
        page = "\n".join(outcomes_page(outcomes, records, first, last))
        html = html.replace("</body></html>", page + "</body></html>")
    document.setHtml(html)
    return document


def chart_image(paint: Callable[[QPainter, QRectF], None]) -> QImage:
    image = QImage(CHART_SIZE * CHART_SCALE, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(CHART_SCALE)
    image.fill(ChartColors.for_print().background)
    painter = QPainter(image)
    painter.setFont(QFont(FONT_FAMILY))
    paint(painter, QRectF(0, 0, CHART_SIZE.width(), CHART_SIZE.height()))
    painter.end()
    return image


def _chart(name: str) -> str:
    height = round(CHART_WIDTH_ON_PAGE * CHART_SIZE.height() / CHART_SIZE.width())
    return (
        f'<p style="margin-top: 14px;"><img src="chart:{name}" width="{CHART_WIDTH_ON_PAGE}"'
        f' height="{height}"></p>'
    )


def report_html(
    records: list[SessionRecord],
    catalogue: Catalogue,
    first: date,
    last: date,
    doses: Mapping[str, Dose] | None = None,
) -> str:
    chosen = in_period(records, first, last)
    weeks = ((last - first).days + 1) // 7
    finished = sum(r.finished for r in chosen)
    active_days = len({r.day for r in chosen if r.finished})
    days = (last - first).days + 1
    sub = PdfText.tr("{period} · %n week(s)", None, weeks).format(period=period_text(first, last))
    made = PdfText.tr("Made on {date} by Footcare {version}.").format(
        date=long_date(last), version=__version__
    )
    summary = PdfText.tr(
        "%n session(s) finished on {active} of {days} days; {stopped} stopped early.",
        None,
        finished,
    ).format(active=active_days, days=days, stopped=len(chosen) - finished)
    parts = [
        f"<h1>{escape(title())}</h1>",
        f'<p class="sub">{escape(sub)}</p>',
        f'<p class="small">{escape(made)}</p>',
        f"<p>{escape(summary)}</p>",
        *_routine(catalogue, doses or {}),
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


def _routine(catalogue: Catalogue, doses: Mapping[str, Dose]) -> list[str]:
    rows = [
        f"<tr><td>{escape(localized(e).name)}</td>"
        f"<td>{escape(dose_line(e, doses.get(e.id)))}</td></tr>"
        for e in catalogue.exercises
    ]
    return [
        _tag("h2", PdfText.tr("Routine and doses")),
        TABLE,
        "<thead><tr>"
        + _tag("th", PdfText.tr("Exercise"), 'width="40%"')
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
        f'<td class="num">{round(a.fraction * 100)}%</td></tr>'
        for a in results
    ]
    done, target = sum(a.done for a in results), sum(a.target for a in results)
    share = round(100 * done / target) if target else 100
    rows.append(
        '<tr class="total"><td>' + _tag("b", PdfText.tr("All exercises")) + "</td>"
        f'<td class="num"><b>{done}</b></td>'
        f'<td class="num"><b>{target}</b></td><td class="num"><b>{share}%</b></td></tr>'
    )
    explained = PdfText.tr(
        "Finished sessions against the target from {first} (the start of the period, or the "
        "first day with a recorded session) to {last}, the day the report was made, which "
        "counts in full. Extra sessions on one day do not make up for a missed day."
    ).format(first=long_date(first), last=long_date(last))
    return [
        _tag("h2", PdfText.tr("Adherence")),
        f"<p>{escape(explained)}</p>",
        TABLE,
        "<thead><tr>"
        + _tag("th", PdfText.tr("Exercise"), 'width="55%"')
        + _tag("th", PdfText.tr("Done"), 'class="num"')
        + _tag("th", PdfText.tr("Target"), 'class="num"')
        + _tag("th", PdfText.tr("%", "column of percentages"), 'class="num"')
        + "</tr></thead>",
        *rows,
        "</table>",
    ]


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
    writer.setCreator(f"Footcare {__version__}")
    document.print_(writer)  # lays out for the page, breaks pages, numbers them
    del writer  # the PDF is finished when the writer goes
    data = bytes(buffer.data().data())
    buffer.close()
    if not data.startswith(b"%PDF"):
        raise ReportError("Qt made no PDF (is there a QGuiApplication?)")
    return data


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
