"""Where file dialogs open: the user's Documents folder (or home), never the current folder.

Started from a menu, the current folder is wherever the app was launched from (often the
source or install folder): no place for someone's report or routine.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

OpenChooser = Callable[[QWidget, str, str], str]  # parent, caption, filter → path or ""
SaveChooser = Callable[[QWidget, str, str, str], str]  # parent, caption, suggested, filter


def start_folder() -> Path:
    """The user's Documents folder if there is one, else their home folder."""
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def in_start_folder(suggested: str = "") -> str:
    """A suggested file name (or none) placed in start_folder(); a full path stays as it is."""
    path = Path(suggested)
    return str(path if path.is_absolute() else start_folder() / path)


def choose_open_path(parent: QWidget, caption: str, file_filter: str) -> str:
    """The file the user picked to open, "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, in_start_folder(), file_filter)
    return path


def choose_save_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
    """Where the user chose to save, "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, in_start_folder(suggested), file_filter)
    return path
