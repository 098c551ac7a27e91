"""The routine editor's files: import a routine (a clinician's, say) into the draft, export
the routine shown with its doses, and save it as an exercise sheet (PDF). The dialog's
``choose_open_file`` and ``choose_save_file`` ask where (tests answer them)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.dose_view import MARK, routine_warnings
from footcare_gui.core.figure import Figure
from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.core.routine_file import RoutineFileError
from footcare_gui.services.export_file import check_target
from footcare_gui.services.routine_book import RoutineBook
from footcare_gui.ui.file_dialogs import OpenChooser, SaveChooser
from footcare_gui.ui.prompts import Prompts

PDF_FILTER = QT_TRANSLATE_NOOP("RoutineFileActions", "PDF documents (*.pdf)")
FILE_FILTER = QT_TRANSLATE_NOOP("RoutineFileActions", "Footcare routines (*.json);;All files (*)")


class RoutineFilesDialog(Protocol):
    """What the files need of the routine editor (ui/routine_editor.py)."""

    draft: RoutineBook  # the routines being edited; OK saves them
    catalogue: Catalogue
    figures: dict[str, Figure]
    data_folder: Path | None  # the history's: nothing is exported there
    prompts: Prompts
    choose_open_file: OpenChooser
    choose_save_file: SaveChooser

    def current_name(self) -> str: ...
    def fill_routines(self, select: str) -> None: ...
    def show_status(self, text: str) -> None: ...


class RoutineFileActions(QObject):
    def __init__(self, dialog: RoutineFilesDialog, parent: QWidget):
        """``parent``: the dialog as a widget, where the questions open."""
        super().__init__(parent)
        self._dialog = dialog
        self._parent = parent

    def import_file(self) -> None:
        dialog = self._dialog
        path = dialog.choose_open_file(
            self._parent, self.tr("Import a routine"), translate("RoutineFileActions", FILE_FILTER)
        )
        if not path:
            return
        try:
            routine = dialog.draft.import_file(path)
        except RoutineFileError as error:
            dialog.prompts.warn(
                self._parent,
                self.tr("Could not import the routine"),
                self.tr("{file} was not imported, and nothing was changed.\n\n{problem}").format(
                    file=Path(path).name, problem=error.message
                ),
            )
            return
        dialog.fill_routines(routine.name)
        status = self.tr(
            "Imported \u201c{name}\u201d with its doses. OK keeps it; Cancel drops it."
        ).format(name=routine.name)
        doses = {ident: dialog.draft.dose_for(ident) for ident in routine.exercise_ids}
        outside = routine_warnings(dialog.catalogue, routine.exercise_ids, doses)
        if outside:  # allowed (a clinician may prescribe them), but said
            heading = self.tr("Outside the suggested range:")
            status = "\n".join([status, heading, *(f"{MARK} {line}" for line in outside)])
        dialog.show_status(status)

    def _where(self, caption: str, suffix: str, file_filter: str) -> tuple[str, str]:
        """The routine shown and where to save it as a file: "" when the user cancelled."""
        name = self._dialog.current_name()
        suggested = f"{name}{suffix}".replace("/", "-")
        file_filter = translate("RoutineFileActions", file_filter)
        return name, self._dialog.choose_save_file(self._parent, caption, suggested, file_filter)

    def export_file(self) -> None:
        dialog = self._dialog
        name, path = self._where(self.tr("Export the routine"), ".json", FILE_FILTER)
        if not path:
            return
        try:
            check_target(Path(path), dialog.data_folder)
            dialog.draft.export_file(path, name)
        except OSError as error:
            dialog.prompts.warn(
                self._parent,
                self.tr("Could not export the routine"),
                self.tr("Could not write {path}: {error}").format(path=path, error=error),
            )
            return
        dialog.show_status(
            self.tr("Saved \u201c{name}\u201d and its doses to {file}.").format(
                name=name, file=Path(path).name
            )
        )

    def save_handout(self) -> None:
        """The routine shown, with the doses as set here, as an exercise sheet (PDF)."""
        from datetime import datetime

        from footcare_gui.report.handout import handout_items, write_handout

        dialog = self._dialog
        name, path = self._where(self.tr("Save the exercise sheet"), ".pdf", PDF_FILTER)
        if not path:
            return
        ids = dialog.draft.routine(name).exercise_ids
        exercises = [dialog.catalogue.get(i) for i in ids if i in dialog.catalogue.ids()]
        doses = {e.id: dialog.draft.dose_for(e.id) for e in exercises}
        try:
            write_handout(
                Path(path),
                handout_items(exercises, doses, dialog.figures),
                name,
                datetime.now().astimezone().date(),
                dialog.draft.data_folder,  # never over the history (the export writer's rule)
            )
        except OSError as error:
            dialog.prompts.warn(
                self._parent, self.tr("Could not save the exercise sheet"), str(error)
            )
            return
        dialog.show_status(
            self.tr("Saved the exercise sheet for \u201c{name}\u201d to {file}.").format(
                name=name, file=Path(path).name
            )
        )
