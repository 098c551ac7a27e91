"""Short human descriptions of doses, positions and durations, shared by the CLI and the views."""

from __future__ import annotations

from footcare_gui.core.catalogue import Exercise, PhaseKind, Sides
from footcare_gui.core.plan import (
    DEFAULT_FEET,
    FOOT_NAMES,
    Dose,
    FeetChoice,
    Position,
    Step,
    StepKind,
)

_TIMES_A_DAY = {1: "once a day", 2: "twice a day"}
_FEET = {
    FeetChoice.BOTH: "each foot",
    FeetChoice.LEFT: "left foot",
    FeetChoice.RIGHT: "right foot",
    FeetChoice.PAINFUL: "painful foot",
}


def feet_text(exercise: Exercise, dose: Dose | None = None) -> str:
    """ "each foot", "both feet" (at once), "left foot", "painful foot"."""
    if exercise.sides is Sides.TOGETHER:
        return "both feet"
    choice = (dose.feet if dose else None) or DEFAULT_FEET[exercise.sides]
    return _FEET[choice]


def times_a_day(count: int) -> str:
    return _TIMES_A_DAY.get(count, f"{count} times a day")


def seconds_shown(ms: int) -> int:
    """Whole seconds as a countdown shows them: rounded up, so it never shows 0 early."""
    return -(-ms // 1000)


def clock_text(ms: int) -> str:
    """0:05, 1:30, 1:02:03 — whole seconds, rounded up like :func:`seconds_shown`."""
    seconds = seconds_shown(ms)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"


def dose_line(exercise: Exercise, dose: Dose | None = None) -> str:
    """One line for a list: "3 × 8 · painful foot · once a day"."""
    dose = dose or Dose.default_for(exercise)
    feet = feet_text(exercise, dose)
    per_foot = feet == _FEET[FeetChoice.BOTH]
    if exercise.counted:
        amount = f"{dose.reps} reps"
        if per_foot:
            amount += " per foot"
    elif dose.sets == 1 and dose.reps == 1:
        hold = next((s for s in dose.phase_seconds if s), 0)
        amount = f"{hold} s hold"
    else:
        amount = f"{dose.sets} × {dose.reps}" if dose.sets > 1 else f"{dose.reps} reps"
    parts = [amount]
    if not (exercise.counted and per_foot):
        parts.append(feet)
    parts.append(times_a_day(exercise.per_day.default))
    return " · ".join(parts)


def dose_details(exercise: Exercise, dose: Dose | None = None) -> list[str]:
    """The full dose, a line per fact, for the detail pane."""
    dose = dose or Dose.default_for(exercise)
    lines = []
    for phase, seconds in zip(exercise.phases, dose.phase_seconds, strict=True):
        if phase.kind is PhaseKind.RELAX and dose.reps == 1:
            continue  # with one rep there is nothing to relax between
        if phase.counted:
            pace = f"every {dose.pace_seconds} s" if dose.pace_seconds else "at your own pace"
            lines.append(f"{phase.label}: counted, {pace}")
        elif seconds:
            lines.append(f"{phase.label}: {seconds} s")
    reps = f"{dose.reps} rep" + ("s" if dose.reps > 1 else "")
    lines.append(f"{reps} × {dose.sets} sets" if dose.sets > 1 else reps)
    if dose.sets > 1 and dose.rest_seconds:
        lines.append(f"Rest {dose.rest_seconds} s between sets")
    lines.append(feet_text(exercise, dose).capitalize())
    lines.append(times_a_day(exercise.per_day.default).capitalize())
    return lines


def position_text(position: Position) -> str:
    """ "Rep 3 of 8 · Set 1 of 3 · Left foot", leaving out what does not apply."""
    parts = []
    if position.reps > 1:
        parts.append(f"Rep {position.rep} of {position.reps}")
    if position.sets > 1:
        parts.append(f"Set {position.set} of {position.sets}")
    if position.foot is not None:
        foot = FOOT_NAMES[position.foot].capitalize()
        parts.append(
            f"{foot} ({position.side} of {position.sides})" if position.sides > 1 else foot
        )
    return " · ".join(parts)


def step_brief(step: Step) -> str:
    """What comes next, in a few words: "Relax · 10 s", "Pull · rep 2 of 25"."""
    if step.duration_ms is None:
        return f"{step.label} · rep {step.position.rep} of {step.position.reps}"
    seconds = step.duration_ms // 1000
    if step.kind in (StepKind.HOLD, StepKind.MOVE) and step.position.reps > 1:
        return f"{step.label} · {seconds} s · rep {step.position.rep} of {step.position.reps}"
    return f"{step.label} · {seconds} s"
