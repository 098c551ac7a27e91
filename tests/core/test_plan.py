"""Plans: the whole session written out in advance, step by step."""

from __future__ import annotations

from dataclasses import replace

import pytest

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.plan import (
    PREPARE_SECONDS,
    SELF_PACED_ESTIMATE_SECONDS,
    SWITCH_SECONDS,
    Dose,
    FeetChoice,
    Foot,
    Plan,
    Position,
    StepKind,
    build_plan,
)

P, H, R, M, REST, SW = (
    StepKind.PREPARE,
    StepKind.HOLD,
    StepKind.RELAX,
    StepKind.MOVE,
    StepKind.REST,
    StepKind.SWITCH,
)


def kinds(plan: Plan) -> list[StepKind]:
    return [step.kind for step in plan.steps]


def seconds(plan: Plan) -> list[float | None]:
    return [None if s.duration_ms is None else s.duration_ms / 1000 for s in plan.steps]


def plan_for(catalogue: Catalogue, exercise_id: str, **changes: object) -> Plan:
    exercise = catalogue.get(exercise_id)
    return build_plan(exercise, replace(Dose.default_for(exercise), **changes))


def test_default_dose_comes_from_the_catalogue(catalogue: Catalogue) -> None:
    assert Dose.default_for(catalogue.get("ankle-extension")) == Dose(
        reps=8, sets=3, phase_seconds=(5, 10), rest_seconds=30, pace_seconds=0
    )
    toes = Dose.default_for(catalogue.get("toe-pulling"))
    assert (toes.reps, toes.sets, toes.phase_seconds, toes.pace_seconds) == (25, 1, (None,), 0)
    assert (toes.prepare_seconds, toes.switch_seconds) == (PREPARE_SECONDS, SWITCH_SECONDS)


def test_every_plan_indexes_its_steps_in_order(catalogue: Catalogue) -> None:
    for exercise in catalogue.exercises:
        plan = build_plan(exercise)
        assert [step.index for step in plan.steps] == list(range(len(plan)))
        assert plan.steps[0].kind is P
        assert plan.steps[-1].kind in (H, M)
        assert (plan.exercise_id, plan.exercise_name) == (exercise.id, exercise.name)


def test_calf_stretch_one_hold_per_foot_with_a_switch(catalogue: Catalogue) -> None:
    plan = build_plan(catalogue.get("calf-stretch"))
    assert kinds(plan) == [P, H, SW, H]
    assert seconds(plan) == [5, 30, 10, 30]
    assert [step.position.foot for step in plan.steps] == [
        Foot.LEFT,
        Foot.LEFT,
        Foot.RIGHT,
        Foot.RIGHT,
    ]
    assert plan.total_ms == 75_000
    assert not plan.has_estimates
    assert plan.steps[2].label == "Switch to your right foot"
    assert "right foot" in plan.steps[2].instruction
    assert "left foot" in plan.steps[0].instruction
    # The single rep's relax would only run into the switch or the end, so it is dropped.
    assert R not in kinds(plan)


def test_ankle_extension_three_sets_of_eight_with_rests_and_no_trailing_relax(
    catalogue: Catalogue,
) -> None:
    plan = build_plan(catalogue.get("ankle-extension"))
    one_set = [H, R] * 7 + [H]
    assert kinds(plan) == [P, *one_set, REST, *one_set, REST, *one_set]
    assert len(plan) == 48
    assert plan.total_ms == 395_000
    by_kind = {
        kind: {step.duration_ms for step in plan.steps if step.kind is kind}
        for kind in (H, R, REST)
    }
    assert by_kind == {H: {5000}, R: {10_000}, REST: {30_000}}
    assert {step.position.foot for step in plan.steps} == {Foot.AFFECTED}
    assert plan.steps[0].instruction.endswith("Working foot: your painful foot.")


def test_ankle_flexion_has_the_same_shape_as_the_extension(catalogue: Catalogue) -> None:
    flexion = build_plan(catalogue.get("ankle-flexion"))
    extension = build_plan(catalogue.get("ankle-extension"))
    assert kinds(flexion) == kinds(extension)
    assert flexion.total_ms == 395_000


