"""The session engine: an explicit state machine that walks a plan against a monotonic clock.

States: idle -> running <-> paused -> finished, or stopped early from running or paused.

Time is never counted in ticks. While a timed step runs, its end is a deadline on the injected
clock: the moment the current run started plus what was left of the step. When a step
times out, the next one starts *at that deadline*, not at the moment somebody noticed, so a late
wake-up never shifts the rest of the session and no drift accumulates. Pausing banks the time
spent in the step, which freezes the remaining time to the millisecond.

Every command first catches up with the clock, so a command that arrives just after a deadline
acts on the step the user is really in.
"""

from __future__ import annotations

from footcare_gui.core.clock import Clock
from footcare_gui.core.events import Event
from footcare_gui.core.outcome import Counts
from footcare_gui.core.plan import Plan, Segment, Step
from footcare_gui.core.session_state import (
    ChangeReason,
    Outcome,
    SessionError,
    SessionState,
    StepChange,
    StepRecord,
)
from footcare_gui.core.session_summary import (
    REP_KINDS,
    PartsDone,
    SegmentStatus,
    SegmentSummary,
    Summary,
    parts_done,
    tally,
)

# The engine's vocabulary and its summaries live beside it; callers import them from here.
__all__ = [
    "ChangeReason",
    "Outcome",
    "SegmentStatus",
    "SegmentSummary",
    "Session",
    "SessionError",
    "SessionState",
    "StepChange",
    "StepRecord",
    "Summary",
]

SLEEP_GAP_MS = 60_000  # waking up this late means the computer was asleep
# Like a music player's "previous": pressed this soon after an exercise began, it goes to the
# exercise before; later, it starts this one over.
PREVIOUS_EXERCISE_GRACE_MS = 3000


