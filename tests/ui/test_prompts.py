"""The real questions behind ui/prompts.py: their words, and that a stray key keeps going."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from footcare_gui.ui.prompts import stop_box


def test_the_stop_question_keeps_the_session_on_enter_and_escape(qtbot: QtBot) -> None:
    box = stop_box(None)
    qtbot.addWidget(box)
    assert box.windowTitle() == "Stop the session?"
    assert box.text() == (
        "Stop this session now? What you have done so far is kept in the summary."
    )
    no = box.button(QMessageBox.StandardButton.No)
    assert box.defaultButton() is no
    assert box.escapeButton() is no
    box.open()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.No
