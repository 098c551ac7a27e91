"""The charts as a user sees them: painted into an image, then looked at pixel by pixel."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from footcare_gui.core.history import PainDay
from footcare_gui.report.charts import (
    ChartColors,
    label_days,
    paint_pain_chart,
    paint_sessions_chart,
)

WIDTH, HEIGHT = 640, 240
FIRST = date(2026, 11, 2)  # a Monday
COLORS = ChartColors.for_print()


class Picture:
    """A painted chart's pixels, read from the image's bytes (QImage.pixelColor per pixel is
    far too slow for whole-image scans)."""

    def __init__(self, image: QImage) -> None:
        image = image.convertToFormat(QImage.Format.Format_RGB888)
        self.width, self.height, self.stride = image.width(), image.height(), image.bytesPerLine()
        self.data = bytes(image.constBits())

    def rgb(self, x: int, y: int) -> tuple[int, int, int]:
        at = y * self.stride + 3 * x
        return self.data[at], self.data[at + 1], self.data[at + 2]

    def near(self, x: int, y: int, wanted: QColor, tolerance: int = 40) -> bool:
        return all(
            abs(a - b) <= tolerance
            for a, b in zip(self.rgb(x, y), wanted.getRgb()[:3], strict=True)
        )

    def dark(self, x: int, y: int, below: int = 100) -> bool:
        return max(self.rgb(x, y)) < below


def paint(draw: Callable[[QPainter, QRectF], None]) -> Picture:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw(painter, QRectF(0, 0, WIDTH, HEIGHT))
    painter.end()
    return Picture(image)


def column_height(image: Picture, x: int, wanted: QColor) -> int:
    """How many pixels of a column are (about) the wanted colour."""
    return sum(image.near(x, y, wanted) for y in range(image.height))


def bar_columns(image: Picture) -> list[int]:
    """Left-to-right x of the middle of each run of bar-coloured columns along the baseline."""
    y = image.height - 40  # just above the x axis, inside every bar
    runs: list[list[int]] = []
    for x in range(image.width):
        if image.near(x, y, COLORS.bar):
            if runs and runs[-1][-1] == x - 1:
                runs[-1].append(x)
            else:
                runs.append([x])
    return [run[len(run) // 2] for run in runs]


def test_a_day_with_more_sessions_has_a_taller_bar(qapp: QApplication) -> None:
    counts = [1, 3, 6, 2, 0, 0, 0]
    # With a target of 1 every bar is filled, so its middle column is bar colour all the way.
    image = paint(lambda p, r: paint_sessions_chart(p, r, FIRST, counts, 1, COLORS))
    heights = [column_height(image, x, COLORS.bar) for x in bar_columns(image)]
    assert len(heights) == 4
    assert heights[2] > heights[1] > heights[3] > heights[0] > 0


def test_bars_below_target_are_outlined_not_filled(qapp: QApplication) -> None:
    met = paint(lambda p, r: paint_sessions_chart(p, r, FIRST, [4] * 7, 4, COLORS))
    short = paint(lambda p, r: paint_sessions_chart(p, r, FIRST, [3] * 7, 4, COLORS))
    y = HEIGHT - 40
    filled_across = sum(met.near(x, y, COLORS.bar) for x in range(WIDTH))
    outlined_across = sum(short.near(x, y, COLORS.bar) for x in range(WIDTH))
    # Outlined bars show only their two edges in bar colour; filled ones their whole width.
    assert outlined_across < filled_across / 3
    assert outlined_across > 0


def test_the_target_line_is_drawn_at_the_target(qapp: QApplication) -> None:
    plain = paint(lambda p, r: paint_sessions_chart(p, r, FIRST, [0] * 7, 0, COLORS))
    target = paint(lambda p, r: paint_sessions_chart(p, r, FIRST, [0] * 7, 3, COLORS))
    dark_rows = [
        y
        for y in range(HEIGHT)
        if sum(target.dark(x, y) for x in range(100, 500))
        > 5 + sum(plain.dark(x, y) for x in range(100, 500))
    ]
    assert dark_rows, "no dashed target line"


@pytest.mark.parametrize("days", [7, 28, 84])
def test_date_labels_never_crowd(days: int) -> None:
    slot = 600 / days
    label_width = 40.0
    chosen = label_days(FIRST, days, slot, label_width)
    assert chosen
    gaps = [(b - a) * slot for a, b in itertools.pairwise(chosen)]
    assert all(gap >= label_width for gap in gaps)
    if days >= 28:  # long periods are labelled on Mondays, the starts of weeks
        assert all((FIRST + timedelta(days=i)).weekday() == 0 for i in chosen)


def test_the_empty_pain_chart_says_so(qapp: QApplication) -> None:
    days = [PainDay(FIRST + timedelta(days=n), None, None) for n in range(28)]
    image = paint(lambda p, r: paint_pain_chart(p, r, days, COLORS))
    text_pixels = sum(
        image.dark(x, y, 160)
        for x in range(WIDTH // 4, 3 * WIDTH // 4)
        for y in range(HEIGHT // 3, 2 * HEIGHT // 3)
    )
    assert text_pixels > 50, "no message in the middle of the empty chart"


def test_a_day_without_ratings_breaks_the_line(qapp: QApplication) -> None:
    ratings: list[float | None] = [6, 6, 6, None, 4, 4, 4]
    days = [PainDay(FIRST + timedelta(days=n), v, None) for n, v in enumerate(ratings)]
    gapless = [PainDay(d.day, d.before or 5.0, None) for d in days]
    with_gap = paint(lambda p, r: paint_pain_chart(p, r, days, COLORS))
    joined = paint(lambda p, r: paint_pain_chart(p, r, gapless, COLORS))

    def series_pixels(image: Picture, x: int) -> int:
        return sum(image.near(x, y, COLORS.before) for y in range(30, HEIGHT - 30))

    # A band of columns around the slot of day 3, the one without a rating.
    centre = round(slot_centre(with_gap, 3, 7))
    middle = range(centre - 3, centre + 4)
    assert sum(series_pixels(joined, x) for x in middle) > 0
    assert sum(series_pixels(with_gap, x) for x in middle) == 0


def slot_centre(image: Picture, index: int, days: int) -> float:
    """The x of a day's slot, from the extent of the x axis line (the plot's width)."""
    y = next(
        y
        for y in range(image.height - 1, 0, -1)
        if sum(image.near(x, y, COLORS.muted, 60) for x in range(WIDTH)) > WIDTH // 2
    )
    axis = [x for x in range(WIDTH) if image.near(x, y, COLORS.muted, 60)]
    left, right = axis[0], axis[-1]
    return left + (right - left) * (index + 0.5) / days


def test_both_series_are_told_apart_without_colour(qapp: QApplication) -> None:
    # One series only, painted in the same colour as the other: the after series is dashed, so
    # along its level fewer pixels are inked than along the solid before series.
    grey = QColor("#444444")
    colors = replace(ChartColors.for_print(), before=grey, after=grey)
    before = [PainDay(FIRST + timedelta(days=n), 5, None) for n in range(7)]
    after = [PainDay(FIRST + timedelta(days=n), None, 5) for n in range(7)]
    solid = paint(lambda p, r: paint_pain_chart(p, r, before, colors))
    dashed = paint(lambda p, r: paint_pain_chart(p, r, after, colors))

    def inked_row(image: Picture) -> int:
        return max(
            sum(image.near(x, y, grey, 30) for x in range(WIDTH)) for y in range(40, HEIGHT - 30)
        )

    assert inked_row(dashed) < inked_row(solid) * 0.85


def test_colours_follow_a_dark_palette(qapp: QApplication) -> None:
    palette = QPalette(QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    colors = ChartColors.from_palette(palette)
    assert colors.background == QColor("#1e1e1e")
    assert colors.text == QColor("#eeeeee")
    assert colors.bar.lightness() > 128  # a light bar on the dark background
    image = paint(lambda p, r: paint_sessions_chart(p, r, FIRST, [1, 2], 1, colors))
    assert image.rgb(WIDTH - 2, 2) == (0x1E, 0x1E, 0x1E)
