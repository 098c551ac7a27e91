"""The main window's menu bar: File (start a routine, routines and doses, History, goals,
Preferences, Quit) and Help (the welcome, the safety note, About), each with its shortcut."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from footcare_gui.core.i18n import Context

if TYPE_CHECKING:
    from footcare_gui.ui.exercise_browser import ExerciseBrowser
    from footcare_gui.ui.window_dialogs import WindowDialogs

MenuText = Context("MenuText")
Keys = str | QKeySequence.StandardKey | None


class MenuWindow(Protocol):
    """What the menus act on: the main window (ui/main_window.py)."""

    dialogs: WindowDialogs
    browser: ExerciseBrowser

    def menuBar(self) -> QMenuBar: ...
    def start_routine(self, name: str | None = None) -> None: ...
    def show_history(self) -> None: ...
    def show_goals(self) -> None: ...
    def quit_app(self) -> None: ...


def build_menus(
    window: MenuWindow, owner: QWidget, with_history: bool, with_preferences: bool
) -> None:
    """``owner``: the window as a widget, which owns the actions. History and goals need a
    history file; Preferences, the audio they set."""

    def add(menu: QMenu, text: str, slot: Callable[[], object], keys: Keys = None) -> QAction:
        action = QAction(text, owner)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    dialogs = window.dialogs
    chosen = window.browser.chosen_routine
    file_menu = window.menuBar().addMenu(MenuText.tr("&File"))
    add(
        file_menu,
        MenuText.tr("Start &routine"),
        lambda: window.start_routine(chosen()),
        "Ctrl+Return",
    )
    add(file_menu, MenuText.tr("Routines and &doses…"), dialogs.show_routines, "Ctrl+D")
    if with_history:
        add(file_menu, MenuText.tr("&History…"), window.show_history, "Ctrl+H")
        add(file_menu, MenuText.tr("Your &goals…"), window.show_goals, "Ctrl+G")
    if with_preferences:
        preferences = dialogs.show_preferences
        add(file_menu, MenuText.tr("&Preferences…"), preferences, "Ctrl+,").setMenuRole(
            QAction.MenuRole.PreferencesRole
        )
    file_menu.addSeparator()
    add(file_menu, MenuText.tr("&Quit"), window.quit_app, QKeySequence.StandardKey.Quit)
    help_menu = window.menuBar().addMenu(MenuText.tr("&Help"))
    add(help_menu, MenuText.tr("&Welcome and first choices…"), dialogs.show_welcome)
    add(help_menu, MenuText.tr("&Safety note"), dialogs.show_safety_note)
    add(help_menu, MenuText.tr("&About Footcare"), dialogs.show_about)
