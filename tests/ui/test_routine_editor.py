"""The routine editor, driven by clicks and keys: reorder with buttons, Alt+Up and drag and drop,
tick exercises, New/Rename/Delete, edit a dose, import good and bad files through the
injectable chooser, and OK saving everything while Cancel saves nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.routine import DEFAULT_ORDER
from footcare_gui.services.routine_book import RoutineBook
from footcare_gui.services.settings import Settings
from footcare_gui.ui.routine_editor import RoutineEditorDialog
from tests.core.test_routine_file import BAD_FILES, SAMPLES
from tests.ui.conftest import answer_next_question

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def book(tmp_path: Path, catalogue: Catalogue) -> RoutineBook:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return RoutineBook(settings, catalogue)


@pytest.fixture
def dialog(qtbot: QtBot, book: RoutineBook, catalogue: Catalogue) -> Iterator[RoutineEditorDialog]:
    dialog = RoutineEditorDialog(book, catalogue, painful_foot="left")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    if dialog.dose_editor is not None:
        dialog.dose_editor.close()


def click_ok(qtbot: QtBot, dialog: RoutineEditorDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def click_cancel(qtbot: QtBot, dialog: RoutineEditorDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)


def select(dialog: RoutineEditorDialog, ident: str) -> None:
    dialog.exercise_list.setCurrentRow(dialog.listed_ids().index(ident))


def test_it_opens_on_my_routine_with_all_five_ticked(dialog: RoutineEditorDialog) -> None:
    assert dialog.current_name() == "My routine"
    assert dialog.listed_ids(checked_only=True) == list(DEFAULT_ORDER)
    assert not dialog.delete_button.isEnabled()  # the only routine
    assert not dialog.status.isVisible()


def test_move_buttons_reorder_and_ok_saves(
    qtbot: QtBot, dialog: RoutineEditorDialog, book: RoutineBook
) -> None:
    select(dialog, "toe-pulling")
    assert not dialog.down_button.isEnabled()
    for _ in range(2):
        qtbot.mouseClick(dialog.up_button, LEFT)
    assert dialog.listed_ids()[2] == "toe-pulling"
    qtbot.mouseClick(dialog.down_button, LEFT)
    assert dialog.listed_ids()[3] == "toe-pulling"
    assert book.routine("My routine").exercise_ids == DEFAULT_ORDER  # not before OK
    click_ok(qtbot, dialog)
    assert book.routine("My routine").exercise_ids[3] == "toe-pulling"


def test_alt_up_and_alt_down_move_the_current_exercise(
    qtbot: QtBot, dialog: RoutineEditorDialog
) -> None:
    select(dialog, "ankle-flexion")
    dialog.exercise_list.setFocus()
    qtbot.keyClick(dialog.exercise_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.exercise_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert dialog.listed_ids()[1] == "ankle-flexion"
    assert dialog.exercise_list.currentItem().data(Qt.ItemDataRole.UserRole + 1) == "ankle-flexion"
    qtbot.keyClick(dialog.exercise_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert dialog.draft.routine("My routine").exercise_ids[2] == "ankle-flexion"


def test_a_drag_and_drop_move_is_stored(dialog: RoutineEditorDialog) -> None:
    # What an internal drop does to the list's model; a real drag cannot run headless.
    model = dialog.exercise_list.model()
    assert model.moveRows(QModelIndex(), 4, 1, QModelIndex(), 0)
    assert dialog.draft.routine("My routine").exercise_ids[0] == "toe-pulling"


def test_unticking_leaves_an_exercise_out_but_not_the_last_one(
    qtbot: QtBot, dialog: RoutineEditorDialog
) -> None:
    for ident in DEFAULT_ORDER[1:]:
        item = dialog.exercise_list.item(dialog.listed_ids().index(ident))
        item.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.draft.routine("My routine").exercise_ids == ("calf-stretch",)
    dialog.exercise_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.listed_ids(checked_only=True) == ["calf-stretch"]
    assert dialog.status.text() == "A routine needs at least one exercise."


def test_new_rename_and_delete_with_confirmation(
    qtbot: QtBot, dialog: RoutineEditorDialog, book: RoutineBook
) -> None:
    answers = iter(["Evenings", "Late evenings"])
    dialog.ask_name = lambda *_: next(answers)
    qtbot.mouseClick(dialog.new_button, LEFT)
    assert dialog.current_name() == "Evenings"
    qtbot.mouseClick(dialog.rename_button, LEFT)
    assert dialog.current_name() == "Late evenings"
    assert dialog.delete_button.isEnabled()
    asked = answer_next_question(qtbot, QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert asked == ["Delete the routine \u201cLate evenings\u201d? Your doses are kept."]
    assert dialog.draft.names() == ["My routine", "Late evenings"]
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert dialog.draft.names() == ["My routine"]
    assert book.names() == ["My routine"]


def test_a_clashing_name_is_explained(qtbot: QtBot, dialog: RoutineEditorDialog) -> None:
    dialog.ask_name = lambda *_: "MY ROUTINE"
    shown = answer_next_question(qtbot, QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(dialog.new_button, LEFT)
    assert shown == ["There is already a routine called 'My routine'."]
    assert dialog.draft.names() == ["My routine"]


def test_cancel_keeps_nothing(qtbot: QtBot, dialog: RoutineEditorDialog, book: RoutineBook) -> None:
    dialog.ask_name = lambda *_: "Evenings"
    qtbot.mouseClick(dialog.new_button, LEFT)
    dialog.choose_open_file = lambda *_: str(SAMPLES / "clinician.json")
    qtbot.mouseClick(dialog.import_button, LEFT)
    click_cancel(qtbot, dialog)
    assert book.names() == ["My routine"]
    assert not book.is_personal("toe-pulling")


def test_edit_dose_opens_the_editor_for_the_selected_exercise(
    qtbot: QtBot, dialog: RoutineEditorDialog, book: RoutineBook
) -> None:
    select(dialog, "toe-pulling")
    qtbot.mouseClick(dialog.dose_button, LEFT)
    editor = dialog.dose_editor
    assert editor is not None
    assert editor.exercise.id == "toe-pulling"
    assert editor.feet is not None
    assert "The painful foot (left)" in [
        editor.feet.itemText(i) for i in range(editor.feet.count())
    ]
    editor.spins["reps"].setValue(35)
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert dialog.draft.dose_for("toe-pulling").reps == 35
    assert "(your dose)" in dialog.exercise_list.currentItem().text()
    assert "35 reps per foot" in dialog.exercise_list.currentItem().text()
    click_ok(qtbot, dialog)
    assert book.dose_for("toe-pulling").reps == 35


def test_importing_a_good_file_selects_it(
    qtbot: QtBot, dialog: RoutineEditorDialog, book: RoutineBook
) -> None:
    dialog.choose_open_file = lambda *_: str(SAMPLES / "clinician.json")
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert dialog.current_name() == "From Dr Okafor"
    assert dialog.listed_ids(checked_only=True) == [
        "calf-stretch",
        "achilles-stretch",
        "toe-pulling",
    ]
    assert "Imported \u201cFrom Dr Okafor\u201d" in dialog.status.text()
    click_ok(qtbot, dialog)
    assert book.names() == ["My routine", "From Dr Okafor"]
    assert book.dose_for("toe-pulling").reps == 30


@pytest.mark.parametrize(
    ("content", "message"),
    [case[1:] for case in BAD_FILES[:3] + BAD_FILES[-4:]],
    ids=[case[0] for case in BAD_FILES[:3] + BAD_FILES[-4:]],
)
def test_a_bad_import_shows_the_problem_and_changes_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    dialog: RoutineEditorDialog,
    book: RoutineBook,
    content: bytes,
    message: str,
) -> None:
    path = tmp_path / "from-clinic.json"
    path.write_bytes(content)
    dialog.choose_open_file = lambda *_: str(path)
    shown = answer_next_question(qtbot, QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert len(shown) == 1
    assert shown[0].startswith(
        "from-clinic.json was not imported, and nothing was changed.\n\n" + message
    )
    assert dialog.draft.names() == ["My routine"]
    click_ok(qtbot, dialog)
    assert book.names() == ["My routine"]


def test_a_cancelled_chooser_does_nothing(qtbot: QtBot, dialog: RoutineEditorDialog) -> None:
    dialog.choose_open_file = lambda *_: ""
    dialog.choose_save_file = lambda *_: ""
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert not dialog.status.isVisible()


def test_export_writes_the_routine_as_shown(
    qtbot: QtBot, tmp_path: Path, dialog: RoutineEditorDialog, catalogue: Catalogue
) -> None:
    suggestions: list[str] = []

    def choose(_parent: object, _caption: str, suggested: str, _filter: str) -> str:
        suggestions.append(suggested)
        return str(tmp_path / suggested)

    dialog.choose_save_file = choose
    select(dialog, "toe-pulling")
    qtbot.mouseClick(dialog.up_button, LEFT)
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert suggestions == ["My routine.json"]
    text = (tmp_path / "My routine.json").read_text(encoding="utf-8")
    assert text.index("toe-pulling") < text.index("ankle-flexion")
    assert "Saved \u201cMy routine\u201d" in dialog.status.text()


def test_progression_settings_are_saved_with_ok(
    qtbot: QtBot, dialog: RoutineEditorDialog, book: RoutineBook
) -> None:
    dialog.step_spin.setValue(10)
    dialog.sessions_spin.setValue(3)
    dialog.pain_spin.setValue(4)
    assert book.progression.step == 5
    click_ok(qtbot, dialog)
    assert (book.progression.step, book.progression.sessions_needed) == (10, 3)
    assert book.progression.pain_threshold == 4


def test_ok_when_the_settings_cannot_be_written_says_so_and_keeps_the_changes(
    qtbot: QtBot, tmp_path: Path, catalogue: Catalogue
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")  # the settings folder cannot be made
    settings = Settings(QSettings(str(blocker / "s.ini"), QSettings.Format.IniFormat))
    book = RoutineBook(settings, catalogue)
    dialog = RoutineEditorDialog(book, catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_open_file = lambda *_: str(SAMPLES / "clinician.json")
    qtbot.mouseClick(dialog.import_button, LEFT)
    shown = answer_next_question(qtbot, QMessageBox.StandardButton.Ok)
    click_ok(qtbot, dialog)
    assert len(shown) == 1
    assert shown[0].startswith("Your routines could not be saved")
    assert dialog.isVisible()  # still open: OK again, or Cancel
    assert dialog.draft.names() == ["My routine", "From Dr Okafor"]
    assert book.names() == ["My routine"]  # nothing half-saved
