"""The session engine's vocabulary (core/session.py): its states, why a step changed, what
became of a step, and the error a command the state does not allow raises."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from footcare_gui.core.plan import Step


class SessionState(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"

    @property
    def ended(self) -> bool:
        return self in (SessionState.FINISHED, SessionState.STOPPED)


class ChangeReason(Enum):
    START = "start"
    TIMEOUT = "timeout"  # a timed step ran its full length
    COUNTED = "counted"  # the user completed a counted rep
    SKIP = "skip"
    BACK = "back"
    RESTART = "restart"
    SKIP_EXERCISE = "skip exercise"  # the rest of a routine's exercise was skipped
    BACK_EXERCISE = "back exercise"  # back to the start of this exercise or the one before


class Outcome(Enum):
    COMPLETED = "completed"
    SKIPPED = "skipped"


class SessionError(RuntimeError):
    """A command that the session's current state does not allow."""


@dataclass(frozen=True)
class StepChange:
    step: Step
    previous: Step | None
    reason: ChangeReason
    at_ms: int  # clock time of the change; for a timeout, exactly the deadline


@dataclass(frozen=True)
class StepRecord:
    index: int
    outcome: Outcome
    active_ms: int
