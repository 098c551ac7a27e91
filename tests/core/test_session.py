"""The session engine on a fake clock: deadlines, pauses, navigation and the end summary."""

from __future__ import annotations

import math
import re
from dataclasses import replace

import pytest

from footcare_gui.core.catalogue import Catalogue
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

T0 = ManualClock().now_ms()
IDLE, RUNNING, PAUSED, FINISHED, STOPPED = (
    SessionState.IDLE,
    SessionState.RUNNING,
    SessionState.PAUSED,
    SessionState.FINISHED,
    SessionState.STOPPED,
)


class Recorder:
    """Everything a session announces, in order."""

    def __init__(self, session: Session):
        self.changes: list[StepChange] = []
        self.states: list[SessionState] = []
        self.summaries: list[Summary] = []
        session.step_changed.connect(self.changes.append)
        session.state_changed.connect(self.states.append)
        session.ended.connect(self.summaries.append)

    def count(self) -> tuple[int, int, int]:
        return len(self.changes), len(self.states), len(self.summaries)


def plan_for(catalogue: Catalogue, exercise_id: str, **changes: object) -> Plan:
    exercise = catalogue.get(exercise_id)
    return build_plan(exercise, replace(Dose.default_for(exercise), **changes))


def started(plan: Plan, clock: ManualClock) -> tuple[Session, Recorder]:
    session = Session(plan, clock)
    recorder = Recorder(session)
    session.start()
    return session, recorder


@pytest.fixture
def calf(catalogue: Catalogue) -> Plan:
    """Get ready 5 s, hold left 30 s, switch 10 s, hold right 30 s: 75 s in all."""
    return build_plan(catalogue.get("calf-stretch"))


@pytest.fixture
def toes(catalogue: Catalogue) -> Plan:
    """Get ready 5 s, 2 self-paced pulls, switch 10 s, 2 self-paced pulls."""
    return plan_for(catalogue, "toe-pulling", reps=2)


# --- starting and timing --------------------------------------------------------------------


def test_start_runs_the_first_step(calf: Plan, clock: ManualClock) -> None:
    session = Session(calf, clock)
    recorder = Recorder(session)
    assert session.state is IDLE
    assert session.remaining_ms() == 5000
    assert session.deadline_ms() is None
    session.start()
    assert session.state is RUNNING
    assert recorder.states == [RUNNING]
    assert recorder.changes == [StepChange(calf.steps[0], None, ChangeReason.START, T0)]
    assert session.deadline_ms() == T0 + 5000
    assert session.next_step == calf.steps[1]
    assert recorder.summaries == []


def test_a_session_needs_steps(calf: Plan, clock: ManualClock) -> None:
    with pytest.raises(ValueError, match="at least one step"):
        Session(replace(calf, steps=()), clock)


def test_a_step_ends_exactly_at_its_deadline(calf: Plan, clock: ManualClock) -> None:
    session, recorder = started(calf, clock)
    clock.advance(4999)
    session.tick()
    assert session.index == 0
    assert session.remaining_ms() == 1
    clock.advance(1)
    session.tick()
    assert session.index == 1
    assert session.remaining_ms() == 30_000
    assert recorder.changes[-1] == StepChange(
        calf.steps[1], calf.steps[0], ChangeReason.TIMEOUT, T0 + 5000
    )
    assert session.records[0] == StepRecord(0, Outcome.COMPLETED, 5000)


def test_a_late_tick_does_not_delay_the_next_step(calf: Plan, clock: ManualClock) -> None:
    session, recorder = started(calf, clock)
    clock.advance(5000 + 1234)
    session.tick()
    assert session.index == 1
    assert recorder.changes[-1].at_ms == T0 + 5000
    assert session.remaining_ms() == 30_000 - 1234
    assert session.deadline_ms() == T0 + 35_000
    assert session.records[0].active_ms == 5000


def test_ticks_at_odd_moments_keep_every_deadline(calf: Plan, clock: ManualClock) -> None:
    session, recorder = started(calf, clock)
    for now in (3000, 7001, 20_000, 36_999, 44_000, 46_000, 74_999, 90_000):
        clock.set(T0 + now)
        session.tick()
    assert [change.at_ms - T0 for change in recorder.changes] == [0, 5000, 35_000, 45_000]
    assert recorder.summaries[0].ended_at_ms == T0 + 75_000


