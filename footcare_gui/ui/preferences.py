"""Preferences: your painful foot and language; reminders; sounds, spoken prompts, volume and
output device, with a "Test sound" button. Every change applies at once and is remembered (the
language at the next start)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import PATIENT_NAME_MAX, Settings
from footcare_gui.ui.plain_text import plain_labels
from footcare_gui.ui.reminder_choices import ReminderChoices, reminders_offered
from footcare_gui.ui.style import follow_palette

FOLLOW_DEFAULT = QT_TRANSLATE_NOOP(
    "PreferencesDialog", "System default (follows headphones when plugged in)"
)
PAINFUL_FOOT_CHOICES = (
    (QT_TRANSLATE_NOOP("PreferencesDialog", "Not sure"), ""),
    (QT_TRANSLATE_NOOP("PreferencesDialog", "Left foot"), "left"),
    (QT_TRANSLATE_NOOP("PreferencesDialog", "Right foot"), "right"),
    (QT_TRANSLATE_NOOP("PreferencesDialog", "Both feet"), "both"),
)
# Each language by its own name, so a user who cannot read the current one still finds theirs.
LANGUAGE_CHOICES = (
    (QT_TRANSLATE_NOOP("PreferencesDialog", "System"), ""),
    ("English", "en"),
    ("Deutsch", "de"),
)


class PreferencesDialog(QDialog):
    """Changes apply at once (so "Test sound" plays what the user just set) and are remembered."""

    def __init__(
        self,
        settings: Settings,
        audio: AudioCues,
        parent: QWidget | None = None,
        catalogue: Catalogue | None = None,
        tray_available: bool | None = None,
        notifications_available: bool = False,
    ):
        """Reminders are offered when ``catalogue`` is given; ``tray_available`` None asks the
        desktop (tests pass True or False). Without a tray, the desktop's notification server
        (``notifications_available``) can still show them while Footcare is open."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Footcare Preferences"))
        self._settings = settings
        self._audio = audio
        self._catalogue = catalogue

        self.sound = QCheckBox(
            self.tr("Play tones at each step and in the last seconds of a countdown")
        )
        self.sound.setChecked(settings.sound_enabled)
        self.sound.setAccessibleDescription(
            self.tr("A tone at each new step and for the last seconds")
        )
        self.voice = QCheckBox(self.tr("Speak the prompts (\u201cHold, rep 3 of 8\u201d)"))
        self.voice.setChecked(settings.voice_enabled)
        self.voice.setAccessibleDescription(self.tr("A voice says each step, its rep and its foot"))
        self.voice_note = QLabel(wordWrap=True, objectName="voiceNote")
        self.volume = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=100)
        self.volume.setValue(settings.volume)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setAccessibleDescription(
            self.tr("Loudness of the tones and the voice, 0 to 100 %")
        )
        self.volume_label = QLabel(self._percent(settings.volume))
        self.device = QComboBox()
        self.device.setAccessibleName(self.tr("Output device"))
        self.device.setAccessibleDescription(self.tr("Where the sounds play"))
        self.device.addItem(translate("PreferencesDialog", FOLLOW_DEFAULT), b"")
        for device_id, name in audio.tones.available_devices():
            self.device.addItem(name, device_id)
        index = self.device.findData(settings.output_device)
        self.device.setCurrentIndex(max(0, index))
        self.test_button = QPushButton(self.tr("Test sound"))
        self.test_button.setToolTip(
            self.tr("Play each cue in turn: go, relax, tick, switch feet, done")
        )
        self.status = QLabel(wordWrap=True, objectName="audioStatus")
        self.painful_foot = QComboBox(objectName="painfulFoot")
        self.painful_foot.setAccessibleName(self.tr("Your painful foot"))
        for text, value in PAINFUL_FOOT_CHOICES:
            self.painful_foot.addItem(translate("PreferencesDialog", text), value)
        self.painful_foot.setCurrentIndex(max(0, self.painful_foot.findData(settings.painful_foot)))
        self.painful_foot.setToolTip(
            self.tr("Exercises set to “the painful foot” then name that foot, or work both in turn")
        )
        self.language = QComboBox(objectName="language")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("Used from the next start of Footcare"))
        for text, value in LANGUAGE_CHOICES:
            self.language.addItem(translate("PreferencesDialog", text), value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language_note = QLabel(
            self.tr("A new language is used from the next start of Footcare."),
            wordWrap=True,
            objectName="languageNote",
        )

        self.reduce_motion = QCheckBox(
            self.tr("Still pictures only (no movement from one step's picture to the next)"),
            objectName="reduceMotion",
        )
        self.reduce_motion.setChecked(settings.reduce_motion)
        self.reduce_motion.setToolTip(
            self.tr("Footcare also keeps the pictures still when your desktop turns animations off")
        )

        self.patient_name = QLineEdit(settings.patient_name, objectName="patientName")
        self.patient_name.setMaxLength(PATIENT_NAME_MAX)
        self.patient_name.setPlaceholderText(self.tr("None (recommended)"))
        self.patient_name.setAccessibleName(self.tr("Name in exports"))
        self.patient_name.setAccessibleDescription(
            self.tr(
                "Optional. The only name the FHIR export gives you, e.g. a pseudonym agreed "
                "with your clinic"
            )
        )
        self.patient_name.setToolTip(self.patient_name.accessibleDescription())
        self.patient_name.editingFinished.connect(self._save_patient_name)

        you = QFormLayout()
        you.addRow(self.tr("Your painful foot:"), self.painful_foot)
        you.addRow(self.tr("Language:"), self.language)
        you.addRow("", self.language_note)
        you.addRow(self.reduce_motion)
        you.addRow(self.tr("Name in exports:"), self.patient_name)
        you_box = QGroupBox(self.tr("You"))
        you_box.setLayout(you)

        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_label)
        form = QFormLayout()
        form.addRow(self.sound)
        form.addRow(self.voice)
        form.addRow(self.voice_note)
        form.addRow(self.tr("Volume:"), volume_row)
        form.addRow(self.tr("Output:"), self.device)
        form.addRow("", self.test_button)
        form.addRow(self.status)
        sound_box = QGroupBox(self.tr("Sound"))
        sound_box.setLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleDescription(self.tr("Changes are already saved (Esc)"))
        layout = QVBoxLayout(self)
        layout.addWidget(you_box)
        if catalogue is not None:
            layout.addWidget(
                self._build_reminders(catalogue, tray_available, notifications_available)
            )
        layout.addWidget(sound_box)
        layout.addWidget(buttons)

        self.sound.toggled.connect(self._save)
        self.voice.toggled.connect(self._save)
        self.volume.valueChanged.connect(self._save)
        self.device.currentIndexChanged.connect(self._save)
        self.painful_foot.currentIndexChanged.connect(self._save_painful_foot)
        self.language.currentIndexChanged.connect(self._save_language)
        self.reduce_motion.toggled.connect(self._save_reduce_motion)
        self.finished.connect(self._save_patient_name)  # closed while typing (Esc) keeps it too
        self.test_button.clicked.connect(audio.test_sounds)
        self._style = follow_palette(self)  # the problem colour for a light or dark palette
        plain_labels(self)  # device names and notices come from outside
        audio.notice_changed.connect(self._show_status)
        audio.voice.ready.connect(self._show_voice_availability)
        self._show_voice_availability()
        self._show_status(audio.reason() or "")

    def _save(self) -> None:
        self._settings.sound_enabled = self.sound.isChecked()
        self._settings.voice_enabled = self.voice.isChecked()
        self._settings.volume = self.volume.value()
        self._settings.output_device = self.device.currentData() or b""
        self.volume_label.setText(self._percent(self.volume.value()))
        self._audio.apply_settings()
        self._show_voice_availability()

    def _build_reminders(
        self,
        catalogue: Catalogue,
        tray_available: bool | None,
        notifications_available: bool = False,
    ) -> QGroupBox:
        usable, no_tray = reminders_offered(tray_available, notifications_available)
        on = QCheckBox(self.tr("Remind me of my exercises (Footcare stays in the tray)"))
        on.setAccessibleDescription(
            self.tr("A notice from the tray at the times below; Footcare keeps running when closed")
        )
        self.reminders = ReminderChoices(self._settings, catalogue, on, usable)
        self.reminders_on = on
        self.reminder_times = self.reminders.times
        self.reminder_problem = self.reminders.problem
        on.toggled.connect(self.reminders.save)
        for edit in self.reminder_times.values():
            edit.setEnabled(usable)
        # The check box and the notice sit above the form: a wrapped label in a form row gets
        # one line's height and overlaps the next row.
        above = QVBoxLayout()
        above.addWidget(on)
        if no_tray:
            above.addWidget(QLabel(no_tray, wordWrap=True, objectName="noTray"))
        self.reminders.form.addRow(self.reminder_problem)
        above.addLayout(self.reminders.form)
        box = QGroupBox(self.tr("Reminders"))
        box.setLayout(above)
        return box

    def _save_painful_foot(self) -> None:
        self._settings.painful_foot = self.painful_foot.currentData() or ""

    def _save_reduce_motion(self, checked: bool) -> None:
        self._settings.reduce_motion = checked

    def _save_patient_name(self) -> None:
        self._settings.patient_name = self.patient_name.text()

    def _save_language(self) -> None:
        self._settings.language = self.language.currentData() or ""

    def _percent(self, value: int) -> str:
        return self.tr("{value} %").format(value=value)

    def _show_voice_availability(self) -> None:
        why = self._audio.voice.reason()
        if self.voice.isChecked() and why:
            self.voice_note.setText(why)
            self.voice_note.show()
        else:
            self.voice_note.hide()

    def _show_status(self, notice: str) -> None:
        self.status.setText(notice)
        self.status.setVisible(bool(notice))
