"""A word and a colour for each kind of step (never the colour alone): the session screen's
look, as plain data; ui/style.py makes the colours QColors."""

from __future__ import annotations

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.core.plan import StepKind

# English here; shown through kind_word(), in the user's language.
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
    StepKind.PREPARE: "#546e7a",
    StepKind.HOLD: "#1565c0",
    StepKind.RELAX: "#2e7d32",
    StepKind.MOVE: "#bf360c",
    StepKind.REST: "#6a1b9a",
    StepKind.SWITCH: "#00695c",
}
PAUSED_COLOUR = "#616161"


def kind_word(kind: StepKind) -> str:
    """The word on the step's chip ("Hold"), in the user's language."""
    return translate("StyleText", KIND_WORDS[kind])
