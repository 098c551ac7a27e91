"""Takes the README's screenshots from the real app: the main window, a session in progress,
the summary with its pain rating, History over four weeks of simulated sessions, the routine
editor, and the transition between two exercises of a routine.

Run under a screen or Xvfb: xvfb-run -a .venv/bin/python scripts/screenshots.py docs/
A manual clock puts the session at a telling moment without waiting for it.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings

from footcare_gui.app import create_application
from footcare_gui.core.catalogue import load_catalogue
from footcare_gui.core.clock import ManualClock
from footcare_gui.demo import simulated_sessions
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import HistoryStore
from footcare_gui.ui.main_window import MainWindow


def main(out_dir: str = "docs") -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    scratch = Path(tempfile.mkdtemp()) / "settings.ini"  # never the user's own settings
    settings = Settings(QSettings(str(scratch), QSettings.Format.IniFormat))
    settings.voice_enabled = False
    clock = ManualClock()
    audio = AudioCues(settings, clock=clock)
    catalogue = load_catalogue()
    history = HistoryStore.open(scratch.parent / "data")  # simulated, never the user's history
    now = datetime.now().astimezone().replace(hour=14, minute=0)
    for record in simulated_sessions(catalogue, now.date(), 28, now.tzinfo):
        if record.started_at < now:
            history.add(record)
    window = MainWindow(
        catalogue, settings, clock=clock, audio=audio, history=history, wall_clock=lambda: now
    )
    window.resize(960, 640)
    window.show()
    window.browser.select("ankle-extension")
    app.processEvents()
    window.grab().save(str(out / "main-window.png"))

    window.show_history()
    window.resize(1100, 760)
    app.processEvents()
    window.grab().save(str(out / "history.png"))
    window.resize(960, 640)
    window.show_browser()

    window.start_exercise("ankle-extension")
    session = window.session_view.driver.session  # type: ignore[union-attr]
    clock.advance(5_000 + 5_000 + 10_000 + 2_400)  # get ready, rep 1, relax, into rep 2's hold
    session.tick()
    window.session_view.driver._wake()  # type: ignore[union-attr]
    app.processEvents()
    window.grab().save(str(out / "session.png"))

    while not session.state.ended:  # in steps: one leap would look like a computer asleep
        clock.advance(min(session.remaining_ms() or 1000, 30_000))
        window.session_view.driver._wake()  # type: ignore[union-attr]
    window.session_view.pain_after.set_value(3)
    window.session_view.note.setText("Easier than yesterday")
    app.processEvents()
    window.grab().save(str(out / "summary.png"))
    window.show_browser()

    from footcare_gui.ui.routine_editor import RoutineEditorDialog

    window.routines.add_routine("Morning", ["calf-stretch", "achilles-stretch", "toe-pulling"])
    editor = RoutineEditorDialog(window.routines, catalogue, window, painful_foot="left")
    editor.routine_box.setCurrentText("Morning")
    editor.resize(720, 520)
    editor.show()
    app.processEvents()
    editor.grab().save(str(out / "routine-editor.png"))
    editor.reject()

    window.start_routine("Morning")
    session = window.session_view.driver.session  # type: ignore[union-attr]
    while session.step.label != "Next: Achilles tendon stretch":
        clock.advance(min(session.remaining_ms() or 1000, 30_000))
        window.session_view.driver._wake()  # type: ignore[union-attr]
    clock.advance(3_600)
    window.session_view.driver._wake()  # type: ignore[union-attr]
    app.processEvents()
    window.grab().save(str(out / "transition.png"))
    window.session_view.abandon()
    audio.shutdown()
    history.close()
    print(f"saved the screenshots in {out}")


if __name__ == "__main__":
    main(*sys.argv[1:])
