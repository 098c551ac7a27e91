"""The exercise pictures as data: a small articulated figure with feet, posed by joint angles.

A picture is a :class:`Figure` (one per exercise, from ``data/figures.toml``): the props (floor,
wall, step, chair), the view, and named keyframe :class:`Pose` s. A pose is the pelvis position
plus the absolute angle of every segment (degrees anticlockwise from +x, y up, centimetres), so
two poses blend by interpolating numbers (:func:`blend`) and limbs keep their lengths. The data
file may give a hand or an ankle as a point to reach; the loader solves the joint angles then.

Canonically the working foot is the person's RIGHT foot; the painter mirrors the picture for the
left foot. Limbs are named by side: ``work_*`` on the working foot's side, ``other_*`` opposite.
No Qt here: ui/widgets/figure_view.py and the handout paint what :func:`skeleton` computes.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from footcare_gui.core.catalogue import Catalogue, Exercise
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.core.plan import Step

DEFAULT_FIGURES = Path(__file__).resolve().parent.parent / "data" / "figures.toml"
FIGURES_CONTEXT = "Figures"  # the pictures' descriptions, for screen readers and translators

Point = tuple[float, float]

# Segment lengths in centimetres (an adult of about 1.75 m).
LENGTHS = {"torso": 50.0, "neck": 9.0, "upper": 29.0, "fore": 28.0, "thigh": 44.0, "shin": 42.0}
HEAD_RADIUS = 10.5
HAND_RADIUS = 4.2
LIMBS = ("work_leg", "other_leg", "work_arm", "other_arm")
LEG_JOINTS = ("thigh", "shin", "foot")
ARM_JOINTS = ("upper", "fore")
DEFAULT_LAYERS = ("other_arm", "other_leg", "torso", "work_leg", "work_arm")

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


class FigureError(ValueError):
    """The pictures' data file is broken; the message names the figure, pose and field."""


@dataclass(frozen=True)
class Pose:
    """A resolved keyframe: pelvis position, every segment's angle, and foreshortening."""

    pelvis: Point
    angles: dict[str, float]  # e.g. "torso", "head", "work_leg.thigh", "work_leg.toes"
    scales: dict[str, float] = field(default_factory=dict)  # e.g. "other_leg.thigh": 0.3
    text: str = ""  # what the pose shows, in English (see :func:`pose_text`)
    arrows: tuple[Arrow, ...] = ()

    def scale(self, name: str) -> float:
        return self.scales.get(name, 1.0)


@dataclass(frozen=True)
class Arrow:
    """A movement arrow drawn on a still picture: from ``start`` to ``end``, ``bend`` bows it
    (a fraction of its length, positive to the left of its direction)."""

    start: Point
    end: Point
    bend: float = 0.0
    inset: bool = False  # drawn in the magnified circle (a toe's movement) instead


@dataclass(frozen=True)
class Prop:
    kind: str  # floor, wall, step, chair
    x: float = 0.0
    y: float = 0.0  # height of a step's or chair's top
    width: float = 0.0


@dataclass(frozen=True)
class Inset:
    """A magnified circle showing the working foot: ``at`` (a point of the pose) seen ``zoom``
    times larger in a circle of ``radius`` centred on ``place``."""

    at: str
    zoom: float
    radius: float
    place: Point
    layers: tuple[str, ...] = ()  # what the circle shows (all of the figure if empty)
    turn: float = 0.0  # degrees anticlockwise: e.g. a foot seen end-on, turned to lie flat


