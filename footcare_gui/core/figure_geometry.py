"""Where everything of a posed figure is: joints from the segments' angles, the feet's outlines,
and the two-bone reach that turns a point to reach into angles. Centimetres, y up; no Qt."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from footcare_gui.core.figure import Figure, Point, Pose

# Segment lengths in centimetres (an adult of about 1.75 m).
LENGTHS = {"torso": 50.0, "neck": 9.0, "upper": 29.0, "fore": 28.0, "thigh": 44.0, "shin": 42.0}
HEAD_RADIUS = 10.5
HAND_RADIUS = 4.2

# The foot in its own frame: ankle at the origin, pointing along +x, sole at y = -8.
FOOT_BODY: tuple[Point, ...] = (
    (2.8, 2.5),  # front of the ankle
    (6.0, -1.4),  # instep
    (13.0, -4.0),  # top of the ball
    (14.2, -6.6),  # front of the ball, where the toes start
    (12.5, -8.0),  # under the ball
    (4.5, -7.0),  # the arch
    (-3.6, -8.0),  # under the heel
    (-6.0, -5.8),  # back of the heel
    (-5.2, -2.0),  # Achilles tendon
    (-2.8, 2.5),  # back of the ankle
)
TOE_ROOT: Point = (13.6, -6.0)
TOE_BONES = (3.4, 3.0)  # two bones, so a curl reads as a curl


def _at(origin: Point, angle: float, length: float) -> Point:
    radians = math.radians(angle)
    return (origin[0] + length * math.cos(radians), origin[1] + length * math.sin(radians))


def _in_frame(origin: Point, angle: float, local: Point, scale: float = 1.0) -> Point:
    radians = math.radians(angle)
    x, y = local[0] * scale, local[1]
    return (
        origin[0] + x * math.cos(radians) - y * math.sin(radians),
        origin[1] + x * math.sin(radians) + y * math.cos(radians),
    )


@dataclass(frozen=True)
class Skeleton:
    """Where everything is for one pose: joints by name, and each foot's outline and toes."""

    points: dict[str, Point]
    feet: dict[str, tuple[tuple[Point, ...], tuple[Point, ...]]]  # leg: (outline, toe line)


def skeleton(figure: Figure, pose: Pose) -> Skeleton:
    a, s = pose.angles, pose.scale
    pelvis = pose.pelvis
    points: dict[str, Point] = {"pelvis": pelvis}
    torso = a["torso"]
    neck = _at(pelvis, torso, LENGTHS["torso"] * s("torso"))
    points["neck"] = neck
    points["head"] = _at(neck, a["head"], LENGTHS["neck"] + HEAD_RADIUS)
    feet = {}
    for side, sign in (("work", 1.0), ("other", -1.0)):
        leg = f"{side}_leg"
        hip = (pelvis[0] + sign * figure.hips, pelvis[1])
        knee = _at(hip, a[f"{leg}.thigh"], LENGTHS["thigh"] * s(f"{leg}.thigh"))
        ankle = _at(knee, a[f"{leg}.shin"], LENGTHS["shin"] * s(f"{leg}.shin"))
        points.update({f"{leg}.hip": hip, f"{leg}.knee": knee, f"{leg}.ankle": ankle})
        outline, toes = foot_shape(ankle, a[f"{leg}.foot"], a[f"{leg}.toes"], s(f"{leg}.foot"))
        feet[leg] = (outline, toes)
        points[f"{leg}.heel"] = outline[6]
        points[f"{leg}.midfoot"] = _in_frame(ankle, a[f"{leg}.foot"], (6.0, -3.0))
        points[f"{leg}.ball"] = toes[0]
        points[f"{leg}.toe"] = toes[-1]
        arm = f"{side}_arm"
        shoulder = (neck[0] + sign * figure.shoulders, neck[1] - 3.0)
        elbow = _at(shoulder, a[f"{arm}.upper"], LENGTHS["upper"] * s(f"{arm}.upper"))
        hand = _at(elbow, a[f"{arm}.fore"], LENGTHS["fore"] * s(f"{arm}.fore"))
        points.update({f"{arm}.shoulder": shoulder, f"{arm}.elbow": elbow, f"{arm}.hand": hand})
    return Skeleton(points, feet)


def foot_shape(
    ankle: Point, angle: float, toes: float, scale: float = 1.0
) -> tuple[tuple[Point, ...], tuple[Point, ...]]:
    """The foot's outline and its toe line (root, middle, tip); ``toes`` bends them up (+) or
    curls them under (-), half at each joint."""
    outline = tuple(_in_frame(ankle, angle, p, scale) for p in FOOT_BODY)
    root = _in_frame(ankle, angle, TOE_ROOT, scale)
    middle = _at(root, angle + toes / 2, TOE_BONES[0] * scale)
    tip = _at(middle, angle + toes, TOE_BONES[1] * scale)
    return outline, (root, middle, tip)


def two_bone(
    root: Point, target: Point, first: float, second: float, bend: float
) -> tuple[float, float]:
    """Angles of a two-bone limb from ``root`` reaching ``target`` (straight if too far)."""
    dx, dy = target[0] - root[0], target[1] - root[1]
    distance = max(1e-6, min(math.hypot(dx, dy), first + second - 1e-6))
    base = math.degrees(math.atan2(dy, dx))
    cosine = (first**2 + distance**2 - second**2) / (2 * first * distance)
    opening = math.degrees(math.acos(max(-1.0, min(1.0, cosine))))
    upper = base + bend * opening
    joint = _at(root, upper, first)
    lower = math.degrees(math.atan2(target[1] - joint[1], target[0] - joint[0]))
    return upper, lower


def reach_gap(figure: Figure, spec_pose: dict[str, Any], pose: Pose) -> float:
    """How far (cm) a pose's hands and ankles fall short of the points its data asks for."""
    points = skeleton(figure, pose).points
    worst = 0.0
    for limb, end in (("work_leg", "ankle"), ("other_leg", "ankle")):
        worst = max(worst, _gap(spec_pose.get(limb, {}), end, points[f"{limb}.{end}"]))
    for limb in ("work_arm", "other_arm"):
        target = spec_pose.get(limb, {}).get("hand")
        if isinstance(target, str):
            offset = spec_pose[limb].get("offset", (0.0, 0.0))
            wanted = points[target]
            target = [wanted[0] + offset[0], wanted[1] + offset[1]]
        if target is not None:
            hand = points[f"{limb}.hand"]
            worst = max(worst, math.hypot(hand[0] - target[0], hand[1] - target[1]))
    return worst


def _gap(spec: dict[str, Any], key: str, point: Point) -> float:
    target = spec.get(key)
    if target is None:
        return 0.0
    return math.hypot(point[0] - target[0], point[1] - target[1])
