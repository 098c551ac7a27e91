"""A routine as one session on a fake clock: transitions, skipping and going back by exercise,
and what became of each exercise."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footcare_gui.core.catalogue import Catalogue, Exercise
from footcare_gui.core.clock import ManualClock
from footcare_gui.core.cues import CueScheduler, FiredCue
from footcare_gui.core.plan import Dose, Plan, build_plan, build_routine_plan
from footcare_gui.core.session import (
    ChangeReason,
    Outcome,
    SegmentStatus,
    SegmentSummary,
    Session,
    SessionError,
    SessionState,
    StepChange,
    StepRecord,
)
from footcare_gui.core.session_presenter import segment_line
from tests.core.test_session import Recorder, started
from tests.core.test_session_properties import CATALOGUE, Action, Checked

T0 = ManualClock().now_ms()
RUNNING, PAUSED, FINISHED, STOPPED = (
    SessionState.RUNNING,
    SessionState.PAUSED,
    SessionState.FINISHED,
    SessionState.STOPPED,
)
DONE, PARTLY, SKIPPED = SegmentStatus.DONE, SegmentStatus.PARTLY, SegmentStatus.SKIPPED


def dosed(catalogue: Catalogue, exercise_id: str, **changes: object) -> tuple[Exercise, Dose]:
    exercise = catalogue.get(exercise_id)
    return exercise, replace(Dose.default_for(exercise), **changes)


@pytest.fixture
def routine(catalogue: Catalogue) -> Plan:
    """0-3 calf stretch (get ready 5, hold 30, switch 10, hold 30): 0-75 s;
    4-8 Achilles (transition 15, four 3 s holds): 75-102 s;
    9-14 toe pulling (transition 15, pull, pull, switch 10, pull, pull): from 102 s."""
    return build_routine_plan(
        [
            dosed(catalogue, "calf-stretch"),
            dosed(catalogue, "achilles-stretch", reps=2, sets=1),
            dosed(catalogue, "toe-pulling", reps=2),
        ],
        name="Morning",
    )


def statuses(session: Session) -> list[SegmentStatus]:
    return [s.status for s in session.segment_summaries()]


# --- walking through ------------------------------------------------------------------------


def test_time_runs_from_one_exercise_through_the_transition_into_the_next(
    routine: Plan, clock: ManualClock
) -> None:
    session, recorder = started(routine, clock)
    clock.advance(75_000)
    session.tick()
    assert session.index == 4
    assert session.step.label == "Next: Achilles tendon stretch"
    assert session.remaining_ms() == 15_000
    assert session.deadline_ms() == T0 + 90_000
    clock.advance(15_000 + 12_000 + 15_000)
    session.tick()
    assert session.index == 10  # the first pull waits for the user
    assert [c.at_ms - T0 for c in recorder.changes] == [
        0, 5000, 35_000, 45_000, 75_000, 90_000, 93_000, 96_000, 99_000, 102_000, 117_000
    ]  # fmt: skip
    assert all(c.reason is ChangeReason.TIMEOUT for c in recorder.changes[1:])


def test_a_whole_routine_ends_once_with_every_exercise_done(
    routine: Plan, clock: ManualClock
) -> None:
    session, recorder = started(routine, clock)
    clock.advance(117_000)
    session.tick()
    for _ in range(2):
        for _ in range(2):
            clock.advance(1000)
            session.count_rep()
        clock.advance(10_000)
        session.tick()
    assert session.state is FINISHED
    (summary,) = recorder.summaries
    assert (summary.exercise_id, summary.reps_done, summary.reps_planned) == ("routine", 8, 8)
    assert (summary.sides_done, summary.sides_planned) == (5, 5)
    parts = session.segment_summaries()
    assert [p.status for p in parts] == [DONE, DONE, DONE]
    assert [(p.started_at_ms, p.ended_at_ms) for p in parts] == [
        (T0, T0 + 75_000),
        (T0 + 75_000, T0 + 102_000),
        (T0 + 102_000, T0 + 131_000),
    ]
    assert [p.active_ms for p in parts] == [75_000, 27_000, 29_000]
    assert sum(p.active_ms for p in parts) == summary.active_ms
    assert parts[2] == SegmentSummary(
        exercise_id="toe-pulling",
        exercise_name="Toe pulling",
        status=DONE,
        completed_steps=6,
        skipped_steps=0,
        planned_steps=6,
        reps_done=4,
        reps_planned=4,
        sets_done=2,
        sets_planned=2,
        sides_done=2,
        sides_planned=2,
        active_ms=29_000,
        paused_ms=0,
        started_at_ms=T0 + 102_000,
        ended_at_ms=T0 + 131_000,
    )


# --- skipping an exercise -------------------------------------------------------------------


def test_skip_exercise_skips_the_rest_and_starts_the_transition(
    routine: Plan, clock: ManualClock
) -> None:
    session, recorder = started(routine, clock)
    clock.advance(10_000)  # 5 s into the left calf hold
    session.skip_exercise()
    assert session.state is RUNNING
    assert session.index == 4
    assert recorder.changes[-1] == StepChange(
        routine.steps[4], routine.steps[1], ChangeReason.SKIP_EXERCISE, T0 + 10_000
    )
    assert session.records == {
        0: StepRecord(0, Outcome.COMPLETED, 5000),
        1: StepRecord(1, Outcome.SKIPPED, 5000),
        2: StepRecord(2, Outcome.SKIPPED, 0),
        3: StepRecord(3, Outcome.SKIPPED, 0),
    }
    assert session.deadline_ms() == T0 + 25_000
    calf, achilles, toes = session.segment_summaries()
    # 5 s of a hold is work begun: "nothing done" (saved, counting for nothing), as a session of
    # the calf stretch alone stopped there would be; not "skipped".
    assert (calf.status, calf.completed_steps, calf.skipped_steps) == (PARTLY, 1, 3)
    assert calf.counts.reps.done == 0
    assert segment_line(calf) == "\N{EN DASH} Calf stretch \N{EM DASH} nothing done"
    assert (calf.started_at_ms, calf.ended_at_ms, calf.active_ms) == (T0, T0 + 10_000, 10_000)
    assert (achilles.started_at_ms, achilles.ended_at_ms) == (T0 + 10_000, T0 + 10_000)
    assert (toes.started_at_ms, toes.ended_at_ms, toes.active_ms) == (None, None, 0)


def test_skip_exercise_during_a_transition_skips_that_whole_exercise(
    routine: Plan, clock: ManualClock
) -> None:
    session, _ = started(routine, clock)
    clock.advance(80_000)
    session.skip_exercise()
    assert session.index == 9
    assert statuses(session) == [DONE, SKIPPED, SKIPPED]
    assert session.segment_summaries()[1].skipped_steps == 5


def test_skip_exercise_while_paused_stays_paused_and_splits_the_pause(
    routine: Plan, clock: ManualClock
) -> None:
    session, recorder = started(routine, clock)
    clock.advance(8000)
    session.pause()
    clock.advance(2000)
    session.skip_exercise()
    assert session.state is PAUSED
    assert recorder.states == [RUNNING, PAUSED]
    assert (session.index, session.remaining_ms(), session.deadline_ms()) == (4, 15_000, None)
    clock.advance(100_000)
    session.tick()
    assert session.index == 4
    clock.advance(3000)
    session.resume()
    assert session.deadline_ms() == clock.now_ms() + 15_000
    calf, achilles, _ = session.segment_summaries()
    assert (calf.paused_ms, achilles.paused_ms) == (2000, 103_000)
    assert (calf.active_ms, calf.ended_at_ms) == (8000, T0 + 10_000)
    assert achilles.started_at_ms == T0 + 10_000
    clock.advance(1000)
    session.stop()
    parts = session.segment_summaries()
    summary = recorder.summaries[0]
    assert sum(p.paused_ms for p in parts) == summary.paused_ms == 105_000
    assert sum(p.active_ms for p in parts) == summary.active_ms == 9000


def test_skip_exercise_on_the_last_exercise_finishes_like_skipping_the_last_step(
    routine: Plan, clock: ManualClock
) -> None:
    session, recorder = started(routine, clock)
    clock.advance(117_000)
    session.tick()
    clock.advance(1000)
    session.count_rep()
    session.skip_exercise()
    assert session.state is FINISHED
    (summary,) = recorder.summaries
    assert summary.finished
    assert (summary.completed_steps, summary.skipped_steps) == (11, 4)
    assert statuses(session) == [DONE, DONE, PARTLY]
    toes = session.segment_summaries()[2]
    assert (toes.reps_done, toes.reps_planned, toes.ended_at_ms) == (1, 4, T0 + 118_000)
    assert session.progress() == 1.0
    with pytest.raises(SessionError, match="cannot skip the exercise: the session is finished"):
        session.skip_exercise()


def test_skip_exercise_on_a_single_exercise_finishes_it(
    catalogue: Catalogue, clock: ManualClock
) -> None:
    session, recorder = started(build_plan(catalogue.get("calf-stretch")), clock)
    clock.advance(10_000)
    session.skip_exercise()
    assert session.state is FINISHED
    assert recorder.summaries[0].skipped_steps == 3


# --- going back an exercise -----------------------------------------------------------------


def test_previous_exercise_in_the_middle_starts_the_exercise_over(
    routine: Plan, clock: ManualClock
) -> None:
    session, recorder = started(routine, clock)
    clock.advance(94_000)  # second Achilles hold, 1 s in
    session.tick()
    assert session.index == 6
    session.previous_exercise()
    assert session.index == 4
    assert recorder.changes[-1] == StepChange(
        routine.steps[4], routine.steps[6], ChangeReason.BACK_EXERCISE, T0 + 94_000
    )
    assert sorted(session.records) == [0, 1, 2, 3]  # the Achilles steps are to be done again
    assert session.deadline_ms() == T0 + 109_000
    achilles = session.segment_summaries()[1]
    assert (achilles.completed_steps, achilles.active_ms) == (0, 19_000)
    assert achilles.started_at_ms == T0 + 75_000


def test_previous_exercise_late_in_a_transition_restarts_it(
    routine: Plan, clock: ManualClock
) -> None:
    session, _ = started(routine, clock)
    clock.advance(75_000 + 3001)
    session.previous_exercise()
    assert session.index == 4
    assert session.remaining_ms() == 15_000


def test_previous_exercise_early_in_a_transition_goes_to_the_exercise_before(
    routine: Plan, clock: ManualClock
) -> None:
    session, recorder = started(routine, clock)
    clock.advance(75_000 + 3000)
    session.previous_exercise()
    assert session.index == 0
    assert session.step.label == "Get ready"
    assert session.records == {}
    assert session.deadline_ms() == T0 + 83_000
    calf, achilles, _ = session.segment_summaries()
    assert calf.status is SKIPPED  # its holds are to be done again
    assert (calf.started_at_ms, calf.active_ms) == (T0, 75_000)
    assert (achilles.started_at_ms, achilles.ended_at_ms) == (T0 + 75_000, T0 + 78_000)
    assert achilles.active_ms == 3000
    clock.advance(1000)
    session.stop()
    calf = session.segment_summaries()[0]
    assert (calf.ended_at_ms, calf.active_ms) == (T0 + 79_000, 76_000)
    assert sum(p.active_ms for p in session.segment_summaries()) == 79_000
    assert recorder.summaries[0].active_ms == 79_000


def test_previous_exercise_at_the_start_of_the_first_restarts_it(
    routine: Plan, clock: ManualClock
) -> None:
    session, recorder = started(routine, clock)
    clock.advance(1000)
    session.previous_exercise()
    assert session.index == 0
    assert recorder.changes[-1].reason is ChangeReason.BACK_EXERCISE
    assert session.deadline_ms() == T0 + 6000


def test_previous_exercise_while_paused_stays_paused(routine: Plan, clock: ManualClock) -> None:
    session, recorder = started(routine, clock)
    clock.advance(80_000)
    session.pause()
    clock.advance(60_000)  # a long pause does not count as time into the transition
    session.previous_exercise()
    assert session.state is PAUSED
    assert recorder.states == [RUNNING, PAUSED]
    assert (session.index, session.remaining_ms(), session.deadline_ms()) == (4, 15_000, None)
    session.previous_exercise()  # now at the very start of it: to the exercise before
    assert session.index == 0
    session.resume()
    assert session.deadline_ms() == clock.now_ms() + 5000


# --- the end --------------------------------------------------------------------------------


def test_stopping_part_way_reports_each_exercise(routine: Plan, clock: ManualClock) -> None:
    session, recorder = started(routine, clock)
    clock.advance(96_000)  # calf done, two Achilles holds (one rep) done
    session.stop()
    calf, achilles, toes = session.segment_summaries()
    assert (calf.status, achilles.status, toes.status) == (DONE, PARTLY, SKIPPED)
    assert (achilles.reps_done, achilles.reps_planned) == (1, 2)
    assert (achilles.ended_at_ms, achilles.active_ms) == (T0 + 96_000, 21_000)
    assert not toes.entered
    with pytest.raises(ValueError, match="toe-pulling was never started"):
        toes.as_summary()
    record = achilles.as_summary()
    assert (record.exercise_id, record.state, record.reps_done) == ("achilles-stretch", STOPPED, 1)
    assert (record.started_at_ms, record.ended_at_ms) == (T0 + 75_000, T0 + 96_000)
    assert calf.as_summary().finished
    assert recorder.summaries[0].state is STOPPED
    clock.advance(60_000)
    assert session.segment_summaries() == [calf, achilles, toes]


def test_a_single_exercise_has_one_segment_summary_matching_its_summary(
    catalogue: Catalogue, clock: ManualClock
) -> None:
    session, recorder = started(build_plan(catalogue.get("calf-stretch")), clock)
    clock.advance(20_000)
    session.pause()
    clock.advance(5000)
    session.resume()
    clock.advance(100_000)
    session.tick()
    (part,) = session.segment_summaries()
    assert part.as_summary() == recorder.summaries[0]
    assert part.exercise_name == "Calf stretch"


def test_the_transition_prompt_names_the_next_exercise(routine: Plan, clock: ManualClock) -> None:
    session = Session(routine, clock)
    fired: list[FiredCue] = []
    CueScheduler(session).fired.connect(fired.append)
    session.start()
    assert fired[0].prompt == "Get ready: Calf stretch, left foot"
    clock.advance(10_000)
    session.skip_exercise()
    assert fired[-1] == FiredCue(None, T0 + 10_000, "Get ready: Achilles tendon stretch")
    clock.advance(1000)
    session.previous_exercise()
    assert fired[-1].prompt == "Get ready: Calf stretch, left foot"


# --- properties -----------------------------------------------------------------------------

COMMANDS = ["tick", "toggle", "skip", "previous", "skip_exercise", "previous_exercise", "count"]
routine_action = st.one_of(
    st.integers(0, 20_000).map(lambda ms: ("advance", ms)),
    st.sampled_from([*COMMANDS, "stop"]).map(lambda name: (name, 0)),
)


@st.composite
def routines(draw: st.DrawFn) -> Plan:
    """Two to four catalogue exercises in any order, with small doses to stay quick."""
    chosen = draw(st.permutations(CATALOGUE.exercises))[: draw(st.integers(2, 4))]
    items = []
    for exercise in chosen:
        dose = Dose(
            reps=draw(st.integers(1, 2)),
            sets=draw(st.integers(1, 2)),
            phase_seconds=tuple(
                None if phase.counted else draw(st.integers(1, 5)) for phase in exercise.phases
            ),
            rest_seconds=draw(st.integers(0, 3)),
            pace_seconds=draw(st.integers(0, 2)),
            prepare_seconds=draw(st.integers(0, 3)),
            switch_seconds=draw(st.integers(0, 3)),
        )
        items.append((exercise, dose))
    return build_routine_plan(items)


class CheckedRoutine(Checked):
    """The single-session checks, plus what must hold for each exercise of a routine."""

    def check(self) -> None:
        super().check()
        s = self.session
        summary = s.summary()
        parts = s.segment_summaries()
        if not s.state.ended:
            # Records are exactly the steps behind the user: going back clears what it re-enters.
            assert set(s.records) == set(range(s.index))
        assert sum(p.active_ms for p in parts) == summary.active_ms
        assert sum(p.paused_ms for p in parts) == summary.paused_ms
        assert sum(p.reps_done for p in parts) == summary.reps_done
        assert sum(p.completed_steps + p.skipped_steps for p in parts) == len(s.records)
        entered = [p.entered for p in parts]
        assert entered == sorted(entered, reverse=True), "an exercise was jumped over unseen"
        for part in parts:
            if part.started_at_ms is None:
                assert (part.ended_at_ms, part.active_ms, part.status) == (None, 0, SKIPPED)
                continue
            assert part.ended_at_ms is not None
            assert summary.started_at_ms <= part.started_at_ms <= part.ended_at_ms
            assert part.ended_at_ms <= summary.ended_at_ms
            assert (part.status is DONE) == (part.reps_done == part.reps_planned)
            if part.status is SKIPPED:
                assert part.reps_done == 0


@settings(max_examples=150, deadline=None)
@given(plan=routines(), actions=st.lists(routine_action, max_size=60))
def test_random_use_of_a_routine_keeps_every_exercise_consistent(
    plan: Plan, actions: list[Action]
) -> None:
    run = CheckedRoutine(plan)
    run.check()
    for name, ms in actions:
        run.do(name, ms)
    if not run.session.state.ended:
        run.finish()
    for name in ("advance", *COMMANDS):
        run.do(name, 60_000)


@settings(max_examples=100, deadline=None)
@given(plan=routines(), skips=st.lists(st.integers(0, 30_000), min_size=1, max_size=6))
def test_skipping_exercise_by_exercise_visits_each_once_and_finishes(
    plan: Plan, skips: list[int]
) -> None:
    clock = ManualClock()
    session = Session(plan, clock)
    recorder = Recorder(session)
    session.start()
    for wait in skips:
        if session.state.ended:
            break
        clock.advance(wait)
        session.tick()
        if session.state is RUNNING:
            session.skip_exercise()
    for _ in plan.segments:
        if session.state.ended:
            break
        session.skip_exercise()
    assert session.state is FINISHED
    assert len(recorder.summaries) == 1
    firsts = [c.step.index for c in recorder.changes if c.reason is ChangeReason.SKIP_EXERCISE]
    assert all(plan.is_transition(plan.steps[i]) for i in firsts)
    assert len(firsts) == len(set(firsts))


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ("skip_exercise", "cannot skip the exercise: the session is idle"),
        ("previous_exercise", "cannot go back an exercise: the session is idle"),
    ],
)
def test_exercise_jumps_need_a_session_under_way(
    routine: Plan, clock: ManualClock, command: str, message: str
) -> None:
    session = Session(routine, clock)
    with pytest.raises(SessionError, match=f"^{message}"):
        getattr(session, command)()
    assert (session.index, session.records) == (0, {})
    assert [p.entered for p in session.segment_summaries()] == [False, False, False]