def test_one_very_late_tick_catches_up_the_whole_session(calf: Plan, clock: ManualClock) -> None:
    session, recorder = started(calf, clock)
    clock.advance(1_000_000)
    session.tick()
    assert [change.reason for change in recorder.changes] == [ChangeReason.START] + [
        ChangeReason.TIMEOUT
    ] * 3
    assert [change.at_ms - T0 for change in recorder.changes] == [0, 5000, 35_000, 45_000]
    assert session.state is FINISHED
    (summary,) = recorder.summaries
    assert summary.ended_at_ms == T0 + 75_000
    assert summary.active_ms == 75_000
    assert [record.active_ms for record in session.records.values()] == [
        5000,
        30_000,
        10_000,
        30_000,
    ]


def test_a_command_just_after_a_deadline_acts_on_the_step_the_user_is_in(
    calf: Plan, clock: ManualClock
) -> None:
    session, recorder = started(calf, clock)
    clock.advance(5100)  # the prepare step ended 100 ms ago, nobody ticked
    session.skip()
    assert session.records[0] == StepRecord(0, Outcome.COMPLETED, 5000)
    assert session.records[1] == StepRecord(1, Outcome.SKIPPED, 100)
    assert session.index == 2
    assert [change.reason for change in recorder.changes[1:]] == [
        ChangeReason.TIMEOUT,
        ChangeReason.SKIP,
    ]


# --- pausing --------------------------------------------------------------------------------


def test_pause_freezes_the_remaining_time_and_resume_continues(
    calf: Plan, clock: ManualClock
) -> None:
    session, recorder = started(calf, clock)
    clock.advance(1234)
    session.pause()
    assert session.state is PAUSED
    assert recorder.states == [RUNNING, PAUSED]
    assert session.remaining_ms() == 3766
    assert session.deadline_ms() is None
    clock.advance(60_000)
    session.tick()
    assert session.index == 0
    assert session.remaining_ms() == 3766
    session.resume()
    assert recorder.states == [RUNNING, PAUSED, RUNNING]
    assert session.deadline_ms() == clock.now_ms() + 3766
    clock.advance(3765)
    session.tick()
    assert session.remaining_ms() == 1
    clock.advance(1)
    session.tick()
    assert session.index == 1
    assert recorder.changes[-1].at_ms == T0 + 65_000
    clock.advance(1_000_000)
    session.tick()
    (summary,) = recorder.summaries
    assert (summary.active_ms, summary.paused_ms) == (75_000, 60_000)
    assert summary.ended_at_ms == T0 + 135_000


def test_pause_on_a_counted_rep_keeps_its_time(toes: Plan, clock: ManualClock) -> None:
    session, _ = started(toes, clock)
    clock.advance(5000 + 800)
    session.pause()
    clock.advance(10_000)
    session.resume()
    clock.advance(200)
    session.count_rep()
    assert session.records[1] == StepRecord(1, Outcome.COMPLETED, 1000)


def test_toggle_pauses_and_resumes(calf: Plan, clock: ManualClock) -> None:
    session, recorder = started(calf, clock)
    session.toggle()
    assert session.state is PAUSED
    session.toggle()
    assert session.state is RUNNING
    assert recorder.states == [RUNNING, PAUSED, RUNNING]


@pytest.mark.parametrize(
    ("state", "command", "message"),
    [
        ("idle", "pause", "cannot pause: the session is idle (it must be running)"),
        ("idle", "toggle", "cannot pause: the session is idle"),
        ("idle", "resume", "cannot resume: the session is idle (it must be paused)"),
        ("idle", "count_rep", "cannot count a rep: the session is idle"),
        ("idle", "skip", "cannot skip: the session is idle (it must be running or paused)"),
        ("idle", "previous", "cannot go back: the session is idle"),
        ("idle", "restart_step", "cannot restart the step: the session is idle"),
        ("idle", "stop", "cannot stop: the session is idle (it must be running or paused)"),
        ("running", "start", "cannot start: the session is running (it must be idle)"),
        ("running", "resume", "cannot resume: the session is running (it must be paused)"),
        ("paused", "pause", "cannot pause: the session is paused (it must be running)"),
        ("paused", "start", "cannot start: the session is paused"),
        ("paused", "count_rep", "cannot count a rep: the session is paused"),
    ],
)
def test_a_command_the_state_does_not_allow_raises_and_changes_nothing(
    toes: Plan, clock: ManualClock, state: str, command: str, message: str
) -> None:
    session = Session(toes, clock)
    recorder = Recorder(session)
    if state != "idle":
        session.start()
        clock.advance(5000)
        session.tick()  # on a counted rep, so count_rep fails only for the state
    if state == "paused":
        session.pause()
    before = (session.state, session.index, session.remaining_ms(), recorder.count())
    with pytest.raises(SessionError, match=f"^{re.escape(message)}"):
        getattr(session, command)()
    assert (session.state, session.index, session.remaining_ms(), recorder.count()) == before


