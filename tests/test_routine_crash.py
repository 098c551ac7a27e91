"""kill -9 in the second exercise of a routine keeps the first, already done (issue 12.5)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from footcare_gui.services.store import DB_FILENAME

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_a_crash_in_the_second_exercise_keeps_the_first(tmp_path: Path) -> None:
    with subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "tests" / "routine_crash_child.py"),
            str(tmp_path / "data"),
            str(tmp_path / "settings.ini"),
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "in calf-stretch"
            child.send_signal(signal.SIGKILL)
            assert child.wait(timeout=60) == -signal.SIGKILL
        finally:
            if child.poll() is None:
                child.kill()
    database = tmp_path / "data" / DB_FILENAME
    with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as db:
        rows = db.execute("SELECT exercise_id, finished, routine FROM sessions").fetchall()
    assert rows == [("ankle-flexion", 1, "Before work")]
