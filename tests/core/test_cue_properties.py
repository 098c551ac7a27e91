"""The cue scheduler under random plans and random passing of time: each cue fires once, in
order, never before its moment, however the app is woken (early, exactly, or after a sleep)
and however often the session is paused. Walked cue by cue: tests/core/test_cues.py."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from footcare_gui.core.clock import ManualClock
from footcare_gui.core.cues import Cue, CueScheduler, FiredCue
from footcare_gui.core.plan import Plan
from footcare_gui.core.session import Session, SessionError, SessionState
from tests.core.test_session_properties import plans

RUNNING = SessionState.RUNNING
Heard = tuple[Cue | None, int, str]

# How the app is woken: at each moment the driver asks for, up to some time ahead ("walk"),
# early or between moments ("poll"), or after the computer slept through them ("jump").
walk = st.integers(0, 30_000).map(lambda ms: ("walk", ms))
poll = st.integers(0, 999).map(lambda ms: ("poll", ms))
jump = st.integers(30_000, 7_200_000).map(lambda ms: ("jump", ms))
toggle = st.just(("toggle", 0))
Move = tuple[str, int]


class Listener:
    """A session and its cue scheduler, woken as a test says; every cue heard is checked."""

    def __init__(self, plan: Plan):
        self.clock = ManualClock()
        self.session = Session(plan, self.clock)
        self.cues = CueScheduler(self.session)
        self.heard: list[Heard] = []
        self.visit = 0  # how many times a step was entered
        self.counted_down: dict[int, list[int]] = {}  # per visit: the seconds left at each tick
        self.cues.fired.connect(self.hear)
        self.session.step_changed.connect(self.entered)
        self.session.start()

    def entered(self, _change: object) -> None:
        self.visit += 1

    def hear(self, fired: FiredCue) -> None:
        assert fired.at_ms <= self.clock.now_ms(), "a cue fired before its moment"
        if self.heard:
            assert fired.at_ms >= self.heard[-1][1], "a cue fired out of order"
        if fired.cue is Cue.TICK:
            deadline = self.session.deadline_ms()
            assert deadline is not None
            left = deadline - fired.at_ms
            assert left > 0, "a tick at or after its step's end"
            assert left % 1000 == 0, "a tick off the whole seconds of its step"
            seconds = self.counted_down.setdefault(self.visit, [])
            assert not seconds or left < seconds[-1], "a second counted twice or backwards"
            seconds.append(left)
        self.heard.append((fired.cue, fired.at_ms, fired.prompt))

    def wake(self) -> None:
        self.session.tick()
        self.cues.poll()

    def walk(self, ms: int) -> None:
        """Time runs ``ms``, the app woken exactly at each moment it asked for."""
        end = self.clock.now_ms() + ms
        while self.session.state is RUNNING:
            due = [w for w in (self.session.next_change_ms(), self.cues.next_due_ms()) if w]
            if not due or min(due) > end:
                break
            self.clock.set(max(self.clock.now_ms(), min(due)))
            self.wake()
        self.clock.set(end)
        self.wake()

    def move(self, name: str, ms: int) -> None:
        if name == "walk":
            self.walk(ms)
        elif name in ("poll", "jump"):
            self.clock.advance(ms)
            self.wake()
        elif not self.session.state.ended:
            try:
                self.session.toggle()
            except SessionError:
                assert self.session.state.ended  # it ended on the way
            self.cues.poll()

    def to_the_end(self) -> None:
        for _ in range(1000):
            if self.session.state.ended:
                return
            if self.session.state is SessionState.PAUSED:
                self.session.resume()
            elif self.session.step.duration_ms is None:
                self.session.count_rep()  # a rep that waits for the user
            self.walk(60_000)
        raise AssertionError("the session never ended")


def ticks(heard: list[Heard]) -> list[int]:
    return [at for cue, at, _ in heard if cue is Cue.TICK]


@settings(max_examples=300, deadline=None)
@given(plan=plans(), moves=st.lists(st.one_of(walk, walk, poll, poll, jump, toggle), max_size=40))
def test_each_cue_fires_once_in_order_however_the_app_is_woken(
    plan: Plan, moves: list[Move]
) -> None:
    run = Listener(plan)
    for name, ms in moves:
        run.move(name, ms)
    run.to_the_end()
    heard = run.heard
    assert len(set(ticks(heard))) == len(ticks(heard)), "a tick fired twice"
    finishes = [at for cue, at, _ in heard if cue is Cue.FINISH]
    assert len(finishes) <= 1
    if run.session.summary().finished:
        assert heard[-1][0] is Cue.FINISH, "the session's end is its last cue"
    run.wake()
    assert run.heard == heard, "a cue fired after the end"


@settings(max_examples=200, deadline=None)
@given(plan=plans(), polls=st.lists(st.one_of(walk, poll), max_size=40))
def test_early_wake_ups_never_add_drop_or_move_a_cue(plan: Plan, polls: list[Move]) -> None:
    """Woken at random moments besides the ones it asked for, the app sounds exactly what
    it sounds when woken only at those."""
    exact = Listener(plan)
    exact.to_the_end()
    woken = Listener(plan)
    for name, ms in polls:
        woken.move(name, ms)
    woken.to_the_end()
    if any(step.duration_ms is None for step in plan.steps):
        # Reps that wait for the user end when counted: the moments then differ by design.
        assert [cue for cue, _, _ in woken.heard if cue is not Cue.TICK] == [
            cue for cue, _, _ in exact.heard if cue is not Cue.TICK
        ]
    else:
        assert woken.heard == exact.heard