@dataclass(frozen=True)
class Figure:
    """One exercise's pictures."""

    exercise_id: str
    view: str  # "side" (facing +x) or "front" (facing the viewer)
    hips: float  # the working side's hip, sideways from the pelvis (front view; 0 from the side)
    shoulders: float
    layers: tuple[str, ...]  # drawing order, back to front
    far: frozenset[str]  # limbs drawn in the lighter, far-away tone
    both_feet: bool  # both feet work (marked) rather than one
    props: tuple[Prop, ...]
    poses: dict[str, Pose]
    position: str  # the starting position's pose
    steps: tuple[str, ...]  # one pose per text step of the exercise
    phases: tuple[tuple[str, ...], ...]  # per phase, the keyframes its step change moves through
    inset: Inset | None = None
    hand_rings: bool = False  # ring the hands on top of all: which hand holds what, seen
    bounds: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0)  # x, y, width, height

    def pose(self, name: str) -> Pose:
        return self.poses[name]

    def keyframes_for(self, step: Step) -> tuple[Pose, ...]:
        """The poses a session step moves through; its last one is held while the step lasts."""
        if step.is_rep_work and 0 <= step.phase < len(self.phases):
            return tuple(self.poses[name] for name in self.phases[step.phase])
        return (self.poses[self.position],)

    def unique_poses(self) -> list[str]:
        """Every pose the exercise shows, in the order a person meets them."""
        names = [self.position, *self.steps, *(n for phase in self.phases for n in phase)]
        return list(dict.fromkeys(names))


def pose_text(pose: Pose) -> str:
    """The pose's description in the user's language (an accessible description)."""
    return translate(FIGURES_CONTEXT, pose.text) if pose.text else ""


# --- geometry ------------------------------------------------------------------------------
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


def _two_bone(root: Point, target: Point, first: float, second: float, bend: float) -> tuple:
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


# --- blending ------------------------------------------------------------------------------
def ease(t: float) -> float:
    """Smooth start and finish (cubic ease-in-out) for 0 <= t <= 1."""
    t = max(0.0, min(1.0, t))
    return 4 * t**3 if t < 0.5 else 1 - (-2 * t + 2) ** 3 / 2


def blend(start: Pose, end: Pose, t: float) -> Pose:
    """The pose a fraction ``t`` of the way from ``start`` to ``end`` (angles the short way)."""
    if t <= 0:
        return start
    if t >= 1:
        return end

    def mix(a: float, b: float) -> float:
        return a + (b - a) * t

    def turn(a: float, b: float) -> float:
        delta = (b - a + 180.0) % 360.0 - 180.0
        return a + delta * t

    angles = {
        k: (mix if k.endswith(".toes") else turn)(start.angles[k], end.angles[k])
        for k in end.angles
    }
    keys = set(start.scales) | set(end.scales)
    scales = {k: mix(start.scale(k), end.scale(k)) for k in keys}
    pelvis = (mix(start.pelvis[0], end.pelvis[0]), mix(start.pelvis[1], end.pelvis[1]))
    return Pose(pelvis, angles, scales, end.text, ())


# --- loading -------------------------------------------------------------------------------
def figures_path_for(catalogue_path: Path) -> Path:
    """A catalogue's pictures: ``NAME.figures.toml`` beside ``NAME.toml`` if there is one,
    else the built-in pictures (matched by exercise id)."""
    sibling = catalogue_path.with_name(f"{catalogue_path.stem}.figures.toml")
    return sibling if sibling.is_file() else DEFAULT_FIGURES


def load_figures(path: Path = DEFAULT_FIGURES) -> dict[str, Figure]:
    try:
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise FigureError(f"{path}: cannot be read ({error})") from error
    figures = {}
    for entry in raw.get("figure", []):
        figure = parse_figure(entry, path)
        figures[figure.exercise_id] = figure
    return figures


def figure_texts(path: Path = DEFAULT_FIGURES) -> list[tuple[str, str]]:
    """(where, text) for each pose's description, in file order, each text once; ``where`` is
    a hint for translators, e.g. "picture calf-stretch/lean"."""
    found: dict[str, str] = {}
    for figure in load_figures(path).values():
        for name, pose in figure.poses.items():
            if pose.text and pose.text not in found:
                found[pose.text] = f"picture {figure.exercise_id}/{name}"
    return [(where, text) for text, where in found.items()]