# --- navigation -----------------------------------------------------------------------------


def test_skip_while_running_moves_on_and_records_the_skip(calf: Plan, clock: ManualClock) -> None:
    session, recorder = started(calf, clock)
    clock.advance(2000)
    session.skip()
    assert session.index == 1
    assert recorder.changes[-1] == StepChange(
        calf.steps[1], calf.steps[0], ChangeReason.SKIP, T0 + 2000
    )
    assert session.records[0] == StepRecord(0, Outcome.SKIPPED, 2000)
    assert session.state is RUNNING
    assert session.remaining_ms() == 30_000
    assert session.deadline_ms() == T0 + 32_000


def test_skip_while_paused_stays_paused(calf: Plan, clock: ManualClock) -> None:
    session, recorder = started(calf, clock)
    clock.advance(2000)
    session.pause()
    clock.advance(5000)
    session.skip()
    assert session.state is PAUSED
    assert recorder.states == [RUNNING, PAUSED]
    assert session.index == 1
    assert session.records[0] == StepRecord(0, Outcome.SKIPPED, 2000)
    assert session.remaining_ms() == 30_000
    clock.advance(100_000)
    session.tick()
    assert session.index == 1
    session.resume()
    assert session.deadline_ms() == clock.now_ms() + 30_000


def test_skipping_the_last_step_finishes(calf: Plan, clock: ManualClock) -> None:
    session, recorder = started(calf, clock)
    clock.advance(45_000 + 12_000)
    session.skip()
    assert session.state is FINISHED
    (summary,) = recorder.summaries
    assert (summary.completed_steps, summary.skipped_steps) == (3, 1)
    assert (summary.reps_done, summary.reps_planned) == (1, 2)
    # One rep per foot: the left foot is whole, the skipped right-foot hold is not.
    assert (summary.sets_done, summary.sets_planned) == (1, 2)
    assert (summary.sides_done, summary.sides_planned) == (1, 2)
    assert summary.active_ms == 57_000
    assert summary.ended_at_ms == T0 + 57_000


def test_previous_goes_back_to_do_the_step_again(calf: Plan, clock: ManualClock) -> None:
    session, recorder = started(calf, clock)
    clock.advance(35_000 + 1000)
    session.tick()
    assert session.index == 2
    session.previous()
    assert session.index == 1
    assert recorder.changes[-1] == StepChange(
        calf.steps[1], calf.steps[2], ChangeReason.BACK, T0 + 36_000
    )
    assert session.remaining_ms() == 30_000
    assert session.deadline_ms() == T0 + 66_000
    assert sorted(session.records) == [0]  # the hold is to be done again


def test_previous_while_paused_stays_paused(calf: Plan, clock: ManualClock) -> None:
    session, recorder = started(calf, clock)
    clock.advance(5000 + 4000)
    session.pause()
    session.previous()
    assert session.state is PAUSED
    assert recorder.states == [RUNNING, PAUSED]
    assert session.index == 0
    assert session.remaining_ms() == 5000
    assert session.deadline_ms() is None


def test_previous_at_the_first_step_restarts_it(calf: Plan, clock: ManualClock) -> None:
    session, recorder = started(calf, clock)
    clock.advance(2000)
    session.previous()
    assert session.index == 0
    assert recorder.changes[-1] == StepChange(
        calf.steps[0], calf.steps[0], ChangeReason.BACK, T0 + 2000
    )
    assert session.remaining_ms() == 5000
    assert session.deadline_ms() == T0 + 7000


