"""Typed access to the few things Footcare remembers between launches (QSettings underneath)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Footcare"
APPLICATION = "Footcare"


class Settings:
    """Each preference is a property, so a typo is an AttributeError, not a silent new key."""

    def __init__(self, store: QSettings | None = None):
        self._store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    @property
    def path(self) -> str:
        return self._store.fileName()

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def safety_note_acknowledged(self) -> bool:
        return self._bool("safety/acknowledged")

    @safety_note_acknowledged.setter
    def safety_note_acknowledged(self, value: bool) -> None:
        self._store.setValue("safety/acknowledged", bool(value))

    # --- audio -----------------------------------------------------------------------------
    @property
    def sound_enabled(self) -> bool:
        return self._bool("audio/sound", default=True)

    @sound_enabled.setter
    def sound_enabled(self, value: bool) -> None:
        self._store.setValue("audio/sound", bool(value))

    @property
    def voice_enabled(self) -> bool:
        return self._bool("audio/voice", default=True)

    @voice_enabled.setter
    def voice_enabled(self, value: bool) -> None:
        self._store.setValue("audio/voice", bool(value))

    @property
    def muted(self) -> bool:
        return self._bool("audio/muted")

    @muted.setter
    def muted(self, value: bool) -> None:
        self._store.setValue("audio/muted", bool(value))

    @property
    def volume(self) -> int:
        """0-100, perceptual."""
        return self._int("audio/volume", default=70, low=0, high=100)

    @volume.setter
    def volume(self, value: int) -> None:
        self._store.setValue("audio/volume", max(0, min(100, int(value))))

    @property
    def output_device(self) -> bytes:
        """The chosen output device's id; b"" follows the system's default."""
        value = self._store.value("audio/device", "")
        try:
            return bytes.fromhex(value) if isinstance(value, str) else b""
        except ValueError:
            return b""

    @output_device.setter
    def output_device(self, value: bytes) -> None:
        self._store.setValue("audio/device", value.hex())

    def sync(self) -> None:
        self._store.sync()

    def _bool(self, key: str, default: bool = False) -> bool:
        # INI files hand booleans back as the strings "true"/"false".
        # Anything else (a damaged or hand-edited file) means the default, never a guess.
        value = self._store.value(key, default)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        return default

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        # A hand-edited or damaged file must not break the app: out-of-range means default.
        try:
            value = int(self._store.value(key, default))
        except (TypeError, ValueError):
            return default
        return value if low <= value <= high else default
