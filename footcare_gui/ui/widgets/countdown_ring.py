"""The big countdown: a progress ring with the seconds (or the rep count) in its middle.

Painted by hand so the digits scale with the widget and stay readable from across a room. It
paints in logical coordinates with antialiasing, so a high-DPI screen gets a sharper ring,
never a stretched bitmap.

For screen readers it is one element named "Countdown" whose value (the seconds left, or the
rep) is read when asked for, and never announced: a change every second would drown everything
else. What deserves saying, a new step, is announced once with :meth:`announce`.

It is a QProgressBar underneath because that is what reaches AT-SPI with a value. A Python
QAccessibleWidget (a factory's role Clock with an overridden Value text) never did: Qt's AT-SPI
bridge exports a value only through the Value or Text interfaces, which a Python interface
cannot provide (``interface_cast`` hands C++ pointers), and it maps the Clock role to
"unknown". Qt's own progress-bar interface gives role "progress bar" and a Value interface:
the current value is the seconds left (or the rep), the maximum the step's seconds (or reps).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QFontInfo,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QProgressBar, QSizePolicy, QWidget

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.ui.style import AA_GRAPHICS, readable
from footcare_gui.ui.widgets.quiet_progress import set_progress

# English here; the ring's accessible_name() is in the user's language.
ACCESSIBLE_NAME = QT_TRANSLATE_NOOP("CountdownRing", "Countdown")
ACCESSIBLE_DESCRIPTION = QT_TRANSLATE_NOOP(
    "CountdownRing",
    "Seconds left in this step, or the rep to count: click it or press Enter to count a rep",
)


def accessible_name() -> str:
    return translate("CountdownRing", ACCESSIBLE_NAME)


# The digits' size as a share of the ring's side, for one, two and more characters: normal,
# and large (full screen), where they fill the ring but stay inside it.
DIGIT_SHARE = {False: (0.34, 0.34, 0.24), True: (0.64, 0.56, 0.4)}
ARC_STEP = 1 / 180  # of the way round: the arc's fixed points, every 2 degrees


class CountdownRing(QProgressBar):
    clicked = Signal()
    announced = Signal(str)  # each announcement, as sent to assistive technologies

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._fraction = 0.0
        self._text = ""
        self._caption = ""
        self._colour = QColor("#1e88e5")
        self._large = False
        self._track_key: tuple[object, ...] = ()
        self._track_pixmap = QPixmap()
        self._focus_key = QRectF()
        self._focus_dashes = QPainterPath()
        self.setTextVisible(False)
        self.setRange(0, 1)
        self.setValue(0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        # Focus lands here when a session starts: a named element with the value to read.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(accessible_name())
        self.setAccessibleDescription(translate("CountdownRing", ACCESSIBLE_DESCRIPTION))

    # Setters repaint only when the value really changed: the view refreshes once a second.
    def set_state(
        self,
        text: str,
        fraction: float,
        caption: str,
        colour: QColor,
        value: int | None = None,
        maximum: int | None = None,
    ) -> None:
        """``value`` of ``maximum`` is what screen readers read (the seconds left of the step's,
        or the rep of the reps); by default the number shown."""
        if value is None:
            value = int(text) if text.isdigit() else 0
        maximum = max(1, maximum if maximum is not None else value)
        if (self.maximum(), self.value()) != (maximum, value):
            # A value event only when the number changes; the repaint is the update() below.
            set_progress(self, min(value, maximum), maximum)
        fraction = max(0.0, min(1.0, fraction))
        if (text, fraction, caption, colour) == (
            self._text,
            self._fraction,
            self._caption,
            self._colour,
        ):
            return
        # A second gone changes the digits and the tip of the arc: only they are repainted
        # (the ring's thick antialiased circle is most of a paint's cost).
        ticked = (caption, colour) == (self._caption, self._colour)
        changed = ticked_region(self, self._text, text, self._fraction, fraction)
        self._text, self._fraction, self._caption, self._colour = text, fraction, caption, colour
        if ticked:
            self.update(changed)
        else:
            self.update()

    def set_large(self, large: bool) -> None:
        """Digits that fill the ring, to be read from across the room (full screen)."""
        if large != self._large:
            self._large = large
            self.update()

    def digit_pixel_size(self) -> int:
        """The digits' font size in pixels, as painted."""
        return self.digit_pixel_size_for(self._text)

    def digit_pixel_size_for(self, text: str) -> int:
        side = min(self.width(), self.height())
        body = QFontInfo(self.font()).pixelSize()
        share = DIGIT_SHARE[self._large][min(len(text), 3) - 1 if text else 0]
        return max(body, round(side * share))

    def text(self) -> str:
        """The number shown (QProgressBar's text, which its accessible Value text is too)."""
        return self._text

    def caption(self) -> str:
        return self._caption

    def fraction(self) -> float:
        return self._fraction

    def colour(self) -> QColor:
        return QColor(self._colour)

    def accessible_value(self) -> str:
        """What a screen reader reads as the countdown's value: "28 seconds", "3 of 25"."""
        return f"{self._text} {self._caption}".strip()

    def announce(self, message: str) -> None:
        """Ask screen readers to say ``message`` once, politely (after what they are saying)."""
        send_announcement(self, message)
        self.announced.emit(message)

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def paint_colour(self) -> QColor:
        """The step's colour, lightened on a dark window (darkened on a light one) until the
        ring stands out from the window as a graphic must."""
        return readable(self._colour, self.palette().color(QPalette.ColorRole.Window), AA_GRAPHICS)

    def geometry_of_ring(self) -> tuple[float, QRectF]:
        """The ring's pen thickness and the square its centre line runs in."""
        side = min(self.width(), self.height())
        thickness = max(6.0, side * (0.04 if self._large else 0.06))
        square = QRectF(
            (self.width() - side) / 2 + thickness / 2,
            (self.height() - side) / 2 + thickness / 2,
            side - thickness,
            side - thickness,
        )
        return thickness, square

    def _track(self, colour: QColor, thickness: float, square: QRectF) -> QPixmap:
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), colour.rgba(), thickness, ratio)
        if self._track_key != key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            track = QColor(colour)
            track.setAlpha(45)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(track, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            painter.drawEllipse(square)
            painter.end()
            self._track_key, self._track_pixmap = key, pixmap
        return self._track_pixmap

    def _focus_frame(self, around: QRectF) -> QPainterPath:
        """The focus frame's dashes as a shape of their own, made once per size: a dashed pen's
        dashes are laid out anew within each repaint's clip, so a tick's repaint of the arc's
        tip beside the frame shifted them there; stroking them anew each tick cost CPU."""
        box = around.intersected(QRectF(self.rect())).adjusted(1, 1, -1, -1)
        if box != self._focus_key:
            frame = QPainterPath()
            frame.addRoundedRect(box, 8, 8)
            dashes = QPainterPathStroker(QPen(Qt.GlobalColor.black, 2, Qt.PenStyle.DashLine))
            self._focus_key, self._focus_dashes = box, dashes.createStroke(frame)
        return self._focus_dashes

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        thickness, square = self.geometry_of_ring()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

        colour = self.paint_colour()
        # The track, painted once per size and colour: stroking the whole thick circle again
        # for each tick's small repaint cost more than all the rest of the tick.
        painter.drawPixmap(0, 0, self._track(colour, thickness, square))
        if self._fraction > 0:
            pen = QPen(colour, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPolyline(arc_line(square, self._fraction))

        painter.setPen(self.palette().windowText().color())
        # Sizes in logical pixels follow the ring; the caption never gets smaller than the
        # system's text, so it grows when the user asks for larger text.
        body = QFontInfo(self.font()).pixelSize()
        digits = QFont(self.font())
        digits.setPixelSize(self.digit_pixel_size())
        digits.setWeight(QFont.Weight.DemiBold)
        digits.setFeature(QFont.Tag("tnum"), 1)  # tabular figures: digits do not jiggle
        painter.setFont(digits)
        text_box = QRectF(square)
        text_box.setHeight(square.height() * 0.9)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, self._text)
        if self._caption:
            small = QFont(self.font())
            small.setPixelSize(max(body, round(side * 0.06)))
            painter.setFont(small)
            below = 0.27 if self._large else 0.17  # under the digits, inside the ring
            caption_box = QRectF(
                square.left(),
                square.center().y() + side * below,
                square.width(),
                max(side * 0.1, body * 1.5),
            )
            painter.drawText(caption_box, Qt.AlignmentFlag.AlignHCenter, self._caption)
        if self.hasFocus():  # keyboard users see where they are
            around = square.adjusted(-thickness, -thickness, thickness, thickness)
            painter.fillPath(self._focus_frame(around), self.palette().highlight())
        painter.end()


def send_announcement(source: QObject, message: str) -> None:
    """A polite announcement (said after what the screen reader is saying) from ``source``."""
    event = QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)  # a no-op while no assistive technology listens


