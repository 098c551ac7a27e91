"""Writing the FHIR export where the user asked, without ever harming their data.

Small on purpose: when the shared safe-export helper (issue 12) is on main, this body becomes a
call to it. Until then the same rules:
- a target in the data folder (directly or through a link) or one that is the history itself (a
  hard link elsewhere) is refused: an export must never land on history.sqlite3 or beside it;
- anything but a regular file or a link at the target (a folder, a device) is refused;
- the file is written whole or not at all: a temporary file beside it, renamed over it (a link at
  the target is replaced, the file it pointed to is left as it was);
- its mode follows the umask and is never wider than the file it replaces.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from footcare_gui.core.i18n import Context
from footcare_gui.services.store import DB_FILENAME

FhirFileText = Context("FhirFileText")
_HISTORY_FILES = tuple(DB_FILENAME + suffix for suffix in ("", "-wal", "-shm", "-journal"))


class ExportRefusedError(OSError):
    """The target may not be written; str() says why, for the user."""

    def __str__(self) -> str:
        return str(self.args[0])


def write_fhir_file(target: Path, text: str, data_folder: Path) -> None:
    """Writes ``text`` (UTF-8) to ``target`` whole; raises OSError (ExportRefusedError)."""
    _refuse_data_folder(target, data_folder)
    mode = 0o666 & ~_umask()
    with contextlib.suppress(FileNotFoundError):
        existing = os.lstat(target)
        if stat.S_ISREG(existing.st_mode):
            mode &= stat.S_IMODE(existing.st_mode)
        elif not stat.S_ISLNK(existing.st_mode):
            raise ExportRefusedError(FhirFileText.tr("it is not a file (a folder?)"))
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _refuse_data_folder(target: Path, data_folder: Path) -> None:
    folder = Path(os.path.realpath(data_folder))
    for place in (Path(os.path.realpath(target)), Path(os.path.realpath(target.parent))):
        if place == folder or folder in place.parents:
            raise ExportRefusedError(
                FhirFileText.tr(
                    "it is in Footcare's data folder, beside your history; choose another folder"
                )
            )
    for name in _HISTORY_FILES:
        with contextlib.suppress(OSError):
            if os.path.samefile(target, folder / name):
                raise ExportRefusedError(FhirFileText.tr("it is your session history itself"))


def _umask() -> int:
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o077)  # elsewhere: read by setting it, and put back at once
    os.umask(mask)
    return mask
