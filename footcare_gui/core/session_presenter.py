"""What the session screen says and in which colour, computed from the engine without Qt.

The live page shows a :class:`Frame` (the words of each label, the countdown's face, the colour
of the step), the summary page a :class:`SummaryText`; both are plain data, so what a user
reads at any moment is testable without a widget. Colours are "#rrggbb" names: ui/style.py
makes them QColors.
"""

from __future__ import annotations

from dataclasses import dataclass

from footcare_gui.core.describe import clock_text, position_text, seconds_shown, step_brief
from footcare_gui.core.i18n import Context
from footcare_gui.core.outcome import SessionOutcome
from footcare_gui.core.plan import Plan, Step
from footcare_gui.core.session import (
    SegmentStatus,
    SegmentSummary,
    Session,
    SessionState,
    Summary,
)
from footcare_gui.core.step_look import KIND_COLOURS, PAUSED_COLOUR, kind_word

SessionText = Context("SessionText")

# A word and a symbol for each outcome, so it never rests on colour alone.
STATUS_MARKS = {
    SegmentStatus.DONE: "\N{CHECK MARK}",
    SegmentStatus.PARTLY: "\N{CIRCLE WITH LEFT HALF BLACK}",
    SegmentStatus.SKIPPED: "\N{EN DASH}",
}


@dataclass(frozen=True)
class RingFace:
    """The countdown: the big number, how much of the ring is done, the word under it, and
    ``value`` of ``maximum`` for screen readers (seconds left of the step's, or rep of reps)."""

    text: str
    fraction: float
    caption: str
    value: int
    maximum: int


@dataclass(frozen=True)
class Frame:
    """Everything the live page shows of one moment of a session."""

    exercise_id: str
    paused: bool
    colour: str
    chip: str
    label: str
    instruction: str
    position: str
    next_up: str
    routine_position: str  # "Exercise 2 of 5 · Calf stretch"; empty for a single exercise
    ring: RingFace
    time_left: str
    minutes_left: int  # whole minutes, rounded up: what screen readers are told
    progress: int  # of 1000
    pause_text: str
    pause_tip: str
    first_step: bool


