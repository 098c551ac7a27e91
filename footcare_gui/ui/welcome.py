"""The welcome on first start (and from Help later): the safety note, which foot is painful, the
spoken prompts with a test of the sound, and reminders with their times.

Short and skippable: every choice is saved as it is made (as in Preferences, where each can be
changed again), so closing at once leaves today's defaults untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.services.settings import Settings
from footcare_gui.ui.plain_text import plain_labels
from footcare_gui.ui.reminder_choices import ReminderChoices, reminders_offered
from footcare_gui.ui.style import follow_palette, safety_note

if TYPE_CHECKING:  # the audio service is built when first needed
    from footcare_gui.services.audio import AudioCues

# In the order a user thinks of them; "Not sure" keeps the neutral "painful foot".
FOOT_CHOICES = (
    (QT_TRANSLATE_NOOP("WelcomeDialog", "&Left foot"), "left"),
    (QT_TRANSLATE_NOOP("WelcomeDialog", "&Right foot"), "right"),
    (QT_TRANSLATE_NOOP("WelcomeDialog", "&Both feet"), "both"),
    (QT_TRANSLATE_NOOP("WelcomeDialog", "&Not sure"), ""),
)

AudioSource = Callable[[], "AudioCues | None"]


class WelcomeDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        audio: AudioSource,
        catalogue: Catalogue,
        parent: QWidget | None = None,
        tray_available: bool | None = None,
        notifications_available: bool = False,
    ):
        """``audio`` gives the audio service when the sound is tested (None: no sound at all);
        reminders are offered as Preferences offers them (``tray_available`` None asks the
        desktop; without a tray, the notification server shows them while Footcare is open)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Footcare"))
        self._settings = settings
        self._audio = audio
        self._catalogue = catalogue

        intro = QLabel(
            self.tr(
                "A few choices before you start, each saved as you make it; all of them "
                "are in Preferences too. Nothing to change? Skip."
            ),
            wordWrap=True,
            objectName="welcomeIntro",
        )
        safety = QLabel(safety_note(), wordWrap=True, objectName="safetyNote")

        foot_box = QGroupBox(self.tr("Which foot is painful?"))
        foot_layout = QHBoxLayout(foot_box)
        self.feet = QButtonGroup(self)
        self.foot_buttons: dict[str, QRadioButton] = {}
        for text, value in FOOT_CHOICES:
            button = QRadioButton(translate("WelcomeDialog", text))
            button.setAccessibleDescription(
                self.tr("Exercises for the painful foot then name it; Preferences can change it")
            )
            self.feet.addButton(button)
            self.foot_buttons[value] = button
            foot_layout.addWidget(button)
        self.foot_buttons[settings.painful_foot].setChecked(True)
        self.feet.buttonToggled.connect(self._save_foot)

        sound_box = QGroupBox(self.tr("Sound"))
        sound_layout = QHBoxLayout(sound_box)
        self.voice = QCheckBox(self.tr("&Speak the prompts (“Hold, rep 3 of 8”)"))
        self.voice.setChecked(settings.voice_enabled)
        self.voice.setAccessibleDescription(
            self.tr("A voice says each step, so you need not look at the screen")
        )
        self.voice.toggled.connect(self._save_voice)
        self.test_button = QPushButton(self.tr("&Test sound"), objectName="welcomeTestSound")
        self.test_button.setAccessibleDescription(
            self.tr("Play the tones, then a spoken prompt if the voice is on")
        )
        self.test_button.setAutoDefault(False)  # Enter means "Start", wherever the focus is
        self.test_button.clicked.connect(self._test_sound)
        sound_layout.addWidget(self.voice, 1)
        sound_layout.addWidget(self.test_button)

        reminders = self._build_reminders(
            *reminders_offered(tray_available, notifications_available)
        )

        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("Start using Footcare"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setAccessibleDescription(self.tr("Your choices are saved (Enter)"))
        self.start_button.setDefault(True)
        self.skip_button = buttons.addButton(
            self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.skip_button.setAccessibleDescription(
            self.tr("Close the welcome; it stays under Help (Esc)")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(safety)
        layout.addWidget(foot_box)
        layout.addWidget(sound_box)
        layout.addWidget(reminders)
        layout.addWidget(buttons)
        self._style = follow_palette(self)
        plain_labels(self)  # exercise names may come from a custom catalogue
        self.foot_buttons[settings.painful_foot].setFocus()

    def _build_reminders(self, usable: bool, no_tray: str) -> QGroupBox:
        box = QGroupBox(self.tr("Reminders"))
        layout = QVBoxLayout(box)
        on = QCheckBox(self.tr("&Remind me of my exercises at these times"))
        on.setAccessibleDescription(
            self.tr("Footcare then keeps running in the tray when its window is closed")
        )
        self.reminders = ReminderChoices(self._settings, self._catalogue, on, usable)
        self.reminders_on = on
        self.reminder_times = self.reminders.times
        self.reminder_problem = self.reminders.problem
        layout.addWidget(on)
        if no_tray:
            layout.addWidget(QLabel(no_tray, wordWrap=True, objectName="noTray"))
        self.times_box = QWidget(objectName="reminderTimes")
        self.times_box.setLayout(self.reminders.form)
        self.reminders.form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.times_box)
        layout.addWidget(self.reminder_problem)
        self.times_box.setVisible(on.isChecked())  # short until asked for
        on.toggled.connect(self._reminders_toggled)
        return box

    # --- saving, as each choice is made -------------------------------------------------------
    def _save_foot(self) -> None:
        for value, button in self.foot_buttons.items():
            if button.isChecked():
                self._settings.painful_foot = value

    def _save_voice(self, on: bool) -> None:
        self._settings.voice_enabled = on
        audio = self._audio()
        if audio is not None:
            audio.apply_settings()

    def _test_sound(self) -> None:
        audio = self._audio()
        if audio is not None:
            audio.test_sounds()

    def _reminders_toggled(self, on: bool) -> None:
        self.times_box.setVisible(on)
        self.adjustSize()  # the times come and go; the dialog fits them
        self.reminders.save()

    def done(self, result: int) -> None:
        # Typed times count when the dialog closes with the cursor still in a field; a time
        # that can't be read keeps "Start" from closing until it is fixed (Skip still closes).
        if self.reminders_on.isChecked():
            self.reminders.save()
            if result == QDialog.DialogCode.Accepted and self.reminder_problem.text():
                return
        self._settings.welcome_shown = True
        super().done(result)
