"""Edit routines: pick one, tick its exercises, put them in order, set each one's dose, import
and export files. Everything happens on a draft of the book; OK saves it in one go, Cancel
throws it away, so a cancelled dialog never leaves half its changes behind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.catalogue import Catalogue, localized
from footcare_gui.core.describe import dose_line
from footcare_gui.core.figure import Figure
from footcare_gui.core.i18n import upper_first
from footcare_gui.core.plan import painful_from_setting
from footcare_gui.core.progression import ProgressionSettings
from footcare_gui.core.routine import RoutineError
from footcare_gui.services.figures import figures_for
from footcare_gui.services.routine_book import RoutineBook, RoutineSaveError
from footcare_gui.ui.dose_editor import DoseEditorDialog, describe_ok_cancel
from footcare_gui.ui.file_dialogs import (
    OpenChooser,
    SaveChooser,
    choose_open_path,
    choose_save_path,
)
from footcare_gui.ui.plain_text import plain_labels
from footcare_gui.ui.progression_box import ProgressionBox
from footcare_gui.ui.prompts import DialogPrompts, Prompts
from footcare_gui.ui.routine_file_actions import RoutineFileActions

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_SIZE = 44  # each exercise's small picture in the list
NameAsker = Callable[[QWidget, str, str, str], str | None]  # parent, title, label, initial


def ask_routine_name(parent: QWidget, title: str, label: str, initial: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, text=initial)
    return text if ok else None


class RoutineEditorDialog(QDialog):
    def __init__(
        self,
        book: RoutineBook,
        catalogue: Catalogue,
        parent: QWidget | None = None,
        painful_foot: str = "",
        data_folder: Path | None = None,
        prompts: Prompts | None = None,
        figures: dict[str, Figure] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Routines"))
        self.data_folder = data_folder  # Export never writes there (the history lives there)
        self.resize(780, 560)  # room for the longest exercise line, also in German
        self._book = book
        self.catalogue = catalogue
        self._painful_foot = painful_foot
        self.draft = book.draft()
        self._filling = False
        self.dose_editor: DoseEditorDialog | None = None
        self.figures = figures_for(catalogue) if figures is None else figures  # read once
        self._icons: dict[str, QIcon] = {}  # each exercise's small picture, made once
        # Tests answer these without opening a dialog.
        self.prompts: Prompts = prompts or DialogPrompts()
        self.choose_open_file: OpenChooser = choose_open_path
        self.choose_save_file: SaveChooser = choose_save_path
        self.ask_name: NameAsker = ask_routine_name
        self.files = RoutineFileActions(self, self)
        self._build()
        plain_labels(self)  # routine names and file names come from anyone
        self.fill_routines(self.draft.names()[0])
        self.show_status(self.draft.reason() or "")

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.routine_box = QComboBox(objectName="routineBox")
        self.routine_box.setAccessibleName(self.tr("Routine"))
        self.routine_box.setAccessibleDescription(self.tr("The routine shown below"))
        self.routine_box.currentIndexChanged.connect(self._fill_exercises)
        self.new_button = QPushButton(self.tr("New…"), objectName="newRoutine")
        self.rename_button = QPushButton(self.tr("Rename…"), objectName="renameRoutine")
        self.delete_button = QPushButton(self.tr("Delete"), objectName="deleteRoutine")
        self.new_button.setToolTip(self.tr("Add a routine and name it"))
        self.rename_button.setToolTip(self.tr("Give this routine another name"))
        self.delete_button.setToolTip(
            self.tr("Delete this routine (asks first); your doses are kept")
        )
        self.new_button.clicked.connect(self.new_routine)
        self.rename_button.clicked.connect(self.rename_routine)
        self.delete_button.clicked.connect(self.delete_routine)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Routine:")))
        top.addWidget(self.routine_box, 1)
        for button in (self.new_button, self.rename_button, self.delete_button):
            top.addWidget(button)

        self.exercise_list = QListWidget(objectName="exerciseList")
        self.exercise_list.setAccessibleName(self.tr("Exercises: tick to include, drag to reorder"))
        self.exercise_list.setAccessibleDescription(
            self.tr("Space ticks or unticks the exercise; Alt+Up and Alt+Down move it")
        )
        self.exercise_list.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.exercise_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.exercise_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.exercise_list.itemChanged.connect(self._store_list)
        self.exercise_list.model().rowsMoved.connect(self._store_list)  # drag and drop
        self.exercise_list.currentRowChanged.connect(self._enable)
        self.up_button = QPushButton(self.tr("Move up"), objectName="moveUp")
        self.down_button = QPushButton(self.tr("Move down"), objectName="moveDown")
        self.up_button.setToolTip(self.tr("Move the chosen exercise up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move the chosen exercise down (Alt+Down)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for keys, offset in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.exercise_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda offset=offset: self.move_current(offset))
        self.dose_button = QPushButton(self.tr("Edit dose…"), objectName="editDose")
        self.dose_button.setToolTip(
            self.tr("Your seconds, reps, sets and feet for the chosen exercise")
        )
        self.dose_button.clicked.connect(self.edit_dose)
        side = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.dose_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.exercise_list, 1)
        middle.addLayout(side)

        self.import_button = QPushButton(self.tr("Import…"), objectName="importRoutine")
        self.export_button = QPushButton(self.tr("Export…"), objectName="exportRoutine")
        self.import_button.setToolTip(
            self.tr("Add a routine and its doses from a file, e.g. a clinician's")
        )
        self.export_button.setToolTip(self.tr("Save this routine and its doses to a file"))
        self.import_button.clicked.connect(self.files.import_file)
        self.export_button.clicked.connect(self.files.export_file)
        self.handout_button = QPushButton(self.tr("Handout PDF…"), objectName="handoutButton")
        self.handout_button.setToolTip(
            self.tr("Save this routine as an exercise sheet with pictures and your doses (PDF)")
        )
        self.handout_button.clicked.connect(self.files.save_handout)
        files = QHBoxLayout()
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        files.addWidget(self.handout_button)
        files.addStretch(1)

        self.status = QLabel(wordWrap=True, objectName="routineStatus")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        describe_ok_cancel(buttons, self.tr("Save every change made here"))
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addLayout(files)
        self.progression = ProgressionBox(self.draft.progression)
        self.progression.changed.connect(self._store_progression)
        # The spin boxes by name, as the other controls of the dialog.
        self.step_spin = self.progression.step_spin
        self.sessions_spin = self.progression.sessions_spin
        self.pain_spin = self.progression.pain_spin
        layout.addWidget(self.progression)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    # --- filling -------------------------------------------------------------------------------
    def current_name(self) -> str:
        return self.routine_box.currentText()

    def fill_routines(self, select: str) -> None:
        self._filling = True
        self.routine_box.clear()
        self.routine_box.addItems(self.draft.names())
        self.routine_box.setCurrentIndex(max(0, self.routine_box.findText(select)))
        self._filling = False
        self._fill_exercises()

    def _fill_exercises(self, select_id: str | None = None) -> None:
        if self._filling or not self.current_name():
            return
        if not isinstance(select_id, str):  # currentIndexChanged passes an int
            item = self.exercise_list.currentItem()
            select_id = item.data(ID_ROLE) if item else None
        chosen = self.draft.routine(self.current_name()).exercise_ids
        rest = [i for i in self.catalogue.ids() if i not in chosen]
        self._filling = True
        self.exercise_list.clear()
        for ident in (*chosen, *rest):
            exercise = self.catalogue.get(ident)
            name = localized(exercise).name
            painful = painful_from_setting(self._painful_foot)
            dose = dose_line(exercise, self.draft.dose_for(ident), painful)
            if self.draft.is_personal(ident):
                text = self.tr("{exercise} \u2014 {dose} (your dose)")
            else:
                text = self.tr("{exercise} \u2014 {dose}")
            text = text.format(exercise=name, dose=dose)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, ident)
            if ident in self.figures:
                item.setIcon(self._icon(ident))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)  # no drops onto items
            checked = Qt.CheckState.Checked if ident in chosen else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.exercise_list.addItem(item)
            if ident == select_id:
                self.exercise_list.setCurrentItem(item)
        if self.exercise_list.currentRow() < 0:
            self.exercise_list.setCurrentRow(0)
        self._filling = False
        self._enable()

    def _enable(self) -> None:
        row = self.exercise_list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.exercise_list.count() - 1)
        self.dose_button.setEnabled(row >= 0)
        self.delete_button.setEnabled(len(self.draft.names()) > 1)

    def listed_ids(self, checked_only: bool = False) -> list[str]:
        items = [self.exercise_list.item(row) for row in range(self.exercise_list.count())]
        return [
            item.data(ID_ROLE)
            for item in items
            if not checked_only or item.checkState() == Qt.CheckState.Checked
        ]

    # --- changes -------------------------------------------------------------------------------
    def _store_list(self) -> None:
        if self._filling:
            return
        ids = self.listed_ids(checked_only=True)
        if not ids:
            self.show_status(self.tr("A routine needs at least one exercise."))
            self._fill_exercises()  # puts the last tick back
            return
        self.draft.set_exercises(self.current_name(), ids)
        self.show_status("")
        self._enable()

    def move_current(self, offset: int) -> None:
        row = self.exercise_list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.exercise_list.count():
            return
        self._filling = True
        item = self.exercise_list.takeItem(row)
        self.exercise_list.insertItem(target, item)
        self.exercise_list.setCurrentRow(target)
        self._filling = False
        self._store_list()

    def _store_progression(self, settings: ProgressionSettings) -> None:
        self.draft.progression = settings

    def new_routine(self) -> None:
        name = self.ask_name(self, self.tr("New routine"), self.tr("Name of the new routine:"), "")
        if name is None:
            return
        try:
            routine = self.draft.add_routine(name)
        except RoutineError as error:
            self.prompts.warn(self, self.tr("Could not add the routine"), _sentence(error))
            return
        self.fill_routines(routine.name)

    def rename_routine(self) -> None:
        old = self.current_name()
        name = self.ask_name(self, self.tr("Rename routine"), self.tr("New name:"), old)
        if name is None:
            return
        try:
            routine = self.draft.rename_routine(old, name)
        except RoutineError as error:
            self.prompts.warn(self, self.tr("Could not rename the routine"), _sentence(error))
            return
        self.fill_routines(routine.name)

    def delete_routine(self) -> None:
        name = self.current_name()
        answer = self.prompts.ask(
            self,
            self.tr("Delete routine"),
            self.tr("Delete the routine \u201c{name}\u201d? Your doses are kept.").format(
                name=name
            ),
        )
        if not answer:
            return
        try:
            self.draft.delete_routine(name)
        except RoutineError as error:
            self.prompts.warn(self, self.tr("Could not delete the routine"), _sentence(error))
            return
        self.fill_routines(self.draft.names()[0])

    def edit_dose(self) -> None:
        """Opens the dose editor without blocking; OK there changes the draft."""
        item = self.exercise_list.currentItem()
        if item is None:
            return
        ident = item.data(ID_ROLE)
        editor = DoseEditorDialog(
            self.catalogue.get(ident), self.draft.dose_for(ident), self._painful_foot, self
        )
        editor.accepted.connect(lambda: self._store_dose(ident, editor))
        self.dose_editor = editor
        editor.open()

    def _store_dose(self, ident: str, editor: DoseEditorDialog) -> None:
        self.draft.set_dose(ident, editor.dose())
        self._fill_exercises(ident)

    def _icon(self, ident: str) -> QIcon:
        if ident not in self._icons:
            from footcare_gui.ui.widgets.figure_strip import figure_icon

            ratio = self.devicePixelRatioF()
            self._icons[ident] = figure_icon(self.figures[ident], ICON_SIZE, self.palette(), ratio)
        return self._icons[ident]

    # --- closing -------------------------------------------------------------------------------
    def accept(self) -> None:
        try:
            self._book.apply(self.draft)
        except RoutineSaveError as error:  # nothing was saved: the changes stay here to retry
            self.prompts.warn(
                self,
                self.tr("Could not save your routines"),
                self.tr("{problem}. Your changes are still here: try OK again, or Cancel.").format(
                    problem=upper_first(str(error))
                ),
            )
            return
        super().accept()

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))


def _sentence(error: Exception) -> str:
    return f"{upper_first(str(error))}."