def figures_for(catalogue: Catalogue) -> dict[str, Figure]:
    """The pictures of the catalogue's exercises that have them; an exercise whose pictures do
    not fit it (another number of steps or phases) has none. A broken pictures file means no
    pictures, never a failed start: the exercises work without them."""
    try:
        figures = load_figures(figures_path_for(catalogue.path))
    except FigureError:
        return {}
    return {e.id: figures[e.id] for e in catalogue.exercises if fits(figures.get(e.id), e)}


def fits(figure: Figure | None, exercise: Exercise) -> bool:
    return (
        figure is not None
        and len(figure.steps) == len(exercise.steps)
        and len(figure.phases) == len(exercise.phases)
    )


def parse_figure(entry: dict[str, Any], path: Path | str = "<figures>") -> Figure:
    name = str(entry.get("exercise", "?"))
    try:
        return _parse(entry)
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise FigureError(f"{path}, figure '{name}': {error!r}") from error


def _parse(entry: dict[str, Any]) -> Figure:
    spread = entry.get("spread", {})
    figure = Figure(
        exercise_id=entry["exercise"],
        view=entry.get("view", "side"),
        hips=float(spread.get("hips", 0.0)),
        shoulders=float(spread.get("shoulders", 0.0)),
        layers=tuple(entry.get("layers", DEFAULT_LAYERS)),
        far=frozenset(entry.get("far", ("other_arm", "other_leg"))),
        both_feet=bool(entry.get("both_feet", False)),
        props=tuple(Prop(**p) for p in entry.get("props", ())),
        poses={},
        position=entry["position"],
        steps=tuple(entry["steps"]),
        phases=tuple(tuple(p) for p in entry["phases"]),
        inset=_inset(entry.get("inset")),
        hand_rings=bool(entry.get("hand_rings", False)),
    )
    for pose_name, spec in entry["pose"].items():
        figure.poses[pose_name] = resolve_pose(figure, spec)
    for pose_name in figure.unique_poses():
        if pose_name not in figure.poses:
            raise KeyError(f"pose '{pose_name}' is used but not defined")
    return _with_bounds(figure)


def _inset(spec: dict[str, Any] | None) -> Inset | None:
    if spec is None:
        return None
    place = (float(spec["place"][0]), float(spec["place"][1]))
    layers = tuple(str(layer) for layer in spec.get("layers", ()))
    turn = float(spec.get("turn", 0.0))
    return Inset(str(spec["at"]), float(spec["zoom"]), float(spec["radius"]), place, layers, turn)


def resolve_pose(figure: Figure, spec: dict[str, Any]) -> Pose:
    """Turns a pose as written (angles, or points for hands and ankles to reach) into angles."""
    angles: dict[str, float] = {"torso": float(spec["torso"]), "head": float(spec["head"])}
    scales: dict[str, float] = {}
    pelvis = (float(spec["pelvis"][0]), float(spec["pelvis"][1]))
    if "torso_scale" in spec:
        scales["torso"] = float(spec["torso_scale"])
    for side, sign in (("work", 1.0), ("other", -1.0)):
        leg = spec[f"{side}_leg"]
        name = f"{side}_leg"
        for part, factor in leg.get("scale", {}).items():
            scales[f"{name}.{part}"] = float(factor)
        if "ankle" in leg:
            hip = (pelvis[0] + sign * figure.hips, pelvis[1])
            thigh, shin = _two_bone(
                hip,
                tuple(leg["ankle"]),
                LENGTHS["thigh"] * scales.get(f"{name}.thigh", 1.0),
                LENGTHS["shin"] * scales.get(f"{name}.shin", 1.0),
                float(leg.get("bend", 1.0)),
            )
        else:
            thigh, shin = float(leg["thigh"]), float(leg["shin"])
        angles.update({f"{name}.thigh": thigh, f"{name}.shin": shin})
        angles[f"{name}.foot"] = float(leg.get("foot", 0.0))
        angles[f"{name}.toes"] = float(leg.get("toes", 0.0))
    # Arms last: a hand may reach for a point on a leg.
    legs_only = Pose(pelvis, {**angles, **_rest_arms()}, scales)
    points = skeleton(figure, legs_only).points
    for side in ("work", "other"):
        name = f"{side}_arm"
        arm = spec[name]
        for part, factor in arm.get("scale", {}).items():
            scales[f"{name}.{part}"] = float(factor)
        if "hand" in arm:
            target = arm["hand"]
            if isinstance(target, str):
                point = points[target]
                offset = arm.get("offset", (0.0, 0.0))
                target = (point[0] + offset[0], point[1] + offset[1])
            upper, fore = _two_bone(
                points[f"{name}.shoulder"],
                (float(target[0]), float(target[1])),
                LENGTHS["upper"] * scales.get(f"{name}.upper", 1.0),
                LENGTHS["fore"] * scales.get(f"{name}.fore", 1.0),
                float(arm.get("bend", -1.0)),
            )
        else:
            upper, fore = float(arm["upper"]), float(arm["fore"])
        angles.update({f"{name}.upper": upper, f"{name}.fore": fore})
    pose = Pose(pelvis, angles, scales, str(spec.get("text", "")))
    arrows = tuple(_arrow(a, skeleton(figure, pose).points) for a in spec.get("arrows", ()))
    return Pose(pelvis, angles, scales, pose.text, arrows)


