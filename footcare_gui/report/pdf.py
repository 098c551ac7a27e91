"""The PDF report for the physiotherapist: routine, adherence, charts, pain trend and notes.

The text is a QTextDocument built from HTML, so tables wrap and the layout breaks pages between
lines (never through one) and repeats table headers; the charts are painted into the page as
vectors and text by the same code as on screen (so their words are searchable and the file small).
Fonts have ligatures turned off, so "fi" in "finished" stays two letters for search and pdftotext.
The PDF is made in memory and written in one go, so a failed write leaves no half file.
Needs a QGuiApplication (fonts and painting do); the caller makes it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.history import (
    SessionRecord,
    pain_by_day,
    period,
    sessions_per_day,
    targets_for,
)
from footcare_gui.core.outcomes import Outcomes
from footcare_gui.core.plan import Dose, Painful
from footcare_gui.report.charts import ChartColors, paint_pain_chart, paint_sessions_chart
from footcare_gui.report.outcomes_page import outcomes_page
from footcare_gui.report.pdf_file import ReportError as ReportError
from footcare_gui.report.pdf_file import pdf_bytes, with_subject, write_atomically
from footcare_gui.report.pdf_sections import PdfText, placeholder, report_html, title
from footcare_gui.report.text import period_text

FONT_FAMILY = "DejaVu Sans"  # installed with the app's Linux dependencies; Qt falls back if not
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


@dataclass(frozen=True)
class ReportContent:
    """What a report shows: the sessions of the last ``weeks`` weeks, ending ``today``.

    ``doses``: the user's own doses; the catalogue's where one is missing.
    ``outcomes``: morning pain, goals, reasons and ratings; their page is left out without them.
    ``painful``: the foot the user said is painful, named in the doses.
    """

    records: list[SessionRecord]
    catalogue: Catalogue
    today: date
    weeks: int = 4
    doses: Mapping[str, Dose] | None = None
    outcomes: Outcomes | None = None
    painful: Painful = None


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
    """Writes the report (:class:`ReportContent`) as an A4 PDF at ``path``, never into
    ``data_folder``, the history's folder (services/export_file.py)."""
    content = ReportContent(records, catalogue, today, weeks, doses, outcomes, painful)
    write_atomically(Path(path), report_bytes(content), data_folder)


def report_bytes(content: ReportContent) -> bytes:
    """The report as the bytes of a PDF file."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("a report needs a QGuiApplication to lay out text and paint")
    first, last = period(content.weeks, content.today)
    document = build_document(
        content.records,
        content.catalogue,
        first,
        last,
        content.doses,
        content.outcomes,
        content.painful,
    )
    data = pdf_bytes(document, f"{title()}, {period_text(first, last)}")
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
        cursor = document.find(placeholder(name))
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
        rect: QRectF | QRect,
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
