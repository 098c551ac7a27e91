"""A label whose text changes every second without laying the window out again.

``QLabel.setText`` asks the layouts above it to recompute (``updateGeometry``), and Qt lays out
the whole window again, measuring every word-wrapped label on it: for a time-left label that
ticks each second, most of what a still hold cost. A widget of fixed size is left out of that,
so this one keeps a fixed size: grown when a text needs more room, fitted again when its font
changes (the window resized, larger text asked for).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel


class SteadyLabel(QLabel):
    def setText(self, text: str) -> None:
        if text == self.text():
            return
        super().setText(text)
        self._fit(grow_only=True)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit(grow_only=False)

    def _fit(self, grow_only: bool) -> None:
        wanted = self.sizeHint()  # what the text needs, whatever the size now
        width = max(wanted.width(), self.minimumWidth()) if grow_only else wanted.width()
        if (width, wanted.height()) != (self.minimumWidth(), self.minimumHeight()) or (
            self.minimumSize() != self.maximumSize()
        ):
            self.setFixedSize(width, wanted.height())
