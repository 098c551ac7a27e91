"""Reminders as Preferences and the welcome offer them: whether they can be on at all (a tray,
or a notification server while Footcare is open), a check box to turn them on, a time field per
exercise, and the problem with a time that cannot be read. Each change is saved at once."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QSystemTrayIcon

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.core.reminders import plans_for
from footcare_gui.services import reminder_settings
from footcare_gui.services.settings import Settings

# English here, shown in the user's language (the texts Preferences has always shown).
NO_REMINDERS = QT_TRANSLATE_NOOP("PreferencesDialog", "no reminders")
TIMES_NAME = QT_TRANSLATE_NOOP("PreferencesDialog", "Reminder times for {exercise}")
TIMES_TIP = QT_TRANSLATE_NOOP(
    "PreferencesDialog", "Times of day, e.g. 09:00, 18:00; leave empty for none"
)
TIMES_LABEL = QT_TRANSLATE_NOOP("PreferencesDialog", "{exercise}:")
NO_TRAY_WHILE_OPEN = QT_TRANSLATE_NOOP(
    "PreferencesDialog",
    "This desktop has no tray for Footcare's icon: reminders come only while"
    " Footcare is open, and closing its window quits it.",
)
NO_TRAY = QT_TRANSLATE_NOOP(
    "PreferencesDialog", "This desktop has no tray for Footcare's icon, so it cannot remind you."
)


def reminders_offered(
    tray_available: bool | None, notifications_available: bool
) -> tuple[bool, str]:
    """Whether reminders can be turned on, and what to say when there is no tray ("" with one).
    ``tray_available`` None asks the desktop; without a tray the notification server
    (``notifications_available``) shows them while Footcare is open."""
    if tray_available is None:
        tray_available = QSystemTrayIcon.isSystemTrayAvailable()
    if tray_available:
        return True, ""
    if notifications_available:
        return True, translate("PreferencesDialog", NO_TRAY_WHILE_OPEN)
    return False, translate("PreferencesDialog", NO_TRAY)


def add_reminder_time_rows(
    form: QFormLayout, catalogue: Catalogue, chosen: Mapping[str, tuple[time, ...]]
) -> dict[str, QLineEdit]:
    """A row per exercise with its reminder times (the user's ``chosen`` or the defaults);
    returns the fields by exercise id."""
    edits = {}
    for plan in plans_for(catalogue, chosen):
        edit = QLineEdit(reminder_settings.times_text(plan.times))
        edit.setObjectName(f"times-{plan.exercise_id}")
        edit.setPlaceholderText(translate("PreferencesDialog", NO_REMINDERS))
        name = translate("PreferencesDialog", TIMES_NAME).format(exercise=plan.name)
        edit.setAccessibleName(name)
        edit.setToolTip(translate("PreferencesDialog", TIMES_TIP))
        edits[plan.exercise_id] = edit
        label = translate("PreferencesDialog", TIMES_LABEL).format(exercise=plan.name)
        form.addRow(label, edit)
    return edits


class ReminderChoices:
    """The user's reminders, each change saved as it is made: ``on`` (the dialog's own check
    box, in its own words), ``times`` in ``form`` (for the dialog to place) and ``problem``."""

    def __init__(self, settings: Settings, catalogue: Catalogue, on: QCheckBox, usable: bool):
        """``usable``: whether reminders can be on here (:func:`reminders_offered`)."""
        self._settings = settings
        self._catalogue = catalogue
        value = reminder_settings.load(settings)
        self.on = on
        on.setChecked(value.enabled and usable)
        on.setEnabled(usable)
        self.form = QFormLayout()
        self.times = add_reminder_time_rows(self.form, catalogue, value.times)
        for edit in self.times.values():
            edit.editingFinished.connect(self.save)
        self.problem = QLabel(wordWrap=True, objectName="reminderProblem")
        self.problem.setProperty("problem", True)  # coloured by the style sheet
        self.problem.hide()

    def save(self) -> None:
        """A time that can't be read is named and nothing is saved until it is fixed."""
        texts = {ident: edit.text() for ident, edit in self.times.items()}
        problem = reminder_settings.save_choices(
            self._settings, self._catalogue, self.on.isChecked(), texts
        )
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
