"""Builds the application: the one place that creates Qt objects and wires services together."""

from __future__ import annotations

import logging
import signal
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSocketNotifier
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from footcare_gui import __version__
from footcare_gui.core.catalogue import Catalogue

if TYPE_CHECKING:
    from footcare_gui.services.audio import AudioCues
from footcare_gui.services.assets import assets_dir
from footcare_gui.services.qt_log import install_qt_message_handler
from footcare_gui.services.settings import APPLICATION, ORGANISATION, Settings
from footcare_gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def create_application() -> QApplication:
    install_qt_message_handler()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("footcare")
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = assets_dir() / "icons" / "hicolor" / str(size) / "footcare.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def run(
    catalogue: Catalogue | None,
    start_id: str | None,
    startup_error: str = "",
    mute: bool = False,
    no_voice: bool = False,
    data_dir: Path | None = None,
) -> int:
    app = create_application()
    if catalogue is None:
        # Never start half-broken: say what is wrong with which file, and stop.
        log.error("cannot start: %s", startup_error)
        print(f"footcare: cannot start: {startup_error}", file=sys.stderr)
        if QGuiApplication.platformName() != "offscreen":
            QMessageBox.critical(None, "Footcare cannot start", startup_error)
        return 1
    settings = Settings()

    def make_audio() -> AudioCues:
        """Built with the first session: QtMultimedia is large and most launches need none."""
        from footcare_gui.services.audio import AudioCues

        audio = AudioCues(settings)
        if mute:
            audio.set_muted(True, remember=False)
        if no_voice:
            audio.disallow_voice()
        app.aboutToQuit.connect(audio.shutdown)  # ends the speech worker with the app
        return audio

    from footcare_gui.services.paths import data_dir as resolve_data_dir
    from footcare_gui.services.store import HistoryStore

    history = HistoryStore.open(resolve_data_dir(data_dir))
    if history.notice:
        log.warning("history: %s", history.notice)
    app.aboutToQuit.connect(history.close)
    window = MainWindow(catalogue, settings, audio=make_audio, history=history)
    _quit_on_termination_signals(app, window)
    window.show()
    if start_id:
        window.start_exercise(start_id)
    log.info("window shown%s", f", session started: {start_id}" if start_id else "")
    return app.exec()


def _quit_on_termination_signals(app: QApplication, window: MainWindow) -> None:
    """Close cleanly on Ctrl+C or SIGTERM (a logout, `kill`).

    Python only runs signal handlers between bytecodes, which never happens while Qt's C++ event
    loop waits; a socket written by the C-level handler wakes the loop instead, with no polling.
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def on_signal() -> None:
        names = {signal.Signals(number).name for number in reader.recv(64)}
        log.info("%s received: closing", " and ".join(sorted(names)))
        window.quit_now()

    notifier.activated.connect(on_signal)
    _keep_alive.extend((reader, writer, notifier))


_keep_alive: list[object] = []
