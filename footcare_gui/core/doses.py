"""A user's own dose for an exercise: hard limits that are refused, and warnings that are not.

Two kinds of bounds apply. The hard limits below are what the app can run at all and are
refused. The catalogue's ranges are what the source (or Footcare, where the source is silent)
suggests; a dose outside them is allowed, because a clinician may prescribe it, but each such
value gets a warning that states the suggested range and where it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from footcare_gui.core.catalogue import Amount, Exercise, Origin, PhaseKind, Sides, localized
from footcare_gui.core.i18n import Context
from footcare_gui.core.plan import DEFAULT_FEET, Dose

REPS_MAX = 500
SETS_MAX = 20
PHASE_SECONDS_MAX = 600  # ten minutes: anything longer in one phase is a typing slip
REST_SECONDS_MAX = 600
PACE_SECONDS_MAX = 60
DASH = "\u2013"  # the en dash of a range, as in "30 to 60 s" written short

DosesText = Context("DosesText")


class DoseError(ValueError):
    """A dose the app refuses; the message names the value and the allowed range."""


def phase_minimum(exercise: Exercise, index: int) -> int:
    """A hold or a move must last; a relax may be 0 (it is then left out of the plan)."""
    return 0 if exercise.phases[index].kind is PhaseKind.RELAX else 1


def feet_apply(exercise: Exercise) -> bool:
    """Only exercises done one foot at a time offer a choice of feet."""
    return exercise.sides is not Sides.TOGETHER


def check_dose(exercise: Exercise, dose: Dose) -> None:
    """Raises :class:`DoseError` if the dose breaks a hard limit or does not fit the exercise."""
    exercise = localized(exercise)
    if len(dose.phase_seconds) != len(exercise.phases):
        raise DoseError(
            DosesText.tr("{exercise}: expected {expected} phase times, not {given}").format(
                exercise=exercise.name,
                expected=len(exercise.phases),
                given=len(dose.phase_seconds),
            )
        )
    _within(DosesText.tr("Reps"), dose.reps, 1, REPS_MAX)
    _within(DosesText.tr("Sets"), dose.sets, 1, SETS_MAX)
    _within(DosesText.tr("Rest"), dose.rest_seconds, 0, REST_SECONDS_MAX, " s")
    _within(DosesText.tr("Pace"), dose.pace_seconds, 0, PACE_SECONDS_MAX, " s")
    for index, (phase, seconds) in enumerate(zip(exercise.phases, dose.phase_seconds, strict=True)):
        if phase.counted:
            if seconds is not None:
                raise DoseError(
                    DosesText.tr("{phase}: a counted phase has no seconds; set a pace").format(
                        phase=phase.label
                    )
                )
            continue
        if seconds is None:
            raise DoseError(
                DosesText.tr("{phase}: needs a number of seconds").format(phase=phase.label)
            )
        _within(phase.label, seconds, phase_minimum(exercise, index), PHASE_SECONDS_MAX, " s")
    if dose.feet is not None and not feet_apply(exercise):
        raise DoseError(
            DosesText.tr("{exercise} works both feet at once: there is no choice of feet").format(
                exercise=exercise.name
            )
        )


def normalised(exercise: Exercise, dose: Dose) -> Dose:
    """The same dose written one way, so "as the catalogue says" compares equal to the default."""
    feet = dose.feet
    if not feet_apply(exercise) or feet is DEFAULT_FEET.get(exercise.sides):
        feet = None
    pace = dose.pace_seconds if exercise.counted else 0
    return replace(dose, feet=feet, pace_seconds=pace)


def is_default(exercise: Exercise, dose: Dose) -> bool:
    return normalised(exercise, dose) == Dose.default_for(exercise)


@dataclass(frozen=True)
class DoseWarning:
    """A value outside the catalogue's range: allowed, but said."""

    field: str  # "reps", "sets", "rest_seconds", "pace_seconds" or "phase_seconds[i]"
    label: str
    value: int
    amount: Amount
    unit: str = ""

    @property
    def message(self) -> str:
        return range_warning(self.label, self.value, self.amount, seconds=bool(self.unit))


