"""Issue 15: the routine book moves from the settings file into the history file, once, from
every layout an earlier Footcare left; nothing is lost, and the old keys stay until the move
has committed. Read back with sqlite3 and QSettings themselves."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.plan import Dose
from footcare_gui.core.progression import ProgressionSettings
from footcare_gui.core.routine import Routine
from footcare_gui.services.routine_book import RoutineBook
from footcare_gui.services.routine_store import SETTINGS_KEY, SETTINGS_UNREAD_KEY
from footcare_gui.services.settings import Settings
from footcare_gui.services.store import DB_FILENAME, SCHEMA_VERSION, HistoryStore
from tests.services.test_routine_book import (
    database,
    kept_aside,
    refuse_writes,
    reopened,
    stored_text,
)
from tests.services.test_store import write_version

# As Footcare 0.x (issues 3 to 14) saved it under routines/book.
OLD_BOOK = {
    "version": 1,
    "routines": [
        {"name": "Mornings", "exercises": ["toe-pulling", "calf-stretch"]},
        {"name": "Evenings", "exercises": ["ankle-flexion"]},
    ],
    "doses": {"toe-pulling": {"reps": 35}},
    "dose_since": {"toe-pulling": "2026-11-01T09:00:00+01:00"},
    "declined_at": {},
    "progression": {"step": 10, "sessions_needed": 3, "pain_threshold": 4},
}


def settings_at(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "footcare.ini"


def old_keys(ini: Path) -> list[str]:
    return sorted(k for k in QSettings(str(ini), QSettings.Format.IniFormat).allKeys())


def test_an_old_book_moves_into_the_history_whole_and_its_key_goes(
    tmp_path: Path, ini: Path, catalogue: Catalogue
) -> None:
    settings_at(ini).set_json_value(SETTINGS_KEY, OLD_BOOK)
    old_text = settings_at(ini).raw_value(SETTINGS_KEY)
    folder = tmp_path / "data"
    book = reopened(folder, catalogue, settings_at(ini))
    assert book.names() == ["Mornings", "Evenings"]
    assert book.dose_for("toe-pulling").reps == 35
    assert book.progression == ProgressionSettings(10, 3, 4)
    assert book.reason() is None
    assert stored_text(folder) == old_text  # the very text, not a re-encoding
    assert old_keys(ini) == []
    again = reopened(folder, catalogue)  # the next launch needs no settings file
    assert again.names() == ["Mornings", "Evenings"]


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_a_history_of_every_earlier_version_takes_the_book_and_keeps_its_sessions(
    tmp_path: Path, ini: Path, catalogue: Catalogue, version: int
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    write_version(folder / DB_FILENAME, version)
    sessions_before = 2 if version else 0
    settings_at(ini).set_json_value(SETTINGS_KEY, OLD_BOOK)
    book = reopened(folder, catalogue, settings_at(ini))
    assert book.names() == ["Mornings", "Evenings"]
    assert old_keys(ini) == []
    history = HistoryStore.open(folder)
    try:
        assert len(history.sessions()) == sessions_before
    finally:
        history.close()
    with database(folder) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


@pytest.mark.parametrize(
    ("layout", "names", "reason", "aside"),
    [
        ({}, ["My routine"], None, []),
        ({SETTINGS_KEY: "{not json"}, ["My routine"], "not valid JSON", ["{not json"]),
        (
            {SETTINGS_KEY: json.dumps({"version": 9, "routines": []})},
            ["My routine"],
            "newer Footcare (version 9)",
            [json.dumps({"version": 9, "routines": []})],
        ),
        (
            {
                SETTINGS_KEY: json.dumps(OLD_BOOK),
                SETTINGS_UNREAD_KEY: '"{not json"',
                f"{SETTINGS_UNREAD_KEY}-2": '{"version": 98}',
            },
            ["Mornings", "Evenings"],
            None,
            ['"{not json"', '{"version": 98}'],
        ),
        (
            {SETTINGS_UNREAD_KEY: '{"version": 99}'},
            ["My routine"],
            None,
            ['{"version": 99}'],
        ),
    ],
    ids=["nothing", "not-json", "newer", "book-and-unread-copies", "only-an-unread-copy"],
)
def test_every_old_layout_moves_and_nothing_is_lost(
    tmp_path: Path,
    ini: Path,
    catalogue: Catalogue,
    layout: dict[str, str],
    names: list[str],
    reason: str | None,
    aside: list[str],
) -> None:
    settings = settings_at(ini)
    for key, text in layout.items():
        settings.set_raw_value(key, text)
    settings.sync()
    folder = tmp_path / "data"
    book = reopened(folder, catalogue, settings_at(ini))
    assert book.names() == names
    assert (book.reason() is None) if reason is None else (reason in (book.reason() or ""))
    assert sorted(kept_aside(folder)) == sorted(aside)
    assert old_keys(ini) == []
    with database(folder) as db:
        came_from = {row[0] for row in db.execute("SELECT came_from FROM routine_book_unread")}
    assert came_from <= {"routine_book"} | {f"settings {key}" for key in layout}


def test_the_old_key_stays_until_the_move_has_committed(
    tmp_path: Path, ini: Path, catalogue: Catalogue
) -> None:
    folder = tmp_path / "data"
    HistoryStore.open(folder).close()
    refuse_writes(folder)  # the move's transaction fails
    settings_at(ini).set_json_value(SETTINGS_KEY, OLD_BOOK)
    book = reopened(folder, catalogue, settings_at(ini))
    assert book.names() == ["Mornings", "Evenings"]  # read from the old key meanwhile
    assert old_keys(ini) == [SETTINGS_KEY]
    assert stored_text(folder) is None
    refuse_writes(folder, refuse=False)
    assert reopened(folder, catalogue, settings_at(ini)).names() == ["Mornings", "Evenings"]
    assert old_keys(ini) == []
    assert stored_text(folder) is not None


def test_a_history_that_cannot_be_written_reads_the_old_key_and_keeps_it(
    tmp_path: Path, ini: Path, catalogue: Catalogue
) -> None:
    folder = tmp_path / "data"
    HistoryStore.open(folder).close()
    with database(folder) as db:
        db.execute("PRAGMA user_version = 99")  # from a newer Footcare: read only
    settings_at(ini).set_json_value(SETTINGS_KEY, OLD_BOOK)
    book = reopened(folder, catalogue, settings_at(ini))
    assert book.names() == ["Mornings", "Evenings"]
    assert old_keys(ini) == [SETTINGS_KEY]


def test_the_history_file_stays_private_with_the_routines_in_it(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    folder = tmp_path / "data"
    book = reopened(folder, catalogue)
    book.set_dose("toe-pulling", replace(Dose.default_for(catalogue.get("toe-pulling")), reps=33))
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / DB_FILENAME).stat().st_mode & 0o777 == 0o600


def test_a_draft_of_a_moved_book_saves_through_the_history(
    tmp_path: Path, ini: Path, catalogue: Catalogue
) -> None:
    settings_at(ini).set_json_value(SETTINGS_KEY, OLD_BOOK)
    folder = tmp_path / "data"
    book: RoutineBook = reopened(folder, catalogue, settings_at(ini))
    draft = book.draft()
    draft.add_routine("Later", ["calf-stretch"])
    book.apply(draft)
    assert reopened(folder, catalogue).routines()[-1] == Routine("Later", ("calf-stretch",))
