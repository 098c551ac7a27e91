"""`footcare --import-routine FILE`: a routine file into the user's routines.

One process holds the routines: with Footcare running on this history, the file is handed to
it over the single-instance socket (it imports and shows the outcome); otherwise it is imported
here, into the history file, all or nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.names import terminal_safe
from footcare_gui.exports import EXIT_USAGE


def import_routine(catalogue: Catalogue, path: Path, data_dir: Path | None = None) -> int:
    """0 once the routine is saved, or handed to the Footcare running on this history (which
    imports it, one process holding the routines, and shows the outcome); 2 for a file that is
    not a routine; 1 when it could not be saved (the history cannot be written)."""
    from footcare_gui.core.routine_file import RoutineFileError
    from footcare_gui.services.paths import data_dir as resolve_data_dir
    from footcare_gui.services.routine_files import read_routine_file
    from footcare_gui.services.single_instance import (
        SingleInstance,
        server_name,
        with_activation_token,
    )

    shown_path = terminal_safe(str(path))
    try:
        read_routine_file(path, catalogue)  # a file that is no routine is said here, in any case
    except RoutineFileError as error:
        print(f"footcare: {shown_path}: {error.message}", file=sys.stderr)
        return EXIT_USAGE
    folder = resolve_data_dir(data_dir)
    instance = SingleInstance(server_name(folder))
    if not instance.claim():
        request = {"action": "import-routine", "path": str(Path(path).absolute())}
        if instance.hand_over(with_activation_token(request)):
            print(f"footcare: {shown_path} handed to the running Footcare", file=sys.stderr)
            return 0
        print(
            f"footcare: {shown_path} was not imported: Footcare runs but does not answer",
            file=sys.stderr,
        )
        return 1
    try:
        return _import_here(catalogue, Path(path), folder)
    finally:
        instance.close()


def _import_here(catalogue: Catalogue, path: Path, folder: Path) -> int:
    from footcare_gui.core.dose_view import routine_warnings
    from footcare_gui.core.routine_file import RoutineFileError
    from footcare_gui.services.routine_book import RoutineBook, RoutineSaveError
    from footcare_gui.services.routine_store import RoutineStore
    from footcare_gui.services.settings import Settings
    from footcare_gui.services.store import HistoryStore

    shown_path = terminal_safe(str(path))
    history = HistoryStore.open(folder)
    try:
        book = RoutineBook(RoutineStore(history, Settings()), catalogue)
        routine = book.import_file(path)
        doses = {ident: book.dose_for(ident) for ident in routine.exercise_ids}
    except RoutineFileError as error:  # changed since it was read above
        print(f"footcare: {shown_path}: {error.message}", file=sys.stderr)
        return EXIT_USAGE
    except RoutineSaveError as error:
        print(f"footcare: {shown_path} was not imported: {error}", file=sys.stderr)
        return 1
    finally:
        history.close()
    names = ", ".join(terminal_safe(catalogue.get(i).name) for i in routine.exercise_ids)
    print(f"footcare: imported routine '{terminal_safe(routine.name)}': {names}", file=sys.stderr)
    for line in routine_warnings(catalogue, routine.exercise_ids, doses):
        print(f"footcare: warning: {terminal_safe(line)}", file=sys.stderr)  # allowed, but said
    return 0
