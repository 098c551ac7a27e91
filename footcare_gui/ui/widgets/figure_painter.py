"""The one painter of the exercise pictures, for the screen, the handout PDF and screenshots.

It draws what core/figure.py computes: calm line art of rounded strokes, each limb lifted off
what lies behind it by a thin halo of the background, the far limbs in a lighter tone and the
working foot in the accent colour (with a word saying which foot, never the colour alone).
Everything is vector painting in logical coordinates: crisp at any device pixel ratio and in
a PDF. The picture is mirrored for the left foot.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from footcare_gui.core.figure import Figure, Pose, foot_mark
from footcare_gui.core.figure_geometry import Skeleton, skeleton
from footcare_gui.ui.style import ACCENT_COLOUR
from footcare_gui.ui.widgets.figure_colours import FigureColours
from footcare_gui.ui.widgets.figure_parts import (
    paint_arm,
    paint_arrow,
    paint_hand_rings,
    paint_hands,
    paint_leg,
    paint_props,
    paint_torso,
)

__all__ = ["FigureColours", "paint_figure", "which_foot_mark"]


@dataclass(frozen=True)
class Scene:
    """One pose of one figure being painted: what every part of the picture needs."""

    painter: QPainter
    figure: Figure
    pose: Pose
    shape: Skeleton
    colours: FigureColours
    scale: float  # device units per centimetre: cosmetic lines keep their width
    arrows: bool


def which_foot_mark(figure: Figure, foot: str | None) -> str:
    """The word on the picture: "Right foot", "Left foot", "Both feet" or "Painful foot"."""
    if figure.both_feet:
        return foot_mark("both")
    return foot_mark(foot or "right")


def paint_figure(
    painter: QPainter,
    rect: QRectF,
    figure: Figure,
    pose: Pose,
    colours: FigureColours,
    foot: str | None = "right",
    arrows: bool = True,
    mark: bool = True,
    inset: bool = True,
) -> None:
    """Paints ``pose`` of ``figure`` fitted into ``rect``.

    ``foot``: "right" or "left" (mirrored), "painful" (drawn as the right, marked "Painful
    foot"), or None for no mark at all. ``arrows``: the movement arrows of a still picture.
    ``inset``: the magnified circle, where the figure has one (too small to read in an icon).
    """
    x, y, width, height = figure.bounds
    label_room = 0.0
    if mark and foot is not None:
        label_room = min(rect.height() * 0.12, 28.0)
    area = rect.adjusted(0, label_room, 0, 0)
    scale = min(area.width() / width, area.height() / height)
    if scale <= 0:
        return
    mirrored = foot == "left" and not figure.both_feet
    transform = QTransform()
    transform.translate(area.center().x(), area.center().y())
    transform.scale(-scale if mirrored else scale, -scale)  # y up, centimetres
    transform.translate(-(x + width / 2), -(y + height / 2))
    shape = skeleton(figure, pose)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(transform, True)
    scene = Scene(painter, figure, pose, shape, colours, scale, arrows)
    _paint_scene(scene)
    if inset and figure.inset is not None:
        _paint_inset(scene)
    painter.restore()
    if label_room:
        _paint_mark(painter, rect, label_room, which_foot_mark(figure, foot), colours)


def _paint_scene(scene: Scene, inset: float | None = None, layers: tuple[str, ...] = ()) -> None:
    painter, figure, shape, colours = scene.painter, scene.figure, scene.shape, scene.colours
    scale = scene.scale
    props = not layers or "props" in layers  # a magnified circle may show the body alone
    if props:
        paint_props(painter, figure, colours, scale, behind=True)
    for layer in layers or figure.layers:
        if layer == "hands":  # the hands alone, e.g. in a magnified circle
            paint_hands(painter, shape, colours)
        elif layer == "torso":
            paint_torso(painter, figure, shape, colours)
        elif layer.endswith("_leg"):
            paint_leg(painter, figure, shape, layer, colours)
        elif layer.endswith("_arm"):
            paint_arm(painter, figure, shape, layer, colours)
    if props:
        paint_props(painter, figure, colours, scale, behind=False)
    if figure.hand_rings:
        paint_hand_rings(painter, shape, colours, only_on_foot=bool(layers))
    if scene.arrows:
        zoom = 1.0 if inset is None else inset
        for arrow in scene.pose.arrows:
            if arrow.inset == (inset is not None):
                paint_arrow(painter, arrow.start, arrow.end, arrow.bend, colours.arrow, zoom)


def _paint_inset(scene: Scene) -> None:
    painter, figure, shape, colours = scene.painter, scene.figure, scene.shape, scene.colours
    inset = figure.inset
    assert inset is not None
    centre = QPointF(*inset.place)
    focus = shape.points[inset.at]
    circle = QPainterPath()
    circle.addEllipse(centre, inset.radius, inset.radius)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.background)
    painter.drawPath(circle)
    painter.setClipPath(circle, Qt.ClipOperation.IntersectClip)
    zoom = QTransform()
    zoom.translate(centre.x(), centre.y())
    zoom.scale(inset.zoom, inset.zoom)
    zoom.rotate(inset.turn)
    zoom.translate(-focus[0], -focus[1])
    painter.setTransform(zoom, True)
    _paint_scene(replace(scene, scale=scene.scale * inset.zoom), inset.zoom, inset.layers)
    painter.restore()
    painter.save()
    pen = QPen(colours.prop, 1.5)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(circle)
    # A ring round the magnified spot, joined to the circle: what the circle shows, and where.
    ring = inset.radius / inset.zoom
    spot = QPointF(*focus)
    painter.drawEllipse(spot, ring, ring)
    dx, dy = centre.x() - spot.x(), centre.y() - spot.y()
    distance = math.hypot(dx, dy)
    if distance > inset.radius + ring:
        ux, uy = dx / distance, dy / distance
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawLine(
            QPointF(spot.x() + ux * ring, spot.y() + uy * ring),
            QPointF(centre.x() - ux * inset.radius, centre.y() - uy * inset.radius),
        )
    painter.restore()


def _paint_mark(
    painter: QPainter, rect: QRectF, room: float, text: str, colours: FigureColours
) -> None:
    """The foot's word in a small chip at the top: the colour never carries it alone."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPixelSize(max(8, round(room * 0.55)))
    font.setBold(True)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    chip = QRectF(0, 0, metrics.horizontalAdvance(text) + room * 0.7, room * 0.86)
    chip.moveCenter(QPointF(rect.center().x(), rect.top() + room / 2))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(ACCENT_COLOUR))  # white text on it meets AA on any window
    painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
    text_colour = QColor("white")
    painter.setPen(text_colour)
    painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
