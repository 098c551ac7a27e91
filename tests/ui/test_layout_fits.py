"""Layouts that fit in every language: the dose editor grows to show its warnings, and the
exercise list elides (never cuts) a long dose line, keeping the whole of it for screen readers.

Texts are read as widgets are built: each test installs its language first and removes it after.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from footcare_gui import i18n
from footcare_gui.core.catalogue import Catalogue
from footcare_gui.services.routine_book import RoutineBook
from footcare_gui.services.settings import Settings
from footcare_gui.ui.dose_editor import DoseEditorDialog
from footcare_gui.ui.routine_editor import RoutineEditorDialog
from tests.ui.test_dose_editor import type_into

LANGUAGES = ("en", "de", "pseudo")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    if request.param == "pseudo":
        assert i18n.install_pseudo_translation(qapp) == "en_XA"
    else:
        assert i18n.install_translations(qapp, request.param) == request.param
    try:
        yield request.param
    finally:
        i18n.remove_translations(qapp)


def labels_cut_short(dialog: QDialog) -> list[str]:
    """Visible labels whose text does not fit inside the label, or the label inside the dialog."""
    cut = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        needed = (
            label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        )
        top_left = label.mapTo(dialog, label.rect().topLeft())
        bottom = top_left.y() + label.height()
        if label.height() < needed or bottom > dialog.height():
            cut.append(f"{label.text()!r}: {label.height()} of {needed} px, bottom {bottom}")
        elif not label.wordWrap() and label.width() < label.sizeHint().width():
            cut.append(f"{label.text()!r}: {label.width()} of {label.sizeHint().width()} px wide")
    return cut


@pytest.fixture
def routines(
    qtbot: QtBot, tmp_path: Path, catalogue: Catalogue, language: str
) -> Iterator[RoutineEditorDialog]:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = RoutineEditorDialog(RoutineBook(settings, catalogue), catalogue)  # foot not said
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    if dialog.dose_editor is not None:
        dialog.dose_editor.close()


def open_dose_editor(qtbot: QtBot, dialog: RoutineEditorDialog, ident: str) -> DoseEditorDialog:
    dialog.exercise_list.setCurrentRow(dialog.listed_ids().index(ident))
    qtbot.mouseClick(dialog.dose_button, Qt.MouseButton.LeftButton)
    editor = dialog.dose_editor
    assert editor is not None
    qtbot.waitExposed(editor)
    return editor


def test_the_dose_editor_grows_to_show_every_warning(
    qtbot: QtBot, routines: RoutineEditorDialog
) -> None:
    editor = open_dose_editor(qtbot, routines, "ankle-extension")
    assert editor.feet_hint is not None
    assert editor.feet_hint.isVisible()
    assert labels_cut_short(editor) == []
    before = editor.height()
    type_into(qtbot, editor.spins["reps"], "90")
    type_into(qtbot, editor.spins["sets"], "6")
    type_into(qtbot, editor.spins["rest_seconds"], "300")
    qtbot.waitUntil(lambda: len(editor.warning_texts()) == 3)
    QApplication.processEvents()
    assert editor.height() > before
    assert labels_cut_short(editor) == []


def test_a_long_dose_line_in_the_list_is_elided_and_whole_for_screen_readers(
    language: str, make_window: Callable[[], object]
) -> None:
    from footcare_gui.ui.exercise_browser import DOSE_ROLE, elided_dose
    from footcare_gui.ui.main_window import MainWindow

    window = make_window()
    assert isinstance(window, MainWindow)
    window.resize(QSize(960, 680))
    QApplication.processEvents()
    listing = window.browser.list
    width = listing.visualItemRect(listing.item(0)).width() - 20  # the delegate's margins
    metrics = QFontMetrics(listing.font())
    for row in range(listing.count()):
        item = listing.item(row)
        dose = item.data(DOSE_ROLE)
        shown = elided_dose(dose, metrics, width)
        assert metrics.horizontalAdvance(shown) <= width
        if shown != dose:
            assert shown.endswith("…")
        assert dose in item.toolTip()
        assert dose in item.data(Qt.ItemDataRole.AccessibleTextRole)


def test_the_welcome_fits_with_reminder_times_shown(
    qtbot: QtBot, language: str, make_window: Callable[[], object]
) -> None:
    from footcare_gui.ui.main_window import MainWindow

    window = make_window()
    assert isinstance(window, MainWindow)
    welcome = window.welcome_dialog(tray_available=True)
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.waitExposed(welcome)
    assert labels_cut_short(welcome) == []
    qtbot.mouseClick(welcome.reminders_on, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert welcome.times_box.isVisible()
    assert labels_cut_short(welcome) == []
    for button in welcome.foot_buttons.values():
        assert button.width() >= button.sizeHint().width(), button.text()
