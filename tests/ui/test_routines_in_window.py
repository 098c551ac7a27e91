"""Routines, personal doses and progression, used from the main window as a user would."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.history import SessionRecord
from footcare_gui.core.plan import Foot, StepKind
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import HistoryStore
from footcare_gui.ui.exercise_browser import DOSE_ROLE
from footcare_gui.ui.main_window import MainWindow
from tests.fakes import AnsweredPrompts, FakeWakeTimer, WallClock

LEFT = Qt.MouseButton.LeftButton


def finish(window: MainWindow, timer: FakeWakeTimer) -> None:
    driver = window.session_view.driver
    assert driver is not None
    while not driver.session.state.ended:
        timer.advance(driver.session.remaining_ms() or 1000)


def test_a_routine_runs_end_to_end_and_each_exercise_is_recorded(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer, history: HistoryStore
) -> None:
    window.routines.add_routine("Morning", ["ankle-flexion", "calf-stretch"])
    window.refresh_doses()
    today = window.browser.today
    today.routine_box.setCurrentText("Morning")
    qtbot.mouseClick(today.routine_button, LEFT)
    view = window.session_view
    assert window.windowTitle() == "Footcare — Morning (routine)"
    assert view.live.routine_position.text().startswith("Exercise 1 of 2")
    driver = view.driver
    assert driver is not None
    while driver.session.step.label != "Next: Calf stretch":
        timer.advance(driver.session.remaining_ms() or 1000)
    assert "Stand facing a wall" in view.live.instruction.text()  # its position, before it starts
    finish(window, timer)
    assert view.summary.title.text() == "Routine done!"
    records = history.sessions()
    assert [(r.exercise_id, r.finished, r.routine) for r in records] == [
        ("ankle-flexion", True, "Morning"),
        ("calf-stretch", True, "Morning"),
    ]
    assert records[1].started_at > records[0].started_at
    assert view.summary.record_status.text() == "Saved to your history."


def test_skipping_an_exercise_records_only_what_was_done(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer, history: HistoryStore
) -> None:
    window.routines.add_routine("Quick", ["calf-stretch", "ankle-flexion", "toe-pulling"])
    window.start_routine("Quick")
    view = window.session_view
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # skip calf
    timer.advance(15_000)  # the transition to ankle flexion
    timer.advance(5_000)  # into the first hold
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # skip the rest
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # and toe pulling
    assert view.summary.title.text() == "Routine ended"  # nothing was done in full
    summary = view.summary.parts.text()
    assert "Calf stretch — skipped" in summary
    assert "Toe pulling — skipped" in summary
    (record,) = history.sessions()
    assert (record.exercise_id, record.finished, record.routine) == (
        "ankle-flexion",
        False,
        "Quick",
    )


def test_do_it_again_after_a_routine_runs_the_routine_again(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer
) -> None:
    window.routines.add_routine("Two", ["calf-stretch", "ankle-flexion"])
    window.start_routine("Two")
    finish(window, timer)
    qtbot.mouseClick(window.session_view.summary.again_button, LEFT)
    assert window.session_view.live.routine_position.text().startswith("Exercise 1 of 2")
    assert window.windowTitle() == "Footcare — Two (routine)"


def test_a_personal_dose_shows_in_the_list_and_drives_the_session(
    window: MainWindow,
    timer: FakeWakeTimer,
    catalogue: Catalogue,
    history: HistoryStore,
    settings: Settings,
) -> None:
    calf = catalogue.get("calf-stretch")
    dose = replace(window.routines.dose_for("calf-stretch"), reps=3, phase_seconds=(45, 10))
    window.routines.set_dose("calf-stretch", dose)
    settings.painful_foot = "left"  # the window's preferences
    window.refresh_doses()
    assert window.browser.list.item(0).data(DOSE_ROLE) == "3 reps · each foot · twice a day"
    assert "Your dose" in window.browser.detail.text()
    window.start_exercise(calf.id)
    plan = window.session_view.driver.session.plan  # type: ignore[union-attr]
    holds = [s for s in plan.steps if s.kind is StepKind.HOLD]
    assert [s.duration_ms for s in holds] == [45_000] * 6  # 3 reps, each foot
    finish(window, timer)
    (record,) = history.sessions()
    assert (record.reps_done, record.reps_planned) == (6, 6)


def test_the_painful_foot_from_preferences_names_the_foot(
    window: MainWindow, settings: Settings
) -> None:
    settings.painful_foot = "right"  # the window's preferences
    window.start_exercise("ankle-extension")
    plan = window.session_view.driver.session.plan  # type: ignore[union-attr]
    assert {s.position.foot for s in plan.steps if s.position.rep} == {Foot.RIGHT}
    assert window.session_view.live.position.text().endswith("Right foot")


def past_toe_sessions(wall_clock: WallClock, count: int, reps: int = 25) -> list[SessionRecord]:
    records = []
    for n in range(count):
        start = wall_clock.now - timedelta(days=count - n)
        records.append(
            SessionRecord(
                exercise_id="toe-pulling",
                started_at=start,
                ended_at=start + timedelta(minutes=4),
                active_s=200.0,
                paused_s=0.0,
                reps_done=2 * reps,
                reps_planned=2 * reps,
                sets_done=2,
                sets_planned=2,
                sides_done=2,
                sides_planned=2,
                finished=True,
                pain_after=2,
            )
        )
    return records


@pytest.mark.parametrize(("answer", "reps"), [(True, 30), (False, 25)])
def test_progression_is_offered_after_enough_sessions_and_needs_a_yes(
    qtbot: QtBot,
    window: MainWindow,
    timer: FakeWakeTimer,
    history: HistoryStore,
    wall_clock: WallClock,
    prompts: AnsweredPrompts,
    answer: bool,
    reps: int,
) -> None:
    for record in past_toe_sessions(wall_clock, 4):
        history.add(record)
    paced = replace(window.routines.dose_for("toe-pulling"), pace_seconds=1)
    window.routines.set_dose("toe-pulling", paced)
    window.start_exercise("toe-pulling")
    finish(window, timer)
    shown = prompts.answer(answer)
    qtbot.mouseClick(window.session_view.summary.done_button, LEFT)
    assert shown
    assert "Try 30 reps per foot?" in shown[0]
    assert window.routines.dose_for("toe-pulling").reps == reps
    expected = "30 reps per foot · 3 times a day" if reps == 30 else "25 reps per foot"
    assert window.browser.list.item(4).data(DOSE_ROLE).startswith(expected)


def test_no_increase_is_proposed_while_pain_after_sessions_is_high(
    qtbot: QtBot,
    window: MainWindow,
    timer: FakeWakeTimer,
    history: HistoryStore,
    wall_clock: WallClock,
) -> None:
    for record in past_toe_sessions(wall_clock, 4):
        history.add(record)
    paced = replace(window.routines.dose_for("toe-pulling"), pace_seconds=1)
    window.routines.set_dose("toe-pulling", paced)
    window.start_exercise("toe-pulling")
    finish(window, timer)
    qtbot.mouseClick(window.session_view.summary.pain_after.buttons[8], LEFT)
    qtbot.mouseClick(window.session_view.summary.done_button, LEFT)  # no prompt may open
    assert window.routines.dose_for("toe-pulling").reps == 25
    assert "pain" in window.statusBar().currentMessage().lower()


def test_a_routine_renamed_since_is_not_silently_swapped_for_another(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer, prompts: AnsweredPrompts
) -> None:

    window.routines.add_routine("Two", ["calf-stretch", "ankle-flexion"])
    window.start_routine("Two")
    finish(window, timer)
    window.routines.rename_routine("Two", "Evening")
    texts = prompts.asked
    qtbot.mouseClick(window.session_view.summary.again_button, LEFT)
    assert texts[0].startswith("There is no routine called \u201cTwo\u201d any more.")
    assert window.session_view.summary.title.text() == "Routine done!"  # nothing started


def test_a_session_started_from_the_summary_keeps_the_note_typed_there(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer, history: HistoryStore
) -> None:
    window.start_exercise("calf-stretch")
    finish(window, timer)
    qtbot.keyClicks(window.session_view.summary.note, "calf tight")
    window.start_exercise("ankle-flexion")  # e.g. from the tray or a second launch
    assert [r.note for r in history.sessions()] == ["calf tight"]


def test_the_tray_names_the_exercise_under_way_in_a_routine(
    window: MainWindow, timer: FakeWakeTimer
) -> None:
    from footcare_gui.ui.tray import session_status

    window.routines.add_routine("Two", ["calf-stretch", "ankle-flexion"])
    window.start_routine("Two")
    session = window.session_view.driver.session  # type: ignore[union-attr]
    assert session_status(session).startswith("Calf stretch — ")


def test_no_session_starts_behind_an_open_dialog(
    qtbot: QtBot, window: MainWindow, catalogue: Catalogue
) -> None:
    from footcare_gui.ui.routine_editor import RoutineEditorDialog

    editor = RoutineEditorDialog(window.routines, catalogue, window)
    qtbot.addWidget(editor)
    editor.setModal(True)
    editor.show()
    window.start_routine()  # e.g. from the tray menu
    assert not window.has_active_session()
    editor.reject()
    window.start_routine()
    assert window.has_active_session()


def test_a_routine_handed_over_by_another_launch_is_imported_and_offered_at_once(
    window: MainWindow, history: HistoryStore, catalogue: Catalogue
) -> None:
    """`footcare --import-routine FILE` while the app runs hands the file over the socket
    (tests/test_cli_routines.py); the running app imports it, one process holding the book."""

    from tests.books import book_in
    from tests.core.test_routine_file import SAMPLES

    window.import_routine_file(str(SAMPLES / "clinician.json"))
    box = window.browser.today.routine_box
    assert [box.itemText(i) for i in range(box.count())] == ["My routine", "From Dr Okafor"]
    shown = window.findChild(QMessageBox)
    assert "From Dr Okafor" in shown.text()
    shown.close()
    with book_in(history.path.parent, catalogue) as saved:  # as the next launch finds it
        assert saved.names() == ["My routine", "From Dr Okafor"]


def test_a_routine_named_routine_is_not_called_routine_twice(window: MainWindow) -> None:
    window.start_routine("My routine")
    assert window.windowTitle() == "Footcare — My routine"


def test_each_exercise_is_saved_when_the_routine_leaves_it_and_settled_at_the_end(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer, history: HistoryStore
) -> None:
    window.routines.add_routine("Twice", ["ankle-flexion", "calf-stretch"])
    window.start_routine("Twice")
    driver = window.session_view.driver
    assert driver is not None
    while driver.session.step.segment == 0:
        timer.advance(driver.session.remaining_ms() or 1000)
    (first,) = history.sessions()  # saved as the routine went on, before it ended
    assert (first.exercise_id, first.finished, first.routine) == ("ankle-flexion", True, "Twice")
    qtbot.keyClick(window.session_view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert driver.session.step.segment == 0  # back into the saved one, to do it again
    finish(window, timer)
    records = history.sessions()
    assert [(r.exercise_id, r.finished) for r in records] == [
        ("ankle-flexion", True),
        ("calf-stretch", True),
    ]
    assert records[0].id == first.id  # the same record, updated: not a second one
