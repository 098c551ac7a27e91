"""Writing an export (CSV, PDF report) where the user asked, without ever harming their data.

- A target in the data folder itself is refused: through links, hard links or a plain path, an
  export must never land on the history (``history.sqlite3`` and its ``-wal``/``-shm``/
  ``-journal``) or any other file Footcare keeps there. (A folder of the user's own inside it
  is theirs.)
- The file is written whole or not at all: a temporary file beside the target, renamed over it.
- A symbolic link at the target is replaced by the export; the file it pointed to is left as it
  was (never followed and overwritten).
- The export's mode follows the umask but is never wider than the file it replaces: a report
  meant for a clinician is shared by the user, not by Footcare.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from footcare_gui.core.i18n import Context
from footcare_gui.services.store import DB_FILENAME

ExportText = Context("ExportText")
DATABASE_FILES = tuple(DB_FILENAME + suffix for suffix in ("", "-wal", "-shm", "-journal"))


class ExportTargetError(OSError):
    """The target may not be written; str() says why, for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def check_target(target: Path, data_folder: Path | None) -> None:
    """Raises :class:`ExportTargetError` for a target that is, or would be, one of Footcare's
    own files (any file in the data folder, reached directly or through a link)."""
    if str(target) == "":
        raise ExportTargetError(ExportText.tr("No file was named to export to"))
    if data_folder is None:
        return
    folder = Path(os.path.realpath(data_folder))
    places = {Path(os.path.realpath(target)), Path(os.path.realpath(target.parent)) / target.name}
    for place in places:
        if place == folder or place.parent == folder:  # its own files sit directly in it
            raise ExportTargetError(
                ExportText.tr(
                    "{path} is in Footcare's data folder {folder}, beside your session "
                    "history; choose a file in another folder"
                ).format(path=target, folder=folder)
            )
    if any(_same_file(target, folder / name) for name in DATABASE_FILES):
        raise ExportTargetError(  # a hard link elsewhere to the history is the history
            ExportText.tr("{path} is your session history itself, from its data folder").format(
                path=target
            )
        )


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:  # either is missing
        return False


def write_export(target: Path, data: bytes, data_folder: Path | None) -> None:
    """Writes ``data`` to ``target`` whole, after :func:`check_target`; raises OSError."""
    target = Path(target)
    check_target(target, data_folder)
    mode = 0o666 & ~current_umask()
    with contextlib.suppress(OSError):
        existing = os.lstat(target)
        if stat.S_ISREG(existing.st_mode):
            mode &= stat.S_IMODE(existing.st_mode)  # never wider than the file it replaces
        elif not stat.S_ISLNK(existing.st_mode):
            raise ExportTargetError(
                ExportText.tr("{path} is not a regular file").format(path=target)
            )
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)  # a link at target is replaced, its target untouched
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o077)  # elsewhere: read by setting it, and put back at once
    os.umask(mask)
    return mask