def test_achilles_keeps_both_holds_of_every_rep(catalogue: Catalogue) -> None:
    plan = build_plan(catalogue.get("achilles-stretch"))
    one_set = [H] * 24
    assert kinds(plan) == [P, *one_set, REST, *one_set, REST, *one_set]
    assert plan.total_ms == (5 + 3 * 12 * 6 + 2 * 30) * 1000
    labels = [step.label for step in plan.steps if step.kind is H]
    assert labels == ["Heels down", "Up on your toes"] * 36
    last_rep = plan.steps[-2:]
    assert [step.label for step in last_rep] == ["Heels down", "Up on your toes"]
    assert {step.position.rep for step in last_rep} == {12}
    # Both feet at once: no foot named and nothing to switch.
    assert {step.position.foot for step in plan.steps} == {None}
    assert SW not in kinds(plan)
    assert plan.steps[0].instruction == catalogue.get("achilles-stretch").position


def test_toe_pulling_reps_wait_for_the_user(catalogue: Catalogue) -> None:
    plan = build_plan(catalogue.get("toe-pulling"))
    assert kinds(plan) == [P, *[M] * 25, SW, *[M] * 25]
    moves = [step for step in plan.steps if step.kind is M]
    assert all(step.counted for step in moves)
    assert all(step.duration_ms is None for step in moves)
    assert not any(step.timed for step in moves)
    assert plan.has_estimates
    estimate = SELF_PACED_ESTIMATE_SECONDS * 1000
    assert plan.estimated_ms(moves[0]) == estimate
    assert plan.total_ms == 5000 + 10_000 + 50 * estimate


def test_toe_pulling_with_a_pace_is_timed(catalogue: Catalogue) -> None:
    plan = plan_for(catalogue, "toe-pulling", pace_seconds=2)
    moves = [step for step in plan.steps if step.kind is M]
    assert {step.duration_ms for step in moves} == {2000}
    assert all(step.counted for step in moves)
    assert not plan.has_estimates
    assert plan.total_ms == 5000 + 10_000 + 50 * 2000


def test_positions_count_reps_sets_and_feet(catalogue: Catalogue) -> None:
    plan = plan_for(catalogue, "calf-stretch", reps=2, sets=2)
    expected = [
        (P, Position(0, 0, 1, 2, Foot.LEFT, 1, 2)),
        (H, Position(1, 2, 1, 2, Foot.LEFT, 1, 2)),
        (R, Position(1, 2, 1, 2, Foot.LEFT, 1, 2)),
        (H, Position(2, 2, 1, 2, Foot.LEFT, 1, 2)),
        (REST, Position(0, 0, 2, 2, Foot.LEFT, 1, 2)),
        (H, Position(1, 2, 2, 2, Foot.LEFT, 1, 2)),
        (R, Position(1, 2, 2, 2, Foot.LEFT, 1, 2)),
        (H, Position(2, 2, 2, 2, Foot.LEFT, 1, 2)),
        (SW, Position(0, 0, 1, 2, Foot.RIGHT, 2, 2)),
        (H, Position(1, 2, 1, 2, Foot.RIGHT, 2, 2)),
        (R, Position(1, 2, 1, 2, Foot.RIGHT, 2, 2)),
        (H, Position(2, 2, 1, 2, Foot.RIGHT, 2, 2)),
        (REST, Position(0, 0, 2, 2, Foot.RIGHT, 2, 2)),
        (H, Position(1, 2, 2, 2, Foot.RIGHT, 2, 2)),
        (R, Position(1, 2, 2, 2, Foot.RIGHT, 2, 2)),
        (H, Position(2, 2, 2, 2, Foot.RIGHT, 2, 2)),
    ]
    assert [(step.kind, step.position) for step in plan.steps] == expected
    rest = plan.steps[4]
    assert rest.instruction.startswith("Rest before set 2 of 2")
    assert not rest.is_rep_work
    assert plan.steps[1].is_rep_work
    assert plan.steps[2].is_rep_work


@pytest.mark.parametrize("exercise_id", ["ankle-extension", "achilles-stretch", "toe-pulling"])
def test_every_rep_step_knows_its_rep_and_set(catalogue: Catalogue, exercise_id: str) -> None:
    exercise = catalogue.get(exercise_id)
    plan = build_plan(exercise)
    dose = Dose.default_for(exercise)
    seen: set[tuple[int, int, int]] = set()
    for step in plan.steps:
        position = step.position
        assert position.sets == dose.sets
        assert 1 <= position.side <= position.sides
        if step.is_rep_work:
            assert position.reps == dose.reps
            assert 1 <= position.rep <= dose.reps
            assert 1 <= position.set <= dose.sets
            seen.add((position.side, position.set, position.rep))
        else:
            assert (position.rep, position.reps) == (0, 0)
    sides = plan.steps[-1].position.sides
    assert len(seen) == sides * dose.sets * dose.reps


