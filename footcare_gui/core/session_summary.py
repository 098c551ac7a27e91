"""What became of a session and of each exercise in it (core/session.py makes them): the
summaries, and how reps, sets and sides done are counted from the steps completed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from footcare_gui.core.outcome import Counted, Tally
from footcare_gui.core.plan import Plan, StepKind
from footcare_gui.core.session_state import SessionState


class SegmentStatus(Enum):
    DONE = "done"  # every rep of the exercise was completed
    PARTLY = "partly"  # some holds or moves were completed, not every rep
    SKIPPED = "skipped"  # no hold or move was completed


@dataclass(frozen=True)
class Summary(Counted):
    exercise_id: str
    state: SessionState
    completed_steps: int
    skipped_steps: int
    planned_steps: int
    active_ms: int
    paused_ms: int
    started_at_ms: int
    ended_at_ms: int
    skipped_work_steps: int = 0  # holds and moves skipped; rests and get-readies are not work

    @property
    def finished(self) -> bool:
        """The session ran to its end (reps may have been skipped: see `outcome`)."""
        return self.state is SessionState.FINISHED


@dataclass(frozen=True)
class SegmentSummary(Counted):
    """What became of one exercise of a (routine) session; times are on the session's clock."""

    exercise_id: str
    exercise_name: str
    status: SegmentStatus
    completed_steps: int
    skipped_steps: int
    planned_steps: int
    active_ms: int  # time spent in its steps, abandoned attempts included
    paused_ms: int  # pauses taken while in it
    started_at_ms: int | None  # first entered; None if the session never got to it
    ended_at_ms: int | None  # last left; "now" while the session is still in it

    @property
    def entered(self) -> bool:
        return self.started_at_ms is not None

    def as_summary(self) -> Summary:
        """This exercise as a session of its own, for the history: finished if every rep was."""
        if self.started_at_ms is None or self.ended_at_ms is None:
            raise ValueError(f"{self.exercise_id} was never started: there is nothing to record")
        done = self.status is SegmentStatus.DONE
        return Summary(
            exercise_id=self.exercise_id,
            state=SessionState.FINISHED if done else SessionState.STOPPED,
            completed_steps=self.completed_steps,
            skipped_steps=self.skipped_steps,
            planned_steps=self.planned_steps,
            **self.counts.fields(),
            active_ms=self.active_ms,
            paused_ms=self.paused_ms,
            started_at_ms=self.started_at_ms,
            ended_at_ms=self.ended_at_ms,
        )


REP_KINDS = (StepKind.HOLD, StepKind.MOVE)


class Part(NamedTuple):
    """Where a rep sits in the plan; a set's key leaves ``rep`` out, a side's ``set`` too."""

    segment: int
    side: int
    set: int | None = None
    rep: int | None = None

    def whole(self) -> Part:
        """The set of this rep, or the side of this set."""
        return self._replace(rep=None) if self.rep is not None else self._replace(set=None)


class PartsDone(NamedTuple):
    """Whether each rep, set and side of the plan was done."""

    reps: dict[Part, bool]
    sets: dict[Part, bool]
    sides: dict[Part, bool]


def parts_done(plan: Plan, completed: set[int]) -> PartsDone:
    """A rep is done when all its holds and moves were, a set when all its reps were, a side
    when all its sets were."""
    reps: dict[Part, bool] = {}
    for step in plan.steps:
        if step.kind in REP_KINDS:
            where = step.position
            key = Part(step.segment, where.side, where.set, where.rep)
            reps[key] = reps.get(key, True) and step.index in completed
    sets = rolled_up(reps)
    return PartsDone(reps, sets, rolled_up(sets))


def rolled_up(parts: dict[Part, bool]) -> dict[Part, bool]:
    """Reps to sets, or sets to sides: a whole is done when every one of its parts is."""
    wholes: dict[Part, bool] = {}
    for key, done in parts.items():
        wholes[key.whole()] = wholes.get(key.whole(), True) and done
    return wholes


def tally(parts: dict[Part, bool], segment: int | None = None) -> Tally:
    """Done and planned among the parts (of one segment, if given)."""
    mine = [done for key, done in parts.items() if segment is None or key.segment == segment]
    return Tally(sum(mine), len(mine))
