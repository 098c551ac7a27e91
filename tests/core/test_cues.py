"""The cue schedule of whole sessions, walked with a fake clock."""

from __future__ import annotations

from dataclasses import replace

import pytest

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.clock import ManualClock
from footcare_gui.core.cues import Cue, CueScheduler, FiredCue, boundary_cue, prompt_for
from footcare_gui.core.plan import Dose, Plan, build_plan
from footcare_gui.core.session import Session, SessionState

HOLD, RELAX, TICK, SWITCH, FINISH = Cue.HOLD, Cue.RELAX, Cue.TICK, Cue.SWITCH, Cue.FINISH


class Walk:
    """A session with its cue scheduler, moved the way the Qt driver moves it."""

    def __init__(self, plan: Plan, clock: ManualClock):
        self.clock = clock
        self.session = Session(plan, clock)
        self.cues = CueScheduler(self.session)
        self.heard: list[tuple[Cue | None, int, str]] = []
        self.cues.fired.connect(self._hear)
        self.t0 = clock.now_ms()

    def _hear(self, fired: FiredCue) -> None:
        assert fired.at_ms <= self.clock.now_ms(), "a cue fired before its moment"
        self.heard.append((fired.cue, fired.at_ms - self.t0, fired.prompt))

    def until(self, t_ms: int) -> None:
        """Let time run to t (relative to the start), waking exactly when the driver would."""
        end = self.t0 + t_ms
        while self.session.state is SessionState.RUNNING:
            wakes = [w for w in (self.session.next_change_ms(), self.cues.next_due_ms()) if w]
            if not wakes or min(wakes) > end:
                break
            self.clock.set(max(self.clock.now_ms(), min(wakes)))
            self.session.tick()
            self.cues.poll()
        self.clock.set(end)

    def tones(self) -> list[tuple[Cue | None, int]]:
        return [(cue, at) for cue, at, _ in self.heard if cue is not None]


@pytest.fixture
def calf(catalogue: Catalogue) -> Plan:
    return build_plan(catalogue.get("calf-stretch"))


def test_a_whole_calf_stretch_sounds_right(calf: Plan, clock: ManualClock) -> None:
    walk = Walk(calf, clock)
    walk.session.start()
    walk.until(100_000)
    assert walk.heard == [
        (None, 0, "Get ready: Calf stretch, left foot"),
        (TICK, 2_000, ""),
        (TICK, 3_000, ""),
        (TICK, 4_000, ""),
        (HOLD, 5_000, "Hold the stretch"),
        (TICK, 32_000, ""),
        (TICK, 33_000, ""),
        (TICK, 34_000, ""),
        (SWITCH, 35_000, "Switch to your right foot"),
        (TICK, 42_000, ""),
        (TICK, 43_000, ""),
        (TICK, 44_000, ""),
        (HOLD, 45_000, "Hold the stretch"),
        (TICK, 72_000, ""),
        (TICK, 73_000, ""),
        (TICK, 74_000, ""),
        (FINISH, 75_000, "Well done"),
    ]


def test_pause_silences_the_countdown_and_resume_moves_it(calf: Plan, clock: ManualClock) -> None:
    walk = Walk(calf, clock)
    walk.session.start()
    walk.until(32_500)  # half a second after the first tick of the left hold
    walk.session.pause()
    walk.until(60_000)
    assert walk.tones()[-1] == (TICK, 32_000)  # nothing while paused
    walk.session.resume()
    walk.until(62_000)
    assert walk.tones()[-3:] == [(TICK, 32_000), (TICK, 60_500), (TICK, 61_500)]
    walk.until(62_500)
    assert walk.tones()[-1] == (SWITCH, 62_500)


def test_skip_and_back_announce_the_step_they_land_on(calf: Plan, clock: ManualClock) -> None:
    walk = Walk(calf, clock)
    walk.session.start()
    walk.until(1_500)
    walk.session.skip()  # straight into the hold
    walk.until(2_000)
    walk.session.previous()  # back to get ready
    walk.until(9_000)
    assert walk.tones() == [
        (HOLD, 1_500),
        (TICK, 4_000),
        (TICK, 5_000),
        (TICK, 6_000),
        (HOLD, 7_000),
    ]
    assert walk.heard[-1][2] == "Hold the stretch"
    assert walk.heard[2] == (None, 2_000, "Get ready: Calf stretch, left foot")


