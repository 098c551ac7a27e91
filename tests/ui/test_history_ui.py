"""Recording sessions from the window: pain before and after, Today, streaks, the History view."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.history import SessionRecord
from footcare_gui.core.plan import build_plan
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import HistoryStore, StoreError
from footcare_gui.ui.exercise_browser import ID_ROLE, TODAY_ROLE
from footcare_gui.ui.history_view import HistoryView
from footcare_gui.ui.main_window import MainWindow
from tests.fakes import AnsweredPrompts, FakeWakeTimer, WallClock


def run_to_the_end(window: MainWindow, timer: FakeWakeTimer, catalogue: Catalogue) -> None:
    driver = window.session_view.driver
    assert driver is not None
    timer.advance(build_plan(catalogue.get(driver.session.plan.exercise_id)).total_ms)
    assert driver.session.state.ended


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def today_of(window: MainWindow, exercise_id: str) -> tuple[int, int] | None:
    items = (window.browser.list.item(row) for row in range(window.browser.list.count()))
    return next(item for item in items if item.data(ID_ROLE) == exercise_id).data(TODAY_ROLE)


def stored(
    wall_clock: WallClock, exercise_id: str, days_ago: int, **fields: object
) -> SessionRecord:
    start = wall_clock.now - timedelta(days=days_ago)
    values: dict[str, object] = dict(
        exercise_id=exercise_id,
        started_at=start,
        ended_at=start + timedelta(minutes=3),
        active_s=170.0,
        paused_s=10.0,
        reps_done=2,
        reps_planned=2,
        sets_done=2,
        sets_planned=2,
        sides_done=2,
        sides_planned=2,
        finished=True,
    )
    values.update(fields)
    return SessionRecord(**values)  # type: ignore[arg-type]


def full_days(history: HistoryStore, wall_clock: WallClock, catalogue: Catalogue, days: range):
    for days_ago in days:
        for exercise in catalogue.exercises:
            for _ in range(exercise.per_day.default):
                history.add(stored(wall_clock, exercise.id, days_ago))


def test_a_finished_session_is_saved_with_pain_before_and_after_and_a_note(
    qtbot: QtBot,
    window: MainWindow,
    timer: FakeWakeTimer,
    catalogue: Catalogue,
    history: HistoryStore,
    wall_clock: WallClock,
) -> None:
    assert today_of(window, "calf-stretch") == (0, 2)
    assert window.browser.today.totals.text().startswith("0 of 8 sessions done")
    click(qtbot, window.browser.pain_before.buttons[6])  # one click on the start screen
    click(qtbot, window.browser.start_button)
    run_to_the_end(window, timer, catalogue)
    view = window.session_view
    assert view.summary.record_status.text() == "Saved to your history."
    click(qtbot, view.summary.pain_after.buttons[3])
    qtbot.keyClicks(view.summary.note, "Less tight than yesterday")
    qtbot.keyClick(view.summary.note, Qt.Key.Key_Return)
    click(qtbot, view.summary.done_button)

    (record,) = history.sessions()
    assert record.exercise_id == "calf-stretch"
    assert record.finished
    assert (record.pain_before, record.pain_after) == (6, 3)
    assert record.note == "Less tight than yesterday"
    assert record.started_at == wall_clock.now
    assert (record.reps_done, record.reps_planned, record.sides_done) == (2, 2, 2)
    assert today_of(window, "calf-stretch") == (1, 2)
    assert window.browser.today.totals.text().startswith("1 of 8 sessions done")
    assert window.browser.pain_before.value() is None  # the rating belonged to that session


def test_skipping_the_pain_ratings_still_saves_the_session(
    qtbot: QtBot,
    window: MainWindow,
    timer: FakeWakeTimer,
    catalogue: Catalogue,
    history: HistoryStore,
) -> None:
    window.start_exercise("ankle-flexion")
    run_to_the_end(window, timer, catalogue)
    click(qtbot, window.session_view.summary.done_button)
    (record,) = history.sessions()
    assert (record.pain_before, record.pain_after, record.note) == (None, None, "")
    assert today_of(window, "ankle-flexion") == (1, 1)
    assert window.browser.list.item(3).toolTip().endswith("✓ Done today.")


def test_closing_the_window_mid_session_records_it_as_stopped_early(
    window: MainWindow, timer: FakeWakeTimer, history: HistoryStore, prompts: AnsweredPrompts
) -> None:
    window.start_exercise("achilles-stretch")
    timer.advance(20_000)
    prompts.answer(True)
    assert window.close()
    (record,) = history.sessions()
    assert not record.finished
    assert record.active_s == 20.0
    assert record.reps_done < record.reps_planned


def test_a_history_that_cannot_be_written_says_so_and_the_session_still_runs(
    qtbot: QtBot,
    tmp_path: Path,
    catalogue: Catalogue,
    settings: Settings,
    clock: object,
    timer: FakeWakeTimer,
    wall_clock: WallClock,
) -> None:
    data = tmp_path / "newer"
    data.mkdir()
    with sqlite3.connect(data / "history.sqlite3") as db:
        db.execute("PRAGMA user_version = 99")
    store = HistoryStore.open(data)
    window = MainWindow(
        catalogue,
        settings,
        clock=clock,  # type: ignore[arg-type]
        timer_factory=lambda _parent: timer,
        history=store,
        wall_clock=wall_clock,
    )
    qtbot.addWidget(window)
    assert "newer version" in window.browser.today.notice.text()
    assert not window.browser.today.notice.isHidden()
    window.start_exercise("calf-stretch")
    run_to_the_end(window, timer, catalogue)
    status = window.session_view.summary.record_status.text()
    assert status.startswith("This session could not be saved to your history.")
    assert window.session_view.summary.title.text() == "Well done!"
    store.close()


def test_today_shows_the_streak_and_every_target_met(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    history: HistoryStore,
    wall_clock: WallClock,
    catalogue: Catalogue,
) -> None:
    full_days(history, wall_clock, catalogue, range(1, 6))  # the five days before today
    full_days(history, wall_clock, catalogue, range(8, 10))
    window = make_window()
    assert window.browser.today.streak.text() == (
        "Streak: 5 days in a row with every target met · best 5 days"
    )
    full_days(history, wall_clock, catalogue, range(0, 1))
    window.refresh_today()
    assert window.browser.today.totals.text() == "✓ All 8 sessions done. Well done!"
    assert window.browser.today.streak.text().startswith("Streak: 6 days")
    assert all(today_of(window, e.id) == (e.per_day.default,) * 2 for e in catalogue.exercises)


def test_the_day_rolls_over_at_midnight(
    window: MainWindow,
    history: HistoryStore,
    wall_clock: WallClock,
) -> None:
    history.add(stored(wall_clock, "calf-stretch", 0))
    window.refresh_today()
    assert today_of(window, "calf-stretch") == (1, 2)
    assert window.today.midnight.interval() == (15 * 3600 + 1) * 1000  # 09:00 → midnight, +1 s
    wall_clock.now = wall_clock.now.replace(hour=0, minute=0, second=1) + timedelta(days=1)
    window.today.midnight.timeout.emit()
    assert today_of(window, "calf-stretch") == (0, 2)


# --- the History view -------------------------------------------------------------------------


def open_history(qtbot: QtBot, window: MainWindow) -> HistoryView:
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    view = window.pages.currentWidget()
    assert isinstance(view, HistoryView)
    return view


def test_history_lists_sessions_newest_first_and_sorts_by_column(
    qtbot: QtBot, window: MainWindow, history: HistoryStore, wall_clock: WallClock
) -> None:
    history.add(stored(wall_clock, "calf-stretch", 3, pain_before=7, pain_after=4))
    history.add(stored(wall_clock, "toe-pulling", 1, reps_done=10, reps_planned=12))
    history.add(stored(wall_clock, "ankle-flexion", 40))  # outside the 4 weeks shown
    view = open_history(qtbot, window)
    assert window.windowTitle() == "Footcare — History"
    table = view.table
    assert table.rowCount() == 2
    assert [table.item(r, 1).text() for r in range(2)] == ["Toe pulling", "Calf stretch"]
    assert table.item(0, 2).text() == "Partly done"
    assert (table.item(1, 5).text(), table.item(1, 6).text()) == ("7", "4")
    table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # reps: 2 before 10, not "10" < "2"
    assert [table.item(r, 3).text() for r in range(2)] == ["2 of 2", "10 of 12"]
    view.period_box.setCurrentIndex(1)  # 12 weeks
    assert table.rowCount() == 3
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.browser


def test_deleting_a_session_asks_first_and_can_be_undone(
    qtbot: QtBot,
    window: MainWindow,
    history: HistoryStore,
    wall_clock: WallClock,
    prompts: AnsweredPrompts,
) -> None:
    history.add(stored(wall_clock, "calf-stretch", 0))
    history.add(stored(wall_clock, "calf-stretch", 0, note="second"))
    window.refresh_today()
    assert today_of(window, "calf-stretch") == (2, 2)
    view = open_history(qtbot, window)
    view.table.selectRow(0)
    view.table.setFocus()
    texts = prompts.answer(False)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "Delete this session" in texts[0]
    assert len(history.sessions()) == 2

    # Offscreen, no window is active again once a dialog has closed: the button, not the key.
    prompts.answer(True)
    click(qtbot, view.delete_button)
    assert [r.note for r in history.sessions()] == [""]
    assert view.table.rowCount() == 1
    assert today_of(window, "calf-stretch") == (1, 2)
    assert view.undo_bar.isVisible()

    click(qtbot, view.undo_button)
    assert sorted(r.note for r in history.sessions()) == ["", "second"]
    assert view.table.rowCount() == 2
    assert today_of(window, "calf-stretch") == (2, 2)


def test_history_exports_csv_and_a_pdf_report(
    qtbot: QtBot,
    window: MainWindow,
    history: HistoryStore,
    wall_clock: WallClock,
    tmp_path: Path,
) -> None:
    history.add(stored(wall_clock, "toe-pulling", 2, note="tingling, then fine"))
    view = open_history(qtbot, window)
    view.choose_file = lambda _parent, _caption, suggested, _filter: str(tmp_path / suggested)
    click(qtbot, view.csv_button)
    csv_path = tmp_path / "footcare-sessions-2026-11-27.csv"
    with csv_path.open(encoding="utf-8", newline="") as data:
        rows = list(csv.reader(data))
    assert len(rows) == 2
    assert "tingling, then fine" in rows[1]
    assert view.summary.text() == f"Exported 1 session to {csv_path}"

    click(qtbot, view.report_button)
    pdf_path = tmp_path / "footcare-report-2026-11-27.pdf"
    assert pdf_path.read_bytes().startswith(b"%PDF")


def test_an_export_that_cannot_be_written_says_why(
    qtbot: QtBot,
    window: MainWindow,
    history: HistoryStore,
    wall_clock: WallClock,
    tmp_path: Path,
    prompts: AnsweredPrompts,
) -> None:
    history.add(stored(wall_clock, "toe-pulling", 2))
    view = open_history(qtbot, window)
    target = tmp_path / "no-such-folder" / "out.csv"
    view.choose_file = lambda *_: str(target)
    texts = prompts.asked
    click(qtbot, view.csv_button)
    assert texts
    assert texts[0].startswith(f"Could not write {target}")


@pytest.mark.parametrize("weeks_index", [0, 1])
def test_history_charts_paint_without_warnings(
    qtbot: QtBot,
    window: MainWindow,
    history: HistoryStore,
    wall_clock: WallClock,
    catalogue: Catalogue,
    weeks_index: int,
) -> None:
    full_days(history, wall_clock, catalogue, range(0, 20, 2))
    view = open_history(qtbot, window)
    view.period_box.setCurrentIndex(weeks_index)
    image = view.sessions_chart.grab().toImage()
    assert image.width() > 100
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 150, 7)}
    assert len(colours) > 2  # bars, axes and labels, not an empty box
    assert "sessions over" in view.sessions_chart.accessibleDescription()


def test_the_pain_scale_is_one_tab_stop_worked_by_keys(qtbot: QtBot, window: MainWindow) -> None:
    scale = window.browser.pain_before
    scale.setFocus()
    seen: list[int | None] = []
    scale.changed.connect(seen.append)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_7, Qt.Key.Key_Right, Qt.Key.Key_End):
        qtbot.keyClick(scale, key)
    qtbot.keyClick(scale, Qt.Key.Key_Delete)
    assert seen == [0, 7, 8, 10, None]
    assert not any(button.isChecked() for button in scale.buttons)
    qtbot.keyClick(scale, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.browser.start_button


def test_an_undo_that_half_fails_never_restores_a_session_twice(
    qtbot: QtBot,
    window: MainWindow,
    history: HistoryStore,
    wall_clock: WallClock,
    monkeypatch: pytest.MonkeyPatch,
    prompts: AnsweredPrompts,
) -> None:
    history.add(stored(wall_clock, "calf-stretch", 0, note="a"))
    history.add(stored(wall_clock, "calf-stretch", 0, note="b"))
    view = open_history(qtbot, window)
    view.table.selectAll()
    prompts.answer(True)
    click(qtbot, view.delete_button)
    assert history.sessions() == []
    real_restore, calls = history.restore, []

    def restore_once_then_fail(record: SessionRecord) -> SessionRecord:
        calls.append(record.note)
        if len(calls) == 2:
            raise StoreError("the disk is full")
        return real_restore(record)

    monkeypatch.setattr(history, "restore", restore_once_then_fail)
    asked_before = len(prompts.asked)  # the question to delete
    click(qtbot, view.undo_button)
    assert prompts.asked[asked_before:] == ["the disk is full"]
    assert view.undo_bar.isVisible()  # what is still deleted can still come back
    click(qtbot, view.undo_button)
    assert sorted(r.note for r in history.sessions()) == ["a", "b"]
    assert not view.undo_bar.isVisible()


def test_a_history_that_cannot_be_read_says_so_instead_of_showing_nothing(
    qtbot: QtBot,
    window: MainWindow,
    history: HistoryStore,
    wall_clock: WallClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    history.add(stored(wall_clock, "calf-stretch", 0))
    window.refresh_today()
    view = open_history(qtbot, window)

    def unreadable(*_: object) -> list[SessionRecord]:
        raise StoreError("disk I/O error reading /data/history.sqlite3")

    monkeypatch.setattr(history, "sessions", unreadable)
    window.refresh_today()  # e.g. at midnight: must not raise into the event loop
    assert "could not be read" in window.browser.today.notice.text()
    assert today_of(window, "calf-stretch") == (1, 2)  # the last figures stay
    view.reload()
    assert view.summary.text().startswith("The history could not be read.")


def test_coming_back_on_a_new_day_refreshes_today(
    qtbot: QtBot, window: MainWindow, history: HistoryStore, wall_clock: WallClock
) -> None:
    history.add(stored(wall_clock, "calf-stretch", 0))
    window.refresh_today()
    assert today_of(window, "calf-stretch") == (1, 2)
    wall_clock.advance(hours=23)  # the laptop slept through midnight
    window.refresh_if_new_day()
    assert today_of(window, "calf-stretch") == (0, 2)


def test_a_note_typed_just_before_closing_is_kept(
    qtbot: QtBot,
    window: MainWindow,
    timer: FakeWakeTimer,
    catalogue: Catalogue,
    history: HistoryStore,
) -> None:
    window.start_exercise("calf-stretch")
    run_to_the_end(window, timer, catalogue)
    qtbot.keyClicks(window.session_view.summary.note, "sore after")
    window.close()
    assert [r.note for r in history.sessions()] == ["sore after"]


def test_the_report_from_history_gives_the_personal_dose(
    qtbot: QtBot,
    window: MainWindow,
    history: HistoryStore,
    wall_clock: WallClock,
    tmp_path: Path,
    catalogue: Catalogue,
) -> None:
    from dataclasses import replace

    from PySide6.QtPdf import QPdfDocument

    history.add(stored(wall_clock, "toe-pulling", 1))
    dose = replace(window.routines.dose_for("toe-pulling"), reps=35)
    window.routines.set_dose("toe-pulling", dose)
    view = open_history(qtbot, window)
    view.choose_file = lambda _parent, _caption, suggested, _filter: str(tmp_path / suggested)
    qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    document = QPdfDocument()
    assert document.load(str(tmp_path / "footcare-report-2026-11-27.pdf")) == (
        QPdfDocument.Error.None_
    )
    assert "35 reps · each foot" in " ".join(document.getAllText(0).text().split())
    document.close()
