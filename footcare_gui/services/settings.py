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

    def sync(self) -> None:
        self._store.sync()

    def _bool(self, key: str, default: bool = False) -> bool:
        # INI files hand booleans back as the strings "true"/"false".
        value = self._store.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)
