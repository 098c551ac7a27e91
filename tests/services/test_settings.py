"""Remembered preferences survive a restart, and damaged values fall back to defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from footcare_gui.services.settings import Settings


def settings_at(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_structured_values_round_trip_through_the_file(tmp_path: Path) -> None:
    first = settings_at(tmp_path / "s.ini")
    first.set_json_value("routines/v1", {"version": 1, "names": ["Morning", "Soirée"]})
    first.painful_foot = "left"
    first.sync()
    again = settings_at(tmp_path / "s.ini")
    assert again.json_value("routines/v1") == {"version": 1, "names": ["Morning", "Soirée"]}
    assert again.painful_foot == "left"
    assert again.json_value("never/set") is None


def test_a_damaged_structured_value_reads_as_absent(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "s.ini").write_text('[routines]\nv1="{not json"\n[body]\npainful_foot=sideways\n')
    settings = settings_at(tmp_path / "s.ini")
    assert settings.json_value("routines/v1") is None
    assert "routines/v1" in caplog.text
    assert settings.painful_foot == ""


@pytest.mark.parametrize("language", ["", "en", "de"])
def test_the_language_round_trips_through_the_file(tmp_path: Path, language: str) -> None:
    first = settings_at(tmp_path / "s.ini")
    assert first.language == ""  # the system's, until the user picks one
    first.language = language
    first.sync()
    assert settings_at(tmp_path / "s.ini").language == language


@pytest.mark.parametrize("stored", ["fr", "DE", "de_DE", "1", "true"])
def test_an_unknown_language_means_the_systems(tmp_path: Path, stored: str) -> None:
    (tmp_path / "s.ini").write_text(f"[ui]\nlanguage={stored}\n")
    settings = settings_at(tmp_path / "s.ini")
    assert settings.language == ""
    settings.language = stored  # nor is one written
    assert settings.language == ""
