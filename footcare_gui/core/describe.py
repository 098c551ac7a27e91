"""Short human descriptions of doses, positions and durations, shared by the CLI and the views."""

from __future__ import annotations

from footcare_gui.core.catalogue import Exercise, PhaseKind, Sides, localized
from footcare_gui.core.i18n import Context, upper_first
from footcare_gui.core.plan import (
    BOTH_PAINFUL,
    DEFAULT_FEET,
    Dose,
    FeetChoice,
    Foot,
    Painful,
    Position,
    Step,
    StepKind,
)

DescribeText = Context("DescribeText")


def _feet_choice_text(choice: FeetChoice) -> str:
    return {
        FeetChoice.BOTH: DescribeText.tr("each foot"),
        FeetChoice.LEFT: DescribeText.tr("left foot"),
        FeetChoice.RIGHT: DescribeText.tr("right foot"),
        FeetChoice.PAINFUL: DescribeText.tr("painful foot"),
    }[choice]


def feet_text(exercise: Exercise, dose: Dose | None = None, painful: Painful = None) -> str:
    """ "each foot", "both feet" (at once), "left foot", "painful foot" (when not said which)."""
    if exercise.sides is Sides.TOGETHER:
        return DescribeText.tr("both feet")
    return _feet_choice_text(_feet_choice(exercise, dose, painful))


def _feet_choice(exercise: Exercise, dose: Dose | None, painful: Painful = None) -> FeetChoice:
    """The dose's choice, with "the painful foot" resolved where the user has said which."""
    choice = (dose.feet if dose else None) or DEFAULT_FEET[exercise.sides]
    if choice is FeetChoice.PAINFUL:
        resolved = {Foot.LEFT: FeetChoice.LEFT, Foot.RIGHT: FeetChoice.RIGHT}
        if painful == BOTH_PAINFUL:
            return FeetChoice.BOTH
        if isinstance(painful, Foot) and painful in resolved:
            return resolved[painful]
    return choice


def times_a_day(count: int) -> str:
    if count == 1:
        return DescribeText.tr("once a day")
    if count == 2:
        return DescribeText.tr("twice a day")
    return DescribeText.tr("%n times a day", None, count)


def seconds_shown(ms: int) -> int:
    """Whole seconds as a countdown shows them: rounded up, so it never shows 0 early."""
    return -(-ms // 1000)


def clock_text(ms: int) -> str:
    """0:05, 1:30, 1:02:03 — whole seconds, rounded up like :func:`seconds_shown`."""
    seconds = seconds_shown(ms)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"


def dose_line(exercise: Exercise, dose: Dose | None = None, painful: Painful = None) -> str:
    """One line for a list: "3 × 8 · painful foot · once a day" ("left foot" once said)."""
    dose = dose or Dose.default_for(exercise)
    per_foot = exercise.sides is not Sides.TOGETHER and (
        _feet_choice(exercise, dose, painful) is FeetChoice.BOTH
    )
    if exercise.counted and dose.sets == 1:  # with more sets, "2 × 25" below
        if per_foot:
            amount = DescribeText.tr("%n rep(s) per foot", None, dose.reps)
        else:
            amount = DescribeText.tr("%n rep(s)", None, dose.reps)
    elif dose.sets == 1 and dose.reps == 1:
        hold = next((s for s in dose.phase_seconds if s), 0)
        amount = DescribeText.tr("{seconds} s hold").format(seconds=hold)
    elif dose.sets > 1:
        amount = DescribeText.tr("{sets} × {reps}").format(sets=dose.sets, reps=dose.reps)
    else:
        amount = DescribeText.tr("%n rep(s)", None, dose.reps)
    parts = [amount]
    if not (exercise.counted and per_foot and dose.sets == 1):
        parts.append(feet_text(exercise, dose, painful))
    parts.append(times_a_day(exercise.per_day.default))
    return DescribeText.tr(" · ", "separates the parts of a line").join(parts)


def dose_details(
    exercise: Exercise, dose: Dose | None = None, painful: Painful = None
) -> list[str]:
    """The full dose, a line per fact, for the detail pane."""
    dose = dose or Dose.default_for(exercise)
    exercise = localized(exercise)
    lines = []
    for phase, seconds in zip(exercise.phases, dose.phase_seconds, strict=True):
        if phase.kind is PhaseKind.RELAX and dose.reps == 1:
            continue  # with one rep there is nothing to relax between
        if phase.counted:
            if dose.pace_seconds:
                line = DescribeText.tr("{phase}: counted, every {seconds} s")
            else:
                line = DescribeText.tr("{phase}: counted, at your own pace")
            lines.append(line.format(phase=phase.label, seconds=dose.pace_seconds))
        elif seconds:
            lines.append(
                DescribeText.tr("{phase}: {seconds} s").format(phase=phase.label, seconds=seconds)
            )
    if dose.sets > 1:
        lines.append(
            DescribeText.tr("%n rep(s) × {sets} sets", None, dose.reps).format(sets=dose.sets)
        )
    else:
        lines.append(DescribeText.tr("%n rep(s)", None, dose.reps))
    if dose.sets > 1 and dose.rest_seconds:
        lines.append(
            DescribeText.tr("Rest {seconds} s between sets").format(seconds=dose.rest_seconds)
        )
    lines.append(upper_first(feet_text(exercise, dose, painful)))
    lines.append(upper_first(times_a_day(exercise.per_day.default)))
    return lines


def _foot_in_position(foot: Foot) -> str:
    return {
        Foot.LEFT: DescribeText.tr("Left foot"),
        Foot.RIGHT: DescribeText.tr("Right foot"),
        Foot.AFFECTED: DescribeText.tr("Painful foot"),
    }[foot]


def position_text(position: Position) -> str:
    """ "Rep 3 of 8 · Set 1 of 3 · Left foot", leaving out what does not apply."""
    parts = []
    if position.reps > 1:
        parts.append(
            DescribeText.tr("Rep {rep} of {reps}").format(rep=position.rep, reps=position.reps)
        )
    if position.sets > 1:
        parts.append(
            DescribeText.tr("Set {set} of {sets}").format(set=position.set, sets=position.sets)
        )
    if position.foot is not None:
        foot = _foot_in_position(position.foot)
        if position.sides > 1:
            foot = DescribeText.tr("{foot} ({side} of {sides})").format(
                foot=foot, side=position.side, sides=position.sides
            )
        parts.append(foot)
    return DescribeText.tr(" · ", "separates the parts of a line").join(parts)


def step_brief(step: Step) -> str:
    """What comes next, in a few words: "Relax · 10 s", "Pull · rep 2 of 25"."""
    position = step.position
    if step.duration_ms is None:
        return DescribeText.tr("{step} · rep {rep} of {reps}").format(
            step=step.label, rep=position.rep, reps=position.reps
        )
    seconds = step.duration_ms // 1000
    if step.kind in (StepKind.HOLD, StepKind.MOVE) and position.reps > 1:
        return DescribeText.tr("{step} · {seconds} s · rep {rep} of {reps}").format(
            step=step.label, seconds=seconds, rep=position.rep, reps=position.reps
        )
    return DescribeText.tr("{step} · {seconds} s").format(step=step.label, seconds=seconds)
