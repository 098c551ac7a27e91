"""Which sound and which spoken prompt belong to which moment of a session.

A person holding a stretch looks at their foot, so the session must be followable by ear. Cues
come from the same deadlines as the countdown: a step's boundary cue fires when the step
changes, and countdown ticks sit at whole seconds before the step's deadline. Pausing moves the
deadline, so pending ticks move with it; nothing is queued that a pause would have to cancel.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from footcare_gui.core.events import Event
from footcare_gui.core.i18n import Context
from footcare_gui.core.plan import Foot, Step, StepKind

if TYPE_CHECKING:  # the engine comes with the first session's scheduler: the audio service
    # needs only the tones' names from here, and is made before any session
    from footcare_gui.core.session import Session, SessionState, StepChange, Summary

CuesText = Context("CuesText")

TICK_SECONDS = 3  # ticks in the last 3 seconds of a countdown
TICKED_KINDS = (StepKind.PREPARE, StepKind.HOLD, StepKind.SWITCH)


class Cue(Enum):
    HOLD = "hold"  # a hold or a movement begins
    RELAX = "relax"  # a relax or a rest begins
    TICK = "tick"  # one of the last seconds of a countdown
    SWITCH = "switch"  # change feet
    FINISH = "finish"  # the session is complete


@dataclass(frozen=True)
class FiredCue:
    cue: Cue | None  # None: a prompt with no tone
    at_ms: int  # the moment it belongs to on the session's clock
    prompt: str = ""  # what to say, if spoken prompts are on


def boundary_cue(step: Step) -> Cue | None:
    """The tone that marks the start of a step."""
    if step.kind is StepKind.MOVE and step.counted:
        # Self-paced reps follow the user's own presses: only the first of a run gets a tone;
        # a paced rep is a metronome beat.
        if step.position.rep == 1:
            return Cue.HOLD
        return Cue.TICK if step.timed else None
    return {
        StepKind.HOLD: Cue.HOLD,
        StepKind.MOVE: Cue.HOLD,
        StepKind.RELAX: Cue.RELAX,
        StepKind.REST: Cue.RELAX,
        StepKind.SWITCH: Cue.SWITCH,
    }.get(step.kind)


def prompt_for(step: Step, exercise_name: str) -> str:
    """The words for the start of a step: "Pull the toes back, rep 3 of 8"."""
    position = step.position
    if step.kind is StepKind.PREPARE:
        if position.foot is None:
            words = CuesText.tr("Get ready: {exercise}")
        else:
            words = {
                Foot.LEFT: CuesText.tr("Get ready: {exercise}, left foot"),
                Foot.RIGHT: CuesText.tr("Get ready: {exercise}, right foot"),
                Foot.AFFECTED: CuesText.tr("Get ready: {exercise}, painful foot"),
            }[position.foot]
        return words.format(exercise=exercise_name)
    if step.kind is StepKind.MOVE and step.counted:
        return str(position.rep)  # counting out loud
    if step.kind in (StepKind.HOLD, StepKind.MOVE):
        if position.reps > 1:
            return CuesText.tr("{step}, rep {rep} of {reps}").format(
                step=step.label, rep=position.rep, reps=position.reps
            )
        return step.label
    if step.kind is StepKind.REST:
        return CuesText.tr("Rest. Next, set {set} of {sets}").format(
            set=position.set, sets=position.sets
        )
    return step.label  # "Relax", "Switch to your right foot"


def tick_times(session: Session) -> list[int]:
    """Clock times of the current step's countdown ticks (whether passed or not)."""
    step = session.step
    deadline = session.deadline_ms()
    if deadline is None or step.kind not in TICKED_KINDS or step.duration_ms is None:
        return []
    # No tick on the step's first instant: its own tone is there.
    offsets = [s * 1000 for s in range(TICK_SECONDS, 0, -1) if s * 1000 < step.duration_ms]
    return [deadline - offset for offset in offsets]


class CueScheduler:
    """Turns a session's events and the passing of time into cues, each exactly once."""

    def __init__(self, session: Session):
        self.session = session
        self.fired: Event[FiredCue] = Event()
        self._checked_until: int | None = None  # ticks up to here are done
        self._announce_on_resume = False
        session.step_changed.connect(self._on_step_changed)
        session.state_changed.connect(self._on_state_changed)
        session.ended.connect(self._on_ended)

    def poll(self) -> None:
        """Fire the ticks that have come due; call after every wake-up."""
        from footcare_gui.core.session import SessionState

        if self.session.state is not SessionState.RUNNING:
            return
        now = self.session.clock.now_ms()
        for at in self._pending_ticks():
            if at <= now:
                self.fired.emit(FiredCue(Cue.TICK, at))
        self._checked_until = now

    def next_due_ms(self) -> int | None:
        """When the next tick is due; None if none is ahead in this step."""
        from footcare_gui.core.session import SessionState

        if self.session.state is not SessionState.RUNNING:
            return None
        pending = self._pending_ticks()
        return pending[0] if pending else None

    def _pending_ticks(self) -> list[int]:
        after = self._checked_until
        return [at for at in tick_times(self.session) if after is None or at > after]

    def _on_step_changed(self, change: StepChange) -> None:
        from footcare_gui.core.session import ChangeReason, SessionState

        # Ticks of the step just left are no longer wanted; the new step's start is its own.
        self._checked_until = change.at_ms
        if self.session.state is SessionState.PAUSED:
            # Skipping or going back while paused: the step really starts on resume.
            self._announce_on_resume = True
            return
        self._announce(change.step, change.at_ms, quiet=change.reason is ChangeReason.START)

    def _on_state_changed(self, state: SessionState) -> None:
        from footcare_gui.core.session import SessionState

        if state is SessionState.RUNNING:
            # Resuming: ticks are re-derived from the moved deadline, from now on.
            now = self.session.clock.now_ms()
            self._checked_until = now
            if self._announce_on_resume:
                self._announce_on_resume = False
                self._announce(self.session.step, now)

    def _announce(self, step: Step, at_ms: int, quiet: bool = False) -> None:
        cue = None if quiet else boundary_cue(step)
        # In a routine the prompt names the step's own exercise, not the routine.
        name = self.session.plan.segment_of(step).exercise_name
        self.fired.emit(FiredCue(cue, at_ms, prompt_for(step, name)))

    def _on_ended(self, summary: Summary) -> None:
        if summary.finished:
            # Praise only a dose that was done; reaching the end by skipping reps is not one.
            words = (
                CuesText.tr("Well done") if summary.outcome.counts else CuesText.tr("Session ended")
            )
            self.fired.emit(FiredCue(Cue.FINISH, summary.ended_at_ms, words))
