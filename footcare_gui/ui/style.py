"""How the app looks: a word and a colour for each kind of step (never the colour alone), the
window's style sheet for light and dark palettes, fonts relative to the system's, and the
contrast arithmetic that keeps text readable on either palette."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.core.plan import StepKind

# English here; shown through kind_word() and safety_note(), in the user's language.
KIND_WORDS = {
    StepKind.PREPARE: QT_TRANSLATE_NOOP("StyleText", "Get ready"),
    StepKind.HOLD: QT_TRANSLATE_NOOP("StyleText", "Hold"),
    StepKind.RELAX: QT_TRANSLATE_NOOP("StyleText", "Relax"),
    StepKind.MOVE: QT_TRANSLATE_NOOP("StyleText", "Move"),
    StepKind.REST: QT_TRANSLATE_NOOP("StyleText", "Rest"),
    StepKind.SWITCH: QT_TRANSLATE_NOOP("StyleText", "Switch feet"),
}

# Distinct for the common colour-vision deficiencies. White chip text on each meets WCAG AA
# (4.5:1) whatever the window's palette, since the chip brings its own background.
KIND_COLOURS = {
    StepKind.PREPARE: QColor("#546e7a"),
    StepKind.HOLD: QColor("#1565c0"),
    StepKind.RELAX: QColor("#2e7d32"),
    StepKind.MOVE: QColor("#bf360c"),
    StepKind.REST: QColor("#6a1b9a"),
    StepKind.SWITCH: QColor("#00695c"),
}
PAUSED_COLOUR = QColor("#616161")
DONE_COLOUR = QColor("#2e7d32")  # always with a ✓ and words, never alone
PROBLEM_COLOUR = QColor("#c62828")  # always with words saying what went wrong
ACCENT_COLOUR = QColor("#1565c0")  # the Start button and a chosen pain rating, white text

SAFETY_NOTE = QT_TRANSLATE_NOOP(
    "StyleText",
    "Stretch to a feeling of tension, not to sharp pain. Stop if the pain is sharp or gets "
    "worse, and ask your clinician. Footcare counts time for you; it does not replace a "
    "clinician's advice.",
)


def kind_word(kind: StepKind) -> str:
    """The word on the step's chip ("Hold"), in the user's language."""
    return translate("StyleText", KIND_WORDS[kind])


def safety_note() -> str:
    """:data:`SAFETY_NOTE` in the user's language."""
    return translate("StyleText", SAFETY_NOTE)


AA_TEXT = 4.5  # WCAG 2 AA for body text
AA_GRAPHICS = 3.0  # WCAG 2 AA for the parts of a graphic needed to understand it


# --- contrast ------------------------------------------------------------------------------
def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an opaque colour, 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: QColor, b: QColor) -> float:
    """1 (none) to 21 (black on white), as WCAG 2 defines it."""
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(top: QColor, bottom: QColor) -> QColor:
    """What a translucent ``top`` looks like painted over an opaque ``bottom``."""
    alpha = top.alphaF()
    return QColor.fromRgbF(
        top.redF() * alpha + bottom.redF() * (1 - alpha),
        top.greenF() * alpha + bottom.greenF() * (1 - alpha),
        top.blueF() * alpha + bottom.blueF() * (1 - alpha),
    )