def test_skipping_while_paused_announces_on_resume(calf: Plan, clock: ManualClock) -> None:
    walk = Walk(calf, clock)
    walk.session.start()
    walk.until(1_000)
    walk.session.pause()
    walk.session.skip()
    walk.until(20_000)
    assert walk.tones() == []
    walk.session.resume()
    assert walk.tones() == [(HOLD, 20_000)]


def test_stop_is_silent(calf: Plan, clock: ManualClock) -> None:
    walk = Walk(calf, clock)
    walk.session.start()
    walk.until(10_000)
    walk.session.stop()
    walk.until(100_000)
    assert FINISH not in [cue for cue, _ in walk.tones()]


def test_ankle_extension_prompts_count_reps_and_sets(
    catalogue: Catalogue, clock: ManualClock
) -> None:
    exercise = catalogue.get("ankle-extension")
    plan = build_plan(exercise, replace(Dose.default_for(exercise), reps=2, sets=2))
    walk = Walk(plan, clock)
    walk.session.start()
    walk.until(200_000)
    spoken = [(cue, prompt) for cue, _, prompt in walk.heard if prompt]
    assert spoken == [
        (None, "Get ready: Ankle extension, painful foot"),
        (HOLD, "Pull the toes back, rep 1 of 2"),
        (RELAX, "Relax"),
        (HOLD, "Pull the toes back, rep 2 of 2"),
        (RELAX, "Rest. Next, set 2 of 2"),
        (HOLD, "Pull the toes back, rep 1 of 2"),
        (RELAX, "Relax"),
        (HOLD, "Pull the toes back, rep 2 of 2"),
        (FINISH, "Well done"),
    ]
    # A 5 s hold ticks in its last 3 seconds; a relax does not tick.
    assert [at for cue, at in walk.tones() if cue is TICK][-3:] == [
        plan.total_ms - 3_000,
        plan.total_ms - 2_000,
        plan.total_ms - 1_000,
    ]


def test_achilles_three_second_holds_tick_twice_each(
    catalogue: Catalogue, clock: ManualClock
) -> None:
    exercise = catalogue.get("achilles-stretch")
    plan = build_plan(exercise, replace(Dose.default_for(exercise), reps=1, sets=1))
    walk = Walk(plan, clock)
    walk.session.start()
    walk.until(60_000)
    assert walk.tones() == [
        (TICK, 2_000),
        (TICK, 3_000),
        (TICK, 4_000),
        (HOLD, 5_000),
        (TICK, 6_000),
        (TICK, 7_000),
        (HOLD, 8_000),
        (TICK, 9_000),
        (TICK, 10_000),
        (FINISH, 11_000),
    ]


def test_counted_reps_are_counted_aloud_with_one_tone_per_run(
    catalogue: Catalogue, clock: ManualClock
) -> None:
    exercise = catalogue.get("toe-pulling")
    plan = build_plan(exercise, replace(Dose.default_for(exercise), reps=3))
    steps = plan.steps
    assert [boundary_cue(step) for step in steps[1:4]] == [HOLD, None, None]
    assert [prompt_for(step, plan.exercise_name) for step in steps[1:4]] == ["1", "2", "3"]
    paced = build_plan(exercise, replace(Dose.default_for(exercise), reps=3, pace_seconds=2))
    assert [boundary_cue(step) for step in paced.steps[1:4]] == [HOLD, TICK, TICK]


def test_a_wake_up_a_little_late_still_sounds_the_tick(calf: Plan, clock: ManualClock) -> None:
    # The real timer fires a millisecond or two after the moment it was armed for.
    walk = Walk(calf, clock)
    walk.session.start()
    for second in (1, 2, 3, 4):
        clock.set(walk.t0 + second * 1000 + 2)
        walk.session.tick()
        walk.cues.poll()
    assert walk.tones() == [(TICK, 2_000), (TICK, 3_000), (TICK, 4_000)]
