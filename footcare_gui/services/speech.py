"""Spoken prompts through the system's speech engine (QTextToSpeech), when there is one.

The engine lives on a thread of its own. Creating it can block for seconds (on Linux it starts
speech-dispatcher; 1.8 s measured here) and speaking goes through a daemon, so on the GUI thread
it could hold up a tone or the timer; on its own thread it never can. The GUI side only sends
"say this" and hears back whether the engine works.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

# "mock" only pretends to speak: a test double that must never be chosen for a user.
TEST_ONLY_ENGINES = frozenset({"mock"})
UNAVAILABLE = "Spoken prompts are unavailable: this system has no working speech engine."


def choose_engine(engines: list[str]) -> str | None:
    """The system's engine: the first one Qt lists that is not a test double."""
    real = [engine for engine in engines if engine not in TEST_ONLY_ENGINES]
    return real[0] if real else None


class _SpeechWorker(QObject):
    """Owns the QTextToSpeech object; every slot runs on the speech thread."""

    loaded = Signal(bool, str)  # works?, the cause when it does not
    spoke = Signal(str)

    def __init__(self, forced_engine: str | None):
        super().__init__()
        self._forced_engine = forced_engine
        self._speech: Any = None

    @Slot()
    def load(self) -> None:
        # Imported by Voice.load() on the GUI thread: importing an extension module here, while
        # the GUI thread runs, crashed the interpreter about once in ten runs.
        from PySide6.QtTextToSpeech import QTextToSpeech

        engine = self._forced_engine or choose_engine(QTextToSpeech.availableEngines())
        if engine is None:
            self.loaded.emit(False, "no speech engine is installed")
            return
        speech = QTextToSpeech(engine, self)
        if speech.state() == QTextToSpeech.State.Error:
            self.loaded.emit(False, f"the '{engine}' speech engine failed: {speech.errorString()}")
            return
        self._speech = speech
        self.loaded.emit(True, engine)

    @Slot(str, float)
    def say(self, text: str, volume: float) -> None:
        if self._speech is None:
            return
        # A new prompt replaces one still being spoken: the session has moved on.
        self._speech.stop()
        self._speech.setVolume(volume)
        self._speech.say(text)
        self.spoke.emit(text)

    @Slot()
    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()


class Voice(QObject):
    notice_changed = Signal(str)
    ready = Signal(bool)  # the engine has been tried: True if it speaks
    spoke = Signal(str)  # a prompt was handed to the engine
    _load_requested = Signal()
    _say_requested = Signal(str, float)
    _stop_requested = Signal()

    def __init__(self, engine: str | None = None, parent: QObject | None = None):
        """``engine`` forces one engine (tests use "mock"); None picks the system's."""
        super().__init__(parent)
        self._forced_engine = engine
        self._state = "unloaded"  # unloaded -> loading -> ready | unavailable
        self._notice = ""
        self._volume = 0.7
        self._thread: QThread | None = None
        self._worker: _SpeechWorker | None = None

    @property
    def notice(self) -> str:
        return self._notice

    @property
    def available(self) -> bool | None:
        """True or False once the engine has been tried; None until then."""
        return {"ready": True, "unavailable": False}.get(self._state)

    def load(self) -> None:
        """Start the engine on its thread; ``ready`` tells how it went."""
        if self._state != "unloaded":
            return
        try:
            import PySide6.QtTextToSpeech  # noqa: F401  (on this thread; the worker uses it)
        except ImportError as error:
            self._state = "loading"
            self._on_loaded(False, f"QtTextToSpeech cannot be imported: {error}")
            return
        self._state = "loading"
        self._thread = QThread(self)
        self._thread.setObjectName("footcare-speech")
        self._worker = _SpeechWorker(self._forced_engine)
        self._worker.moveToThread(self._thread)
        self._load_requested.connect(self._worker.load)
        self._say_requested.connect(self._worker.say)
        self._stop_requested.connect(self._worker.stop)
        self._worker.loaded.connect(self._on_loaded)
        self._worker.spoke.connect(self.spoke)
        self._thread.finished.connect(self._worker.deleteLater)
        app = QCoreApplication.instance()
        if app is not None:  # a running thread must not outlive the app
            app.aboutToQuit.connect(self.shutdown)
        self._thread.start()
        self._load_requested.emit()

    def say(self, text: str) -> None:
        if text and self._state in ("loading", "ready"):
            self._say_requested.emit(text, self._volume)  # queued: returns at once

    def stop(self) -> None:
        if self._state in ("loading", "ready"):
            self._stop_requested.emit()

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))

    def shutdown(self) -> None:
        """Stop the speech thread; called when the app quits."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None

    def _on_loaded(self, works: bool, detail: str) -> None:
        if works:
            self._state = "ready"
            log.info("spoken prompts through the '%s' engine", detail)
        else:
            self._state = "unavailable"
            log.warning("no spoken prompts: %s", detail)
            self._notice = UNAVAILABLE
            self.notice_changed.emit(self._notice)
        self.ready.emit(works)
