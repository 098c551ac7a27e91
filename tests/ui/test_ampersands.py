"""An "&" in a name from a custom catalogue or typed by the user is shown as an "&": in a
button's or a buddied label's text Qt would otherwise take it for a keyboard mnemonic, hide it
and underline the next letter ("Fish & Chips" read "Fish _Chips", Alt+C pressed the button)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.outcomes import Goal
from footcare_gui.services.catalogue_file import DEFAULT_CATALOGUE, load_catalogue
from footcare_gui.ui.checkin import CheckInDialog
from footcare_gui.ui.main_window import MainWindow

NAME = "Tea & &Toast"


def shown(text: str) -> str:
    """What Qt draws for a mnemonic-bearing text: "&&" is one "&", a lone "&" is dropped."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@pytest.fixture
def catalogue(tmp_path: Path) -> Catalogue:
    text = Path(DEFAULT_CATALOGUE).read_text(encoding="utf-8")
    custom = tmp_path / "catalogue.toml"
    custom.write_text(text.replace('name = "Calf stretch"', f'name = "{NAME}"', 1), "utf-8")
    return load_catalogue(custom)


def test_the_start_button_shows_an_ampersand_and_has_no_mnemonic(window: MainWindow) -> None:
    window.browser.select("calf-stretch")
    button = window.browser.start_button
    assert shown(button.text()).casefold() == f"Start {NAME}".casefold()
    assert QKeySequence.mnemonic(button.text()).isEmpty()


def test_a_goal_with_an_ampersand_reads_as_typed_in_the_check_in(qtbot) -> None:
    goal = Goal(1, NAME, datetime(2026, 11, 30, 9).astimezone())
    dialog = CheckInDialog(False, None, [goal])
    qtbot.addWidget(dialog)
    label = next(label for label in dialog.findChildren(QLabel) if label.buddy() is not None)
    assert shown(label.text()) == NAME
    assert QKeySequence.mnemonic(label.text()).isEmpty()
