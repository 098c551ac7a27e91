"""Light and dark palettes, and high-DPI screens: contrast measured on what is really painted,
the style sheet following a palette or colour-scheme change, sharp painting at twice the pixels,
and the About box."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from footcare_gui import __version__
from footcare_gui.ui.about import SOURCE_NOTE
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.style import (
    AA_GRAPHICS,
    AA_TEXT,
    KIND_COLOURS,
    PAUSED_COLOUR,
    SAFETY_NOTE,
    contrast_ratio,
    done_colour,
    problem_colour,
    readable,
)
from footcare_gui.ui.widgets.countdown_ring import CountdownRing
from tests.fakes import FakeWakeTimer


def dark_palette() -> QPalette:
    """A dark palette like a desktop in dark mode gives (the offscreen platform has none)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2d2d2d",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#353535",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.Highlight: "#3daee9",
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark(qtbot: QtBot) -> Iterator[QPalette]:
    """The whole app in a dark palette for one test, then back."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    palette = dark_palette()
    app.setPalette(palette)
    QApplication.processEvents()  # palette changes reach widgets as events
    yield palette
    app.setPalette(original)
    QApplication.processEvents()


def text_contrast(window: QWidget, widget: QWidget) -> float:
    """Contrast between the commonest colour (the background, with every tint painted behind
    the widget) and the colour furthest from it (the cores of the glyphs) in the window's
    grab of ``widget``'s area."""
    QApplication.processEvents()
    top_left = widget.mapTo(window, QPoint(0, 0))
    image = window.grab(QRect(top_left, widget.size())).toImage()
    counts = Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width()))
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast_ratio(QColor.fromRgb(pixel), background) for pixel in counts)


def test_white_text_is_readable_on_every_step_colour() -> None:
    for colour in (*KIND_COLOURS.values(), PAUSED_COLOUR):
        assert contrast_ratio(QColor("white"), colour) >= AA_TEXT, colour.name()


def test_readable_keeps_the_hue_and_reaches_the_contrast_asked_for() -> None:
    dark_window, light_window = QColor("#2d2d2d"), QColor("#efefef")
    red = QColor("#c62828")
    assert readable(red, light_window) == red  # already readable: unchanged
    lighter = readable(red, dark_window)
    assert contrast_ratio(lighter, dark_window) >= AA_TEXT
    assert lighter.hue() == red.hue()
    assert lighter.lightness() > red.lightness()


def test_main_window_text_is_readable_on_a_dark_palette(window: MainWindow, dark: QPalette) -> None:
    browser = window.browser
    assert "rgba(255, 179, 0, 0.24)" in window.styleSheet()  # the dark sheet is in force
    for widget in (
        browser.today.totals,
        browser.today.streak,
        browser.today.title,
        browser.safety,
        browser.start_button,
        browser.detail,
    ):
        assert text_contrast(window, widget) >= AA_TEXT, widget.objectName()
    assert contrast_ratio(done_colour(dark), dark.color(QPalette.ColorRole.Base)) >= AA_TEXT


def test_session_and_summary_text_is_readable_on_a_dark_palette(
    window: MainWindow, timer: FakeWakeTimer, dark: QPalette
) -> None:
    window.start_exercise("calf-stretch")
    timer.advance(5_000)
    view = window.session_view
    for widget in (
        view.live.kind_chip,
        view.live.step_label,
        view.live.instruction,
        view.live.time_left,
    ):
        assert text_contrast(window, widget) >= AA_TEXT, widget.objectName()
    ring_colour = view.live.ring.paint_colour()
    assert contrast_ratio(ring_colour, dark.color(QPalette.ColorRole.Window)) >= AA_GRAPHICS
    timer.advance(10 * 60_000)
    view.show_record_status("This session could not be saved: the disk is full.", ok=False)
    assert text_contrast(window, view.summary.record_status) >= AA_TEXT
    assert (
        view.summary.record_status.palette().windowText().color().name()
        == problem_colour(dark).name()
    )


def test_the_style_sheet_follows_the_palette_both_ways(window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light_sheet = window.styleSheet()
    original = app.palette()
    app.setPalette(dark_palette())
    QApplication.processEvents()  # palette changes reach widgets as events
    dark_sheet = window.styleSheet()
    assert dark_sheet != light_sheet
    assert problem_colour(dark_palette()).name() in dark_sheet
    app.setPalette(original)
    QApplication.processEvents()
    assert window.styleSheet() == light_sheet


def test_a_colour_scheme_change_restyles_the_window(window: MainWindow) -> None:
    sheet = window.styleSheet()
    window.setStyleSheet("")
    # The offscreen platform cannot switch schemes: send what a desktop would.
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.styleSheet() == sheet


def test_charts_repaint_in_the_dark_palette(window: MainWindow, dark: QPalette) -> None:
    window.show_history()
    chart = window.pages.currentWidget().sessions_chart  # type: ignore[attr-defined]
    QApplication.processEvents()
    image = chart.grab().toImage()
    corner = QColor.fromRgb(image.pixel(2, 2))
    assert corner == dark.color(QPalette.ColorRole.Base)


# --- high-DPI ------------------------------------------------------------------------------
def render(widget: QWidget, ratio: float) -> QImage:
    """What ``widget`` paints on a screen of this device pixel ratio (QT_SCALE_FACTOR cannot
    change once the application runs; painting into an image of that ratio is the same)."""
    image = QImage(widget.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    widget.render(image)
    return image


def ring_row(image: QImage) -> list[int]:
    """Alpha along the middle row, from the left edge to the centre: the ring's track."""
    y = image.height() // 2
    return [QColor.fromRgba(image.pixel(x, y)).alpha() for x in range(image.width() // 2)]


def test_the_countdown_is_painted_sharp_at_twice_the_pixels(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(200, 200)
    ring.set_state("", 0.0, "", QColor("#1565c0"))  # the track alone, no digits in the row
    once, twice = render(ring, 1), render(ring, 2)
    assert (twice.width(), twice.height()) == (400, 400)
    assert twice.deviceIndependentSize().toSize() == ring.size()
    opaque_once = sum(a > 0 for a in ring_row(once))
    opaque_twice = sum(a > 0 for a in ring_row(twice))
    assert opaque_twice >= 2 * opaque_once - 2  # a thicker stroke in device pixels...
    edges = [a for a in ring_row(twice) if 0 < a < max(ring_row(twice))]
    assert len(edges) <= 4  # ...with edges a pixel or two wide, not a stretched bitmap's blur


def test_the_session_view_renders_at_twice_the_pixels(window: MainWindow) -> None:
    window.start_exercise("calf-stretch")
    view = window.session_view
    image = render(view, 2)
    assert image.size() == view.size() * 2
    assert image.deviceIndependentSize().toSize() == view.size()


# --- About ---------------------------------------------------------------------------------
def test_about_names_version_source_safety_and_licence_under_the_icon(
    qtbot: QtBot, window: MainWindow
) -> None:
    box = window.about_box()
    qtbot.addWidget(box)
    text = box.text()
    for part in (__version__, SOURCE_NOTE, SAFETY_NOTE, "MIT licence"):
        assert part in text
    icon = box.iconPixmap()
    assert not icon.isNull()
    assert icon.deviceIndependentSize().toSize().width() == 64
