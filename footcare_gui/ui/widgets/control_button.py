"""The session's buttons: big, described for screen readers, and sized to fit in a row."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget


def control_button(text: str, tip: str, name: str = "") -> QPushButton:
    """A session control: a tooltip that screen readers get too, and a size that fits seven
    side by side in the default window, in German (the pseudo-translation test checks it)."""
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAccessibleDescription(tip)
    if name:
        button.setAccessibleName(name)
    button.setMinimumHeight(40)
    button.setMinimumWidth(100)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return button


def set_tip(widget: QWidget, tip: str) -> None:
    """Tooltip and description; only on a change (a description change is an AT event)."""
    if tip != widget.toolTip():
        widget.setToolTip(tip)
        widget.setAccessibleDescription(tip)
