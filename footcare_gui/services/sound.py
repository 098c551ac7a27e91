"""The cue tones: one preloaded QSoundEffect per cue, so playing one does no file I/O.

QtMultimedia is imported here, lazily, on the first session: it is large, and on Linux it fails
to import without the system's libpulse. Every way of having no sound (no module, no output
device, no sound server, a missing or unreadable WAV) leaves a one-line notice for the user and
a log line with the cause; the session itself never notices.

No tone is ever left to end by itself. In Qt 6.11, a QSoundEffect voice that plays to its end
can be destroyed on the PulseAudio thread; its QSocketNotifier, which belongs to the main
thread, is then torn down from the wrong thread ("Socket notifiers cannot be enabled or
disabled from another thread") and stays registered on a closed eventfd, and the main loop
spins on "Invalid socket" for ever. A voice stopped from the main thread is let go there. So
each effect plays a copy of its tone followed by silence, loops it, and is stopped by a timer
once the tone is over, long before the silence runs out.
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import tempfile
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from footcare_gui.core.cues import Cue
from footcare_gui.core.i18n import Context
from footcare_gui.services.assets import asset_path

log = logging.getLogger(__name__)
WARMUP = "warmup"
SILENT_TAIL_S = 1.0  # silence after each tone in the copy that is played
STOP_AFTER_TONE_MS = 50  # the voice is stopped this long after its tone is over
SoundText = Context("SoundText")


def no_device_text() -> str:
    return SoundText.tr("No sound: no audio output device was found.")


def audio_outputs() -> list[Any]:
    """The output devices (QAudioDevice) the sound server offers now."""
    from PySide6.QtMultimedia import QMediaDevices

    return QMediaDevices.audioOutputs()


def sound_file(name: str) -> Path:
    return asset_path(f"sounds/{name}.wav")


def start_multimedia_without_backend() -> None:
    """Let QtMultimedia pick its media backend while it can find none.

    QSoundEffect, QMediaDevices and QAudioDevice need no backend (PulseAudio is in QtMultimedia
    itself), but a pip-installed PySide6 ships the FFmpeg one, and Qt loads it on the first use
    of QtMultimedia: about 20 MB of FFmpeg, QtQuick and QtQml for players the app does not have.
    Qt looks for it once per process, in the plugin folders, so they are hidden for that moment
    (Qt then says "No QtMultimedia backends found", logged at debug level by qt_log). The bundle
    leaves the backend out altogether. A backend named in QT_MEDIA_BACKEND is left to Qt.
    """
    if os.environ.get("QT_MEDIA_BACKEND"):
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtMultimedia import QMediaDevices

    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        QMediaDevices.audioOutputs()  # makes QtMultimedia's one media integration
    finally:
        QCoreApplication.setLibraryPaths(paths)


class ToneBank(QObject):
    """Plays cue tones; silent, with a reason, when it cannot."""

    notice_changed = Signal(str)

    def __init__(
        self,
        locate: Callable[[str], Path] = sound_file,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._locate = locate
        self._effects: dict[str, Any] = {}  # QSoundEffect, imported lazily
        self._notice = ""
        self._volume = 0.7
        self._device_id = b""  # empty: follow the system's default output
        self._devices: Any = None
        self._loaded = False
        self._effects_tried = False  # the tones are loaded once there is a device to play them
        self._stoppers: dict[str, QTimer] = {}  # per effect: stops its voice after the tone
        self._copies: Path | None = None  # the tones with their tails; removed with the bank

    def reason(self) -> str | None:
        """Why some or all tones cannot be played (core/unavailable.py); None when they can."""
        return self._notice or None

    def load(self) -> None:
        """Import QtMultimedia and preload every tone; safe to call again."""
        if self._loaded:
            return
        self._loaded = True
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError as error:  # on Linux: libpulse0 is missing
            log.warning("no sound: QtMultimedia cannot be imported: %s", error)
            self._set_notice(
                SoundText.tr(
                    "No sound: Qt's multimedia module could not load (is libpulse0 installed?)."
                )
            )
            return
        start_multimedia_without_backend()
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._follow_devices)
        if not audio_outputs():
            # Nothing is loaded: an effect that finishes loading with no device to play on
            # warns that its format "is not supported", at a random moment. The tones load
            # when a device comes (_follow_devices).
            log.warning("no sound: no audio output device (is a sound server running?)")
            self._set_notice(no_device_text())
            return
        self._load_effects()

    def _load_effects(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        self._effects_tried = True
        for name in [cue.value for cue in Cue] + [WARMUP]:
            try:
                path = self._locate(name)
            except FileNotFoundError as error:
                log.warning("no sound for '%s': %s", name, error)
                if not self._notice:  # the first problem is the one worth reading
                    self._set_notice(
                        SoundText.tr("No sound: the sound file {name}.wav is missing.").format(
                            name=name
                        )
                    )
                continue
            path, tone_ms = self._with_silent_tail(path)
            effect = QSoundEffect(self)
            effect.setLoopCount(QSoundEffect.Loop.Infinite.value)  # see the module's docstring
            stopper = QTimer(self, singleShot=True, interval=tone_ms + STOP_AFTER_TONE_MS)
            stopper.timeout.connect(effect.stop)
            # Connected before the source is set: a bad file can fail before setSource returns.
            effect.statusChanged.connect(lambda e=effect, n=name: self._check(e, n))
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._check(effect, name)
            self._effects[name] = effect
            self._stoppers[name] = stopper
        self._apply_device()
        self._apply_volume()

    def play(self, cue: Cue) -> bool:
        """Start the tone now; False if it cannot sound."""
        effect = self._effects.get(cue.value)
        if effect is None or not effect.isLoaded():
            return False
        effect.play()
        self._stoppers[cue.value].start()
        return True

    def warm_up(self) -> None:
        """Open the output stream with silence, so the first real cue is as punctual as the rest."""
        effect = self._effects.get(WARMUP)
        if effect is not None:
            effect.play()
            self._stoppers[WARMUP].start()

    def release(self) -> None:
        """Stop and delete every sound while the event loop still runs (the app is quitting).

        Left to interpreter shutdown, QtMultimedia's audio threads can outlive the objects
        they serve; stopping them first gives them an orderly end.
        """
        for stopper in self._stoppers.values():
            stopper.stop()
            stopper.deleteLater()
        self._stoppers.clear()
        for effect in self._effects.values():
            effect.stop()
            effect.deleteLater()
        self._effects.clear()
        if self._devices is not None:
            self._devices.deleteLater()
            self._devices = None

    def set_volume(self, volume: float) -> None:
        """0.0-1.0 on a perceptual scale (a slider's middle sounds half as loud)."""
        self._volume = max(0.0, min(1.0, volume))
        self._apply_volume()

    def set_device(self, device_id: bytes) -> None:
        """An output device's id, or b"" to follow the system's default."""
        self._device_id = device_id
        self._apply_device()

    def available_devices(self) -> list[tuple[bytes, str]]:
        if not self._loaded:
            self.load()
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError:
            return []
        return [(bytes(d.id().data()), d.description()) for d in QMediaDevices.audioOutputs()]

    # --- internals -----------------------------------------------------------------------
    def _set_notice(self, notice: str) -> None:
        if notice != self._notice:
            self._notice = notice
            self.notice_changed.emit(notice)

    def _with_silent_tail(self, path: Path) -> tuple[Path, int]:
        """A copy of the WAV with SILENT_TAIL_S of silence appended, and the tone's length in ms.

        A file ``wave`` cannot read is returned as it is: QSoundEffect then reports it.
        """
        import wave  # with the tones, not with the window

        try:
            with wave.open(str(path), "rb") as tone:
                params = tone.getparams()
                frames = tone.readframes(params.nframes)
        except (OSError, EOFError, wave.Error):
            return path, 0
        if self._copies is None:
            self._copies = Path(tempfile.mkdtemp(prefix="footcare-tones-"))
            weakref.finalize(self, shutil.rmtree, self._copies, ignore_errors=True)
        copy = self._copies / path.name
        frame_bytes = params.sampwidth * params.nchannels
        silence = bytes(round(SILENT_TAIL_S * params.framerate) * frame_bytes)
        with wave.open(str(copy), "wb") as out:
            out.setparams(params)
            out.writeframes(frames + silence)
        return copy, math.ceil(1000 * params.nframes / params.framerate)

    def _check(self, effect: Any, name: str) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if effect.status() == QSoundEffect.Status.Error:
            log.warning("no sound: %s.wav could not be loaded or played", name)
            if not self._notice:
                self._set_notice(
                    SoundText.tr("No sound: {name}.wav could not be played on this device.").format(
                        name=name
                    )
                )

    def _apply_volume(self) -> None:
        if not self._effects:  # not loaded: nothing to set, and no need to import QtMultimedia
            return
        from PySide6.QtMultimedia import QtAudio

        linear = QtAudio.convertVolume(
            self._volume,
            QtAudio.VolumeScale.LogarithmicVolumeScale,
            QtAudio.VolumeScale.LinearVolumeScale,
        )
        for effect in self._effects.values():
            effect.setVolume(linear)

    def _apply_device(self) -> None:
        if not self._effects:
            return
        from PySide6.QtMultimedia import QMediaDevices

        outputs = QMediaDevices.audioOutputs()
        chosen = next((d for d in outputs if bytes(d.id().data()) == self._device_id), None)
        if self._device_id and chosen is None:
            log.info("output device %r is gone; following the system default", self._device_id)
        device = chosen or QMediaDevices.defaultAudioOutput()
        for effect in self._effects.values():
            effect.setAudioDevice(device)

    def _follow_devices(self) -> None:
        """Headphones plugged in or out: follow the default (or the chosen device's return)."""

        if audio_outputs() and self._notice == no_device_text():
            self._set_notice("")
        if audio_outputs() and not self._effects_tried:
            log.info("an audio output device appeared: loading the tones")
            self._load_effects()
        self._apply_device()