def test_custom_dose_overrides_every_number(catalogue: Catalogue) -> None:
    plan = plan_for(
        catalogue,
        "ankle-extension",
        reps=4,
        sets=2,
        phase_seconds=(7, 12),
        rest_seconds=45,
        prepare_seconds=8,
    )
    assert kinds(plan) == [P, H, R, H, R, H, R, H, REST, H, R, H, R, H, R, H]
    assert seconds(plan)[:3] == [8, 7, 12]
    assert seconds(plan)[8] == 45
    assert plan.total_ms == (8 + 2 * (4 * 7 + 3 * 12) + 45) * 1000


def test_zero_rest_leaves_out_the_rest_steps(catalogue: Catalogue) -> None:
    plan = plan_for(catalogue, "ankle-extension", rest_seconds=0)
    assert REST not in kinds(plan)
    assert len(plan) == 46
    assert plan.total_ms == 335_000


def test_custom_switch_time(catalogue: Catalogue) -> None:
    plan = plan_for(catalogue, "calf-stretch", switch_seconds=20, phase_seconds=(45, 10))
    assert seconds(plan) == [5, 45, 20, 45]


def test_more_calf_reps_add_relaxes_between_holds(catalogue: Catalogue) -> None:
    plan = plan_for(catalogue, "calf-stretch", reps=3)
    assert kinds(plan) == [P, H, R, H, R, H, SW, H, R, H, R, H]
    assert plan.total_ms == (5 + 2 * (3 * 30 + 2 * 10) + 10) * 1000


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        pytest.param({"reps": 0}, "at least 1", id="no-reps"),
        pytest.param({"sets": 0}, "at least 1", id="no-sets"),
        pytest.param({"reps": -3}, "at least 1", id="negative-reps"),
        pytest.param({"phase_seconds": (5,)}, "phase times", id="too-few-phase-times"),
        pytest.param({"phase_seconds": (5, 10, 3)}, "phase times", id="too-many-phase-times"),
        pytest.param({"phase_seconds": (-5, 10)}, "negative", id="negative-hold"),
        pytest.param({"rest_seconds": -1}, "negative", id="negative-rest"),
        pytest.param({"prepare_seconds": -1}, "negative", id="negative-prepare"),
        pytest.param({"switch_seconds": -1}, "negative", id="negative-switch"),
    ],
)
def test_invalid_doses_raise_value_error(
    catalogue: Catalogue, changes: dict[str, object], problem: str
) -> None:
    with pytest.raises(ValueError, match=problem) as caught:
        plan_for(catalogue, "ankle-extension", **changes)
    assert "ankle-extension" in str(caught.value)


def test_negative_pace_raises_value_error(catalogue: Catalogue) -> None:
    with pytest.raises(ValueError, match="negative"):
        plan_for(catalogue, "toe-pulling", pace_seconds=-2)


@pytest.mark.parametrize(
    ("exercise_id", "choice", "painful", "feet"),
    [
        ("calf-stretch", None, None, [Foot.LEFT, Foot.RIGHT]),
        ("calf-stretch", FeetChoice.RIGHT, None, [Foot.RIGHT]),
        ("calf-stretch", FeetChoice.PAINFUL, Foot.LEFT, [Foot.LEFT]),
        ("ankle-extension", None, None, [Foot.AFFECTED]),
        ("ankle-extension", None, Foot.RIGHT, [Foot.RIGHT]),
        ("ankle-extension", FeetChoice.BOTH, Foot.RIGHT, [Foot.LEFT, Foot.RIGHT]),
        ("achilles-stretch", FeetChoice.LEFT, None, [None]),  # both feet on the step at once
    ],
)
def test_the_feet_worked_follow_the_users_choice(
    catalogue: Catalogue,
    exercise_id: str,
    choice: FeetChoice | None,
    painful: Foot | None,
    feet: list[Foot | None],
) -> None:
    exercise = catalogue.get(exercise_id)
    dose = replace(Dose.default_for(exercise), feet=choice)
    plan = build_plan(exercise, dose, painful)
    worked = list(dict.fromkeys(s.position.foot for s in plan.steps if s.position.rep))
    assert worked == feet
    switches = [s for s in plan.steps if s.kind is StepKind.SWITCH]
    assert len(switches) == len(feet) - 1
