"""Reading and writing routine files: the file I/O around core/routine_file.py's format.

Reading refuses what is not a plain file before it can block or fill the memory (a FIFO, a
device, a folder, a file over 1 MB); writing goes through the one export writer
(services/export_file.py): whole or not at all, never into the data folder, never wider than
the file it replaces.
"""

from __future__ import annotations

from pathlib import Path

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.plan import Dose
from footcare_gui.core.routine import Routine
from footcare_gui.core.routine_file import (
    MAX_FILE_BYTES,
    ImportedRoutine,
    not_a_regular_file,
    parse_routine_bytes,
    routine_file_text,
    unreadable,
)
from footcare_gui.services.export_file import write_export
from footcare_gui.services.safe_read import NotARegularFileError, read_regular_file


def read_routine_file(path: Path | str, catalogue: Catalogue) -> ImportedRoutine:
    """The routine in ``path``; raises RoutineFileError with the reason (never OSError)."""
    try:
        raw = read_regular_file(Path(path), MAX_FILE_BYTES + 1)  # never more than the limit
    except NotARegularFileError as error:
        raise not_a_regular_file() from error
    except OSError as error:
        raise unreadable(error.strerror or error) from error
    return parse_routine_bytes(raw, catalogue)


def write_routine_file(
    path: Path | str,
    routine: Routine,
    doses: dict[str, Dose],
    catalogue: Catalogue,
    data_folder: Path | None = None,
) -> None:
    """Writes the routine and its doses to ``path`` whole or not at all; raises OSError."""
    text = routine_file_text(routine, doses, catalogue)
    write_export(Path(path), text.encode("utf-8"), data_folder)
