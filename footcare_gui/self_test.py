"""``footcare --self-test``: proves an installation (wheel or frozen bundle) works, in seconds.

Offscreen, with a temporary history and settings (never the user's), it loads the catalogue and
every asset, runs one whole exercise through the real engine, driver and widgets on a compressed
clock, saves it, writes a PDF report, opens the single-instance socket, lists the speech engines
and plays one tone when an output device exists. It prints one line and exits 0, or prints
``footcare self-test: FAILED: <reason>`` and exits 1. A Qt or app warning is a failure unless
:data:`ALLOWED_WARNINGS` explains it: a bundle that lost a plugin usually only says so in a warning.

``footcare --self-test=first-paint`` is the start-up probe used by scripts/build.sh: the normal
start-up path, which prints the monotonic clock at the first paint and leaves at once.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from footcare_gui.core.catalogue import Catalogue
    from footcare_gui.core.clock import ManualClock
    from footcare_gui.services.settings import Settings

PREFIX = "footcare self-test"
SESSION_TIMEOUT_S = 60  # real seconds for the compressed session; it takes well under one
NO_SOUND_DEVICE = "no sound device: tone not played"
LOAD_TIMEOUT_MS = 5000  # loading a tone takes milliseconds; this is for a busy machine
TONE_WAIT_MS = 1000  # a tone is under a second; its voice is stopped 50 ms after it

# Warnings that say nothing about the installation, each with why it is harmless.
ALLOWED_WARNINGS = (
    # The offscreen platform cannot apply size hints or raise a window, and says so.
    r"This plugin does not support (propagateSizeHints|raise)\(\)",
    # QtMultimedia probes for PipeWire first; without it, it uses PulseAudio.
    r"Couldn't (load|resolve) pipewire-0\.3",
    # The tones start QtMultimedia without its FFmpeg backend on purpose (it needs QtQuick,
    # QtQml and 20 MB of FFmpeg; the bundle leaves it out): QSoundEffect and QMediaDevices do
    # not use it, as Qt itself says.
    r"^No QtMultimedia backends found\. Only QMediaDevices, QAudioDevice, QSoundEffect,",
    # The app's own note when there is no sound server or device: reported as "no output device".
    r"^no sound: no audio output device",
    # QtMultimedia's note when no sound server runs at all: also "no output device".
    r"PulseAudioService: pa_context_connect\(\) failed",
)


class SelfTestError(Exception):
    """A check failed; the message is the reason printed."""


class _Warnings(logging.Handler):
    """Collects every warning or worse, from Qt (through the app's handler) and from the app."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.unexpected: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if not any(re.search(pattern, message) for pattern in ALLOWED_WARNINGS):
            self.unexpected.append(f"{record.name}: {message}")


class CompressedWakeTimer:
    """The driver's wake timer on a compressed clock: due times are reached at once.

    Each wake still goes through Qt's event loop (a 0 ms single-shot), so the widgets repaint
    and the cues fire exactly as in a real session; only the waiting is left out.
    """

    def __init__(self, clock: ManualClock, parent: QObject):
        from PySide6.QtCore import QTimer

        self._clock = clock
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._due_ms = 0
        self._callback: Callable[[], None] | None = None
        self.wakes = 0

    def start_in(self, delay_ms: int, callback: Callable[[], None]) -> None:
        self._due_ms = self._clock.now_ms() + max(0, delay_ms)
        self._callback = callback
        self._timer.start(0)

    def stop(self) -> None:
        self._timer.stop()
        self._callback = None

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self._clock.set(max(self._clock.now_ms(), self._due_ms))
            self.wakes += 1
            callback()


def main(catalogue_path: Path, mode: str = "full") -> int:
    if mode == "first-paint":  # cli.py runs the start-up itself, after watch_first_paint()
        raise ValueError("first-paint is started by footcare_gui.cli")
    warnings = _Warnings()
    try:
        with tempfile.TemporaryDirectory(prefix="footcare-self-test-") as scratch:
            summary = _run(catalogue_path, Path(scratch), warnings)
        if warnings.unexpected:  # some come late, from tearing Qt objects down
            raise SelfTestError(f"unexpected warning: {warnings.unexpected[0]}")
    except Exception as error:  # any failure at all is reported the same way
        reason = str(error) or type(error).__name__
        print(f"{PREFIX}: FAILED: {reason}".replace("\n", " "), flush=True)
        return 1
    print(f"{PREFIX}: ok ({summary})", flush=True)
    return 0


def _run(catalogue_path: Path, scratch: Path, warnings: _Warnings) -> str:
    # Before Qt starts: no screen is needed, and nothing of the user's is read or written.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["FOOTCARE_DATA_DIR"] = str(scratch / "data")
    logging.getLogger().addHandler(warnings)
    logging.captureWarnings(True)  # Python's own warnings count too

    from footcare_gui.core.catalogue import CatalogueError
    from footcare_gui.services.catalogue_file import load_catalogue

    try:
        catalogue = load_catalogue(catalogue_path)
    except CatalogueError as error:
        raise SelfTestError(f"catalogue: {error}") from error
    _check_assets()

    from PySide6.QtCore import QSettings

    from footcare_gui.app import create_application
    from footcare_gui.services.settings import Settings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    app = create_application()
    if app.windowIcon().isNull():
        raise SelfTestError("the window icon did not load")
    settings = Settings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    parts = [f"catalogue {len(catalogue.exercises)} exercises"]
    parts += _session(catalogue, settings, scratch / "data")
    parts.append(_single_instance(scratch))
    parts.append(_sound())
    parts.append(_voice())
    parts.append(_german(app))
    _check_warnings(warnings)
    return ", ".join(parts)


def _german(app: object) -> str:
    """The German translation loads, for the app's own texts and for Qt's standard buttons;
    then back to English for the rest of the test."""
    from PySide6.QtWidgets import QDialogButtonBox

    from footcare_gui.core.i18n import translate
    from footcare_gui.services.translations import install_translations, remove_translations

    try:
        if install_translations(app, "de") != "de":  # type: ignore[arg-type]
            raise SelfTestError("the German translation did not load")
        ours = translate("Catalogue", "Calf stretch")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qts = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
        if (ours, qts) != ("Wadendehnung", "Abbrechen"):
            raise SelfTestError(f"German texts missing: {ours!r}, Qt's {qts!r}")
    finally:
        remove_translations(app)  # type: ignore[arg-type]
    return "translations: de"


def _check_assets() -> None:
    from footcare_gui.core.cues import Cue
    from footcare_gui.core.routine_file import SCHEMA_PATH
    from footcare_gui.services.assets import asset_path, assets_dir
    from footcare_gui.ui.icons import ICON_SIZES

    wanted = ["icons/footcare.svg"]
    wanted += [f"icons/hicolor/{size}/footcare.png" for size in ICON_SIZES]
    wanted += [f"sounds/{name}.wav" for name in [cue.value for cue in Cue] + ["warmup"]]
    for relative in wanted:
        if asset_path(relative).stat().st_size == 0:  # asset_path raises when it is missing
            raise SelfTestError(f"asset {relative} is empty")
    translations = assets_dir() / "translations"
    if translations.is_dir() and not any(translations.glob("*.qm")):
        raise SelfTestError(f"{translations} holds no .qm file")
    if not SCHEMA_PATH.is_file():
        raise SelfTestError(f"the routine schema is missing: {SCHEMA_PATH}")


def _session(catalogue: Catalogue, settings: Settings, data: Path) -> list[str]:
    """One whole exercise through the main window, saved to a temporary history."""
    from PySide6.QtCore import QEventLoop, QTimer

    from footcare_gui.core.clock import ManualClock
    from footcare_gui.core.plan import build_plan
    from footcare_gui.report.pdf import write_report
    from footcare_gui.services.store import HistoryStore
    from footcare_gui.ui.main_window import MainWindow

    # A self-paced exercise waits for the user's count; a timed one runs to its end alone.
    # The one with the most steps exercises the most of the engine and the session view.
    timed = [e for e in catalogue.exercises if not e.counted]
    if not timed:
        raise SelfTestError("the catalogue has no timed exercise to run")
    exercise = max(timed, key=lambda e: len(build_plan(e).steps))
    history = HistoryStore.open(data)
    clock = ManualClock()
    timers: list[CompressedWakeTimer] = []

    def make_timer(parent: QObject) -> CompressedWakeTimer:
        timers.append(CompressedWakeTimer(clock, parent))
        return timers[-1]

    # Sound is tried on its own below: a compressed session would fire hundreds of tones.
    window = MainWindow(catalogue, settings, clock=clock, timer_factory=make_timer, history=history)
    try:
        window.show()
        if window.grab().isNull():
            raise SelfTestError("the main window could not be drawn")
        window.start_exercise(exercise.id)
        driver = window.session_view.driver
        if driver is None:
            raise SelfTestError(f"no session started for {exercise.id}")
        loop = QEventLoop()
        driver.ended.connect(lambda _summary: loop.quit())
        QTimer.singleShot(SESSION_TIMEOUT_S * 1000, loop.quit)
        started = time.monotonic()
        loop.exec()
        session = driver.session
        if not session.state.ended:
            raise SelfTestError(
                f"the {exercise.id} session did not end within {SESSION_TIMEOUT_S} s "
                f"(at step {session.step.index + 1} of {len(session.plan.steps)})"
            )
        if window.session_view.grab().isNull():
            raise SelfTestError("the session summary could not be drawn")
        records = history.sessions()
        if len(records) != 1 or not records[0].finished:
            raise SelfTestError(f"the session was not saved as finished: {records}")
        report = data / "report.pdf"
        write_report(report, records, catalogue, records[0].started_at.date(), 4)
        if not report.read_bytes().startswith(b"%PDF"):
            raise SelfTestError("the PDF report was not written")
        elapsed = time.monotonic() - started
        return [
            f"session {exercise.id} {len(session.plan.steps)} steps in {elapsed:.1f} s",
            "history saved",
            "report written",
        ]
    finally:
        window.session_view.abandon()
        window.quit_now()
        window.deleteLater()
        history.close()


def _single_instance(scratch: Path) -> str:
    """The socket later launches hand over to (QtNetwork)."""
    from footcare_gui.services.single_instance import SingleInstance, server_name

    instance = SingleInstance(server_name(scratch / "data"))
    try:
        if not instance.listen():
            raise SelfTestError(f"cannot listen on the single-instance socket {instance.name}")
    finally:
        instance.close()
    return "instance socket ok"


def _sound() -> str:
    """Play one tone when an output device exists; no device is a note, not a failure."""
    from PySide6.QtCore import QEventLoop, QTimer

    from footcare_gui.core.cues import Cue
    from footcare_gui.services.sound import ToneBank

    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as error:
        raise SelfTestError(f"QtMultimedia cannot be imported: {error}") from error
    tones = ToneBank()
    try:
        tones.load()
        if not QMediaDevices.audioOutputs():
            return NO_SOUND_DEVICE
        if why := tones.reason():
            raise SelfTestError(why)
        # The tones load asynchronously: try until one plays, then let it be heard (and any
        # playback error be told) before looking at the result.
        loop = QEventLoop()
        poll = QTimer(interval=20)
        played = False

        def try_play() -> None:
            nonlocal played
            if tones.play(Cue.HOLD):
                played = True
                poll.stop()
                QTimer.singleShot(TONE_WAIT_MS, loop.quit)

        poll.timeout.connect(try_play)
        poll.start()
        QTimer.singleShot(LOAD_TIMEOUT_MS, loop.quit)
        loop.exec()
        poll.stop()
        if not played:
            raise SelfTestError(f"the hold tone did not load within {LOAD_TIMEOUT_MS} ms")
        if why := tones.reason():
            raise SelfTestError(why)
        _check_no_media_backend()
        return "sound: played hold.wav"
    finally:
        tones.release()


def _check_no_media_backend() -> None:
    """The tones must not have loaded QtMultimedia's FFmpeg backend (services/sound.py)."""
    maps = Path("/proc/self/maps")
    if os.environ.get("QT_MEDIA_BACKEND") or not maps.exists():
        return
    loaded = {line.split()[-1] for line in maps.read_text().splitlines() if "/multimedia/" in line}
    if loaded:
        raise SelfTestError(f"the tones loaded a QtMultimedia media backend: {sorted(loaded)}")


def _voice() -> str:
    """The speech engines Qt can load; the engine itself is only ever made in the worker."""
    from footcare_gui.speech_worker import TEST_ONLY_ENGINES, choose_engine

    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as error:
        raise SelfTestError(f"QtTextToSpeech cannot be imported: {error}") from error
    engines = QTextToSpeech.availableEngines()
    frozen = getattr(sys, "frozen", False)
    if frozen and TEST_ONLY_ENGINES & set(engines):
        raise SelfTestError(f"a test-only speech engine ships in the bundle: {engines}")
    engine = choose_engine(engines)
    return f"voice: {engine}" if engine else "voice: no engine"


def _check_warnings(warnings: _Warnings) -> None:
    if warnings.unexpected:
        raise SelfTestError(f"unexpected warning: {warnings.unexpected[0]}")


def watch_first_paint() -> None:
    """Makes the app's real start-up path (which the caller then runs: cli.py) print
    ``painted_at=<monotonic s>`` at the first paint and leave at once."""
    from PySide6.QtCore import QEvent, QObject

    import footcare_gui.app as app_module

    original = app_module.create_application

    class Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print(f"painted_at={time.monotonic():.6f}", flush=True)
                os._exit(0)  # measuring start-up only: nothing to tidy
            return False

    def observed():  # type: ignore[no-untyped-def]
        app = original()
        app.installEventFilter(Watcher(app))
        return app

    app_module.create_application = observed
