"""The app under the AT-SPI walk (tests/a11y/atspi_walk.py): the real main window, with a manual
clock so a session can be stepped through, taking one command per line on stdin and answering
one JSON line on stdout once the window shows what was asked for.

Run by the walker with the venv's Python, from the repository's root folder:
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 .venv/bin/python -m tests.a11y.app_driver
Commands: main, session [exercise id], tick <ms>, finish, stop, preferences, routines, dose,
history, about, welcome, close (the open dialog), quit.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QMessageLogContext,
    QSettings,
    QSocketNotifier,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from footcare_gui.core.clock import ManualClock
from footcare_gui.services.audio import AudioCues
from footcare_gui.services.catalogue_file import load_catalogue
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import HistoryStore
from footcare_gui.ui.exercise_browser import DOSE_ROLE
from footcare_gui.ui.main_window import MainWindow
from footcare_gui.ui.preferences import PreferencesDialog
from footcare_gui.ui.routine_editor import RoutineEditorDialog
from tests.fakes import FakeWakeTimer, RecordingTones, RecordingVoice

APP_NAME = "footcare-a11y-walk"
CURRENT = "start"  # the command being carried out, to say when a Qt message came


def _log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = f"{context.category}: " if context.category not in (None, "default") else ""
    print(f"[{CURRENT}] {category}{message}", file=sys.stderr, flush=True)


class Driver:
    def __init__(self, app: QApplication):
        scratch = Path(tempfile.mkdtemp(prefix="footcare-a11y-"))
        self.settings = Settings(
            QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
        )
        self.clock = ManualClock()
        self.timer = FakeWakeTimer(self.clock)
        self.audio = AudioCues(self.settings, RecordingTones(), RecordingVoice(), self.clock)
        self.history = HistoryStore.open(scratch / "data")
        self.catalogue = load_catalogue()
        self.window = MainWindow(
            self.catalogue,
            self.settings,
            clock=self.clock,
            timer_factory=lambda _parent: self.timer,
            audio=self.audio,
            history=self.history,
        )
        self.window.resize(1100, 760)
        self.window.show()
        self.window.activateWindow()  # no window manager under Xvfb: the app asks itself
        self.dialogs: list[QWidget] = []
        self.routines: RoutineEditorDialog | None = None
        self._app = app
        self._stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self._stdin.activated.connect(self._read)

    def _read(self) -> None:
        line = sys.stdin.readline()
        if not line:
            self._app.quit()
            return
        command, *args = line.split()
        global CURRENT
        CURRENT = line.strip()
        reply = getattr(self, f"do_{command}")(*args) or {}
        # Let the window settle (layouts, accessibility events) before the walker looks.
        QTimer.singleShot(150, lambda: self.answer({"done": command, **reply}))

    def answer(self, reply: dict[str, object]) -> None:
        print(json.dumps(reply), flush=True)

    def _show(self, dialog: QWidget) -> None:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.dialogs.append(dialog)

    # --- commands ----------------------------------------------------------------------------
    def do_main(self) -> dict[str, object]:
        self.window.show_browser()
        document = QTextDocument()
        document.setHtml(self.window.browser.detail.text())
        listing = self.window.browser.list
        doses = [listing.item(row).data(DOSE_ROLE) for row in range(listing.count())]
        return {"detail": document.toPlainText(), "doses": doses}

    def do_session(self, exercise: str = "calf-stretch") -> dict[str, object]:
        self.window.session_view.abandon()  # one after another, as "Do it again" would
        self.window.start_exercise(exercise)
        return self._session_state()

    def do_tick(self, ms: str) -> dict[str, object]:
        self.timer.advance(int(ms))
        return self._session_state()

    def _session_state(self) -> dict[str, object]:
        view = self.window.session_view
        driver = view.driver
        assert driver is not None
        focus = self.window.focusWidget()  # focused once the window is active
        return {
            "step": driver.session.index,
            "countdown": view.live.ring.text(),
            "focus": type(focus).__name__ if focus else "",
            "active": QApplication.activeWindow() is self.window,
        }

    def do_finish(self) -> dict[str, object]:
        self.timer.advance(60 * 60_000)  # the rest of the session: its summary shows
        return {"summary": self.window.session_view.summary.title.isVisible()}

    def do_stop(self) -> None:
        self.window.session_view.abandon()
        self.window.show_browser()

    def do_preferences(self) -> None:
        self._show(PreferencesDialog(self.settings, self.audio, self.window, self.catalogue, True))

    def do_routines(self) -> None:
        self.routines = RoutineEditorDialog(self.window.routines, self.catalogue, self.window)
        self._show(self.routines)

    def do_dose(self) -> None:
        assert self.routines is not None
        self.routines.edit_dose()
        assert self.routines.dose_editor is not None
        self.dialogs.append(self.routines.dose_editor)

    def do_history(self) -> None:
        self.window.show_history()

    def do_about(self) -> None:
        box = self.window.about_box()
        self._show(box)

    def do_welcome(self) -> None:
        self._show(self.window.welcome_dialog(tray_available=True))

    def do_close(self) -> None:
        while self.dialogs:
            dialog = self.dialogs.pop()
            if isinstance(dialog, QDialog):
                dialog.reject()
            dialog.close()

    def do_quit(self) -> None:
        self.do_close()
        self.window.session_view.abandon()
        self.window.close()
        QTimer.singleShot(300, self._app.quit)


def main() -> int:
    os.environ.setdefault("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1")
    qInstallMessageHandler(_log_qt_message)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    driver = Driver(app)
    driver.answer({"done": "start"})
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
