"""The window's dialogs: routines and doses, preferences, the welcome, the safety note and the
About box. Each tells the window what may have changed (doses, the settings reminders follow)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.figure import Figure
from footcare_gui.services.routine_book import RoutineBook, RoutineSaveError
from footcare_gui.services.settings import Settings
from footcare_gui.ui.plain_text import show_message
from footcare_gui.ui.prompts import Prompts
from footcare_gui.ui.style import safety_note

if TYPE_CHECKING:
    from footcare_gui.services.audio import AudioCues
    from footcare_gui.ui.about import AboutDialog
    from footcare_gui.ui.welcome import WelcomeDialog


class WindowDialogs(QObject):
    doses_changed = Signal()  # the doses or the painful foot may have changed
    settings_changed = Signal()  # what reminders follow may have changed

    def __init__(
        self,
        window: QWidget,
        settings: Settings,
        catalogue: Catalogue,
        routines: RoutineBook,
        audio: Callable[[], AudioCues | None],
        prompts: Prompts,
        busy: Callable[[], bool],
        data_folder: Path | None,
        figures: dict[str, Figure],
    ):
        """``busy``: True while a session or the morning's questions are under way;
        ``data_folder`` holds the history (no export may go there)."""
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._catalogue = catalogue
        self._routines = routines
        self._audio = audio
        self._prompts = prompts
        self._busy = busy
        self._data_folder = data_folder
        self._figures = figures  # the window's pictures: the routine editor shows them too
        # Set by the tray (ui/desktop.py): whether the desktop shows notifications.
        self.notifications_available: Callable[[], bool] = lambda: False

    def show_routines(self) -> None:
        from footcare_gui.ui.routine_editor import RoutineEditorDialog

        dialog = RoutineEditorDialog(
            self._routines,
            self._catalogue,
            self._window,
            painful_foot=self._settings.painful_foot,
            data_folder=self._data_folder,
            prompts=self._prompts,
            figures=self._figures,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()
        self.doses_changed.emit()

    def import_routine_file(self, path: str) -> None:
        """`footcare --import-routine FILE` while this window runs: that launch hands the file
        over (one process holds the routines), and the outcome is shown here, without waiting
        (an answer to another launch must not keep the event loop waiting)."""
        from footcare_gui.core.routine_file import RoutineFileError

        try:
            routine = self._routines.import_file(path)
        except (RoutineFileError, RoutineSaveError) as error:
            title = self.tr("Could not import the routine")
            show_message(self._window, QMessageBox.Icon.Warning, title, f"{path}: {error}")
            return
        self.doses_changed.emit()
        text = self.tr("Saved \u201c{name}\u201d and its doses from {file}.")
        show_message(
            self._window,
            QMessageBox.Icon.Information,
            self.tr("Routine imported"),
            text.format(name=routine.name, file=path),
        )

    def show_preferences(self) -> None:
        from footcare_gui.ui.preferences import PreferencesDialog

        audio = self._audio()
        assert audio is not None
        dialog = PreferencesDialog(
            self._settings,
            audio,
            self._window,
            catalogue=self._catalogue,
            notifications_available=self.notifications_available(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # and its connections with it
        dialog.exec()
        self.doses_changed.emit()  # the painful foot may have changed
        self.settings_changed.emit()

    def offer_welcome(self) -> None:
        """On the first start only: the welcome, over the main window. Not over a session or
        another dialog (the morning check of someone who used Footcare before it had a
        welcome): then at the next start."""
        if self._settings.welcome_shown or self._busy():
            return
        if QApplication.activeModalWidget() is not None:
            return
        self.show_welcome()

    def welcome_dialog(self, tray_available: bool | None = None) -> WelcomeDialog:
        """The welcome, built, not shown (tests drive it)."""
        from footcare_gui.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(
            self._settings,
            self._audio,
            self._catalogue,
            self._window,
            tray_available=tray_available,
            notifications_available=self.notifications_available(),
        )
        dialog.finished.connect(self._welcome_done)
        return dialog

    def show_welcome(self) -> None:
        dialog = self.welcome_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal, without a nested event loop: a quit signal still quits

    def _welcome_done(self) -> None:
        self.doses_changed.emit()  # the painful foot may have been chosen
        self.settings_changed.emit()  # reminders may be on now

    def show_safety_note(self) -> None:
        self._prompts.notice(self._window, self.tr("Safety note"), safety_note())

    def about_box(self) -> AboutDialog:
        """Version, where the exercises come from, the safety note and the licence, under the
        app's icon; built, not shown."""
        from footcare_gui.ui.about import about_box

        return about_box(self._window, self.tr("About Footcare"))

    def show_about(self) -> None:
        box = self.about_box()
        box.exec()
        box.deleteLater()
