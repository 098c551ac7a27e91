"""Properties of the session engine under random use, on plans from the real catalogue."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footcare_gui.core.clock import ManualClock
from footcare_gui.core.plan import Dose, Plan, build_plan
from footcare_gui.core.session import (
    ChangeReason,
    Outcome,
    Session,
    SessionError,
    SessionState,
    StepChange,
    StepRecord,
    Summary,
)
from footcare_gui.services.catalogue_file import load_catalogue

CATALOGUE = load_catalogue()
RUNNING, PAUSED = SessionState.RUNNING, SessionState.PAUSED
EITHER = (RUNNING, PAUSED)
ALLOWED = {  # the states in which each command may succeed
    "toggle": EITHER,
    "skip": EITHER,
    "previous": EITHER,
    "restart_step": EITHER,
    "stop": EITHER,
    # A routine's commands (tests/core/test_routine_session.py): the catch-up they start with
    # may end the session, and then they are refused like any other.
    "skip_exercise": EITHER,
    "previous_exercise": EITHER,
}
COMMANDS = ["tick", "toggle", "skip", "previous", "restart_step", "count", "stop"]

Action = tuple[str, int]
advance = st.integers(0, 20_000).map(lambda ms: ("advance", ms))
any_action = st.one_of(advance, st.sampled_from(COMMANDS).map(lambda name: (name, 0)))
timing_action = st.one_of(advance, st.sampled_from(["tick", "toggle"]).map(lambda n: (n, 0)))


@st.composite
def plans(draw: st.DrawFn, paced: bool = False) -> Plan:
    """A plan for a catalogue exercise: its default dose, or a small random one to stay quick."""
    exercise = draw(st.sampled_from(CATALOGUE.exercises))
    dose = Dose.default_for(exercise)
    if draw(st.booleans()):
        dose = Dose(
            reps=draw(st.integers(1, 3)),
            sets=draw(st.integers(1, 2)),
            phase_seconds=tuple(
                None if phase.counted else draw(st.integers(1, 8)) for phase in exercise.phases
            ),
            rest_seconds=draw(st.integers(0, 5)),
            pace_seconds=draw(st.integers(0, 3)),
            prepare_seconds=draw(st.integers(0, 5)),
            switch_seconds=draw(st.integers(0, 10)),
        )
    if paced and exercise.counted:
        dose = replace(dose, pace_seconds=draw(st.integers(1, 3)))
    return build_plan(exercise, dose)


class Checked:
    """A started session whose every announcement and state is checked as it goes."""

    def __init__(self, plan: Plan):
        self.plan = plan
        self.clock = ManualClock()
        self.session = Session(plan, self.clock)
        self.changes: list[StepChange] = []
        self.summaries: list[Summary] = []
        self.counting = False  # inside count_rep, after an explicit tick
        self.session.step_changed.connect(self.on_change)
        self.session.ended.connect(self.on_ended)
        self.session.start()

    # --- listeners ------------------------------------------------------------------------
    def on_change(self, change: StepChange) -> None:
        assert change.at_ms <= self.clock.now_ms()
        if self.changes:
            assert change.at_ms >= self.changes[-1].at_ms, "time ran backwards"
        if change.reason is ChangeReason.TIMEOUT:
            assert change.previous is not None
            self.assert_timed_out(change.previous.index)
            assert change.at_ms >= self.session.summary().started_at_ms
        self.changes.append(change)

    def on_ended(self, summary: Summary) -> None:
        self.summaries.append(summary)
        last = len(self.plan) - 1
        record = self.session.records.get(last)
        if summary.finished and not self.counting and record.outcome is Outcome.COMPLETED:
            self.assert_timed_out(last)

    def assert_timed_out(self, index: int) -> None:
        duration = self.plan.steps[index].duration_ms
        assert duration is not None
        assert self.session.records[index] == StepRecord(index, Outcome.COMPLETED, duration)

    # --- actions --------------------------------------------------------------------------
    def snapshot(self) -> tuple[object, ...]:
        s = self.session
        return (
            s.state,
            s.index,
            dict(s.records),
            s.summary(),
            s.remaining_ms(),
            s.session_remaining_ms(),
            s.progress(),
            s.next_change_ms(),
            len(self.changes),
            len(self.summaries),
        )

    def do(self, name: str, ms: int = 0) -> None:
        session = self.session
        ended_before = session.state.ended
        before = self.snapshot() if ended_before else None
        if name == "advance":
            self.clock.advance(ms)
        elif name == "tick":
            session.tick()
        elif ended_before:
            with pytest.raises(SessionError, match=f"the session is {session.state.value}"):
                self.command(name)
        else:
            try:
                self.command(name)
            except SessionError:
                if name == "count":
                    assert session.state is not RUNNING or not session.step.counted
                else:
                    assert session.state not in ALLOWED[name]
        if before is not None:
            assert self.snapshot() == before, "an ended session changed"
        self.check()

    def command(self, name: str) -> None:
        if name != "count":
            getattr(self.session, name)()
            return
        self.session.tick()  # catch up first, so anything count_rep ends is its own doing
        before = self.snapshot()
        self.counting = True
        try:
            self.session.count_rep()
        except SessionError:
            assert self.snapshot() == before, "a refused count changed the session"
            raise
        finally:
            self.counting = False

    def finish(self) -> None:
        """Let the session run to its end, counting reps that wait for the user."""
        session = self.session
        if session.state is PAUSED:
            session.resume()
        for _ in range(10 * len(self.plan) + 10):
            if session.state.ended:
                break
            self.do("advance", 20_000)
            self.do("tick")
            if session.state is RUNNING and session.step.counted and not session.step.timed:
                self.do("count")
        assert session.state.ended

    # --- invariants -----------------------------------------------------------------------
    def check(self) -> None:
        s = self.session
        step = s.step
        remaining = s.remaining_ms()
        if step.duration_ms is None:
            assert remaining is None
        else:
            assert remaining is not None
            assert 0 <= remaining <= step.duration_ms
        assert s.session_remaining_ms() >= (remaining or 0)
        assert 0.0 <= s.progress() <= 1.0
        next_change = s.next_change_ms()
        if next_change is not None and remaining:
            # The countdown shows whole seconds rounded up; next_change is exactly when it flips.
            wait = next_change - self.clock.now_ms()
            shown = -(-remaining // 1000)
            assert -(-(remaining - wait) // 1000) == shown - 1
            assert -(-(remaining - wait + 1) // 1000) == shown
        assert len(self.summaries) <= 1, "ended fired twice"
        assert (len(self.summaries) == 1) == s.state.ended
        summary = s.summary()
        if s.state.ended:
            assert summary == self.summaries[0]
            assert s.deadline_ms() is None
            assert s.next_change_ms() is None
        # Every millisecond since the start is either exercise or pause.
        assert summary.active_ms >= 0
        assert summary.active_ms + summary.paused_ms == summary.ended_at_ms - summary.started_at_ms
        assert summary.completed_steps + summary.skipped_steps == len(s.records)
        assert 0 <= summary.reps_done <= summary.reps_planned
        for index, record in s.records.items():
            assert record.index == index
            planned = self.plan.steps[index]
            # A step that is not counted can only be completed by running out its time.
            if record.outcome is Outcome.COMPLETED and not planned.counted:
                assert record.active_ms == planned.duration_ms


@settings(max_examples=200, deadline=None)
@given(plan=plans(), actions=st.lists(any_action, max_size=60))
def test_random_use_keeps_the_session_consistent(plan: Plan, actions: list[Action]) -> None:
    run = Checked(plan)
    run.check()
    for name, ms in actions:
        run.do(name, ms)
    if not run.session.state.ended:
        run.finish()
    # Once ended, nothing moves any more.
    for name in ("advance", *COMMANDS):
        run.do(name, 60_000)


@settings(max_examples=200, deadline=None)
@given(plan=plans(paced=True), actions=st.lists(timing_action, max_size=60))
def test_pauses_and_late_ticks_never_change_the_length_of_a_session(
    plan: Plan, actions: list[Action]
) -> None:
    assert not plan.has_estimates
    clock = ManualClock()
    session = Session(plan, clock)
    session.start()
    started = clock.now_ms()
    paused_total, paused_since = 0, None  # measured here, not by the session
    for name, ms in actions:
        if name == "advance":
            clock.advance(ms)
        elif name == "tick":
            session.tick()
        elif session.state is PAUSED:
            session.toggle()
            assert paused_since is not None
            paused_total += clock.now_ms() - paused_since
            paused_since = None
        else:
            try:
                session.toggle()
            except SessionError:
                assert session.state is SessionState.FINISHED  # it ended before the pause
                continue
            paused_since = clock.now_ms()
    if paused_since is not None:
        session.resume()
        paused_total += clock.now_ms() - paused_since
    clock.advance(plan.total_ms)
    session.tick()
    assert session.state is SessionState.FINISHED
    summary = session.summary()
    assert summary.ended_at_ms - started - paused_total == plan.total_ms
    assert summary.ended_at_ms <= clock.now_ms()
    assert (summary.active_ms, summary.paused_ms) == (plan.total_ms, paused_total)
    assert summary.completed_steps == len(plan)
    assert summary.reps_done == summary.reps_planned
