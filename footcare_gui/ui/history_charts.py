"""History's charts on screen: the report's own charts (report/charts.py) painted at the
widget's size, in the window's palette, with a description a screen reader reads."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from footcare_gui.core.history import PainDay
from footcare_gui.core.i18n import Context
from footcare_gui.report.charts import ChartColors, paint_pain_chart, paint_sessions_chart

ChartText = Context("ChartText")


class ChartView(QWidget):
    """Paints one of the report's charts at the widget's size, in the window's palette.

    Painted in logical coordinates, so a high-DPI screen gets more detail, not a stretched
    bitmap; a palette change (a switch to dark) repaints it in the new colours.
    """

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._first = date.today()
        self._counts: list[int] = []
        self._target = 0
        self._pain: list[PainDay] | None = None

    def show_sessions(self, first: date, counts: list[int], target: int) -> None:
        self._first, self._counts, self._target, self._pain = first, counts, target, None
        self.setAccessibleDescription(
            ChartText.tr(
                "%n session(s) over {days} days; target {target} a day", None, sum(counts)
            ).format(days=len(counts), target=target)
        )
        self.update()

    def show_pain(self, days: list[PainDay]) -> None:
        self._pain = days
        rated = [d for d in days if d.before is not None or d.after is not None]
        self.setAccessibleDescription(
            ChartText.tr("Pain ratings on {rated} of {days} days").format(
                rated=len(rated), days=len(days)
            )
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = ChartColors.from_palette(self.palette())
        rect = QRectF(self.rect())
        if self._pain is not None:
            paint_pain_chart(painter, rect, self._pain, colors)
        else:
            paint_sessions_chart(painter, rect, self._first, self._counts, self._target, colors)
        painter.end()
