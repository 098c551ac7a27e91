"""Compiles an exercise and its dose into a timeline of steps.

A timeline is the whole session written out in advance: get ready, then every phase of every
rep of every set, for each side, with rests between sets and a "switch foot" step between
sides. The session engine only walks it; all the counting lives here, where it is easy to test.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

from footcare_gui.core.catalogue import Exercise, PhaseKind, Sides, localized
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, Context, translate

PlanText = Context("PlanText")

PREPARE_SECONDS = 5  # app's choice: time to get into position before the first step
SWITCH_SECONDS = 10  # app's choice: time to change feet
SELF_PACED_ESTIMATE_SECONDS = 3  # app's estimate of one self-paced rep, for "time left" only
TRANSITION_SECONDS = 15  # app's choice: between exercises of a routine, to read what is next
ROUTINE_ID = "routine"  # the exercise_id of a routine's plan; each segment keeps its own id


class StepKind(Enum):
    PREPARE = "prepare"
    HOLD = "hold"
    RELAX = "relax"
    MOVE = "move"
    REST = "rest"
    SWITCH = "switch"


class Foot(Enum):
    LEFT = "left"
    RIGHT = "right"
    AFFECTED = "affected"  # the painful foot, whichever it is


# English names, marked for translation: show them through foot_name().
FOOT_NAMES = {
    Foot.LEFT: QT_TRANSLATE_NOOP("PlanText", "left foot"),
    Foot.RIGHT: QT_TRANSLATE_NOOP("PlanText", "right foot"),
    Foot.AFFECTED: QT_TRANSLATE_NOOP("PlanText", "painful foot"),
}


def foot_name(foot: Foot) -> str:
    """ "left foot", "right foot" or "painful foot" in the user's language."""
    return translate("PlanText", FOOT_NAMES[foot])


class FeetChoice(Enum):
    """Which feet a user works, for exercises done one foot at a time."""

    BOTH = "both"  # each foot in turn
    LEFT = "left"
    RIGHT = "right"
    PAINFUL = "painful"  # the painful foot, as set once in Preferences


DEFAULT_FEET = {Sides.EACH: FeetChoice.BOTH, Sides.AFFECTED: FeetChoice.PAINFUL}

# The user's painful foot: LEFT, RIGHT, both (each in turn) or None (not said / not sure).
BOTH_PAINFUL: tuple[Foot, Foot] = (Foot.LEFT, Foot.RIGHT)
Painful = Foot | tuple[Foot, Foot] | None


def painful_from_setting(value: str) -> Painful:
    """What Settings.painful_foot ("left", "right", "both" or "") means for a plan."""
    return {"left": Foot.LEFT, "right": Foot.RIGHT, "both": BOTH_PAINFUL}.get(value)


@dataclass(frozen=True)
class Dose:
    """How much of an exercise to do; defaults come from the catalogue."""

    reps: int
    sets: int
    phase_seconds: tuple[int | None, ...]  # one per phase; None for a counted phase
    rest_seconds: int
    pace_seconds: int = 0  # counted phases: 0 waits for the user, otherwise seconds per rep
    prepare_seconds: int = PREPARE_SECONDS
    switch_seconds: int = SWITCH_SECONDS
    feet: FeetChoice | None = None  # None: as the catalogue says; ignored for both-feet exercises

    @classmethod
    def default_for(cls, exercise: Exercise) -> Dose:
        return cls(
            reps=exercise.reps.default,
            sets=exercise.sets.default,
            phase_seconds=tuple(p.seconds.default if p.seconds else None for p in exercise.phases),
            rest_seconds=exercise.rest_seconds.default,
            pace_seconds=exercise.pace_seconds.default if exercise.pace_seconds else 0,
        )


@dataclass(frozen=True)
class Position:
    """Where a step sits in the session: rep i of n, set j of m, which foot."""

    rep: int = 0  # 1-based; 0 for steps outside a rep (prepare, rest, switch)
    reps: int = 0
    set: int = 0
    sets: int = 0
    foot: Foot | None = None
    side: int = 0  # 1-based index of the foot in this session
    sides: int = 0


