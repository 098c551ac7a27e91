"""The routine editor's Export never lands on the history: picking history.sqlite3 (or any file
of the data folder) in the save dialog replaced the whole history with a routine file, as the
command-line exports did before issue 12."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from footcare_gui.services.store import HistoryStore
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.routine_editor import RoutineEditorDialog
from tests.ui.conftest import answer_next_question

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def editor(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> RoutineEditorDialog:
    opened: list[RoutineEditorDialog] = []
    monkeypatch.setattr(RoutineEditorDialog, "exec", lambda self: opened.append(self) or 0)
    window.show_routines()  # as File ▸ Routines… opens it
    return opened[0]


@pytest.mark.parametrize("name", ["history.sqlite3", "history.sqlite3-wal", "routine.json"])
def test_exporting_a_routine_into_the_data_folder_is_refused(
    qtbot: QtBot, editor: RoutineEditorDialog, history: HistoryStore, name: str
) -> None:
    target = history.path.parent / name
    before = history.path.read_bytes()
    editor.choose_save_file = lambda *_: str(target)
    shown = answer_next_question(qtbot, QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(editor.export_button, LEFT)
    qtbot.waitUntil(lambda: bool(shown))
    assert "data folder" in shown[0]
    assert history.path.read_bytes() == before
    assert not (history.path.parent / "routine.json").exists()


def test_exporting_a_routine_elsewhere_still_works(
    qtbot: QtBot, editor: RoutineEditorDialog, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere" / "mine.json"
    target.parent.mkdir()
    editor.choose_save_file = lambda *_: str(target)
    qtbot.mouseClick(editor.export_button, LEFT)
    assert '"version": 1' in target.read_text(encoding="utf-8")
