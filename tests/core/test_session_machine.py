"""The session engine as a state machine (hypothesis' RuleBasedStateMachine): any sequence of
the user's commands and of time passing keeps the rules a user relies on. Random command lists
on the same engine: tests/core/test_session_properties.py."""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from footcare_gui.core.clock import ManualClock
from footcare_gui.core.plan import Plan
from footcare_gui.core.session import ChangeReason, Session, SessionState, StepChange, Summary
from tests.core.test_session_properties import plans

RUNNING, PAUSED = SessionState.RUNNING, SessionState.PAUSED
FORWARD = {ChangeReason.TIMEOUT, ChangeReason.COUNTED, ChangeReason.SKIP}


class SessionMachine(RuleBasedStateMachine):
    """Rules: time passes (a little, or a sleep-sized jump), pause, resume, skip, back, count,
    stop. After each, the invariants below hold."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = ManualClock()
        self.changes: list[StepChange] = []
        self.summaries: list[Summary] = []
        self.session: Session
        self.plan: Plan

    @initialize(plan=plans())
    def start(self, plan: Plan) -> None:
        self.plan = plan
        self.session = Session(plan, self.clock)
        self.session.step_changed.connect(self.changes.append)
        self.session.ended.connect(self.summaries.append)
        self.session.start()

    @property
    def live(self) -> bool:
        return not self.session.state.ended

    # --- rules ------------------------------------------------------------------------------
    @rule(ms=st.one_of(st.integers(0, 5_000), st.integers(60_000, 3_600_000)))
    def time_passes(self, ms: int) -> None:
        paused = self.session.state is PAUSED
        before = (self.session.remaining_ms(), self.session.session_remaining_ms())
        self.clock.advance(ms)
        self.session.tick()
        if paused:  # a pause freezes the time left exactly, however long it lasts
            assert (self.session.remaining_ms(), self.session.session_remaining_ms()) == before

    @precondition(lambda self: self.session.state is RUNNING)
    @rule()
    def pause(self) -> None:
        self.session.pause()
        assert self.session.state in (PAUSED, SessionState.FINISHED)  # it may end on the way

    @precondition(lambda self: self.session.state is PAUSED)
    @rule()
    def resume(self) -> None:
        before = (self.session.remaining_ms(), self.session.session_remaining_ms())
        self.session.resume()
        assert self.session.state is RUNNING
        assert (self.session.remaining_ms(), self.session.session_remaining_ms()) == before

    @precondition(lambda self: self.live)
    @rule()
    def skip(self) -> None:
        self.session.skip()

    @precondition(lambda self: self.live)
    @rule()
    def back(self) -> None:
        self.session.previous()

    @precondition(
        lambda self: (
            self.session.state is RUNNING
            and self.session.step.counted
            and self.session.step.duration_ms is None
        )
    )
    @rule()
    def count(self) -> None:
        self.session.count_rep()

    @precondition(lambda self: self.live)
    @rule()
    def stop(self) -> None:
        self.session.stop()
        assert self.session.state.ended  # stop ends it, whatever it was doing
        changes, ends = len(self.changes), len(self.summaries)
        self.clock.advance(60_000)
        self.session.tick()
        assert (len(self.changes), len(self.summaries)) == (changes, ends), "moved after stop"

    # --- invariants -------------------------------------------------------------------------
    @invariant()
    def time_left_is_never_negative(self) -> None:
        remaining = self.session.remaining_ms()
        assert remaining is None or remaining >= 0
        assert self.session.session_remaining_ms() >= 0

    @invariant()
    def steps_come_in_plan_order(self) -> None:
        for change in self.changes:
            if change.previous is None:
                assert change.step.index == 0
            elif change.reason in FORWARD:
                assert change.step.index == change.previous.index + 1
            elif change.reason is ChangeReason.BACK:
                assert change.step.index == max(0, change.previous.index - 1)
        assert self.plan.steps[self.session.index] == self.session.step

    @invariant()
    def the_tally_never_exceeds_the_plan(self) -> None:
        summary = self.session.summary()
        assert 0 <= summary.reps_done <= summary.reps_planned
        assert 0 <= summary.sets_done <= summary.sets_planned
        assert 0 <= summary.sides_done <= summary.sides_planned
        assert summary.completed_steps + summary.skipped_steps <= len(self.plan)

    @invariant()
    def it_ends_once(self) -> None:
        assert len(self.summaries) == (1 if self.session.state.ended else 0)


SessionMachine.TestCase.settings = settings(max_examples=150, stateful_step_count=40, deadline=None)
test_the_session_engine_keeps_its_rules = SessionMachine.TestCase
