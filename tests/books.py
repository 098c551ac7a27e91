"""Routine books for tests, kept as the app keeps them: in a history file of their own."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.services.paths import data_dir
from footcare_gui.services.routine_book import RoutineBook
from footcare_gui.services.routine_store import RoutineStore
from footcare_gui.services.store import HistoryStore


@contextmanager
def book_in(folder: Path | None, catalogue: Catalogue) -> Iterator[RoutineBook]:
    """The book saved in the history in ``folder`` (None: the test's data folder)."""
    history = HistoryStore.open(folder or data_dir())
    try:
        yield RoutineBook(RoutineStore(history), catalogue)
    finally:
        history.close()
