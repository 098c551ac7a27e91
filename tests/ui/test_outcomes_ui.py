"""Issue 17 in the window: the morning check, a missed day's reason, goals, a session's difficulty
and stop reason, History's trends and the FHIR export, all optional and asked once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.outcomes import MissedDay, MorningCheck, SessionFeedback
from footcare_gui.services.outcome_store import OutcomeStore
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import HistoryStore
from footcare_gui.ui.checkin import CheckInDialog
from footcare_gui.ui.goals_dialog import GoalsDialog
from footcare_gui.ui.main_window import MainWindow
from tests.fakes import AnsweredPrompts, FakeWakeTimer, WallClock
from tests.ui.test_desktop import OFFSCREEN_TRAY, wire
from tests.ui.test_history_ui import click, full_days, open_history, stored

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def no_dialog_left_open() -> Iterator[None]:
    """A test that fails with a dialog open must not leave it in front of the next test."""
    yield
    while isinstance(dialog := QApplication.activeModalWidget(), QDialog):
        dialog.reject()


def check_in(window: MainWindow) -> CheckInDialog | None:
    window.offer_check_in()
    dialog = QApplication.activeModalWidget()
    return dialog if isinstance(dialog, CheckInDialog) else None


def test_the_morning_check_takes_two_taps_and_is_asked_once_a_day(
    qtbot: QtBot, window: MainWindow, history: HistoryStore, wall_clock: WallClock
) -> None:
    assert check_in(window) is None  # nothing is asked before the first session
    history.add(stored(wall_clock, "calf-stretch", 3))
    dialog = check_in(window)  # 9:00: before noon
    assert dialog is not None
    assert dialog.morning_pain is not None
    assert dialog.missed is not None  # nothing was done yesterday
    assert dialog.scores == {}
    click(qtbot, dialog.morning_pain.buttons[4])
    click(qtbot, dialog.save_button)
    assert OutcomeStore(history).morning_checks() == [
        MorningCheck(wall_clock.now.date(), 4, wall_clock.now)
    ]
    assert check_in(window) is None  # answered today
    wall_clock.advance(days=1)
    dialog = check_in(window)
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # "Not now"
    assert check_in(window) is None  # skipped: not again today
    assert len(OutcomeStore(history).morning_checks()) == 1
    wall_clock.advance(days=1, hours=4)  # 13:00: the morning is over
    dialog = check_in(window)
    assert dialog is not None
    assert dialog.morning_pain is None  # only yesterday's missed target is asked about


def test_a_missed_day_is_asked_about_once_the_next_day(
    qtbot: QtBot,
    window: MainWindow,
    history: HistoryStore,
    wall_clock: WallClock,
    catalogue: Catalogue,
) -> None:
    full_days(history, wall_clock, catalogue, range(2, 4))
    history.add(stored(wall_clock, "calf-stretch", 1))  # yesterday: one session, not all
    wall_clock.advance(hours=4)  # 13:00: no morning check, only the missed day
    dialog = check_in(window)
    assert dialog is not None
    assert dialog.morning_pain is None
    assert dialog.missed is not None
    dialog.missed.choice.setCurrentIndex(dialog.missed.choice.findData("other"))
    assert dialog.missed.other.isVisible()
    dialog.missed.other.setText("Visitors")
    click(qtbot, dialog.save_button)
    yesterday = wall_clock.now.date() - timedelta(days=1)
    assert OutcomeStore(history).missed_days() == [MissedDay(yesterday, "other", "Visitors")]
    assert check_in(window) is None


def test_goals_are_set_rated_and_renamed_with_their_history_kept(
    qtbot: QtBot, window: MainWindow, history: HistoryStore, wall_clock: WallClock
) -> None:
    window.show_goals()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, GoalsDialog)
    dialog.names[0].setText("Walking to the shops")
    dialog.scores[0].setValue(3)
    dialog.names[1].setText("Standing at work")
    dialog.accept()
    history.add(stored(wall_clock, "calf-stretch", 1))  # someone who has started
    outcomes = OutcomeStore(history)
    walking, standing = outcomes.goals()
    assert [(r.goal_id, r.score) for r in outcomes.goal_ratings()] == [(walking.id, 3)]
    wall_clock.advance(days=7)
    dialog = check_in(window)  # a week on: the weekly prompt (and the morning check)
    assert dialog is not None
    assert set(dialog.scores) == {walking.id, standing.id}
    dialog.scores[walking.id].setValue(6)
    click(qtbot, dialog.save_button)
    window.show_goals()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, GoalsDialog)
    dialog.names[0].setText("Walking to the market")
    dialog.names[1].clear()  # no longer followed
    dialog.accept()
    assert [g.name for g in outcomes.goals()] == ["Walking to the market"]
    assert [(r.goal_id, r.score) for r in outcomes.goal_ratings()] == [
        (walking.id, 3),
        (walking.id, 6),
    ]


def test_a_stopped_session_takes_a_difficulty_and_a_reason_on_its_summary(
    qtbot: QtBot,
    window: MainWindow,
    history: HistoryStore,
    timer: FakeWakeTimer,
    prompts: AnsweredPrompts,
) -> None:
    window.start_exercise("achilles-stretch")
    timer.advance(20_000)
    prompts.answer(True)
    qtbot.keyClick(window.session_view, Qt.Key.Key_Escape)
    feedback = window.session_view.summary.feedback
    assert feedback.reason.isVisible()
    click(qtbot, feedback.buttons["too_hard"])
    feedback.reason.choice.setCurrentIndex(feedback.reason.choice.findData("pain"))
    (record,) = history.sessions()
    assert record.id is not None
    assert OutcomeStore(history).feedback() == {
        record.id: SessionFeedback(record.id, "too_hard", "pain", "")
    }
    click(qtbot, feedback.buttons["too_hard"])  # clicked again: cleared
    assert OutcomeStore(history).feedback()[record.id].difficulty is None


def test_a_finished_session_asks_no_reason(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer, catalogue: Catalogue
) -> None:
    from tests.ui.test_history_ui import run_to_the_end

    window.start_exercise("achilles-stretch")
    run_to_the_end(window, timer, catalogue)
    feedback = window.session_view.summary.feedback
    assert feedback.buttons["easy"].isVisible()
    assert not feedback.reason.isVisible()


def test_history_shows_the_trends_with_meaningful_change_and_its_source(
    qtbot: QtBot, window: MainWindow, history: HistoryStore, wall_clock: WallClock
) -> None:
    outcomes = OutcomeStore(history)
    for days_ago, pain in ((20, 6), (19, 6), (2, 3), (1, 4)):
        at = wall_clock.now - timedelta(days=days_ago)
        outcomes.add_morning_check(MorningCheck(at.date(), pain, at))
    goal = outcomes.add_goal("Walking <b>far</b>", wall_clock.now - timedelta(days=20))
    outcomes.rate_goals({goal.id: 2}, wall_clock.now - timedelta(days=20))
    outcomes.rate_goals({goal.id: 5}, wall_clock.now - timedelta(days=1))
    view = open_history(qtbot, window)
    text = view.outcomes.summary.text()
    assert (
        "Morning pain: 6 in the first week, 3.5 in the latest (−2.5): meaningful improvement."  # noqa: RUF001
        in text
    )
    assert (
        "Walking <b>far</b>: 2 in the first week, 5 in the latest (+3): meaningful improvement."
        in text
    )
    assert "Salaffi F et al., Eur J Pain 2004" in text
    assert "Stratford" in text
    assert view.outcomes.summary.textFormat() is Qt.TextFormat.PlainText
    assert view.outcomes.morning_chart.isVisible()
    assert view.outcomes.goals_chart.isVisible()
    view.outcomes.grab()  # paints both charts (a Qt warning would fail the test)


def test_history_exports_a_valid_fhir_bundle_with_the_chosen_name(
    qtbot: QtBot,
    window: MainWindow,
    history: HistoryStore,
    wall_clock: WallClock,
    settings: Settings,
    tmp_path: Path,
) -> None:
    history.add(stored(wall_clock, "calf-stretch", 1, pain_before=3, pain_after=2))
    settings.patient_name = "  Patient   K "
    view = open_history(qtbot, window)
    target = tmp_path / "export.json"
    view.choose_file = lambda *_: str(target)
    click(qtbot, view.outcomes.fhir_button)
    data = json.loads(target.read_text(encoding="utf-8"))
    bundle = Bundle.model_validate(data)
    assert bundle.type == "collection"
    kinds = [e["resource"]["resourceType"] for e in data["entry"]]
    assert kinds == ["Patient", "Observation", "Observation", "Observation"]
    assert data["entry"][0]["resource"]["name"] == [{"text": "Patient K"}]


def test_history_refuses_a_fhir_export_onto_the_history_itself(
    qtbot: QtBot,
    window: MainWindow,
    history: HistoryStore,
    wall_clock: WallClock,
    prompts: AnsweredPrompts,
) -> None:
    history.add(stored(wall_clock, "calf-stretch", 1, pain_before=3, pain_after=2))
    view = open_history(qtbot, window)
    view.choose_file = lambda *_: str(history.path)
    texts = prompts.asked
    click(qtbot, view.outcomes.fhir_button)
    assert texts
    assert texts[0].startswith(f"Could not write {history.path}")
    assert "your session history itself" in texts[0] or "data folder" in texts[0]
    assert len(history.sessions()) == 1  # still a history, with its session


def test_preferences_set_the_name_in_exports(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    from footcare_gui.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings, window.audio, window, tray_available=False)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.patient_name.setText("Pseudonym 12")
    dialog.done(0)
    assert settings.patient_name == "Pseudonym 12"


def test_progression_held_back_by_morning_pain_says_why(
    qtbot: QtBot, window: MainWindow, history: HistoryStore, wall_clock: WallClock
) -> None:
    outcomes = OutcomeStore(history)
    for days_ago, pain in ((5, 1), (4, 1), (3, 3), (2, 3)):
        at = wall_clock.now - timedelta(days=days_ago, hours=2)
        outcomes.add_morning_check(MorningCheck(at.date(), pain, at))
    for days_ago in range(5, 0, -1):
        history.add(stored(wall_clock, "toe-pulling", days_ago, reps_done=50, reps_planned=50))
    window.sessions.recorder.last_records = history.sessions()[-1:]
    window.sessions.offer_progression()
    assert "morning pain rose over the last week" in window.statusBar().currentMessage()


def test_nothing_is_asked_while_a_session_runs(window: MainWindow, timer: FakeWakeTimer) -> None:
    window.start_exercise("achilles-stretch")
    assert check_in(window) is None
    assert window.has_active_session()


def test_the_morning_check_by_keyboard_is_a_digit_and_enter(
    qtbot: QtBot, window: MainWindow, history: HistoryStore, wall_clock: WallClock
) -> None:
    history.add(stored(wall_clock, "calf-stretch", 1))
    dialog = check_in(window)
    assert dialog is not None
    assert dialog.morning_pain is not None
    assert dialog.focusWidget() is dialog.morning_pain  # the scale has the keys first
    qtbot.keyClick(dialog.morning_pain, Qt.Key.Key_2)
    qtbot.keyClick(dialog.morning_pain, Qt.Key.Key_Return)
    assert [c.pain for c in OutcomeStore(history).morning_checks()] == [2]


def test_a_reason_typed_just_before_closing_is_kept(
    qtbot: QtBot,
    window: MainWindow,
    history: HistoryStore,
    timer: FakeWakeTimer,
    prompts: AnsweredPrompts,
) -> None:
    window.start_exercise("achilles-stretch")
    timer.advance(20_000)
    prompts.answer(True)
    qtbot.keyClick(window.session_view, Qt.Key.Key_Escape)
    reason = window.session_view.summary.feedback.reason
    reason.choice.setCurrentIndex(reason.choice.findData("other"))
    reason.other.setText("Doorbell")  # still typing
    window.close()
    (record,) = history.sessions()
    assert record.id is not None
    assert OutcomeStore(history).feedback()[record.id].reason_text == "Doorbell"


@pytest.mark.qt_log_ignore(OFFSCREEN_TRAY)
def test_opening_the_app_again_or_from_a_reminder_offers_the_morning_check(
    qtbot: QtBot,
    window: MainWindow,
    history: HistoryStore,
    wall_clock: WallClock,
    settings: Settings,
    catalogue: Catalogue,
) -> None:
    history.add(stored(wall_clock, "calf-stretch", 1))
    desktop = wire(window, settings, catalogue, [], tray=False, timer=None)
    desktop.handle_request({"action": "show"})  # `footcare` launched again from the menu
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CheckInDialog)
    dialog.reject()
    wall_clock.advance(days=1)
    desktop.tray.show_window_requested.emit()  # the tray's "Show Footcare"
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CheckInDialog)
    dialog.reject()
    wall_clock.advance(days=1)
    desktop.tray.reminder_clicked.emit("toe-pulling")  # a reminder clicked
    assert isinstance(QApplication.activeModalWidget(), CheckInDialog)
