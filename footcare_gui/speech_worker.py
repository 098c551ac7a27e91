"""The speech process: ``footcare --speech-worker [--engine NAME]``, driven over stdin/stdout.

Speech runs in a process of its own. Creating Qt's speech-dispatcher engine blocks in
``spd_open`` while holding Python's GIL (measured: 1.8 s normally, forever when the daemon does
not answer); in the app's process that froze the window, the timer and the tones with it. Here
it can only make the voice late, and the app gives up on a worker that does not start.

Protocol, one line each, tab-separated:
    in:  ``say<TAB>volume<TAB>text``, ``stop``, ``locale<TAB>language`` ("de": a voice for the
         prompts' language); closing stdin ends the process.
    out: ``ready<TAB>engine`` or ``error<TAB>cause`` once, then ``spoke<TAB>text`` per prompt,
         and ``locale<TAB>name`` (the voice's locale, e.g. de_DE) or
         ``locale<TAB><TAB>available`` (none for that language: the default voice stays).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

# "mock" only pretends to speak: a test double that must never be chosen for a user.
TEST_ONLY_ENGINES = frozenset({"mock"})
ATTEMPTS = 3  # a speech-dispatcher started a moment ago may not have its voices yet


def choose_engine(engines: list[str]) -> str | None:
    """The system's engine: the first one Qt lists that is not a test double."""
    real = [engine for engine in engines if engine not in TEST_ONLY_ENGINES]
    return real[0] if real else None


def pick_locale(available: list[str], language: str, preferred: str = "") -> str | None:
    """The engine's locale to speak ``language`` ("de", or "de_AT") in: an exact match, else
    the ``preferred`` one (the system's, e.g. de_CH) if it has that language, else the first of
    that language; None when the engine has no voice for it."""
    wanted = language.replace("-", "_")
    code = wanted.split("_")[0].lower()
    same = [name for name in available if name.replace("-", "_").split("_")[0].lower() == code]
    for candidate in (wanted, preferred.replace("-", "_")):
        if candidate in same:
            return candidate
    return same[0] if same else None


def reply(*fields: str) -> None:
    print("\t".join(field.replace("\t", " ").replace("\n", " ") for field in fields), flush=True)


def end_with_parent() -> None:
    """Have the kernel end this process when the app that started it dies (Linux).

    Closing stdin ends the worker too, but not while the speech engine's start blocks with the
    GIL held (a speech-dispatcher that never answers): a kill -9 of the app then left the
    worker running for good. SIGTERM's default action needs no Python code to run.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    pr_set_pdeathsig = 1
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the app died before the line above: nobody will close stdin
        os._exit(0)


def main(engine: str | None = None) -> int:
    from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

    from footcare_gui.services.qt_log import install_qt_message_handler

    end_with_parent()
    # The app ends this process by closing its stdin; a Ctrl+C meant for the app must not
    # leave a traceback here.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    install_qt_message_handler()  # same quiet multimedia chatter as the app
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as error:
        reply("error", f"QtTextToSpeech cannot be imported: {error}")
        return 0

    app = QCoreApplication(sys.argv[:1])
    engine = engine or choose_engine(QTextToSpeech.availableEngines())
    if engine is None:
        reply("error", "no speech engine is installed")
        return 0
    for attempt in range(1, ATTEMPTS + 1):
        speech = QTextToSpeech(engine)
        if speech.state() != QTextToSpeech.State.Error:
            break
        if attempt == ATTEMPTS:
            reply("error", f"the '{engine}' speech engine failed: {speech.errorString()}")
            return 0
        time.sleep(1)  # this process only speaks: nothing else waits on it
    reply("ready", engine)

    class Commands(QObject):
        line = Signal(str)

    commands = Commands()

    def run(line: str) -> None:
        if line == "":  # stdin closed: the app has gone
            app.quit()
            return
        verb, _, rest = line.rstrip("\n").partition("\t")
        if verb == "say":
            volume, _, text = rest.partition("\t")
            speech.stop()  # a new prompt replaces one still being spoken: the session moved on
            speech.setVolume(float(volume))
            speech.say(text)
            reply("spoke", text)
        elif verb == "stop":
            speech.stop()
        elif verb == "locale":
            locales = speech.availableLocales()
            names = [locale.name() for locale in locales]
            chosen = pick_locale(names, rest.strip(), QLocale.system().name())
            if chosen is None:
                reply("locale", "", ", ".join(names))
            else:
                speech.setLocale(locales[names.index(chosen)])
                reply("locale", chosen)

    commands.line.connect(run)

    def read_stdin() -> None:
        for line in sys.stdin:
            commands.line.emit(line)
        commands.line.emit("")

    threading.Thread(target=read_stdin, name="stdin", daemon=True).start()
    return app.exec()
