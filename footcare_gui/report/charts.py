"""The two history charts, painted with a bare QPainter so a widget, a QImage and a PDF share them.

Only QtGui is used. Sizes follow the rect: text is about a twentieth of its height, so the same
chart reads at 640×240 on screen and scaled onto a page. Nothing relies on colour alone: bars
that met the target are filled, the others outlined; pain before is a solid line with circles,
pain after a dashed line with squares. Both charts give a day the same x position and the same
left margin, so stacked charts line up day by day.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from footcare_gui.core.history import PAIN_MAX, PainDay
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from footcare_gui.report.text import short_date

ChartsText = Context("ChartsText")
# English, marked for translation; the charts show them through translate().
NO_PAIN_MESSAGE = QT_TRANSLATE_NOOP("ChartsText", "No pain ratings in this period")
SESSIONS_TITLE = QT_TRANSLATE_NOOP("ChartsText", "Finished sessions per day")
PAIN_TITLE = QT_TRANSLATE_NOOP("ChartsText", "Pain before and after sessions (0–10)")  # noqa: RUF001
WIDEST_DAY = date(2026, 11, 30)  # its short date is about as wide as any x-axis label


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    s = share_of_a
    return QColor.fromRgbF(
        a.redF() * s + b.redF() * (1 - s),
        a.greenF() * s + b.greenF() * (1 - s),
        a.blueF() * s + b.blueF() * (1 - s),
    )


@dataclass(frozen=True)
class ChartColors:
    background: QColor
    text: QColor
    muted: QColor  # axis labels, the empty-chart message
    grid: QColor
    bar: QColor
    target: QColor
    before: QColor  # pain before a session
    after: QColor  # pain after a session

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColors:
        """Colours that follow the widget's light or dark theme."""
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = background.lightness() < 128
        # The light and dark series colours are the same hues, lightened to keep contrast on
        # a dark background; blue against orange stays apart for common colour blindness.
        return cls(
            background=background,
            text=text,
            muted=_mix(text, background, 0.7),
            grid=_mix(text, background, 0.15),
            bar=QColor("#64b5f6" if dark else "#1565c0"),
            target=text,
            before=QColor("#ffb74d" if dark else "#e65100"),
            after=QColor("#64b5f6" if dark else "#1565c0"),
        )

    @classmethod
    def for_print(cls) -> ChartColors:
        """Fixed colours on white, whatever the screen theme, for the PDF."""
        return cls(
            background=QColor("white"),
            text=QColor("#212121"),
            muted=QColor("#616161"),
            grid=QColor("#e0e0e0"),
            bar=QColor("#1565c0"),
            target=QColor("#212121"),
            before=QColor("#e65100"),
            after=QColor("#1565c0"),
        )


# A legend entry draws its own swatch into the given square, then its words follow.
_Swatch = Callable[[QPainter, QRectF], None]


@dataclass(frozen=True)
class _Layout:
    """Where things go: the plot area, the fonts, and the width each day gets."""

    rect: QRectF
    plot: QRectF
    font: QFont
    title_font: QFont
    pad: float
    days: int

    @property
    def slot(self) -> float:
        return self.plot.width() / max(1, self.days)

    def x(self, index: int) -> float:
        return self.plot.left() + self.slot * (index + 0.5)

    def metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font)


def _layout(
    painter: QPainter,
    rect: QRectF,
    days: int,
    title: str,
    legend: Sequence[tuple[_Swatch, str]],
    colors: ChartColors,
) -> _Layout:
    """Measures the header and margins, paints the title and legend, and returns the layout."""
    size = max(9, min(16, round(min(rect.height() / 20, rect.width() / 50))))
    font = QFont(painter.font())
    font.setPixelSize(size)
    title_font = QFont(font)
    title_font.setBold(True)
    title_font.setPixelSize(round(size * 1.15))
    metrics, title_metrics = QFontMetricsF(font), QFontMetricsF(title_font)
    pad = size * 0.6
    legend_width = sum(size * 2.2 + metrics.horizontalAdvance(words) for _, words in legend)
    legend_width += size * max(0, len(legend) - 1)  # the gaps between entries
    header = title_metrics.height()
    if title_metrics.horizontalAdvance(title) + legend_width + 2 * size > rect.width() - 2 * pad:
        header += metrics.height() + pad / 2  # the legend gets a line of its own
    plot = QRectF(
        QPointF(
            rect.left() + 2 * pad + metrics.horizontalAdvance("88"), rect.top() + header + pad * 1.5
        ),
        QPointF(rect.right() - pad, rect.bottom() - 2 * pad - metrics.height()),
    )
    layout = _Layout(rect, plot, font, title_font, pad, days)
    _paint_header(painter, layout, title, legend, legend_width, colors)
    return layout


