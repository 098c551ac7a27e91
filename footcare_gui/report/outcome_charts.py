"""The outcome charts: morning pain per day, and each goal's ratings. Painted like the other
history charts (report/charts.py: same layout, axes and colours) for a widget, an image or a page.

Not by colour alone: each series has its own line style and marker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from footcare_gui.core.history import PAIN_MAX
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from footcare_gui.report.charts import (
    ChartColors,
    _layout,
    _marker,
    _series_swatch,
    _x_axis,
    _y_axis,
    chart_area,
)

OutcomeChartsText = Context("OutcomeChartsText")
MORNING_TITLE = QT_TRANSLATE_NOOP("OutcomeChartsText", "Morning pain, first steps (0–10)")  # noqa: RUF001
GOALS_TITLE = QT_TRANSLATE_NOOP("OutcomeChartsText", "Your goals (0 unable – 10 as before)")  # noqa: RUF001
STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
LEGEND_CHARS = 22  # a goal's name in the legend, shortened past this


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float | None]  # one a day, from the chart's first day
    joined: bool = False  # join across days without a value (weekly ratings)


def _colours(colors: ChartColors) -> tuple[QColor, ...]:
    return (colors.before, colors.after, colors.text)


@dataclass(frozen=True)
class SeriesChart:
    title: str
    series: Sequence[Series]
    empty_message: str  # shown when no series has a value in the period


def paint_series_chart(
    painter: QPainter, rect: QRectF, first: date, chart: SeriesChart, colors: ChartColors
) -> None:
    """The chart's series from day ``first``, each in its own colour, line style and marker."""
    title, series, empty_message = chart.title, chart.series, chart.empty_message
    with chart_area(painter, rect, colors):
        days = max((len(s.values) for s in series), default=1)
        shown = [s for s in series if any(v is not None for v in s.values)]
        palette = _colours(colors)
        legend = [
            (
                _series_swatch(palette[n % 3], STYLES[n % 3], square=n % 2 == 1),
                _short(s.label),
            )
            for n, s in enumerate(shown)
        ]
        if len(shown) == 1 and not series[0].joined:
            legend = []  # one daily series: the title says it all
        layout = _layout(painter, rect, days, title, legend, colors)
        if not shown:
            painter.setPen(colors.muted)
            painter.drawText(layout.plot, Qt.AlignmentFlag.AlignCenter, empty_message)
            return
        y = _y_axis(painter, layout, PAIN_MAX, 2, colors)
        _x_axis(painter, layout, first, colors)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = layout.font.pixelSize()
        marker = max(3.0, min(size * 0.6, max(layout.slot * 0.6, size * 0.45)))
        for n, one in enumerate(shown):
            colour, style = palette[n % 3], STYLES[n % 3]
            points = [
                None if v is None else QPointF(layout.x(i), y(v)) for i, v in enumerate(one.values)
            ]
            pen = QPen(colour, max(1.5, size / 6), style)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            previous: QPointF | None = None
            for point in points:
                if point is None:
                    if not one.joined:
                        previous = None
                    continue
                if previous is not None:
                    painter.drawLine(QLineF(previous, point))
                previous = point
            for point in points:
                if point is not None:
                    _marker(painter, point, marker, colour, square=n % 2 == 1)


def _short(text: str) -> str:
    return text if len(text) <= LEGEND_CHARS else text[: LEGEND_CHARS - 1].rstrip() + "…"


def morning_chart(pains: Sequence[int | None]) -> SeriesChart:
    """Morning pain, one value a day (None on days without a check)."""
    return SeriesChart(
        translate("OutcomeChartsText", MORNING_TITLE),
        [Series(OutcomeChartsText.tr("Morning pain"), pains)],
        OutcomeChartsText.tr("No morning checks in this period"),
    )


def goals_chart(goals: Sequence[tuple[str, Sequence[int | None]]]) -> SeriesChart:
    """``goals``: each goal's name and its rating per day (None on days without one)."""
    return SeriesChart(
        translate("OutcomeChartsText", GOALS_TITLE),
        [Series(name, values, joined=True) for name, values in goals],
        OutcomeChartsText.tr("No goal ratings in this period"),
    )
