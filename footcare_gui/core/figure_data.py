"""The pictures' data (``data/figures.toml``'s text) read into :class:`Figure` s: poses as
written (angles, or points for a hand or an ankle to reach) solved into angles, arrows placed,
each figure's bounds found. Text in, figures out: services/figures.py reads the file."""

from __future__ import annotations

import tomllib
from typing import Any

from footcare_gui.core.catalogue import Exercise
from footcare_gui.core.figure import Arrow, Figure, FigureError, Inset, Point, Pose, Prop
from footcare_gui.core.figure_geometry import HEAD_RADIUS, LENGTHS, skeleton, two_bone

LIMBS = ("work_leg", "other_leg", "work_arm", "other_arm")
LEG_JOINTS = ("thigh", "shin", "foot")
ARM_JOINTS = ("upper", "fore")
DEFAULT_LAYERS = ("other_arm", "other_leg", "torso", "work_leg", "work_arm")


def parse_figures(text: str, source: str = "<figures>") -> dict[str, Figure]:
    """Every figure in the data ``text`` by exercise id; ``source`` names it in errors."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise FigureError(f"{source}: cannot be read ({error})") from error
    figures = {}
    for entry in raw.get("figure", []):
        figure = parse_figure(entry, source)
        figures[figure.exercise_id] = figure
    return figures


def described_poses(figures: dict[str, Figure]) -> list[tuple[str, str]]:
    """(where, text) for each pose's description, in file order, each text once; ``where`` is
    a hint for translators, e.g. "picture calf-stretch/lean"."""
    found: dict[str, str] = {}
    for figure in figures.values():
        for name, pose in figure.poses.items():
            if pose.text and pose.text not in found:
                found[pose.text] = f"picture {figure.exercise_id}/{name}"
    return [(where, text) for text, where in found.items()]


def fits(figure: Figure | None, exercise: Exercise) -> bool:
    return (
        figure is not None
        and len(figure.steps) == len(exercise.steps)
        and len(figure.phases) == len(exercise.phases)
    )


def parse_figure(entry: dict[str, Any], source: str = "<figures>") -> Figure:
    name = str(entry.get("exercise", "?"))
    try:
        return _parse(entry)
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise FigureError(f"{source}, figure '{name}': {error!r}") from error


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
            thigh, shin = two_bone(
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
            upper, fore = two_bone(
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
