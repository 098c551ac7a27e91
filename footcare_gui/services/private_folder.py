"""Make a folder the way the XDG base directory spec asks: every folder made on the way 0700.

``Path.mkdir(mode=0o700, parents=True)`` gives only the last folder that mode; the ones made
before it follow the umask, and under umask 000 a world-writable ~/.local/share/Footcare lets
another user swap the private folder inside it for one of their own.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

PRIVATE_FOLDER = 0o700


def make_private_folder(folder: Path) -> None:
    """``folder`` and every missing folder above it, made 0700; folders already there are
    left as they are. Raises OSError as mkdir does (NotADirectoryError for a file in the way)."""
    missing = []
    for path in (folder, *folder.parents):
        if path.exists():
            break
        missing.append(path)
    for path in reversed(missing):
        path.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
