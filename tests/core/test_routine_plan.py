"""Routine plans: several exercises written out as one session, with transitions between them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from footcare_gui.core.catalogue import Catalogue, Exercise
from footcare_gui.core.plan import (
    PREPARE_SECONDS,
    ROUTINE_ID,
    TRANSITION_SECONDS,
    Dose,
    Foot,
    Plan,
    Segment,
    Step,
    StepKind,
    build_plan,
    build_routine_plan,
)
from footcare_gui.core.routine import default_routine


def items(catalogue: Catalogue, *ids: str) -> list[tuple[Exercise, Dose]]:
    return [(catalogue.get(i), Dose.default_for(catalogue.get(i))) for i in ids]


@pytest.fixture
def three(catalogue: Catalogue) -> Plan:
    return build_routine_plan(
        items(catalogue, "calf-stretch", "achilles-stretch", "toe-pulling"), name="Morning"
    )


def test_a_single_exercise_plan_is_one_segment_over_all_steps(catalogue: Catalogue) -> None:
    for exercise in catalogue.exercises:
        plan = build_plan(exercise)
        assert plan.segments == (Segment(exercise.id, exercise.name, 0, len(plan) - 1),)
        assert {step.segment for step in plan.steps} == {0}
        assert not any(plan.is_transition(step) for step in plan.steps)


def test_a_plan_built_by_hand_still_gets_its_segment(catalogue: Catalogue) -> None:
    calf = build_plan(catalogue.get("calf-stretch"))
    plan = Plan("x", "X", calf.steps)
    assert plan.segments == (Segment("x", "X", 0, 3),)
    assert Plan("x", "X", ()).segments == ()


def test_one_exercise_in_a_routine_has_the_same_steps_as_on_its_own(
    catalogue: Catalogue,
) -> None:
    for exercise in catalogue.exercises:
        routine = build_routine_plan([(exercise, Dose.default_for(exercise))], name="Just one")
        assert routine.steps == build_plan(exercise).steps
        assert (routine.exercise_id, routine.exercise_name) == (ROUTINE_ID, "Just one")
        assert routine.segments == (Segment(exercise.id, exercise.name, 0, len(routine) - 1),)


def test_segments_cover_the_steps_in_order(catalogue: Catalogue, three: Plan) -> None:
    lengths = [len(build_plan(catalogue.get(i))) for i in ("calf-stretch", "achilles-stretch")]
    assert [(s.exercise_id, s.first_index) for s in three.segments] == [
        ("calf-stretch", 0),
        ("achilles-stretch", lengths[0]),
        ("toe-pulling", lengths[0] + lengths[1]),
    ]
    assert three.segments[-1].last_index == len(three) - 1
    for before, after in zip(three.segments, three.segments[1:], strict=False):
        assert after.first_index == before.last_index + 1
    assert [step.index for step in three.steps] == list(range(len(three)))
    for number, segment in enumerate(three.segments):
        assert {three.steps[i].segment for i in segment.indices} == {number}
        assert three.segment_of(three.steps[segment.last_index]) == segment


def test_each_exercise_after_the_first_opens_with_a_transition(
    catalogue: Catalogue, three: Plan
) -> None:
    first = three.steps[0]
    assert (first.kind, first.label, first.duration_ms) == (
        StepKind.PREPARE,
        "Get ready",
        PREPARE_SECONDS * 1000,
    )
    assert not three.is_transition(first)
    for segment in three.segments[1:]:
        exercise = catalogue.get(segment.exercise_id)
        step = three.steps[segment.first_index]
        assert three.is_transition(step)
        assert step.kind is StepKind.PREPARE
        assert step.label == f"Next: {exercise.name}"
        assert step.instruction == f"{exercise.position} First: {exercise.steps[0]}"
        assert step.duration_ms == TRANSITION_SECONDS * 1000
    achilles = three.steps[three.segments[1].first_index]
    assert achilles.label == "Next: Achilles tendon stretch"
    assert achilles.instruction.startswith("Stand on a kerb or a stair")


def test_steps_other_than_the_transition_are_the_exercise_own(
    catalogue: Catalogue, three: Plan
) -> None:
    for segment in three.segments:
        alone = build_plan(catalogue.get(segment.exercise_id)).steps
        mine = three.steps[segment.first_index : segment.last_index + 1]
        assert len(mine) == len(alone)
        for step, original in list(zip(mine, alone, strict=True))[1:]:
            assert replace(step, index=original.index, segment=0) == original


def test_total_length_is_the_parts_plus_the_transitions(catalogue: Catalogue) -> None:
    ids = ("calf-stretch", "achilles-stretch", "ankle-extension", "ankle-flexion", "toe-pulling")
    plan = build_routine_plan(items(catalogue, *ids))
    parts = sum(build_plan(catalogue.get(i)).total_ms for i in ids)
    # Every exercise after the first trades its own get-ready for a transition.
    change = (len(ids) - 1) * (TRANSITION_SECONDS - PREPARE_SECONDS) * 1000
    assert plan.total_ms == parts + change
    assert len(plan) == sum(len(build_plan(catalogue.get(i))) for i in ids)
    assert plan.has_estimates  # toe pulling waits for the user


def test_the_default_routine_builds(catalogue: Catalogue) -> None:
    routine = default_routine(catalogue)
    plan = build_routine_plan(
        items(catalogue, *routine.exercise_ids), painful=Foot.RIGHT, name=routine.name
    )
    assert [s.exercise_id for s in plan.segments] == list(routine.exercise_ids)
    assert plan.exercise_name == routine.name
    # Doses "on the painful foot" follow the user's painful foot, as in a single exercise.
    flexion = plan.segments[routine.exercise_ids.index("ankle-flexion")]
    assert plan.steps[flexion.last_index].position.foot is Foot.RIGHT


def test_doses_are_each_exercise_own(catalogue: Catalogue) -> None:
    calf, toes = catalogue.get("calf-stretch"), catalogue.get("toe-pulling")
    plan = build_routine_plan(
        [(calf, Dose.default_for(calf)), (toes, replace(Dose.default_for(toes), reps=2))]
    )
    toe_steps: list[Step] = [plan.steps[i] for i in plan.segments[1].indices]
    assert [s.position.rep for s in toe_steps if s.kind is StepKind.MOVE] == [1, 2, 1, 2]


def test_a_routine_needs_exercises() -> None:
    with pytest.raises(ValueError, match="no exercises"):
        build_routine_plan([], name="Empty")


def test_a_bad_dose_names_its_exercise(catalogue: Catalogue) -> None:
    calf = catalogue.get("calf-stretch")
    with pytest.raises(ValueError, match="calf-stretch: reps and sets"):
        build_routine_plan([(calf, replace(Dose.default_for(calf), reps=0))])
