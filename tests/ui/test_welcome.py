"""The first-run welcome: which foot hurts, voice and reminders, all skippable; and every place
that names "the painful foot" names the one the user chose."""

from __future__ import annotations

import configparser
from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.services import reminder_settings
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings
from footcare_gui.ui.exercise_browser import DOSE_ROLE
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.preferences import PreferencesDialog
from footcare_gui.ui.welcome import WelcomeDialog


def _toe_row(catalogue: Catalogue) -> int:
    return catalogue.ids().index("ankle-extension")


def test_the_main_windows_dose_line_names_the_chosen_foot(
    window: MainWindow, catalogue: Catalogue, settings: Settings
) -> None:
    item = window.browser.list.item(_toe_row(catalogue))
    assert "painful foot" in item.data(DOSE_ROLE)
    settings.painful_foot = "left"  # the window's preferences
    window.refresh_doses()
    assert "left foot" in item.data(DOSE_ROLE)
    assert "painful foot" not in item.data(DOSE_ROLE)
    window.browser.select("ankle-extension")
    assert "Painful foot" not in window.browser.detail.text()
    assert "Left foot" in window.browser.detail.text()


def test_both_painful_feet_work_each_foot_in_turn(
    window: MainWindow, catalogue: Catalogue, settings: Settings
) -> None:
    settings.painful_foot = "both"  # the window's preferences
    window.refresh_doses()
    item = window.browser.list.item(_toe_row(catalogue))
    assert "painful foot" not in item.data(DOSE_ROLE)
    window.start_exercise("ankle-extension")
    plan = window.session_view.driver.session.plan  # type: ignore[union-attr]
    feet = [s.position.foot for s in plan.steps if s.position.rep]
    assert feet[0].value == "left"
    assert feet[-1].value == "right"
    assert window.session_view.live.position.text().endswith("Left foot (1 of 2)")


def saved(settings: Settings) -> dict[str, str]:
    """What the settings file holds, read as another program would."""
    assert settings.sync()
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(settings.path, encoding="utf-8")
    return {f"{s}/{k}": v for s in parser.sections() for k, v in parser[s].items()}


def _welcome(qtbot: QtBot, window: MainWindow) -> WelcomeDialog:
    dialog = window.welcome_dialog(tray_available=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_closing_the_welcome_at_once_keeps_todays_defaults(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    before = saved(settings)
    dialog = _welcome(qtbot, window)
    assert dialog.foot_buttons[""].isChecked()  # "Not sure"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert settings.welcome_shown
    assert saved(settings) == {**before, "welcome/shown": "true"}
    assert (settings.painful_foot, settings.voice_enabled) == ("", True)
    assert not reminder_settings.load(settings).enabled


def test_the_welcome_sets_the_foot_voice_and_reminders(
    qtbot: QtBot,
    window: MainWindow,
    settings: Settings,
    audio: AudioCues,
    catalogue: Catalogue,
) -> None:
    dialog = _welcome(qtbot, window)
    assert not dialog.times_box.isVisible()  # short until reminders are wanted
    qtbot.mouseClick(dialog.foot_buttons["left"], Qt.MouseButton.LeftButton)
    assert settings.painful_foot == "left"
    qtbot.mouseClick(dialog.voice, Qt.MouseButton.LeftButton)
    assert settings.voice_enabled is False
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(audio.tones.played) > 0)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.reminders_on, Qt.MouseButton.LeftButton)
    assert dialog.times_box.isVisible()
    calf = dialog.reminder_times["calf-stretch"]
    calf.setFocus()
    calf.selectAll()
    qtbot.keyClicks(calf, "8:30, 19")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    value = reminder_settings.load(settings)
    assert value.enabled
    assert value.times == {"calf-stretch": (time(8, 30), time(19))}
    # The main window now names the foot, and Preferences shows the same choices.
    row = catalogue.ids().index("ankle-extension")
    assert "left foot" in window.browser.list.item(row).data(DOSE_ROLE)
    preferences = PreferencesDialog(settings, audio, catalogue=catalogue, tray_available=True)
    qtbot.addWidget(preferences)
    assert preferences.painful_foot.currentText() == "Left foot"
    assert not preferences.voice.isChecked()
    assert preferences.reminders_on.isChecked()
    assert preferences.reminder_times["calf-stretch"].text() == "08:30, 19:00"


