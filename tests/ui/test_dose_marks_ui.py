"""The user's own dose, out-of-range values marked, wherever a dose is shown (issue 13 part 2)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.services.routine_book import RoutineBook
from footcare_gui.services.settings import Settings
from footcare_gui.ui.exercise_browser import DOSE_ROLE
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.routine_editor import RoutineEditorDialog
from tests.ui.test_history_ui import open_history

MARKED_HOLD = "Pull the toes back: 60 s (\u26a0 source 5\u201310 s)"
SPOKEN_HOLD = "Pull the toes back: 60 s, outside the source's 5 to 10 seconds"


def long_hold(window: MainWindow) -> None:
    """The ankle extension's hold set to 60 s (the source says 5 to 10 s)."""
    dose = window.routines.dose_for("ankle-extension")
    window.routines.set_dose("ankle-extension", replace(dose, phase_seconds=(60, 10)))
    window.refresh_doses()


def test_the_list_and_details_mark_a_dose_outside_the_sources_range(window: MainWindow) -> None:
    long_hold(window)
    item = window.browser.list.item(2)
    assert item.data(DOSE_ROLE) == f"{MARKED_HOLD} · 3 × 8 · painful foot · once a day"
    described = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert SPOKEN_HOLD in described
    assert SPOKEN_HOLD in item.toolTip()
    window.browser.select("ankle-extension")
    detail = window.browser.detail.text()
    assert "Your dose" in detail
    assert MARKED_HOLD in detail
    assert "Outside the suggested range: " + SPOKEN_HOLD in detail.replace("&#x27;", "'")
    untouched = window.browser.list.item(3).data(DOSE_ROLE)
    assert "\u26a0" not in untouched  # the flexion keeps the catalogue's dose


def test_the_session_shows_the_dose_with_its_mark(window: MainWindow) -> None:
    long_hold(window)
    window.start_exercise("ankle-extension")
    label = window.session_view.dose_label
    assert label.isVisibleTo(window.session_view)
    assert label.text().startswith("Your dose: " + MARKED_HOLD)
    assert SPOKEN_HOLD in label.accessibleName()


def test_history_shows_the_doses_with_their_marks(qtbot: QtBot, window: MainWindow) -> None:
    long_hold(window)
    view = open_history(qtbot, window)
    text = view.doses_label.text()
    assert f"Ankle extension: {MARKED_HOLD} · 3 × 8 · painful foot · once a day" in text
    assert "Calf stretch: 30 s hold · each foot · twice a day" in text
    assert SPOKEN_HOLD in view.doses_label.accessibleName()


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> RoutineEditorDialog:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = RoutineEditorDialog(RoutineBook(settings, catalogue), catalogue, painful_foot="left")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_import_from_the_editor_shows_each_value_out_of_range(
    qtbot: QtBot, editor: RoutineEditorDialog, tmp_path: Path
) -> None:
    path = tmp_path / "long.json"
    exercises = [{"id": "calf-stretch", "hold_seconds": 90}, {"id": "toe-pulling", "reps": 80}]
    path.write_text(json.dumps({"version": 1, "name": "Long", "exercises": exercises}))
    editor.choose_open_file = lambda *_: str(path)
    qtbot.mouseClick(editor.import_button, Qt.MouseButton.LeftButton)
    lines = editor.status.text().splitlines()
    assert lines[1:] == [
        "Outside the suggested range:",
        "\u26a0 Calf stretch: Hold the stretch: 90 s is outside the source's 30\u201360 s",
        "\u26a0 Toe pulling: Reps: 80 is outside the source's 25\u201375",
    ]