def _paint_header(
    painter: QPainter,
    layout: _Layout,
    title: str,
    legend: Sequence[tuple[_Swatch, str]],
    legend_width: float,
    colors: ChartColors,
) -> None:
    rect, pad = layout.rect, layout.pad
    painter.setPen(colors.text)
    painter.setFont(layout.title_font)
    title_height = QFontMetricsF(layout.title_font).height()
    painter.drawText(
        QRectF(rect.left() + pad, rect.top() + pad / 2, rect.width(), title_height),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        title,
    )
    painter.setFont(layout.font)
    metrics = layout.metrics()
    size = layout.font.pixelSize()
    own_line = layout.plot.top() - rect.top() > title_height + pad * 1.6
    top = rect.top() + pad / 2 + (title_height + pad / 2 if own_line else 0)
    height = title_height if not own_line else metrics.height()
    x = rect.right() - pad - legend_width if not own_line else rect.left() + pad
    for swatch, words in legend:
        swatch(painter, QRectF(x, top + (height - size) / 2, size * 1.8, size))
        x += size * 2.2
        painter.setPen(colors.text)
        width = metrics.horizontalAdvance(words)
        painter.drawText(QRectF(x, top, width + 1, height), Qt.AlignmentFlag.AlignVCenter, words)
        x += width + size  # the gap before the next entry


def _y_axis(
    painter: QPainter, layout: _Layout, top: int, step: int, colors: ChartColors
) -> Callable[[float], float]:
    """Gridlines and integer labels from 0 to top; returns value -> y."""
    plot = layout.plot

    def y(value: float) -> float:
        return plot.bottom() - value / top * plot.height()

    metrics = layout.metrics()
    for value in range(0, top + 1, step):
        at = round(y(value)) + 0.5  # half a pixel: a 1-pixel line lands on one row
        painter.setPen(QPen(colors.grid, 1))
        painter.drawLine(QLineF(plot.left(), at, plot.right(), at))
        painter.setPen(colors.muted)
        painter.drawText(
            QRectF(
                layout.rect.left(),
                at - metrics.height() / 2,
                plot.left() - layout.pad,
                metrics.height(),
            ),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(value),
        )
    return y


def label_days(first: date, days: int, slot: float, label_width: float) -> list[int]:
    """Which days get a date label: every day while they fit, else Mondays, every 2nd, ..."""
    need = label_width * 1.3
    if slot >= need:
        return list(range(days))
    mondays = [i for i in range(days) if (first + timedelta(days=i)).weekday() == 0]
    for every in (1, 2, 4, 8, 13, 26, 52):
        if slot * 7 * every >= need:
            return mondays[::every] or [0]
    return [0]


def _x_axis(painter: QPainter, layout: _Layout, first: date, colors: ChartColors) -> None:
    plot, metrics = layout.plot, layout.metrics()
    baseline = round(plot.bottom()) + 0.5
    painter.setPen(QPen(colors.muted, 1))
    painter.drawLine(QLineF(plot.left(), baseline, plot.right(), baseline))
    widest = metrics.horizontalAdvance(short_date(WIDEST_DAY))
    tick = layout.pad * 0.6
    for index in label_days(first, layout.days, layout.slot, widest):
        x = layout.x(index)
        painter.setPen(QPen(colors.muted, 1))
        painter.drawLine(QLineF(x, baseline, x, baseline + tick))
        words = short_date(first + timedelta(days=index))
        width = metrics.horizontalAdvance(words)
        left = min(max(x - width / 2, layout.rect.left()), layout.rect.right() - width)
        painter.drawText(
            QRectF(left, baseline + tick, width + 1, metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            words,
        )


def _nice_step(peak: int) -> int:
    return next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500) if peak / s <= 6)


@contextmanager
def chart_area(painter: QPainter, rect: QRectF, colors: ChartColors) -> Iterator[None]:
    """Paints a chart inside: its background filled and the text pen set first, the painter
    as it was afterwards."""
    painter.save()
    try:
        painter.fillRect(rect, colors.background)
        painter.setPen(colors.text)
        yield
    finally:
        painter.restore()