@dataclass(frozen=True)
class Step:
    index: int
    kind: StepKind
    label: str
    instruction: str
    duration_ms: int | None  # None: a counted rep that waits for the user
    position: Position
    counted: bool = False
    segment: int = 0  # index into Plan.segments: which exercise of a routine this step belongs to
    phase: int = -1  # index into the exercise's phases for rep work; -1 for the other steps

    @property
    def timed(self) -> bool:
        return self.duration_ms is not None

    @property
    def is_rep_work(self) -> bool:
        """A step that is part of the exercise itself (not getting ready, resting or switching)."""
        return self.kind in (StepKind.HOLD, StepKind.RELAX, StepKind.MOVE)


@dataclass(frozen=True)
class Segment:
    """One exercise's run of steps within a plan; a routine has one per exercise."""

    exercise_id: str
    exercise_name: str
    first_index: int
    last_index: int  # inclusive

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and self.first_index <= index <= self.last_index

    @property
    def indices(self) -> range:
        return range(self.first_index, self.last_index + 1)


@dataclass(frozen=True)
class Plan:
    exercise_id: str
    exercise_name: str
    steps: tuple[Step, ...]
    # Left empty, a plan is one exercise: one segment over all its steps.
    segments: tuple[Segment, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.segments and self.steps:
            whole = Segment(self.exercise_id, self.exercise_name, 0, len(self.steps) - 1)
            object.__setattr__(self, "segments", (whole,))

    def __len__(self) -> int:
        return len(self.steps)

    def estimated_ms(self, step: Step) -> int:
        if step.duration_ms is not None:
            return step.duration_ms
        return SELF_PACED_ESTIMATE_SECONDS * 1000

    @property
    def total_ms(self) -> int:
        """Planned length, with self-paced reps at their estimate."""
        return sum(self.estimated_ms(step) for step in self.steps)

    @property
    def has_estimates(self) -> bool:
        return any(not step.timed for step in self.steps)

    def segment_of(self, step: Step) -> Segment:
        return self.segments[step.segment]

    def is_transition(self, step: Step) -> bool:
        """The get-ready that opens every exercise of a routine after the first."""
        return step.segment > 0 and step.index == self.segments[step.segment].first_index


def feet_for(
    sides: Sides, choice: FeetChoice | None = None, painful: Painful = None
) -> list[Foot | None]:
    """The feet a session works, in order; [None] when both work at once.

    ``painful`` is the user's painful foot (LEFT, RIGHT or BOTH_PAINFUL) if they have said.
    """
    if sides is Sides.TOGETHER:
        return [None]
    choice = choice or DEFAULT_FEET[sides]
    if choice is FeetChoice.BOTH:
        return [Foot.LEFT, Foot.RIGHT]
    if choice is FeetChoice.LEFT:
        return [Foot.LEFT]
    if choice is FeetChoice.RIGHT:
        return [Foot.RIGHT]
    if painful == BOTH_PAINFUL:
        return [Foot.LEFT, Foot.RIGHT]
    return [painful if painful in (Foot.LEFT, Foot.RIGHT) else Foot.AFFECTED]


def build_plan(exercise: Exercise, dose: Dose | None = None, painful: Painful = None) -> Plan:
    """``painful``: the user's painful foot, if known, for doses on "the painful foot".

    The steps' texts are in the user's language (the exercise is :func:`localized` here)."""
    exercise = localized(exercise)
    dose = dose or Dose.default_for(exercise)
    if len(dose.phase_seconds) != len(exercise.phases):
        raise ValueError(f"{exercise.id}: the dose gives {len(dose.phase_seconds)} phase times")
    if dose.reps < 1 or dose.sets < 1:
        raise ValueError(f"{exercise.id}: reps and sets must be at least 1")
    times = (dose.rest_seconds, dose.pace_seconds, dose.prepare_seconds, dose.switch_seconds)
    if any(s < 0 for s in (*times, *dose.phase_seconds) if s is not None):
        raise ValueError(f"{exercise.id}: a time in the dose is negative")
    feet = feet_for(exercise.sides, dose.feet, painful)
    steps: list[Step] = []

    def add(
        kind: StepKind,
        label: str,
        instruction: str,
        seconds: int | None,
        position: Position,
        counted: bool = False,
        phase: int = -1,
    ) -> None:
        duration = None if seconds is None else seconds * 1000
        steps.append(
            Step(len(steps), kind, label, instruction, duration, position, counted, phase=phase)
        )

    def where(foot: Foot | None, side: int, set_number: int = 0, rep: int = 0) -> Position:
        reps = dose.reps if rep else 0
        return Position(rep, reps, set_number, dose.sets, foot, side, len(feet))

    add(
        StepKind.PREPARE,
        PlanText.tr("Get ready"),
        _setup_instruction(exercise, feet[0]),
        dose.prepare_seconds,
        where(feet[0], 1, 1),
    )
    for side, foot in enumerate(feet, start=1):
        if side > 1:
            add(
                StepKind.SWITCH,
                _switch_label(foot),
                _setup_instruction(exercise, foot),
                dose.switch_seconds,
                where(foot, side, 1),
            )
        for set_number in range(1, dose.sets + 1):
            if set_number > 1 and dose.rest_seconds > 0:
                add(
                    StepKind.REST,
                    PlanText.tr("Rest"),
                    PlanText.tr("Rest before set {set} of {sets}. Let the foot relax.").format(
                        set=set_number, sets=dose.sets
                    ),
                    dose.rest_seconds,
                    where(foot, side, set_number),
                )
            for rep in range(1, dose.reps + 1):
                for number, (phase, seconds) in enumerate(
                    zip(exercise.phases, dose.phase_seconds, strict=True), start=1
                ):
                    # A relax that ends the last rep of a set runs into the rest, switch or end.
                    trailing = rep == dose.reps and number == len(exercise.phases)
                    if trailing and phase.kind is PhaseKind.RELAX:
                        continue
                    if phase.counted:
                        seconds = dose.pace_seconds or None
                    elif not seconds:
                        continue
                    add(
                        StepKind(phase.kind.value),
                        phase.label,
                        phase.instruction,
                        seconds,
                        where(foot, side, set_number, rep),
                        phase.counted,
                        number - 1,
                    )
    return Plan(exercise.id, exercise.name, tuple(steps))


def build_routine_plan(
    items: Sequence[tuple[Exercise, Dose]], painful: Painful = None, name: str = ""
) -> Plan:
    """Several exercises as one session, each a segment; between them a transition says what
    comes next, where to stand and what to do first, with time to get there.

    ``name``: the routine's name; "" is "Routine" in the user's language."""
    name = name or PlanText.tr("Routine")
    if not items:
        raise ValueError(PlanText.tr("routine '{name}' has no exercises").format(name=name))
    steps: list[Step] = []
    segments: list[Segment] = []
    for number, (original, dose) in enumerate(items):
        exercise = localized(original)
        part = build_plan(exercise, dose, painful).steps
        if number > 0:
            part = (_transition(exercise, part[0]), *part[1:])
        first = len(steps)
        steps += [replace(s, index=first + i, segment=number) for i, s in enumerate(part)]
        segments.append(Segment(exercise.id, exercise.name, first, len(steps) - 1))
    return Plan(ROUTINE_ID, name, tuple(steps), tuple(segments))


def _transition(exercise: Exercise, prepare: Step) -> Step:
    assert prepare.kind is StepKind.PREPARE
    if exercise.steps:
        instruction = PlanText.tr("{position} First: {first_step}").format(
            position=exercise.position, first_step=exercise.steps[0]
        )
    else:
        instruction = exercise.position
    return replace(
        prepare,
        label=PlanText.tr("Next: {exercise}").format(exercise=exercise.name),
        instruction=instruction,
        duration_ms=TRANSITION_SECONDS * 1000,
    )


def _setup_instruction(exercise: Exercise, foot: Foot | None) -> str:
    if foot is None:
        return exercise.position
    working = {
        Foot.LEFT: PlanText.tr("{position} Working foot: your left foot."),
        Foot.RIGHT: PlanText.tr("{position} Working foot: your right foot."),
        Foot.AFFECTED: PlanText.tr("{position} Working foot: your painful foot."),
    }[foot]
    return working.format(position=exercise.position)


def _switch_label(foot: Foot | None) -> str:
    if foot is None:
        return PlanText.tr("Switch")
    return {
        Foot.LEFT: PlanText.tr("Switch to your left foot"),
        Foot.RIGHT: PlanText.tr("Switch to your right foot"),
        Foot.AFFECTED: PlanText.tr("Switch to your painful foot"),
    }[foot]