def frame_of(session: Session) -> Frame:
    step = session.step
    plan = session.plan
    paused = session.state is SessionState.PAUSED
    transition = plan.is_transition(step)
    word = (SessionText.tr("Up next") if transition else kind_word(step.kind)).upper()
    where = position_text(step.position)
    if transition:  # what is next, and where it sits in the routine
        where = " · ".join(filter(None, (exercise_number(plan, step), where)))
    routine_position = ""
    if is_routine(plan):
        routine_position = SessionText.tr("{number} · {exercise}").format(
            number=exercise_number(plan, step), exercise=plan.segment_of(step).exercise_name
        )
    if paused:
        pause_tip = SessionText.tr("Resume the timer (Space)")
    elif step.counted:
        pause_tip = SessionText.tr("Pause the timer (P)")
    else:
        pause_tip = SessionText.tr("Pause the timer (Space)")
    remaining = session.session_remaining_ms()
    left = clock_text(remaining)
    if plan.has_estimates:
        time_left = SessionText.tr("about {time} left").format(time=left)
    else:
        time_left = SessionText.tr("{time} left").format(time=left)
    return Frame(
        exercise_id=plan.segment_of(step).exercise_id,
        paused=paused,
        colour=PAUSED_COLOUR if paused else KIND_COLOURS[step.kind],
        chip=SessionText.tr("Paused · {kind}").format(kind=word) if paused else word,
        label=step.label,
        instruction=step.instruction,
        position=where,
        next_up=next_text(session),
        routine_position=routine_position,
        ring=_ring_face(session, paused, transition),
        time_left=time_left,
        minutes_left=-(-remaining // 60_000),
        progress=round(session.progress() * 1000),
        pause_text=SessionText.tr("Resume") if paused else SessionText.tr("Pause"),
        pause_tip=pause_tip,
        first_step=session.index == 0,
    )


def _ring_face(session: Session, paused: bool, transition: bool) -> RingFace:
    step = session.step
    remaining = session.remaining_ms()
    if remaining is None:  # a counted rep waits for the user
        position = step.position
        done = (position.rep - 1) / position.reps if position.reps else 0.0
        caption = (
            SessionText.tr("paused")
            if paused
            else SessionText.tr("of {reps} · press Space").format(reps=position.reps)
        )
        return RingFace(str(position.rep), done, caption, position.rep, position.reps)
    duration = step.duration_ms or 1
    if paused:
        caption = SessionText.tr("paused")
    elif transition:
        caption = SessionText.tr("seconds to get ready")
    else:
        caption = SessionText.tr("seconds")
    seconds = seconds_shown(remaining)
    return RingFace(
        str(seconds), 1 - remaining / duration, caption, seconds, seconds_shown(duration)
    )


def minutes_left_text(minutes: int) -> str:
    return SessionText.tr("About %n minute(s) left", None, minutes)


def step_announcement(session: Session) -> str:
    """What a screen reader hears at a new step, e.g. "Hold the stretch, 30 seconds. Left foot"."""
    step = session.step
    where = position_text(step.position).replace(" · ", ", ")
    if not step.timed:
        if where:
            template = SessionText.tr("{step}. {where}. Press Enter for each rep.")
        else:
            template = SessionText.tr("{step}. Press Enter for each rep.")
        return template.format(step=step.label, where=where)
    seconds = seconds_shown(session.remaining_ms() or 0)
    if where:
        template = SessionText.tr("{step}, %n second(s). {where}.", None, seconds)
    else:
        template = SessionText.tr("{step}, %n second(s).", None, seconds)
    return template.format(step=step.label, where=where)


def slept_text(gap_ms: int) -> str:
    minutes = round(gap_ms / 60_000)
    if minutes == 1:
        return SessionText.tr(
            "Paused: the computer was asleep for about a minute. Press Space to carry on."
        )
    return SessionText.tr(
        "Paused: the computer was asleep for about %n minute(s). Press Space to carry on.",
        None,
        minutes,
    )


def is_routine(plan: Plan) -> bool:
    return len(plan.segments) > 1


def exercise_number(plan: Plan, step: Step) -> str:
    if not is_routine(plan):
        return ""
    return SessionText.tr("Exercise {number} of {count}").format(
        number=step.segment + 1, count=len(plan.segments)
    )


def next_text(session: Session) -> str:
    """ "Next: Relax · 10 s"; before a routine's next exercise, its name and number instead."""
    following = session.next_step
    if following is None:
        return SessionText.tr("Next: finish")
    if session.plan.is_transition(following):
        name = session.plan.segment_of(following).exercise_name
        return SessionText.tr("Next: {exercise} (exercise {number} of {count})").format(
            exercise=name, number=following.segment + 1, count=len(session.plan.segments)
        )
    return SessionText.tr("Next: {step}").format(step=step_brief(following))


# --- the summary -----------------------------------------------------------------------------
@dataclass(frozen=True)
class SummaryText:
    title: str
    lines: list[str]  # the first names the exercise and what was done
    parts: list[str]  # a routine's exercises, one line each; empty for a single exercise
    routine: bool


def summary_text(plan: Plan, summary: Summary, parts: list[SegmentSummary]) -> SummaryText:
    name = plan.exercise_name
    routine = is_routine(plan)
    outcome = summary.outcome  # one rule (core/outcome.py): praise only a dose done
    if outcome.counts:
        title = SessionText.tr("Routine done!") if routine else SessionText.tr("Well done!")
    elif summary.finished:  # run to its end, with work skipped
        title = SessionText.tr("Routine ended") if routine else SessionText.tr("Session ended")
    else:
        title = SessionText.tr("Routine stopped") if routine else SessionText.tr("Session stopped")
    if routine:
        done = sum(part.status is SegmentStatus.DONE for part in parts)
        first = SessionText.tr("{name}: {done} of {count} exercises done").format(
            name=name, done=done, count=len(parts)
        )
    elif (reps := summary.counts.reps).planned:
        first = SessionText.tr("{name}: {done} of {planned} reps done").format(
            name=name, done=reps.done, planned=reps.planned
        )
    else:
        first = name
    active = clock_text(summary.active_ms)
    if summary.paused_ms >= 1000:
        time_line = SessionText.tr("Time: {active} (plus {paused} paused)").format(
            active=active, paused=clock_text(summary.paused_ms)
        )
    else:
        time_line = SessionText.tr("Time: {active}").format(active=active)
    lines = [first, time_line]
    if not routine:
        if summary.skipped_work_steps:
            lines.append(
                SessionText.tr("Skipped holds and moves: {count}").format(
                    count=summary.skipped_work_steps
                )
            )
        if outcome is SessionOutcome.PARTLY:
            lines.append(SessionText.tr("Partly done: it does not count toward today's target."))
        elif outcome is SessionOutcome.NOTHING:
            lines.append(SessionText.tr("Nothing done: it does not count toward today's target."))
    shown_parts = [segment_line(part) for part in parts] if routine else []
    return SummaryText(title, lines, shown_parts, routine)


def segment_line(part: SegmentSummary) -> str:
    """ "✓ Calf stretch — done", "◐ Toe pulling — 10 of 50 reps", or a dash and "skipped"."""
    mark = STATUS_MARKS[part.status]
    reps = part.counts.reps
    if part.status is SegmentStatus.PARTLY and reps.planned and not reps.done:
        # Holds were done but no whole rep: what History and the report say, by the one rule.
        mark, outcome = STATUS_MARKS[SegmentStatus.SKIPPED], SessionText.tr("nothing done")
    elif part.status is SegmentStatus.PARTLY and reps.planned:
        outcome = SessionText.tr("{done} of {planned} reps").format(
            done=reps.done, planned=reps.planned
        )
    else:
        outcome = {
            SegmentStatus.DONE: SessionText.tr("done"),
            SegmentStatus.PARTLY: SessionText.tr("partly done"),
            SegmentStatus.SKIPPED: SessionText.tr("skipped"),
        }[part.status]
    return SessionText.tr("{mark} {exercise} — {outcome}").format(
        mark=mark, exercise=part.exercise_name, outcome=outcome
    )