@pytest.mark.parametrize("paused", [False, True])
def test_restart_step_starts_the_step_over(calf: Plan, clock: ManualClock, paused: bool) -> None:
    session, recorder = started(calf, clock)
    clock.advance(5000 + 20_000)
    if paused:
        session.pause()
    session.restart_step()
    assert session.index == 1
    assert recorder.changes[-1].reason is ChangeReason.RESTART
    assert session.remaining_ms() == 30_000
    assert session.state is (PAUSED if paused else RUNNING)
    if paused:
        session.resume()
    clock.advance(1_000_000)
    session.tick()
    # Time spent on the abandoned attempt still counts as exercise.
    assert recorder.summaries[0].active_ms == 75_000 + 20_000


# --- counted reps ---------------------------------------------------------------------------


def test_a_counted_rep_waits_for_the_user(toes: Plan, clock: ManualClock) -> None:
    session, recorder = started(toes, clock)
    clock.advance(5000)
    session.tick()
    assert session.step.counted
    assert session.remaining_ms() is None
    assert session.deadline_ms() is None
    assert session.next_change_ms() is None
    clock.advance(60_000)
    session.tick()
    assert session.index == 1
    session.count_rep()
    assert session.index == 2
    assert recorder.changes[-1] == StepChange(
        toes.steps[2], toes.steps[1], ChangeReason.COUNTED, T0 + 65_000
    )
    assert session.records[1] == StepRecord(1, Outcome.COMPLETED, 60_000)


def test_count_rep_only_on_a_counted_step(toes: Plan, clock: ManualClock) -> None:
    session, _ = started(toes, clock)
    with pytest.raises(SessionError, match="'Get ready' is not a counted step"):
        session.count_rep()
    assert session.index == 0
    assert session.records == {}


def test_a_paced_counted_rep_times_out_or_can_be_counted_early(
    catalogue: Catalogue, clock: ManualClock
) -> None:
    plan = plan_for(catalogue, "toe-pulling", reps=2, pace_seconds=2)
    session, recorder = started(plan, clock)
    clock.advance(5000 + 2000)
    session.tick()
    assert session.index == 2
    assert session.records[1] == StepRecord(1, Outcome.COMPLETED, 2000)
    clock.advance(500)
    session.count_rep()
    assert session.records[2] == StepRecord(2, Outcome.COMPLETED, 500)
    assert recorder.changes[-1].reason is ChangeReason.COUNTED


def test_all_reps_counted_finishes_with_every_rep_done(toes: Plan, clock: ManualClock) -> None:
    session, recorder = started(toes, clock)
    for _ in range(2):
        clock.advance(5000 if session.index == 0 else 10_000)
        session.tick()
        for _ in range(2):
            clock.advance(1500)
            session.count_rep()
    assert session.state is FINISHED
    (summary,) = recorder.summaries
    assert (summary.reps_done, summary.reps_planned) == (4, 4)
    assert summary.active_ms == 5000 + 10_000 + 4 * 1500


# --- the end --------------------------------------------------------------------------------


def test_stop_while_running_ends_early_with_a_summary(calf: Plan, clock: ManualClock) -> None:
    session, recorder = started(calf, clock)
    clock.advance(5000 + 10_000)
    session.stop()
    assert session.state is STOPPED
    assert recorder.states == [RUNNING, STOPPED]
    assert recorder.summaries == [
        Summary(
            exercise_id="calf-stretch",
            state=STOPPED,
            completed_steps=1,
            skipped_steps=0,
            planned_steps=4,
            reps_done=0,
            reps_planned=2,
            sets_done=0,
            sets_planned=2,
            sides_done=0,
            sides_planned=2,
            active_ms=15_000,
            paused_ms=0,
            started_at_ms=T0,
            ended_at_ms=T0 + 15_000,
        )
    ]
    assert not recorder.summaries[0].finished
    assert session.remaining_ms() == 0
    assert session.session_remaining_ms() == 0
    assert session.deadline_ms() is None
    assert session.next_change_ms() is None


def test_progress_stops_where_the_session_was_stopped(calf: Plan, clock: ManualClock) -> None:
    session, _ = started(calf, clock)
    clock.advance(15_000)  # 15 of the calf stretch's 75 s
    session.tick()
    assert session.progress() == pytest.approx(0.2)
    session.stop()
    clock.advance(30_000)
    assert session.progress() == pytest.approx(0.2)


