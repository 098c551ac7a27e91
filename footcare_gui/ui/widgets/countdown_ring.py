"""The big countdown: a progress ring with the seconds (or the rep count) in its middle.

Painted by hand so the digits scale with the widget and stay readable from across a room.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class CountdownRing(QWidget):
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._fraction = 0.0
        self._text = ""
        self._caption = ""
        self._colour = QColor("#1e88e5")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)

    # Setters repaint only when the value really changed: the view refreshes once a second.
    def set_state(self, text: str, fraction: float, caption: str, colour: QColor) -> None:
        fraction = max(0.0, min(1.0, fraction))
        if (text, fraction, caption, colour) == (
            self._text,
            self._fraction,
            self._caption,
            self._colour,
        ):
            return
        self._text, self._fraction, self._caption, self._colour = text, fraction, caption, colour
        self.setAccessibleName(f"{text} {caption}".strip())
        self.update()

    def text(self) -> str:
        return self._text

    def caption(self) -> str:
        return self._caption

    def fraction(self) -> float:
        return self._fraction

    def colour(self) -> QColor:
        return QColor(self._colour)

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        thickness = max(6.0, side * 0.06)
        square = QRectF(
            (self.width() - side) / 2 + thickness / 2,
            (self.height() - side) / 2 + thickness / 2,
            side - thickness,
            side - thickness,
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        track = QColor(self._colour)
        track.setAlpha(45)
        painter.setPen(QPen(track, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawEllipse(square)
        if self._fraction > 0:
            pen = QPen(self._colour, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock: start at 12.
            painter.drawArc(square, 90 * 16, -round(self._fraction * 360 * 16))

        painter.setPen(self.palette().windowText().color())
        digits = QFont(self.font())
        digits.setPixelSize(max(12, round(side * (0.34 if len(self._text) <= 2 else 0.24))))
        digits.setWeight(QFont.Weight.DemiBold)
        digits.setFeature(QFont.Tag("tnum"), 1)  # tabular figures: digits do not jiggle
        painter.setFont(digits)
        text_box = QRectF(square)
        text_box.setHeight(square.height() * 0.9)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, self._text)
        if self._caption:
            small = QFont(self.font())
            small.setPixelSize(max(10, round(side * 0.06)))
            painter.setFont(small)
            caption_box = QRectF(
                square.left(), square.center().y() + side * 0.17, square.width(), side * 0.1
            )
            painter.drawText(caption_box, Qt.AlignmentFlag.AlignHCenter, self._caption)
        painter.end()