def _rest_arms() -> dict[str, float]:
    return {f"{s}_arm.{j}": -90.0 for s in ("work", "other") for j in ARM_JOINTS}


def _arrow(spec: dict[str, Any], points: dict[str, Point]) -> Arrow:
    at = points[spec["at"]] if "at" in spec else (0.0, 0.0)
    ox, oy = spec.get("offset", (0.0, 0.0))
    dx, dy = spec["by"]
    start = (at[0] + ox, at[1] + oy)
    end = (start[0] + dx, start[1] + dy)
    return Arrow(start, end, float(spec.get("bend", 0.0)), bool(spec.get("inset", False)))


def _with_bounds(figure: Figure) -> Figure:
    """The box every pose and prop of the figure fits in, so a picture never jumps in size
    between its poses."""
    xs: list[float] = []
    ys: list[float] = []
    for pose in figure.poses.values():
        shape = skeleton(figure, pose)
        for x, y in shape.points.values():
            xs.append(x)
            ys.append(y)
        head = shape.points["head"]
        xs += [head[0] - HEAD_RADIUS, head[0] + HEAD_RADIUS]
        ys.append(head[1] + HEAD_RADIUS)
        for outline, _toes in shape.feet.values():
            xs += [p[0] for p in outline]
            ys += [p[1] for p in outline]
        for arrow in (a for a in pose.arrows if not a.inset):
            xs += [arrow.start[0], arrow.end[0]]
            ys += [arrow.start[1], arrow.end[1]]
    for prop in figure.props:
        if prop.kind in ("wall", "step", "chair", "rail"):
            xs += [prop.x, prop.x + prop.width]
    if figure.inset is not None:
        (x, y), r = figure.inset.place, figure.inset.radius + 2
        xs += [x - r, x + r]
        ys += [y - r, y + r]
    ys.append(0.0)
    margin = 8.0
    left, right = min(xs) - margin, max(xs) + margin
    bottom, top = min(ys) - margin, max(ys) + margin
    bounds = (left, bottom, right - left, top - bottom)
    return Figure(**{**figure.__dict__, "bounds": bounds})


# Marked for translators; the texts themselves live in data/figures.toml (see
# scripts/extract_catalogue_strings.py, which writes them out with the catalogue's).
FOOT_MARKS = {
    "right": QT_TRANSLATE_NOOP("Figures", "Right foot"),
    "left": QT_TRANSLATE_NOOP("Figures", "Left foot"),
    "both": QT_TRANSLATE_NOOP("Figures", "Both feet"),
    "painful": QT_TRANSLATE_NOOP("Figures", "Painful foot"),
}


def foot_mark(which: str) -> str:
    return translate(FIGURES_CONTEXT, FOOT_MARKS[which])
