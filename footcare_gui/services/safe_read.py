"""Reading a file that anyone may have handed over (a catalogue, a routine, the app's data
tables) without being made to wait or to fill the memory: a FIFO, device, socket or folder is
refused at once, and no more is read than the caller's limit."""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotARegularFileError(OSError):
    """The path is a FIFO, device, socket or folder: refused before anything was read."""


def read_regular_file(path: Path, limit: int) -> bytes:
    """Up to ``limit`` bytes of ``path``; raises NotARegularFileError, or OSError when it cannot be
    opened. Read ``limit + 1`` to tell a file over the limit from one at it.

    Opened without blocking (a FIFO with no writer would wait forever), then checked on the
    open file itself, so it cannot be swapped between the check and the read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags)
    with os.fdopen(handle, "rb") as file:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise NotARegularFileError(f"{path} is not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(handle, True)
        return file.read(limit)
