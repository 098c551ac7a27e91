"""Issue 13 part 1: a session counts only for the work done, the same way everywhere."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.plan import build_plan
from footcare_gui.report.csv_export import write_csv
from footcare_gui.services.store import HistoryStore
from footcare_gui.ui.main_window import MainWindow
from tests.fakes import FakeWakeTimer
from tests.ui.test_history_ui import open_history, today_of


def skip_to_the_end(qtbot: QtBot, window: MainWindow) -> None:
    view = window.session_view
    driver = view.driver
    assert driver is not None
    for _ in range(len(driver.session.plan.steps)):
        if driver.session.state.ended:
            break
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert driver.session.state.ended


def test_skipping_every_step_is_nothing_done_everywhere(
    qtbot: QtBot, window: MainWindow, history: HistoryStore, catalogue: Catalogue
) -> None:
    window.start_exercise("ankle-flexion")
    skip_to_the_end(qtbot, window)
    view = window.session_view
    assert view.summary_title.text() == "Session ended"
    text = view.summary_text.text()
    assert "0 of 24 reps done" in text
    assert "Nothing done" in text
    assert "Skipped steps" not in text
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)

    (record,) = history.sessions()
    assert not record.finished
    assert record.outcome.value == "nothing done"
    assert today_of(window, "ankle-flexion") == (0, 1)
    assert "Done today" not in window.browser.list.item(3).toolTip()
    assert window.browser.today.totals.text().startswith("0 of 8 sessions done")
    out = io.StringIO()
    write_csv([record], catalogue, out)
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["outcome"] == "nothing done"
    table = open_history(qtbot, window).table
    assert table.item(0, 2).text() == "Nothing done"


def test_skipping_only_get_ready_and_rests_is_still_well_done(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer, history: HistoryStore
) -> None:
    window.start_exercise("calf-stretch")
    view = window.session_view
    driver = view.driver
    assert driver is not None
    session = driver.session
    work = ("hold", "move")
    while not session.state.ended:
        if session.step.kind.value in work:
            timer.advance(session.remaining_ms() or 0)
        else:
            qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.summary_title.text() == "Well done!"
    assert "Skipped" not in view.summary_text.text()
    (record,) = history.sessions()
    assert record.finished


def test_the_calf_stretch_skipped_through_counts_nothing(
    qtbot: QtBot, window: MainWindow, catalogue: Catalogue, history: HistoryStore
) -> None:
    window.start_exercise("calf-stretch")
    skip_to_the_end(qtbot, window)
    (record,) = history.sessions()
    assert (record.reps_done, record.reps_planned, record.finished) == (0, 2, False)
    assert window.session_view.summary_title.text() == "Session ended"
    assert len(build_plan(catalogue.get("calf-stretch")).steps) > 2


def test_a_routine_exercise_with_no_whole_rep_reads_as_history_does(
    qtbot: QtBot, window: MainWindow, timer: FakeWakeTimer, history: HistoryStore
) -> None:
    window.routines.add_routine("Quick", ["calf-stretch", "achilles-stretch"])
    window.start_routine("Quick")
    view = window.session_view
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # skip calf
    driver = view.driver
    assert driver is not None
    while driver.session.step.label != "Up on your toes":  # heels down done: half a rep
        timer.advance(driver.session.remaining_ms() or 1000)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # skip the rest
    assert view.summary_title.text() == "Routine ended"
    lines = view.routine_summary.text().splitlines()
    assert lines == [
        "\N{EN DASH} Calf stretch — skipped",
        "\N{EN DASH} Achilles tendon stretch — nothing done",
    ]
    (record,) = history.sessions()
    assert record.outcome.word() == "Nothing done"
