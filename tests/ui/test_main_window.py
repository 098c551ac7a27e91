"""The main window: the exercise list, its details, closing and remembering the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from pytestqt.qtbot import QtBot

from footcare_gui.core.session import SessionState
from footcare_gui.ui.exercise_browser import DOSE_ROLE
from footcare_gui.ui.main_window import MainWindow
from tests.fakes import AnsweredPrompts, FakeWakeTimer


def test_lists_the_five_exercises_with_their_dose(window: MainWindow) -> None:
    items = [window.browser.list.item(row) for row in range(window.browser.list.count())]
    assert [(item.text(), item.data(DOSE_ROLE)) for item in items] == [
        ("Calf stretch", "30 s hold · each foot · twice a day"),
        ("Achilles tendon stretch", "3 × 12 · both feet · once a day"),
        ("Ankle extension", "3 × 8 · painful foot · once a day"),
        ("Ankle flexion", "3 × 8 · painful foot · once a day"),
        ("Toe pulling", "25 reps per foot · 3 times a day"),
    ]
    assert window.windowTitle() == "Footcare"


def test_detail_pane_follows_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    window.browser.list.setFocus()
    qtbot.keyClick(window.browser.list, Qt.Key.Key_Down)
    detail = window.browser.detail.text()
    assert "Achilles tendon stretch" in detail
    assert "Heels down: 3 s" in detail
    assert "12 reps × 3 sets" in detail
    assert "kerb or a stair" in detail
    assert "keep hold of a rail" in detail  # the caution
    assert window.browser.start_button.text() == "Start achilles tendon stretch"
    qtbot.keyClick(window.browser.list, Qt.Key.Key_End)
    assert "Start with 25 reps per foot and work up to 75." in window.browser.detail.text()


def test_enter_on_the_list_starts_that_exercise(qtbot: QtBot, window: MainWindow) -> None:
    window.browser.list.setFocus()
    qtbot.keyClick(window.browser.list, Qt.Key.Key_Down)
    qtbot.keyClick(window.browser.list, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.session_view
    assert window.windowTitle() == "Footcare — Achilles tendon stretch"


def test_closing_mid_session_asks_first(
    window: MainWindow, timer: FakeWakeTimer, prompts: AnsweredPrompts
) -> None:
    window.start_exercise("calf-stretch")
    timer.advance(3_000)
    prompts.answer(False)
    assert not window.close()
    assert window.isVisible()
    driver = window.session_view.driver
    assert driver is not None
    assert driver.session.state is SessionState.RUNNING
    questions = prompts.answer(True)
    assert window.close()
    stop = "Stop this session now? What you have done so far is kept in the summary."
    assert questions == [stop, stop]
    assert driver.session.state is SessionState.STOPPED


def test_closing_without_a_session_does_not_ask(window: MainWindow) -> None:
    assert window.close()  # a question here would block the test


def test_window_size_is_remembered(make_window: Callable[[], MainWindow]) -> None:
    first = make_window()
    first.resize(777, 555)
    first.close()
    second = make_window()
    assert second.size() == QSize(777, 555)


def test_help_menu_shows_the_safety_note(
    qtbot: QtBot, window: MainWindow, prompts: AnsweredPrompts
) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    safety = next(a for a in help_menu.actions() if a.text() == "&Safety note")
    texts = prompts.asked
    safety.trigger()
    assert texts
    assert "does not replace a clinician" in texts[0]


def test_keyboard_alone_picks_and_starts_an_exercise(qtbot: QtBot, window: MainWindow) -> None:
    focused = window.focusWidget()
    assert focused is window.browser.list
    qtbot.keyClick(focused, Qt.Key.Key_Down)
    qtbot.keyClick(focused, Qt.Key.Key_Down)
    qtbot.keyClick(focused, Qt.Key.Key_Enter)
    assert window.windowTitle() == "Footcare — Ankle extension"


def test_a_single_hold_shows_no_relax_in_its_dose(window: MainWindow) -> None:
    detail = window.browser.detail.text()
    assert "Hold the stretch: 30 s<br>1 rep<br>Each foot<br>Twice a day" in detail