def arc_point(square: QRectF, fraction: float) -> QPointF:
    """The point ``fraction`` of the way round the ring, clockwise from 12 o'clock."""
    angle = math.radians(90 - 360 * fraction)
    radius = square.width() / 2
    centre = square.center()
    return QPointF(centre.x() + radius * math.cos(angle), centre.y() - radius * math.sin(angle))


def arc_line(square: QRectF, fraction: float) -> QPolygonF:
    """The arc as a line through fixed points every ARC_STEP of the way round (2 degrees: off
    the circle by less than a twentieth of a pixel). Fixed points, unlike drawArc's curves
    that are fitted anew to each length, paint a longer arc exactly over a shorter one, so a
    tick repaints only the arc's tip (see ticked_region)."""
    whole = math.floor(fraction / ARC_STEP + 1e-9)
    points = [arc_point(square, i * ARC_STEP) for i in range(whole + 1)]
    if fraction - whole * ARC_STEP > 1e-9:
        points.append(arc_point(square, fraction))
    return QPolygonF(points)


def ticked_region(
    ring: CountdownRing, text: str, new_text: str, fraction: float, new_fraction: float
) -> QRect:
    """What a change of the digits and of the arc's length repaints: the band the digits are
    drawn in, and the box round the stretch of arc between the two lengths."""
    thickness, square = ring.geometry_of_ring()
    digits = max(ring.digit_pixel_size_for(text), ring.digit_pixel_size_for(new_text))
    band = QRectF(0, 0, square.width() - thickness, digits * 1.4)
    band.moveCenter(QPointF(square.center().x(), square.top() + square.height() * 0.45))
    region = QRectF(band)
    if fraction != new_fraction:
        # From the last fixed point before the shorter end (its join changes) to the longer.
        low = math.floor(min(fraction, new_fraction) / ARC_STEP - 1e-9) * ARC_STEP
        high = max(fraction, new_fraction)
        steps = max(2, math.ceil((high - low) * 72))  # a point every 5 degrees at the least
        points = [arc_point(square, low + (high - low) * i / steps) for i in range(steps + 1)]
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        reach = thickness / 2 + 2  # the pen's half width, its round cap and antialiasing
        arc = QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))
        region = region.united(arc.adjusted(-reach, -reach, reach, reach))
    return region.toAlignedRect().adjusted(-1, -1, 1, 1)
