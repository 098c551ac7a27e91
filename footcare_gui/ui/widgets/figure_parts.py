"""The parts of an exercise picture, each painted in the figure's centimetres: limbs with their
halos, the feet, the hands and their rings, the torso and head, the props, the movement arrows.

ui/widgets/figure_painter.py places them (fitting, mirroring, the magnified circle, the mark).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from footcare_gui.core.figure import Figure, Point
from footcare_gui.core.figure_geometry import HAND_RADIUS, HEAD_RADIUS, Skeleton
from footcare_gui.ui.widgets.figure_colours import FigureColours

# Stroke widths in centimetres of the figure.
WIDTHS = {"thigh": 13.0, "shin": 10.0, "upper": 8.5, "fore": 7.0, "neck": 6.0, "toes": 3.8}
TORSO_WIDTH = {"side": 19.0, "front": 24.0}
HALO = 2.6  # the background's outline round every limb, so overlaps read
HAND_ON_FOOT = 12.0  # cm: a hand this near the working foot holds it


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _stroke(
    painter: QPainter, points: list[Point], width: float, colour: QColor, halo: QColor
) -> None:
    """A rounded limb: first its halo in the background's colour, then the limb."""
    line = QPolygonF([QPointF(*p) for p in points])
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(halo, width + HALO))
    painter.drawPolyline(line)
    painter.setPen(_pen(colour, width))
    painter.drawPolyline(line)


def _tone(figure: Figure, limb: str, colours: FigureColours) -> QColor:
    return colours.far if limb in figure.far else colours.body


def paint_leg(
    painter: QPainter, figure: Figure, shape: Skeleton, leg: str, colours: FigureColours
) -> None:
    p = shape.points
    tone = _tone(figure, leg, colours)
    halo = colours.background
    _stroke(painter, [p[f"{leg}.hip"], p[f"{leg}.knee"]], WIDTHS["thigh"], tone, halo)
    _stroke(painter, [p[f"{leg}.knee"], p[f"{leg}.ankle"]], WIDTHS["shin"], tone, halo)
    working = figure.both_feet or leg == "work_leg"
    foot_colour = colours.work if working else tone
    outline, toes = shape.feet[leg]
    path = _smooth_closed(outline)
    painter.setPen(_pen(halo, HALO))
    painter.setBrush(foot_colour)
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPath(path)
    toe_line = QPolygonF([QPointF(*t) for t in toes])
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(foot_colour, WIDTHS["toes"]))
    painter.drawPolyline(toe_line)


def _smooth_closed(points: tuple[Point, ...]) -> QPainterPath:
    """A closed outline through the midpoints of ``points``, rounded at each point."""
    path = QPainterPath()
    count = len(points)
    mids = [
        QPointF(
            (points[i][0] + points[(i + 1) % count][0]) / 2,
            (points[i][1] + points[(i + 1) % count][1]) / 2,
        )
        for i in range(count)
    ]
    path.moveTo(mids[-1])
    for i in range(count):
        path.quadTo(QPointF(*points[i]), mids[i])
    path.closeSubpath()
    return path


def paint_arm(
    painter: QPainter, figure: Figure, shape: Skeleton, arm: str, colours: FigureColours
) -> None:
    p = shape.points
    tone = _tone(figure, arm, colours)
    halo = colours.background
    _stroke(
        painter,
        [p[f"{arm}.shoulder"], p[f"{arm}.elbow"], p[f"{arm}.hand"]],
        WIDTHS["fore"],
        tone,
        halo,
    )
    _stroke(painter, [p[f"{arm}.shoulder"], p[f"{arm}.elbow"]], WIDTHS["upper"], tone, halo)
    _stroke(painter, [p[f"{arm}.elbow"], p[f"{arm}.hand"]], WIDTHS["fore"], tone, halo)
    painter.setPen(_pen(halo, HALO))
    painter.setBrush(tone)
    painter.drawEllipse(QPointF(*p[f"{arm}.hand"]), HAND_RADIUS, HAND_RADIUS)


def _on_the_foot(shape: Skeleton, arm: str) -> bool:
    hand = shape.points[f"{arm}.hand"]
    return any(
        math.dist(hand, shape.points[f"work_leg.{part}"]) < HAND_ON_FOOT
        for part in ("ankle", "midfoot", "toe")
    )


def paint_hands(painter: QPainter, shape: Skeleton, colours: FigureColours) -> None:
    """The hands that hold the working foot (a resting hand is not part of the detail)."""
    painter.setPen(_pen(colours.background, HALO))
    painter.setBrush(colours.body)
    for arm in ("work_arm", "other_arm"):
        if _on_the_foot(shape, arm):
            centre = QPointF(*shape.points[f"{arm}.hand"])
            painter.drawEllipse(centre, HAND_RADIUS, HAND_RADIUS)


def paint_hand_rings(
    painter: QPainter, shape: Skeleton, colours: FigureColours, only_on_foot: bool = False
) -> None:
    """Each hand ringed in a darker line over everything: which hand holds the ankle and which
    the toes stays readable where an arm crosses the body or the foot."""
    ring = colours.body.darker(150) if colours.body.lightness() > 128 else colours.body.darker(170)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for arm in ("work_arm", "other_arm"):
        if only_on_foot and not _on_the_foot(shape, arm):
            continue
        centre = QPointF(*shape.points[f"{arm}.hand"])
        painter.setPen(_pen(ring, 1.1))
        painter.drawEllipse(centre, HAND_RADIUS + 0.2, HAND_RADIUS + 0.2)


