"""The user's own dose in words, every value outside the catalogue's range marked.

One way to show a dose wherever one is shown (the main window's list and details, the session,
History, the PDF, ``--list``): a visible mark (⚠) with the suggested range beside the value, and
the same in words for screen readers ("60 s, outside the source's 5 to 10 s"), so it never rests
on a symbol alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from footcare_gui.core.catalogue import Amount, Catalogue, Exercise, PhaseKind, localized
from footcare_gui.core.describe import dose_line, feet_text, times_a_day
from footcare_gui.core.doses import dose_warnings
from footcare_gui.core.i18n import Context, upper_first
from footcare_gui.core.plan import Dose, Painful

DoseViewText = Context("DoseViewText")
MARK = "\N{WARNING SIGN}"


@dataclass(frozen=True)
class Marked:
    """A text with its out-of-range marks: as shown, and as a screen reader should say it."""

    shown: str
    spoken: str
    out_of_range: int = 0  # how many values are marked

    def __str__(self) -> str:
        return self.shown


def _range(amount: Amount, seconds: bool) -> tuple[str, str]:
    """(shown, spoken) range of an out-of-range value: "⚠ source 5-10 s"."""
    low, high = amount.minimum, amount.maximum
    if amount.range_from_source:
        shown = (
            DoseViewText.tr("{mark} source {low}–{high} s")  # noqa: RUF001
            if seconds
            else DoseViewText.tr("{mark} source {low}–{high}")  # noqa: RUF001
        )
        spoken = (
            DoseViewText.tr("outside the source's {low} to {high} seconds")
            if seconds
            else DoseViewText.tr("outside the source's {low} to {high}")
        )
    else:
        shown = (
            DoseViewText.tr("{mark} usual {low}–{high} s")  # noqa: RUF001
            if seconds
            else DoseViewText.tr("{mark} usual {low}–{high}")  # noqa: RUF001
        )
        spoken = (
            DoseViewText.tr("outside Footcare's usual {low} to {high} seconds")
            if seconds
            else DoseViewText.tr("outside Footcare's usual {low} to {high}")
        )
    return shown.format(mark=MARK, low=low, high=high), spoken.format(low=low, high=high)


def _value(text: str, amount: Amount | None, value: int | None, seconds: bool = False) -> Marked:
    if amount is None or value is None or amount.minimum <= value <= amount.maximum:
        return Marked(text, text)
    shown, spoken = _range(amount, seconds)
    return Marked(
        DoseViewText.tr("{value} ({range})").format(value=text, range=shown),
        DoseViewText.tr("{value}, {range}").format(value=text, range=spoken),
        1,
    )


def dose_parts(
    exercise: Exercise, dose: Dose | None = None, painful: Painful = None
) -> list[Marked]:
    """Every value of the dose, in order: each timed step's seconds (or the pace), reps, sets,
    rest between sets, feet, times a day."""
    dose = dose or Dose.default_for(exercise)
    shown = localized(exercise)
    parts: list[Marked] = []
    for phase, seconds in zip(shown.phases, dose.phase_seconds, strict=True):
        if phase.counted:
            if dose.pace_seconds:
                text = DoseViewText.tr("{phase}: counted, every {seconds} s").format(
                    phase=phase.label, seconds=dose.pace_seconds
                )
            else:
                text = DoseViewText.tr("{phase}: counted, at your own pace").format(
                    phase=phase.label
                )
            parts.append(_value(text, exercise.pace_seconds, dose.pace_seconds, seconds=True))
        elif (seconds or _outside(phase.seconds, seconds)) and not (
            phase.kind is PhaseKind.RELAX and dose.reps == 1
        ):  # a step of 0 s is left out, unless 0 is outside its range ("Relax: 0 s ⚠")
            text = DoseViewText.tr("{phase}: {seconds} s").format(
                phase=phase.label, seconds=seconds
            )
            parts.append(_value(text, phase.seconds, seconds, seconds=True))
    reps = _value(DoseViewText.tr("%n rep(s)", None, dose.reps), exercise.reps, dose.reps)
    sets = _value(DoseViewText.tr("%n set(s)", None, dose.sets), exercise.sets, dose.sets)
    if dose.sets > 1 or sets.out_of_range:
        both = DoseViewText.tr("{reps} × {sets}")
        parts.append(
            Marked(
                both.format(reps=reps.shown, sets=sets.shown),
                both.format(reps=reps.spoken, sets=sets.spoken),
                reps.out_of_range + sets.out_of_range,
            )
        )
    else:
        parts.append(reps)
    if dose.sets > 1 and dose.rest_seconds:
        rest = DoseViewText.tr("Rest {seconds} s between sets").format(seconds=dose.rest_seconds)
        parts.append(_value(rest, exercise.rest_seconds, dose.rest_seconds, seconds=True))
    feet = feet_text(exercise, dose, painful)
    parts.append(Marked(feet, feet))
    day = times_a_day(exercise.per_day.default)
    parts.append(Marked(day, day))
    return parts


def marked_dose_line(
    exercise: Exercise, dose: Dose | None = None, painful: Painful = None
) -> Marked:
    """The whole dose on one line: "Hold the stretch: 60 s (⚠ source 30-60 s) · 1 rep · ..."."""
    parts = dose_parts(exercise, dose, painful)
    separator = DoseViewText.tr(" · ", "separates the parts of a line")
    return Marked(
        separator.join(part.shown for part in parts),
        DoseViewText.tr("; ", "separates the parts of a spoken dose").join(
            part.spoken for part in parts
        ),
        sum(part.out_of_range for part in parts),
    )


def marked_dose_lines(
    exercise: Exercise, dose: Dose | None = None, painful: Painful = None
) -> list[Marked]:
    """The same, a line per value (first letters upper case), for a details pane."""
    return [
        Marked(upper_first(part.shown), upper_first(part.spoken), part.out_of_range)
        for part in dose_parts(exercise, dose, painful)
    ]


def out_of_range_count(exercise: Exercise, dose: Dose | None) -> int:
    return len(dose_warnings(exercise, dose)) if dose is not None else 0


def short_marked_dose_line(
    exercise: Exercise, dose: Dose | None = None, painful: Painful = None
) -> Marked:
    """The list's short line ("3 × 8 · painful foot · once a day"), after every value outside
    its range with the mark and the range: first, so that a narrow list never cuts them off.
    Each value is said once: when a marked part already gives the line's amount (the single
    hold's seconds, the reps or sets), the line goes on with the feet and times a day."""
    dose = dose or Dose.default_for(exercise)
    line = dose_line(exercise, dose, painful)
    marked = [part for part in dose_parts(exercise, dose, painful) if part.out_of_range]
    if marked and _amount_marked(exercise, dose):
        line = DoseViewText.tr(" · ", "separates the parts of a line").join(
            [feet_text(exercise, dose, painful), times_a_day(exercise.per_day.default)]
        )
    separator = DoseViewText.tr(" · ", "separates the parts of a line")
    return Marked(
        separator.join([*(part.shown for part in marked), line]),
        DoseViewText.tr("; ", "separates the parts of a spoken dose").join(
            [*(part.spoken for part in marked), line]
        ),
        len(marked),
    )


