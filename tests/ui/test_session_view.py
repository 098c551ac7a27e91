"""The session view driven like a user would: real buttons, real keys, a fake clock."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from footcare_gui.core.session import SessionState
from footcare_gui.ui.main_window import MainWindow
from tests.fakes import AnsweredPrompts, FakeWakeTimer

LEFT = Qt.MouseButton.LeftButton


def start(qtbot: QtBot, window: MainWindow, exercise_id: str) -> None:
    window.browser.select(exercise_id)
    qtbot.mouseClick(window.browser.start_button, LEFT)
    assert window.pages.currentWidget() is window.session_view


def shown(window: MainWindow) -> tuple[str, str, str]:
    view = window.session_view
    return view.live.kind_chip.text(), view.live.step_label.text(), view.live.ring.text()


def key(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.session_view, key)


def test_start_button_opens_the_get_ready_countdown(qtbot: QtBot, window: MainWindow) -> None:
    start(qtbot, window, "calf-stretch")
    assert window.windowTitle() == "Footcare — Calf stretch"
    assert shown(window) == ("GET READY", "Get ready", "5")
    assert "Left foot" in window.session_view.live.position.text()
    assert window.session_view.live.next_up.text() == "Next: Hold the stretch · 30 s"
    assert window.session_view.live.time_left.text() == "1:15 left"


def test_countdown_follows_the_clock_into_the_hold(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    start(qtbot, window, "calf-stretch")
    timer.advance(999)
    assert window.session_view.live.ring.text() == "5"
    timer.advance(1)
    assert window.session_view.live.ring.text() == "4"
    timer.advance(4000)
    assert shown(window) == ("HOLD", "Hold the stretch", "30")
    timer.advance(12_500)
    assert window.session_view.live.ring.text() == "18"
    assert window.session_view.live.time_left.text() == "0:58 left"


def test_space_pauses_and_resumes_without_losing_a_millisecond(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    start(qtbot, window, "calf-stretch")
    timer.advance(7_300)  # 2.3 s into the hold: 27.7 s left
    key(qtbot, window, Qt.Key.Key_Space)
    view = window.session_view
    assert view.driver is not None
    assert view.driver.session.state is SessionState.PAUSED
    assert view.live.pause_button.text() == "Resume"
    assert view.live.kind_chip.text() == "Paused · HOLD"
    assert view.live.ring.caption() == "paused"
    assert not timer.active  # nothing wakes the app while it is paused
    timer.advance(60_000)
    assert view.live.ring.text() == "28"
    assert view.driver.session.remaining_ms() == 27_700
    key(qtbot, window, Qt.Key.Key_Space)
    assert view.live.pause_button.text() == "Pause"
    timer.advance(699)
    assert view.live.ring.text() == "28"
    timer.advance(1)
    assert view.live.ring.text() == "27"


def test_pause_button_and_p_key_toggle_too(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    start(qtbot, window, "ankle-extension")
    view = window.session_view
    qtbot.mouseClick(view.live.pause_button, LEFT)
    assert view.live.pause_button.text() == "Resume"
    timer.advance(10_000)
    assert view.live.ring.text() == "5"
    qtbot.mouseClick(view.live.pause_button, LEFT)
    key(qtbot, window, Qt.Key.Key_P)
    assert view.live.pause_button.text() == "Resume"
    assert "Space" in view.live.pause_button.toolTip()


def test_skip_and_back_by_key_and_button(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    start(qtbot, window, "ankle-extension")
    view = window.session_view
    key(qtbot, window, Qt.Key.Key_Right)
    assert shown(window) == ("HOLD", "Pull the toes back", "5")
    assert view.live.position.text().startswith("Rep 1 of 8 · Set 1 of 3")
    qtbot.mouseClick(view.live.skip_button, LEFT)
    assert shown(window) == ("RELAX", "Relax", "10")
    timer.advance(4_000)
    assert view.live.ring.text() == "6"
    key(qtbot, window, Qt.Key.Key_Left)
    assert shown(window) == ("HOLD", "Pull the toes back", "5")  # the hold, from its start
    qtbot.mouseClick(view.live.back_button, LEFT)
    assert shown(window) == ("GET READY", "Get ready", "5")


def test_every_control_names_its_key(qtbot: QtBot, window: MainWindow) -> None:
    start(qtbot, window, "calf-stretch")
    view = window.session_view
    tips = [
        b.toolTip()
        for b in (
            view.live.back_button,
            view.live.pause_button,
            view.live.skip_button,
            view.live.stop_button,
        )
    ]
    assert tips == [
        "Go back to the previous step (Left)",
        "Pause the timer (Space)",
        "Skip to the next step (Right)",
        "Stop the session (Esc)",
    ]


def test_escape_asks_and_no_keeps_the_session_going(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer, prompts: AnsweredPrompts
) -> None:
    start(qtbot, window, "calf-stretch")
    timer.advance(2_000)
    questions = prompts.answer(False)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert questions
    assert "Stop this session" in questions[0]
    view = window.session_view
    assert view.driver is not None
    assert view.driver.session.state is SessionState.RUNNING
    assert view.live.ring.text() == "3"
    timer.advance(3_000)
    assert view.live.step_label.text() == "Hold the stretch"


def test_stop_button_yes_shows_what_was_done(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer, prompts: AnsweredPrompts
) -> None:
    start(qtbot, window, "calf-stretch")
    timer.advance(5_000 + 30_000 + 4_000)  # the left calf is done, switching feet
    prompts.answer(True)
    qtbot.mouseClick(window.session_view.live.stop_button, LEFT)
    view = window.session_view
    assert view.summary.title.text() == "Session stopped"
    assert "1 of 2 reps done" in view.summary.text.text()
    assert "Time: 0:39" in view.summary.text.text()
    assert not timer.active


def test_a_whole_calf_stretch_with_a_pause_ends_in_the_summary(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    start(qtbot, window, "calf-stretch")
    timer.advance(20_000)
    key(qtbot, window, Qt.Key.Key_Space)
    timer.advance(45_000)
    key(qtbot, window, Qt.Key.Key_Space)
    timer.advance(40_000)
    assert shown(window)[1] == "Hold the stretch"
    assert "Right foot" in window.session_view.live.position.text()
    assert window.session_view.live.next_up.text() == "Next: finish"
    timer.advance(15_000)
    view = window.session_view
    assert view.summary.title.text() == "Well done!"
    assert "Calf stretch: 2 of 2 reps done" in view.summary.text.text()
    assert "Time: 1:15 (plus 0:45 paused)" in view.summary.text.text()
    assert timer.wakes <= 75  # one wake per shown second, not a busy loop
    qtbot.mouseClick(view.summary.done_button, LEFT)
    assert window.pages.currentWidget() is window.browser
    assert window.windowTitle() == "Footcare"


def test_do_it_again_restarts_the_same_exercise(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    start(qtbot, window, "calf-stretch")
    timer.advance(75_000)
    qtbot.mouseClick(window.session_view.summary.again_button, LEFT)
    assert shown(window) == ("GET READY", "Get ready", "5")


def test_toe_pulls_are_counted_by_space_enter_page_down_and_click(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    start(qtbot, window, "toe-pulling")
    timer.advance(5_000)
    view = window.session_view
    assert shown(window) == ("MOVE", "Pull", "1")
    assert view.live.ring.caption() == "of 25 · press Space"
    assert not timer.active  # a self-paced rep waits for the user, not for a timer
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_Return)
    key(qtbot, window, Qt.Key.Key_PageDown)
    qtbot.mouseClick(view.live.ring, LEFT)
    assert view.live.ring.text() == "5"
    assert "Rep 5 of 25 · Left foot" in view.live.position.text()
    assert view.live.time_left.text().startswith("about ")
    key(qtbot, window, Qt.Key.Key_P)  # pausing is P while Space counts
    key(qtbot, window, Qt.Key.Key_Return)
    assert view.live.ring.text() == "5"


def test_safety_note_shows_on_get_ready_until_acknowledged(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer, settings
) -> None:
    start(qtbot, window, "calf-stretch")
    view = window.session_view
    assert view.live.safety_banner.isVisible()
    timer.advance(5_000)
    assert not view.live.safety_banner.isVisible()  # out of the way once the exercise starts
    key(qtbot, window, Qt.Key.Key_Left)
    safety_ok = view.live.safety_banner.findChild(QPushButton, "safetyOk")
    qtbot.mouseClick(safety_ok, LEFT)
    assert not view.live.safety_banner.isVisible()
    assert settings.safety_note_acknowledged
    timer.advance(80_000)
    qtbot.mouseClick(view.summary.again_button, LEFT)
    assert not view.live.safety_banner.isVisible()


def test_safety_note_is_always_in_the_detail_pane(window: MainWindow) -> None:
    assert "does not replace a clinician" in window.browser.safety.text()


def test_a_late_key_press_does_not_skip_the_summary(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    start(qtbot, window, "toe-pulling")
    timer.advance(5_000)
    for _ in range(50):  # every pull, then one press too many, as fingers do
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    timer.advance(10_000)
    for _ in range(26):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    view = window.session_view
    assert view.summary.title.text() == "Well done!"
    assert window.pages.currentWidget() is view
    tab_order = []
    for _ in range(5):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        tab_order.append(window.focusWidget())
    easy = view.summary.feedback.buttons[
        "easy"
    ]  # the difficulty group is one stop; no reason asked
    assert tab_order == [
        view.summary.pain_after,
        easy,
        view.summary.note,
        view.summary.again_button,
        view.summary.done_button,
    ]
    qtbot.keyClick(view.summary.done_button, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is window.browser
    assert window.focusWidget() is window.browser.list


def test_starting_again_lets_go_of_the_previous_session(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    start(qtbot, window, "calf-stretch")
    first = window.session_view.driver
    timer.advance(75_000)
    qtbot.mouseClick(window.session_view.summary.again_button, LEFT)
    assert window.session_view.driver is not first
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))


def test_after_a_sleep_the_session_waits_paused_and_says_why(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    start(qtbot, window, "calf-stretch")
    timer.advance(8_000)  # 3 s into the hold: 27 shown
    timer.oversleep(20 * 60_000)
    view = window.session_view
    assert view.live.pause_button.text() == "Resume"
    assert view.live.ring.text() == "26"  # it slept through the flip it was due to show
    assert view.live.session_notice.isVisible()
    assert view.live.session_notice.text() == (
        "Paused: the computer was asleep for about 20 minutes. Press Space to carry on."
    )
    key(qtbot, window, Qt.Key.Key_Space)
    assert not view.live.session_notice.isVisible()
    assert view.live.pause_button.text() == "Pause"


def test_a_key_pressed_after_a_long_stop_pauses_instead_of_finishing(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    start(qtbot, window, "ankle-flexion")
    timer.advance(6_000)  # into the first hold
    assert timer.due_ms is not None
    timer.clock.set(timer.due_ms + 70_000)  # SIGSTOP, SIGCONT: the key comes before the timer
    key(qtbot, window, Qt.Key.Key_Space)
    view = window.session_view
    assert view.driver is not None
    assert view.driver.session.state is SessionState.PAUSED  # not resumed by that same Space
    assert view.live.session_notice.isVisible()
    assert not view.summary.title.isVisible()
    key(qtbot, window, Qt.Key.Key_Space)
    assert view.driver.session.state is SessionState.RUNNING
