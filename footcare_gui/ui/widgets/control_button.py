"""The session's buttons: big, described for screen readers, and sized to fit in a row."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

LEAST = QSize(100, 40)  # big enough to hit without looking for long


class ControlButton(QPushButton):
    """At least LEAST, and never narrower than its words: a minimum width set by hand would
    win over the text's, and a small window cut the words off ("Nächste Übu")."""

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(LEAST)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(LEAST)


def control_button(text: str, tip: str, name: str = "") -> QPushButton:
    """A session control: a tooltip that screen readers get too, and a size that fits seven
    side by side in the default window, in German (the pseudo-translation test checks it)."""
    button = ControlButton(text)
    button.setToolTip(tip)
    button.setAccessibleDescription(tip)
    if name:
        button.setAccessibleName(name)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return button


def set_tip(widget: QWidget, tip: str) -> None:
    """Tooltip and description; only on a change (a description change is an AT event)."""
    if tip != widget.toolTip():
        widget.setToolTip(tip)
        widget.setAccessibleDescription(tip)
