"""What the audio cues (services/audio.py) need of the tones and of the voice.

The real ones (services/sound.py, services/speech.py) and the tests' recording stand-ins
(tests/fakes.py) provide the same: mypy checks both against these protocols.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance

from footcare_gui.core.cues import Cue


class Tones(Protocol):
    """Plays a short tone per cue; silent, with a reason, when it cannot."""

    @property
    def notice_changed(self) -> SignalInstance:
        """Emits the new reason ("" once the tones can play again)."""
        ...

    def reason(self) -> str | None: ...

    def load(self) -> None:
        """Get ready to play; safe to call again."""
        ...

    def play(self, cue: Cue) -> bool:
        """Start the cue's tone now; False if it cannot sound."""
        ...

    def warm_up(self) -> None: ...

    def release(self) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def set_device(self, device_id: bytes) -> None: ...

    def available_devices(self) -> list[tuple[bytes, str]]: ...


class Speech(Protocol):
    """Says the prompts; says nothing, with a reason, when it cannot."""

    @property
    def notice_changed(self) -> SignalInstance: ...

    @property
    def ready(self) -> SignalInstance:
        """Emits whether the engine speaks, once it has been tried."""
        ...

    def reason(self) -> str | None: ...

    def load(self) -> None: ...

    def say(self, text: str) -> None: ...

    def stop(self) -> None:
        """Cut off what is being said."""
        ...

    def set_volume(self, volume: float) -> None: ...

    def shutdown(self) -> None: ...