def paint_sessions_chart(
    painter: QPainter,
    rect: QRectF,
    first: date,
    counts: list[int],
    target: int,
    colors: ChartColors,
) -> None:
    """Bars of finished sessions per day (counts[i] is day first+i) against a dashed target."""
    with chart_area(painter, rect, colors):

        def filled(p: QPainter, box: QRectF) -> None:
            p.fillRect(box, colors.bar)

        def outlined(p: QPainter, box: QRectF) -> None:
            _outlined_bar(p, box, colors)

        legend = [(filled, ChartsText.tr("Target met")), (outlined, ChartsText.tr("Below target"))]
        title = translate("ChartsText", SESSIONS_TITLE)
        layout = _layout(painter, rect, len(counts), title, legend, colors)
        highest = max([*counts, target, 1])
        step = _nice_step(highest)
        # Headroom above the highest bar and the target line, for the target's label.
        top = step * math.ceil((highest + 0.5) / step)
        y = _y_axis(painter, layout, top, step, colors)
        width = max(1.0, layout.slot * 0.7)
        for index, count in enumerate(counts):
            if count <= 0:
                continue
            box = QRectF(layout.x(index) - width / 2, y(count), width, y(0) - y(count))
            if target > 0 and count >= target:
                painter.fillRect(box, colors.bar)
            else:
                _outlined_bar(painter, box, colors)
        _x_axis(painter, layout, first, colors)
        if target > 0:
            _target_line(painter, layout, y(target), target, colors)


def _outlined_bar(painter: QPainter, box: QRectF, colors: ChartColors) -> None:
    tint = QColor(colors.bar)
    tint.setAlphaF(0.18)
    pen = QPen(colors.bar, max(1.0, min(2.0, box.width() / 4)))
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    half = pen.widthF() / 2
    painter.setPen(pen)
    painter.setBrush(tint)
    painter.drawRect(box.adjusted(half, half, -half, 0))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _target_line(
    painter: QPainter, layout: _Layout, at: float, target: int, colors: ChartColors
) -> None:
    plot = layout.plot
    pen = QPen(colors.target, 1.5, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QLineF(plot.left(), at, plot.right(), at))
    words = ChartsText.tr("Target {count} a day").format(count=target)
    metrics = layout.metrics()
    width = metrics.horizontalAdvance(words) + layout.pad
    box = QRectF(plot.right() - width, at - metrics.height() - 2, width, metrics.height())
    # The label sits on a patch of background so a tall bar behind it cannot hide it.
    painter.fillRect(box, colors.background)
    painter.setPen(colors.text)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, words)


def paint_pain_chart(
    painter: QPainter, rect: QRectF, days: list[PainDay], colors: ChartColors
) -> None:
    """Daily mean pain before and after sessions, 0-10; a day without a rating leaves a gap."""
    with chart_area(painter, rect, colors):
        legend = [
            (
                _series_swatch(colors.before, Qt.PenStyle.SolidLine, square=False),
                ChartsText.tr("Before session"),
            ),
            (
                _series_swatch(colors.after, Qt.PenStyle.DashLine, square=True),
                ChartsText.tr("After session"),
            ),
        ]
        rated = any(d.before is not None or d.after is not None for d in days)
        title = translate("ChartsText", PAIN_TITLE)
        layout = _layout(painter, rect, len(days), title, legend if rated else [], colors)
        if not rated:
            painter.setPen(colors.muted)
            painter.drawText(
                layout.plot,
                Qt.AlignmentFlag.AlignCenter,
                translate("ChartsText", NO_PAIN_MESSAGE),
            )
            return
        y = _y_axis(painter, layout, PAIN_MAX, 2, colors)
        _x_axis(painter, layout, days[0].day, colors)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = layout.font.pixelSize()
        marker = max(3.0, min(size * 0.6, layout.slot * 0.6))
        series = (
            ([d.before for d in days], colors.before, Qt.PenStyle.SolidLine, False),
            ([d.after for d in days], colors.after, Qt.PenStyle.DashLine, True),
        )
        for values, colour, style, square in series:
            points = [
                None if v is None else QPointF(layout.x(i), y(v)) for i, v in enumerate(values)
            ]
            _line(painter, points, colour, style, size / 6)
            for point in points:
                if point is not None:
                    _marker(painter, point, marker, colour, square)


def _line(
    painter: QPainter,
    points: list[QPointF | None],
    colour: QColor,
    style: Qt.PenStyle,
    width: float,
) -> None:
    """Joins neighbouring days only: a day without a rating breaks the line."""
    pen = QPen(colour, max(1.5, width), style)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    for a, b in itertools.pairwise(points):
        if a is not None and b is not None:
            painter.drawLine(QLineF(a, b))


def _marker(painter: QPainter, at: QPointF, size: float, colour: QColor, square: bool) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    box = QRectF(at.x() - size / 2, at.y() - size / 2, size, size)
    if square:
        painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5))  # a square looks bigger than a disc
    else:
        painter.drawEllipse(box)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _series_swatch(colour: QColor, style: Qt.PenStyle, square: bool) -> _Swatch:
    def swatch(painter: QPainter, box: QRectF) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        middle = box.center().y()
        _line(
            painter,
            [QPointF(box.left(), middle), QPointF(box.right(), middle)],
            colour,
            style,
            box.height() / 6,
        )
        _marker(painter, box.center(), box.height() * 0.6, colour, square)
        painter.restore()

    return swatch
