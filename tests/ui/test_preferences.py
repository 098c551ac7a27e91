"""Preferences that are not about sound."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.services import reminder_settings
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings
from footcare_gui.ui.preferences import PreferencesDialog


def test_the_painful_foot_is_chosen_once_and_remembered(
    qtbot: QtBot, audio: AudioCues, settings: Settings
) -> None:
    dialog = PreferencesDialog(settings, audio)
    qtbot.addWidget(dialog)
    assert dialog.painful_foot.currentText() == "Not sure"
    dialog.painful_foot.setFocus()
    qtbot.keyClick(dialog.painful_foot, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.painful_foot, Qt.Key.Key_Down)
    assert settings.painful_foot == "right"
    again = PreferencesDialog(settings, audio)
    qtbot.addWidget(again)
    assert again.painful_foot.currentText() == "Right foot"


def test_reminder_times_are_checked_and_only_changes_are_kept(
    qtbot: QtBot, audio: AudioCues, settings: Settings, catalogue: Catalogue
) -> None:
    dialog = PreferencesDialog(settings, audio, catalogue=catalogue, tray_available=True)
    qtbot.addWidget(dialog)
    calf = dialog.reminder_times["calf-stretch"]
    assert calf.text() == "09:00, 18:00"
    qtbot.mouseClick(dialog.reminders_on, Qt.MouseButton.LeftButton)
    assert reminder_settings.load(settings).enabled
    calf.setFocus()
    calf.selectAll()
    qtbot.keyClicks(calf, "7:30, 25:00")
    qtbot.keyClick(calf, Qt.Key.Key_Return)
    assert dialog.reminder_problem.text() == "Calf stretch: '25:00' is not a time like 09:00"
    calf.selectAll()
    qtbot.keyClicks(calf, "7:30, 19")
    qtbot.keyClick(calf, Qt.Key.Key_Return)
    assert dialog.reminder_problem.isHidden()
    assert reminder_settings.load(settings).times == {"calf-stretch": (time(7, 30), time(19, 0))}


def test_without_a_tray_reminders_cannot_be_turned_on_and_it_says_why(
    qtbot: QtBot, audio: AudioCues, settings: Settings, catalogue: Catalogue
) -> None:
    dialog = PreferencesDialog(settings, audio, catalogue=catalogue, tray_available=False)
    qtbot.addWidget(dialog)
    assert not dialog.reminders_on.isEnabled()
    assert "no tray" in dialog.findChild(QLabel, "noTray").text()


def test_without_a_tray_but_with_a_notification_server_reminders_can_be_on_while_open(
    qtbot: QtBot, audio: AudioCues, settings: Settings, catalogue: Catalogue
) -> None:
    dialog = PreferencesDialog(
        settings, audio, catalogue=catalogue, tray_available=False, notifications_available=True
    )
    qtbot.addWidget(dialog)
    assert dialog.reminders_on.isEnabled()
    assert "only while Footcare is open" in dialog.findChild(QLabel, "noTray").text()