def test_stop_while_paused_counts_the_pause(calf: Plan, clock: ManualClock) -> None:
    session, recorder = started(calf, clock)
    clock.advance(3000)
    session.pause()
    clock.advance(7000)
    session.stop()
    (summary,) = recorder.summaries
    assert summary.state is STOPPED
    assert (summary.active_ms, summary.paused_ms) == (3000, 7000)
    assert summary.ended_at_ms == T0 + 10_000
    assert recorder.states == [RUNNING, PAUSED, STOPPED]


def test_finishing_emits_ended_once_with_the_summary(
    catalogue: Catalogue, clock: ManualClock
) -> None:
    plan = build_plan(catalogue.get("ankle-extension"))
    session, recorder = started(plan, clock)
    clock.advance(100_000)
    session.pause()
    clock.advance(20_000)
    session.resume()
    while session.state is RUNNING:
        clock.advance(7000)
        session.tick()
    assert recorder.states == [RUNNING, PAUSED, RUNNING, FINISHED]
    assert len(recorder.changes) == 48
    (summary,) = recorder.summaries
    assert summary == Summary(
        exercise_id="ankle-extension",
        state=FINISHED,
        completed_steps=48,
        skipped_steps=0,
        planned_steps=48,
        reps_done=24,
        reps_planned=24,
        sets_done=3,
        sets_planned=3,
        sides_done=1,
        sides_planned=1,
        active_ms=395_000,
        paused_ms=20_000,
        started_at_ms=T0,
        ended_at_ms=T0 + 415_000,
    )
    assert summary.finished
    clock.advance(1_000_000)
    session.tick()
    assert len(recorder.summaries) == 1
    assert session.summary() == summary
    assert session.progress() == 1.0
    assert session.session_remaining_ms() == 0


@pytest.mark.parametrize(
    ("exercise_id", "skip_index", "reps_done"),
    [
        pytest.param("achilles-stretch", 1, 1, id="skipped-first-hold-undoes-its-rep"),
        pytest.param("achilles-stretch", 2, 1, id="skipped-second-hold-undoes-its-rep"),
        pytest.param("ankle-extension", 2, 2, id="skipped-relax-keeps-the-rep"),
    ],
)
def test_reps_done_counts_reps_whose_holds_were_completed(
    catalogue: Catalogue, clock: ManualClock, exercise_id: str, skip_index: int, reps_done: int
) -> None:
    plan = plan_for(catalogue, exercise_id, reps=2, sets=1)
    session, recorder = started(plan, clock)
    while session.state is RUNNING:
        if session.index == skip_index:
            session.skip()
        clock.advance(1000)
        session.tick()
    (summary,) = recorder.summaries
    assert (summary.reps_done, summary.reps_planned) == (reps_done, 2)
    assert summary.skipped_steps == 1


@pytest.mark.parametrize("ending", ["finish", "stop"])
@pytest.mark.parametrize(
    "command",
    ["start", "pause", "resume", "toggle", "count_rep", "skip", "previous", "restart_step", "stop"],
)
def test_commands_after_the_end_raise(
    calf: Plan, clock: ManualClock, ending: str, command: str
) -> None:
    session, recorder = started(calf, clock)
    clock.advance(10_000)
    if ending == "stop":
        session.stop()
    else:
        clock.advance(100_000)
        session.tick()
    state = session.state
    before = (session.index, dict(session.records), session.summary(), recorder.count())
    clock.advance(1000)
    with pytest.raises(SessionError, match=f"the session is {state.value}"):
        getattr(session, command)()
    session.tick()
    assert session.state is state
    assert (session.index, session.records, session.summary(), recorder.count()) == before


# --- what the screen shows ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("elapsed", "next_in"),
    [(0, 1000), (500, 500), (1, 999), (999, 1), (1000, 1000), (4999, 1)],
)
def test_next_change_is_when_the_shown_second_flips(
    calf: Plan, clock: ManualClock, elapsed: int, next_in: int
) -> None:
    session, _ = started(calf, clock)
    clock.advance(elapsed)
    now = clock.now_ms()
    assert session.next_change_ms() == now + next_in

    def shown() -> int:  # countdowns show whole seconds, rounded up
        remaining = session.remaining_ms()
        assert remaining is not None
        return math.ceil(remaining / 1000)

    before = shown()
    clock.advance(next_in - 1)
    assert shown() == before
    clock.advance(1)
    assert shown() == before - 1


