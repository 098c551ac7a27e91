"""Keyboard and screen-reader use: names and descriptions, tab order, the countdown's
announcements, text that follows the system's size, and a whole session by keys alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.session import SessionState
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings
from footcare_gui.ui.dose_editor import DoseEditorDialog
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.preferences import PreferencesDialog
from footcare_gui.ui.routine_editor import RoutineEditorDialog
from footcare_gui.ui.session_view import SessionView
from footcare_gui.ui.widgets.countdown_ring import CountdownRing
from footcare_gui.ui.widgets.pain_scale import PainScale
from tests.fakes import FakeWakeTimer

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractScrollArea,
    PainScale,
    CountdownRing,
)


def _is_control(widget: QWidget) -> bool:
    if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar | QHeaderView):
        return False
    parent = widget.parentWidget()
    # The parts Qt builds inside a combo box, a spin box or a table are not ours to name.
    inside = (QComboBox, QAbstractSpinBox, QAbstractItemView)
    while parent is not None:
        if isinstance(parent, inside):
            return False
        parent = parent.parentWidget()
    if widget.objectName() == "exerciseDetail":  # text read as text: a name would replace it
        return False
    return not widget.objectName().startswith("qt_")  # Qt's own, e.g. the menu bar's »


def unnamed_controls(top: QWidget) -> list[str]:
    """Controls a screen reader would read without a name or a description, as Qt reports them
    (a tooltip stands in for a description, a button's text for its name)."""
    missing = []
    for widget in top.findChildren(QWidget):
        if not _is_control(widget):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name).strip()
        description = iface.text(QAccessible.Text.Description).strip()
        if not name or not description:
            label = f"{type(widget).__name__} {widget.objectName()!r} {name!r}"
            missing.append(f"{label}: {'no description' if name else 'no name'}")
    return missing