def paint_torso(painter: QPainter, figure: Figure, shape: Skeleton, colours: FigureColours) -> None:
    p = shape.points
    body, halo = colours.body, colours.background
    width = TORSO_WIDTH.get(figure.view, 19.0)
    if figure.view == "front":
        hips = [p["work_leg.hip"], p["other_leg.hip"]]
        _stroke(painter, hips, WIDTHS["thigh"] + 2, body, halo)
        shoulders = [p["work_arm.shoulder"], p["other_arm.shoulder"]]
        path = QPainterPath()
        path.moveTo(QPointF(*p["work_leg.hip"]))
        path.lineTo(QPointF(*shoulders[0]))
        path.lineTo(QPointF(*shoulders[1]))
        path.lineTo(QPointF(*p["other_leg.hip"]))
        path.closeSubpath()
        painter.setPen(_pen(halo, WIDTHS["upper"] + HALO))
        painter.setBrush(body)
        painter.drawPath(path)
        painter.setPen(_pen(body, WIDTHS["upper"]))
        painter.drawPath(path)
    else:
        _stroke(painter, [p["pelvis"], p["neck"]], width, body, halo)
    _stroke(painter, [p["neck"], _towards(p["neck"], p["head"], 6.0)], WIDTHS["neck"], body, halo)
    head = QPointF(*p["head"])
    painter.setPen(_pen(halo, HALO))
    painter.setBrush(body)
    painter.drawEllipse(head, HEAD_RADIUS, HEAD_RADIUS)
    if figure.view == "side":  # a nose says which way the figure faces
        angle = math.atan2(p["head"][1] - p["neck"][1], p["head"][0] - p["neck"][0])
        facing = angle - math.pi / 2
        tip = QPointF(
            head.x() + (HEAD_RADIUS + 2.2) * math.cos(facing + 0.35),
            head.y() + (HEAD_RADIUS + 2.2) * math.sin(facing + 0.35),
        )
        nose = QPolygonF(
            [
                QPointF(
                    head.x() + HEAD_RADIUS * math.cos(facing + 0.75),
                    head.y() + HEAD_RADIUS * math.sin(facing + 0.75),
                ),
                tip,
                QPointF(
                    head.x() + HEAD_RADIUS * math.cos(facing + 0.05),
                    head.y() + HEAD_RADIUS * math.sin(facing + 0.05),
                ),
            ]
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(nose)


def _towards(start: Point, end: Point, length: float) -> Point:
    dx, dy = end[0] - start[0], end[1] - start[1]
    norm = math.hypot(dx, dy) or 1.0
    return (start[0] + dx / norm * length, start[1] + dy / norm * length)


def paint_props(
    painter: QPainter, figure: Figure, colours: FigureColours, scale: float, behind: bool
) -> None:
    x, y, width, height = figure.bounds
    top = y + height
    line = QPen(colours.prop, max(1.2, 0.9 * scale))
    line.setCosmetic(True)
    line.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(line)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for prop in figure.props:
        if behind and prop.kind == "chair":
            painter.drawRoundedRect(QRectF(prop.x + 5, prop.y, prop.width - 10, 50), 4, 4)
            painter.setBrush(colours.prop_fill)
            painter.drawRoundedRect(QRectF(prop.x, prop.y - 5, prop.width, 5), 1.5, 1.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for leg_x in (prop.x + 3, prop.x + prop.width - 3):
                painter.drawLine(QPointF(leg_x, prop.y - 5), QPointF(leg_x, 0))
        elif behind and prop.kind == "rail":
            painter.drawLine(QPointF(prop.x, prop.y), QPointF(prop.x, prop.y + 98))
            painter.drawLine(QPointF(prop.x - 4, prop.y + 98), QPointF(prop.x + 4, prop.y + 98))
        elif not behind and prop.kind == "floor":
            painter.drawLine(QPointF(x, 0), QPointF(x + width, 0))
        elif not behind and prop.kind == "wall":
            painter.drawLine(QPointF(prop.x, 0), QPointF(prop.x, top))
            hatch = QPen(line)
            hatch.setWidthF(max(1.0, 0.6 * scale))
            painter.setPen(hatch)
            step = 9.0
            level = 4.0
            while level < top - 2:
                painter.drawLine(QPointF(prop.x, level), QPointF(prop.x + 5, level + 5))
                level += step
            painter.setPen(line)
        elif not behind and prop.kind == "step":
            painter.setBrush(colours.prop_fill)
            painter.drawRect(QRectF(prop.x, 0, prop.width, prop.y))
            painter.setBrush(Qt.BrushStyle.NoBrush)


def paint_arrow(
    painter: QPainter, start: Point, end: Point, bend: float, colour: QColor, zoom: float = 1.0
) -> None:
    sx, sy = start
    ex, ey = end
    length = math.hypot(ex - sx, ey - sy) or 1.0
    nx, ny = -(ey - sy) / length, (ex - sx) / length  # left of the direction
    control = QPointF((sx + ex) / 2 + nx * bend * length, (sy + ey) / 2 + ny * bend * length)
    path = QPainterPath(QPointF(sx, sy))
    path.quadTo(control, QPointF(ex, ey))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(colour, 2.2 / zoom))
    painter.drawPath(path)
    # The head points along the curve's last direction.
    angle = math.atan2(ey - control.y(), ex - control.x())
    head = 5.5 / zoom
    wing = 0.5
    tip = QPointF(ex + math.cos(angle) * 1.5 / zoom, ey + math.sin(angle) * 1.5 / zoom)
    left = QPointF(ex - head * math.cos(angle - wing), ey - head * math.sin(angle - wing))
    right = QPointF(ex - head * math.cos(angle + wing), ey - head * math.sin(angle + wing))
    painter.setPen(_pen(colour, 1.0 / zoom))
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([tip, left, right]))
