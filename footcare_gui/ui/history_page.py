"""The History page of the main window: built the first time it is shown (most launches never
open it), wired to the user's doses, painful foot and name, and kept while the app runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from footcare_gui.core.catalogue import Catalogue
    from footcare_gui.core.plan import Painful
    from footcare_gui.services.routine_book import RoutineBook
    from footcare_gui.services.settings import Settings
    from footcare_gui.services.store import HistoryStore
    from footcare_gui.ui.history_view import HistoryView
    from footcare_gui.ui.prompts import Prompts


class HistoryWindow(Protocol):
    """What the page needs of the main window (ui/main_window.py)."""

    pages: QStackedWidget
    routines: RoutineBook
    prompts: Prompts
    wall_clock: Callable[[], datetime]

    def painful_foot(self) -> Painful: ...
    def show_browser(self) -> None: ...
    def refresh_today(self) -> None: ...
    def show_goals(self) -> None: ...


class HistoryPage:
    def __init__(
        self,
        window: HistoryWindow,
        history: HistoryStore | None,
        catalogue: Catalogue,
        settings: Settings,
    ):
        self._window = window
        self._history = history
        self._catalogue = catalogue
        self._settings = settings
        self.view: HistoryView | None = None  # until first shown

    def show(self) -> HistoryView:
        """The page, built if need be and reloaded, in front."""
        window = self._window
        if self.view is None:
            from footcare_gui.ui.history_view import HistoryView

            assert self._history is not None, "History is shown only with a history file"
            catalogue, routines, settings = self._catalogue, window.routines, self._settings
            view = HistoryView(self._history, catalogue, window.wall_clock, prompts=window.prompts)
            view.doses = lambda: {i: routines.dose_for(i) for i in catalogue.ids()}
            view.painful = window.painful_foot
            view.back_requested.connect(window.show_browser)
            view.changed.connect(window.refresh_today)
            view.goals_requested.connect(window.show_goals)
            view.patient_name = lambda: settings.patient_name
            window.pages.addWidget(view)
            self.view = view
        self.view.reload()
        window.pages.setCurrentWidget(self.view)
        return self.view

    def reload_if_shown(self) -> None:
        if self.view is not None and self.view.isVisible():
            self.view.reload()

    def leave(self) -> None:
        """Undo is offered while History is open; once the user leaves, the deletion stands."""
        if self.view is not None:
            self.view.forget_undo()
