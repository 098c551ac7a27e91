"""History's Export CSV… and Report… buttons refuse the history itself, as the command line does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from footcare_gui.services.store import DB_FILENAME, HistoryStore
from footcare_gui.ui.main_window import MainWindow
from tests.ui.conftest import WallClock, answer_next_question
from tests.ui.test_history_ui import open_history, stored


@pytest.mark.parametrize("button", ["csv_button", "report_button"])
@pytest.mark.parametrize("name", [DB_FILENAME, f"{DB_FILENAME}-wal"])
def test_exporting_onto_the_history_is_refused_and_it_survives(
    qtbot: QtBot,
    window: MainWindow,
    history: HistoryStore,
    wall_clock: WallClock,
    button: str,
    name: str,
) -> None:
    history.add(stored(wall_clock, "toe-pulling", 2))
    database = history.path.read_bytes()
    view = open_history(qtbot, window)
    target = history.path.with_name(name)
    view.choose_file = lambda *_: str(target if button == "csv_button" else f"{target}.pdf")
    texts = answer_next_question(qtbot, QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(getattr(view, button), Qt.MouseButton.LeftButton)
    assert texts
    assert "data folder" in texts[0]
    assert history.path.read_bytes() == database
    assert len(history.sessions()) == 1


def test_an_export_elsewhere_still_works(
    qtbot: QtBot, window: MainWindow, history: HistoryStore, wall_clock: WallClock, tmp_path: Path
) -> None:
    history.add(stored(wall_clock, "toe-pulling", 2))
    view = open_history(qtbot, window)
    target = tmp_path / "elsewhere" / "sessions.csv"
    target.parent.mkdir()
    view.choose_file = lambda *_: str(target)
    qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8").startswith("date,start,end")
