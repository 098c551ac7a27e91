"""Typed access to the few things Footcare remembers between launches (QSettings underneath)."""

from __future__ import annotations

import json
import logging
import os
import stat
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from footcare_gui.services.private_folder import make_private_folder

log = logging.getLogger(__name__)

ORGANISATION = "Footcare"
APPLICATION = "Footcare"
LANGUAGES = ("en", "de")  # what the user can choose; "" follows the system
PAINFUL_FEET = ("left", "right", "both")  # "" is "not said" or "not sure"
PATIENT_NAME_MAX = 80


def _make_private(path: Path) -> None:
    """Footcare's own settings folder 0700 and file 0600, made so before Qt writes them (Qt
    keeps an existing file's mode when it saves). Routines and doses are health data too."""
    try:
        make_private_folder(path.parent)  # and ~/.config when it makes it
        if stat.S_IMODE(path.parent.stat().st_mode) & 0o077:
            path.parent.chmod(0o700)
        with suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            path.chmod(0o600)
    except OSError as error:  # not ours, or read-only: saving will say so
        log.info("settings: cannot make %s private: %s", path, error)


class BoolSetting:
    """A remembered yes/no. A damaged or hand-edited value means the default, never a guess."""

    def __init__(self, key: str, default: bool):
        self.key, self.default = key, default

    def __get__(self, settings: Settings, owner: type | None = None) -> bool:
        value = settings._store.value(self.key, self.default)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):  # how INI files keep it
            return value.lower() == "true"
        return self.default

    def __set__(self, settings: Settings, value: bool) -> None:
        settings._store.setValue(self.key, bool(value))


class Settings:
    """Each preference is a property, so a typo is an AttributeError, not a silent new key."""

    def __init__(self, store: QSettings | None = None):
        if store is None:
            store = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
            )
            _make_private(Path(store.fileName()))
        self._store = store

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

    safety_note_acknowledged = BoolSetting("safety/acknowledged", default=False)
    welcome_shown = BoolSetting("welcome/shown", default=False)  # offered on first start only
    # Still pictures only: no easing from one pose to the next (Preferences).
    reduce_motion = BoolSetting("display/reduce_motion", default=False)

    @property
    def language(self) -> str:
        """ "" (the system's), "en" or "de"; anything else read back means the system's."""
        value = self._store.value("ui/language", "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value if value in LANGUAGES else "")

    # --- audio -----------------------------------------------------------------------------
    sound_enabled = BoolSetting("audio/sound", default=True)
    voice_enabled = BoolSetting("audio/voice", default=True)
    muted = BoolSetting("audio/muted", default=False)

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

    @property
    def painful_foot(self) -> str:
        """ "left", "right", "both" or "" (not said, not sure): what "the painful foot" means
        in a dose."""
        value = self._store.value("body/painful_foot", "")
        return value if value in PAINFUL_FEET else ""

    @painful_foot.setter
    def painful_foot(self, value: str) -> None:
        self._store.setValue("body/painful_foot", value if value in PAINFUL_FEET else "")

    # --- outcomes (issue 17) ------------------------------------------------------------------
    @property
    def patient_name(self) -> str:
        """The name the FHIR export gives the patient; "" (the default) exports none."""
        value = self._store.value("outcomes/patient_name", "")
        return " ".join(value.split())[:PATIENT_NAME_MAX] if isinstance(value, str) else ""

    @patient_name.setter
    def patient_name(self, value: str) -> None:
        self._store.setValue("outcomes/patient_name", " ".join(value.split())[:PATIENT_NAME_MAX])

    def asked_on(self, question: str) -> date | None:
        """The day a question ("morning", "goals", "missed") was last put to the user."""
        value = self._store.value(f"outcomes/asked_{question}", "")
        try:
            return date.fromisoformat(value) if isinstance(value, str) and value else None
        except ValueError:
            return None

    def set_asked_on(self, question: str, day: date) -> None:
        self._store.setValue(f"outcomes/asked_{question}", day.isoformat())

    # --- structured values -------------------------------------------------------------------
    def json_value(self, key: str) -> Any | None:
        """A structured value kept as JSON text; None when absent or unreadable (logged).

        Callers keep a version field inside and validate what they get back.
        """
        text = self._store.value(key)
        if text is None:
            return None
        try:
            return json.loads(str(text))
        except ValueError:
            log.warning("settings: %s in %s is not valid JSON; using defaults", key, self.path)
            return None

    def raw_value(self, key: str) -> str | None:
        """The stored text itself, e.g. to keep a copy of a value that could not be read."""
        value = self._store.value(key)
        return None if value is None else str(value)

    def set_json_value(self, key: str, value: Any) -> None:
        self._store.setValue(key, json.dumps(value, ensure_ascii=False, sort_keys=True))

    def set_raw_value(self, key: str, text: str | None) -> None:
        """Puts back text from :meth:`raw_value` (None: the key was absent)."""
        if text is None:
            self._store.remove(key)
        else:
            self._store.setValue(key, text)

    def sync(self) -> bool:
        """Writes pending changes; False when the file could not be written."""
        self._store.sync()
        if self._store.status() == QSettings.Status.NoError:
            return True
        # Qt keeps a settings object's first error for good: a fresh object on the same file
        # lets the next save report its own result (once the disk or folder is fixed).
        self._store = QSettings(self._store.fileName(), self._store.format())
        return False

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        # A hand-edited or damaged file must not break the app: out-of-range means default.
        try:
            value = int(self._store.value(key, default))
        except (TypeError, ValueError):
            return default
        return value if low <= value <= high else default
