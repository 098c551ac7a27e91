"""Spoken prompts through the system's speech engine, in a process of its own.

See :mod:`footcare_gui.speech_worker` for why speech cannot share the app's process. Here the
app only writes "say this" to the worker's stdin, which never blocks, and reads back whether
the engine works. A worker that does not answer in time is given up, with a notice.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)
UNAVAILABLE = QT_TRANSLATE_NOOP(
    "SpeechText", "Spoken prompts are unavailable: this system has no working speech engine."
)
START_TIMEOUT_MS = 15_000  # speech-dispatcher's first start took 1.8 s here


def worker_command(engine: str | None) -> list[str]:
    """How to start the speech worker: the same program, in its speech-worker mode."""
    if getattr(sys, "frozen", False):  # a bundle: the executable is the app itself
        program = [sys.executable]
    else:
        program = [sys.executable, "-m", "footcare_gui"]
    return [*program, "--speech-worker", *(["--engine", engine] if engine else [])]


class Voice(QObject):
    notice_changed = Signal(str)
    ready = Signal(bool)  # the engine has been tried: True if it speaks
    spoke = Signal(str)  # the worker started speaking a prompt

    def __init__(
        self, engine: str | None = None, parent: QObject | None = None, language: str = ""
    ):
        """``engine`` forces one engine (tests use "mock"); None picks the system's.

        ``language`` ("de") asks the engine for a voice in the prompts' language; without one
        for it, or with "", the engine's default voice speaks."""
        super().__init__(parent)
        self._engine = engine
        self._language = language
        self._state = "unloaded"  # unloaded -> loading -> ready | unavailable; closed at the end
        self._notice = ""
        self._volume = 0.7
        self._process: QProcess | None = None
        self._buffer = b""
        self._give_up = QTimer(self, singleShot=True, interval=START_TIMEOUT_MS)
        self._give_up.timeout.connect(lambda: self._fail("the speech engine did not start"))

    def reason(self) -> str | None:
        """Why nothing can be said (core/unavailable.py): set once the engine has failed;
        None while it works or has not been tried."""
        return self._notice or None

    @property
    def has_worker(self) -> bool:
        """Whether a speech worker is held: started, and not yet let go or given up."""
        return self._process is not None

    def load(self) -> None:
        """Start the worker; ``ready`` tells how it went."""
        if self._state != "unloaded":
            return
        self._state = "loading"
        program, *arguments = worker_command(self._engine)
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._read)
        process.errorOccurred.connect(
            lambda error: self._fail(f"the speech worker failed: {error}")
        )
        process.finished.connect(self._finished)
        self._process = process
        self._give_up.start()
        process.start(program, arguments)
        if self._language:  # read by the worker once its engine is up, before any prompt
            process.write(f"locale\t{self._language}\n".encode())

    def say(self, text: str) -> None:
        # Written while still loading too: the worker reads them once its engine is up.
        if text and self._process is not None and self._state in ("loading", "ready"):
            line = f"say\t{self._volume:.2f}\t{text.replace(chr(9), ' ').replace(chr(10), ' ')}\n"
            self._process.write(line.encode())

    def stop(self) -> None:
        if self._process is not None and self._state == "ready":
            self._process.write(b"stop\n")

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))

    def shutdown(self) -> None:
        """End the worker as the app quits: closing its stdin asks it to go; a hung one is killed.

        This waits up to a second; during a session, :meth:`_fail` lets go without waiting.
        """
        process = self._let_go()
        if process is not None and not process.waitForFinished(500):
            process.kill()
            process.waitForFinished(500)

    def _let_go(self) -> QProcess | None:
        process, self._process = self._process, None
        self._give_up.stop()
        if process is None:
            return None
        if self._state != "unavailable":
            self._state = "closed"  # what happens to the worker from here on is expected
        process.readyReadStandardOutput.disconnect(self._read)
        process.finished.connect(process.deleteLater)
        process.closeWriteChannel()
        return process

    def _read(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            verb, _, detail = raw.decode("utf-8", "replace").partition("\t")
            if verb == "ready":
                self._give_up.stop()
                self._state = "ready"
                log.info("spoken prompts through the '%s' engine", detail)
                self.ready.emit(True)
            elif verb == "error":
                self._fail(detail)
            elif verb == "spoke":
                self.spoke.emit(detail)
            elif verb == "locale":
                chosen, _, available = detail.partition("\t")
                if chosen:
                    log.info("spoken prompts in the voice for %s", chosen)
                else:
                    log.warning(
                        "the speech engine has no voice for %r (it has: %s); keeping its default",
                        self._language,
                        available or "none",
                    )

    def _finished(self) -> None:
        self._fail("the speech worker stopped")

    def _fail(self, cause: str) -> None:
        if self._state in ("unavailable", "closed"):
            return
        self._state = "unavailable"
        self._give_up.stop()
        log.warning("no spoken prompts: %s", cause)
        self._notice = translate("SpeechText", UNAVAILABLE)
        self.notice_changed.emit(self._notice)
        self.ready.emit(False)
        process = self._let_go()  # no polite wait here: a session may be running
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(200)  # SIGKILL: the kernel ends it at once (~1 ms here)