def range_warning(label: str, value: int, amount: Amount, seconds: bool = False) -> str:
    """ "Relax: 40 s is outside Footcare's usual range 10-30 s; the source gives 10 s": worded
    by where each number comes from (catalogue.toml marks the default and each bound)."""
    if amount.range_from_source:
        if seconds:
            text = DosesText.tr("{label}: {value} s is outside the source's {low}–{high} s")  # noqa: RUF001
        else:
            text = DosesText.tr("{label}: {value} is outside the source's {low}–{high}")  # noqa: RUF001
    elif Origin.SOURCE in (amount.min_origin, amount.max_origin):  # one bound is the source's
        if seconds:
            text = DosesText.tr(
                "{label}: {value} s is outside {low}–{high} s (the source gives {given} s; "  # noqa: RUF001
                "Footcare chose the other end)"
            )
        else:
            text = DosesText.tr(
                "{label}: {value} is outside {low}–{high} (the source gives {given}; "  # noqa: RUF001
                "Footcare chose the other end)"
            )
    elif amount.origin is Origin.SOURCE:
        if seconds:
            text = DosesText.tr(
                "{label}: {value} s is outside Footcare's usual range {low}–{high} s; "  # noqa: RUF001
                "the source gives {default} s"
            )
        else:
            text = DosesText.tr(
                "{label}: {value} is outside Footcare's usual range {low}–{high}; "  # noqa: RUF001
                "the source gives {default}"
            )
    elif seconds:
        text = DosesText.tr(
            "{label}: {value} s is outside Footcare's suggested {low}–{high} s "  # noqa: RUF001
            "(the source gives no number)"
        )
    else:
        text = DosesText.tr(
            "{label}: {value} is outside Footcare's suggested {low}–{high} "  # noqa: RUF001
            "(the source gives no number)"
        )
    given = amount.minimum if amount.min_origin is Origin.SOURCE else amount.maximum
    return text.format(
        label=label,
        value=value,
        low=amount.minimum,
        high=amount.maximum,
        default=amount.default,
        given=given,
    )


def dose_warnings(exercise: Exercise, dose: Dose) -> list[DoseWarning]:
    """Every value of the dose outside the catalogue's range, in the order the editor shows them."""
    exercise = localized(exercise)
    checks: list[tuple[str, str, int | None, Amount | None, str]] = []
    for index, (phase, seconds) in enumerate(zip(exercise.phases, dose.phase_seconds, strict=True)):
        if phase.kind is PhaseKind.RELAX and dose.reps == 1:
            continue  # with one rep no relax runs (plan.py), as no rest runs with one set
        if not phase.counted:
            checks.append((f"phase_seconds[{index}]", phase.label, seconds, phase.seconds, " s"))
    checks.append(("reps", DosesText.tr("Reps"), dose.reps, exercise.reps, ""))
    checks.append(("sets", DosesText.tr("Sets"), dose.sets, exercise.sets, ""))
    if dose.sets > 1:  # rest only happens between sets
        rest = DosesText.tr("Rest")
        checks.append(("rest_seconds", rest, dose.rest_seconds, exercise.rest_seconds, " s"))
    if exercise.counted:
        pace = DosesText.tr("Pace")
        checks.append(("pace_seconds", pace, dose.pace_seconds, exercise.pace_seconds, " s"))
    return [
        DoseWarning(field, label, value, amount, unit)
        for field, label, value, amount, unit in checks
        if amount is not None
        and value is not None
        and not amount.minimum <= value <= amount.maximum
    ]


def _within(label: str, value: int, low: int, high: int, unit: str = "") -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        if unit:
            text = DosesText.tr("{label}: must be from {low} to {high} s, not {value} s")
        else:
            text = DosesText.tr("{label}: must be from {low} to {high}, not {value}")
        raise DoseError(text.format(label=label, low=low, high=high, value=value))
