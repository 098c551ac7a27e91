"""The exercise pictures as data: a small articulated figure with feet, posed by joint angles.

A picture is a :class:`Figure` (one per exercise, from ``data/figures.toml``): the props (floor,
wall, step, chair), the view, and named keyframe :class:`Pose` s. A pose is the pelvis position
plus the absolute angle of every segment (degrees anticlockwise from +x, y up, centimetres), so
two poses blend by interpolating numbers (:func:`blend`) and limbs keep their lengths. The data
file may give a hand or an ankle as a point to reach; the loader solves the joint angles then.

Canonically the working foot is the person's RIGHT foot; the painter mirrors the picture for the
left foot. Limbs are named by side: ``work_*`` on the working foot's side, ``other_*`` opposite.
No Qt and no files here: core/figure_geometry.py places the joints of a pose, core/figure_data.py
reads the data's text, services/figures.py the file; ui/widgets/figure_painter.py paints.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.core.plan import Step

FIGURES_CONTEXT = "Figures"  # the pictures' descriptions, for screen readers and translators

Point = tuple[float, float]


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
