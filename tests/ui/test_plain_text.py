"""Names from anyone are shown as the text they are: never markup, never a file loaded.

The report's `<img src="/dev/zero">` filled the memory until the kernel killed the app. Here the
same name points at a harmless, very tall picture instead: had it been read as markup, the
label would ask for the picture's 4000 pixels of height.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.services.routine_book import RoutineBook
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.plain_text import tooltip
from footcare_gui.ui.prompts import DialogPrompts
from footcare_gui.ui.routine_editor import RoutineEditorDialog
from footcare_gui.ui.tray import markup_safe
from tests.fakes import AnsweredPrompts, FakeWakeTimer
from tests.ui.test_routines_in_window import finish

TALL = 4000


@pytest.fixture
def tall_picture(tmp_path: Path) -> Path:
    path = tmp_path / "tall.png"
    image = QImage(8, TALL, QImage.Format.Format_RGB32)
    image.fill(0)
    assert image.save(str(path))
    return path


def labels_of(widget: QWidget) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if label.text()]


def assert_literal(label: QLabel, text: str) -> None:
    assert text in label.text()
    assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert label.sizeHint().height() < TALL / 4, "the label read its text as markup"


def test_a_routine_named_like_a_picture_loads_no_file(
    window: MainWindow, timer: FakeWakeTimer, tall_picture: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tall_picture.parent)  # a name is at most 60 characters: a relative src
    name = f'<img src="{tall_picture.name}">'
    window.routines.add_routine(name, ["ankle-flexion", "calf-stretch"])
    window.start_routine(name)
    view = window.session_view
    assert_literal(view.live.title, name)
    finish(window, timer)
    assert view.summary.title.isVisible()
    assert_literal(view.summary.parts, "Ankle flexion")
    # Nothing on any page was left to Qt's guess: every label is plain, or rich on purpose.
    for page in (window.browser, view):
        for label in page.findChildren(QLabel):
            rich = label.textFormat() == Qt.TextFormat.RichText
            assert label.textFormat() == Qt.TextFormat.PlainText or (
                rich and label.objectName() == "exerciseDetail"
            ), label.objectName()


@pytest.mark.parametrize(
    "name",
    ['<a href="https://example.invalid/">Click here</a>', "<table><tr><td>x</td></tr></table>"],
)
def test_markup_in_a_routine_name_is_shown_as_typed(window: MainWindow, name: str) -> None:
    window.routines.add_routine(name, ["ankle-flexion"])
    window.start_routine(name)
    title = window.session_view.live.title
    assert title.text() == name
    assert title.textFormat() == Qt.TextFormat.PlainText  # not a link, not a blank table
    assert window.windowTitle().endswith(f"{name} (routine)")


def test_tooltips_and_tray_texts_escape_markup() -> None:
    assert tooltip("Calf stretch: 3 × 30 s") == "Calf stretch: 3 × 30 s"
    assert tooltip('<img src="/dev/zero">') == '<p>&lt;img src="/dev/zero"&gt;</p>'
    assert markup_safe("<b>x</b> & y") == "&lt;b&gt;x&lt;/b&gt; &amp; y"


def test_a_file_named_like_markup_shows_its_name_in_the_error_box(
    qtbot: QtBot, tmp_path: Path, catalogue: Catalogue, prompts: AnsweredPrompts
) -> None:
    bad = tmp_path / "<img src=x>.json"
    bad.write_text("not json", encoding="utf-8")
    book = RoutineBook(None, catalogue)  # in memory: the import is refused anyway
    dialog = RoutineEditorDialog(book, catalogue, prompts=prompts)
    qtbot.addWidget(dialog)
    dialog.choose_open_file = lambda *_: str(bad)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    (text,) = prompts.asked
    assert text.startswith("<img src=x>.json was not imported")


def test_message_boxes_show_their_text_as_plain_text(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every warning, notice and question of the app (ui/prompts.py) comes through here; the
    box is read as it opens, without a nested event loop."""
    seen: list[tuple[str, Qt.TextFormat]] = []

    def opened(box: QMessageBox) -> int:
        seen.append((box.text(), box.textFormat()))
        return QMessageBox.StandardButton.Yes.value

    monkeypatch.setattr(QMessageBox, "exec", opened)
    prompts = DialogPrompts()
    prompts.warn(None, "<b>t</b>", "<img src=x>.json was not imported")
    assert prompts.ask(None, "t", "<b>Delete</b>?")
    assert seen == [
        ("<img src=x>.json was not imported", Qt.TextFormat.PlainText),
        ("<b>Delete</b>?", Qt.TextFormat.PlainText),
    ]
