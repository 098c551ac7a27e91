"""How each kind of step looks: a word and a colour (never the colour alone)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from footcare_gui.core.plan import StepKind

KIND_WORDS = {
    StepKind.PREPARE: "Get ready",
    StepKind.HOLD: "Hold",
    StepKind.RELAX: "Relax",
    StepKind.MOVE: "Move",
    StepKind.REST: "Rest",
    StepKind.SWITCH: "Switch feet",
}

# Distinct for the common colour-vision deficiencies, and white text stays readable on each.
KIND_COLOURS = {
    StepKind.PREPARE: QColor("#546e7a"),
    StepKind.HOLD: QColor("#1565c0"),
    StepKind.RELAX: QColor("#2e7d32"),
    StepKind.MOVE: QColor("#e65100"),
    StepKind.REST: QColor("#6a1b9a"),
    StepKind.SWITCH: QColor("#00695c"),
}
PAUSED_COLOUR = QColor("#9e9e9e")
DONE_COLOUR = QColor("#2e7d32")  # always with a ✓ and words, never alone

SAFETY_NOTE = (
    "Stretch to a feeling of tension, not to sharp pain. Stop if the pain is sharp or gets "
    "worse, and ask your clinician. Footcare counts time for you; it does not replace a "
    "clinician's advice."
)

# Translucent tints so the same sheet reads on light and dark palettes.
WINDOW_STYLESHEET = """
QLabel#safetyNote, QFrame#safetyBanner {
    background: rgba(255, 179, 0, 0.16);
    border: 1px solid rgba(255, 143, 0, 0.6);
    border-radius: 6px;
    padding: 8px;
}
QFrame#todayPanel {
    background: rgba(46, 125, 50, 0.08);
    border: 1px solid rgba(46, 125, 50, 0.35);
    border-radius: 6px;
}
QFrame#painScale { border: 2px solid transparent; border-radius: 6px; }
QFrame#painScale:focus { border-color: palette(highlight); }
QFrame#painScale QPushButton:checked {
    background: #1565c0; color: white; font-weight: 700;
    border: 1px solid #0d47a1; border-radius: 3px; padding: 3px;
}
QFrame#safetyBanner QLabel { background: transparent; border: none; padding: 0; }
QPushButton#startButton {
    background: #1565c0;
    color: white;
    font-weight: 600;
    border: 2px solid #1565c0;
    border-radius: 6px;
    padding: 8px 24px;
}
QPushButton#startButton:hover { background: #1976d2; }
QPushButton#startButton:focus { border-color: #ffb300; }
"""
