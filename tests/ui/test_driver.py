"""The Qt adapter wakes only when something shown changes, and never counts ticks."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.clock import ManualClock
from footcare_gui.core.plan import build_plan
from footcare_gui.core.session import Session, SessionState
from footcare_gui.ui.driver import QtWakeTimer, SessionDriver
from tests.fakes import FakeWakeTimer


def driver_for(catalogue: Catalogue, exercise_id: str, clock: ManualClock, timer: FakeWakeTimer):
    return SessionDriver(Session(build_plan(catalogue.get(exercise_id)), clock), timer)


def test_wakes_at_each_whole_second_and_at_the_step_end(
    catalogue: Catalogue, clock: ManualClock
) -> None:
    timer = FakeWakeTimer(clock)
    driver = driver_for(catalogue, "calf-stretch", clock, timer)
    refreshes: list[int] = []
    driver.refreshed.connect(lambda: refreshes.append(clock.now_ms() - start))
    start = clock.now_ms()
    driver.start()
    assert timer.due_ms == start + 1000
    refreshes.clear()
    timer.advance(5_000)
    assert refreshes == [1000, 2000, 3000, 4000, 5000]  # once a second; the hold starts at 5000


def test_pause_disarms_and_resume_wakes_at_the_next_flip(
    catalogue: Catalogue, clock: ManualClock
) -> None:
    timer = FakeWakeTimer(clock)
    driver = driver_for(catalogue, "calf-stretch", clock, timer)
    driver.start()
    timer.advance(1_300)  # 3.7 s left: "4" is shown until 3.0 s are left
    driver.session.pause()
    assert not timer.active
    clock.advance(10_000)
    driver.session.resume()
    assert timer.due_ms == clock.now_ms() + 700


def test_a_self_paced_rep_leaves_no_timer_running(catalogue: Catalogue, clock: ManualClock) -> None:
    timer = FakeWakeTimer(clock)
    driver = driver_for(catalogue, "toe-pulling", clock, timer)
    driver.start()
    timer.advance(5_000)
    assert driver.session.step.counted
    assert not timer.active


def test_the_real_wake_timer_is_precise_single_shot_and_fires(qtbot: QtBot) -> None:
    owner = QObject()
    wake = QtWakeTimer(owner)
    fired: list[bool] = []
    wake.start_in(0, lambda: fired.append(True))
    (timer,) = owner.findChildren(QTimer)
    assert timer.timerType() == Qt.TimerType.PreciseTimer
    assert timer.isSingleShot()
    qtbot.waitUntil(lambda: fired == [True])
    wake.start_in(60_000, lambda: fired.append(False))
    wake.stop()
    assert not timer.isActive()


def test_a_command_after_a_long_stop_gets_the_sleep_check_before_the_timer(
    catalogue: Catalogue, clock: ManualClock
) -> None:
    """SIGSTOP for 70 s during a hold, then SIGCONT: a key press (or a request) handled before
    the overdue wake-up must pause the session where it was, not race through what was missed
    to "Well done!" and a saved finished session."""
    timer = FakeWakeTimer(clock)
    driver = driver_for(catalogue, "ankle-flexion", clock, timer)
    slept: list[int] = []
    driver.slept.connect(slept.append)
    driver.start()
    timer.advance(6_000)  # into the first hold
    hold = driver.session.index
    due = timer.due_ms
    assert due is not None
    clock.advance(70_000 + due - clock.now_ms())  # stopped: the timer is not delivered
    assert driver.catch_up() is False
    assert driver.session.state is SessionState.PAUSED
    assert driver.session.index == hold
    assert slept == [70_000]
    assert not timer.active  # paused: nothing to wake for
    assert driver.catch_up() is True  # an ordinary command now


def test_a_long_wait_on_a_self_paced_rep_is_not_a_sleep(
    catalogue: Catalogue, clock: ManualClock
) -> None:
    timer = FakeWakeTimer(clock)
    driver = driver_for(catalogue, "toe-pulling", clock, timer)
    driver.start()
    timer.advance(5_000)
    assert driver.session.step.counted
    assert not timer.active
    clock.advance(120_000)  # the user took their time
    assert driver.catch_up() is True
    assert driver.session.state is SessionState.RUNNING
