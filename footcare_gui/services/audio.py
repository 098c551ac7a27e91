"""Audio cues for a session: tones and spoken prompts, by the user's preferences.

The one interface the views use. It turns each :class:`FiredCue` into a tone (at once) and a
prompt (after the tone), honours mute and the settings, and gathers the reasons there is no
sound into one line the session view can show.
"""

from __future__ import annotations

import logging
from collections import deque

from PySide6.QtCore import QObject, QTimer, Signal

from footcare_gui.core.clock import Clock, MonotonicClock
from footcare_gui.core.cues import Cue, FiredCue
from footcare_gui.core.unavailable import Explains, reasons
from footcare_gui.services.cue_outputs import Speech, Tones
from footcare_gui.services.settings import Settings
from footcare_gui.services.sound import ToneBank
from footcare_gui.services.speech import Voice

log = logging.getLogger(__name__)
TEST_SOUND_GAP_MS = 700
# speech-dispatcher speaks far louder than our tones at the same setting: measured on the test
# sink at volume 70, speech peaked at 0 dBFS (RMS -15) against the tones' -20 dBFS; at 0.3 of
# the setting it sits level with them (RMS -24 dBFS, peak -9).
VOICE_BALANCE = 0.3


class AudioCues(QObject):
    notice_changed = Signal(str)
    muted_changed = Signal(bool)

    def __init__(
        self,
        settings: Settings,
        tones: Tones | None = None,
        voice: Speech | None = None,
        clock: Clock | None = None,
        parent: QObject | None = None,
        language: str = "",
    ):
        """``language``: the language the prompts are in ("de"), for the voice that says them."""
        super().__init__(parent)
        self._settings = settings
        self.tones: Tones = tones or ToneBank(parent=self)
        self.voice: Speech = voice or Voice(parent=self, language=language)
        self._clock = clock or MonotonicClock()
        self._muted = settings.muted
        self._voice_allowed = True  # --no-voice turns it off for this run only
        self.lateness_ms: deque[int] = deque(maxlen=1000)  # play() time minus the cue's moment
        self.tones.notice_changed.connect(self._notice_changed)
        self.voice.notice_changed.connect(self._notice_changed)
        self._test_queue: list[Cue] = []
        self.test_gap_ms = TEST_SOUND_GAP_MS

    # --- preferences ---------------------------------------------------------------------
    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool, remember: bool = True) -> None:
        if muted == self._muted:
            return
        self._muted = muted
        if remember:
            self._settings.muted = muted
        if muted:
            self.voice.stop()
        else:
            self.prepare()
        self.muted_changed.emit(muted)

    def disallow_voice(self) -> None:
        self._voice_allowed = False

    @property
    def sound_on(self) -> bool:
        return self._settings.sound_enabled and not self._muted

    @property
    def voice_on(self) -> bool:
        return self._settings.voice_enabled and self._voice_allowed and not self._muted

    def apply_settings(self) -> None:
        """Take changed preferences into use (volume, device, voice)."""
        volume = self._settings.volume / 100
        self.tones.set_volume(volume)
        self.voice.set_volume(volume * VOICE_BALANCE)
        self.tones.set_device(self._settings.output_device)
        if self.voice_on:
            self.voice.load()
        self._notice_changed()

    # --- a session -----------------------------------------------------------------------
    def prepare(self) -> None:
        """Load what the preferences need and wake the output; called as a session starts."""
        if self.sound_on:
            self.tones.load()
        self.apply_settings()  # also starts the voice, if it is wanted
        if self.sound_on:
            self.tones.warm_up()

    def handle(self, fired: FiredCue) -> None:
        if fired.cue is not None and self.sound_on and self.tones.play(fired.cue):
            self.lateness_ms.append(self._clock.now_ms() - fired.at_ms)
        if fired.prompt and self.voice_on:
            self.voice.say(fired.prompt)  # after the tone: speech must never delay it

    def silence(self) -> None:
        """Cut off a prompt still being spoken (the session was paused or stopped)."""
        self.voice.stop()

    def reason(self) -> str | None:
        """What of the cues wanted is unavailable, in one line (core/unavailable.py); None
        when everything wanted works."""
        parts: tuple[tuple[Explains, bool], ...] = (
            (self.tones, self.sound_on),
            (self.voice, self.voice_on),
        )
        return reasons(*(part for part, on in parts if on))

    def test_sounds(self) -> None:
        """Play every cue in turn, so the user can hear them apart and set the volume."""
        self.tones.load()
        self.apply_settings()
        self._test_queue = list(Cue)
        self.tones.warm_up()
        QTimer.singleShot(self.test_gap_ms, self._play_next_test_sound)

    def _play_next_test_sound(self) -> None:
        if not self._test_queue:
            if self.voice_on:  # and how the prompts sound, at their level
                self.voice.load()
                self.voice.say(self.tr("Hold the stretch, rep 1 of 8"))
            return
        cue = self._test_queue.pop(0)
        self.tones.play(cue)
        QTimer.singleShot(self.test_gap_ms, self._play_next_test_sound)

    def shutdown(self) -> None:
        """End the speech worker and release the sounds; connected to the app's aboutToQuit."""
        self.voice.shutdown()
        self.tones.release()

    def _notice_changed(self, *_: object) -> None:
        self.notice_changed.emit(self.reason() or "")