def press(
    qtbot: QtBot,
    window: MainWindow,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key press where the keyboard is: on whatever has the focus."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def focus_path(qtbot: QtBot, window: MainWindow, start: QWidget, presses: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = []
    for _ in range(presses):
        press(qtbot, window, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    return visited


# --- names and descriptions --------------------------------------------------------------
def test_every_control_of_the_main_window_session_and_history_is_named_and_described(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    window.start_routine()  # a routine shows the previous/next exercise buttons as well
    assert unnamed_controls(window) == []
    window.session_view.abandon()
    window.show_browser()
    window.show_history()
    assert unnamed_controls(window) == []


def test_every_control_of_the_dialogs_is_named_and_described(
    qtbot: QtBot, window: MainWindow, catalogue: Catalogue, settings: Settings, audio: AudioCues
) -> None:
    dialogs = [
        PreferencesDialog(settings, audio, window, catalogue=catalogue, tray_available=True),
        RoutineEditorDialog(window.routines, catalogue, window),
        DoseEditorDialog(catalogue.get("toe-pulling"), window.routines.dose_for("toe-pulling")),
        DoseEditorDialog(catalogue.get("calf-stretch"), window.routines.dose_for("calf-stretch")),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed_controls(dialog) == [], dialog.windowTitle()


def test_symbol_buttons_are_named_in_words(window: MainWindow) -> None:
    view = window.session_view
    names = [
        b.accessibleName()
        for b in (
            view.live.previous_exercise_button,
            view.live.back_button,
            view.live.skip_button,
            view.live.next_exercise_button,
        )
    ]
    assert names == ["Previous exercise", "Back", "Skip", "Next exercise"]
    scale = window.browser.pain_before
    names = [b.accessibleName() for b in scale.buttons[:2]]
    assert names == ["Pain 0 of 10 (no pain)", "Pain 1 of 10"]
    scale.set_value(4)
    assert scale.accessibleName() == "Pain right now (optional): 4 of 10"


# --- tab order and focus -------------------------------------------------------------------
def test_main_window_tab_order_goes_from_today_to_the_list_the_pain_scale_and_start(
    qtbot: QtBot, window: MainWindow
) -> None:
    browser = window.browser
    path = focus_path(qtbot, window, browser.today.routine_box, 6)
    details = path.pop(3)  # the detail pane, scrollable by keys
    assert isinstance(details, QAbstractScrollArea)
    assert details.accessibleName() == "Exercise details"
    assert path == [
        browser.today.routine_button,
        browser.today.history_button,
        browser.list,
        browser.pain_before,
        browser.start_button,
    ]


def test_session_controls_are_tabbed_in_the_order_they_are_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.start_routine()
    view = window.session_view
    path = focus_path(qtbot, window, view.live.previous_exercise_button, 6)
    assert path == [
        view.live.back_button,
        view.live.pause_button,
        view.live.skip_button,
        view.live.next_exercise_button,
        view.live.stop_button,
        view.live.mute_button,
    ]


def test_summary_tab_order_is_pain_difficulty_note_again_back(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    window.start_exercise("calf-stretch")
    timer.advance(10 * 60_000)
    view = window.session_view
    assert view.summary.title.isVisible()
    path = focus_path(qtbot, window, view.summary.title.parentWidget(), 5)
    # The three difficulty buttons are one stop, like radio buttons (arrows move among them).
    easy = view.summary.feedback.buttons["easy"]
    assert path == [
        view.summary.pain_after,
        easy,
        view.summary.note,
        view.summary.again_button,
        view.summary.done_button,
    ]


def test_custom_styled_controls_keep_a_visible_focus(window: MainWindow) -> None:
    sheet = window.styleSheet()
    assert "QPushButton#startButton:focus" in sheet
    assert "QFrame#painScale:focus" in sheet
    assert window.browser.pain_before.focusPolicy() & Qt.FocusPolicy.TabFocus


# --- the countdown for screen readers ------------------------------------------------------
def test_the_countdown_is_one_named_element_with_its_value(window: MainWindow) -> None:
    window.start_exercise("calf-stretch")
    iface = QAccessible.queryAccessibleInterface(window.session_view.live.ring)
    assert iface.text(QAccessible.Text.Name) == "Countdown"
    # A progress bar, whose value interface AT-SPI exports (tests/a11y walks it for real).
    assert iface.role() == QAccessible.Role.ProgressBar
    value = iface.valueInterface()
    assert (value.currentValue(), value.maximumValue()) == (5, 5)
    assert iface.text(QAccessible.Text.Value) == "5"


def test_a_new_step_is_announced_once_and_ticking_seconds_never(
    window: MainWindow, timer: FakeWakeTimer
) -> None:
    said: list[str] = []
    window.session_view.live.ring.announced.connect(said.append)
    window.start_exercise("calf-stretch")
    assert said == ["Get ready, 5 seconds. Left foot (1 of 2)."]
    for _ in range(4):
        timer.advance(1000)  # four seconds tick by
    assert len(said) == 1
    assert (
        window.session_view.live.ring.accessibleName() == "Countdown"
    )  # no name change each second
    timer.advance(1000)  # into the hold: one announcement
    assert said[1:] == ["Hold the stretch, 30 seconds. Left foot (1 of 2)."]
    timer.advance(28_000)
    assert len(said) == 2
    iface = QAccessible.queryAccessibleInterface(window.session_view.live.ring)
    value = iface.valueInterface()  # read when asked, never announced
    assert (value.currentValue(), value.maximumValue()) == (2, 30)


def test_pausing_is_announced_and_resuming_says_where_you_are(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    said: list[str] = []
    window.session_view.live.ring.announced.connect(said.append)
    window.start_exercise("calf-stretch")
    timer.advance(7_300)
    qtbot.keyClick(window.session_view, Qt.Key.Key_Space)
    qtbot.keyClick(window.session_view, Qt.Key.Key_Space)
    assert said[-2:] == [
        "Paused. Press Space to resume.",
        "Hold the stretch, 28 seconds. Left foot (1 of 2).",
    ]


def test_counted_reps_are_announced_with_what_to_press(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    said: list[str] = []
    window.session_view.live.ring.announced.connect(said.append)
    window.start_exercise("toe-pulling")
    timer.advance(5_000)
    assert said[-1] == "Pull. Rep 1 of 25, Left foot (1 of 2). Press Enter for each rep."
    qtbot.keyClick(window.session_view, Qt.Key.Key_Return)
    assert said[-1] == "Pull. Rep 2 of 25, Left foot (1 of 2). Press Enter for each rep."


# --- text size -----------------------------------------------------------------------------
@pytest.fixture
def bigger_text(qtbot: QtBot) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    yield
    app.setFont(original)


def test_key_labels_grow_with_the_system_font(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer, bigger_text: None
) -> None:
    window.start_exercise("calf-stretch")
    view = window.session_view
    labels = [
        view.live.step_label,
        view.live.instruction,
        view.live.time_left,
        view.summary.title,
        window.browser.today.title,
        window.browser.today.totals,
        window.browser.detail,
    ]
    before = [label.font().pointSizeF() for label in labels]
    width_before = window.browser.pain_before.buttons[10].width()
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    QApplication.setFont(font)
    QApplication.processEvents()  # the font change reaches widgets as events
    after = [label.font().pointSizeF() for label in labels]
    assert [round(a / b, 1) for a, b in zip(after, before, strict=True)] == [2.0] * len(labels)
    assert window.browser.pain_before.buttons[10].width() > width_before  # "10" still fits


# --- a whole session by keyboard -----------------------------------------------------------
def test_a_whole_session_by_keyboard_alone(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    browser = window.browser
    assert QApplication.focusWidget() is browser.list
    press(qtbot, window, Qt.Key.Key_End)  # toe pulling, the last exercise
    assert browser.current_exercise().id == "toe-pulling"  # type: ignore[union-attr]
    press(qtbot, window, Qt.Key.Key_Tab)  # the details
    press(qtbot, window, Qt.Key.Key_Tab)  # the pain scale
    assert QApplication.focusWidget() is browser.pain_before
    press(qtbot, window, Qt.Key.Key_3)
    press(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is browser.start_button
    press(qtbot, window, Qt.Key.Key_Space)
    view = window.session_view
    assert window.pages.currentWidget() is view
    driver = view.driver
    assert driver is not None
    session = driver.session

    timer.advance(5_000)  # get ready
    press(qtbot, window, Qt.Key.Key_P)
    assert session.state is SessionState.PAUSED
    timer.advance(60_000)
    press(qtbot, window, Qt.Key.Key_P)
    assert session.state is SessionState.RUNNING
    while not session.state.ended:
        if session.step.counted:
            press(qtbot, window, Qt.Key.Key_Return)
        else:
            timer.advance(session.remaining_ms() or 1)  # switching feet
    summary = session.summary()
    assert summary.finished
    assert summary.reps_done == summary.reps_planned == 50

    assert view.summary.title.text() == "Well done!"
    press(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.summary.pain_after
    press(qtbot, window, Qt.Key.Key_2)
    press(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.summary.feedback.buttons["easy"]
    press(qtbot, window, Qt.Key.Key_Right)  # arrows move within the difficulty group
    press(qtbot, window, Qt.Key.Key_Space)
    assert view.summary.feedback.difficulty() == "about_right"
    press(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.summary.note
    qtbot.keyClicks(view.summary.note, "fine")
    press(qtbot, window, Qt.Key.Key_Tab)
    press(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.summary.done_button
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is browser
    assert QApplication.focusWidget() is browser.list
    records = window.records()
    assert [(r.exercise_id, r.pain_before, r.pain_after, r.note) for r in records] == [
        ("toe-pulling", 3, 2, "fine")
    ]

    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.windowTitle() == "Footcare — History"
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is browser
    assert QApplication.focusWidget() is browser.list


def test_session_view_builds_without_a_window(qtbot: QtBot, settings: Settings) -> None:
    view = SessionView(settings)  # tab orders are set within the view itself
    qtbot.addWidget(view)
    assert view.live.ring.accessibleName() == "Countdown"
