"""Preferences that are not about sound."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings
from footcare_gui.ui.preferences import PreferencesDialog


def test_the_painful_foot_is_chosen_once_and_remembered(
    qtbot: QtBot, audio: AudioCues, settings: Settings
) -> None:
    dialog = PreferencesDialog(settings, audio)
    qtbot.addWidget(dialog)
    assert dialog.painful_foot.currentText() == "Not said"
    dialog.painful_foot.setFocus()
    qtbot.keyClick(dialog.painful_foot, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.painful_foot, Qt.Key.Key_Down)
    assert settings.painful_foot == "right"
    again = PreferencesDialog(settings, audio)
    qtbot.addWidget(again)
    assert again.painful_foot.currentText() == "Right foot"
