"""The routine book: defaults, CRUD, doses and progression kept across launches, imports that
change nothing unless the whole file is good, and damaged stored data that never crashes."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from footcare_gui.core.catalogue import Catalogue
from footcare_gui.core.doses import DoseError
from footcare_gui.core.plan import Dose, FeetChoice
from footcare_gui.core.progression import HeldBack, ProgressionSettings, Proposal
from footcare_gui.core.routine import DEFAULT_ORDER, Routine, RoutineError
from footcare_gui.core.routine_file import RoutineFileError, read_routine_file
from footcare_gui.services.routine_book import KEY, UNREAD_KEY, RoutineBook, RoutineSaveError
from footcare_gui.services.settings import Settings
from tests.core.test_progression import toe_session
from tests.core.test_routine_file import BAD_FILES, SAMPLES

TZ = timezone(timedelta(hours=1))


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 6, 12, 0, tzinfo=TZ)  # after toe_session days 0-4

    def __call__(self) -> datetime:
        return self.now


def settings_at(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "s.ini"


@pytest.fixture
def book(ini: Path, catalogue: Catalogue) -> RoutineBook:
    return RoutineBook(settings_at(ini), catalogue, Clock())


def reopened(ini: Path, catalogue: Catalogue) -> RoutineBook:
    return RoutineBook(settings_at(ini), catalogue, Clock())


def test_with_nothing_saved_there_is_my_routine_with_all_five(book: RoutineBook) -> None:
    assert book.routines() == [Routine("My routine", DEFAULT_ORDER)]
    assert book.notice == ""


def test_routines_survive_a_restart(ini: Path, book: RoutineBook, catalogue: Catalogue) -> None:
    book.add_routine("Evenings", ["toe-pulling", "calf-stretch"])
    book.rename_routine("my ROUTINE", "Mornings")
    book.move_exercise("Mornings", "toe-pulling", -4)
    book.set_dose("toe-pulling", replace(book.dose_for("toe-pulling"), reps=35))
    book.progression = ProgressionSettings(step=10, sessions_needed=3, pain_threshold=4)
    book._settings.sync()  # type: ignore[union-attr]
    again = reopened(ini, catalogue)
    assert again.names() == ["Mornings", "Evenings"]
    assert again.routine("mornings").exercise_ids[0] == "toe-pulling"
    assert again.dose_for("toe-pulling").reps == 35
    assert again.progression == ProgressionSettings(10, 3, 4)
    assert again.notice == ""


def test_names_are_unique_whatever_their_case(book: RoutineBook) -> None:
    book.add_routine("Evenings")
    with pytest.raises(RoutineError, match="already a routine called 'Evenings'"):
        book.add_routine("  EVENINGS ")
    with pytest.raises(RoutineError, match="already"):
        book.rename_routine("My routine", "evenings")
    book.rename_routine("evenings", "EVENINGS")  # its own name in a new case is fine
    assert book.names() == ["My routine", "EVENINGS"]


def test_crud_refuses_what_a_routine_cannot_be(book: RoutineBook) -> None:
    with pytest.raises(RoutineError, match="unknown exercises: heel-raise"):
        book.add_routine("X", ["heel-raise"])
    with pytest.raises(RoutineError, match="has no exercises"):
        book.set_exercises("My routine", [])
    with pytest.raises(RoutineError, match="keep at least one routine"):
        book.delete_routine("My routine")
    book.add_routine("Other")
    book.delete_routine("my routine")
    assert book.names() == ["Other"]
    with pytest.raises(KeyError):
        book.routine("My routine")


def test_doses_default_to_the_catalogue_and_reset(book: RoutineBook, catalogue: Catalogue) -> None:
    toe = catalogue.get("toe-pulling")
    assert book.dose_for("toe-pulling") == Dose.default_for(toe)
    book.set_dose("toe-pulling", replace(Dose.default_for(toe), reps=90, feet=FeetChoice.LEFT))
    assert book.is_personal("toe-pulling")
    assert book.dose_for("toe-pulling").reps == 90  # outside the source's range: allowed
    with pytest.raises(DoseError, match="Reps"):
        book.set_dose("toe-pulling", replace(Dose.default_for(toe), reps=501))
    book.reset_dose("toe-pulling")
    assert not book.is_personal("toe-pulling")
    book.set_dose("toe-pulling", replace(Dose.default_for(toe), feet=FeetChoice.BOTH))
    assert not book.is_personal("toe-pulling")  # the catalogue's own choice is not personal


def test_stored_data_is_versioned_json(ini: Path, book: RoutineBook) -> None:
    book.add_routine("Evenings")
    stored = settings_at(ini).json_value(KEY)
    assert stored["version"] == 1
    assert [r["name"] for r in stored["routines"]] == ["My routine", "Evenings"]


# --- progression ------------------------------------------------------------------------------


def test_accepting_a_proposal_raises_the_reps_and_restarts_the_count(
    book: RoutineBook, catalogue: Catalogue
) -> None:
    records = [toe_session(day) for day in range(5)]
    proposal = book.proposal_for("toe-pulling", records)
    assert isinstance(proposal, Proposal)
    book.accept(proposal)
    assert book.dose_for("toe-pulling").reps == 30
    later = [toe_session(day, reps=30) for day in range(5)]  # started before the change
    assert book.proposal_for("toe-pulling", records + later) is None


def test_declining_waits_for_n_more_sessions_and_survives_a_restart(
    ini: Path, book: RoutineBook, catalogue: Catalogue
) -> None:
    records = [toe_session(day) for day in range(5)]
    proposal = book.proposal_for("toe-pulling", records)
    assert isinstance(proposal, Proposal)
    book.decline(proposal)
    again = reopened(ini, catalogue)
    assert again.proposal_for("toe-pulling", records) is None
    more = records + [toe_session(day) for day in range(6, 11)]
    assert isinstance(again.proposal_for("toe-pulling", more), Proposal)


def test_held_back_proposals_come_with_their_reason(book: RoutineBook) -> None:
    records = [toe_session(day, pain_after=7) for day in range(5)]
    held = book.proposal_for("toe-pulling", records)
    assert isinstance(held, HeldBack)
    assert "pain after the last session was 7, above your limit of 5" in held.message


# --- import and export ------------------------------------------------------------------------


def stored_text(ini: Path) -> str | None:
    value = settings_at(ini).json_value(KEY)
    return json.dumps(value, sort_keys=True)


@pytest.mark.parametrize(
    ("content", "message"), [case[1:] for case in BAD_FILES], ids=[case[0] for case in BAD_FILES]
)
def test_a_bad_import_changes_nothing_already_saved(
    tmp_path: Path, ini: Path, book: RoutineBook, content: bytes, message: str
) -> None:
    book.add_routine("Evenings", ["calf-stretch"])
    book.set_dose("calf-stretch", replace(book.dose_for("calf-stretch"), reps=3))
    before, routines = stored_text(ini), book.routines()
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(RoutineFileError) as raised:
        book.import_file(path)
    assert raised.value.message.startswith(message)
    assert stored_text(ini) == before
    assert book.routines() == routines
    assert book.dose_for("calf-stretch").reps == 3


def test_import_adds_the_routine_and_its_doses_renaming_a_clash(
    tmp_path: Path, ini: Path, book: RoutineBook, catalogue: Catalogue
) -> None:
    first = book.import_file(SAMPLES / "clinician.json")
    assert first.name == "From Dr Okafor"
    assert book.dose_for("toe-pulling").reps == 30
    assert book.dose_for("calf-stretch").phase_seconds == (45, 10)
    second = book.import_file(SAMPLES / "clinician.json")
    third = book.import_file(SAMPLES / "clinician.json")
    assert (second.name, third.name) == ("From Dr Okafor (2)", "From Dr Okafor (3)")
    assert reopened(ini, catalogue).names()[-1] == "From Dr Okafor (3)"


def test_a_clash_with_a_full_length_name_stays_within_the_limit(
    tmp_path: Path, book: RoutineBook
) -> None:
    path = tmp_path / "long.json"
    path.write_text(
        json.dumps({"version": 1, "name": "N" * 60, "exercises": [{"id": "calf-stretch"}]})
    )
    book.import_file(path)
    renamed = book.import_file(path)
    assert renamed.name == "N" * 56 + " (2)"


def test_export_then_import_round_trips(
    tmp_path: Path, book: RoutineBook, catalogue: Catalogue
) -> None:
    book.add_routine("Evenings", ["toe-pulling", "ankle-extension"])
    book.set_dose("toe-pulling", replace(book.dose_for("toe-pulling"), reps=40, pace_seconds=3))
    path = tmp_path / "evenings.json"
    book.export_file(path, "evenings")
    imported = read_routine_file(path, catalogue)
    assert imported.routine == book.routine("Evenings")
    assert imported.doses["toe-pulling"] == book.dose_for("toe-pulling")
    assert imported.doses["ankle-extension"] == book.dose_for("ankle-extension")


# --- drafts -------------------------------------------------------------------------------------


def test_a_draft_saves_nothing_until_applied(ini: Path, book: RoutineBook) -> None:
    before = stored_text(ini)
    draft = book.draft()
    draft.add_routine("Evenings")
    draft.set_dose("calf-stretch", replace(draft.dose_for("calf-stretch"), reps=4))
    assert stored_text(ini) == before
    assert book.names() == ["My routine"]
    book.apply(draft)
    assert book.names() == ["My routine", "Evenings"]
    assert book.dose_for("calf-stretch").reps == 4


# --- damaged stored data -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "reason"),
    [
        ([1, 2], "no version"),
        ({"version": 9, "routines": []}, "newer Footcare (version 9)"),
        ({"version": 1}, "missing or unknown 'routines'"),
        ({"version": 1, "routines": "x"}, "string indices"),
        ({"version": 1, "routines": []}, "no routines"),
        (
            {"version": 1, "routines": [{"name": "A", "exercises": ["heel-raise"]}]},
            "no routines once heel-raise were left out",
        ),
        ({"version": 1, "routines": [{"name": 5, "exercises": ["calf-stretch"]}]}, "strip"),
        (
            {
                "version": 1,
                "routines": [{"name": "A", "exercises": ["calf-stretch"]}],
                "doses": {"calf-stretch": {"reps": -1}},
            },
            "doses.calf-stretch.reps",
        ),
        (
            {
                "version": 1,
                "routines": [{"name": "A", "exercises": ["calf-stretch"]}],
                "progression": {"step": 0},
            },
            "step",
        ),
        (
            {
                "version": 1,
                "routines": [{"name": "A", "exercises": ["calf-stretch"]}],
                "declined_at": {"toe-pulling": "2026-11-01T10:00:00"},
            },
            "time zone",
        ),
    ],
)
def test_damaged_stored_data_gives_defaults_a_notice_and_keeps_a_copy(
    ini: Path, catalogue: Catalogue, stored: object, reason: str
) -> None:
    settings_at(ini).set_json_value(KEY, stored)
    book = reopened(ini, catalogue)
    assert book.names() == ["My routine"]
    assert "could not be read" in book.notice
    assert reason in book.notice
    assert settings_at(ini).json_value(UNREAD_KEY) == stored
    book.add_routine("Fresh")  # and the book works on
    assert reopened(ini, catalogue).names() == ["My routine", "Fresh"]


def test_stored_text_that_is_not_json_gives_defaults_and_says_so(
    ini: Path, catalogue: Catalogue
) -> None:
    ini.write_text('[routines]\nbook="{not json"\n')
    book = reopened(ini, catalogue)
    assert book.names() == ["My routine"]
    assert "not valid JSON" in book.notice
    assert settings_at(ini).json_value(UNREAD_KEY) == "{not json"


def test_an_exercise_gone_from_the_catalogue_is_left_out_and_the_rest_kept(
    ini: Path, catalogue: Catalogue
) -> None:
    settings_at(ini).set_json_value(
        KEY,
        {
            "version": 1,
            "routines": [
                {"name": "Morning", "exercises": ["heel-raise", "calf-stretch"]},
                {"name": "Gone", "exercises": ["heel-raise"]},
            ],
            "doses": {"heel-raise": {"reps": 3}},
        },
    )
    book = reopened(ini, catalogue)
    assert book.names() == ["Morning"]
    assert book.routine("Morning").exercise_ids == ("calf-stretch",)
    assert "left out of your routines and doses: heel-raise" in book.notice
    assert settings_at(ini).raw_value(UNREAD_KEY) is None  # nothing was thrown away


def test_an_earlier_unread_copy_is_never_written_over(ini: Path, catalogue: Catalogue) -> None:
    settings_at(ini).set_json_value(KEY, {"version": 99})
    reopened(ini, catalogue)
    settings_at(ini).set_json_value(KEY, {"version": 98})
    second = reopened(ini, catalogue)
    assert f"{UNREAD_KEY}-2" in second.notice
    assert settings_at(ini).json_value(UNREAD_KEY) == {"version": 99}
    assert settings_at(ini).json_value(f"{UNREAD_KEY}-2") == {"version": 98}


def test_a_routine_imported_by_another_process_survives_this_ones_next_save(
    ini: Path, catalogue: Catalogue, tmp_path: Path
) -> None:
    running = reopened(ini, catalogue)
    elsewhere = reopened(ini, catalogue)  # e.g. footcare --import-routine, another process
    elsewhere.add_routine("Clinic", ["toe-pulling"])
    running.add_routine("Evening", ["calf-stretch"])
    assert reopened(ini, catalogue).names() == ["My routine", "Clinic", "Evening"]


def test_a_save_the_file_did_not_take_changes_nothing_and_the_next_one_can_succeed(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    folder = tmp_path / "config"
    folder.write_text("", encoding="utf-8")  # a file where the settings folder should be
    book = RoutineBook(settings_at(folder / "s.ini"), catalogue, Clock())
    with pytest.raises(RoutineSaveError, match="could not be saved"):
        book.add_routine("Evenings")
    assert book.names() == ["My routine"]  # as before the change, in memory too
    folder.unlink()
    folder.mkdir()  # fixed
    book.add_routine("Evenings")
    assert reopened(folder / "s.ini", catalogue).names() == ["My routine", "Evenings"]


def test_two_stored_names_that_became_one_keep_every_routine_and_dose(
    ini: Path, catalogue: Catalogue
) -> None:
    """An older Footcare stored "x\\ud800y" as "x\\ufffdy": importing it twice left two equal
    names, and reading them back reset every routine and dose."""
    settings_at(ini).set_json_value(
        KEY,
        {
            "version": 1,
            "routines": [
                {"name": "My routine", "exercises": ["calf-stretch"]},
                {"name": "x\ufffdy", "exercises": ["toe-pulling"]},
                {"name": "X\ufffdY", "exercises": ["toe-pulling"]},
                {"name": "Bell\u0007", "exercises": ["ankle-flexion"]},
            ],
            "doses": {"toe-pulling": {"reps": 35}},
        },
    )
    book = reopened(ini, catalogue)
    assert book.names() == ["My routine", "x\ufffdy", "X\ufffdY (2)", "Bell"]
    assert book.dose_for("toe-pulling").reps == 35
    assert book.notice == ""


def test_a_surrogate_name_is_refused_twice_and_nothing_is_lost(
    tmp_path: Path, book: RoutineBook
) -> None:
    book.set_dose("toe-pulling", replace(book.dose_for("toe-pulling"), reps=35))
    path = tmp_path / "r.json"
    path.write_text(
        '{"version": 1, "name": "x\\ud800y", "exercises": [{"id": "toe-pulling"}]}',
        encoding="utf-8",
    )
    for _ in range(2):
        with pytest.raises(RoutineFileError, match=r"^name: "):
            book.import_file(path)
    assert book.names() == ["My routine"]
    assert book.dose_for("toe-pulling").reps == 35


def test_a_save_that_would_not_read_back_the_same_is_refused(
    ini: Path, book: RoutineBook, catalogue: Catalogue
) -> None:
    """Belt and braces behind the name rules: what is saved must load as the same book."""
    book.add_routine("Evenings")
    sneaked = Routine("Later", ("calf-stretch",))
    object.__setattr__(sneaked, "name", "x\ud800y")  # past the rules, as a future bug might
    book._state.routines.append(sneaked)
    with pytest.raises(RoutineSaveError):
        book.set_dose("toe-pulling", replace(book.dose_for("toe-pulling"), reps=35))
    assert book.names() == ["My routine", "Evenings"]
    assert reopened(ini, catalogue).names() == ["My routine", "Evenings"]
