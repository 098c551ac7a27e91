"""Preferences: your painful foot; sounds, spoken prompts, volume and output device, with a
"Test sound" button."""

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
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings

FOLLOW_DEFAULT = "System default (follows headphones when plugged in)"
PAINFUL_FOOT_CHOICES = (("Not said", ""), ("Left foot", "left"), ("Right foot", "right"))


class PreferencesDialog(QDialog):
    """Changes apply at once (so "Test sound" plays what the user just set) and are remembered."""

    def __init__(self, settings: Settings, audio: AudioCues, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Footcare Preferences")
        self._settings = settings
        self._audio = audio

        self.sound = QCheckBox("Play tones at each step and in the last seconds of a countdown")
        self.sound.setChecked(settings.sound_enabled)
        self.voice = QCheckBox("Speak the prompts (\u201cHold, rep 3 of 8\u201d)")
        self.voice.setChecked(settings.voice_enabled)
        self.voice_note = QLabel(wordWrap=True, objectName="voiceNote")
        self.volume = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=100)
        self.volume.setValue(settings.volume)
        self.volume.setAccessibleName("Volume")
        self.volume_label = QLabel(f"{settings.volume} %")
        self.device = QComboBox()
        self.device.setAccessibleName("Output device")
        self.device.addItem(FOLLOW_DEFAULT, b"")
        for device_id, name in audio.tones.available_devices():
            self.device.addItem(name, device_id)
        index = self.device.findData(settings.output_device)
        self.device.setCurrentIndex(max(0, index))
        self.test_button = QPushButton("Test sound")
        self.test_button.setToolTip("Play each cue in turn: go, relax, tick, switch feet, done")
        self.status = QLabel(wordWrap=True, objectName="audioStatus")
        self.painful_foot = QComboBox(objectName="painfulFoot")
        self.painful_foot.setAccessibleName("Your painful foot")
        for text, value in PAINFUL_FOOT_CHOICES:
            self.painful_foot.addItem(text, value)
        self.painful_foot.setCurrentIndex(max(0, self.painful_foot.findData(settings.painful_foot)))
        self.painful_foot.setToolTip(
            "Exercises set to “the painful foot” then name that foot, left or right"
        )

        you = QFormLayout()
        you.addRow("Your painful foot:", self.painful_foot)
        you_box = QGroupBox("You")
        you_box.setLayout(you)

        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_label)
        form = QFormLayout()
        form.addRow(self.sound)
        form.addRow(self.voice)
        form.addRow(self.voice_note)
        form.addRow("Volume:", volume_row)
        form.addRow("Output:", self.device)
        form.addRow("", self.test_button)
        form.addRow(self.status)
        sound_box = QGroupBox("Sound")
        sound_box.setLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(you_box)
        layout.addWidget(sound_box)
        layout.addWidget(buttons)

        self.sound.toggled.connect(self._save)
        self.voice.toggled.connect(self._save)
        self.volume.valueChanged.connect(self._save)
        self.device.currentIndexChanged.connect(self._save)
        self.painful_foot.currentIndexChanged.connect(self._save_painful_foot)
        self.test_button.clicked.connect(audio.test_sounds)
        audio.notice_changed.connect(self._show_status)
        audio.voice.ready.connect(self._show_voice_availability)
        self._show_voice_availability()
        self._show_status(audio.notice())

    def _save(self) -> None:
        self._settings.sound_enabled = self.sound.isChecked()
        self._settings.voice_enabled = self.voice.isChecked()
        self._settings.volume = self.volume.value()
        self._settings.output_device = self.device.currentData() or b""
        self.volume_label.setText(f"{self.volume.value()} %")
        self._audio.apply_settings()
        self._show_voice_availability()

    def _save_painful_foot(self) -> None:
        self._settings.painful_foot = self.painful_foot.currentData() or ""

    def _show_voice_availability(self) -> None:
        if self.voice.isChecked() and self._audio.voice.available is False:
            self.voice_note.setText(self._audio.voice.notice)
            self.voice_note.show()
        else:
            self.voice_note.hide()

    def _show_status(self, notice: str) -> None:
        self.status.setText(notice)
        self.status.setVisible(bool(notice))