def is_dark(palette: QPalette) -> bool:
    """Judged from the palette itself: a desktop can be dark with no colour-scheme hint."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def readable(colour: QColor, background: QColor, minimum: float = AA_TEXT) -> QColor:
    """``colour``, or the nearest shade of it towards white (on dark) or black (on light) that
    stands out from ``background`` by ``minimum``: one hue for both palettes."""
    target = QColor("white") if relative_luminance(background) < 0.18 else QColor("black")
    for step in range(21):
        share = step / 20
        shade = QColor.fromRgbF(
            colour.redF() * (1 - share) + target.redF() * share,
            colour.greenF() * (1 - share) + target.greenF() * share,
            colour.blueF() * (1 - share) + target.blueF() * share,
        )
        if contrast_ratio(shade, background) >= minimum:
            return shade
    return target


def problem_colour(palette: QPalette) -> QColor:
    return readable(PROBLEM_COLOUR, palette.color(QPalette.ColorRole.Window))


def done_colour(palette: QPalette) -> QColor:
    return readable(DONE_COLOUR, palette.color(QPalette.ColorRole.Base))


# --- the style sheet -----------------------------------------------------------------------
def window_stylesheet(palette: QPalette) -> str:
    """The main window's (and its dialogs') style sheet for this palette.

    Tints are translucent so they sit on light and dark windows alike; colours that carry
    text are picked for the palette. Every custom-styled control keeps a visible focus ring.
    """
    dark = is_dark(palette)
    window_text = palette.color(QPalette.ColorRole.WindowText).name()
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    accent = ACCENT_COLOUR.name()
    accent_hover = ACCENT_COLOUR.lighter(115).name()
    # Over a dark window a tint must be stronger to be seen at all.
    tint = 0.24 if dark else 0.16
    green = 0.16 if dark else 0.08
    return f"""
QLabel#safetyNote, QFrame#safetyBanner {{
    background: rgba(255, 179, 0, {tint});
    border: 1px solid rgba(255, 143, 0, 0.6);
    border-radius: 6px;
    padding: 8px;
}}
QFrame#todayPanel {{
    background: rgba(46, 125, 50, {green});
    border: 1px solid rgba(102, 187, 106, 0.45);
    border-radius: 6px;
}}
QFrame#painScale {{ border: 2px solid transparent; border-radius: 6px; }}
QFrame#painScale:focus {{ border-color: {highlight}; }}
QFrame#painScale QPushButton:checked {{
    background: {accent}; color: white; font-weight: 700;
    border: 1px solid {window_text}; border-radius: 3px; padding: 3px;
}}
QWidget#sessionFeedback QPushButton:checked {{
    background: {accent}; color: white; font-weight: 700;
    border: 1px solid {window_text}; border-radius: 3px; padding: 3px 8px;
}}
QFrame#safetyBanner QLabel {{ background: transparent; border: none; padding: 0; }}
QPushButton#startButton {{
    background: {accent};
    color: white;
    font-weight: 600;
    border: 2px solid {accent};
    border-radius: 6px;
    padding: 8px 24px;
}}
QPushButton#startButton:hover {{ background: {accent_hover}; }}
QPushButton#startButton:focus {{ border: 3px solid {window_text}; }}
QLabel[problem="true"] {{ color: {problem_colour(palette).name()}; font-weight: 600; }}
"""


def kind_chip_stylesheet(colour: QColor) -> str:
    return (
        f"background: {colour.name()}; color: white; border-radius: 6px; padding: 4px 14px;"
        " font-weight: 600; letter-spacing: 1px;"
    )


class StyleFollower(QObject):
    """Keeps ``widget``'s window style sheet right for the system's palette and font.

    The platform usually sends a palette change with a new colour scheme; listening to both
    covers platforms that only do one. A new system font needs the sheet applied again: the
    widgets it styles keep the font they had when it was applied.
    """

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        self.apply()

    def apply(self, force: bool = False) -> None:
        sheet = window_stylesheet(self._widget.palette())
        if force or sheet != self._widget.styleSheet():  # restyling re-polishes every child
            self._widget.setStyleSheet(sheet)

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply()
        elif kind == QEvent.Type.ApplicationFontChange:
            self.apply(force=True)
        return False


def follow_palette(widget: QWidget) -> StyleFollower:
    """Give ``widget`` the window style sheet for its palette, now and after every change."""
    return StyleFollower(widget)


# --- fonts ---------------------------------------------------------------------------------
def relative_font(base: QFont, factor: float, bold: bool | None = None) -> QFont:
    """``base`` (the system's font, as the widget inherits it) scaled by ``factor``: text that
    grows when the user asks the system for larger text."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:  # a font given in pixels
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    if bold is not None:
        font.setBold(bold)
    return font
