"""PySide6 reads the source of every module imported after it (to look for ``__feature__``)
and Python's linecache would keep all of it for the life of the process: about 3 MB of the
idle window's memory (issue 18). The app keeps none; tracebacks still show their lines."""

from __future__ import annotations

import pytest

from tests.fresh_python import fresh_python

pytestmark = pytest.mark.slow

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
    kept, shown_line = fresh_python(SCRIPT, QT_QPA_PLATFORM="offscreen")[-2:]
    assert kept == "0"
    assert shown_line == "self._quitting = True"  # the source line itself