def test_the_welcome_is_in_the_help_menu_and_comes_once_by_itself(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    actions = [a for a in window.menuBar().actions() if a.text() == "&Help"]
    (welcome,) = [a for a in actions[0].menu().actions() if "Welcome" in a.text()]
    welcome.trigger()
    dialog = window.findChild(WelcomeDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.isModal()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter: "Start using Footcare"
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert settings.welcome_shown
    qtbot.waitUntil(lambda: window.findChild(WelcomeDialog) is None)  # deleted on close
    window.offer_welcome()  # as at the next start: not again
    assert window.findChild(WelcomeDialog) is None


def test_a_running_session_is_not_interrupted_by_the_welcome(
    window: MainWindow, settings: Settings
) -> None:
    window.start_exercise("calf-stretch")
    window.offer_welcome()
    assert window.findChild(WelcomeDialog) is None
    assert not settings.welcome_shown  # offered at the next start instead


def test_a_first_start_offers_the_welcome_over_the_window(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    assert not settings.welcome_shown  # a new user's settings
    window.offer_welcome()
    dialog = window.findChild(WelcomeDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.isModal()
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert settings.welcome_shown


def test_every_control_of_the_welcome_has_a_name_and_a_description(
    qtbot: QtBot, window: MainWindow
) -> None:
    from tests.ui.test_accessibility import unnamed_controls

    dialog = _welcome(qtbot, window)
    qtbot.mouseClick(dialog.reminders_on, Qt.MouseButton.LeftButton)  # the times too
    assert unnamed_controls(dialog) == []
    # Exercise names may come from a custom catalogue: shown literally, never as markup.
    labels = dialog.findChildren(QLabel)
    assert labels
    assert all(label.textFormat() is Qt.TextFormat.PlainText for label in labels)


def test_the_welcome_waits_while_another_dialog_is_open(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    other = QDialog(window)
    qtbot.addWidget(other)
    other.open()  # e.g. the morning check, offered first
    window.offer_welcome()
    assert window.findChild(WelcomeDialog) is None
    other.reject()
    window.offer_welcome()  # the next start
    welcome = window.findChild(WelcomeDialog)
    assert welcome is not None
    qtbot.addWidget(welcome)  # closed after the test: left open, no later session could start


def test_a_time_that_cannot_be_read_keeps_the_welcome_open(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    dialog = _welcome(qtbot, window)
    qtbot.mouseClick(dialog.reminders_on, Qt.MouseButton.LeftButton)
    toes = dialog.reminder_times["toe-pulling"]
    toes.setFocus()
    toes.selectAll()
    qtbot.keyClicks(toes, "25:00")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.reminder_problem.isVisible()
    assert dialog.reminder_problem.text() == "Toe pulling: '25:00' is not a time like 09:00"
    toes.selectAll()
    qtbot.keyClicks(toes, "8")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert reminder_settings.load(settings).times == {"toe-pulling": (time(8),)}


def test_without_a_tray_the_welcome_offers_reminders_as_preferences_do(
    qtbot: QtBot, settings: Settings, audio: AudioCues, catalogue: Catalogue
) -> None:
    """The desktop's notification server shows reminders while Footcare is open: Preferences
    offers them then, and the welcome did not ("no tray ..., so it cannot remind you")."""
    for notifications in (False, True):
        welcome = WelcomeDialog(
            settings, lambda: audio, catalogue,
            tray_available=False, notifications_available=notifications,
        )  # fmt: skip
        preferences = PreferencesDialog(
            settings, audio, catalogue=catalogue,
            tray_available=False, notifications_available=notifications,
        )  # fmt: skip
        qtbot.addWidget(welcome)
        qtbot.addWidget(preferences)
        assert welcome.reminders_on.isEnabled() is notifications
        assert preferences.reminders_on.isEnabled() is notifications
        said = welcome.findChild(QLabel, "noTray").text()
        assert said == preferences.findChild(QLabel, "noTray").text()
        assert ("only while Footcare is open" in said) is notifications
