"""The home-exercise programme sheet: an A4 PDF of a routine as the user does it.

For each exercise: its pictures (starting position and steps, painted as vectors by the app's
own painter), the user's own dose, the starting position, the steps and the caution; the safety
note once at the top. The text is real text (searchable, extractable, without ligatures so
"fl" and "fi" come out as letters), in the user's language. Five exercises fit on two pages.
Needs a QGuiApplication; the caller makes it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from footcare_gui import __version__
from footcare_gui.core.catalogue import Exercise, localized
from footcare_gui.core.dose_view import Marked, marked_dose_lines
from footcare_gui.core.figure import Figure
from footcare_gui.core.i18n import Context
from footcare_gui.core.plan import Dose
from footcare_gui.report.pdf import FONT_FAMILY
from footcare_gui.report.pdf_file import ReportError, write_atomically
from footcare_gui.report.pdf_sections import marks_key
from footcare_gui.report.text import long_date
from footcare_gui.ui.style import safety_note
from footcare_gui.ui.widgets.figure_painter import FigureColours, paint_figure
from footcare_gui.ui.widgets.figure_strip import picture_groups

HandoutText = Context("HandoutText")
RESOLUTION_DPI = 300
MARGIN_MM = 14.0
PICTURES_PER_ROW = 3  # beside each exercise's text
PICTURE_MM = 25.0
CAPTION_MM = 4.0
GAP_MM = 5.0

STYLE = """
body { color: #212121; }
h1 { font-size: 17pt; color: #0d47a1; margin: 0; }
h2 { font-size: 12pt; color: #0d47a1; margin-top: 0; margin-bottom: 2px; }
p { margin-top: 0; margin-bottom: 3px; }
p.sub { color: #424242; }
p.note { background-color: #fff4d6; }
p.small { color: #616161; font-size: 7.5pt; }
ol { margin-top: 0; margin-bottom: 3px; }
"""


@dataclass(frozen=True)
class HandoutItem:
    exercise: Exercise
    dose: Dose
    figure: Figure | None


def handout_font(points: float = 9.0) -> QFont:
    """The sheet's font, with ligatures off: a PDF reader must find "flat", not "ﬂat"."""
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    for feature in (b"liga", b"clig"):
        font.setFeature(QFont.Tag.fromString(feature.decode()), 0)
    return font


def write_handout(
    path: Path,
    items: Sequence[HandoutItem],
    routine_name: str,
    today: date,
    data_folder: Path | None = None,
) -> None:
    """Writes the sheet for ``items`` (in the routine's order) as an A4 PDF at ``path``, by the
    app's export rules (services/export_file.py: whole or not at all, never over Footcare's
    own files in ``data_folder``). Raises ReportError, naming the file, if it cannot."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_handout needs a QGuiApplication to lay out text and paint")
    data = handout_bytes(items, routine_name, today)
    refusal = HandoutText.tr("Cannot write the exercise sheet to {path}: {reason}")
    write_atomically(Path(path), data, data_folder, refusal)


def handout_bytes(items: Sequence[HandoutItem], routine_name: str, today: date) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(RESOLUTION_DPI)
    title = HandoutText.tr("Home exercise programme")
    writer.setTitle(f"{title}: {routine_name}")
    writer.setCreator(f"Footcare {__version__}")
    painter = QPainter(writer)
    try:
        _Sheet(painter, writer).draw(items, title, routine_name, today)
    finally:
        painter.end()
    del writer
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF"):
        raise ReportError("Qt made no PDF (is there a QGuiApplication?)")
    return data


class _Sheet:
    """Lays the blocks out down the page, starting a new page when one would not fit."""

    def __init__(self, painter: QPainter, writer: QPdfWriter):
        self.painter = painter
        self.writer = writer
        self.mm = RESOLUTION_DPI / 25.4
        page = writer.pageLayout().paintRectPixels(RESOLUTION_DPI)
        self.width = float(page.width())
        self.height = float(page.height())
        self.y = 0.0

    def document(self, html: str, width: float) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.writer)
        document.setDefaultFont(handout_font())
        document.setDefaultStyleSheet(STYLE)
        document.setDocumentMargin(0)
        document.setHtml(html)
        document.setTextWidth(width)
        return document

    def place(self, height: float) -> None:
        if self.y > 0 and self.y + height > self.height:
            self.writer.newPage()
            self.y = 0.0

    def text(self, document: QTextDocument, x: float = 0.0) -> None:
        self.painter.save()
        self.painter.translate(x, self.y)
        document.drawContents(self.painter)
        self.painter.restore()

    def draw(
        self, items: Sequence[HandoutItem], title: str, routine_name: str, today: date
    ) -> None:
        made = HandoutText.tr("Made on {date} by Footcare {version}.").format(
            date=long_date(today), version=__version__
        )
        count = HandoutText.tr("%n exercise(s), in this order.", None, len(items))
        head = self.document(
            f"<h1>{escape(title)}</h1>"
            f'<p class="sub"><b>{escape(routine_name)}</b> · {escape(count)}</p>'
            f'<p class="small">{escape(made)}</p>'
            f'<p class="note">{escape(safety_note())}</p>'
            + (f"<p>{escape(marks_key())}</p>" if any(_marked(i) for i in items) else ""),
            self.width,
        )
        self.text(head)
        self.y += head.size().height() + GAP_MM * self.mm
        for number, item in enumerate(items, start=1):
            self.block(number, item)

    def block(self, number: int, item: HandoutItem) -> None:
        mm = self.mm
        groups = picture_groups(item.figure, item.exercise) if item.figure else []
        rows = -(-len(groups) // PICTURES_PER_ROW)
        pictures_width = (PICTURE_MM * PICTURES_PER_ROW + GAP_MM) * mm if groups else 0.0
        pictures_height = rows * (PICTURE_MM + CAPTION_MM + 1) * mm
        localized_name = localized(item.exercise).name
        heading = HandoutText.tr("{number}. {exercise}").format(
            number=number, exercise=localized_name
        )
        title = self.document(f"<h2>{escape(heading)}</h2>", self.width)
        body = self.document(_exercise_html(item), self.width - pictures_width)
        title_height = title.size().height() + 1.0 * mm
        height = title_height + max(body.size().height(), pictures_height)
        self.place(height + GAP_MM * mm)
        self.text(title)
        if item.figure is not None:
            self.pictures(item.figure, groups, self.y + title_height)
        self.y += title_height
        self.text(body, pictures_width)
        self.y += height - title_height + GAP_MM * mm / 2
        pen = QPen(QColor("#cfd8dc"), 0.25 * mm)
        self.painter.setPen(pen)
        self.painter.drawLine(0, round(self.y), round(self.width), round(self.y))
        self.y += GAP_MM * mm / 2

    def pictures(self, figure: Figure, groups: list[tuple[str, str]], y: float) -> None:
        mm = self.mm
        colours = FigureColours.for_print()
        cell = PICTURE_MM * mm
        caption_font = handout_font(7.0)
        for index, (caption, name) in enumerate(groups):
            row, column = divmod(index, PICTURES_PER_ROW)
            left = column * cell
            top = y + row * (PICTURE_MM + CAPTION_MM + 1) * mm
            box = QRectF(left + mm, top, cell - 2 * mm, PICTURE_MM * mm)
            self.painter.save()
            self.painter.setPen(QPen(QColor("#e0e6ea"), 0.2 * mm))
            self.painter.drawRoundedRect(box, 1.5 * mm, 1.5 * mm)
            self.painter.restore()
            paint_figure(
                self.painter, box.adjusted(mm, mm, -mm, -mm), figure, figure.pose(name), colours,
                foot="right", mark=False,
            )  # fmt: skip
            self.painter.save()
            self.painter.setFont(caption_font)
            self.painter.setPen(QColor("#424242"))
            under = QRectF(box.left(), box.bottom(), box.width(), CAPTION_MM * mm)
            self.painter.drawText(
                under, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, caption
            )
            self.painter.restore()


def _exercise_html(item: HandoutItem) -> str:
    exercise = localized(item.exercise)
    dose = " · ".join(line.shown for line in _dose_lines(item))
    steps = "".join(f"<li>{escape(step)}</li>" for step in exercise.steps)
    steps_title = HandoutText.tr("Steps:")
    parts = [
        _labelled(HandoutText.tr("Your dose:"), dose),
        _labelled(HandoutText.tr("Starting position:"), exercise.position),
        f"<p><b>{escape(steps_title)}</b></p><ol>{steps}</ol>",
    ]
    if exercise.progression:
        parts.append(_labelled(HandoutText.tr("Progression:"), exercise.progression))
    parts.append(_labelled(HandoutText.tr("Caution:"), exercise.caution))
    return "".join(parts)


def _dose_lines(item: HandoutItem) -> list[Marked]:
    """The dose as everywhere else (core/dose_view.py): each value outside its range marked."""
    return marked_dose_lines(item.exercise, item.dose)


def _marked(item: HandoutItem) -> bool:
    return any(line.out_of_range for line in _dose_lines(item))


def _labelled(label: str, text: str) -> str:
    return f"<p><b>{escape(label)}</b> {escape(text)}</p>"


def handout_items(
    exercises: Sequence[Exercise], doses: Mapping[str, Dose], figures: Mapping[str, Figure]
) -> list[HandoutItem]:
    return [
        HandoutItem(e, doses.get(e.id) or Dose.default_for(e), figures.get(e.id)) for e in exercises
    ]
