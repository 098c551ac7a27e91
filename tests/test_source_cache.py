"""PySide6 reads the source of every module imported after it (to look for ``__feature__``)
and Python's linecache would keep all of it for the life of the process: about 3 MB of the
idle window's memory (issue 18). The app keeps none; tracebacks still show their lines."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import linecache, traceback
import footcare_gui.cli as cli
try:
    cli.main(["--version"])  # the app's entry point, as every start goes through it
except SystemExit:
    pass
import PySide6.QtWidgets
import footcare_gui.ui.main_window
kept = [name for name in linecache.cache if "footcare_gui" in name]
try:
    footcare_gui.ui.main_window.MainWindow.quit_now(None)
except Exception as error:
    shown = traceback.format_exception(error)[-2]
print(len(kept))
print(shown.strip().splitlines()[1].strip())
"""


def test_the_app_keeps_no_module_sources_but_tracebacks_show_lines() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    kept, shown_line = result.stdout.splitlines()[-2:]
    assert kept == "0"
    assert shown_line == "self._quitting = True"  # the source line itself
