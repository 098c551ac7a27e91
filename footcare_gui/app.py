"""Builds the application: the one place that creates Qt objects and wires services together."""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSocketNotifier
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from footcare_gui import __version__
from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.i18n import Context
from footcare_gui.core.names import terminal_safe

if TYPE_CHECKING:
    from footcare_gui.services.audio import AudioCues
from footcare_gui.services.qt_log import install_qt_message_handler
from footcare_gui.services.settings import APPLICATION, ORGANISATION, Settings
from footcare_gui.ui.icons import app_icon
from footcare_gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)
AppText = Context("AppText")


def create_application() -> QApplication:
    install_qt_message_handler()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.footcare.Footcare")  # the .desktop entry's name
    app.setWindowIcon(app_icon())
    return app


def run(
    catalogue: Catalogue | None,
    start_id: str | None,
    startup_error: str = "",
    mute: bool = False,
    no_voice: bool = False,
    data_dir: Path | None = None,
    start_routine: str | None = None,
) -> int:
    """``start_routine``: a routine's name, or "" for the first routine."""
    from footcare_gui.services.paths import data_dir as resolve_data_dir
    from footcare_gui.services.single_instance import SingleInstance, server_name

    folder = resolve_data_dir(data_dir)
    instance = SingleInstance(server_name(folder))
    if catalogue is not None and not instance.claim():
        # Another Footcare holds the lock: hand this launch's request over to it, before any
        # window or display connection, so a second launch is done in a moment.
        if instance.hand_over(_request(start_id, start_routine)):
            log.info("handed over to the Footcare already running")
            return 0
        log.warning("another Footcare holds the lock but does not answer; starting anyway")
    from footcare_gui.display import display_problem

    if (problem := display_problem()) is not None:
        if catalogue is None:
            print(f"footcare: cannot start: {terminal_safe(str(startup_error))}", file=sys.stderr)
        print(problem, file=sys.stderr)
        return 1
    app = create_application()
    from footcare_gui.i18n import install_translations

    if catalogue is None:
        # Never start half-broken: say what is wrong with which file, and stop. In the
        # system's language: the settings may be part of what is wrong.
        log.error("cannot start: %s", startup_error)
        print(f"footcare: cannot start: {terminal_safe(str(startup_error))}", file=sys.stderr)
        if QGuiApplication.platformName() != "offscreen":
            install_translations(app)
            from footcare_gui.ui.plain_text import critical

            critical(None, AppText.tr("Footcare cannot start"), startup_error)
        return 1
    settings = Settings()
    # Before any window or text is made: what is built reads its texts once.
    language = install_translations(app, settings.language)

    def make_audio() -> AudioCues:
        """Built with the first session: QtMultimedia is large and most launches need none."""
        from footcare_gui.services.audio import AudioCues

        audio = AudioCues(settings, language=language)  # prompts in the window's language
        if mute:
            audio.set_muted(True, remember=False)
        if no_voice:
            audio.disallow_voice()
        app.aboutToQuit.connect(audio.shutdown)  # ends the speech worker with the app
        return audio

    from footcare_gui.services.store import HistoryStore
    from footcare_gui.ui.first_paint import after_first_paint

    history = HistoryStore.open(folder)
    if history.notice:
        log.warning("history: %s", history.notice)
    app.aboutToQuit.connect(history.close)
    from footcare_gui.services.idle_inhibit import DBusIdleInhibitor
    from footcare_gui.ui.idle_guard import SessionIdleGuard

    idle_guard = SessionIdleGuard(DBusIdleInhibitor(), parent=app)
    app.aboutToQuit.connect(idle_guard.release)  # the screen may blank again once we are gone
    window = MainWindow(
        catalogue, settings, audio=make_audio, history=history, idle_guard=idle_guard
    )

    def beyond_the_window() -> None:
        """Tray, reminders and the socket for later launches: none of them is seen at once."""
        from footcare_gui.services.full_screen import other_window_full_screen
        from footcare_gui.services.notifications import DesktopNotifications
        from footcare_gui.ui.desktop import Desktop

        notifications = DesktopNotifications(parent=app)

        def do_not_disturb() -> bool:
            own = [int(w.winId()) for w in app.topLevelWidgets() if w.isVisible()]
            platform = QGuiApplication.platformName()
            return notifications.inhibited() or other_window_full_screen(platform, own)

        window.desktop = desktop = Desktop(
            window, settings, catalogue, notifications=notifications, quiet=do_not_disturb
        )
        app.aboutToQuit.connect(desktop.shutdown)
        if not instance.listen():  # another one runs but did not answer: better two than none
            log.warning("another Footcare seems to be running but does not answer; starting")
        instance.received.connect(desktop.handle_request)
        window.offer_check_in()  # morning pain, a missed day, goals: only what is due, once

    app.aboutToQuit.connect(instance.close)  # frees the lock, removes the socket file
    after_first_paint(beyond_the_window)
    _quit_on_termination_signals(app, window)
    window.show()
    if start_id:
        window.start_exercise(start_id)
    elif start_routine is not None:
        window.start_routine(start_routine or None)
    else:
        after_first_paint(window.offer_welcome)  # the first start only
    log.info("window shown%s", f", session started: {start_id}" if start_id else "")
    return app.exec()


def _request(start_id: str | None, start_routine: str | None) -> dict[str, object]:
    """What this launch asks of a Footcare already running."""
    if start_id:
        request: dict[str, object] = {"action": "start", "exercise": start_id}
    elif start_routine is not None:
        request = {"action": "start-routine", "name": start_routine or None}
    else:
        request = {"action": "show"}
    # On Wayland only the launcher's token lets the running Footcare come to the front.
    token = os.environ.get("XDG_ACTIVATION_TOKEN", "")  # see Desktop.handle_request
    if token:
        request["activation_token"] = token
    return request


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
