"""Widgets whose words wrap: as tall as they need at the width they have.

Qt's main window sizes itself by its pages' minimum sizes and never asks a height for a width,
so words that wrap to more lines in a narrow window were squeezed (a session's countdown drawn
over its instruction, Today's totals cut). A widget with wrapping words asks for its height at
its own width, and asks again when its width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget


def at_its_width(widget: QWidget, hint: QSize) -> QSize:
    """``hint`` (the widget's minimum) made as tall as its layout needs at its width."""
    layout = widget.layout()
    assert layout is not None
    width = max(widget.width(), hint.width())
    hint.setHeight(max(hint.height(), layout.totalMinimumHeightForWidth(width)))
    return hint


def rewrap(widget: QWidget, event: QResizeEvent) -> None:
    """After a resize: a new width wraps the words anew, so the minimum height is asked again."""
    if event.size().width() != event.oldSize().width():
        widget.updateGeometry()
