"""Takes the README's screenshots from the real app: the main window and a session in progress.

Run under a screen or Xvfb: xvfb-run -a .venv/bin/python scripts/screenshots.py docs/
A manual clock puts the session at a telling moment without waiting for it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

from footcare_gui.app import create_application
from footcare_gui.core.catalogue import load_catalogue
from footcare_gui.core.clock import ManualClock
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.settings import Settings
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
    window = MainWindow(load_catalogue(), settings, clock=clock, audio=audio)
    window.resize(960, 640)
    window.show()
    window.browser.select("ankle-extension")
    app.processEvents()
    window.grab().save(str(out / "main-window.png"))

    window.start_exercise("ankle-extension")
    session = window.session_view.driver.session  # type: ignore[union-attr]
    clock.advance(5_000 + 5_000 + 10_000 + 2_400)  # get ready, rep 1, relax, into rep 2's hold
    session.tick()
    window.session_view.driver._wake()  # type: ignore[union-attr]
    app.processEvents()
    window.grab().save(str(out / "session.png"))
    window.session_view.abandon()
    audio.shutdown()
    print(f"saved {out / 'main-window.png'} and {out / 'session.png'}")


if __name__ == "__main__":
    main(*sys.argv[1:])
