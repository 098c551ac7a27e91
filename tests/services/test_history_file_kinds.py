"""A history.sqlite3 that is not a regular file (a FIFO, a link to a device) is refused at once
with the reason: a FIFO hung the start before any window, for ever (SQLite's open waits for a
writer); the export already said "no session history"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from footcare_gui.services.store import DB_FILENAME

ROOT = Path(__file__).resolve().parents[2]
OPEN = (
    "import sys; from footcare_gui.services.store import HistoryStore;"
    "store = HistoryStore.open(sys.argv[1]); print(store.notice); store.close()"
)


def open_in_a_process(folder: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", OPEN, str(folder)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=30,  # a hang fails the test instead of stopping the suite
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_history_that_is_not_a_regular_file_is_refused_at_once(tmp_path: Path, kind: str) -> None:
    path = tmp_path / DB_FILENAME
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    notice = open_in_a_process(tmp_path)
    assert "not a regular file" in notice
    assert path.is_symlink() or not path.is_file()  # left as it was
