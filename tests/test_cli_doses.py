"""--list shows the user's own doses (or the catalogue's), --import-routine says what is out of
range (issue 13 part 2)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from footcare_gui.cli import main
from footcare_gui.core.catalogue import Catalogue
from footcare_gui.services.routine_book import RoutineBook
from footcare_gui.services.settings import Settings


def set_long_hold(catalogue: Catalogue) -> None:
    settings = Settings()
    book = RoutineBook(settings, catalogue)
    dose = book.dose_for("ankle-extension")
    book.set_dose("ankle-extension", replace(dose, phase_seconds=(60, 10)))
    settings._store.sync()


def test_list_shows_your_dose_marked_and_defaults_on_request(
    catalogue: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    set_long_hold(catalogue)
    assert main(["--list"]) == 0
    extension = capsys.readouterr().out.splitlines()[3]
    assert extension.startswith("ankle-extension")
    assert "Pull the toes back: 60 s (\u26a0 source 5\u201310 s) · 3 × 8" in extension
    assert extension.rstrip().endswith("once a day (yours)  28:35")
    assert main(["--list", "--defaults"]) == 0
    extension = capsys.readouterr().out.splitlines()[3]
    assert "\u26a0" not in extension
    assert "3 × 8 · painful foot · once a day" in extension
    assert main(["--list", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)[2]
    assert record["your_dose"]["phase_seconds"] == [60, 10]
    assert record["your_dose"]["out_of_range"] == [
        "Pull the toes back: 60 s is outside the source's 5\u201310 s"
    ]
    assert record["phases"][0]["seconds"] == 5  # the catalogue's, as before
    relax = record["phases"][1]
    assert (relax["origin"], relax["min_origin"], relax["max_origin"]) == ("source", "app", "app")


def test_defaults_goes_with_list(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--defaults"])
    assert "--defaults goes with --list" in capsys.readouterr().err


def test_import_prints_a_warning_per_value_out_of_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "long.json"
    exercises = [
        {"id": "calf-stretch", "hold_seconds": 90, "reps": 9},
        {"id": "ankle-flexion"},
    ]
    path.write_text(json.dumps({"version": 1, "name": "Long", "exercises": exercises}))
    assert main(["--import-routine", str(path)]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert warnings == [
        "footcare: warning: Calf stretch: Hold the stretch: 90 s is outside the source's "
        "30\u201360 s",
        "footcare: warning: Calf stretch: Reps: 9 is outside Footcare's suggested 1\u20135 "
        "(the source gives no number)",
    ]