def _outside(amount: Amount | None, value: int) -> bool:
    return amount is not None and not amount.minimum <= value <= amount.maximum


def _amount_marked(exercise: Exercise, dose: Dose) -> bool:
    """Whether the short line's amount (describe.dose_line) is a value marked out of range."""
    reps_or_sets = _outside(exercise.reps, dose.reps) or _outside(exercise.sets, dose.sets)
    if exercise.counted or dose.sets > 1 or dose.reps > 1:
        # "25 reps per foot", "3 × 8", "8 reps": the reps part gives the sets too when marked
        return _outside(exercise.reps, dose.reps) if dose.sets == 1 else reps_or_sets
    held = [(phase, s) for phase, s in zip(exercise.phases, dose.phase_seconds, strict=True) if s]
    return bool(held) and _outside(held[0][0].seconds, held[0][1])  # "30 s hold"


def routine_warnings(
    catalogue: Catalogue, exercise_ids: Iterable[str], doses: Mapping[str, Dose]
) -> list[str]:
    """One line per value outside its range in a routine's doses: "Calf stretch: Hold the
    stretch: 90 s is outside the source's 30-60 s"."""
    lines = []
    for ident in exercise_ids:
        exercise = catalogue.get(ident)
        dose = doses.get(ident) or Dose.default_for(exercise)
        name = localized(exercise).name
        for warning in dose_warnings(exercise, dose):
            lines.append(
                DoseViewText.tr("{exercise}: {warning}").format(
                    exercise=name, warning=warning.message
                )
            )
    return lines