class Session:
    def __init__(self, plan: Plan, clock: Clock):
        if not plan.steps:
            raise ValueError("a session needs at least one step")
        self.plan = plan
        self.clock = clock
        self.state = SessionState.IDLE
        self.index = 0
        self.records: dict[int, StepRecord] = {}
        self._banked_ms = 0  # active time spent in the current step before the current run
        self._run_start: int | None = None  # when the current run of the clock began
        self._left_behind_ms = 0  # active time of steps left (done, skipped, redone)
        self._paused_ms = 0
        self._pause_start: int | None = None
        self._started_at = 0
        self._ended_at: int | None = None
        self._progress_at_end: float | None = None
        # Per exercise (plan segment): time left behind, pauses, first entered and last left.
        self._active_by_segment: dict[int, int] = {}
        self._paused_by_segment: dict[int, int] = {}
        self._pause_mark: int | None = None  # start of the pause not yet credited to a segment
        self._entered_at: dict[int, int] = {}
        self._left_at: dict[int, int] = {}
        self.step_changed: Event[StepChange] = Event()
        self.state_changed: Event[SessionState] = Event()
        self.ended: Event[Summary] = Event()
        self.slept: Event[int] = Event()  # the session paused itself after a sleep of N ms

    # --- queries -------------------------------------------------------------------------
    @property
    def step(self) -> Step:
        return self.plan.steps[self.index]

    @property
    def next_step(self) -> Step | None:
        following = self.index + 1
        return self.plan.steps[following] if following < len(self.plan.steps) else None

    def step_elapsed_ms(self) -> int:
        if self._run_start is None:
            return self._banked_ms
        return self._banked_ms + self.clock.now_ms() - self._run_start

    def remaining_ms(self) -> int | None:
        """Time left in the current step; None for a rep that waits for the user."""
        duration = self.step.duration_ms
        if duration is None:
            return None
        if self.state.ended:
            return 0
        return max(0, duration - self.step_elapsed_ms())

    def deadline_ms(self) -> int | None:
        """When the current step ends on the clock; None unless a timed step is running."""
        if self._run_start is None or self.step.duration_ms is None:
            return None
        return self._run_start + self.step.duration_ms - self._banked_ms

    def next_change_ms(self) -> int | None:
        """The next moment anything shown changes: the step's end or the next whole second.

        Countdowns show whole seconds rounded up, so the shown number flips when the remaining
        time crosses a multiple of 1000 ms. None when nothing will change without the user.
        """
        remaining = self.remaining_ms()
        if self._run_start is None or remaining is None:
            return None
        return (
            self.clock.now_ms() + (remaining - 1) % 1000 + 1 if remaining else self.clock.now_ms()
        )

    def active_ms(self) -> int:
        if self.state.ended:
            return self._left_behind_ms
        return self._left_behind_ms + self.step_elapsed_ms()

    def session_remaining_ms(self) -> int:
        """Time left in the whole session, counting self-paced reps at their estimate."""
        if self.state.ended:
            return 0
        current = self.remaining_ms()
        if current is None:
            current = self.plan.estimated_ms(self.step)
        later = self.plan.steps[self.index + 1 :]
        return current + sum(self.plan.estimated_ms(step) for step in later)

    def progress(self) -> float:
        """Fraction of the planned session behind the user, 0.0 to 1.0 (frozen when it ends)."""
        if self._progress_at_end is not None:
            return self._progress_at_end
        total = self.plan.total_ms
        if total == 0:
            return 0.0
        return max(0.0, min(1.0, 1 - self.session_remaining_ms() / total))

    def summary(self) -> Summary:
        completed = self._completed()
        parts = parts_done(self.plan, completed)
        counts = Counts(*(tally(done) for done in parts))
        now = self._now_or_end()
        paused = self._paused_ms
        if self._pause_start is not None:
            paused += now - self._pause_start
        return Summary(
            exercise_id=self.plan.exercise_id,
            state=self.state,
            completed_steps=len(completed),
            skipped_steps=len(self.records) - len(completed),
            planned_steps=len(self.plan.steps),
            **counts.fields(),
            active_ms=self.active_ms(),
            paused_ms=paused,
            started_at_ms=self._started_at,
            ended_at_ms=now,
            skipped_work_steps=sum(
                1
                for i, record in self.records.items()
                if record.outcome is Outcome.SKIPPED and self.plan.steps[i].kind in REP_KINDS
            ),
        )

    def segment_summaries(self) -> list[SegmentSummary]:
        """One summary per exercise of the plan, in order (one for a single exercise)."""
        completed = self._completed()
        parts = parts_done(self.plan, completed)
        return [
            self._segment_summary(number, segment, completed, parts)
            for number, segment in enumerate(self.plan.segments)
        ]

    def _segment_summary(
        self,
        number: int,
        segment: Segment,
        completed: set[int],
        parts: PartsDone,
    ) -> SegmentSummary:
        counts = Counts(*(tally(done, number) for done in parts))
        recorded = [i for i in segment.indices if i in self.records]
        done_here = [i for i in recorded if i in completed]
        # Time spent in a hold or move is work begun, as in a session of one exercise: such a
        # part is "nothing done" when no whole rep was (saved, counting for nothing); only an
        # exercise never worked at is "skipped".
        worked = any(
            self.plan.steps[i].kind in REP_KINDS
            and (i in completed or self.records[i].active_ms > 0)
            for i in recorded
        )
        reps = counts.reps
        if reps.done == reps.planned and (reps.planned or len(done_here) == len(segment.indices)):
            status = SegmentStatus.DONE
        else:
            status = SegmentStatus.PARTLY if worked else SegmentStatus.SKIPPED
        here = not self.state.ended and self.step.segment == number
        active = self._active_by_segment.get(number, 0) + (self.step_elapsed_ms() if here else 0)
        paused = self._paused_by_segment.get(number, 0)
        if here and self._pause_mark is not None:
            paused += self.clock.now_ms() - self._pause_mark
        started = self._entered_at.get(number)
        ended = self.clock.now_ms() if here and started is not None else self._left_at.get(number)
        return SegmentSummary(
            exercise_id=segment.exercise_id,
            exercise_name=segment.exercise_name,
            status=status,
            completed_steps=len(done_here),
            skipped_steps=len(recorded) - len(done_here),
            planned_steps=len(segment.indices),
            **counts.fields(),
            active_ms=active,
            paused_ms=paused,
            started_at_ms=started,
            ended_at_ms=ended,
        )

    def _completed(self) -> set[int]:
        return {i for i, r in self.records.items() if r.outcome is Outcome.COMPLETED}

    def _now_or_end(self) -> int:
        return self._ended_at if self._ended_at is not None else self.clock.now_ms()

    # --- commands ------------------------------------------------------------------------
    def start(self) -> None:
        self._require("start", SessionState.IDLE)
        now = self.clock.now_ms()
        self._started_at = now
        self._run_start = now
        self._entered_at[self.step.segment] = now
        self._set_state(SessionState.RUNNING)
        self.step_changed.emit(StepChange(self.step, None, ChangeReason.START, now))
        self.tick()

    def tick(self) -> None:
        """Catch up with the clock: end every timed step whose deadline has passed."""
        self._catch_up(self.clock.now_ms())

    def wake(self, due_ms: int) -> None:
        """The app woke up for a moment it asked for, ``due_ms`` on the clock.

        While a step is timed the app wakes at least once a second, so waking more than
        :data:`SLEEP_GAP_MS` after the moment it asked for means the computer slept. Rather
        than race through the steps the user missed, the session pauses where they left it,
        as if they had pressed pause at that moment. Otherwise this is an ordinary tick.
        """
        now = self.clock.now_ms()
        if self.state is SessionState.RUNNING and now - due_ms > SLEEP_GAP_MS:
            self._catch_up(due_ms)
            if self.state is SessionState.RUNNING:
                self._pause_at(due_ms)
                self.slept.emit(now - due_ms)
                return
        self._catch_up(now)

    def _catch_up(self, now: int) -> None:
        while self.state is SessionState.RUNNING:
            deadline = self.deadline_ms()
            if deadline is None or now < deadline:
                return
            duration = self.step.duration_ms
            assert duration is not None
            self._leave_step(Outcome.COMPLETED, duration)
            self._enter(self.index + 1, ChangeReason.TIMEOUT, at_ms=deadline)

    def pause(self) -> None:
        self.tick()
        self._require("pause", SessionState.RUNNING)
        self._pause_at(self.clock.now_ms())

    def _pause_at(self, now: int) -> None:
        self._bank(now)
        self._pause_start = now
        self._pause_mark = now
        self._set_state(SessionState.PAUSED)

    def resume(self) -> None:
        self._require("resume", SessionState.PAUSED)
        now = self.clock.now_ms()
        assert self._pause_start is not None
        self._paused_ms += now - self._pause_start
        self._pause_start = None
        self._credit_pause(now)
        self._pause_mark = None
        self._run_start = now
        self._set_state(SessionState.RUNNING)

    def toggle(self) -> None:
        """Pause when running, resume when paused."""
        self.tick()
        if self.state is SessionState.PAUSED:
            self.resume()
        else:
            self.pause()

    def count_rep(self) -> None:
        """The user completed the current counted rep."""
        self.tick()
        self._require("count a rep", SessionState.RUNNING)
        if not self.step.counted:
            raise SessionError(f"cannot count a rep: '{self.step.label}' is not a counted step")
        self._leave_step(Outcome.COMPLETED, self.step_elapsed_ms())
        self._enter(self.index + 1, ChangeReason.COUNTED)

    def skip(self) -> None:
        """Leave the current step unfinished and go on; skipping the last step ends the session."""
        self.tick()
        self._require("skip", SessionState.RUNNING, SessionState.PAUSED)
        self._leave_step(Outcome.SKIPPED, self.step_elapsed_ms())
        self._enter(self.index + 1, ChangeReason.SKIP)

    def previous(self) -> None:
        """Go back to the previous step to do it again (the first step restarts)."""
        self.tick()
        self._require("go back", SessionState.RUNNING, SessionState.PAUSED)
        self._spend(self.step_elapsed_ms())
        target = max(0, self.index - 1)
        self.records.pop(target, None)
        self._enter(target, ChangeReason.BACK)

    def restart_step(self) -> None:
        self.tick()
        self._require("restart the step", SessionState.RUNNING, SessionState.PAUSED)
        self._spend(self.step_elapsed_ms())
        self._enter(self.index, ChangeReason.RESTART)

    def skip_exercise(self) -> None:
        """Leave the rest of this exercise skipped and go to the next one's transition.

        On the last exercise this ends the session, as skipping the last step does.
        """
        self.tick()
        self._require("skip the exercise", SessionState.RUNNING, SessionState.PAUSED)
        last = self.plan.segment_of(self.step).last_index
        self._leave_step(Outcome.SKIPPED, self.step_elapsed_ms())
        for index in range(self.index + 1, last + 1):
            self.records[index] = StepRecord(index, Outcome.SKIPPED, 0)
        self._enter(last + 1, ChangeReason.SKIP_EXERCISE)

    def previous_exercise(self) -> None:
        """Start this exercise over; just after it began, go back to the one before instead.

        The steps gone back over are to be done again, so their records are cleared.
        """
        self.tick()
        self._require("go back an exercise", SessionState.RUNNING, SessionState.PAUSED)
        segment = self.plan.segment_of(self.step)
        just_began = (
            self.index == segment.first_index
            and self.step_elapsed_ms() <= PREVIOUS_EXERCISE_GRACE_MS
        )
        if just_began and self.step.segment > 0:
            segment = self.plan.segments[self.step.segment - 1]
        self._spend(self.step_elapsed_ms())
        for index in range(segment.first_index, self.index):
            self.records.pop(index, None)
        self._enter(segment.first_index, ChangeReason.BACK_EXERCISE)

    def stop(self) -> None:
        """End the session early."""
        self.tick()
        self._require("stop", SessionState.RUNNING, SessionState.PAUSED)
        now = self.clock.now_ms()
        self._spend(self.step_elapsed_ms())
        self._end(SessionState.STOPPED, now)

    # --- internals -----------------------------------------------------------------------
    def _require(self, action: str, *allowed: SessionState) -> None:
        if self.state not in allowed:
            wanted = " or ".join(state.value for state in allowed)
            raise SessionError(
                f"cannot {action}: the session is {self.state.value} (it must be {wanted})"
            )

    def _set_state(self, state: SessionState) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _bank(self, now: int) -> None:
        assert self._run_start is not None
        self._banked_ms += now - self._run_start
        self._run_start = None

    def _leave_step(self, outcome: Outcome, active_ms: int) -> None:
        self.records[self.index] = StepRecord(self.index, outcome, active_ms)
        self._spend(active_ms)

    def _spend(self, active_ms: int) -> None:
        """Active time of the current step left behind, for the session and for its exercise."""
        self._left_behind_ms += active_ms
        segment = self.step.segment
        self._active_by_segment[segment] = self._active_by_segment.get(segment, 0) + active_ms

    def _credit_pause(self, now: int) -> None:
        """Pause time so far goes to the exercise the session is in."""
        if self._pause_mark is not None:
            segment = self.step.segment
            self._paused_by_segment[segment] = (
                self._paused_by_segment.get(segment, 0) + now - self._pause_mark
            )
            self._pause_mark = now

    def _enter(self, index: int, reason: ChangeReason, at_ms: int | None = None) -> None:
        now = self.clock.now_ms() if at_ms is None else at_ms
        previous = self.step
        if index >= len(self.plan.steps):
            self._banked_ms = 0
            self._end(SessionState.FINISHED, now)
            return
        self._change_segment(self.plan.steps[index].segment, now)
        self.index = index
        self._banked_ms = 0
        self._run_start = now if self.state is SessionState.RUNNING else None
        self.step_changed.emit(StepChange(self.step, previous, reason, now))

    def _change_segment(self, segment: int, now: int) -> None:
        old = self.step.segment
        if segment != old:
            self._credit_pause(now)  # a jump while paused: the pause so far was in the old one
            self._left_at[old] = now
            self._entered_at.setdefault(segment, now)

    def _end(self, state: SessionState, now: int) -> None:
        self._progress_at_end = 1.0 if state is SessionState.FINISHED else self.progress()
        if self._pause_start is not None:
            self._paused_ms += now - self._pause_start
            self._pause_start = None
        self._credit_pause(now)
        self._pause_mark = None
        self._left_at[self.step.segment] = now
        self._run_start = None
        self._banked_ms = 0
        self._ended_at = now
        self._set_state(state)
        self.ended.emit(self.summary())