def test_next_change_is_none_while_paused(calf: Plan, clock: ManualClock) -> None:
    session, _ = started(calf, clock)
    session.pause()
    assert session.next_change_ms() is None


def test_session_remaining_and_progress(calf: Plan, clock: ManualClock) -> None:
    session = Session(calf, clock)
    assert session.session_remaining_ms() == 75_000
    assert session.progress() == 0.0
    session.start()
    clock.advance(15_000)
    session.tick()
    assert session.session_remaining_ms() == 20_000 + 10_000 + 30_000
    assert session.progress() == pytest.approx(0.2)
    session.pause()
    clock.advance(50_000)
    assert session.session_remaining_ms() == 60_000
    assert session.progress() == pytest.approx(0.2)


def test_self_paced_reps_count_at_their_estimate(toes: Plan, clock: ManualClock) -> None:
    session, _ = started(toes, clock)
    assert toes.total_ms == 5000 + 10_000 + 4 * 3000
    clock.advance(5000)
    session.tick()
    assert session.session_remaining_ms() == 3000 + 3000 + 10_000 + 6000
    clock.advance(10_000)  # a slow rep does not make the session longer or shorter
    assert session.session_remaining_ms() == 22_000
    session.count_rep()
    assert session.session_remaining_ms() == 19_000


def test_waking_long_after_the_due_moment_pauses_where_the_user_was(
    calf: Plan, clock: ManualClock
) -> None:
    session, recorder = started(calf, clock)
    slept: list[int] = []
    session.slept.connect(slept.append)
    clock.advance(12_000)  # 7 s into the left hold
    session.tick()
    due = clock.now_ms() + 1_000  # the app asked to wake at the next second...
    clock.set(due + 45 * 60_000)  # ...and the lid was closed for 45 minutes
    session.wake(due)
    assert slept == [45 * 60_000]
    assert session.state is PAUSED
    assert session.step.label == "Hold the stretch"
    assert session.remaining_ms() == 22_000  # as at the moment it was due
    assert [change.at_ms - T0 for change in recorder.changes] == [0, 5000]
    session.resume()
    clock.advance(22_000)
    session.tick()
    assert session.step.kind.value == "switch"
    assert session.summary().paused_ms == 45 * 60_000


def test_a_sleep_still_ends_the_steps_that_ended_before_it(calf: Plan, clock: ManualClock) -> None:
    session, recorder = started(calf, clock)
    due = clock.now_ms() + 5_000  # the end of get ready
    clock.set(due + 10 * 60_000)
    session.wake(due)
    assert session.state is PAUSED
    assert session.step.label == "Hold the stretch"
    assert session.remaining_ms() == 30_000
    assert [change.reason for change in recorder.changes][-1] is ChangeReason.TIMEOUT


def test_a_wake_up_less_than_a_minute_late_only_catches_up(calf: Plan, clock: ManualClock) -> None:
    session, _ = started(calf, clock)
    slept: list[int] = []
    session.slept.connect(slept.append)
    due = clock.now_ms() + 1_000
    clock.set(due + 59_000)
    session.wake(due)
    assert slept == []
    assert session.state is RUNNING
    assert session.index == 3  # the right hold, 15 s in: every step on the way ended on time
    assert session.remaining_ms() == 15_000


def test_a_set_is_done_only_when_all_its_reps_are(catalogue: Catalogue, clock: ManualClock) -> None:
    plan = build_plan(catalogue.get("achilles-stretch"))
    session, recorder = started(plan, clock)
    second_set_hold = next(s for s in plan.steps if s.position.set == 2 and s.position.rep == 5)
    while session.state is RUNNING:
        if session.index == second_set_hold.index:
            session.skip()
            continue
        clock.advance(session.remaining_ms() or 0)
        session.tick()
    (summary,) = recorder.summaries
    assert (summary.reps_done, summary.reps_planned) == (35, 36)
    assert (summary.sets_done, summary.sets_planned) == (2, 3)
    assert (summary.sides_done, summary.sides_planned) == (0, 1)
