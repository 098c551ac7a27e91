"""The exercise pictures as data: every position and step has a pose, the poses say what the
exercise text says (heel down, up on the toes, toes curled...), and blending keeps the body
whole. No Qt here."""

from __future__ import annotations

import math
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from footcare_gui.core.catalogue import Catalogue, parse_catalogue
from footcare_gui.core.figure import Figure, blend, ease
from footcare_gui.core.figure_geometry import LENGTHS, reach_gap, skeleton
from footcare_gui.core.plan import Dose, FeetChoice, StepKind, build_plan, build_routine_plan
from footcare_gui.services.catalogue_file import load_catalogue
from footcare_gui.services.figures import DEFAULT_FIGURES, figures_for, load_figures

RAW = tomllib.loads(DEFAULT_FIGURES.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def figures(catalogue: Catalogue) -> dict[str, Figure]:
    return figures_for(catalogue)


def points(figure: Figure, pose: str) -> dict[str, tuple[float, float]]:
    return skeleton(figure, figure.pose(pose)).points


def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def test_every_exercise_its_position_every_step_and_every_phase_have_a_pose(
    catalogue: Catalogue, figures: dict[str, Figure]
) -> None:
    assert set(figures) == set(catalogue.ids())
    for exercise in catalogue.exercises:
        figure = figures[exercise.id]
        assert len(figure.steps) == len(exercise.steps), exercise.id
        assert len(figure.phases) == len(exercise.phases), exercise.id
        for name in figure.unique_poses():
            assert figure.pose(name).text, f"{exercise.id}/{name} has no description"


def test_every_step_of_every_session_has_its_pictures(
    catalogue: Catalogue, figures: dict[str, Figure]
) -> None:
    for exercise in catalogue.exercises:
        dose = replace(Dose.default_for(exercise), feet=None)
        if exercise.id == "toe-pulling":
            dose = replace(dose, feet=FeetChoice.BOTH)
        figure = figures[exercise.id]
        for step in build_plan(exercise, dose).steps:
            keyframes = figure.keyframes_for(step)
            assert keyframes, (exercise.id, step)
            if step.is_rep_work:
                wanted = figure.phases[step.phase]
                assert keyframes == tuple(figure.pose(n) for n in wanted)
            else:  # get ready, switch feet, rest: the starting position
                assert keyframes == (figure.pose(figure.position),)


def test_a_routines_transition_shows_the_next_exercises_starting_position(
    catalogue: Catalogue, figures: dict[str, Figure]
) -> None:
    items = [(catalogue.get(i), None) for i in ("calf-stretch", "achilles-stretch")]
    plan = build_routine_plan([(e, Dose.default_for(e)) for e, _ in items])
    transition = next(s for s in plan.steps if plan.is_transition(s))
    figure = figures[plan.segment_of(transition).exercise_id]
    assert transition.kind is StepKind.PREPARE
    assert figure.keyframes_for(transition) == (figure.pose("level"),)


def test_every_hand_and_foot_reaches_where_the_data_puts_it(figures: dict[str, Figure]) -> None:
    for entry in RAW["figure"]:
        figure = figures[entry["exercise"]]
        for name, spec in entry["pose"].items():
            gap = reach_gap(figure, spec, figure.pose(name))
            assert gap < 1.0, f"{figure.exercise_id}/{name} misses by {gap:.1f} cm"


def test_the_calf_stretch_leans_with_the_back_heel_down_and_the_back_knee_straight(
    figures: dict[str, Figure],
) -> None:
    figure = figures["calf-stretch"]
    lean = points(figure, "lean")
    assert lean["work_leg.heel"][1] == pytest.approx(0, abs=1.0)  # the back heel on the floor
    assert lean["work_leg.ankle"][0] < lean["other_leg.ankle"][0]  # the working foot is behind
    straight = LENGTHS["thigh"] + LENGTHS["shin"]
    assert distance(lean["work_leg.hip"], lean["work_leg.ankle"]) > straight - 1.5
    assert distance(lean["other_leg.hip"], lean["other_leg.ankle"]) < straight - 5  # bent
    assert lean["neck"][0] > lean["pelvis"][0] + 10  # leaning in


def test_the_achilles_stretch_lowers_the_heels_over_the_edge_then_rises_on_the_toes(
    figures: dict[str, Figure],
) -> None:
    figure = figures["achilles-stretch"]
    step = next(p for p in figure.props if p.kind == "step")
    level, down, up = (points(figure, n) for n in ("level", "heels_down", "toes_up"))
    for pose in (level, down, up):
        for leg in ("work_leg", "other_leg"):
            assert pose[f"{leg}.heel"][0] < step.x  # the heels hang off the edge
            assert pose[f"{leg}.ball"][0] > step.x  # the balls of the feet are on it
    assert down["work_leg.heel"][1] < step.y - 2 < level["work_leg.heel"][1]
    assert up["work_leg.heel"][1] > level["work_leg.heel"][1] + 5
    assert figure.both_feet


def test_the_ankle_exercises_are_seated_with_the_foot_across_the_knee_and_swap_hands(
    figures: dict[str, Figure],
) -> None:
    for exercise_id, toe_hand, ankle_hand in (
        ("ankle-extension", "other_arm", "work_arm"),  # toes: the opposite hand
        ("ankle-flexion", "work_arm", "other_arm"),  # toes: the same-side hand
    ):
        figure = figures[exercise_id]
        held = points(figure, figure.phases[0][-1])
        seat = next(p for p in figure.props if p.kind == "chair")
        assert held["pelvis"][1] < seat.y + 12  # sitting
        # The working ankle rests on the other knee.
        assert distance(held["work_leg.ankle"], held["other_leg.knee"]) < 14
        assert distance(held[f"{toe_hand}.hand"], held["work_leg.toe"]) < 10
        assert distance(held[f"{ankle_hand}.hand"], held["work_leg.ankle"]) < 10
    extension = figures["ankle-extension"].pose("pull")
    flexion = figures["ankle-flexion"].pose("press")
    start = figures["ankle-flexion"].pose("start")
    assert extension.angles["work_leg.toes"] > 45  # the toes drawn back
    assert extension.angles["work_leg.foot"] >= start.angles["work_leg.foot"]  # and the foot
    # Flexion works the other way: the foot pointed away from the shin, the toes curled in.
    assert flexion.angles["work_leg.foot"] < start.angles["work_leg.foot"] - 15
    assert flexion.angles["work_leg.toes"] < -30


def test_toe_pulling_curls_the_working_toes_each_rep(figures: dict[str, Figure]) -> None:
    figure = figures["toe-pulling"]
    assert figure.phases == (("stand", "curl"),)  # every counted pull: flat, then curled
    assert figure.pose("stand").angles["work_leg.toes"] == 0
    assert figure.pose("curl").angles["work_leg.toes"] < -60
    curl = points(figure, "curl")
    assert curl["work_leg.toe"][1] < 1.5  # the curled toes grip the floor


def test_blending_eases_between_poses_and_keeps_every_limb_its_length(
    figures: dict[str, Figure],
) -> None:
    figure = figures["calf-stretch"]
    start, end = figure.pose("step"), figure.pose("lean")
    assert blend(start, end, 0) is start
    assert blend(start, end, 1) is end
    half = skeleton(figure, blend(start, end, 0.5)).points
    assert distance(half["work_leg.hip"], half["work_leg.knee"]) == pytest.approx(LENGTHS["thigh"])
    assert distance(half["work_arm.elbow"], half["work_arm.hand"]) == pytest.approx(LENGTHS["fore"])
    assert ease(0) == 0
    assert ease(1) == 1
    assert ease(0.5) == pytest.approx(0.5)
    assert ease(0.1) < 0.1  # a gentle start


def test_a_custom_catalogue_without_pictures_has_none_and_no_error(tmp_path: Path) -> None:
    raw = tomllib.loads((Path(load_catalogue().path)).read_text(encoding="utf-8"))
    entry = raw["exercise"][0]
    own = dict(entry, id="my-own-stretch")
    changed = dict(raw["exercise"][1], steps=["Just one step."])  # no longer fits its pictures
    catalogue = parse_catalogue({"exercise": [own, changed]}, tmp_path / "mine.toml")
    assert figures_for(catalogue) == {}


def test_a_sixth_exercise_is_data_a_figures_file_beside_its_catalogue(tmp_path: Path) -> None:
    raw = tomllib.loads(Path(load_catalogue().path).read_text(encoding="utf-8"))
    catalogue_file = tmp_path / "mine.toml"
    catalogue_file.write_text("", encoding="utf-8")
    sixth = dict(raw["exercise"][0], id="wall-calf-again")
    catalogue = parse_catalogue({"exercise": [sixth]}, catalogue_file)
    figures_text = DEFAULT_FIGURES.read_text(encoding="utf-8").replace(
        'exercise = "calf-stretch"', 'exercise = "wall-calf-again"'
    )
    (tmp_path / "mine.figures.toml").write_text(figures_text, encoding="utf-8")
    assert list(figures_for(catalogue)) == ["wall-calf-again"]


def test_a_broken_figures_file_means_no_pictures_not_a_failed_start(tmp_path: Path) -> None:
    catalogue_file = tmp_path / "mine.toml"
    raw = tomllib.loads(Path(load_catalogue().path).read_text(encoding="utf-8"))
    catalogue = parse_catalogue(raw, catalogue_file)
    (tmp_path / "mine.figures.toml").write_text("[[figure]]\nexercise = 3\n", encoding="utf-8")
    assert figures_for(catalogue) == {}
    assert load_figures(DEFAULT_FIGURES)  # the built-in file is fine
