"""QProgressBar values set without QProgressBar's own repaint.

``QProgressBar.setValue`` repaints the bar at once (``QWidget::repaint``): a paint pass of its
own through the window, before and apart from the ``update()`` that the rest of the page asks
for. The session's countdown and its progress bar are both progress bars (what reaches screen
readers with a value), so each second cost three paint passes instead of one. Here the value is
set with updates held back for that moment; the caller asks for an ordinary ``update()``,
painted with everything else that changed. Screen readers still get the value change event.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QProgressBar

HELD = Qt.WidgetAttribute.WA_UpdatesDisabled


def set_progress(bar: QProgressBar, value: int, maximum: int | None = None) -> None:
    """``bar.setRange(0, maximum)`` (when given) and ``bar.setValue(value)``, repainting
    nothing: the caller updates what it shows."""
    hold = not bar.testAttribute(HELD)  # a bar whose updates are off already stays so
    if hold:
        # The attribute alone, not setUpdatesEnabled(): that would update() as it ends.
        bar.setAttribute(HELD, True)
    try:
        if maximum is not None:
            bar.setRange(0, maximum)
        bar.setValue(value)
    finally:
        if hold:
            bar.setAttribute(HELD, False)


def painted_length(bar: QProgressBar) -> int:
    """How many pixels of ``bar`` the value fills: the bar needs repainting when this changes."""
    span = bar.maximum() - bar.minimum()
    return 0 if span <= 0 else (bar.value() - bar.minimum()) * bar.width() // span


def update_grown(bar: QProgressBar, before: int, after: int) -> None:
    """Repaints the stretch of a left-to-right ``bar`` between two painted lengths, with room
    for the style's rounded end and frame (the rest of the bar looks as it did)."""
    if before == after:
        return
    if bar.invertedAppearance() or bar.layoutDirection() is Qt.LayoutDirection.RightToLeft:
        bar.update()
        return
    end_room = 8
    left = min(before, after) - end_room
    bar.update(QRect(left, 0, abs(after - before) + 2 * end_room, bar.height()))
