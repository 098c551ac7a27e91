"""The colours of an exercise picture: on a window (light or dark) or on paper."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from footcare_gui.ui.style import AA_GRAPHICS, ACCENT_COLOUR, is_dark, readable

MOVE_COLOUR = QColor("#ef6c00")  # movement arrows: a warm orange next to the calm figure


@dataclass(frozen=True)
class FigureColours:
    background: QColor
    body: QColor
    far: QColor
    work: QColor  # the working foot
    prop: QColor  # floor, wall, step, chair
    prop_fill: QColor
    arrow: QColor

    @classmethod
    def for_palette(
        cls, palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Base
    ) -> FigureColours:
        """Colours for a picture painted over ``role`` of ``palette`` (a list's Base, or the
        window itself): the halos round the limbs are that background."""
        background = palette.color(role)
        if is_dark(palette):
            body, far, prop, fill = "#b0bec5", "#6b7f89", "#8a9ba4", "#37474f"
        else:
            body, far, prop, fill = "#5f7886", "#b4c3cb", "#8fa1ab", "#e6ecef"
        return cls(
            background=background,
            body=QColor(body),
            far=QColor(far),
            work=readable(ACCENT_COLOUR, background, AA_GRAPHICS),
            prop=QColor(prop),
            prop_fill=QColor(fill),
            arrow=readable(MOVE_COLOUR, background, AA_GRAPHICS),
        )

    @classmethod
    def for_print(cls) -> FigureColours:
        return cls(
            background=QColor("white"),
            body=QColor("#546e7a"),
            far=QColor("#adbcc4"),
            work=QColor(ACCENT_COLOUR),
            prop=QColor("#78909c"),
            prop_fill=QColor("#eceff1"),
            arrow=QColor("#e65100"),
        )
