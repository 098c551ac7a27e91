"""Run by tests/test_routine_crash.py: a routine in the real main window, on a fake clock. Once
its first exercise is done and the second has begun, it says so on stdout and waits to be
killed (kill -9: no chance to save anything more)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from footcare_gui.core.clock import ManualClock
from footcare_gui.services.catalogue_file import load_catalogue
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import HistoryStore
from footcare_gui.ui.main_window import MainWindow
from tests.fakes import FakeWakeTimer


def main(data: Path, settings_file: Path) -> None:
    app = QApplication(sys.argv[:1])
    clock = ManualClock()
    timer = FakeWakeTimer(clock)
    window = MainWindow(
        load_catalogue(),
        Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)),
        clock=clock,
        timer_factory=lambda _parent: timer,
        history=HistoryStore.open(data),
    )
    window.routines.add_routine("Before work", ["ankle-flexion", "calf-stretch"])
    window.show()
    window.start_routine("Before work")
    driver = window.session_view.driver
    assert driver is not None
    while driver.session.step.segment == 0:
        timer.advance(driver.session.remaining_ms() or 1000)
    timer.advance(3_000)
    app.processEvents()
    print(f"in {driver.session.plan.segments[1].exercise_id}", flush=True)
    sys.stdin.read()  # until killed


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
